#pragma once

#include "models/AutopilotDevice.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace ed {

class ActivityJournal;
class GraphBatch;

// A write to many Autopilot devices that reports on every one of them: unblocking
// (BulkUnblockJob), assigning a deployment profile (ProfileAssignJob). The base keeps what every
// such job shares, so one dialog (BulkJobDialog) shows any of them: the state, one Result per
// device, the counts, the activity journal (one entry per device, recorded before the first
// request and completed as its answer comes), and what Intune reports about each device after
// the write.
//
// Every device ends exactly once: Succeeded (Graph said so), Failed (with Graph's sentence and
// request-id) or NotSent. Nothing is reported as done unless Graph answered that it was.
class BulkDeviceJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkDeviceJob)
public:
    enum class State {
        Idle, // not started
        Running,
        Throttled, // Graph asked to wait: nothing is sent before throttledUntil()
        Cancelling, // no more requests go out; those on the wire are answering
        Verifying, // the writes are done; the devices are being read again
        Finished,
        Cancelled, // ended by cancel(): some devices were not sent
    };
    Q_ENUM(State)
    enum class Outcome { Pending, Succeeded, Failed, NotSent };
    Q_ENUM(Outcome)
    struct Result
    {
        QString deviceId;
        QString serial;
        Outcome outcome = Outcome::Pending;
        QString message; // the error sentence (Failed) or why it was not sent (NotSent)
        QString requestId; // Graph's request-id, for Microsoft support
        QString clientRequestId; // the client-request-id the app sent
        QString reported; // what Intune reports for the device after the write ("Pending", "Assigned")
    };

    ~BulkDeviceJob() override;

    // Records the intent of every device in the journal (one entry each) and begins.
    virtual void start() = 0;
    // Stops sending; ends once the requests on the wire have answered (Cancelling → Cancelled).
    // During Verifying it only stops the re-reading.
    virtual void cancel() = 0;
    // Time left for the writes in ms; 0 when nothing is left to write; -1 while verifying.
    virtual qint64 remainingMs() const = 0;
    // "Unblocked", "Assigned", "Failed", "Not sent", "Pending".
    virtual QString outcomeText(Outcome outcome) const;

    State state() const { return m_state; }
    bool isActive() const;
    // While Throttled: when sending resumes, on GraphClient::now()'s clock.
    qint64 throttledUntil() const { return m_throttledUntil; }

    int total() const { return static_cast<int>(m_results.size()); }
    int answered() const { return m_succeeded + m_failed; } // sent and answered
    int settled() const { return m_succeeded + m_failed + m_notSent; } // devices with a result
    int succeededCount() const { return m_succeeded; }
    int failedCount() const { return m_failed; }
    int notSentCount() const { return m_notSent; }
    const QList<Result> &results() const { return m_results; }
    // Indexes of the devices that failed or were not sent: what "Retry failed" offers.
    QList<int> failedIndexes() const;

Q_SIGNALS:
    void stateChanged(ed::BulkDeviceJob::State state);
    void progressChanged(int settled, int total);
    void deviceSettled(int index);
    // results()[index].reported changed.
    void deviceReported(int index);
    // Devices as Graph now reports them (after the write), in groups; views update their rows.
    void devicesRefreshed(const QList<ed::AutopilotDevice> &devices);
    void finished();

protected:
    // results: one per device with deviceId and serial set. journal may be null (nothing recorded);
    // tenant names the tenant in the journal entries.
    BulkDeviceJob(QList<Result> results, ActivityJournal *journal, QString tenant, QObject *parent);

    // One journal entry per device: action (translated), the device's serial (or id) as target,
    // and details[i] (when given) as what is intended ("Kiosk profile, replacing Shared").
    void recordIntent(const QString &action, const QStringList &details = {});
    // Sets the device's result once (later calls for the same device are ignored), completes its
    // journal entry, and emits deviceSettled and progressChanged.
    void settle(int index, Outcome outcome, const QString &message, const QString &requestId,
                const QString &clientRequestId);
    void report(int index, const QString &reported);
    // For destructors: the job goes away while `batch` is still out (the client owns it now). Its
    // answers still complete the journal entries of the devices devicesOfItem(item) names; a
    // request aborted on the wire leaves its entries Pending (Unknown after a restart).
    void leaveToJournal(GraphBatch *batch, const std::function<QList<int>(int item)> &devicesOfItem);
    // For destructors: these devices were never sent (their journal entries say Cancelled).
    void journalNotSent(const QList<int> &indexes, const QString &message);
    void setState(State state);

    QList<Result> m_results;
    State m_state = State::Idle;
    qint64 m_throttledUntil = 0;
    int m_succeeded = 0;
    int m_failed = 0;
    int m_notSent = 0;

private:
    QPointer<ActivityJournal> m_journal;
    QString m_tenant;
    int m_journalRow = -1;
    QStringList m_intents; // recordIntent's details
};

} // namespace ed
