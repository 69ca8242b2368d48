#include "ProfileAssignJob.h"

#include "core/Logging.h"
#include "graph/GraphBatch.h"
#include "graph/GraphClient.h"
#include "graph/GraphPager.h"
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

} // namespace

ProfileAssignJob::ProfileAssignJob(QString profileId, QString profileName, QList<ProfileAssignTarget> devices,
                                   IntuneService &intune, ActivityJournal *journal, QString tenant, QObject *parent)
    : BulkDeviceJob(resultsOf(devices), intune, workload(), journal, std::move(tenant), parent)
    , m_profileId(std::move(profileId))
    , m_profileName(std::move(profileName))
    , m_targets(std::move(devices))
    , m_followUpTimer(new QTimer(this))
{
    if (m_profileName.isEmpty())
        m_profileName = m_profileId;
    m_followUpTimer->setSingleShot(true);
    connect(m_followUpTimer, &QTimer::timeout, this, [this] {
        if (!cancelRound()) // a round that outlasted the limit ends the follow-up when it ends
            readRound();
    });
}

ProfileAssignJob::~ProfileAssignJob()
{
    if (GraphBatch *reads = m_reads.data()) {
        disconnect(reads, nullptr, this, nullptr);
        reads->cancel();
    }
    if (GraphPager *list = m_listRead.data()) {
        disconnect(list, nullptr, this, nullptr);
        list->cancel();
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
    leaveWritesToJournal();
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
    return targetsAt(m_targets, failedIndexes());
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
    beginWrites();
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
        dropUnsent();
        if (GraphReply *check = m_profileCheck.data())
            check->cancel(); // a read: nothing to wait for
        checkCancelling();
        return;
    }
    case State::Verifying:
        m_cancelRequested = true;
        m_followUpTimer->stop();
        m_nextCheckAt = 0;
        if (!cancelRound()) // else the round's end ends the job
            finish();
        return;
    case State::Cancelling:
    case State::Finished:
    case State::Cancelled:
        return;
    }
}

bool ProfileAssignJob::writesLeft() const
{
    return BulkDeviceJob::writesLeft() || !m_parked.isEmpty() || !m_diagnoses.isEmpty() || !m_diagnosingItems.isEmpty()
            || m_profileState == ProfileState::Checking;
}

void ProfileAssignJob::pumpVerifying()
{
    if (!m_intune && !m_reads && !m_listRead) // the service went away while following up
        finish();
}

void ProfileAssignJob::dropUnsent()
{
    settleQueuedNotSent(notSentMessage());
    // Refused as part of a group (Graph's assign is all or nothing): not applied, not sent again.
    const QList<Parked> parked = std::exchange(m_parked, {});
    for (const Parked &p : parked)
        settleAll(p.call, Outcome::NotSent, notSentMessage(), p.error.requestId, p.error.clientRequestId);
    // Refused alone and not read yet: they failed with Graph's sentence.
    const QList<Diagnosis> diagnoses = std::exchange(m_diagnoses, {});
    for (const Diagnosis &d : diagnoses)
        settle(d.index, Outcome::Failed, d.error.summary(), d.error.requestId, d.error.clientRequestId);
}

