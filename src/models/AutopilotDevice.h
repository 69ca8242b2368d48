#pragma once

#include "GraphEnum.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>
#include <utility>

namespace ed {

// A Windows Autopilot device (windowsAutopilotDeviceIdentity, graph.md §1.2), as the device views
// need it. Compact: a tenant may have 100,000 of them in one model. Parses beta and v1.0 JSON (v1.0
// lacks the beta-only properties: they keep their defaults and hasBetaProperties is false).
struct AutopilotDevice
{
    // windowsAutopilotProfileAssignmentStatus (beta).
    enum class ProfileAssignmentStatus : std::uint8_t {
        Unknown,
        AssignedInSync,
        AssignedOutOfSync,
        AssignedUnknownSyncState, // "assignedUnkownSyncState" on the wire (sic)
        NotAssigned,
        Pending,
        Failed,
        Other
    };
    // windowsAutopilotProfileAssignmentDetailedStatus (beta).
    enum class ProfileAssignmentDetailedStatus : std::uint8_t {
        None,
        HardwareRequirementsNotMet,
        SurfaceHubProfileNotSupported,
        HoloLensProfileNotSupported,
        WindowsPcProfileNotSupported,
        SurfaceHub2SProfileNotSupported,
        UnknownFutureValue,
        Other
    };
    // enrollmentState (Blocked is beta only).
    enum class EnrollmentState : std::uint8_t { Unknown, Enrolled, PendingReset, Failed, NotContacted, Blocked, Other };
    // windowsAutopilotDeviceRemediationState (beta).
    enum class RemediationState : std::uint8_t {
        Unknown,
        NoRemediationRequired,
        AutomaticRemediationRequired,
        ManualRemediationRequired,
        UnknownFutureValue,
        Other
    };
    // windowsAutopilotUserlessEnrollmentStatus (beta).
    enum class UserlessEnrollmentStatus : std::uint8_t { Unknown, Allowed, Blocked, UnknownFutureValue, Other };

    QString id;
    QString serialNumber;
    QString manufacturer;
    QString model;
    QString groupTag;
    QString purchaseOrderIdentifier;
    QString productKey;
    QString skuNumber;
    QString systemFamily;
    QString userPrincipalName;
    QString addressableUserName;
    QString displayName;
    QString resourceName;
    QString azureAdDeviceId; // azureAdDeviceId (beta), else azureActiveDirectoryDeviceId
    QString managedDeviceId; // empty when Graph sends the all-zero GUID (not enrolled)
    QDateTime lastContactedDateTime; // invalid: never (Graph's 0001-01-01T00:00:00Z)
    QDateTime deploymentProfileAssignedDateTime;
    QDateTime remediationStateLastModifiedDateTime;
    UnknownEnumValues unknownEnums; // enum strings not recognised, by property name
    ProfileAssignmentStatus deploymentProfileAssignmentStatus = ProfileAssignmentStatus::Unknown;
    ProfileAssignmentDetailedStatus deploymentProfileAssignmentDetailedStatus = ProfileAssignmentDetailedStatus::None;
    EnrollmentState enrollmentState = EnrollmentState::Unknown;
    RemediationState remediationState = RemediationState::Unknown;
    UserlessEnrollmentStatus userlessEnrollmentStatus = UserlessEnrollmentStatus::Unknown;
    bool hasBetaProperties = false; // the JSON carried beta-only properties (a beta response)

    static AutopilotDevice fromJson(const QJsonObject &json);
    // A page's `value` array. Repeated values (manufacturer, model, group tag, …) share one string.
    // Non-objects are skipped.
    static QList<AutopilotDevice> listFromJson(const QJsonArray &values);
};

template<>
struct GraphEnumTraits<AutopilotDevice::ProfileAssignmentStatus>
{
    using E = AutopilotDevice::ProfileAssignmentStatus;
    static constexpr QLatin1StringView names[] = {QLatin1StringView("unknown"),
                                                  QLatin1StringView("assignedInSync"),
                                                  QLatin1StringView("assignedOutOfSync"),
                                                  QLatin1StringView("assignedUnkownSyncState"),
                                                  QLatin1StringView("notAssigned"),
                                                  QLatin1StringView("pending"),
                                                  QLatin1StringView("failed")};
    // In case Graph ever fixes the spelling.
    static constexpr std::pair<QLatin1StringView, E> aliases[] = {
            {QLatin1StringView("assignedUnknownSyncState"), E::AssignedUnknownSyncState}};
};

template<>
struct GraphEnumTraits<AutopilotDevice::ProfileAssignmentDetailedStatus>
{
    static constexpr QLatin1StringView names[] = {QLatin1StringView("none"),
                                                  QLatin1StringView("hardwareRequirementsNotMet"),
                                                  QLatin1StringView("surfaceHubProfileNotSupported"),
                                                  QLatin1StringView("holoLensProfileNotSupported"),
                                                  QLatin1StringView("windowsPcProfileNotSupported"),
                                                  QLatin1StringView("surfaceHub2SProfileNotSupported"),
                                                  QLatin1StringView("unknownFutureValue")};
};

template<>
struct GraphEnumTraits<AutopilotDevice::EnrollmentState>
{
    static constexpr QLatin1StringView names[] = {QLatin1StringView("unknown"),      QLatin1StringView("enrolled"),
                                                  QLatin1StringView("pendingReset"), QLatin1StringView("failed"),
                                                  QLatin1StringView("notContacted"), QLatin1StringView("blocked")};
};

template<>
struct GraphEnumTraits<AutopilotDevice::RemediationState>
{
    static constexpr QLatin1StringView names[] = {
            QLatin1StringView("unknown"), QLatin1StringView("noRemediationRequired"),
            QLatin1StringView("automaticRemediationRequired"), QLatin1StringView("manualRemediationRequired"),
            QLatin1StringView("unknownFutureValue")};
};

template<>
struct GraphEnumTraits<AutopilotDevice::UserlessEnrollmentStatus>
{
    static constexpr QLatin1StringView names[] = {QLatin1StringView("unknown"), QLatin1StringView("allowed"),
                                                  QLatin1StringView("blocked"),
                                                  QLatin1StringView("unknownFutureValue")};
};

} // namespace ed
