#pragma once

#include "graph/GraphClient.h"
#include "models/AutopilotDevice.h"
#include "models/WritePacer.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QTimer;

namespace ed {

class ActivityJournal;
class GraphBatch;
class IntuneService;
struct GraphError;
struct GraphResponse;

// A write to many Autopilot devices that reports on every one of them: unblocking
// (BulkUnblockJob), assigning a deployment profile (ProfileAssignJob). The base keeps what every
// such job shares, so one dialog (BulkJobDialog) shows any of them: the state, one Result per
// device, the counts, the activity journal (one entry per device, recorded before the first
// request and completed as its answer comes), and what Intune reports about each device after
// the write.
//
// Every device ends exactly once: Succeeded (Graph said so), Failed (with Graph's sentence and
// request-id) or NotSent. Nothing is reported as done unless Graph answered that it was.
//
// The base also runs the writes, the same way for every job: pump() hands the Graph client $batch
// requests (GraphBatch, each item one write for one or more devices) only as far as the client's
// write pacing (WritePacer) and maxConcurrent allow, so every batch handed over is on the wire or
// waiting out a Retry-After, and a cancel is exact. While Graph throttles the workload nothing is
// handed over (Throttled), and afterwards the batches that met the throttling finish their
// retries before any new one goes. Cancel polls until nothing of the app is on the wire, then
// ends what still waits unsent; a batch on the wire is never aborted. A batch destroyed with the
// service, or an item its batch never answered, fails its devices. The job says what a write is
// (sendWrites, onWriteSucceeded, onWriteFailed), what is left to send, and what follows the writes
// (startVerifying).
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
    // results: one per device with deviceId and serial set. The writes go through intune's client
    // to `workload` (the client paces and throttles per workload). journal may be null (nothing
    // recorded); tenant names the tenant in the journal entries.
    BulkDeviceJob(QList<Result> results, IntuneService &intune, QString workload, ActivityJournal *journal,
                  QString tenant, QObject *parent);

    // One Result per target (anything with deviceId and serial), for the constructor.
    template<typename Target>
    static QList<Result> resultsOf(const QList<Target> &targets)
    {
        QList<Result> results;
        results.reserve(targets.size());
        for (const Target &target : targets) {
            Result result;
            result.deviceId = target.deviceId;
            result.serial = target.serial;
            results.append(std::move(result));
        }
        return results;
    }
    // targets[i] for each i of indexes: the targets of failedIndexes() for "Retry failed".
    template<typename Target>
    static QList<Target> targetsAt(const QList<Target> &targets, const QList<int> &indexes)
    {
        QList<Target> picked;
        picked.reserve(indexes.size());
        for (int index : indexes)
            picked.append(targets.at(index));
        return picked;
    }
    // One journal entry per device: action (translated), the device's serial (or id) as target,
    // and details[i] (when given) as what is intended ("Kiosk profile, replacing Shared").
    void recordIntent(const QString &action, const QStringList &details = {});
    // Sets the device's result once (later calls for the same device are ignored), completes its
    // journal entry, and emits deviceSettled and progressChanged.
    void settle(int index, Outcome outcome, const QString &message, const QString &requestId,
                const QString &clientRequestId);
    void settleAll(const QList<int> &indexes, Outcome outcome, const QString &message, const QString &requestId = {},
                   const QString &clientRequestId = {});
    void report(int index, const QString &reported);
    // For destructors: the job goes away while `batch` is still out (the client owns it now). Its
    // answers still complete the journal entries of the devices devicesOfItem(item) names; a
    // request aborted on the wire leaves its entries Pending (Unknown after a restart).
    void leaveToJournal(GraphBatch *batch, const std::function<QList<int>(int item)> &devicesOfItem);
    // For destructors: every batch of writes still out is left to the journal (leaveToJournal).
    void leaveWritesToJournal();
    // For destructors: these devices were never sent (their journal entries say Cancelled).
    void journalNotSent(const QList<int> &indexes, const QString &message);
    void setState(State state);

