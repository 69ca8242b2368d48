#include "AssignmentTarget.h"

#include "GraphJson.h"

namespace ed {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView odataTypeKey("@odata.type");
constexpr QLatin1StringView groupIdKey("groupId");
constexpr QLatin1StringView collectionIdKey("collectionId");
constexpr QLatin1StringView entraObjectIdKey("entraObjectId");
constexpr QLatin1StringView targetTypeKey("targetType");
constexpr QLatin1StringView filterIdKey("deviceAndAppManagementAssignmentFilterId");
constexpr QLatin1StringView filterTypeKey("deviceAndAppManagementAssignmentFilterType");

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

AssignmentTarget makeTarget(AssignmentTarget::Kind kind)
{
    AssignmentTarget target;
    target.kind = kind;
    target.odataType = GraphJson::qualifiedType(GraphEnum::wireName(kind));
    return target;
}

} // namespace

AssignmentTarget AssignmentTarget::fromJson(const QJsonObject &json)
{
    AssignmentTarget target;
    target.json = json;
    target.odataType = GraphJson::odataType(json);
    if (!target.odataType.isEmpty())
        target.kind = GraphEnum::fromWire<Kind>(GraphJson::typeName(target.odataType)).value_or(Kind::Other);
    // Read for every kind: a future subtype of groupAssignmentTarget still shows its group.
    target.groupId = GraphJson::string(json, groupIdKey);
    target.collectionId = GraphJson::string(json, collectionIdKey);
    target.entraObjectId = GraphJson::string(json, entraObjectIdKey);
    target.filterId = GraphJson::string(json, filterIdKey);
    target.filterType = GraphEnum::read(json, filterTypeKey, FilterType::None, target.unknownEnums);
    target.scopeTagTargetType = GraphEnum::read(json, targetTypeKey, ScopeTagTargetType::None, target.unknownEnums);
    return target;
}

QJsonObject AssignmentTarget::toJson(bool beta) const
{
    if (kind == Kind::Other) {
        if (!json.isEmpty())
            return json;
        return odataType.isEmpty() ? QJsonObject() : QJsonObject{{odataTypeKey, odataType}};
    }

    // Start from what was read (unknown properties survive) unless the kind changed, and write a
    // property only when it is missing or its value changed, so an untouched target is unchanged.
    const AssignmentTarget read = fromJson(json);
    const QJsonObject base = read.kind == kind ? json : QJsonObject();
    QJsonObject out = base;
    const auto put = [&base, &out](QLatin1StringView key, const QJsonValue &now, const QJsonValue &before) {
        if (!base.contains(key) || now != before)
            out.insert(key, now);
    };

    QString type = odataType;
    if (type.isEmpty() || GraphEnum::fromWire<Kind>(GraphJson::typeName(type)) != kind)
        type = GraphJson::qualifiedType(GraphEnum::wireName(kind));
    put(odataTypeKey, type, read.odataType);

    switch (kind) {
    case Kind::Group:
    case Kind::ExclusionGroup:
        put(groupIdKey, groupId, read.groupId);
        break;
    case Kind::ConfigurationManagerCollection:
        put(collectionIdKey, collectionId, read.collectionId);
        break;
    case Kind::ScopeTagGroup:
        put(targetTypeKey, GraphEnum::wireName(scopeTagTargetType, unknownEnums, targetTypeKey),
            GraphEnum::wireName(read.scopeTagTargetType, read.unknownEnums, targetTypeKey));
        put(entraObjectIdKey, stringOrNull(entraObjectId), stringOrNull(read.entraObjectId));
        break;
    case Kind::Base:
    case Kind::AllLicensedUsers:
    case Kind::AllDevices:
    case Kind::Other:
        break;
    }

    const bool filterSet = !filterId.isEmpty() || filterType != FilterType::None;
    if (!beta && !filterSet) {
        out.remove(filterIdKey);
        out.remove(filterTypeKey);
    } else {
        if (filterSet || base.contains(filterIdKey))
            put(filterIdKey, stringOrNull(filterId), stringOrNull(read.filterId));
        if (filterSet || base.contains(filterTypeKey))
            put(filterTypeKey, GraphEnum::wireName(filterType, unknownEnums, filterTypeKey),
                GraphEnum::wireName(read.filterType, read.unknownEnums, filterTypeKey));
    }
    return out;
}

AssignmentTarget AssignmentTarget::group(const QString &groupId)
{
    AssignmentTarget target = makeTarget(Kind::Group);
    target.groupId = groupId;
    return target;
}

AssignmentTarget AssignmentTarget::exclusionGroup(const QString &groupId)
{
    AssignmentTarget target = makeTarget(Kind::ExclusionGroup);
    target.groupId = groupId;
    return target;
}

AssignmentTarget AssignmentTarget::allLicensedUsers()
{
    return makeTarget(Kind::AllLicensedUsers);
}

AssignmentTarget AssignmentTarget::allDevices()
{
    return makeTarget(Kind::AllDevices);
}

AssignmentTarget AssignmentTarget::configurationManagerCollection(const QString &collectionId)
{
    AssignmentTarget target = makeTarget(Kind::ConfigurationManagerCollection);
    target.collectionId = collectionId;
    return target;
}

// --- Assignment -----------------------------------------------------------------------------------

namespace {
constexpr QLatin1StringView sourceKey("source");
} // namespace

Assignment Assignment::fromJson(const QJsonObject &json)
{
    Assignment assignment;
    assignment.id = GraphJson::string(json, "id"_L1);
    assignment.target = AssignmentTarget::fromJson(GraphJson::object(json, "target"_L1));
    assignment.source = GraphEnum::read(json, sourceKey, Source::Direct, assignment.unknownEnums);
    assignment.sourceId = GraphJson::string(json, "sourceId"_L1);
    return assignment;
}

QList<Assignment> Assignment::listFromJson(const QJsonArray &values)
{
    QList<Assignment> assignments;
    assignments.reserve(values.size());
    for (const QJsonValue &value : values)
        if (value.isObject())
            assignments.append(fromJson(value.toObject()));
    return assignments;
}

QJsonObject Assignment::toJson(bool beta) const
{
    QJsonObject json;
    if (!id.isEmpty())
        json.insert(u"id"_s, id);
    json.insert(u"target"_s, target.toJson(beta));
    if (beta) {
        json.insert(sourceKey, GraphEnum::wireName(source, unknownEnums, sourceKey));
        json.insert(u"sourceId"_s, stringOrNull(sourceId));
    }
    return json;
}

} // namespace ed
