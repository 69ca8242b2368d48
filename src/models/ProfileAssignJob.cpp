#include "ProfileAssignJob.h"

#include "core/Logging.h"
#include "graph/GraphBatch.h"
#include "graph/GraphClient.h"
#include "graph/GraphReply.h"
#include "graph/IntuneService.h"
#include "models/AutopilotDeviceModel.h"

#include <QSet>
#include <QSignalBlocker>
#include <QTimer>

#include <algorithm>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

// While cancelling: how often to look whether the batches left are off the wire.
constexpr int cancelPollMs = 25;
// Follow-up reads: the first after this long, then twice as long each time, up to the maximum.
constexpr qint64 followUpFirstMs = 1000;
constexpr qint64 followUpMaxMs = 15'000;
// A round of reads may run this long past the follow-up limit (Graph throttling or failing the
// reads), then it is cut off.
constexpr qint64 followUpGraceMs = 15'000;
// What one $batch of assign calls is assumed to take until one has been measured.
constexpr qint64 assumedBatchMs = 1500;

using D = AutopilotDevice;

// Autopilot devices and profiles live under /deviceManagement: Intune's workload.
QString workload()
{
    return u"deviceManagement"_s;
}

QString notSentMessage()
{
    return ProfileAssignJob::tr("Not assigned: cancelled before Microsoft Graph accepted the request.");
}

QString noAnswerMessage()
{
    return ProfileAssignJob::tr("No answer from Microsoft Graph: the assignment may or may not have been applied.");
}

QString noAnswerMessage(const GraphError &error)
{
    //: %1 is the technical reason, a full sentence ("Microsoft Graph closed the connection unexpectedly: …")
    return ProfileAssignJob::tr("No answer from Microsoft Graph: the assignment may or may not have been applied. %1")
            .arg(error.summary());
}

QString removedMessage()
{
    return ProfileAssignJob::tr("This device is no longer registered in Windows Autopilot (it was removed after the "
                                "list was loaded).");
}

QString profileGoneMessage(const QString &profileName)
{
    return ProfileAssignJob::tr("The deployment profile “%1” no longer exists in Intune (it was deleted after the list "
                                "was loaded).")
            .arg(profileName);
}

QString profileGoneNotSentMessage(const QString &profileName)
{
    return ProfileAssignJob::tr("Not sent: the deployment profile “%1” no longer exists in Intune.").arg(profileName);
}

// An answer that does not say whether Graph applied the call.
bool isUnknownOutcome(const GraphError &error)
{
    return error.kind == GraphError::Kind::Transport || error.kind == GraphError::Kind::Timeout
            || error.kind == GraphError::Kind::InvalidResponse;
}

// Intune will not change its mind about these (until someone assigns again).
bool isFinal(D::ProfileAssignmentStatus status)
{
    switch (status) {
    case D::ProfileAssignmentStatus::AssignedInSync:
    case D::ProfileAssignmentStatus::AssignedOutOfSync:
    case D::ProfileAssignmentStatus::AssignedUnknownSyncState:
    case D::ProfileAssignmentStatus::Failed:
    case D::ProfileAssignmentStatus::Other:
        return true;
    case D::ProfileAssignmentStatus::Unknown:
    case D::ProfileAssignmentStatus::NotAssigned:
    case D::ProfileAssignmentStatus::Pending:
        break;
    }
    return false;
}

bool isAssigned(D::ProfileAssignmentStatus status)
{
    return status == D::ProfileAssignmentStatus::AssignedInSync
            || status == D::ProfileAssignmentStatus::AssignedOutOfSync
            || status == D::ProfileAssignmentStatus::AssignedUnknownSyncState;
}

// What the results show for the device's profile status: "Assigned", "Failed: Hardware
// requirements not met", the raw value of a status this version does not know.
QString reportedText(const AutopilotDevice &device)
{
    const D::ProfileAssignmentStatus status = device.deploymentProfileAssignmentStatus;
    const QString text = AutopilotDeviceModel::profileStatusText(status);
    if (status == D::ProfileAssignmentStatus::Other) {
        const QString raw = device.unknownEnums.value("deploymentProfileAssignmentStatus"_L1);
        //: A status this version does not know: "Other (newStatus)"
        return raw.isEmpty() ? text : ProfileAssignJob::tr("%1 (%2)").arg(text, raw);
    }
    if (status == D::ProfileAssignmentStatus::Failed
        && device.deploymentProfileAssignmentDetailedStatus != D::ProfileAssignmentDetailedStatus::None) {
        //: The profile status, then why: "Failed: Hardware requirements not met"
        return ProfileAssignJob::tr("%1: %2").arg(
                text, AutopilotDeviceModel::detailedStatusText(device.deploymentProfileAssignmentDetailedStatus));
    }
    return text;
}

