#include "BulkDeviceJob.h"

#include "graph/GraphBatch.h"
#include "models/ActivityJournal.h"

namespace ed {

namespace {

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

// The entry keeps what was intended; a failure adds why.
QString combinedDetail(const QString &intent, const QString &message)
{
    if (intent.isEmpty())
        return message;
    if (message.isEmpty())
        return intent;
    //: Activity detail: what was intended, then the error sentence
    return BulkDeviceJob::tr("%1 — %2").arg(intent, message);
}

} // namespace

BulkDeviceJob::BulkDeviceJob(QList<Result> results, ActivityJournal *journal, QString tenant, QObject *parent)
    : QObject(parent)
    , m_results(std::move(results))
    , m_journal(journal)
    , m_tenant(std::move(tenant))
{ }

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
                          combinedDetail(m_intents.value(index), message), requestId, clientRequestId);
    }
    Q_EMIT deviceSettled(index);
    Q_EMIT progressChanged(settled(), total());
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
            journal->complete(firstRow + index, outcome, combinedDetail(intents.value(index), message), requestId,
                              clientRequestId);
    };
    connect(batch, &GraphBatch::itemSucceeded, journal, [complete](int item, const GraphResponse &r) {
        complete(item, ActivityEntry::Outcome::Succeeded, {}, r.requestId, r.clientRequestId);
    });
    connect(batch, &GraphBatch::itemFailed, journal, [complete](int item, const GraphError &e) {
        if (e.kind != GraphError::Kind::Cancelled)
            complete(item, ActivityEntry::Outcome::Failed, e.summary(), e.requestId, e.clientRequestId);
    });
}

void BulkDeviceJob::journalNotSent(const QList<int> &indexes, const QString &message)
{
    ActivityJournal *journal = m_journal.data();
    if (!journal || m_journalRow < 0)
        return;
    for (int index : indexes)
        if (m_results.value(index).outcome == Outcome::Pending)
            journal->complete(m_journalRow + index, ActivityEntry::Outcome::Cancelled,
                              combinedDetail(m_intents.value(index), message));
}

void BulkDeviceJob::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace ed
