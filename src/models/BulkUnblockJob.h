#pragma once

#include "graph/GraphClient.h"
#include "models/AutopilotDevice.h"
#include "models/BulkDeviceJob.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

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
class BulkUnblockJob final : public BulkDeviceJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkUnblockJob)
public:
    // journal may be null (nothing recorded); tenant names the tenant in the journal entries.
    BulkUnblockJob(QList<UnblockTarget> devices, IntuneService &intune, ActivityJournal *journal, QString tenant,
                   QObject *parent = nullptr);
    ~BulkUnblockJob() override;

    void start() override;
    void cancel() override;
    QString outcomeText(Outcome outcome) const override;

    const QList<UnblockTarget> &targets() const { return m_targets; }
    // The devices to offer for "Retry failed": every one that failed or was not sent.
    QList<UnblockTarget> failedDevices() const;
    // Devices unblocked whose re-read failed (their rows keep the status they had).
    int refreshFailures() const { return m_refreshFailures; }

    // Honest time left for the writes, in ms: the largest of what the client's write pacing allows
    // for what is left (plus any throttling wait), what Graph let through from one throttling to
    // the next, and the observed rate once enough devices are answered. 0 when nothing is left to
    // write; -1 while verifying (reads are not paced).
    qint64 remainingMs() const override;
    // How long the writes took (start → last answer), for figures; 0 before they are done.
    qint64 writePhaseMs() const { return m_writesEndedMs > 0 ? m_writesEndedMs - m_startedMs : 0; }
    // The shortest time the client's write pacing allows for `count` writes (the first window is
    // free): what the confirmation quotes.
    static qint64 minimumDurationMs(int count, const GraphClientOptions &options);

    // The Graph workload the writes go to (the client throttles per workload).
    static QString workload();

private:
    bool hasUnsent() const override { return m_next < total(); }
    int sendWrites(IntuneService &intune, int maxWrites) override;
    void onWriteSucceeded(const QList<int> &devices, const GraphResponse &response) override;
    void onWriteFailed(const QList<int> &devices, const GraphError &error) override;
    void dropUnsent() override;
    QString notSentMessage() const override;
    QString lostMessage() const override;
    QString unansweredMessage(const GraphError &missing) const override;
    void onThrottled(qint64 now, qint64 until) override;
    void onWritesDone() override;
    void startVerifying() override;
    void pumpVerifying() override;
    void onFinishing() override;
    void flushRefreshed();

    QList<UnblockTarget> m_targets;
    int m_next = 0; // first device not yet handed to the client
    qint64 m_writesEndedMs = 0;
    // What Graph lets through while it throttles, learned from one throttling to the next: this
    // many answers per this many ms (for the estimate).
    qint64 m_lastBlockUntil = 0;
    int m_answeredAtLastBlock = 0;
    int m_throttledBudget = 0;
    qint64 m_throttledPeriodMs = 0;
    QPointer<GraphBatch> m_reads;
    QList<AutopilotDevice> m_refreshed;
    int m_refreshFailures = 0;
};

} // namespace ed