QList<BulkDeviceJob::Result> resultsOf(const QList<ProfileAssignTarget> &targets)
{
    QList<BulkDeviceJob::Result> results;
    results.reserve(targets.size());
    for (const ProfileAssignTarget &target : targets) {
        BulkDeviceJob::Result result;
        result.deviceId = target.deviceId;
        result.serial = target.serial;
        results.append(result);
    }
    return results;
}

} // namespace

ProfileAssignTarget ProfileAssignTarget::fromDevice(const AutopilotDevice &device)
{
    ProfileAssignTarget target;
    target.deviceId = device.id;
    target.serial = device.serialNumber;
    target.model = device.model;
    return target;
}

ProfileAssignJob::ProfileAssignJob(QString profileId, QString profileName, QList<ProfileAssignTarget> devices,
                                   IntuneService &intune, ActivityJournal *journal, QString tenant, QObject *parent)
    : BulkDeviceJob(resultsOf(devices), journal, std::move(tenant), parent)
    , m_profileId(std::move(profileId))
    , m_profileName(std::move(profileName))
    , m_targets(std::move(devices))
    , m_intune(&intune)
    , m_client(&intune.client())
    , m_options(intune.client().options())
    , m_timer(new QTimer(this))
    , m_followUpTimer(new QTimer(this))
{
    if (m_profileName.isEmpty())
        m_profileName = m_profileId;
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ProfileAssignJob::pump);
    m_followUpTimer->setSingleShot(true);
    connect(m_followUpTimer, &QTimer::timeout, this, [this] {
        if (GraphBatch *reads = m_reads.data())
            reads->cancel(); // the round outlasted the limit: its finished() ends the follow-up
        else
            readRound();
    });
    // Queued: by then the batches the service owned are gone too, and pump() settles their devices.
    connect(&intune, &QObject::destroyed, this, &ProfileAssignJob::pump, Qt::QueuedConnection);
    if (GraphClient *client = m_client.data())
        connect(client, &GraphClient::throttled, this, [this](const QString &throttledWorkload, qint64) {
            if (throttledWorkload == workload() && (m_state == State::Running || m_state == State::Throttled))
                pump();
        });
}

ProfileAssignJob::~ProfileAssignJob()
{
    if (GraphBatch *reads = m_reads.data()) {
        disconnect(reads, nullptr, this, nullptr);
        reads->cancel();
    }
    if (GraphReply *check = m_profileCheck.data()) {
        disconnect(check, nullptr, this, nullptr);
        check->cancel();
    }
    // Devices Graph refused alone and not yet explained: they failed with Graph's sentence. No
    // signals: whoever listens may be going away too.
    {
        const QSignalBlocker quiet(this);
        if (GraphBatch *diagnosing = m_diagnosing.data()) {
            disconnect(diagnosing, nullptr, this, nullptr);
            diagnosing->cancel();
        }
        for (const Diagnosis &diagnosis : std::as_const(m_diagnosingItems) + std::as_const(m_diagnoses))
            settle(diagnosis.index, Outcome::Failed, diagnosis.error.summary(), diagnosis.error.requestId,
                   diagnosis.error.clientRequestId);
    }
    // Batches on the wire still complete their devices' journal entries when they answer.
    for (const Outstanding &outstanding : std::as_const(m_outstanding)) {
        GraphBatch *batch = outstanding.batch.data();
        if (!batch)
            continue;
        disconnect(batch, nullptr, this, nullptr);
        QList<Call> calls;
        for (qsizetype i = 0; i < outstanding.calls.size(); ++i)
            calls.append(outstanding.answered.at(i) ? Call() : outstanding.calls.at(i));
        leaveToJournal(batch, [calls](int item) { return calls.value(item); });
    }
    // Never sent, or refused as part of a group and not sent again alone.
    QList<int> unsent;
    for (const Call &call : m_queue)
        unsent.append(call);
    for (const Parked &parked : std::as_const(m_parked))
        unsent.append(parked.call);
    journalNotSent(unsent, notSentMessage());
}

QString ProfileAssignJob::outcomeText(Outcome outcome) const
{
    return outcome == Outcome::Succeeded ? tr("Assigned") : BulkDeviceJob::outcomeText(outcome);
}