int ProfileAssignJob::sendWrites(IntuneService &intune, int maxWrites)
{
    // One GraphBatch takes calls of one size (assignProfileInChunks slices the ids evenly); only
    // the last may be shorter.
    QList<Call> calls;
    const qsizetype chunkSize = m_queue.front().size();
    while (!m_queue.empty() && calls.size() < maxWrites) {
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
    const int count = static_cast<int>(calls.size());
    handOver(intune.assignProfileInChunks(m_profileId, ids, static_cast<int>(chunkSize)), std::move(calls));
    return count;
}

void ProfileAssignJob::settleQueuedNotSent(const QString &message)
{
    const std::deque<Call> queue = std::exchange(m_queue, {});
    for (const Call &call : queue)
        settleAll(call, Outcome::NotSent, message);
}

void ProfileAssignJob::onWriteSucceeded(const QList<int> &devices, const GraphResponse &response)
{
    for (int index : devices) {
        settle(index, Outcome::Succeeded, {}, response.requestId, response.clientRequestId);
        // Graph accepted it: Intune now has the profile as the device's intended one, pending.
        if (m_results.at(index).outcome == Outcome::Succeeded)
            report(index, AutopilotDeviceModel::profileStatusText(D::ProfileAssignmentStatus::Pending));
    }
}

void ProfileAssignJob::onWriteFailed(const Call &call, const GraphError &error)
{
    if (isUnknownOutcome(error)) {
        qCInfo(lcModels).noquote() << "Profile assign of" << call.size() << "devices got no answer:" << error.summary();
        settleAll(call, Outcome::Failed, noAnswerMessage(error), error.requestId, error.clientRequestId);
        return;
    }
    const bool refused = error.kind == GraphError::Kind::Http && (error.httpStatus == 400 || error.httpStatus == 404);
    if (!refused) {
        // 403 names the permission; throttling that outlasted the retry budget, 5xx: Graph's sentence.
        qCInfo(lcModels).noquote() << "Profile assign of" << call.size() << "devices failed:" << error.summary();
        settleAll(call, Outcome::Failed, error.summary(), error.requestId, error.clientRequestId);
        return;
    }
    if (error.httpStatus == 404 && m_profileState == ProfileState::Gone) {
        settleAll(call, Outcome::Failed, profileGoneMessage(m_profileName), error.requestId, error.clientRequestId);
        return;
    }
    if (call.size() == 1) {
        // Which device, and why: read it (a device removed meanwhile reads 404).
        if (m_cancelRequested)
            settleAll(call, Outcome::Failed, error.summary(), error.requestId, error.clientRequestId);
        else
            m_diagnoses.append(Diagnosis{call.first(), error});
        return;
    }
    if (m_cancelRequested) {
        // Graph's assign is all or nothing: none of them was applied, and none is sent again.
        settleAll(call, Outcome::NotSent, notSentMessage(), error.requestId, error.clientRequestId);
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
            settleAll(p.call, Outcome::Failed, profileGoneMessage(m_profileName), p.error.requestId,
                      p.error.clientRequestId);
        settleQueuedNotSent(profileGoneNotSentMessage(m_profileName));
    } else {
        for (const Parked &p : parked) {
            if (m_cancelRequested)
                settleAll(p.call, Outcome::NotSent, notSentMessage(), p.error.requestId, p.error.clientRequestId);
            else
                split(p.call);
        }
    }
}

void ProfileAssignJob::sendUnpaced(IntuneService &intune)
{
    if (m_diagnoses.isEmpty() || m_diagnosing)
        return;
    m_diagnosingItems = std::exchange(m_diagnoses, {});
    QStringList ids;
    ids.reserve(m_diagnosingItems.size());
    for (const Diagnosis &diagnosis : std::as_const(m_diagnosingItems))
        ids.append(m_results.at(diagnosis.index).deviceId);
    GraphBatch *reads = intune.getAutopilotDevices(ids);
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

QString ProfileAssignJob::notSentMessage() const
{
    return tr("Not assigned: cancelled before Microsoft Graph accepted the request.");
}

QString ProfileAssignJob::lostMessage() const
{
    return noAnswerMessage();
}

QString ProfileAssignJob::unansweredMessage(const GraphError &missing) const
{
    return noAnswerMessage(missing);
}

void ProfileAssignJob::dropLost()
{
    BulkDeviceJob::dropLost();
    if (!m_diagnosing && !m_diagnosingItems.isEmpty()) {
        for (const Diagnosis &d : std::exchange(m_diagnosingItems, {}))
            settle(d.index, Outcome::Failed, d.error.summary(), d.error.requestId, d.error.clientRequestId);
    }
    if (m_profileState == ProfileState::Checking && !m_profileCheck)
        applyProfileState(ProfileState::Unknown); // the reply went with the client
}

void ProfileAssignJob::onWritesDone()
{
    qCInfo(lcModels) << "Profile assign writes done:" << m_succeeded << "assigned," << m_failed << "failed,"
                     << m_notSent << "not sent in" << GraphClient::now() - m_startedMs << "ms";
}

void ProfileAssignJob::startVerifying()
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
    if (m_followUp.size() > listFollowUpThreshold) {
        readRoundFromList(*intune);
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
        if (index >= 0 && !device.id.isEmpty()) // unreadable: tried again next round
            applyRead(index, std::move(device));
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

void ProfileAssignJob::readRoundFromList(IntuneService &intune)
{
    // Many devices: the profile's assignedDevices, a page per 1,000 devices, costs far fewer
    // requests than one GET per device (which runs into Intune's read limit at a few thousand).
    // A device not listed yet is still waiting.
    QHash<QString, int> waiting;
    waiting.reserve(m_followUp.size());
    for (int index : std::as_const(m_followUp))
        waiting.insert(m_results.at(index).deviceId, index);
    GraphPager *list = intune.listProfileAssignedDevices(m_profileId);
    m_listRead = list;
    connect(list, &GraphPager::pageReady, this, [this, waiting](const QJsonArray &, const QVariant &mapped) {
        for (AutopilotDevice &device : mapped.value<QList<AutopilotDevice>>())
            if (const int index = waiting.value(device.id, -1); index >= 0)
                applyRead(index, std::move(device));
    });
    connect(list, &GraphPager::finished, this, &ProfileAssignJob::onRoundFinished);
    connect(list, &GraphPager::failed, this, [this](const GraphError &error) {
        if (error.kind != GraphError::Kind::Cancelled)
            qCInfo(lcModels).noquote() << "Reading the profile's assigned devices failed:" << error.summary();
        onRoundFinished();
    });
    const qint64 now = GraphClient::now();
    m_followUpTimer->start(static_cast<int>(std::max(m_followUpDeadline, now + followUpGraceMs) - now));
    Q_EMIT followUpChanged();
    list->start();
}

void ProfileAssignJob::applyRead(int index, AutopilotDevice device)
{
    const D::ProfileAssignmentStatus status = device.deploymentProfileAssignmentStatus;
    report(index, reportedText(device));
    if (isFinal(status)) {
        m_roundFinal.append(index);
        if (isAssigned(status))
            ++m_confirmed;
    }
    m_roundDevices.append(std::move(device));
}

bool ProfileAssignJob::cancelRound()
{
    if (GraphBatch *reads = m_reads.data()) {
        reads->cancel();
        return true;
    }
    if (GraphPager *list = m_listRead.data()) {
        list->cancel();
        return true;
    }
    return false;
}

void ProfileAssignJob::onRoundFinished()
{
    m_followUpTimer->stop();
    m_reads = nullptr;
    m_listRead = nullptr;
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

void ProfileAssignJob::onFinishing()
{
    m_followUpTimer->stop();
    m_nextCheckAt = 0;
    Q_EMIT followUpChanged();
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
    for (const WriteBatch &out : outstanding())
        inFlight = inFlight || out.answered.contains(false);

    // What the write pacing allows for them at best.
    const qint64 pacing = m_pacer.waitMs(now, unsent);

    // What the round trips take: one $batch per 20 calls, a few at a time.
    const qint64 measured = averageBatchMs();
    const qint64 roundTrip = measured >= 0 ? measured : assumedBatchMs;
    const qint64 groups = (unsent + GraphBatch::maxPerBatch - 1) / GraphBatch::maxPerBatch;
    const int concurrent = std::max(1, m_options.maxConcurrent);
    const qint64 rounds = (groups + concurrent - 1) / concurrent + (inFlight ? 1 : 0);
    return blockedWait + std::max(pacing, rounds * roundTrip);
}

} // namespace ed
