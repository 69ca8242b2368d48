#include "Group.h"

#include "GraphJson.h"

namespace ed {

using namespace Qt::StringLiterals;

bool Group::isDynamic() const
{
    return groupTypes.contains("DynamicMembership"_L1, Qt::CaseInsensitive) || !membershipRule.isEmpty();
}

bool Group::isMicrosoft365() const
{
    return groupTypes.contains("Unified"_L1, Qt::CaseInsensitive);
}

Group Group::fromJson(const QJsonObject &json)
{
    Group group;
    group.odataType = GraphJson::odataType(json);
    if (!group.odataType.isEmpty())
        group.kind = GraphEnum::fromWire<Kind>(GraphJson::typeName(group.odataType)).value_or(Kind::Other);
    group.id = GraphJson::string(json, "id"_L1);
    group.displayName = GraphJson::string(json, "displayName"_L1);
    group.description = GraphJson::string(json, "description"_L1);
    group.mail = GraphJson::string(json, "mail"_L1);
    group.mailEnabled = GraphJson::boolean(json, "mailEnabled"_L1);
    group.securityEnabled = GraphJson::boolean(json, "securityEnabled"_L1);
    group.groupTypes = GraphJson::stringList(json, "groupTypes"_L1);
    group.membershipRule = GraphJson::string(json, "membershipRule"_L1);
    return group;
}

QList<Group> Group::listFromJson(const QJsonArray &values)
{
    QList<Group> groups;
    groups.reserve(values.size());
    for (const QJsonValue &value : values)
        if (value.isObject())
            groups.append(fromJson(value.toObject()));
    return groups;
}

} // namespace ed