QList<ProfileAssignTarget> ProfileAssignJob::failedDevices() const
{
    QList<ProfileAssignTarget> failed;
    for (qsizetype i = 0; i < m_results.size(); ++i)
        if (m_results.at(i).outcome == Outcome::Failed || m_results.at(i).outcome == Outcome::NotSent)
            failed.append(m_targets.at(i));
    return failed;
}

QString ProfileAssignJob::detailFor(const ProfileAssignTarget &target) const
{
    if (!target.previousProfileId.isEmpty()
        && target.previousProfileId.compare(m_profileId, Qt::CaseInsensitive) != 0) {
        const QString previous =
                target.previousProfileName.isEmpty() ? target.previousProfileId : target.previousProfileName;
        //: Activity detail of a profile assignment: the new profile, and the one it replaces
        return tr("Profile “%1” (replaces “%2”)").arg(m_profileName, previous);
    }
    //: Activity detail of a profile assignment
    return tr("Profile “%1”").arg(m_profileName);
}

void ProfileAssignJob::start()
{
    if (m_state != State::Idle)
        return;
    m_startedMs = GraphClient::now();
    QStringList details;
    details.reserve(m_targets.size());
    for (const ProfileAssignTarget &target : std::as_const(m_targets))
        details.append(detailFor(target));
    recordIntent(tr("Assign profile"), details);
    for (int first = 0; first < total(); first += IntuneService::assignChunkSize) {
        Call call;
        for (int i = first; i < std::min(total(), first + IntuneService::assignChunkSize); ++i)
            call.append(i);
        m_queue.push_back(std::move(call));
    }
    qCInfo(lcModels).noquote() << "Assigning deployment profile" << m_profileId << "to" << total() << "devices in"
                               << m_queue.size() << "calls";
    setState(State::Running);
    Q_EMIT progressChanged(0, total());
    // Never synchronously: the caller connects to the signals after start() returns too.
    m_timer->start(0);
}

void ProfileAssignJob::cancel()
{
    switch (m_state) {
    case State::Idle:
        m_cancelRequested = true;
        for (int i = 0; i < total(); ++i)
            settle(i, Outcome::NotSent, notSentMessage(), {}, {});
        finish();
        return;
    case State::Running:
    case State::Throttled: {
        m_cancelRequested = true;
        m_throttledUntil = 0;
        qCInfo(lcModels) << "Profile assignment cancelled:" << settled() << "of" << total() << "devices answered";
        setState(State::Cancelling);
        settleQueuedNotSent(notSentMessage());
        // Refused as part of a group (Graph's assign is all or nothing): not applied, not sent again.
        const QList<Parked> parked = std::exchange(m_parked, {});
        for (const Parked &p : parked)
            settleCall(p.call, Outcome::NotSent, notSentMessage(), p.error.requestId, p.error.clientRequestId);
        // Refused alone and not read yet: they failed with Graph's sentence.
        const QList<Diagnosis> diagnoses = std::exchange(m_diagnoses, {});
        for (const Diagnosis &d : diagnoses)
            settle(d.index, Outcome::Failed, d.error.summary(), d.error.requestId, d.error.clientRequestId);
        if (GraphReply *check = m_profileCheck.data())
            check->cancel(); // a read: nothing to wait for
        checkCancelling();
        return;
    }
    case State::Verifying:
        m_cancelRequested = true;
        m_followUpTimer->stop();
        m_nextCheckAt = 0;
        if (GraphBatch *reads = m_reads.data())
            reads->cancel(); // its finished() ends the job
        else
            finish();
        return;
    case State::Cancelling:
    case State::Finished:
    case State::Cancelled:
        return;
    }
}

int ProfileAssignJob::pacedWritesInWindow(qint64 now) const
{
    int writes = 0;
    for (const auto &[at, count] : m_paced)
        if (now - at < m_options.writeWindowMs)
            writes += count;
    return writes;
}

qint64 ProfileAssignJob::pacingFreesAt(qint64 now, int needed) const
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

bool ProfileAssignJob::writesLeft() const
{
    return !m_queue.empty() || !m_outstanding.isEmpty() || !m_parked.isEmpty() || !m_diagnoses.isEmpty()
            || !m_diagnosingItems.isEmpty() || m_profileState == ProfileState::Checking;
}

