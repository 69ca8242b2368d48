#include "ActivityModel.h"

#include <QLocale>

namespace ed {

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityModel::outcomeText(ActivityEntry::Outcome outcome)
{
    switch (outcome) {
    case ActivityEntry::Outcome::Pending:
        return tr("Pending");
    case ActivityEntry::Outcome::Succeeded:
        return tr("Succeeded");
    case ActivityEntry::Outcome::Failed:
        return tr("Failed");
    }
    return {};
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (static_cast<Column>(index.column())) {
        case TimeColumn:
            return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
        case ActionColumn:
            return e.action;
        case TargetColumn:
            return e.target;
        case OutcomeColumn:
            return outcomeText(e.outcome);
        case DetailColumn:
            return e.detail;
        case RequestIdColumn:
            return e.requestId;
        case ColumnCount:
            break;
        }
    } else if (role == RawValueRole) {
        switch (static_cast<Column>(index.column())) {
        case TimeColumn:
            return e.time;
        case OutcomeColumn:
            return static_cast<int>(e.outcome);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case TimeColumn:
        return tr("Time");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case OutcomeColumn:
        return tr("Result");
    case DetailColumn:
        return tr("Details");
    case RequestIdColumn:
        return tr("Request ID");
    case ColumnCount:
        break;
    }
    return {};
}

int ActivityModel::append(const QList<ActivityEntry> &entries)
{
    const int first = static_cast<int>(m_entries.size());
    if (entries.isEmpty())
        return first;
    beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
    m_entries.append(entries);
    endInsertRows();
    return first;
}

void ActivityModel::setOutcome(int row, ActivityEntry::Outcome outcome, const QString &detail, const QString &requestId)
{
    if (row < 0 || row >= m_entries.size())
        return;
    ActivityEntry &e = m_entries[row];
    e.outcome = outcome;
    e.detail = detail;
    e.requestId = requestId;
    Q_EMIT dataChanged(index(row, OutcomeColumn), index(row, RequestIdColumn));
}

} // namespace ed
