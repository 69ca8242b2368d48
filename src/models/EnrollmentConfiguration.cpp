#include "EnrollmentConfiguration.h"

#include "GraphJson.h"

#include <algorithm>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView configurationTypeKey("deviceEnrollmentConfigurationType");
constexpr QLatin1StringView priorityKey("priority");

// Properties of deviceEnrollmentConfiguration itself; everything else belongs to the subtype.
constexpr QLatin1StringView baseKeys[] = {QLatin1StringView("id"),
                                          QLatin1StringView("displayName"),
                                          QLatin1StringView("description"),
                                          priorityKey,
                                          QLatin1StringView("createdDateTime"),
                                          QLatin1StringView("lastModifiedDateTime"),
                                          QLatin1StringView("version"),
                                          QLatin1StringView("roleScopeTagIds"),
                                          configurationTypeKey,
                                          QLatin1StringView("assignments")};

// Id suffixes of the defaults every tenant has (graph.md §3.4).
constexpr QLatin1StringView defaultIdSuffixes[] = {
        QLatin1StringView("_DefaultLimit"), QLatin1StringView("_DefaultPlatformRestrictions"),
        QLatin1StringView("_DefaultWindowsHelloForBusiness"),
        QLatin1StringView("_DefaultWindows10EnrollmentCompletionPageConfiguration"),
        QLatin1StringView("_WindowsRestore")};

using Kind = EnrollmentConfiguration::Kind;
using ConfigurationType = EnrollmentConfiguration::ConfigurationType;

Kind kindOf(ConfigurationType type)
{
    switch (type) {
    case ConfigurationType::Limit:
    case ConfigurationType::DefaultLimit:
        return Kind::DeviceLimit;
    case ConfigurationType::PlatformRestrictions:
    case ConfigurationType::DefaultPlatformRestrictions:
        return Kind::PlatformRestrictions;
    case ConfigurationType::SinglePlatformRestriction:
        return Kind::SinglePlatformRestriction;
    case ConfigurationType::WindowsHelloForBusiness:
    case ConfigurationType::DefaultWindowsHelloForBusiness:
        return Kind::WindowsHelloForBusiness;
    case ConfigurationType::Windows10EnrollmentCompletionPageConfiguration:
    case ConfigurationType::DefaultWindows10EnrollmentCompletionPageConfiguration:
        return Kind::EnrollmentStatusPage;
    case ConfigurationType::DeviceComanagementAuthorityConfiguration:
        return Kind::ComanagementAuthority;
    case ConfigurationType::EnrollmentNotificationsConfiguration:
        return Kind::EnrollmentNotifications;
    case ConfigurationType::WindowsRestore:
        return Kind::WindowsRestore;
    case ConfigurationType::Unknown:
    case ConfigurationType::UnknownFutureValue:
    case ConfigurationType::Other:
        break;
    }
    return Kind::Other;
}

bool isSubtypeProperty(const QString &key)
{
    if (key.contains("@odata."_L1)) // @odata.type, @odata.context, assignments@odata.context, …
        return false;
    return std::none_of(std::begin(baseKeys), std::end(baseKeys),
                        [&key](QLatin1StringView base) { return key == base; });
}

} // namespace

EnrollmentConfiguration EnrollmentConfiguration::fromJson(const QJsonObject &json)
{
    EnrollmentConfiguration c;
    c.odataType = GraphJson::odataType(json);
    const QString type = GraphJson::typeName(c.odataType);
    c.kind = GraphEnum::fromWire<Kind>(type).value_or(Kind::Other);
    c.configurationType = GraphEnum::read(json, configurationTypeKey, ConfigurationType::Unknown, c.unknownEnums);
    // Only the base type (or none) defers to deviceEnrollmentConfigurationType: an unknown subtype
    // stays Other, so no write meant for a known subtype is ever sent to it.
    if (type.isEmpty() || type.compare("deviceEnrollmentConfiguration"_L1, Qt::CaseInsensitive) == 0)
        c.kind = kindOf(c.configurationType);
    c.id = GraphJson::string(json, "id"_L1);
    c.displayName = GraphJson::string(json, "displayName"_L1);
    c.description = GraphJson::string(json, "description"_L1);
    const std::optional<int> priority = GraphJson::optionalInteger(json, priorityKey);
    c.priority = priority.value_or(0);
    c.version = GraphJson::integer(json, "version"_L1);
    c.createdDateTime = GraphJson::dateTime(json, "createdDateTime"_L1);
    c.lastModifiedDateTime = GraphJson::dateTime(json, "lastModifiedDateTime"_L1);
    c.roleScopeTagIds = GraphJson::stringList(json, "roleScopeTagIds"_L1);
    c.isDefault = priority == 0
            || std::any_of(std::begin(defaultIdSuffixes), std::end(defaultIdSuffixes),
                           [&c](QLatin1StringView suffix) { return c.id.endsWith(suffix, Qt::CaseInsensitive); });
    if (c.kind == Kind::DeviceLimit)
        c.limit = GraphJson::optionalInteger(json, "limit"_L1);
    for (auto it = json.begin(); it != json.end(); ++it)
        if (isSubtypeProperty(it.key()))
            c.properties.insert(it.key(), it.value());
    const QJsonValue assignments = json.value("assignments"_L1);
    c.assignmentsExpanded = assignments.isArray();
    c.assignments = Assignment::listFromJson(assignments.toArray());
    c.json = json;
    return c;
}

QList<EnrollmentConfiguration> EnrollmentConfiguration::listFromJson(const QJsonArray &values)
{
    QList<EnrollmentConfiguration> configurations;
    configurations.reserve(values.size());
    for (const QJsonValue &value : values)
        if (value.isObject())
            configurations.append(fromJson(value.toObject()));
    return configurations;
}

QJsonObject EnrollmentConfiguration::limitPatch(const EnrollmentConfiguration &configuration, int newLimit)
{
    if (configuration.kind != Kind::DeviceLimit)
        return {};
    // The subtype's own name, whatever spelling was read (with or without '#', or the base type
    // with a beta configurationType).
    return QJsonObject{{u"@odata.type"_s, GraphJson::qualifiedType(GraphEnum::wireName(Kind::DeviceLimit))},
                       {u"limit"_s, newLimit}};
}

QJsonObject EnrollmentConfiguration::assignBody(const QList<Assignment> &assignments, bool beta)
{
    QJsonArray items;
    for (const Assignment &assignment : assignments) {
        QJsonObject item = assignment.toJson(beta);
        item.insert(u"@odata.type"_s, u"#microsoft.graph.enrollmentConfigurationAssignment"_s);
        items.append(item);
    }
    return QJsonObject{{u"enrollmentConfigurationAssignments"_s, items}};
}

} // namespace ed
