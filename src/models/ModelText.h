#pragma once

#include "TargetNames.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace ed {

// What the table models of Graph objects (deployment profiles, enrollment configurations) do
// alike: times, the marks of a value still being read or not readable, the assignments a row has
// once they are read (std::optional<QList<Assignment>>: nullopt while unknown), and rows found by
// their object's id.
namespace ModelText {

// A cell whose value is still being read.
inline const QString pending = QStringLiteral("…");
// A cell whose value could not be read (the reason is in its tooltip).
inline const QString failed = QStringLiteral("—");

// A time in a cell: local, short format; empty when unset.
QString shortTime(const QDateTime &time);
// A time in a tooltip: local, long format; empty when unset.
QString longTime(const QDateTime &time);
// What a time column sorts by: ms since the epoch, -1 when unset.
qint64 sortTime(const QDateTime &time);

// True when the assignments are known and name a group whose name is still being read (never
// after reading the names failed: namesError).
bool namesPending(const std::optional<QList<Assignment>> &assignments, const TargetNames &names,
                  const QString &namesError);

// Every group id the rows' known assignments name (included and excluded), each once, in the
// rows' order. Row: anything with `std::optional<QList<Assignment>> assignments`.
template<typename Rows>
QStringList assignedGroupIds(const Rows &rows)
{
    QStringList ids;
    QSet<QString> seen;
    for (const auto &row : rows) {
        if (!row.assignments)
            continue;
        for (const Assignment &a : *row.assignments) {
            const QString &id = a.target.groupId;
            if (a.target.isGroup() && !id.isEmpty() && !seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
    }
    return ids;
}

// The rows' objects (Row::*object: the profile, the configuration), in row order.
template<typename Row, typename Object>
QList<Object> objects(const QList<Row> &rows, Object Row::*object)
{
    QList<Object> list;
    list.reserve(rows.size());
    for (const Row &row : rows)
        list.append(row.*object);
    return list;
}

// The row of each object id (Row::*object has an `id`).
template<typename Row, typename Object>
QHash<QString, int> rowsById(const QList<Row> &rows, Object Row::*object)
{
    QHash<QString, int> byId;
    byId.reserve(rows.size());
    for (int row = 0; row < rows.size(); ++row)
        byId.insert((rows.at(row).*object).id, row);
    return byId;
}

} // namespace ModelText

} // namespace ed
