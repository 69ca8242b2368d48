#include "BulkUnblockJob.h"

#include "core/Logging.h"
#include "graph/GraphBatch.h"
#include "graph/GraphClient.h"
#include "graph/IntuneService.h"
#include "models/ActivityJournal.h"
#include "models/AutopilotDeviceModel.h"

namespace ed {

using namespace Qt::StringLiterals;

namespace {

// Answers needed before the observed rate says anything about the rest.
constexpr int rateSampleMinimum = 10;
// Devices re-read are handed to views in groups of this many.
constexpr int refreshGroup = 200;

} // namespace

UnblockTarget UnblockTarget::fromDevice(const AutopilotDevice &device)
{
    UnblockTarget target;
    target.deviceId = device.id;
    target.serial = device.serialNumber;
    target.model = device.model;
    target.user = device.userPrincipalName;
    target.blocked = device.userlessEnrollmentStatus == AutopilotDevice::UserlessEnrollmentStatus::Blocked;
    return target;
}

BulkUnblockJob::BulkUnblockJob(QList<UnblockTarget> devices, IntuneService &intune, ActivityJournal *journal,
                               QString tenant, QObject *parent)
    : BulkDeviceJob(resultsOf(devices), intune, workload(), journal, std::move(tenant), parent)
    , m_targets(std::move(devices))
{ }

BulkUnblockJob::~BulkUnblockJob()
{
    if (GraphBatch *reads = m_reads.data()) {
        disconnect(reads, nullptr, this, nullptr);
        reads->cancel();
    }
    leaveWritesToJournal();
    QList<int> unsent;
    for (int index = m_next; index < total(); ++index)
        unsent.append(index);
    journalNotSent(unsent, notSentMessage());
}

QString BulkUnblockJob::workload()
{
    // Autopilot devices live under /deviceManagement: Intune's workload (GraphRequest::workload()).
    return u"deviceManagement"_s;
}

QString BulkUnblockJob::outcomeText(Outcome outcome) const
{
    return outcome == Outcome::Succeeded ? tr("Unblocked") : BulkDeviceJob::outcomeText(outcome);
}

QList<UnblockTarget> BulkUnblockJob::failedDevices() const
{
    return targetsAt(m_targets, failedIndexes());
}

qint64 BulkUnblockJob::minimumDurationMs(int count, const GraphClientOptions &options)
{
    return WritePacer(options.writesPerWindow, options.writeWindowMs).minimumDurationMs(count);
}

void BulkUnblockJob::start()
{
    if (m_state != State::Idle)
        return;
    m_startedMs = GraphClient::now();
    recordIntent(tr("Unblock"));
    qCInfo(lcModels) << "Unblocking" << total() << "Autopilot devices";
    beginWrites();
}

void BulkUnblockJob::cancel()
{
    switch (m_state) {
    case State::Idle:
        m_cancelRequested = true;
        dropUnsent();
        finish();
        return;
    case State::Running:
    case State::Throttled:
        m_cancelRequested = true;
        m_throttledUntil = 0;
        qCInfo(lcModels) << "Unblock cancelled:" << m_next << "of" << total() << "devices handed to Graph";
        dropUnsent();
        setState(State::Cancelling);
        checkCancelling();
        return;
    case State::Verifying:
        if (GraphBatch *reads = m_reads.data())
            reads->cancel(); // its finished() ends the job
        return;
    case State::Cancelling:
    case State::Finished:
    case State::Cancelled:
        return;
    }
}

void BulkUnblockJob::onThrottled(qint64 now, qint64 until)
{
    if (now >= m_lastBlockUntil) { // a new throttling, not the same one again
        if (m_lastBlockUntil > 0 && answered() > m_answeredAtLastBlock) {
            m_throttledBudget = answered() - m_answeredAtLastBlock;
            m_throttledPeriodMs = until - m_lastBlockUntil;
        }
        m_answeredAtLastBlock = answered();
    }
    m_lastBlockUntil = std::max(m_lastBlockUntil, until);
}

void BulkUnblockJob::pumpVerifying()
{
    if (!m_reads) { // the service went away while reading
        flushRefreshed();
        finish();
    }
}

int BulkUnblockJob::sendWrites(IntuneService &intune, int maxWrites)
{
    const int first = m_next;
    const int count = std::min(maxWrites, total() - first);
    QStringList ids;
    QList<QList<int>> items;
    ids.reserve(count);
    items.reserve(count);
    for (int i = first; i < first + count; ++i) {
        ids.append(m_targets.at(i).deviceId);
        items.append(QList<int>{i});
    }
    handOver(intune.allowNextEnrollment(ids), std::move(items));
    m_next += count;
    return count;
}

void BulkUnblockJob::onWriteSucceeded(const QList<int> &devices, const GraphResponse &response)
{
    settleAll(devices, Outcome::Succeeded, {}, response.requestId, response.clientRequestId);
}

void BulkUnblockJob::onWriteFailed(const QList<int> &devices, const GraphError &error)
{
    for (int index : devices)
        qCInfo(lcModels).noquote() << "Unblock of" << m_targets.at(index).deviceId << "failed:" << error.summary();
    settleAll(devices, Outcome::Failed, error.summary(), error.requestId, error.clientRequestId);
}

void BulkUnblockJob::dropUnsent()
{
    for (int i = m_next; i < total(); ++i)
        settle(i, Outcome::NotSent, notSentMessage(), {}, {});
    m_next = total();
}

QString BulkUnblockJob::notSentMessage() const
{
    return tr("Not unblocked: cancelled before Microsoft Graph accepted the request.");
}

QString BulkUnblockJob::lostMessage() const
{
    return tr("No answer: the connection to Microsoft Graph was closed first. The device may or may not be unblocked.");
}

QString BulkUnblockJob::unansweredMessage(const GraphError &missing) const
{
    return missing.summary();
}

void BulkUnblockJob::onWritesDone()
{
    m_writesEndedMs = GraphClient::now();
    qCInfo(lcModels) << "Unblock writes done:" << m_succeeded << "unblocked," << m_failed << "failed," << m_notSent
                     << "not sent in" << writePhaseMs() << "ms";
}

void BulkUnblockJob::startVerifying()
{
    QStringList ids;
    QList<int> indexes; // of each id in m_results
    ids.reserve(m_succeeded);
    indexes.reserve(m_succeeded);
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).outcome == Outcome::Succeeded) {
            ids.append(m_results.at(i).deviceId);
            indexes.append(i);
        }
    }
    setState(State::Verifying);
    GraphBatch *reads = m_intune->getAutopilotDevices(ids);
    m_reads = reads;
    connect(reads, &GraphBatch::itemSucceeded, this, [this, indexes](int item, const GraphResponse &response) {
        AutopilotDevice device = AutopilotDevice::fromJson(response.json);
        if (device.id.isEmpty()) {
            ++m_refreshFailures;
            return;
        }
        report(indexes.at(item), AutopilotDeviceModel::userlessStatusText(device.userlessEnrollmentStatus));
        m_refreshed.append(std::move(device));
        if (m_refreshed.size() >= refreshGroup)
            flushRefreshed();
    });
    connect(reads, &GraphBatch::itemFailed, this, [this](int, const GraphError &error) {
        ++m_refreshFailures;
        if (error.kind != GraphError::Kind::Cancelled)
            qCInfo(lcModels).noquote() << "Re-reading an unblocked device failed:" << error.summary();
    });
    connect(reads, &GraphBatch::finished, this, [this] {
        flushRefreshed();
        finish();
    });
    reads->start();
}

