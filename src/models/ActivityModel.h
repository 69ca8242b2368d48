#pragma once

#include "ActivityEntry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace ed {

// The activity log: every write Enrollment Desk made (this session and, through ActivityJournal,
// earlier ones) and its result, oldest first.
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityModel)
public:
    enum Column {
        TimeColumn,
        TenantColumn,
        ActionColumn,
        TargetColumn,
        OutcomeColumn,
        DetailColumn,
        RequestIdColumn,
        ClientRequestIdColumn,
        ColumnCount
    };
    // Sort key: the QDateTime for the time, the Outcome as int for the result, the text otherwise.
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit ActivityModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Appends in one insert range; returns the row of the first one.
    int append(QList<ActivityEntry> entries);
    // Replaces the outcome of an entry once the server answered (or the write was not sent).
    void setOutcome(int row, ActivityEntry::Outcome outcome, const QString &detail, const QString &requestId,
                    const QString &clientRequestId = {});
    const ActivityEntry &entry(int row) const { return m_entries.at(row); }

    static QString outcomeText(ActivityEntry::Outcome outcome);

    // CSV export: the column titles and one row as text. The time is UTC ("2025-03-01 14:05:09",
    // which spreadsheets read as a date); a cell a spreadsheet would run as a formula (=, +, -, @)
    // gets a leading apostrophe, so a device or profile name from the tenant cannot run code.
    static QStringList exportHeader();
    QStringList exportRow(int row) const;

private:
    QList<ActivityEntry> m_entries;
};

} // namespace ed
