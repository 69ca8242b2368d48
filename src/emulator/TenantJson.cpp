// JSON shapes of the demo tenant's assignment targets, enrollment configurations and groups, as
// Graph serialises them (graph.md §3, §4, §6). DeploymentProfile::toJson lives with the profiles.

#include "DemoTenant.h"
#include "EmuHttp.h"
#include "EnrollmentConfigurationsApi.h"

#include <QJsonArray>

namespace ed::emu {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView graphPrefix{"#microsoft.graph."};

// "deviceEnrollmentLimitConfiguration" from "#microsoft.graph.…" or "microsoft.graph.…".
QString typeName(const QString &odataType)
{
    const QStringView type = QStringView(odataType).mid(odataType.startsWith(u'#') ? 1 : 0);
    return (type.startsWith(graphPrefix.mid(1)) ? type.mid(graphPrefix.size() - 1) : type).toString();
}

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

// --- enrollment configuration schema ------------------------------------------------------------

namespace enrollmentSchema {

QString typeFor(const QString &odataType, bool beta)
{
    if (beta)
        return odataType;
    static const QStringList v1Types{u"deviceEnrollmentLimitConfiguration"_s,
                                     u"deviceEnrollmentPlatformRestrictionsConfiguration"_s,
                                     u"deviceEnrollmentWindowsHelloForBusinessConfiguration"_s,
                                     u"windows10EnrollmentCompletionPageConfiguration"_s};
    return v1Types.contains(typeName(odataType)) ? odataType : u"#microsoft.graph.deviceEnrollmentConfiguration"_s;
}

QStringList ownProperties(const QString &odataType, bool beta)
{
    const QString type = typeName(odataType);
    if (type == u"deviceEnrollmentLimitConfiguration")
        return {u"limit"_s};
    if (type == u"deviceEnrollmentPlatformRestrictionsConfiguration") {
        QStringList properties{u"iosRestriction"_s, u"windowsRestriction"_s, u"windowsMobileRestriction"_s,
                               u"androidRestriction"_s, u"macOSRestriction"_s};
        if (beta)
            properties << u"windowsHomeSkuRestriction"_s << u"androidForWorkRestriction"_s << u"macRestriction"_s
                       << u"visionOSRestriction"_s << u"tvosRestriction"_s;
        return properties;
    }
    if (type == u"deviceEnrollmentWindowsHelloForBusinessConfiguration") {
        QStringList properties{u"pinMinimumLength"_s,
                               u"pinMaximumLength"_s,
                               u"pinUppercaseCharactersUsage"_s,
                               u"pinLowercaseCharactersUsage"_s,
                               u"pinSpecialCharactersUsage"_s,
                               u"state"_s,
                               u"securityDeviceRequired"_s,
                               u"unlockWithBiometricsEnabled"_s,
                               u"remotePassportEnabled"_s,
                               u"pinPreviousBlockCount"_s,
                               u"pinExpirationInDays"_s,
                               u"enhancedBiometricsState"_s};
        if (beta)
            properties << u"securityKeyForSignIn"_s << u"enhancedSignInSecurity"_s;
        return properties;
    }
    if (type == u"windows10EnrollmentCompletionPageConfiguration") {
        // The v1.0 resource page lists only allowNonBlockingAppInstallation of the ESP settings.
        if (!beta)
            return {u"allowNonBlockingAppInstallation"_s};
        return {u"showInstallationProgress"_s,
                u"blockDeviceSetupRetryByUser"_s,
                u"allowDeviceResetOnInstallFailure"_s,
                u"allowLogCollectionOnInstallFailure"_s,
                u"customErrorMessage"_s,
                u"installProgressTimeoutInMinutes"_s,
                u"allowDeviceUseOnInstallFailure"_s,
                u"selectedMobileAppIds"_s,
                u"allowNonBlockingAppInstallation"_s,
                u"installQualityUpdates"_s,
                u"trackInstallProgressForAutopilotOnly"_s,
                u"disableUserStatusTrackingAfterFirstUser"_s};
    }
    if (!beta)
        return {};
    if (type == u"deviceEnrollmentPlatformRestrictionConfiguration")
        return {u"platformRestriction"_s, u"platformType"_s};
    if (type == u"deviceComanagementAuthorityConfiguration")
        return {u"managedDeviceAuthority"_s, u"installConfigurationManagerAgent"_s,
                u"configurationManagerAgentCommandLineArgument"_s};
    if (type == u"windowsRestoreDeviceEnrollmentConfiguration")
        return {u"state"_s};
    return {};
}

QStringList baseProperties(bool beta)
{
    QStringList properties{u"id"_s,       u"displayName"_s,     u"description"_s,
                           u"priority"_s, u"createdDateTime"_s, u"lastModifiedDateTime"_s,
                           u"version"_s};
    if (beta)
        properties << u"roleScopeTagIds"_s << u"deviceEnrollmentConfigurationType"_s;
    return properties;
}

QStringList restrictionProperties(bool beta)
{
    QStringList properties{u"platformBlocked"_s, u"personalDeviceEnrollmentBlocked"_s, u"osMinimumVersion"_s,
                           u"osMaximumVersion"_s};
    if (beta)
        properties << u"blockedManufacturers"_s << u"blockedSkus"_s;
    return properties;
}

bool isRestrictionValued(const QString &property)
{
    return property == u"platformRestriction" || property.endsWith(u"Restriction");
}

} // namespace enrollmentSchema

// --- assignment targets ---------------------------------------------------------------------------

QJsonObject AssignmentTarget::toJson(bool beta) const
{
    QJsonObject json{{u"@odata.type"_s, odataType}};
    const QString type = typeName(odataType);
    if (type == u"groupAssignmentTarget" || type == u"exclusionGroupAssignmentTarget")
        json.insert(u"groupId"_s, groupId);
    else if (type == u"configurationManagerCollectionAssignmentTarget")
        json.insert(u"collectionId"_s, collectionId);
    if (beta) {
        json.insert(u"deviceAndAppManagementAssignmentFilterId"_s, stringOrNull(filterId));
        json.insert(u"deviceAndAppManagementAssignmentFilterType"_s, filterType.isEmpty() ? u"none"_s : filterType);
    }
    return json;
}

std::optional<AssignmentTarget> AssignmentTarget::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &reason) -> std::optional<AssignmentTarget> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    const QJsonValue typeValue = json.value("@odata.type"_L1);
    if (!typeValue.isString() || typeValue.toString().isEmpty())
        return fail(u"The assignment target has no '@odata.type'."_s);
    QString type = typeValue.toString();
    if (type.startsWith(u'#'))
        type.remove(0, 1);
    if (!type.startsWith("microsoft.graph."_L1))
        return fail(u"The assignment target type '%1' is not a microsoft.graph type."_s.arg(typeValue.toString()));
    type = type.mid(16);

    static const QStringList known{u"deviceAndAppManagementAssignmentTarget"_s,
                                   u"groupAssignmentTarget"_s,
                                   u"exclusionGroupAssignmentTarget"_s,
                                   u"allLicensedUsersAssignmentTarget"_s,
                                   u"allDevicesAssignmentTarget"_s,
                                   u"configurationManagerCollectionAssignmentTarget"_s};
    if (type == u"scopeTagGroupAssignmentTarget")
        return fail(u"The assignment target type 'microsoft.graph.scopeTagGroupAssignmentTarget' is not supported "
                    "for this entity."_s);
    if (!known.contains(type))
        return fail(u"Unknown assignment target type '%1'."_s.arg(typeValue.toString()));

    AssignmentTarget target;
    target.odataType = QString(graphPrefix) + type;
    const bool groupTarget = type == u"groupAssignmentTarget" || type == u"exclusionGroupAssignmentTarget";
    const bool collectionTarget = type == u"configurationManagerCollectionAssignmentTarget";
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == u"@odata.type") {
            continue;
        } else if (key == u"groupId" && groupTarget) {
            if (!value.isString())
                return fail(u"'groupId' must be a string."_s);
            target.groupId = value.toString().toLower();
        } else if (key == u"collectionId" && collectionTarget) {
            if (!value.isString())
                return fail(u"'collectionId' must be a string."_s);
            target.collectionId = value.toString();
        } else if (key == u"deviceAndAppManagementAssignmentFilterId") {
            if (!value.isString() && !value.isNull())
                return fail(u"'deviceAndAppManagementAssignmentFilterId' must be a string."_s);
            target.filterId = value.toString();
        } else if (key == u"deviceAndAppManagementAssignmentFilterType") {
            static const QStringList filterTypes{u"none"_s, u"include"_s, u"exclude"_s};
            if (!value.isString() || !filterTypes.contains(value.toString()))
                return fail(u"'%1' is not a valid deviceAndAppManagementAssignmentFilterType."_s.arg(
                        value.isString() ? value.toString() : u"(not a string)"_s));
            target.filterType = value.toString();
        } else {
            return fail(u"The property '%1' does not exist on type 'microsoft.graph.%2'."_s.arg(key, type));
        }
    }
    if (groupTarget && target.groupId.isEmpty())
        return fail(u"A %1 needs a 'groupId'."_s.arg(type));
    if (collectionTarget && target.collectionId.isEmpty())
        return fail(u"A configurationManagerCollectionAssignmentTarget needs a 'collectionId'."_s);
    if (target.filterType != u"none" && target.filterId.isEmpty())
        return fail(u"An assignment filter of type '%1' needs a 'deviceAndAppManagementAssignmentFilterId'."_s.arg(
                target.filterType));
    return target;
}

