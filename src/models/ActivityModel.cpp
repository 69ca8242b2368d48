#include "ActivityModel.h"

#include <QLocale>

namespace ed {

using namespace Qt::StringLiterals;

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
    case ActivityEntry::Outcome::Cancelled:
        return tr("Not sent");
    case ActivityEntry::Outcome::Unknown:
        return tr("No answer (app closed)");
    }
    return {};
}

namespace {

QString outcomeToolTip(ActivityEntry::Outcome outcome)
{
    switch (outcome) {
    case ActivityEntry::Outcome::Cancelled:
        return ActivityModel::tr("The change was cancelled before it was sent; nothing changed in the tenant.");
    case ActivityEntry::Outcome::Unknown:
        return ActivityModel::tr("Enrollment Desk closed before Microsoft Graph answered. Check the target in "
                                 "Intune to see whether the change was made.");
    case ActivityEntry::Outcome::Pending:
    case ActivityEntry::Outcome::Succeeded:
    case ActivityEntry::Outcome::Failed:
        break;
    }
    return ActivityModel::outcomeText(outcome);
}

} // namespace

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &e = m_entries.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case TimeColumn:
            return QLocale().toString(e.time.toLocalTime(),
                                      role == Qt::ToolTipRole ? QLocale::LongFormat : QLocale::ShortFormat);
        case TenantColumn:
            return e.tenant;
        case ActionColumn:
            return e.action;
        case TargetColumn:
            if (role == Qt::ToolTipRole && !e.targetId.isEmpty() && e.targetId != e.target)
                return tr("%1 (ID %2)").arg(e.target, e.targetId);
            return e.target;
        case OutcomeColumn:
            return role == Qt::ToolTipRole ? outcomeToolTip(e.outcome) : outcomeText(e.outcome);
        case DetailColumn:
            return e.detail;
        case RequestIdColumn:
            return e.requestId;
        case ClientRequestIdColumn:
            return e.clientRequestId;
        case ColumnCount:
            break;
        }
    } else if (role == RawValueRole) {
        switch (column) {
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
    case TenantColumn:
        return tr("Tenant");
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
    case ClientRequestIdColumn:
        return tr("Client request ID");
    case ColumnCount:
        break;
    }
    return {};
}

int ActivityModel::append(QList<ActivityEntry> entries)
{
    const int first = static_cast<int>(m_entries.size());
    if (entries.isEmpty())
        return first;
    beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
    if (m_entries.isEmpty())
        m_entries = std::move(entries); // a journal load: take the list as it is
    else
        m_entries.append(std::move(entries));
    endInsertRows();
    return first;
}

void ActivityModel::setOutcome(int row, ActivityEntry::Outcome outcome, const QString &detail, const QString &requestId,
                               const QString &clientRequestId)
{
    if (row < 0 || row >= m_entries.size())
        return;
    ActivityEntry &e = m_entries[row];
    e.outcome = outcome;
    e.detail = detail;
    e.requestId = requestId;
    e.clientRequestId = clientRequestId;
    Q_EMIT dataChanged(index(row, OutcomeColumn), index(row, ClientRequestIdColumn));
}

QStringList ActivityModel::exportHeader()
{
    return {tr("Time (UTC)"), tr("Tenant"),  tr("Action"),     tr("Target"),           tr("Target ID"),
            tr("Result"),     tr("Details"), tr("Request ID"), tr("Client request ID")};
}

namespace {

// OWASP "CSV injection": a spreadsheet runs a cell that starts with one of these as a formula.
QString spreadsheetSafe(const QString &text)
{
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            return u'\'' + text;
    }
    return text;
}

} // namespace

QStringList ActivityModel::exportRow(int row) const
{
    const ActivityEntry &e = m_entries.at(row);
    return {e.time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s),
            spreadsheetSafe(e.tenant),
            spreadsheetSafe(e.action),
            spreadsheetSafe(e.target),
            spreadsheetSafe(e.targetId),
            outcomeText(e.outcome),
            spreadsheetSafe(e.detail),
            spreadsheetSafe(e.requestId),
            spreadsheetSafe(e.clientRequestId)};
}

} // namespace ed