void BulkUnblockJob::flushRefreshed()
{
    if (m_refreshed.isEmpty())
        return;
    const QList<AutopilotDevice> devices = std::exchange(m_refreshed, {});
    Q_EMIT devicesRefreshed(devices);
}

void BulkUnblockJob::onFinishing()
{
    if (m_writesEndedMs == 0)
        m_writesEndedMs = GraphClient::now();
}

qint64 BulkUnblockJob::remainingMs() const
{
    if (m_state == State::Verifying)
        return -1;
    if (!isActive())
        return 0;
    const GraphClient *client = m_client.data();
    const int left = total() - settled();
    if (!client || left <= 0)
        return 0;
    const qint64 now = GraphClient::now();

    // What the pacing allows at best for the devices not handed over yet.
    const qint64 blockedWait = std::max<qint64>(0, client->blockedUntil(workload()) - now);
    const int unsent = total() - m_next;
    qint64 pacing = 0;
    if (unsent > 0) {
        // Throttled: a window's worth as soon as the throttling ends, then one per window.
        pacing = blockedWait > 0 ? blockedWait + m_pacer.minimumDurationMs(unsent) : m_pacer.waitMs(now, unsent);
    } else {
        pacing = blockedWait; // only retries are left, and they wait for the throttling to end
    }

    // What Graph let through from one throttling to the next, if it throttled more than once.
    qint64 throttling = 0;
    if (m_throttledBudget > 0 && m_throttledPeriodMs > 0) {
        const qint64 periods = (left + m_throttledBudget - 1) / m_throttledBudget;
        throttling = blockedWait > 0 ? blockedWait + (periods - 1) * m_throttledPeriodMs
                                     : left * m_throttledPeriodMs / m_throttledBudget;
    }

    // What the run so far says.
    qint64 observed = 0;
    const qint64 elapsed = now - m_startedMs;
    if (answered() >= std::min(rateSampleMinimum, total()) && answered() > 0 && elapsed > 0)
        observed = static_cast<qint64>(static_cast<double>(elapsed) * left / answered());
    return std::max({pacing, throttling, observed});
}

} // namespace ed
