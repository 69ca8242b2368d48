#include "BulkDeviceJob.h"

#include "graph/GraphBatch.h"
#include "graph/GraphClient.h"
#include "graph/IntuneService.h"
#include "models/ActivityJournal.h"
#include "models/JournalText.h"

#include <QTimer>

#include <algorithm>

namespace ed {

namespace {

// While cancelling: how often to look whether the batches left are off the wire.
constexpr int cancelPollMs = 25;

ActivityEntry::Outcome journalOutcome(BulkDeviceJob::Outcome outcome)
{
    switch (outcome) {
    case BulkDeviceJob::Outcome::Succeeded:
        return ActivityEntry::Outcome::Succeeded;
    case BulkDeviceJob::Outcome::Failed:
        return ActivityEntry::Outcome::Failed;
    case BulkDeviceJob::Outcome::NotSent:
        return ActivityEntry::Outcome::Cancelled;
    case BulkDeviceJob::Outcome::Pending:
        break;
    }
    return ActivityEntry::Outcome::Pending;
}

} // namespace

BulkDeviceJob::BulkDeviceJob(QList<Result> results, IntuneService &intune, QString workload, ActivityJournal *journal,
                             QString tenant, QObject *parent)
    : QObject(parent)
    , m_results(std::move(results))
    , m_intune(&intune)
    , m_client(&intune.client())
    , m_options(intune.client().options())
    , m_pacer(m_options.writesPerWindow, m_options.writeWindowMs)
    , m_timer(new QTimer(this))
    , m_journal(journal)
    , m_tenant(std::move(tenant))
    , m_workload(std::move(workload))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &BulkDeviceJob::pump);
    // Queued: by then the batches the service owned are gone too, and pump() settles their devices.
    connect(&intune, &QObject::destroyed, this, &BulkDeviceJob::pump, Qt::QueuedConnection);
    if (GraphClient *client = m_client.data())
        connect(client, &GraphClient::throttled, this, [this](const QString &throttledWorkload, qint64) {
            if (throttledWorkload == m_workload && (m_state == State::Running || m_state == State::Throttled))
                pump();
        });
}

BulkDeviceJob::~BulkDeviceJob() = default;

QString BulkDeviceJob::outcomeText(Outcome outcome) const
{
    switch (outcome) {
    case Outcome::Pending:
        return tr("Pending");
    case Outcome::Succeeded:
        return tr("Done");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::NotSent:
        return tr("Not sent");
    }
    return {};
}

bool BulkDeviceJob::isActive() const
{
    return m_state == State::Running || m_state == State::Throttled || m_state == State::Cancelling
            || m_state == State::Verifying;
}

QList<int> BulkDeviceJob::failedIndexes() const
{
    QList<int> indexes;
    for (int i = 0; i < m_results.size(); ++i) {
        const Outcome outcome = m_results.at(i).outcome;
        if (outcome == Outcome::Failed || outcome == Outcome::NotSent)
            indexes.append(i);
    }
    return indexes;
}

void BulkDeviceJob::recordIntent(const QString &action, const QStringList &details)
{
    ActivityJournal *journal = m_journal.data();
    if (!journal || m_results.isEmpty())
        return;
    QList<ActivityEntry> entries;
    entries.reserve(m_results.size());
    for (int i = 0; i < m_results.size(); ++i) {
        const Result &result = m_results.at(i);
        ActivityEntry entry;
        entry.tenant = m_tenant;
        entry.action = action;
        entry.target = result.serial.isEmpty() ? result.deviceId : result.serial;
        entry.targetId = result.deviceId;
        entry.detail = details.value(i);
        entries.append(std::move(entry));
    }
    m_journalRow = journal->recordMany(std::move(entries));
    m_intents = details;
}

void BulkDeviceJob::settle(int index, Outcome outcome, const QString &message, const QString &requestId,
                           const QString &clientRequestId)
{
    Result &result = m_results[index];
    if (result.outcome != Outcome::Pending)
        return;
    result.outcome = outcome;
    result.message = message;
    result.requestId = requestId;
    result.clientRequestId = clientRequestId;
    switch (outcome) {
    case Outcome::Succeeded:
        ++m_succeeded;
        break;
    case Outcome::Failed:
        ++m_failed;
        break;
    case Outcome::NotSent:
        ++m_notSent;
        break;
    case Outcome::Pending:
        break;
    }
    if (ActivityJournal *journal = m_journal.data(); journal && m_journalRow >= 0) {
        journal->complete(m_journalRow + index, journalOutcome(outcome),
                          JournalText::combined(m_intents.value(index), message), requestId, clientRequestId);
    }
    Q_EMIT deviceSettled(index);
    Q_EMIT progressChanged(settled(), total());
}

