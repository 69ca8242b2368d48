#include "TargetNames.h"

#include "GraphJson.h"

#include <algorithm>

namespace ed {

using namespace Qt::StringLiterals;

void TargetNames::add(const QHash<QString, QString> &names)
{
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        groupNames.insert(it.key(), it.value());
}

void TargetNames::addDeleted(const QStringList &ids)
{
    for (const QString &id : ids)
        groupNames.insert(id, QString());
}

bool TargetNames::isDeleted(const QString &groupId) const
{
    const auto it = groupNames.constFind(groupId);
    return it != groupNames.cend() && it->isEmpty();
}

QString TargetNames::groupName(const QString &groupId) const
{
    if (groupId.isEmpty())
        return tr("Group without an ID");
    if (const auto it = groupNames.constFind(groupId); it != groupNames.cend())
        return it->isEmpty() ? tr("Deleted group (%1)").arg(groupId) : *it;
    // Not resolved (yet, or its name could not be read): the id is what we have.
    return tr("Group %1").arg(groupId);
}

QString TargetNames::name(const AssignmentTarget &target) const
{
    using K = AssignmentTarget::Kind;
    switch (target.kind) {
    case K::Group:
    case K::ExclusionGroup:
        return groupName(target.groupId);
    case K::AllDevices:
        return tr("All devices");
    case K::AllLicensedUsers:
        return tr("All users");
    case K::ConfigurationManagerCollection:
        return tr("Configuration Manager collection %1").arg(target.collectionId);
    case K::ScopeTagGroup:
        return tr("Scope tag group %1").arg(target.entraObjectId);
    case K::Base:
        return tr("Assignment target without a type");
    case K::Other:
        break;
    }
    return tr("Other target (%1)")
            .arg(target.odataType.isEmpty() ? tr("no type") : GraphJson::typeName(target.odataType));
}

QString TargetNames::text(const AssignmentTarget &target) const
{
    QString text = name(target);
    if (target.isExclusion())
        text = tr("Excluded: %1").arg(text);
    switch (target.filterType) {
    case AssignmentTarget::FilterType::Include:
        text = tr("%1 (include filter %2)").arg(text, target.filterId);
        break;
    case AssignmentTarget::FilterType::Exclude:
        text = tr("%1 (exclude filter %2)").arg(text, target.filterId);
        break;
    case AssignmentTarget::FilterType::None:
    case AssignmentTarget::FilterType::Other:
        break;
    }
    return text;
}

QStringList TargetNames::lines(const QList<Assignment> &assignments) const
{
    QStringList included;
    QStringList excluded;
    for (const Assignment &a : assignments)
        (a.target.isExclusion() ? excluded : included).append(text(a.target));
    included.append(excluded);
    return included;
}

QString TargetNames::summary(const QList<Assignment> &assignments) const
{
    if (assignments.isEmpty())
        return tr("Not assigned");
    return lines(assignments).join("; "_L1);
}

bool TargetNames::missingAny(const QList<Assignment> &assignments) const
{
    return std::any_of(assignments.cbegin(), assignments.cend(), [this](const Assignment &a) {
        return a.target.isGroup() && !a.target.groupId.isEmpty() && !groupNames.contains(a.target.groupId);
    });
}

} // namespace ed