    // The writes. A batch handed to the client: item i writes for the devices items[i].
    struct WriteBatch
    {
        QPointer<GraphBatch> batch;
        QList<QList<int>> items;
        QList<bool> answered; // per item
        qint64 sentAt = 0;
        bool throttled = false; // out while Graph throttled: some of it may be waiting to retry
    };
    // For start(): Running, progressChanged(0, total), and the first pump() from the event loop
    // (never synchronously: the caller connects to the signals after start() returns too).
    void beginWrites();
    // Hands over what the pacing allows, follows throttling, ends the writes when none is left;
    // while Cancelling, checkCancelling(). The timer, the client's throttled() and the service's
    // destruction call it.
    void pump();
    // Connects the batch's answers (onWriteSucceeded, onWriteFailed), keeps it as outstanding, and
    // starts it. For sendWrites().
    void handOver(GraphBatch *batch, QList<QList<int>> items);
    // Batches handed over and not finished.
    const QList<WriteBatch> &outstanding() const { return m_outstanding; }
    // The average $batch round trip so far; -1 before one finished.
    qint64 averageBatchMs() const { return m_batchesMeasured > 0 ? m_batchMsTotal / m_batchesMeasured : -1; }
    // Cancelling: ends the writes once the batches left are answered or ended unsent.
    void checkCancelling();
    // Stops the writes: startVerifying() when some succeeded and the service is still there,
    // otherwise finish().
    void writesDone();
    // Finished, or Cancelled when cancel() left devices unsent. Emits finished() once.
    void finish();

    // What each job says about its writes. hasUnsent: writes not handed to the client yet.
    virtual bool hasUnsent() const = 0;
    // Writes of any kind still to come (default: unsent or outstanding).
    virtual bool writesLeft() const;
    // Hands over the next batch of at most maxWrites writes (handOver()); returns how many writes
    // it holds (at least 1 while hasUnsent()).
    virtual int sendWrites(IntuneService &intune, int maxWrites) = 0;
    virtual void onWriteSucceeded(const QList<int> &devices, const GraphResponse &response) = 0;
    // Any error but Cancelled: a write cancelled off the wire after cancel() ends NotSent
    // (notSentMessage()), one cancelled otherwise (the client went away with the request possibly
    // on the wire) Failed with lostMessage().
    virtual void onWriteFailed(const QList<int> &devices, const GraphError &error) = 0;
    // The connection to Graph went away while running: settle what was never handed over.
    virtual void dropUnsent() = 0;
    // Settles the devices of batches destroyed without finishing (the service went away: the
    // answer will never come), with lostMessage(). Jobs with more on the wire add theirs.
    virtual void dropLost();
    // Why devices were not sent (cancelled before Graph accepted the request).
    virtual QString notSentMessage() const = 0;
    // Why the devices of a lost batch, or of a write that may have been on the wire when the
    // client went away, failed.
    virtual QString lostMessage() const = 0;
    // Why the devices of an item its batch never answered failed (`missing` says so).
    virtual QString unansweredMessage(const GraphError &missing) const = 0;
    // Reads that are not paced (pump() sends them before any write).
    virtual void sendUnpaced(IntuneService &intune);
    // Graph throttles the workload until `until` (pump() is about to say Throttled).
    virtual void onThrottled(qint64 now, qint64 until);
    // The writes ended (before verifying or finishing): for logging.
    virtual void onWritesDone() = 0;
    virtual void startVerifying() = 0;
    // pump() while Verifying: the service may have gone.
    virtual void pumpVerifying() = 0;
    // finish() is about to set the final state.
    virtual void onFinishing();

    QList<Result> m_results;
    State m_state = State::Idle;
    qint64 m_throttledUntil = 0;
    int m_succeeded = 0;
    int m_failed = 0;
    int m_notSent = 0;
    QPointer<IntuneService> m_intune;
    QPointer<GraphClient> m_client;
    const GraphClientOptions m_options; // the client's (they never change)
    WritePacer m_pacer;
    bool m_cancelRequested = false;
    qint64 m_startedMs = 0;
    QTimer *m_timer; // wakes pump(): pacing window, end of throttling, cancel checks

private:
    WriteBatch *outstandingOf(GraphBatch *batch);
    // Marks the item answered and returns its devices; empty when unknown or answered before.
    QList<int> answer(GraphBatch *batch, int item);
    void onBatchFinished(GraphBatch *batch);

    QPointer<ActivityJournal> m_journal;
    QString m_tenant;
    QString m_workload;
    int m_journalRow = -1;
    QStringList m_intents; // recordIntent's details
    QList<WriteBatch> m_outstanding;
    qint64 m_batchMsTotal = 0; // $batch round trips measured
    int m_batchesMeasured = 0;
};

} // namespace ed
