#pragma once

#include "AssignmentTarget.h"
#include "Group.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ed {

struct TargetNames;

// The assignment set of one enrollment configuration while the user edits it, without any
// network: it starts from the assignments as read and records what is added and removed.
// Graph's `assign` replaces the whole set, so result() is always the complete list to post:
// every assignment that stays is the one read (its id and JSON untouched, unknown target kinds
// and filters included), followed by the ones added.
//
// Contradictions are refused with a reason and change nothing: a group both included and
// excluded, a target that is already there, a group without an id, a user instead of a group, a
// malformed Configuration Manager collection id. Removing a target that was read and adding it
// again restores the one read (no change). Targets of kinds the app does not know (Kind::Other,
// Base, ScopeTagGroup) are kept verbatim and can be removed, never changed.
class AssignmentEditor final
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentEditor)
public:
    // One target of the resulting set. key is stable for the editor's life (until reset()), so a
    // list can name the rows to remove.
    struct Entry
    {
        int key = -1;
        Assignment assignment;
        bool added = false; // not among the assignments read
    };
    // What an add did: how many targets it added and, for every one it refused, the reason.
    struct Outcome
    {
        int added = 0;
        QStringList refused;

        bool ok() const { return refused.isEmpty(); }
    };

    AssignmentEditor() = default;
    explicit AssignmentEditor(const QList<Assignment> &current);

    // A new starting point (the assignments just read); forgets every change.
    void reset(const QList<Assignment> &current);

    Outcome includeGroups(const QList<Group> &groups);
    Outcome excludeGroups(const QList<Group> &groups);
    // One group by id; name is what the reasons call it (the id when empty).
    Outcome includeGroup(const QString &groupId, const QString &name = {});
    Outcome excludeGroup(const QString &groupId, const QString &name = {});
    Outcome addAllUsers();
    Outcome addAllDevices();
    // The id is trimmed and upper-cased first (see normalizedCollectionId).
    Outcome addCollection(const QString &collectionId);
    // Removes the entries with these keys (unknown keys are ignored); returns how many went.
    int remove(const QList<int> &keys);

    // The complete resulting set, in order: the assignments read that stay, then the added ones.
    QList<Assignment> result() const;
    QList<Entry> entries() const;
    const QList<Assignment> &original() const { return m_original; }
    QList<Assignment> added() const;
    QList<Assignment> removed() const;
    int unchangedCount() const;
    bool hasChanges() const;
    // The result has no targets although the assignments read had some.
    bool removesAll() const;
    // The result excludes groups but includes nobody: the configuration applies to no one.
    bool excludesOnly() const;
    // Assignments of the result whose group the directory no longer has (as names knows it).
    QList<Assignment> deletedGroups(const TargetNames &names) const;

    // What Save changes, one line a target: "+ Include Finance", "− Exclude Kiosks", then
    // "Unchanged: 3 target(s)"; "No changes." when there are none.
    QStringList previewLines(const TargetNames &names) const;
    QString previewText(const TargetNames &names) const;

    // A Configuration Manager collection id: 8 characters, a 3-character site code (letters and
    // digits) and 5 hexadecimal digits ("P0100023", "SMS00001"). Trimmed and upper-cased; the
    // reason when it is not one.
    static std::optional<QString> normalizedCollectionId(const QString &text, QString *reason = nullptr);

private:
    struct Slot
    {
        int key = -1;
        Assignment assignment;
        bool removed = false; // read, then removed
    };
    // What makes two targets the same target (the include/exclude side included; filters not):
    // empty for kinds that are never the same as another (kept verbatim).
    static QString identity(const AssignmentTarget &target);
    // The entry of the result with this identity, if any.
    const Slot *active(const QString &identity) const;
    Outcome add(const AssignmentTarget &target, const QString &name);
    // Includes (or excludes) each group; anything that is not a group is refused.
    Outcome addGroups(const QList<Group> &groups, bool exclude);
    QString refusalFor(const AssignmentTarget &target, const QString &name) const;

    QList<Assignment> m_original;
    QList<Slot> m_read; // one per assignment read, in order
    QList<Slot> m_added;
    int m_nextKey = 0;
};

} // namespace ed
