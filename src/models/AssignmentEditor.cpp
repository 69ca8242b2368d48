#include "AssignmentEditor.h"

#include "TargetNames.h"

#include <QRegularExpression>

#include <algorithm>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

using Kind = AssignmentTarget::Kind;

// The target as an inclusion, so TargetNames words it without the "Excluded: " prefix (the
// preview and the journal say Include/Exclude themselves) but with its filter.
QString sidelessText(const AssignmentTarget &target, const TargetNames &names)
{
    if (!target.isExclusion())
        return names.text(target);
    AssignmentTarget plain = target;
    plain.kind = Kind::Group;
    return names.text(plain);
}

void merge(AssignmentEditor::Outcome &into, const AssignmentEditor::Outcome &outcome)
{
    into.added += outcome.added;
    into.refused.append(outcome.refused);
}

} // namespace

AssignmentEditor::AssignmentEditor(const QList<Assignment> &current)
{
    reset(current);
}

void AssignmentEditor::reset(const QList<Assignment> &current)
{
    m_original = current;
    m_read.clear();
    m_added.clear();
    m_nextKey = 0;
    m_read.reserve(current.size());
    for (const Assignment &assignment : current)
        m_read.append(Slot{m_nextKey++, assignment, false});
}

QString AssignmentEditor::identity(const AssignmentTarget &target)
{
    switch (target.kind) {
    case Kind::Group:
        return target.groupId.isEmpty() ? QString() : u"group:"_s + target.groupId.toLower();
    case Kind::ExclusionGroup:
        return target.groupId.isEmpty() ? QString() : u"exclusion:"_s + target.groupId.toLower();
    case Kind::AllLicensedUsers:
        return u"allUsers"_s;
    case Kind::AllDevices:
        return u"allDevices"_s;
    case Kind::ConfigurationManagerCollection:
        return target.collectionId.isEmpty() ? QString() : u"collection:"_s + target.collectionId.toUpper();
    case Kind::Base:
    case Kind::ScopeTagGroup:
    case Kind::Other:
        break;
    }
    return {};
}

const AssignmentEditor::Slot *AssignmentEditor::active(const QString &id) const
{
    if (id.isEmpty())
        return nullptr;
    for (const Slot &slot : m_read)
        if (!slot.removed && identity(slot.assignment.target) == id)
            return &slot;
    for (const Slot &slot : m_added)
        if (identity(slot.assignment.target) == id)
            return &slot;
    return nullptr;
}

QString AssignmentEditor::refusalFor(const AssignmentTarget &target, const QString &name) const
{
    if (target.isGroup()) {
        if (target.groupId.trimmed().isEmpty())
            return name.isEmpty() ? tr("A group without an ID cannot be assigned.")
                                  : tr("“%1” has no group ID and cannot be assigned.").arg(name);
        const QString shown = name.isEmpty() ? target.groupId : name;
        const QString included = u"group:"_s + target.groupId.toLower();
        const QString excluded = u"exclusion:"_s + target.groupId.toLower();
        if (target.kind == Kind::Group) {
            if (active(included))
                return tr("“%1” is already included.").arg(shown);
            if (active(excluded))
                return tr("“%1” is already excluded; a group cannot be both included and excluded.").arg(shown);
        } else {
            if (active(excluded))
                return tr("“%1” is already excluded.").arg(shown);
            if (active(included))
                return tr("“%1” is already included; a group cannot be both included and excluded.").arg(shown);
        }
        return {};
    }
    if (active(identity(target)))
        return tr("“%1” is already included.").arg(TargetNames().name(target));
    return {};
}

AssignmentEditor::Outcome AssignmentEditor::add(const AssignmentTarget &target, const QString &name)
{
    Outcome outcome;
    if (const QString reason = refusalFor(target, name); !reason.isEmpty()) {
        outcome.refused.append(reason);
        return outcome;
    }
    // Read, removed, and wanted again: the one read comes back as it was (id, JSON, filter).
    const QString id = identity(target);
    for (Slot &slot : m_read) {
        if (slot.removed && identity(slot.assignment.target) == id) {
            slot.removed = false;
            outcome.added = 1;
            return outcome;
        }
    }
    Assignment assignment;
    assignment.target = target;
    m_added.append(Slot{m_nextKey++, assignment, false});
    outcome.added = 1;
    return outcome;
}

AssignmentEditor::Outcome AssignmentEditor::includeGroup(const QString &groupId, const QString &name)
{
    return add(AssignmentTarget::group(groupId.trimmed()), name);
}

AssignmentEditor::Outcome AssignmentEditor::excludeGroup(const QString &groupId, const QString &name)
{
    return add(AssignmentTarget::exclusionGroup(groupId.trimmed()), name);
}

AssignmentEditor::Outcome AssignmentEditor::includeGroups(const QList<Group> &groups)
{
    return addGroups(groups, false);
}

AssignmentEditor::Outcome AssignmentEditor::excludeGroups(const QList<Group> &groups)
{
    return addGroups(groups, true);
}