// --- enrollment configurations --------------------------------------------------------------------

QJsonObject EnrollmentConfiguration::toJson(bool beta) const
{
    const QString type = enrollmentSchema::typeFor(odataType, beta);
    QJsonObject json{{u"@odata.type"_s, type},
                     {u"id"_s, id},
                     {u"displayName"_s, displayName},
                     {u"description"_s, description},
                     {u"priority"_s, priority},
                     {u"createdDateTime"_s, graphTime(createdDateTime)},
                     {u"lastModifiedDateTime"_s, graphTime(lastModifiedDateTime)},
                     {u"version"_s, version}};
    if (beta) {
        json.insert(u"roleScopeTagIds"_s, QJsonArray::fromStringList(roleScopeTagIds));
        json.insert(u"deviceEnrollmentConfigurationType"_s, configurationType);
    }
    const QStringList restrictionKeys = enrollmentSchema::restrictionProperties(beta);
    const QStringList own = enrollmentSchema::ownProperties(type, beta);
    for (const QString &property : own) {
        if (!properties.contains(property))
            continue;
        QJsonValue value = properties.value(property);
        if (!beta && value.isObject() && enrollmentSchema::isRestrictionValued(property)) {
            const QJsonObject full = value.toObject();
            QJsonObject trimmed;
            for (const QString &key : restrictionKeys)
                if (full.contains(key))
                    trimmed.insert(key, full.value(key));
            value = trimmed;
        }
        json.insert(property, value);
    }
    return json;
}

