#pragma once

#include "graph/GraphClient.h"
#include "models/AutopilotDevice.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>

class QTimer;

namespace ed {

class ActivityJournal;
class GraphBatch;
struct GraphError;
struct GraphResponse;
class IntuneService;

// One device to unblock, with what a person recognises it by (the confirmation lists these).
struct UnblockTarget
{
    QString deviceId;
    QString serial;
    QString model; // optional, for the confirmation
    QString user; // user principal name, optional
    bool blocked = true; // userless enrollment is blocked (false: unblocking changes nothing)

    static UnblockTarget fromDevice(const AutopilotDevice &device);
};

// Unblocks (allowNextEnrollment) one device or many thousands, and reports on every one of them.
//
// The writes go 20 to a $batch, but the job hands the Graph client only what the client's write
// pacing (GraphClientOptions::writesPerWindow per writeWindowMs) lets it send at once, and at most
// maxConcurrent batches: so every batch the job has handed over is on the wire or waiting out a
// Retry-After, and a cancel is exact. After Graph throttles, devices waiting to retry go before any
// new batch, so none loses the race for the budget window after window.
//
// Cancel stops handing over batches, lets those on the wire answer, and ends those waiting for a
// retry unsent: every device ends Succeeded, Failed (with Graph's sentence and request-id) or
// NotSent, and the activity journal says the same. Then the devices that were unblocked are read
// again (devicesRefreshed), so views show the userless enrollment status Graph now reports.
class BulkUnblockJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkUnblockJob)
public:
    enum class State {
        Idle, // not started
        Running,
        Throttled, // Graph asked to wait: nothing is sent before throttledUntil()
        Cancelling, // no more batches go out; those on the wire are answering
        Verifying, // the writes are done; the unblocked devices are being read again
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
    };

    // journal may be null (nothing recorded); tenant names the tenant in the journal entries.
    BulkUnblockJob(QList<UnblockTarget> devices, IntuneService &intune, ActivityJournal *journal, QString tenant,
                   QObject *parent = nullptr);
    ~BulkUnblockJob() override;

    // Records the intent of every device in the journal (one entry each) and begins.
    void start();
    // Stops sending; ends once the requests on the wire have answered (state Cancelling → Cancelled).
    // During Verifying it only stops the re-reading.
    void cancel();

    State state() const { return m_state; }
    bool isActive() const;
    // While Throttled: when sending resumes, on GraphClient::now()'s clock.
    qint64 throttledUntil() const { return m_throttledUntil; }

    int total() const { return static_cast<int>(m_targets.size()); }
    int answered() const { return m_succeeded + m_failed; } // sent and answered
    int settled() const { return m_succeeded + m_failed + m_notSent; } // progress: devices with a result
    int succeededCount() const { return m_succeeded; }
    int failedCount() const { return m_failed; }
    int notSentCount() const { return m_notSent; }
    const QList<UnblockTarget> &targets() const { return m_targets; }
    const QList<Result> &results() const { return m_results; }
    // The devices to offer for "Retry failed": every one that failed or was not sent.
    QList<UnblockTarget> failedDevices() const;
    // Devices unblocked whose re-read failed (their rows keep the status they had).
    int refreshFailures() const { return m_refreshFailures; }

    // Honest time left for the writes, in ms: the largest of what the client's write pacing allows
    // for what is left (plus any throttling wait), what Graph let through from one throttling to
    // the next, and the observed rate once enough devices are answered. 0 when nothing is left to
    // write; -1 while verifying (reads are not paced).
    qint64 remainingMs() const;
    // How long the writes took (start → last answer), for figures; 0 before they are done.
    qint64 writePhaseMs() const { return m_writesEndedMs > 0 ? m_writesEndedMs - m_startedMs : 0; }
    // The shortest time the client's write pacing allows for `count` writes (the first window is
    // free): what the confirmation quotes.
    static qint64 minimumDurationMs(int count, const GraphClientOptions &options);

    static QString outcomeText(Outcome outcome);
    // The Graph workload the writes go to (the client throttles per workload).
    static QString workload();

Q_SIGNALS:
    void stateChanged(ed::BulkUnblockJob::State state);
    void progressChanged(int settled, int total);
    void deviceSettled(int index);
    // Devices as Graph now reports them (after unblocking), in groups; views update their rows.
    void devicesRefreshed(const QList<ed::AutopilotDevice> &devices);
    void finished();

private:
    void pump();
    void sendChunk(int first, int count);
    void onItemSucceeded(int index, const GraphResponse &response);
    void onItemFailed(int index, const GraphError &error);
    void onChunkFinished(GraphBatch *batch);
    void settle(int index, Outcome outcome, const QString &message, const QString &requestId,
                const QString &clientRequestId);
    void dropLostChunks();
    void checkCancelling();
    void writesDone();
    void startVerifying();
    void flushRefreshed();
    void finish();
    void setState(State state);
    int pacedWritesInWindow(qint64 now) const;
    qint64 pacingFreesAt(qint64 now, int needed) const;

    QList<UnblockTarget> m_targets;
    QList<Result> m_results;
    QPointer<IntuneService> m_intune;
    QPointer<GraphClient> m_client;
    const GraphClientOptions m_options; // the client's (they never change)
    QPointer<ActivityJournal> m_journal;
    QString m_tenant;
    int m_journalRow = -1;
    State m_state = State::Idle;
    int m_next = 0; // first device not yet handed to the client
    struct Chunk
    {
        QPointer<GraphBatch> batch;
        int first = 0; // device index of its item 0
        int count = 0;
        bool throttled = false; // out while Graph throttled: some of it may be waiting to retry
    };
    QList<Chunk> m_outstanding; // handed to the client, not finished
    std::deque<std::pair<qint64, int>> m_paced; // (handed over at, writes) within the pacing window
    int m_succeeded = 0;
    int m_failed = 0;
    int m_notSent = 0;
    bool m_cancelRequested = false;
    qint64 m_startedMs = 0;
    qint64 m_writesEndedMs = 0;
    qint64 m_throttledUntil = 0;
    // What Graph lets through while it throttles, learned from one throttling to the next: this
    // many answers per this many ms (for the estimate).
    qint64 m_lastBlockUntil = 0;
    int m_answeredAtLastBlock = 0;
    int m_throttledBudget = 0;
    qint64 m_throttledPeriodMs = 0;
    QTimer *m_timer; // wakes the pump: pacing window, end of throttling, cancel checks
    QPointer<GraphBatch> m_reads;
    QList<AutopilotDevice> m_refreshed;
    int m_refreshFailures = 0;
};

} // namespace ed
