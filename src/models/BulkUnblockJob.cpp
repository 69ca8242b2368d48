#include "BulkUnblockJob.h"

#include "core/Logging.h"
#include "graph/GraphBatch.h"
#include "graph/GraphClient.h"
#include "graph/IntuneService.h"
#include "models/ActivityJournal.h"
#include "models/AutopilotDeviceModel.h"

#include <QTimer>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

// Answers needed before the observed rate says anything about the rest.
constexpr int rateSampleMinimum = 10;
// While cancelling: how often to look whether the batches left are off the wire.
constexpr int cancelPollMs = 25;
// Devices re-read are handed to views in groups of this many.
constexpr int refreshGroup = 200;

QString notSentMessage()
{
    return BulkUnblockJob::tr("Not unblocked: cancelled before Microsoft Graph accepted the request.");
}

QString lostMessage()
{
    return BulkUnblockJob::tr(
            "No answer: the connection to Microsoft Graph was closed first. The device may or may not be unblocked.");
}

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

namespace {

QList<BulkDeviceJob::Result> resultsOf(const QList<UnblockTarget> &targets)
{
    QList<BulkDeviceJob::Result> results;
    results.reserve(targets.size());
    for (const UnblockTarget &target : targets) {
        BulkDeviceJob::Result result;
        result.deviceId = target.deviceId;
        result.serial = target.serial;
        results.append(result);
    }
    return results;
}

} // namespace

BulkUnblockJob::BulkUnblockJob(QList<UnblockTarget> devices, IntuneService &intune, ActivityJournal *journal,
                               QString tenant, QObject *parent)
    : BulkDeviceJob(resultsOf(devices), journal, std::move(tenant), parent)
    , m_targets(std::move(devices))
    , m_intune(&intune)
    , m_client(&intune.client())
    , m_options(intune.client().options())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &BulkUnblockJob::pump);
    // Queued: by then the batches the service owned are gone too, and pump() settles their devices.
    connect(&intune, &QObject::destroyed, this, &BulkUnblockJob::pump, Qt::QueuedConnection);
    if (GraphClient *client = m_client.data())
        connect(client, &GraphClient::throttled, this, [this](const QString &throttledWorkload, qint64) {
            if (throttledWorkload == workload() && (m_state == State::Running || m_state == State::Throttled))
                pump();
        });
}

BulkUnblockJob::~BulkUnblockJob()
{
    if (GraphBatch *reads = m_reads.data()) {
        disconnect(reads, nullptr, this, nullptr);
        reads->cancel();
    }
    for (const Chunk &chunk : std::as_const(m_outstanding)) {
        if (GraphBatch *batch = chunk.batch.data()) {
            disconnect(batch, nullptr, this, nullptr);
            const int first = chunk.first;
            leaveToJournal(batch, [first](int item) { return QList<int>{first + item}; });
        }
    }
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
    QList<UnblockTarget> failed;
    for (qsizetype i = 0; i < m_results.size(); ++i)
        if (m_results.at(i).outcome == Outcome::Failed || m_results.at(i).outcome == Outcome::NotSent)
            failed.append(m_targets.at(i));
    return failed;
}

qint64 BulkUnblockJob::minimumDurationMs(int count, const GraphClientOptions &options)
{
    const int perWindow = std::max(1, options.writesPerWindow);
    if (count <= perWindow)
        return 0;
    const qint64 windows = (count - perWindow + perWindow - 1) / perWindow;
    return windows * options.writeWindowMs;
}

void BulkUnblockJob::start()
{
    if (m_state != State::Idle)
        return;
    m_startedMs = GraphClient::now();
    recordIntent(tr("Unblock"));
    qCInfo(lcModels) << "Unblocking" << total() << "Autopilot devices";
    setState(State::Running);
    Q_EMIT progressChanged(0, total());
    // Never synchronously: the caller connects to the signals after start() returns too.
    m_timer->start(0);
}

