#pragma once

#include "EmulatorOptions.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace ed::emu {

// Graph enums, stored as indexes into their wire-name tables (graph.md §1.3). The names are
// exactly Graph's, misspelling included ("assignedUnkownSyncState").
namespace wire {
inline constexpr const char *profileStatus[] = {
        "unknown", "assignedInSync", "assignedOutOfSync", "assignedUnkownSyncState", "notAssigned",
        "pending", "failed"};
inline constexpr const char *detailedStatus[] = {"none",
                                                 "hardwareRequirementsNotMet",
                                                 "surfaceHubProfileNotSupported",
                                                 "holoLensProfileNotSupported",
                                                 "windowsPcProfileNotSupported",
                                                 "surfaceHub2SProfileNotSupported",
                                                 "unknownFutureValue"};
inline constexpr const char *enrollmentState[] = {"unknown", "enrolled",     "pendingReset",
                                                  "failed",  "notContacted", "blocked"};
inline constexpr const char *remediationState[] = {"unknown", "noRemediationRequired", "automaticRemediationRequired",
                                                   "manualRemediationRequired", "unknownFutureValue"};
inline constexpr const char *userlessStatus[] = {"unknown", "allowed", "blocked", "unknownFutureValue"};
} // namespace wire

enum ProfileStatus : std::uint8_t {
    PsUnknown,
    PsAssignedInSync,
    PsAssignedOutOfSync,
    PsAssignedUnknownSyncState,
    PsNotAssigned,
    PsPending,
    PsFailed
};
enum EnrollmentState : std::uint8_t { EsUnknown, EsEnrolled, EsPendingReset, EsFailed, EsNotContacted, EsBlocked };
enum UserlessStatus : std::uint8_t { UsUnknown, UsAllowed, UsBlocked, UsUnknownFutureValue };

struct Device
{
    QString id;
    QString serialNumber;
    QString manufacturer;
    QString model;
    QString systemFamily;
    QString skuNumber;
    QString productKey;
    QString groupTag;
    QString purchaseOrderIdentifier;
    QString userPrincipalName;
    QString addressableUserName;
    QString displayName;
    QString resourceName;
    QString azureAdDeviceId;
    QString managedDeviceId;
    QString deviceAccountUpn;
    QString deviceFriendlyName;
    QDateTime lastContactedDateTime;
    QDateTime deploymentProfileAssignedDateTime;
    QDateTime remediationStateLastModifiedDateTime;
    int deploymentProfile = -1; // index into DemoTenant::profiles, -1 none
    int intendedProfile = -1;
    qint64 pendingUntilMs = 0; // a pending assignment settles at this time (ms since epoch)
    std::uint8_t profileStatus = PsNotAssigned;
    std::uint8_t detailedStatus = 0;
    std::uint8_t enrollmentState = EsNotContacted;
    std::uint8_t remediationState = 1;
    std::uint8_t userlessStatus = UsAllowed;
    bool deleted = false;
    // Serialized JSON of the full entity per API version (0 beta, 1 v1.0); empty when stale.
    mutable QByteArray cachedJson[2];
};

// deviceAndAppManagementAssignmentTarget and its subtypes (graph.md §4), kept as Graph sends them.
struct AssignmentTarget
{
    QString odataType; // "#microsoft.graph.groupAssignmentTarget", …
    QString groupId; // group and exclusion targets
    QString collectionId; // configurationManagerCollectionAssignmentTarget
    QString filterId; // deviceAndAppManagementAssignmentFilterId (beta)
    QString filterType = QStringLiteral("none");

    QJsonObject toJson(bool beta) const;
    // nullopt and a reason when the JSON is not a target Graph would accept.
    static std::optional<AssignmentTarget> fromJson(const QJsonObject &json, QString *error);
};

struct Assignment
{
    QString id;
    AssignmentTarget target;
    QString source = QStringLiteral("direct");
    QString sourceId;
};