void ProfileAssignJob::pump()
{
    if (m_state == State::Verifying) {
        if (!m_intune && !m_reads) // the service went away while following up
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
    dropLost();
    if (!client || !intune) {
        // The connection to Graph went away (signed out, application closing).
        settleQueuedNotSent(notSentMessage());
        const QList<Parked> parked = std::exchange(m_parked, {});
        for (const Parked &p : parked)
            settleCall(p.call, Outcome::NotSent, notSentMessage(), p.error.requestId, p.error.clientRequestId);
        const QList<Diagnosis> diagnoses = std::exchange(m_diagnoses, {});
        for (const Diagnosis &d : diagnoses)
            settle(d.index, Outcome::Failed, d.error.summary(), d.error.requestId, d.error.clientRequestId);
        m_cancelRequested = m_notSent > 0;
        finish();
        return;
    }
    sendDiagnoses(); // reads: not paced

    const qint64 now = GraphClient::now();
    const qint64 blocked = client->blockedUntil(workload());
    if (blocked > now && (!m_queue.empty() || !m_outstanding.isEmpty())) {
        // Nothing would leave before then anyway; say so, and hand over nothing meanwhile.
        for (Outstanding &outstanding : m_outstanding)
            outstanding.throttled = true;
        m_throttledUntil = blocked;
        setState(State::Throttled);
        m_timer->start(static_cast<int>(std::max<qint64>(1, blocked - now)));
        return;
    }
    if (m_state == State::Throttled) {
        m_throttledUntil = 0;
        setState(State::Running);
    }

    while (!m_paced.empty() && now - m_paced.front().first >= m_options.writeWindowMs)
        m_paced.pop_front();
    const int perWindow = std::max(1, m_options.writesPerWindow);
    const int concurrent = std::max(1, m_options.maxConcurrent);
    // Calls waiting to retry after a throttling go before new ones (they would lose the window's
    // budget to them, window after window).
    const bool retriesPending = std::any_of(m_outstanding.cbegin(), m_outstanding.cend(),
                                            [](const Outstanding &outstanding) { return outstanding.throttled; });
    while (!retriesPending && !m_queue.empty() && m_outstanding.size() < concurrent) {
        const int room = perWindow - pacedWritesInWindow(now);
        if (room <= 0) {
            m_timer->start(static_cast<int>(std::max<qint64>(1, pacingFreesAt(now, 1) - now)));
            break;
        }
        sendGroup(*intune, std::min(GraphBatch::maxPerBatch, room));
    }
    if (!writesLeft())
        writesDone();
}

void ProfileAssignJob::sendGroup(IntuneService &intune, int maxCalls)
{
    // One GraphBatch takes calls of one size (assignProfileInChunks slices the ids evenly); only
    // the last may be shorter.
    QList<Call> calls;
    const qsizetype chunkSize = m_queue.front().size();
    while (!m_queue.empty() && calls.size() < maxCalls) {
        const Call &next = m_queue.front();
        if (next.size() > chunkSize || next.isEmpty())
            break;
        calls.append(next);
        m_queue.pop_front();
        if (calls.constLast().size() < chunkSize)
            break;
    }
    QStringList ids;
    for (const Call &call : std::as_const(calls))
        for (int index : call)
            ids.append(m_targets.at(index).deviceId);
    GraphBatch *batch = intune.assignProfileInChunks(m_profileId, ids, static_cast<int>(chunkSize));
    connect(batch, &GraphBatch::itemSucceeded, this,
            [this, batch](int item, const GraphResponse &response) { onItemSucceeded(batch, item, response); });
    connect(batch, &GraphBatch::itemFailed, this,
            [this, batch](int item, const GraphError &error) { onItemFailed(batch, item, error); });
    connect(batch, &GraphBatch::finished, this, [this, batch] { onBatchFinished(batch); });
    Outstanding outstanding;
    outstanding.batch = batch;
    outstanding.answered = QList<bool>(calls.size(), false);
    outstanding.calls = std::move(calls);
    outstanding.sentAt = GraphClient::now();
    m_paced.emplace_back(outstanding.sentAt, static_cast<int>(outstanding.calls.size()));
    m_outstanding.append(std::move(outstanding));
    batch->start();
}

ProfileAssignJob::Outstanding *ProfileAssignJob::outstandingOf(GraphBatch *batch)
{
    for (Outstanding &outstanding : m_outstanding)
        if (outstanding.batch.data() == batch)
            return &outstanding;
    return nullptr;
}

void ProfileAssignJob::settleCall(const Call &call, Outcome outcome, const QString &message, const QString &requestId,
                                  const QString &clientRequestId)
{
    for (int index : call)
        settle(index, outcome, message, requestId, clientRequestId);
}

void ProfileAssignJob::settleQueuedNotSent(const QString &message)
{
    const std::deque<Call> queue = std::exchange(m_queue, {});
    for (const Call &call : queue)
        settleCall(call, Outcome::NotSent, message);
}

void ProfileAssignJob::onItemSucceeded(GraphBatch *batch, int item, const GraphResponse &response)
{
    Outstanding *outstanding = outstandingOf(batch);
    if (!outstanding || item < 0 || item >= outstanding->calls.size() || outstanding->answered.at(item))
        return;
    outstanding->answered[item] = true;
    const Call call = outstanding->calls.at(item);
    for (int index : call) {
        settle(index, Outcome::Succeeded, {}, response.requestId, response.clientRequestId);
        // Graph accepted it: Intune now has the profile as the device's intended one, pending.
        if (m_results.at(index).outcome == Outcome::Succeeded)
            report(index, AutopilotDeviceModel::profileStatusText(D::ProfileAssignmentStatus::Pending));
    }
}

void ProfileAssignJob::onItemFailed(GraphBatch *batch, int item, const GraphError &error)
{
    Outstanding *outstanding = outstandingOf(batch);
    if (!outstanding || item < 0 || item >= outstanding->calls.size() || outstanding->answered.at(item))
        return;
    outstanding->answered[item] = true;
    const Call call = outstanding->calls.at(item);
    onCallRefused(call, error);
}

void ProfileAssignJob::onCallRefused(const Call &call, const GraphError &error)
{
    if (error.kind == GraphError::Kind::Cancelled) {
        if (m_cancelRequested) // only batches off the wire are cancelled (checkCancelling): nothing was applied
            settleCall(call, Outcome::NotSent, notSentMessage(), error.requestId, error.clientRequestId);
        else // the client went away with the request possibly on the wire
            settleCall(call, Outcome::Failed, noAnswerMessage(), error.requestId, error.clientRequestId);
        return;
    }
    if (isUnknownOutcome(error)) {
        qCInfo(lcModels).noquote() << "Profile assign of" << call.size() << "devices got no answer:" << error.summary();
        settleCall(call, Outcome::Failed, noAnswerMessage(error), error.requestId, error.clientRequestId);
        return;
    }
    const bool refused = error.kind == GraphError::Kind::Http && (error.httpStatus == 400 || error.httpStatus == 404);
    if (!refused) {
        // 403 names the permission; throttling that outlasted the retry budget, 5xx: Graph's sentence.
        qCInfo(lcModels).noquote() << "Profile assign of" << call.size() << "devices failed:" << error.summary();
        settleCall(call, Outcome::Failed, error.summary(), error.requestId, error.clientRequestId);
        return;
    }
    if (error.httpStatus == 404 && m_profileState == ProfileState::Gone) {
        settleCall(call, Outcome::Failed, profileGoneMessage(m_profileName), error.requestId, error.clientRequestId);
        return;
    }
    if (call.size() == 1) {
        // Which device, and why: read it (a device removed meanwhile reads 404).
        if (m_cancelRequested)
            settleCall(call, Outcome::Failed, error.summary(), error.requestId, error.clientRequestId);
        else
            m_diagnoses.append(Diagnosis{call.first(), error});
        return;
    }
    if (m_cancelRequested) {
        // Graph's assign is all or nothing: none of them was applied, and none is sent again.
        settleCall(call, Outcome::NotSent, notSentMessage(), error.requestId, error.clientRequestId);
        return;
    }
    qCInfo(lcModels).noquote() << "Profile assign of" << call.size()
                               << "devices refused as a whole; sending them one by one:" << error.summary();
    if (error.httpStatus == 404 && m_profileState != ProfileState::Exists) {
        // The profile itself may be gone: learn that before sending each device alone.
        m_parked.append(Parked{call, error});
        checkProfile();
        return;
    }
    split(call);
}

void ProfileAssignJob::split(const Call &call)
{
    for (auto it = call.crbegin(); it != call.crend(); ++it)
        m_queue.push_front(Call{*it});
}

void ProfileAssignJob::checkProfile()
{
    IntuneService *intune = m_intune.data();
    if (m_profileState == ProfileState::Checking || !intune)
        return;
    m_profileState = ProfileState::Checking;
    GraphReply *reply = intune->getDeploymentProfile(m_profileId);
    m_profileCheck = reply;
    reply->then(
            this,
            [this](const GraphResponse &) {
                applyProfileState(ProfileState::Exists);
                pump();
            },
            [this](const GraphError &error) {
                if (error.kind == GraphError::Kind::Http && error.httpStatus == 404) {
                    applyProfileState(ProfileState::Gone);
                } else {
                    if (error.kind != GraphError::Kind::Cancelled)
                        qCInfo(lcModels).noquote() << "Could not read the deployment profile:" << error.summary();
                    applyProfileState(ProfileState::Unknown); // its calls go device by device
                }
                pump();
            });
}

void ProfileAssignJob::applyProfileState(ProfileState state)
{
    m_profileCheck = nullptr;
    m_profileState = state;
    const QList<Parked> parked = std::exchange(m_parked, {});
    if (state == ProfileState::Gone) {
        qCInfo(lcModels).noquote() << "Deployment profile" << m_profileId << "no longer exists";
        for (const Parked &p : parked)
            settleCall(p.call, Outcome::Failed, profileGoneMessage(m_profileName), p.error.requestId,
                       p.error.clientRequestId);
        settleQueuedNotSent(profileGoneNotSentMessage(m_profileName));
    } else {
        for (const Parked &p : parked) {
            if (m_cancelRequested)
                settleCall(p.call, Outcome::NotSent, notSentMessage(), p.error.requestId, p.error.clientRequestId);
            else
                split(p.call);
        }
    }
}

void ProfileAssignJob::sendDiagnoses()
{
    IntuneService *intune = m_intune.data();
    if (m_diagnoses.isEmpty() || m_diagnosing || !intune)
        return;
    m_diagnosingItems = std::exchange(m_diagnoses, {});
    QStringList ids;
    ids.reserve(m_diagnosingItems.size());
    for (const Diagnosis &diagnosis : std::as_const(m_diagnosingItems))
        ids.append(m_results.at(diagnosis.index).deviceId);
    GraphBatch *reads = intune->getAutopilotDevices(ids);
    m_diagnosing = reads;
    connect(reads, &GraphBatch::itemSucceeded, this, [this](int item, const GraphResponse &) {
        // The device is there: Graph refused the assignment for another reason, in its own words.
        const Diagnosis d = m_diagnosingItems.value(item);
        if (d.index >= 0)
            settle(d.index, Outcome::Failed, d.error.summary(), d.error.requestId, d.error.clientRequestId);
    });
    connect(reads, &GraphBatch::itemFailed, this, [this](int item, const GraphError &readError) {
        const Diagnosis d = m_diagnosingItems.value(item);
        if (d.index < 0)
            return;
        if (readError.kind == GraphError::Kind::Http && readError.httpStatus == 404)
            settle(d.index, Outcome::Failed, removedMessage(), d.error.requestId, d.error.clientRequestId);
        else
            settle(d.index, Outcome::Failed, d.error.summary(), d.error.requestId, d.error.clientRequestId);
    });
    connect(reads, &GraphBatch::finished, this, [this] {
        for (const Diagnosis &d : std::exchange(m_diagnosingItems, {}))
            settle(d.index, Outcome::Failed, d.error.summary(), d.error.requestId, d.error.clientRequestId);
        m_diagnosing = nullptr;
        pump();
    });
    reads->start();
}

void ProfileAssignJob::onBatchFinished(GraphBatch *batch)
{
    const auto it = std::find_if(m_outstanding.cbegin(), m_outstanding.cend(),
                                 [batch](const Outstanding &outstanding) { return outstanding.batch.data() == batch; });
    if (it == m_outstanding.cend())
        return;
    const Outstanding outstanding = *it;
    m_outstanding.erase(it);
    m_batchMsTotal += GraphClient::now() - outstanding.sentAt;
    ++m_batchesMeasured;
    // GraphBatch ends every item exactly once; should one ever be missing, it is not left Pending.
    for (qsizetype i = 0; i < outstanding.calls.size(); ++i)
        if (!outstanding.answered.at(i)) {
            GraphError missing;
            missing.kind = GraphError::Kind::InvalidResponse;
            settleCall(outstanding.calls.at(i), Outcome::Failed, noAnswerMessage(missing));
        }
    pump();
}

void ProfileAssignJob::dropLost()
{
    for (auto it = m_outstanding.begin(); it != m_outstanding.end();) {
        if (it->batch) {
            ++it;
            continue;
        }
        // Destroyed without finishing (the service went away): the answer will never come.
        const Outstanding outstanding = *it;
        it = m_outstanding.erase(it);
        for (qsizetype i = 0; i < outstanding.calls.size(); ++i)
            if (!outstanding.answered.at(i))
                settleCall(outstanding.calls.at(i), Outcome::Failed, noAnswerMessage());
    }
    if (!m_diagnosing && !m_diagnosingItems.isEmpty()) {
        for (const Diagnosis &d : std::exchange(m_diagnosingItems, {}))
            settle(d.index, Outcome::Failed, d.error.summary(), d.error.requestId, d.error.clientRequestId);
    }
    if (m_profileState == ProfileState::Checking && !m_profileCheck)
        applyProfileState(ProfileState::Unknown); // the reply went with the client
}

void ProfileAssignJob::checkCancelling()
{
    if (m_state != State::Cancelling)
        return;
    dropLost();
    if (m_state != State::Cancelling)
        return;
    if (!writesLeft()) {
        writesDone();
        return;
    }
    GraphClient *client = m_client.data();
    if (!m_outstanding.isEmpty() && (!client || client->inFlight() == 0)) {
        // Nothing of the app is on the wire: what is left waits for a Retry-After or its turn, and
        // was not applied. End it unsent. (A batch on the wire is never aborted: its devices may
        // already be assigned, so its answer is awaited.)
        const QList<Outstanding> waiting = m_outstanding;
        for (const Outstanding &outstanding : waiting)
            if (GraphBatch *batch = outstanding.batch.data())
                batch->cancel();
        if (m_state != State::Cancelling)
            return;
        if (!writesLeft()) {
            writesDone();
            return;
        }
    }
    m_timer->start(cancelPollMs);
}

void ProfileAssignJob::writesDone()
{
    if (m_state != State::Running && m_state != State::Throttled && m_state != State::Cancelling)
        return;
    m_timer->stop();
    m_throttledUntil = 0;
    qCInfo(lcModels) << "Profile assign writes done:" << m_succeeded << "assigned," << m_failed << "failed,"
                     << m_notSent << "not sent in" << GraphClient::now() - m_startedMs << "ms";
    if (m_succeeded > 0 && m_intune)
        startFollowUp();
    else
        finish();
}

void ProfileAssignJob::startFollowUp()
{
    m_followUp.clear();
    for (int i = 0; i < total(); ++i)
        if (m_results.at(i).outcome == Outcome::Succeeded)
            m_followUp.append(i);
    m_waiting = static_cast<int>(m_followUp.size());
    m_confirmed = 0;
    m_followUpDeadline = GraphClient::now() + std::max<qint64>(0, m_followUpLimitMs);
    m_followUpDelayMs = followUpFirstMs;
    setState(State::Verifying);
    scheduleRound();
}

void ProfileAssignJob::scheduleRound()
{
    const qint64 now = GraphClient::now();
    const qint64 at = std::max(now, std::min(now + m_followUpDelayMs, m_followUpDeadline));
    m_followUpDelayMs = std::min(m_followUpDelayMs * 2, followUpMaxMs);
    m_nextCheckAt = at;
    m_followUpTimer->start(static_cast<int>(at - now));
    Q_EMIT followUpChanged();
}

void ProfileAssignJob::readRound()
{
    m_nextCheckAt = 0;
    IntuneService *intune = m_intune.data();
    if (m_state != State::Verifying)
        return;
    if (!intune) {
        finish();
        return;
    }
    m_readIndexes = m_followUp;
    QStringList ids;
    ids.reserve(m_readIndexes.size());
    for (int index : std::as_const(m_readIndexes))
        ids.append(m_results.at(index).deviceId);
    GraphBatch *reads = intune->getAutopilotDevices(ids);
    m_reads = reads;
    connect(reads, &GraphBatch::itemSucceeded, this, [this](int item, const GraphResponse &response) {
        const int index = m_readIndexes.value(item, -1);
        AutopilotDevice device = AutopilotDevice::fromJson(response.json);
        if (index < 0 || device.id.isEmpty())
            return; // unreadable: tried again next round
        const D::ProfileAssignmentStatus status = device.deploymentProfileAssignmentStatus;
        report(index, reportedText(device));
        if (isFinal(status)) {
            m_roundFinal.append(index);
            if (isAssigned(status))
                ++m_confirmed;
        }
        m_roundDevices.append(std::move(device));
    });
    connect(reads, &GraphBatch::itemFailed, this, [this](int item, const GraphError &error) {
        const int index = m_readIndexes.value(item, -1);
        if (index < 0)
            return;
        if (error.kind == GraphError::Kind::Http && error.httpStatus == 404) {
            // Assigned, then removed from Autopilot: nothing left to follow.
            report(index, tr("No longer registered in Windows Autopilot"));
            m_roundFinal.append(index);
        } else if (error.kind != GraphError::Kind::Cancelled) {
            // It was assigned; the next round reads it again.
            qCInfo(lcModels).noquote() << "Re-reading a device after the profile assignment failed:" << error.summary();
        }
    });
    connect(reads, &GraphBatch::finished, this, &ProfileAssignJob::onRoundFinished);
    const qint64 now = GraphClient::now();
    m_followUpTimer->start(static_cast<int>(std::max(m_followUpDeadline, now + followUpGraceMs) - now));
    Q_EMIT followUpChanged();
    reads->start();
}

void ProfileAssignJob::onRoundFinished()
{
    m_followUpTimer->stop();
    m_reads = nullptr;
    m_readIndexes.clear();
    if (!m_roundDevices.isEmpty())
        Q_EMIT devicesRefreshed(std::exchange(m_roundDevices, {}));
    if (!m_roundFinal.isEmpty()) {
        const QList<int> finals = std::exchange(m_roundFinal, {});
        const QSet<int> done(finals.cbegin(), finals.cend());
        m_followUp.removeIf([&done](int index) { return done.contains(index); });
    }
    m_waiting = static_cast<int>(m_followUp.size());
    if (m_state != State::Verifying)
        return;
    if (m_cancelRequested || m_followUp.isEmpty() || !m_intune) {
        finish();
        return;
    }
    if (GraphClient::now() >= m_followUpDeadline) {
        const QString text = stillPendingText();
        for (int index : std::as_const(m_followUp))
            report(index, text);
        qCInfo(lcModels) << m_followUp.size() << "devices still pending after the follow-up limit";
        finish();
        return;
    }
    scheduleRound();
}

QString ProfileAssignJob::stillPendingText() const
{
    if (m_followUpLimitMs < 60'000) {
        const int seconds = static_cast<int>(std::max<qint64>(1, (m_followUpLimitMs + 500) / 1000));
        return tr("Still pending after %n s", nullptr, seconds);
    }
    const int minutes = static_cast<int>((m_followUpLimitMs + 30'000) / 60'000);
    return tr("Still pending after %n min", nullptr, minutes);
}

void ProfileAssignJob::finish()
{
    if (m_state == State::Finished || m_state == State::Cancelled)
        return;
    m_timer->stop();
    m_followUpTimer->stop();
    m_throttledUntil = 0;
    m_nextCheckAt = 0;
    setState(m_cancelRequested && m_notSent > 0 ? State::Cancelled : State::Finished);
    Q_EMIT followUpChanged();
    Q_EMIT finished();
}

qint64 ProfileAssignJob::remainingMs() const
{
    if (m_state == State::Verifying)
        return -1;
    if (!isActive() || !writesLeft())
        return 0;
    const GraphClient *client = m_client.data();
    if (!client)
        return 0;
    const qint64 now = GraphClient::now();
    const qint64 blockedWait = std::max<qint64>(0, client->blockedUntil(workload()) - now);

    // Calls not handed over yet (a group refused as a whole goes again device by device).
    qsizetype unsent = static_cast<qsizetype>(m_queue.size());
    for (const Parked &parked : m_parked)
        unsent += parked.call.size();
    bool inFlight = !m_diagnosingItems.isEmpty() || !m_diagnoses.isEmpty() || m_profileState == ProfileState::Checking;
    for (const Outstanding &outstanding : m_outstanding)
        inFlight = inFlight || outstanding.answered.contains(false);

    // What the write pacing allows for them at best.
    const int perWindow = std::max(1, m_options.writesPerWindow);
    qint64 pacing = 0;
    const int room = std::max(0, perWindow - pacedWritesInWindow(now));
    if (unsent > room) {
        const qint64 windows = (unsent - room + perWindow - 1) / perWindow;
        qint64 oldest = now;
        for (const auto &[at, count] : m_paced)
            if (now - at < m_options.writeWindowMs) {
                oldest = at;
                break;
            }
        pacing = (oldest + m_options.writeWindowMs - now) + (windows - 1) * m_options.writeWindowMs;
    }

    // What the round trips take: one $batch per 20 calls, a few at a time.
    const qint64 roundTrip = m_batchesMeasured > 0 ? m_batchMsTotal / m_batchesMeasured : assumedBatchMs;
    const qint64 groups = (unsent + GraphBatch::maxPerBatch - 1) / GraphBatch::maxPerBatch;
    const int concurrent = std::max(1, m_options.maxConcurrent);
    const qint64 rounds = (groups + concurrent - 1) / concurrent + (inFlight ? 1 : 0);
    return blockedWait + std::max(pacing, rounds * roundTrip);
}

} // namespace ed
