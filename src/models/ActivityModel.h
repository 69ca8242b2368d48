#pragma once

#include "ActivityEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace ed {

// The activity log of this session: every write and its result, newest last.
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityModel)
public:
    enum Column { TimeColumn, ActionColumn, TargetColumn, OutcomeColumn, DetailColumn, RequestIdColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit ActivityModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Appends in one insert range; returns the row of the first one.
    int append(const QList<ActivityEntry> &entries);
    // Replaces the outcome of a pending entry once the server answered.
    void setOutcome(int row, ActivityEntry::Outcome outcome, const QString &detail, const QString &requestId);
    const ActivityEntry &entry(int row) const { return m_entries.at(row); }

    static QString outcomeText(ActivityEntry::Outcome outcome);

private:
    QList<ActivityEntry> m_entries;
};

} // namespace ed
