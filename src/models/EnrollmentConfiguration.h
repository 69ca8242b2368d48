#pragma once

#include "AssignmentTarget.h"
#include "GraphEnum.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace ed {

// A device enrollment configuration (deviceEnrollmentConfiguration and its subtypes, graph.md §3):
// the base properties, the subtype as a Kind, the device limit of limit configurations, and every
// other subtype property as JSON. Also builds the two bodies the app writes: the limit PATCH and
// the assign action.
struct EnrollmentConfiguration
{
    // From @odata.type; for the base type (v1.0 reports beta-only subtypes as
    // deviceEnrollmentConfiguration), from deviceEnrollmentConfigurationType when beta sent it.
    enum class Kind : std::uint8_t {
        DeviceLimit, // deviceEnrollmentLimitConfiguration
        PlatformRestrictions, // deviceEnrollmentPlatformRestrictionsConfiguration (the default one)
        SinglePlatformRestriction, // deviceEnrollmentPlatformRestrictionConfiguration (beta)
        WindowsHelloForBusiness, // deviceEnrollmentWindowsHelloForBusinessConfiguration
        EnrollmentStatusPage, // windows10EnrollmentCompletionPageConfiguration
        ComanagementAuthority, // deviceComanagementAuthorityConfiguration (beta)
        WindowsRestore, // windowsRestoreDeviceEnrollmentConfiguration (beta)
        EnrollmentNotifications, // deviceEnrollmentNotificationConfiguration (beta)
        Other
    };
    // deviceEnrollmentConfigurationType (beta). Real tenants report the defaults with the
    // non-default values (Limit, not DefaultLimit).
    enum class ConfigurationType : std::uint8_t {
        Unknown,
        Limit,
        PlatformRestrictions,
        WindowsHelloForBusiness,
        DefaultLimit,
        DefaultPlatformRestrictions,
        DefaultWindowsHelloForBusiness,
        DefaultWindows10EnrollmentCompletionPageConfiguration,
        Windows10EnrollmentCompletionPageConfiguration,
        DeviceComanagementAuthorityConfiguration,
        SinglePlatformRestriction,
        UnknownFutureValue,
        EnrollmentNotificationsConfiguration,
        WindowsRestore,
        Other
    };

    Kind kind = Kind::Other;
    ConfigurationType configurationType = ConfigurationType::Unknown; // Unknown when absent (v1.0)
    bool isDefault = false; // one of the tenant's {tenantId}_Default… configurations (priority 0)
    bool assignmentsExpanded = false; // the JSON carried `assignments` ($expand=assignments)
    int priority = 0;
    int version = 0;
    std::optional<int> limit; // DeviceLimit only
    QString odataType; // as read
    QString id;
    QString displayName;
    QString description;
    QDateTime createdDateTime; // invalid for the defaults (0001-01-01T00:00:00Z)
    QDateTime lastModifiedDateTime;
    QStringList roleScopeTagIds; // beta
    QJsonObject properties; // the subtype's own properties (limit, restrictions, PIN rules, …)
    QList<Assignment> assignments;
    UnknownEnumValues unknownEnums;
    QJsonObject json; // as Graph sent it (for "Raw JSON"; configurations are few)

    static EnrollmentConfiguration fromJson(const QJsonObject &json);
    static QList<EnrollmentConfiguration> listFromJson(const QJsonArray &values); // non-objects are skipped

    // PATCH body for a new device limit: exactly {"@odata.type": "#microsoft.graph.
    // deviceEnrollmentLimitConfiguration", "limit": n} (graph.md §3.5: the subtype is required).
    // {} when configuration is not a device limit configuration.
    static QJsonObject limitPatch(const EnrollmentConfiguration &configuration, int newLimit);
    // Body of the assign action: {"enrollmentConfigurationAssignments": [{"@odata.type":
    // "#microsoft.graph.enrollmentConfigurationAssignment", "id" (when known), "target", and with
    // beta "source", "sourceId"}]}. It replaces the configuration's whole assignment set.
    static QJsonObject assignBody(const QList<Assignment> &assignments, bool beta);
};

template<>
struct GraphEnumTraits<EnrollmentConfiguration::Kind>
{
    static constexpr QLatin1StringView names[] = {
            QLatin1StringView("deviceEnrollmentLimitConfiguration"),
            QLatin1StringView("deviceEnrollmentPlatformRestrictionsConfiguration"),
            QLatin1StringView("deviceEnrollmentPlatformRestrictionConfiguration"),
            QLatin1StringView("deviceEnrollmentWindowsHelloForBusinessConfiguration"),
            QLatin1StringView("windows10EnrollmentCompletionPageConfiguration"),
            QLatin1StringView("deviceComanagementAuthorityConfiguration"),
            QLatin1StringView("windowsRestoreDeviceEnrollmentConfiguration"),
            QLatin1StringView("deviceEnrollmentNotificationConfiguration")};
};

template<>
struct GraphEnumTraits<EnrollmentConfiguration::ConfigurationType>
{
    static constexpr QLatin1StringView names[] = {
            QLatin1StringView("unknown"),
            QLatin1StringView("limit"),
            QLatin1StringView("platformRestrictions"),
            QLatin1StringView("windowsHelloForBusiness"),
            QLatin1StringView("defaultLimit"),
            QLatin1StringView("defaultPlatformRestrictions"),
            QLatin1StringView("defaultWindowsHelloForBusiness"),
            QLatin1StringView("defaultWindows10EnrollmentCompletionPageConfiguration"),
            QLatin1StringView("windows10EnrollmentCompletionPageConfiguration"),
            QLatin1StringView("deviceComanagementAuthorityConfiguration"),
            QLatin1StringView("singlePlatformRestriction"),
            QLatin1StringView("unknownFutureValue"),
            QLatin1StringView("enrollmentNotificationsConfiguration"),
            QLatin1StringView("windowsRestore")};
};

} // namespace ed