// --- groups ---------------------------------------------------------------------------------------

QJsonObject Group::toJson() const
{
    // The v1.0 default property set, in the shape of the group-list example (groups-list-v1.json).
    const bool unified = groupTypes.contains(u"Unified"_s);
    const bool dynamic = groupTypes.contains(u"DynamicMembership"_s);
    QJsonArray proxyAddresses;
    if (mailEnabled && !mail.isEmpty())
        proxyAddresses.append(QString(u"SMTP:"_s + mail));
    // Microsoft 365 groups are Private or Public (derived from the id, so stable); others have none.
    const QJsonValue visibility = unified
            ? QJsonValue(id.isEmpty() || id.at(0).toLatin1() % 3 != 0 ? u"Private"_s : u"Public"_s)
            : QJsonValue(QJsonValue::Null);
    // The directory writes whole seconds ("2018-12-22T02:21:05Z"), unlike Intune.
    const QString created =
            createdDateTime.isValid() ? createdDateTime.toUTC().toString(Qt::ISODate) : graphTime(createdDateTime);
    return QJsonObject{
            {u"id"_s, id},
            {u"deletedDateTime"_s, QJsonValue::Null},
            {u"classification"_s, QJsonValue::Null},
            {u"createdDateTime"_s, created},
            {u"description"_s, stringOrNull(description)},
            {u"displayName"_s, displayName},
            {u"expirationDateTime"_s, QJsonValue::Null},
            {u"groupTypes"_s, QJsonArray::fromStringList(groupTypes)},
            {u"isAssignableToRole"_s, QJsonValue::Null},
            {u"mail"_s, mailEnabled ? stringOrNull(mail) : QJsonValue()},
            {u"mailEnabled"_s, mailEnabled},
            {u"mailNickname"_s, mailNickname},
            {u"membershipRule"_s, dynamic ? stringOrNull(membershipRule) : QJsonValue(QJsonValue::Null)},
            {u"membershipRuleProcessingState"_s, dynamic ? QJsonValue(u"On"_s) : QJsonValue(QJsonValue::Null)},
            {u"onPremisesLastSyncDateTime"_s, QJsonValue::Null},
            {u"onPremisesSecurityIdentifier"_s, QJsonValue::Null},
            {u"onPremisesSyncEnabled"_s, QJsonValue::Null},
            {u"preferredDataLocation"_s, QJsonValue::Null},
            {u"preferredLanguage"_s, QJsonValue::Null},
            {u"proxyAddresses"_s, proxyAddresses},
            {u"renewedDateTime"_s, created},
            {u"resourceBehaviorOptions"_s, QJsonArray()},
            {u"resourceProvisioningOptions"_s, QJsonArray()},
            {u"securityEnabled"_s, securityEnabled},
            {u"theme"_s, QJsonValue::Null},
            {u"visibility"_s, visibility},
            {u"onPremisesProvisioningErrors"_s, QJsonArray()}};
}

} // namespace ed::emu
