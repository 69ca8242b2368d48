#pragma once

#include "AssignmentTarget.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace ed {

// Assignment targets in words, with the group names known so far: "Sales laptops", "Excluded:
// Kiosk test", "All devices", "Configuration Manager collection P0100023", "Deleted group (<id>)".
// One place for the profiles table, the configurations table, the assignments dialog and the
// activity log, so a target reads the same everywhere.
struct TargetNames
{
    Q_DECLARE_TR_FUNCTIONS(TargetNames)
public:
    // Group names by id, as the directory answered. An id mapped to an empty name is a group the
    // directory no longer has (getByIds did not return it).
    QHash<QString, QString> groupNames;

    void add(const QHash<QString, QString> &names);
    void addDeleted(const QStringList &ids);
    bool knows(const QString &groupId) const { return groupNames.contains(groupId); }
    bool isDeleted(const QString &groupId) const;

    // The group's name, "Deleted group (<id>)", or "Group <id>" while unresolved.
    QString groupName(const QString &groupId) const;
    // One target, without the include/exclude prefix ("Sales laptops", "All users").
    QString name(const AssignmentTarget &target) const;
    // One target with "Excluded: " for exclusions and the filter, if any.
    QString text(const AssignmentTarget &target) const;
    // One target a line (text()), inclusions first, then exclusions; empty for none.
    QStringList lines(const QList<Assignment> &assignments) const;
    // "Sales laptops; All devices; Excluded: Kiosk test": the lines in one; "Not assigned" for none.
    QString summary(const QList<Assignment> &assignments) const;
    // True when some group target of these assignments has no name yet.
    bool missingAny(const QList<Assignment> &assignments) const;
};

} // namespace ed