void BulkUnblockJob::cancel()
{
    switch (m_state) {
    case State::Idle:
        m_cancelRequested = true;
        for (int i = 0; i < total(); ++i)
            settle(i, Outcome::NotSent, notSentMessage(), {}, {});
        m_next = total();
        finish();
        return;
    case State::Running:
    case State::Throttled:
        m_cancelRequested = true;
        m_throttledUntil = 0;
        qCInfo(lcModels) << "Unblock cancelled:" << m_next << "of" << total() << "devices handed to Graph";
        for (int i = m_next; i < total(); ++i)
            settle(i, Outcome::NotSent, notSentMessage(), {}, {});
        m_next = total();
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

int BulkUnblockJob::pacedWritesInWindow(qint64 now) const
{
    int writes = 0;
    for (const auto &[at, count] : m_paced)
        if (now - at < m_options.writeWindowMs)
            writes += count;
    return writes;
}

qint64 BulkUnblockJob::pacingFreesAt(qint64 now, int needed) const
{
    // The earliest time at which `needed` more writes fit into the sliding window.
    const int perWindow = std::max(1, m_options.writesPerWindow);
    int inWindow = pacedWritesInWindow(now);
    for (const auto &[at, count] : m_paced) {
        if (now - at >= m_options.writeWindowMs)
            continue;
        if (inWindow + needed <= perWindow)
            break;
        inWindow -= count;
        if (inWindow + needed <= perWindow)
            return at + m_options.writeWindowMs;
    }
    return now;
}

void BulkUnblockJob::pump()
{
    if (m_state == State::Verifying && !m_reads) { // the service went away while reading
        flushRefreshed();
        finish();
        return;
    }
    if (m_state == State::Cancelling) {
        checkCancelling();
        return;
    }
    if (m_state != State::Running && m_state != State::Throttled)
        return;
    GraphClient *client = m_client.data();
    IntuneService *intune = m_intune.data();
    dropLostChunks();
    if (!client || !intune) {
        // The connection to Graph went away (signed out, application closing).
        for (int i = m_next; i < total(); ++i)
            settle(i, Outcome::NotSent, notSentMessage(), {}, {});
        m_next = total();
        m_cancelRequested = m_notSent > 0;
        finish();
        return;
    }

    const qint64 now = GraphClient::now();
    const GraphClientOptions &options = m_options;
    const qint64 blocked = client->blockedUntil(workload());
    if (blocked > 0 && (m_next < total() || !m_outstanding.isEmpty())) {
        // Nothing would leave before then anyway; say so, and hand over nothing meanwhile.
        for (Chunk &chunk : m_outstanding)
            chunk.throttled = true;
        if (now >= m_lastBlockUntil) { // a new throttling, not the same one again
            if (m_lastBlockUntil > 0 && answered() > m_answeredAtLastBlock) {
                m_throttledBudget = answered() - m_answeredAtLastBlock;
                m_throttledPeriodMs = blocked - m_lastBlockUntil;
            }
            m_answeredAtLastBlock = answered();
        }
        m_lastBlockUntil = std::max(m_lastBlockUntil, blocked);
        m_throttledUntil = blocked;
        setState(State::Throttled);
        m_timer->start(static_cast<int>(std::max<qint64>(1, blocked - now)));
        return;
    }
    if (m_state == State::Throttled) {
        m_throttledUntil = 0;
        setState(State::Running);
    }

    while (!m_paced.empty() && now - m_paced.front().first >= options.writeWindowMs)
        m_paced.pop_front();
    const int perWindow = std::max(1, options.writesPerWindow);
    const int concurrent = std::max(1, options.maxConcurrent);
    // Retries first: while batches that met the throttling still have devices waiting to retry,
    // nothing new goes out. New batches would take the window's budget from the retries, and the
    // same devices could lose the race until they run out of attempts.
    const bool retriesPending = std::any_of(m_outstanding.cbegin(), m_outstanding.cend(),
                                            [](const Chunk &chunk) { return chunk.throttled; });
    while (!retriesPending && m_next < total() && m_outstanding.size() < concurrent) {
        const int room = perWindow - pacedWritesInWindow(now);
        if (room <= 0) {
            m_timer->start(static_cast<int>(std::max<qint64>(1, pacingFreesAt(now, 1) - now)));
            break;
        }
        const int count = std::min({GraphBatch::maxPerBatch, room, total() - m_next});
        sendChunk(m_next, count);
        m_paced.emplace_back(now, count);
        m_next += count;
    }
    if (m_next >= total() && m_outstanding.isEmpty())
        writesDone();
}

void BulkUnblockJob::sendChunk(int first, int count)
{
    QStringList ids;
    ids.reserve(count);
    for (int i = first; i < first + count; ++i)
        ids.append(m_targets.at(i).deviceId);
    GraphBatch *batch = m_intune->allowNextEnrollment(ids);
    connect(batch, &GraphBatch::itemSucceeded, this,
            [this, first](int index, const GraphResponse &response) { onItemSucceeded(first + index, response); });
    connect(batch, &GraphBatch::itemFailed, this,
            [this, first](int index, const GraphError &error) { onItemFailed(first + index, error); });
    connect(batch, &GraphBatch::finished, this, [this, batch] { onChunkFinished(batch); });
    m_outstanding.append(Chunk{batch, first, count, false});
    batch->start();
}

void BulkUnblockJob::onItemSucceeded(int index, const GraphResponse &response)
{
    settle(index, Outcome::Succeeded, {}, response.requestId, response.clientRequestId);
}

void BulkUnblockJob::onItemFailed(int index, const GraphError &error)
{
    if (error.kind == GraphError::Kind::Cancelled) {
        if (m_cancelRequested) // only batches off the wire are cancelled (checkCancelling): nothing was applied
            settle(index, Outcome::NotSent, notSentMessage(), error.requestId, error.clientRequestId);
        else // the client went away with the request possibly on the wire
            settle(index, Outcome::Failed, lostMessage(), error.requestId, error.clientRequestId);
        return;
    }
    qCInfo(lcModels).noquote() << "Unblock of" << m_targets.at(index).deviceId << "failed:" << error.summary();
    settle(index, Outcome::Failed, error.summary(), error.requestId, error.clientRequestId);
}

void BulkUnblockJob::onChunkFinished(GraphBatch *batch)
{
    const auto it = std::find_if(m_outstanding.cbegin(), m_outstanding.cend(),
                                 [batch](const Chunk &chunk) { return chunk.batch.data() == batch; });
    if (it == m_outstanding.cend())
        return;
    const Chunk chunk = *it;
    m_outstanding.erase(it);
    // GraphBatch ends every item exactly once; should one ever be missing, it is not left Pending.
    for (int i = chunk.first; i < chunk.first + chunk.count; ++i)
        if (m_results.at(i).outcome == Outcome::Pending) {
            GraphError missing;
            missing.kind = GraphError::Kind::InvalidResponse;
            settle(i, Outcome::Failed, missing.summary(), {}, {});
        }
    pump();
}

void BulkUnblockJob::dropLostChunks()
{
    for (auto it = m_outstanding.begin(); it != m_outstanding.end();) {
        if (it->batch) {
            ++it;
            continue;
        }
        // Destroyed without finishing (the service went away): the answer will never come.
        const Chunk chunk = *it;
        it = m_outstanding.erase(it);
        for (int i = chunk.first; i < chunk.first + chunk.count; ++i)
            settle(i, Outcome::Failed, lostMessage(), {}, {});
    }
}

void BulkUnblockJob::checkCancelling()
{
    if (m_state != State::Cancelling)
        return;
    dropLostChunks();
    if (m_outstanding.isEmpty()) {
        writesDone();
        return;
    }
    GraphClient *client = m_client.data();
    if (!client || client->inFlight() == 0) {
        // Nothing of the app is on the wire: what is left waits for a Retry-After or its turn, and
        // was not applied. End it unsent. (A batch on the wire is never aborted: its devices may
        // already be unblocked, so its answer is awaited.)
        const QList<Chunk> waiting = m_outstanding;
        for (const Chunk &chunk : waiting)
            if (GraphBatch *batch = chunk.batch.data())
                batch->cancel();
        if (m_state != State::Cancelling)
            return;
        if (m_outstanding.isEmpty()) {
            writesDone();
            return;
        }
    }
    m_timer->start(cancelPollMs);
}

void BulkUnblockJob::writesDone()
{
    if (m_state != State::Running && m_state != State::Throttled && m_state != State::Cancelling)
        return;
    m_timer->stop();
    m_throttledUntil = 0;
    m_writesEndedMs = GraphClient::now();
    qCInfo(lcModels) << "Unblock writes done:" << m_succeeded << "unblocked," << m_failed << "failed," << m_notSent
                     << "not sent in" << writePhaseMs() << "ms";
    if (m_succeeded > 0 && m_intune)
        startVerifying();
    else
        finish();
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

void BulkUnblockJob::finish()
{
    if (m_state == State::Finished || m_state == State::Cancelled)
        return;
    m_timer->stop();
    m_throttledUntil = 0;
    if (m_writesEndedMs == 0)
        m_writesEndedMs = GraphClient::now();
    setState(m_cancelRequested && m_notSent > 0 ? State::Cancelled : State::Finished);
    Q_EMIT finished();
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
    const GraphClientOptions &options = m_options;
    const int perWindow = std::max(1, options.writesPerWindow);

    // What the pacing allows at best for the devices not handed over yet.
    const qint64 blockedWait = std::max<qint64>(0, client->blockedUntil(workload()) - now);
    const int unsent = total() - m_next;
    qint64 pacing = 0;
    if (unsent > 0) {
        if (blockedWait > 0) {
            pacing =
                    blockedWait + static_cast<qint64>((unsent + perWindow - 1) / perWindow - 1) * options.writeWindowMs;
        } else {
            const int room = std::max(0, perWindow - pacedWritesInWindow(now));
            if (unsent > room) {
                const qint64 windows = (unsent - room + perWindow - 1) / perWindow;
                qint64 oldest = now;
                for (const auto &[at, count] : m_paced)
                    if (now - at < options.writeWindowMs) {
                        oldest = at;
                        break;
                    }
                pacing = (oldest + options.writeWindowMs - now) + (windows - 1) * options.writeWindowMs;
            }
        }
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
