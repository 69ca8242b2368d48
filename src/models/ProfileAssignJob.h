#pragma once

#include "graph/GraphClient.h"
#include "graph/GraphError.h"
#include "models/AutopilotDevice.h"
#include "models/BulkDeviceJob.h"

#include <QList>
#include <QPointer>
#include <QString>

#include <deque>

class QTimer;

namespace ed {

class GraphBatch;
class GraphPager;
class GraphReply;
class IntuneService;
struct GraphResponse;

// One device to assign a deployment profile to, with what a person recognises it by and the
// profile it had before (for the journal's "replacing …" and the picker's warning).
struct ProfileAssignTarget
{
    QString deviceId;
    QString serial;
    QString model; // optional
    QString previousProfileId; // the intended profile before; empty when none or unknown
    QString previousProfileName;
};

// Assigns one deployment profile to any number of devices (the seed's `assign` with `deviceIds`)
// and follows each device until Intune reports the profile assigned.
//
// Writes: IntuneService::assignChunkSize ids per `assign` call, the calls through $batch and the
// Graph client's pacing and Retry-After handling (assign is idempotent, so failures of unknown
// outcome are retried by the client). A call Graph refuses as a whole (400/404: Graph's assign is
// all or nothing) is sent again device by device, so each device gets its own answer; a device
// Graph no longer knows is read once more, to say "removed from Autopilot" rather than a bare
// 400. 403, throttling that outlasts the retry budget and network failures fail the devices of
// that call with the sentence and request-id. Nothing is Succeeded unless Graph answered 2xx.
//
// Follow-up (state Verifying): the devices Graph accepted are read again, with backoff (1 s
// doubling to 15 s), until none is pending or followUpLimitMs() passes — one GET per device (in
// $batch) for up to listFollowUpThreshold devices, else the profile's assignedDevices, where a
// device not listed yet counts as pending; each read updates
// Result::reported ("Pending", "Assigned", "Failed: …", "Still pending after 5 min") and emits
// devicesRefreshed so the device views show the status moving from pending to assigned.
class ProfileAssignJob final : public BulkDeviceJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileAssignJob)
public:
    // More devices than this waiting for Intune: a follow-up round reads the profile's
    // assignedDevices (a page per 1,000 devices) instead of one GET per device.
    static constexpr int listFollowUpThreshold = 100;

    ProfileAssignJob(QString profileId, QString profileName, QList<ProfileAssignTarget> devices, IntuneService &intune,
                     ActivityJournal *journal, QString tenant, QObject *parent = nullptr);
    ~ProfileAssignJob() override;

    void start() override;
    void cancel() override;
    qint64 remainingMs() const override;
    QString outcomeText(Outcome outcome) const override;

    const QString &profileId() const { return m_profileId; }
    const QString &profileName() const { return m_profileName; }
    const QList<ProfileAssignTarget> &targets() const { return m_targets; }
    // The devices to offer for "Retry failed": every one that failed or was not sent.
    QList<ProfileAssignTarget> failedDevices() const;

    // Follow-up: devices Intune reports assigned / still pending; when the next read goes out
    // (GraphClient::now() clock; 0 when none is scheduled).
    int confirmedCount() const { return m_confirmed; }
    int waitingCount() const { return m_waiting; }
    qint64 nextCheckAt() const { return m_nextCheckAt; }
    // How long the follow-up waits for Intune at most (default 5 min); tests shorten it.
    void setFollowUpLimitMs(qint64 ms) { m_followUpLimitMs = ms; }
    qint64 followUpLimitMs() const { return m_followUpLimitMs; }

Q_SIGNALS:
    // The follow-up read a round (or scheduled the next): confirmed/waiting changed.
    void followUpChanged();

private:
    // One `assign` call: the indexes of its devices (IntuneService::assignChunkSize, or 1 after a
    // split). Calls go to the client as one GraphBatch (at most GraphBatch::maxPerBatch: one
    // $batch); each is an item of it.
    using Call = QList<int>;
    // A call Graph refused with 404: waiting to learn whether the profile itself is gone.
    struct Parked
    {
        Call call;
        GraphError error;
    };
    // A device Graph refused alone (400/404): read again to say why.
    struct Diagnosis
    {
        int index = -1;
        GraphError error;
    };
    enum class ProfileState { Unknown, Checking, Exists, Gone };

    bool hasUnsent() const override { return !m_queue.empty(); }
    bool writesLeft() const override;
    int sendWrites(IntuneService &intune, int maxWrites) override;
    void onWriteSucceeded(const QList<int> &devices, const GraphResponse &response) override;
    // A call Graph refused, or one that got no answer.
    void onWriteFailed(const QList<int> &devices, const GraphError &error) override;
    void dropUnsent() override;
    void dropLost() override;
    QString notSentMessage() const override;
    QString lostMessage() const override;
    QString unansweredMessage(const GraphError &missing) const override;
    void sendUnpaced(IntuneService &intune) override; // the diagnoses
    void onWritesDone() override;
    void startVerifying() override; // the follow-up
    void pumpVerifying() override;
    void onFinishing() override;
    void split(const Call &call);
    void checkProfile();
    void applyProfileState(ProfileState state);
    void settleQueuedNotSent(const QString &message);
    void scheduleRound();
    void readRound();
    void readRoundFromList(IntuneService &intune);
    void applyRead(int index, AutopilotDevice device);
    // Cancels the round being read; false when none is.
    bool cancelRound();
    void onRoundFinished();
    QString detailFor(const ProfileAssignTarget &target) const;
    QString stillPendingText() const;

    QString m_profileId;
    QString m_profileName;
    QList<ProfileAssignTarget> m_targets;
    qint64 m_followUpLimitMs = 5 * 60 * 1000;
    int m_confirmed = 0;
    int m_waiting = 0;
    qint64 m_nextCheckAt = 0;

    // Writes.
    std::deque<Call> m_queue; // not handed to the client yet; split calls go first
    QList<Parked> m_parked;
    QList<Diagnosis> m_diagnoses; // waiting for their read
    QPointer<GraphBatch> m_diagnosing;
    QList<Diagnosis> m_diagnosingItems; // item i of m_diagnosing
    ProfileState m_profileState = ProfileState::Unknown;
    QPointer<GraphReply> m_profileCheck;

    // Follow-up.
    QTimer *m_followUpTimer;
    QList<int> m_followUp; // devices Intune has not reported final yet
    QPointer<GraphBatch> m_reads;
    QPointer<GraphPager> m_listRead; // a round read from the profile's assignedDevices
    QList<int> m_readIndexes; // item i of m_reads
    QList<int> m_roundFinal; // indexes that reached a final status this round
    QList<AutopilotDevice> m_roundDevices;
    qint64 m_followUpDeadline = 0;
    qint64 m_followUpDelayMs = 0;
};

} // namespace ed