AssignmentEditor::Outcome AssignmentEditor::addGroups(const QList<Group> &groups, bool exclude)
{
    Outcome outcome;
    for (const Group &group : groups) {
        if (!group.isGroup()) {
            const QString shown = group.displayName.isEmpty() ? group.id : group.displayName;
            outcome.refused.append(tr("“%1” is not a group.").arg(shown));
            continue;
        }
        merge(outcome, exclude ? excludeGroup(group.id, group.displayName) : includeGroup(group.id, group.displayName));
    }
    return outcome;
}

AssignmentEditor::Outcome AssignmentEditor::addAllUsers()
{
    return add(AssignmentTarget::allLicensedUsers(), {});
}

AssignmentEditor::Outcome AssignmentEditor::addAllDevices()
{
    return add(AssignmentTarget::allDevices(), {});
}

AssignmentEditor::Outcome AssignmentEditor::addCollection(const QString &collectionId)
{
    QString reason;
    const std::optional<QString> id = normalizedCollectionId(collectionId, &reason);
    if (!id) {
        Outcome outcome;
        outcome.refused.append(reason);
        return outcome;
    }
    return add(AssignmentTarget::configurationManagerCollection(*id), {});
}

int AssignmentEditor::remove(const QList<int> &keys)
{
    int removed = 0;
    for (const int key : keys) {
        for (Slot &slot : m_read) {
            if (slot.key == key && !slot.removed) {
                slot.removed = true;
                ++removed;
            }
        }
        removed += static_cast<int>(m_added.removeIf([key](const Slot &slot) { return slot.key == key; }));
    }
    return removed;
}

QList<Assignment> AssignmentEditor::result() const
{
    QList<Assignment> out;
    out.reserve(m_read.size() + m_added.size());
    for (const Slot &slot : m_read)
        if (!slot.removed)
            out.append(slot.assignment);
    for (const Slot &slot : m_added)
        out.append(slot.assignment);
    return out;
}

QList<AssignmentEditor::Entry> AssignmentEditor::entries() const
{
    QList<Entry> out;
    out.reserve(m_read.size() + m_added.size());
    for (const Slot &slot : m_read)
        if (!slot.removed)
            out.append(Entry{slot.key, slot.assignment, false});
    for (const Slot &slot : m_added)
        out.append(Entry{slot.key, slot.assignment, true});
    return out;
}

QList<Assignment> AssignmentEditor::added() const
{
    QList<Assignment> out;
    out.reserve(m_added.size());
    for (const Slot &slot : m_added)
        out.append(slot.assignment);
    return out;
}

QList<Assignment> AssignmentEditor::removed() const
{
    QList<Assignment> out;
    for (const Slot &slot : m_read)
        if (slot.removed)
            out.append(slot.assignment);
    return out;
}

int AssignmentEditor::unchangedCount() const
{
    return static_cast<int>(std::count_if(m_read.cbegin(), m_read.cend(), [](const Slot &s) { return !s.removed; }));
}

bool AssignmentEditor::hasChanges() const
{
    return !m_added.isEmpty() || unchangedCount() != m_read.size();
}

bool AssignmentEditor::removesAll() const
{
    return !m_read.isEmpty() && m_added.isEmpty() && unchangedCount() == 0;
}

bool AssignmentEditor::excludesOnly() const
{
    const QList<Assignment> all = result();
    return !all.isEmpty()
            && std::all_of(all.cbegin(), all.cend(), [](const Assignment &a) { return a.target.isExclusion(); });
}

QList<Assignment> AssignmentEditor::deletedGroups(const TargetNames &names) const
{
    QList<Assignment> out;
    for (const Assignment &a : result())
        if (a.target.isGroup() && names.isDeleted(a.target.groupId))
            out.append(a);
    return out;
}

QStringList AssignmentEditor::previewLines(const TargetNames &names) const
{
    if (!hasChanges())
        return {tr("No changes.")};
    QStringList lines;
    for (const Slot &slot : m_added) {
        const AssignmentTarget &target = slot.assignment.target;
        lines.append((target.isExclusion() ? tr("+ Exclude %1") : tr("+ Include %1")).arg(sidelessText(target, names)));
    }
    for (const Slot &slot : m_read) {
        if (!slot.removed)
            continue;
        const AssignmentTarget &target = slot.assignment.target;
        lines.append((target.isExclusion() ? tr("− Exclude %1") : tr("− Include %1")).arg(sidelessText(target, names)));
    }
    if (const int unchanged = unchangedCount(); unchanged > 0)
        lines.append(tr("Unchanged: %n target(s)", nullptr, unchanged));
    return lines;
}

QString AssignmentEditor::previewText(const TargetNames &names) const
{
    return previewLines(names).join(u'\n');
}

std::optional<QString> AssignmentEditor::normalizedCollectionId(const QString &text, QString *reason)
{
    const QString id = text.trimmed().toUpper();
    static const QRegularExpression pattern(u"^[A-Z0-9]{3}[0-9A-F]{5}$"_s);
    if (pattern.match(id).hasMatch())
        return id;
    if (reason)
        *reason = id.isEmpty() ? tr("Enter a Configuration Manager collection ID, such as P0100023.")
                               : tr("“%1” is not a Configuration Manager collection ID: that is 8 characters, a "
                                    "3-character site code followed by 5 hexadecimal digits, such as P0100023 or "
                                    "SMS00001.")
                                         .arg(text.trimmed());
    return std::nullopt;
}

} // namespace ed