struct DeploymentProfile
{
    QString id;
    bool hybridJoin = false; // activeDirectoryWindowsAutopilotDeploymentProfile
    QString displayName;
    QString description;
    QString locale;
    QDateTime createdDateTime;
    QDateTime lastModifiedDateTime;
    QJsonObject outOfBoxExperienceSetting; // new names
    QJsonObject enrollmentStatusScreenSettings;
    QString deviceNameTemplate;
    QString deviceType = QStringLiteral("windowsPc");
    bool hardwareHashExtractionEnabled = false;
    bool preprovisioningAllowed = false;
    bool hybridAzureADJoinSkipConnectivityCheck = false;
    bool legacyOobeOnly = false; // an old profile that reports only outOfBoxExperienceSettings
    QStringList roleScopeTagIds{QStringLiteral("0")};
    QString managementServiceAppId;
    QList<Assignment> assignments;

    QString odataType() const;
    QJsonObject toJson() const; // beta shape, both OOBE objects, deprecated fields mirrored
};

struct EnrollmentConfiguration
{
    QString id;
    QString odataType; // "#microsoft.graph.deviceEnrollmentLimitConfiguration", …
    QString configurationType; // deviceEnrollmentConfigurationType (beta)
    QString displayName;
    QString description;
    int priority = 0;
    QDateTime createdDateTime; // invalid for defaults → 0001-01-01T00:00:00Z
    QDateTime lastModifiedDateTime;
    int version = 1;
    QStringList roleScopeTagIds{QStringLiteral("0")};
    QJsonObject properties; // the subtype's own properties (limit, platform restrictions, …)
    QList<Assignment> assignments;
    bool isDefault = false;

    QJsonObject toJson(bool beta) const;
};

struct Group
{
    QString id;
    QString displayName;
    QString description;
    QString mail;
    QString mailNickname;
    bool mailEnabled = false;
    bool securityEnabled = true;
    QStringList groupTypes; // "Unified", "DynamicMembership"
    QString membershipRule;
    QDateTime createdDateTime;

    QJsonObject toJson() const;
};

struct User
{
    QString id;
    QString userPrincipalName;
    QString displayName;
    QString givenName;
    QString surname;
    QString department;
};

struct AutopilotSettings
{
    QString id = QStringLiteral("6b8f3b52-2c3f-4a9d-a3a4-6a1f6c7c8e11");
    QDateTime lastSyncDateTime;
    QDateTime lastManualSyncTriggerDateTime;
    qint64 syncRunningUntilMs = 0;
    int syncStatus = 2; // completed
};

// Device JSON as Graph serves it: beta carries every property of graph.md §1.2, v1.0 the subset.
// deviceJsonBytes() caches the compact form on the device until touch() clears it.
QByteArray deviceJson(const Device &device, bool beta);
QJsonObject deviceToJson(const Device &device, bool beta);
const QByteArray &deviceJsonBytes(const Device &device, bool beta);

// The deterministic demo tenant: every entity the emulator serves, generated from a seed.
// Lives on the emulator's thread; nothing here is thread-safe.
class DemoTenant final
{
public:
    explicit DemoTenant(const EmulatorOptions &options);

    const QString tenantId;
    const QString tenantDomain;

    QList<Device> devices; // sorted by serialNumber (the paging key)
    QList<DeploymentProfile> profiles;
    QList<EnrollmentConfiguration> configurations;
    QList<Group> groups;
    QList<User> users;
    AutopilotSettings autopilotSettings;

    int deviceIndex(const QString &id) const; // -1 when unknown or deleted
    int profileIndex(const QString &id) const;
    int configurationIndex(const QString &id) const;
    int groupIndex(const QString &id) const;
    int userIndex(const QString &userPrincipalName) const;

    // Applies assignments whose pending time has passed (pending → assigned); call before reads.
    void settle(Device &device, qint64 nowMs) const;
    void touch(Device &device) const
    {
        device.cachedJson[0].clear();
        device.cachedJson[1].clear();
    }

private:
    void rebuildIndexes();

    QHash<QString, int> m_deviceById;
    QHash<QString, int> m_profileById;
    QHash<QString, int> m_configurationById;
    QHash<QString, int> m_groupById;
    QHash<QString, int> m_userByUpn;
};

} // namespace ed::emu