void BulkDeviceJob::settleAll(const QList<int> &indexes, Outcome outcome, const QString &message,
                              const QString &requestId, const QString &clientRequestId)
{
    for (int index : indexes)
        settle(index, outcome, message, requestId, clientRequestId);
}

void BulkDeviceJob::report(int index, const QString &reported)
{
    Result &result = m_results[index];
    if (result.reported == reported)
        return;
    result.reported = reported;
    Q_EMIT deviceReported(index);
}

void BulkDeviceJob::leaveToJournal(GraphBatch *batch, const std::function<QList<int>(int item)> &devicesOfItem)
{
    ActivityJournal *journal = m_journal.data();
    if (!journal || m_journalRow < 0)
        return;
    const int firstRow = m_journalRow;
    const QStringList intents = m_intents;
    auto complete = [journal, firstRow, intents, devicesOfItem](int item, ActivityEntry::Outcome outcome,
                                                                const QString &message, const QString &requestId,
                                                                const QString &clientRequestId) {
        for (int index : devicesOfItem(item))
            journal->complete(firstRow + index, outcome, JournalText::combined(intents.value(index), message),
                              requestId, clientRequestId);
    };
    connect(batch, &GraphBatch::itemSucceeded, journal, [complete](int item, const GraphResponse &r) {
        complete(item, ActivityEntry::Outcome::Succeeded, {}, r.requestId, r.clientRequestId);
    });
    connect(batch, &GraphBatch::itemFailed, journal, [complete](int item, const GraphError &e) {
        if (e.kind != GraphError::Kind::Cancelled)
            complete(item, ActivityEntry::Outcome::Failed, e.summary(), e.requestId, e.clientRequestId);
    });
}

void BulkDeviceJob::leaveWritesToJournal()
{
    for (const WriteBatch &out : std::as_const(m_outstanding)) {
        GraphBatch *batch = out.batch.data();
        if (!batch)
            continue;
        disconnect(batch, nullptr, this, nullptr);
        QList<QList<int>> items;
        items.reserve(out.items.size());
        for (qsizetype i = 0; i < out.items.size(); ++i)
            items.append(out.answered.at(i) ? QList<int>() : out.items.at(i));
        leaveToJournal(batch, [items](int item) { return items.value(item); });
    }
    m_outstanding.clear();
}

void BulkDeviceJob::journalNotSent(const QList<int> &indexes, const QString &message)
{
    ActivityJournal *journal = m_journal.data();
    if (!journal || m_journalRow < 0)
        return;
    for (int index : indexes)
        if (m_results.value(index).outcome == Outcome::Pending)
            journal->complete(m_journalRow + index, ActivityEntry::Outcome::Cancelled,
                              JournalText::combined(m_intents.value(index), message));
}

void BulkDeviceJob::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool BulkDeviceJob::writesLeft() const
{
    return hasUnsent() || !m_outstanding.isEmpty();
}

void BulkDeviceJob::sendUnpaced(IntuneService &) { }

void BulkDeviceJob::onThrottled(qint64, qint64) { }

void BulkDeviceJob::onFinishing() { }

void BulkDeviceJob::beginWrites()
{
    setState(State::Running);
    Q_EMIT progressChanged(0, total());
    m_timer->start(0);
}

void BulkDeviceJob::pump()
{
    if (m_state == State::Verifying) {
        pumpVerifying();
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
        dropUnsent();
        m_cancelRequested = m_notSent > 0;
        finish();
        return;
    }
    sendUnpaced(*intune);

    const qint64 now = GraphClient::now();
    const qint64 blocked = client->blockedUntil(m_workload);
    if (blocked > 0 && (hasUnsent() || !m_outstanding.isEmpty())) {
        // Nothing would leave before then anyway; say so, and hand over nothing meanwhile.
        for (WriteBatch &out : m_outstanding)
            out.throttled = true;
        onThrottled(now, blocked);
        m_throttledUntil = blocked;
        setState(State::Throttled);
        m_timer->start(static_cast<int>(std::max<qint64>(1, blocked - now)));
        return;
    }
    if (m_state == State::Throttled) {
        m_throttledUntil = 0;
        setState(State::Running);
    }

    m_pacer.forget(now);
    const int concurrent = std::max(1, m_options.maxConcurrent);
    // Retries first: while batches that met the throttling still have writes waiting to retry,
    // nothing new goes out. New batches would take the window's budget from the retries, and the
    // same devices could lose the race until they run out of attempts.
    const bool retriesPending = std::any_of(m_outstanding.cbegin(), m_outstanding.cend(),
                                            [](const WriteBatch &out) { return out.throttled; });
    while (!retriesPending && hasUnsent() && m_outstanding.size() < concurrent) {
        const int room = m_pacer.room(now);
        if (room <= 0) {
            m_timer->start(static_cast<int>(std::max<qint64>(1, m_pacer.freesAt(now, 1) - now)));
            break;
        }
        m_pacer.record(now, sendWrites(*intune, std::min(GraphBatch::maxPerBatch, room)));
    }
    if (!writesLeft())
        writesDone();
}

