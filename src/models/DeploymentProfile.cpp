#include "DeploymentProfile.h"

#include "GraphJson.h"

namespace ed {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView userTypeKey("userType");
constexpr QLatin1StringView deviceUsageTypeKey("deviceUsageType");

// The new property, else the deprecated one, else fallback.
bool booleanWithFallback(const QJsonObject &json, QLatin1StringView key, QLatin1StringView deprecatedKey,
                         bool fallback = false)
{
    return GraphJson::optionalBoolean(json, key).value_or(GraphJson::boolean(json, deprecatedKey, fallback));
}

std::optional<DeploymentProfile::OutOfBoxExperience> readOutOfBoxExperience(const QJsonObject &json,
                                                                            UnknownEnumValues &unknown)
{
    using P = DeploymentProfile;
    P::OutOfBoxExperience oobe;
    const QJsonValue current = json.value("outOfBoxExperienceSetting"_L1);
    const QJsonValue deprecated = json.value("outOfBoxExperienceSettings"_L1);
    QJsonObject settings;
    if (current.isObject()) {
        settings = current.toObject();
        oobe.privacySettingsHidden = GraphJson::boolean(settings, "privacySettingsHidden"_L1);
        oobe.eulaHidden = GraphJson::boolean(settings, "eulaHidden"_L1);
        oobe.keyboardSelectionPageSkipped = GraphJson::boolean(settings, "keyboardSelectionPageSkipped"_L1);
        oobe.escapeLinkHidden = GraphJson::boolean(settings, "escapeLinkHidden"_L1);
    } else if (deprecated.isObject()) {
        settings = deprecated.toObject();
        oobe.privacySettingsHidden = GraphJson::boolean(settings, "hidePrivacySettings"_L1);
        oobe.eulaHidden = GraphJson::boolean(settings, "hideEULA"_L1);
        oobe.keyboardSelectionPageSkipped = GraphJson::boolean(settings, "skipKeyboardSelectionPage"_L1);
        oobe.escapeLinkHidden = GraphJson::boolean(settings, "hideEscapeLink"_L1);
        oobe.fromDeprecatedSettings = true;
    } else {
        return std::nullopt;
    }
    // userType and deviceUsageType have the same names in both objects.
    oobe.userType = GraphEnum::read(settings, userTypeKey, P::UserType::Administrator, unknown);
    oobe.deviceUsageType = GraphEnum::read(settings, deviceUsageTypeKey, P::DeviceUsageType::SingleUser, unknown);
    return oobe;
}

std::optional<DeploymentProfile::EnrollmentStatusScreen> readEnrollmentStatusScreen(const QJsonObject &json)
{
    const QJsonValue value = json.value("enrollmentStatusScreenSettings"_L1);
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject settings = value.toObject();
    DeploymentProfile::EnrollmentStatusScreen esp;
    esp.hideInstallationProgress = GraphJson::boolean(settings, "hideInstallationProgress"_L1);
    esp.allowDeviceUseBeforeProfileAndAppInstallComplete =
            GraphJson::boolean(settings, "allowDeviceUseBeforeProfileAndAppInstallComplete"_L1);
    esp.blockDeviceSetupRetryByUser = GraphJson::boolean(settings, "blockDeviceSetupRetryByUser"_L1);
    esp.allowLogCollectionOnInstallFailure = GraphJson::boolean(settings, "allowLogCollectionOnInstallFailure"_L1);
    esp.allowDeviceUseOnInstallFailure = GraphJson::boolean(settings, "allowDeviceUseOnInstallFailure"_L1);
    esp.installProgressTimeoutInMinutes = GraphJson::integer(settings, "installProgressTimeoutInMinutes"_L1);
    esp.customErrorMessage = GraphJson::string(settings, "customErrorMessage"_L1);
    return esp;
}

} // namespace

DeploymentProfile DeploymentProfile::fromJson(const QJsonObject &json)
{
    DeploymentProfile p;
    p.json = json;
    p.odataType = GraphJson::odataType(json);
    if (!p.odataType.isEmpty())
        p.kind = GraphEnum::fromWire<Kind>(GraphJson::typeName(p.odataType)).value_or(Kind::Other);
    p.id = GraphJson::string(json, "id"_L1);
    p.displayName = GraphJson::string(json, "displayName"_L1);
    p.description = GraphJson::string(json, "description"_L1);
    p.locale = GraphJson::string(json, "locale"_L1);
    if (p.locale.isEmpty())
        p.locale = GraphJson::string(json, "language"_L1);
    p.createdDateTime = GraphJson::dateTime(json, "createdDateTime"_L1);
    p.lastModifiedDateTime = GraphJson::dateTime(json, "lastModifiedDateTime"_L1);
    p.outOfBoxExperience = readOutOfBoxExperience(json, p.unknownEnums);
    p.enrollmentStatusScreen = readEnrollmentStatusScreen(json);
    p.deviceNameTemplate = GraphJson::string(json, "deviceNameTemplate"_L1);
    p.deviceType = GraphEnum::read(json, "deviceType"_L1, DeviceType::WindowsPc, p.unknownEnums);
    p.hardwareHashExtractionEnabled =
            booleanWithFallback(json, "hardwareHashExtractionEnabled"_L1, "extractHardwareHash"_L1);
    p.preprovisioningAllowed = booleanWithFallback(json, "preprovisioningAllowed"_L1, "enableWhiteGlove"_L1);
    p.hybridAzureADJoinSkipConnectivityCheck = GraphJson::boolean(json, "hybridAzureADJoinSkipConnectivityCheck"_L1);
    p.roleScopeTagIds = GraphJson::stringList(json, "roleScopeTagIds"_L1);
    p.managementServiceAppId = GraphJson::string(json, "managementServiceAppId"_L1);
    const QJsonValue assignments = json.value("assignments"_L1);
    p.assignmentsExpanded = assignments.isArray();
    p.assignments = Assignment::listFromJson(assignments.toArray());
    return p;
}

QList<DeploymentProfile> DeploymentProfile::listFromJson(const QJsonArray &values)
{
    QList<DeploymentProfile> profiles;
    profiles.reserve(values.size());
    for (const QJsonValue &value : values)
        if (value.isObject())
            profiles.append(fromJson(value.toObject()));
    return profiles;
}

} // namespace ed
