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

// A Windows Autopilot deployment profile (windowsAutopilotDeploymentProfile, beta, graph.md §2),
// either subtype. Deprecated properties are read when their replacements are absent (locale ←
// language, outOfBoxExperienceSetting ← outOfBoxExperienceSettings, hardwareHashExtractionEnabled
// ← extractHardwareHash, preprovisioningAllowed ← enableWhiteGlove). The JSON as read is kept for
// the details pane.
struct DeploymentProfile
{
    // From @odata.type.
    enum class Kind : std::uint8_t {
        AzureADJoin, // azureADWindowsAutopilotDeploymentProfile
        HybridAzureADJoin, // activeDirectoryWindowsAutopilotDeploymentProfile
        Other
    };
    // windowsUserType.
    enum class UserType : std::uint8_t { Administrator, Standard, UnknownFutureValue, Other };
    // windowsDeviceUsageType.
    enum class DeviceUsageType : std::uint8_t { SingleUser, Shared, UnknownFutureValue, Other };
    // windowsAutopilotDeviceType.
    enum class DeviceType : std::uint8_t {
        WindowsPc,
        HoloLens,
        SurfaceHub2,
        SurfaceHub2S,
        VirtualMachine,
        UnknownFutureValue,
        Other
    };

    // outOfBoxExperienceSetting (new names; the deprecated object's are mapped onto them).
    struct OutOfBoxExperience
    {
        bool privacySettingsHidden = false; // hidePrivacySettings
        bool eulaHidden = false; // hideEULA
        bool keyboardSelectionPageSkipped = false; // skipKeyboardSelectionPage
        bool escapeLinkHidden = false; // hideEscapeLink
        UserType userType = UserType::Administrator;
        DeviceUsageType deviceUsageType = DeviceUsageType::SingleUser;
        bool fromDeprecatedSettings = false; // read from outOfBoxExperienceSettings
    };

    // windowsEnrollmentStatusScreenSettings.
    struct EnrollmentStatusScreen
    {
        bool hideInstallationProgress = false;
        bool allowDeviceUseBeforeProfileAndAppInstallComplete = false;
        bool blockDeviceSetupRetryByUser = false;
        bool allowLogCollectionOnInstallFailure = false;
        bool allowDeviceUseOnInstallFailure = false;
        int installProgressTimeoutInMinutes = 0;
        QString customErrorMessage;
    };

    Kind kind = Kind::Other;
    DeviceType deviceType = DeviceType::WindowsPc;
    bool hardwareHashExtractionEnabled = false;
    bool preprovisioningAllowed = false;
    bool hybridAzureADJoinSkipConnectivityCheck = false; // hybrid join only
    bool assignmentsExpanded = false; // the JSON carried `assignments` ($expand)
    QString odataType; // as read
    QString id;
    QString displayName;
    QString description;
    QString locale; // locale, else the deprecated language
    QDateTime createdDateTime;
    QDateTime lastModifiedDateTime;
    std::optional<OutOfBoxExperience> outOfBoxExperience; // none when neither object is present
    std::optional<EnrollmentStatusScreen> enrollmentStatusScreen;
    QString deviceNameTemplate;
    QStringList roleScopeTagIds;
    QString managementServiceAppId;
    QList<Assignment> assignments; // from $expand=assignments, when present
    UnknownEnumValues unknownEnums; // userType, deviceUsageType, deviceType not recognised
    QJsonObject json; // as read: "raw JSON one click away"

    bool isHybridJoin() const { return kind == Kind::HybridAzureADJoin; }

    static DeploymentProfile fromJson(const QJsonObject &json);
    static QList<DeploymentProfile> listFromJson(const QJsonArray &values); // non-objects are skipped
};

template<>
struct GraphEnumTraits<DeploymentProfile::Kind>
{
    static constexpr QLatin1StringView names[] = {
            QLatin1StringView("azureADWindowsAutopilotDeploymentProfile"),
            QLatin1StringView("activeDirectoryWindowsAutopilotDeploymentProfile")};
};

template<>
struct GraphEnumTraits<DeploymentProfile::UserType>
{
    static constexpr QLatin1StringView names[] = {QLatin1StringView("administrator"), QLatin1StringView("standard"),
                                                  QLatin1StringView("unknownFutureValue")};
};

template<>
struct GraphEnumTraits<DeploymentProfile::DeviceUsageType>
{
    static constexpr QLatin1StringView names[] = {QLatin1StringView("singleUser"), QLatin1StringView("shared"),
                                                  QLatin1StringView("unknownFutureValue")};
};

template<>
struct GraphEnumTraits<DeploymentProfile::DeviceType>
{
    static constexpr QLatin1StringView names[] = {
            QLatin1StringView("windowsPc"),      QLatin1StringView("holoLens"),
            QLatin1StringView("surfaceHub2"),    QLatin1StringView("surfaceHub2S"),
            QLatin1StringView("virtualMachine"), QLatin1StringView("unknownFutureValue")};
};

} // namespace ed