void BulkDeviceJob::handOver(GraphBatch *batch, QList<QList<int>> items)
{
    connect(batch, &GraphBatch::itemSucceeded, this, [this, batch](int item, const GraphResponse &response) {
        if (const QList<int> devices = answer(batch, item); !devices.isEmpty())
            onWriteSucceeded(devices, response);
    });
    connect(batch, &GraphBatch::itemFailed, this, [this, batch](int item, const GraphError &error) {
        const QList<int> devices = answer(batch, item);
        if (devices.isEmpty())
            return;
        if (error.kind != GraphError::Kind::Cancelled)
            onWriteFailed(devices, error);
        else if (m_cancelRequested) // only batches off the wire are cancelled (checkCancelling): nothing was applied
            settleAll(devices, Outcome::NotSent, notSentMessage(), error.requestId, error.clientRequestId);
        else // the client went away with the request possibly on the wire
            settleAll(devices, Outcome::Failed, lostMessage(), error.requestId, error.clientRequestId);
    });
    connect(batch, &GraphBatch::finished, this, [this, batch] { onBatchFinished(batch); });
    WriteBatch out;
    out.batch = batch;
    out.answered = QList<bool>(items.size(), false);
    out.items = std::move(items);
    out.sentAt = GraphClient::now();
    m_outstanding.append(std::move(out));
    batch->start();
}

BulkDeviceJob::WriteBatch *BulkDeviceJob::outstandingOf(GraphBatch *batch)
{
    for (WriteBatch &out : m_outstanding)
        if (out.batch.data() == batch)
            return &out;
    return nullptr;
}

QList<int> BulkDeviceJob::answer(GraphBatch *batch, int item)
{
    WriteBatch *out = outstandingOf(batch);
    if (!out || item < 0 || item >= out->items.size() || out->answered.at(item))
        return {};
    out->answered[item] = true;
    return out->items.at(item);
}

void BulkDeviceJob::onBatchFinished(GraphBatch *batch)
{
    const auto it = std::find_if(m_outstanding.cbegin(), m_outstanding.cend(),
                                 [batch](const WriteBatch &out) { return out.batch.data() == batch; });
    if (it == m_outstanding.cend())
        return;
    const WriteBatch out = *it;
    m_outstanding.erase(it);
    m_batchMsTotal += GraphClient::now() - out.sentAt;
    ++m_batchesMeasured;
    // GraphBatch ends every item exactly once; should one ever be missing, it is not left Pending.
    for (qsizetype i = 0; i < out.items.size(); ++i)
        if (!out.answered.at(i)) {
            GraphError missing;
            missing.kind = GraphError::Kind::InvalidResponse;
            settleAll(out.items.at(i), Outcome::Failed, unansweredMessage(missing));
        }
    pump();
}

void BulkDeviceJob::dropLost()
{
    for (auto it = m_outstanding.begin(); it != m_outstanding.end();) {
        if (it->batch) {
            ++it;
            continue;
        }
        // Destroyed without finishing (the service went away): the answer will never come.
        const WriteBatch out = *it;
        it = m_outstanding.erase(it);
        for (qsizetype i = 0; i < out.items.size(); ++i)
            if (!out.answered.at(i))
                settleAll(out.items.at(i), Outcome::Failed, lostMessage());
    }
}

void BulkDeviceJob::checkCancelling()
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
        // was not applied. End it unsent. (A batch on the wire is never aborted: its writes may
        // already be applied, so its answer is awaited.)
        const QList<WriteBatch> waiting = m_outstanding;
        for (const WriteBatch &out : waiting)
            if (GraphBatch *batch = out.batch.data())
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

void BulkDeviceJob::writesDone()
{
    if (m_state != State::Running && m_state != State::Throttled && m_state != State::Cancelling)
        return;
    m_timer->stop();
    m_throttledUntil = 0;
    onWritesDone();
    if (m_succeeded > 0 && m_intune)
        startVerifying();
    else
        finish();
}

void BulkDeviceJob::finish()
{
    if (m_state == State::Finished || m_state == State::Cancelled)
        return;
    m_timer->stop();
    m_throttledUntil = 0;
    onFinishing();
    setState(m_cancelRequested && m_notSent > 0 ? State::Cancelled : State::Finished);
    Q_EMIT finished();
}

} // namespace ed
