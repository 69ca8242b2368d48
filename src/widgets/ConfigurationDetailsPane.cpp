#include "ConfigurationDetailsPane.h"

#include "models/EnrollmentConfigurationModel.h"
#include "models/GraphJson.h"
#include "widgets/DeviceDetailsPane.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

using Kind = EnrollmentConfiguration::Kind;

const QString dash = QStringLiteral("—");

// The platforms of the plural restrictions configuration, in the portal's order: field key
// suffix, JSON property, label.
struct Platform
{
    QLatin1StringView key;
    QLatin1StringView property;
    const char *label;
};
constexpr Platform platforms[] = {
        {QLatin1StringView("android"), QLatin1StringView("androidRestriction"),
         QT_TRANSLATE_NOOP("ed::ConfigurationDetailsPane", "Android device administrator")},
        {QLatin1StringView("androidForWork"), QLatin1StringView("androidForWorkRestriction"),
         QT_TRANSLATE_NOOP("ed::ConfigurationDetailsPane", "Android Enterprise (work profile)")},
        {QLatin1StringView("ios"), QLatin1StringView("iosRestriction"),
         QT_TRANSLATE_NOOP("ed::ConfigurationDetailsPane", "iOS/iPadOS")},
        {QLatin1StringView("macOS"), QLatin1StringView("macOSRestriction"),
         QT_TRANSLATE_NOOP("ed::ConfigurationDetailsPane", "macOS")},
        {QLatin1StringView("mac"), QLatin1StringView("macRestriction"),
         QT_TRANSLATE_NOOP("ed::ConfigurationDetailsPane", "Mac (macRestriction)")},
        {QLatin1StringView("windows"), QLatin1StringView("windowsRestriction"),
         QT_TRANSLATE_NOOP("ed::ConfigurationDetailsPane", "Windows")},
        {QLatin1StringView("windowsHomeSku"), QLatin1StringView("windowsHomeSkuRestriction"),
         QT_TRANSLATE_NOOP("ed::ConfigurationDetailsPane", "Windows Home SKU")},
        {QLatin1StringView("windowsMobile"), QLatin1StringView("windowsMobileRestriction"),
         QT_TRANSLATE_NOOP("ed::ConfigurationDetailsPane", "Windows Mobile")},
        {QLatin1StringView("visionOS"), QLatin1StringView("visionOSRestriction"),
         QT_TRANSLATE_NOOP("ed::ConfigurationDetailsPane", "visionOS")},
        {QLatin1StringView("tvos"), QLatin1StringView("tvosRestriction"),
         QT_TRANSLATE_NOOP("ed::ConfigurationDetailsPane", "tvOS")},
};

// Properties each settings group puts into words; the rest goes to "Other properties".
const QStringList helloKeys = {
        u"state"_s,
        u"pinMinimumLength"_s,
        u"pinMaximumLength"_s,
        u"pinUppercaseCharactersUsage"_s,
        u"pinLowercaseCharactersUsage"_s,
        u"pinSpecialCharactersUsage"_s,
        u"pinExpirationInDays"_s,
        u"pinPreviousBlockCount"_s,
        u"unlockWithBiometricsEnabled"_s,
        u"enhancedBiometricsState"_s,
        u"remotePassportEnabled"_s,
        u"securityDeviceRequired"_s,
        u"securityKeyForSignIn"_s,
        u"enhancedSignInSecurity"_s,
};
const QStringList statusPageKeys = {
        u"showInstallationProgress"_s,
        u"blockDeviceSetupRetryByUser"_s,
        u"installProgressTimeoutInMinutes"_s,
        u"customErrorMessage"_s,
        u"allowDeviceResetOnInstallFailure"_s,
        u"allowLogCollectionOnInstallFailure"_s,
        u"allowDeviceUseOnInstallFailure"_s,
        u"selectedMobileAppIds"_s,
        u"allowNonBlockingAppInstallation"_s,
        u"installQualityUpdates"_s,
        u"trackInstallProgressForAutopilotOnly"_s,
        u"disableUserStatusTrackingAfterFirstUser"_s,
};
const QStringList comanagementKeys = {u"managedDeviceAuthority"_s, u"installConfigurationManagerAgent"_s,
                                      u"configurationManagerAgentCommandLineArgument"_s};

QString yesNo(const QJsonObject &p, QLatin1StringView key)
{
    const QJsonValue v = p.value(key);
    if (!v.isBool())
        return dash;
    return v.toBool() ? ConfigurationDetailsPane::tr("Yes") : ConfigurationDetailsPane::tr("No");
}

QString allowedBlocked(const QJsonValue &blocked)
{
    if (!blocked.isBool())
        return dash;
    return blocked.toBool() ? ConfigurationDetailsPane::tr("Blocked") : ConfigurationDetailsPane::tr("Allowed");
}

QString number(const QJsonObject &p, QLatin1StringView key)
{
    const std::optional<int> n = GraphJson::optionalInteger(p, key);
    return n ? QLocale().toString(*n) : dash;
}

// enablement: notConfigured, enabled, disabled.
QString enablement(const QJsonObject &p, QLatin1StringView key)
{
    const QJsonValue v = p.value(key);
    if (!v.isString() || v.toString().isEmpty())
        return dash;
    const QString s = v.toString();
    if (s.compare("enabled"_L1, Qt::CaseInsensitive) == 0)
        return ConfigurationDetailsPane::tr("Enabled");
    if (s.compare("disabled"_L1, Qt::CaseInsensitive) == 0)
        return ConfigurationDetailsPane::tr("Disabled");
    if (s.compare("notConfigured"_L1, Qt::CaseInsensitive) == 0)
        return ConfigurationDetailsPane::tr("Not configured");
    return s; // a value the app does not know: what Graph said
}

// windowsHelloForBusinessPinUsage: allowed, required, disallowed.
QString pinUsage(const QJsonObject &p, QLatin1StringView key)
{
    const QJsonValue v = p.value(key);
    if (!v.isString() || v.toString().isEmpty())
        return dash;
    const QString s = v.toString();
    if (s.compare("allowed"_L1, Qt::CaseInsensitive) == 0)
        return ConfigurationDetailsPane::tr("Allowed");
    if (s.compare("required"_L1, Qt::CaseInsensitive) == 0)
        return ConfigurationDetailsPane::tr("Required");
    if (s.compare("disallowed"_L1, Qt::CaseInsensitive) == 0)
        return ConfigurationDetailsPane::tr("Not allowed");
    return s;
}

// A version bound: the text, "none" for null or "", "—" when missing or not a string.
QString versionBound(const QJsonObject &o, QLatin1StringView key, const QString &none)
{
    if (!o.contains(key))
        return dash;
    const QJsonValue v = o.value(key);
    if (v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return none;
    return v.isString() ? v.toString().trimmed() : dash;
}

// A list of strings: joined, "None" when empty, "—" when missing or not an array.
QString stringList(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isNull() && o.contains(key))
        return ConfigurationDetailsPane::tr("None");
    if (!v.isArray())
        return dash;
    const QStringList items = GraphJson::stringList(o, key);
    return items.isEmpty() ? ConfigurationDetailsPane::tr("None") : items.join(", "_L1);
}

} // namespace

ConfigurationDetailsPane::ConfigurationDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_frame(this, u"configuration"_s,
              {.placeholder = tr("Select an enrollment configuration to see all its settings."),
               .placeholderName = tr("No configuration selected"),
               .titleName = tr("Configuration name"),
               .rawJson = tr("Raw JSON…"),
               .rawJsonName = tr("Show the configuration's JSON as Microsoft Graph sent it"),
               .scrollName = tr("Enrollment configuration settings")})
    , m_fields(new DetailsForm(u"configurationDetail_"_s, u"configurationCopy_"_s, this))
{
    setObjectName(u"configurationDetailsPane"_s);
    setAccessibleName(tr("Enrollment configuration settings"));
    connect(m_frame.rawJsonButton(), &QPushButton::clicked, this, &ConfigurationDetailsPane::showRawJson);

    // Two columns: what the configuration is on the left, its settings on the right.
    QVBoxLayout *left = m_frame.left();
    QVBoxLayout *right = m_frame.right();
    const auto group = [this](QVBoxLayout *column, const QString &objectName, const QString &title) {
        QFormLayout *form = m_frame.addGroup(column, objectName, title);
        m_groups.insert(objectName, qobject_cast<QGroupBox *>(form->parentWidget()));
        return form;
    };

    QFormLayout *general = group(left, u"configurationGeneralGroup"_s, tr("General"));
    m_fields->addField(general, u"name"_s, tr("Name"));
    m_fields->addField(general, u"type"_s, tr("Type"));
    m_fields->addField(general, u"priority"_s, tr("Priority"));
    m_fields->addField(general, u"assignments"_s, tr("Assignments"));
    m_fields->addField(general, u"description"_s, tr("Description"));
    m_fields->addField(general, u"version"_s, tr("Version"));
    m_fields->addField(general, u"created"_s, tr("Created"));
    m_fields->addField(general, u"modified"_s, tr("Last modified"));
    m_fields->addField(general, u"scopeTags"_s, tr("Scope tags"));
    m_fields->addField(general, u"id"_s, tr("Configuration ID"), true);
    left->addStretch(1);

    QFormLayout *limit = group(right, u"limitGroup"_s, tr("Device limit"));
    m_fields->addField(limit, u"limit"_s, tr("Maximum devices per user"));
    m_limitNote =
            new QLabel(tr("Device limits do not apply to Windows Autopilot and Microsoft Entra join enrollments."),
                       m_frame.content());
    m_limitNote->setObjectName(u"configurationLimitNote"_s);
    m_limitNote->setAccessibleName(tr("Where the device limit applies"));
    m_limitNote->setWordWrap(true);
    limit->addRow(m_limitNote);

    QFormLayout *restrictions = group(right, u"restrictionsGroup"_s, tr("Device platform restrictions"));
    for (const Platform &platform : platforms)
        m_fields->addField(restrictions, u"restriction_"_s + platform.key, tr(platform.label));

    QFormLayout *single = group(right, u"singleRestrictionGroup"_s, tr("Device platform restriction"));
    m_fields->addField(single, u"platformType"_s, tr("Platform"));
    m_fields->addField(single, u"platformAllowed"_s, tr("Enrollment of this platform"));
    m_fields->addField(single, u"personalDevices"_s, tr("Personally owned devices"));
    m_fields->addField(single, u"osMinimum"_s, tr("Minimum OS version"));
    m_fields->addField(single, u"osMaximum"_s, tr("Maximum OS version"));
    m_fields->addField(single, u"blockedManufacturers"_s, tr("Blocked manufacturers"));
    m_fields->addField(single, u"blockedSkus"_s, tr("Blocked SKUs"));

    QFormLayout *hello = group(right, u"helloGroup"_s, tr("Windows Hello for Business"));
    m_fields->addField(hello, u"helloState"_s, tr("Windows Hello for Business"));
    m_fields->addField(hello, u"pinMinimumLength"_s, tr("Minimum PIN length"));
    m_fields->addField(hello, u"pinMaximumLength"_s, tr("Maximum PIN length"));
    m_fields->addField(hello, u"pinUppercase"_s, tr("Uppercase letters in PIN"));
    m_fields->addField(hello, u"pinLowercase"_s, tr("Lowercase letters in PIN"));
    m_fields->addField(hello, u"pinSpecial"_s, tr("Special characters in PIN"));
    m_fields->addField(hello, u"pinExpiration"_s, tr("PIN expiration"));
    m_fields->addField(hello, u"pinHistory"_s, tr("Previous PINs remembered"));
    m_fields->addField(hello, u"biometrics"_s, tr("Allow biometric authentication"));
    m_fields->addField(hello, u"enhancedAntiSpoofing"_s, tr("Enhanced anti-spoofing"));
    m_fields->addField(hello, u"remotePassport"_s, tr("Phone sign-in (remote passport)"));
    m_fields->addField(hello, u"securityDeviceRequired"_s, tr("Trusted Platform Module (TPM) required"));
    m_fields->addField(hello, u"securityKeys"_s, tr("Security keys for sign-in"));
    m_fields->addField(hello, u"enhancedSignInSecurity"_s, tr("Enhanced sign-in security"));

    QFormLayout *esp = group(right, u"espGroup"_s, tr("Enrollment Status Page"));
    m_fields->addField(esp, u"espShowProgress"_s, tr("Show app and profile installation progress"));
    m_fields->addField(esp, u"espTimeout"_s, tr("Error after (installation timeout)"));
    m_fields->addField(esp, u"espErrorMessage"_s, tr("Custom error message"));
    m_fields->addField(esp, u"espBlockRetry"_s, tr("Block the user from retrying setup after a failure"));
    m_fields->addField(esp, u"espAllowReset"_s, tr("Allow the user to reset the device on failure"));
    m_fields->addField(esp, u"espAllowUseOnFailure"_s, tr("Allow the user to use the device on failure"));
    m_fields->addField(esp, u"espLogCollection"_s, tr("Allow log collection on failure"));
    m_fields->addField(esp, u"espSelectedApps"_s, tr("Apps the page waits for"));
    m_fields->addField(esp, u"espNonBlockingApps"_s, tr("Ignore failures of non-blocking apps"));
    m_fields->addField(esp, u"espQualityUpdates"_s, tr("Install Windows quality updates"));
    m_fields->addField(esp, u"espAutopilotOnly"_s, tr("Only show the page to devices provisioned by Autopilot (OOBE)"));
    m_fields->addField(esp, u"espDisableUserTracking"_s, tr("Stop tracking after the first user"));

    QFormLayout *comanagement = group(right, u"comanagementGroup"_s, tr("Co-management authority"));
    m_fields->addField(comanagement, u"managedDeviceAuthority"_s, tr("Managed device authority"));
    m_fields->addField(comanagement, u"installAgent"_s, tr("Install the Configuration Manager agent"));
    m_fields->addField(comanagement, u"agentCommandLine"_s, tr("Agent command-line arguments"));

    QFormLayout *restore = group(right, u"restoreGroup"_s, tr("Windows restore"));
    m_fields->addField(restore, u"restoreState"_s, tr("Windows restore"));

    QFormLayout *other = group(right, u"otherGroup"_s, tr("Other properties"));
    m_fields->addField(other, u"otherProperties"_s, tr("Properties"));
    m_otherGroup = m_groups.value(u"otherGroup"_s);
    right->addStretch(1);
    clear();
}

ConfigurationDetailsPane::~ConfigurationDetailsPane() = default;

QString ConfigurationDetailsPane::fieldText(const QString &key) const
{
    return m_fields->fieldText(key);
}

QStringList ConfigurationDetailsPane::fieldKeys() const
{
    return m_fields->keys();
}

bool ConfigurationDetailsPane::isShowingConfiguration() const
{
    return m_frame.isShowingPage();
}

QString ConfigurationDetailsPane::visibleSettingsGroup() const
{
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        if (it.key() != u"configurationGeneralGroup"_s && it.value() != m_otherGroup && !it.value()->isHidden())
            return it.key();
    return m_otherGroup && !m_otherGroup->isHidden() ? m_otherGroup->objectName() : QString();
}

void ConfigurationDetailsPane::clear()
{
    m_configuration = {};
    m_fields->clear();
    m_frame.showPlaceholder();
}

QString ConfigurationDetailsPane::restrictionText(const QJsonValue &restriction)
{
    if (!restriction.isObject())
        return dash;
    const QJsonObject o = restriction.toObject();
    const QJsonValue blocked = o.value("platformBlocked"_L1);
    if (blocked.isBool() && blocked.toBool())
        return tr("Blocked");
    QStringList parts;
    parts.append(blocked.isBool() ? tr("Allowed") : tr("Allowed or blocked: —"));
    const QJsonValue personal = o.value("personalDeviceEnrollmentBlocked"_L1);
    if (personal.isBool())
        parts.append(personal.toBool() ? tr("personally owned devices blocked")
                                       : tr("personally owned devices allowed"));
    else
        parts.append(tr("personally owned devices: —"));
    // A bound not sent is no bound; one of another type cannot be read.
    const auto bound = [&o](QLatin1StringView key) {
        return o.contains(key) ? versionBound(o, key, QString()) : QString();
    };
    const QString minimum = bound("osMinimumVersion"_L1);
    const QString maximum = bound("osMaximumVersion"_L1);
    if (minimum == dash || maximum == dash)
        parts.append(tr("OS version: —"));
    else if (minimum.isEmpty() && maximum.isEmpty())
        parts.append(tr("any OS version"));
    else if (maximum.isEmpty())
        parts.append(tr("OS %1 or later").arg(minimum));
    else if (minimum.isEmpty())
        parts.append(tr("OS %1 or earlier").arg(maximum));
    else
        parts.append(tr("OS %1 to %2").arg(minimum, maximum));
    const QStringList manufacturers = GraphJson::stringList(o, "blockedManufacturers"_L1);
    if (!manufacturers.isEmpty())
        parts.append(tr("blocked manufacturers: %1").arg(manufacturers.join(", "_L1)));
    const QStringList skus = GraphJson::stringList(o, "blockedSkus"_L1);
    if (!skus.isEmpty())
        parts.append(tr("blocked SKUs: %1").arg(skus.join(", "_L1)));
    return parts.join("; "_L1);
}

QString ConfigurationDetailsPane::propertyLine(const QString &key, const QJsonValue &value)
{
    QString text;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        text = dash;
        break;
    case QJsonValue::Bool:
        text = value.toBool() ? u"true"_s : u"false"_s;
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        text = std::floor(d) == d && std::abs(d) < 1e15 ? QString::number(static_cast<qint64>(d)) : QString::number(d);
        break;
    }
    case QJsonValue::String:
        text = value.toString();
        break;
    case QJsonValue::Array:
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Object:
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        break;
    }
    return tr("%1: %2").arg(key, text);
}

void ConfigurationDetailsPane::showConfiguration(const EnrollmentConfiguration &c, const QStringList &assignmentLines)
{
    using M = EnrollmentConfigurationModel;
    m_configuration = c;
    m_frame.showPage(c.displayName, c.id);
    m_fields->clear();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_fields->setField(u"name"_s, c.displayName.isEmpty() ? dash : c.displayName);
    m_fields->setField(u"type"_s, M::typeText(c), c.odataType);
    m_fields->setField(u"priority"_s,
                       c.isDefault ? tr("Default (0): applies last, to all users and all devices")
                                   : QLocale().toString(c.priority),
                       c.isDefault ? M::defaultToolTip() : QString());
    m_fields->setField(u"assignments"_s, assignmentLines.join(u'\n'));
    m_fields->setField(u"description"_s, c.description.isEmpty() ? tr("None") : c.description);
    m_fields->setField(u"version"_s, QLocale().toString(c.version));
    m_fields->setField(u"created"_s, DeviceDetailsPane::timeText(c.createdDateTime, now, dash));
    m_fields->setField(u"modified"_s, DeviceDetailsPane::timeText(c.lastModifiedDateTime, now, dash));
    m_fields->setField(u"scopeTags"_s, scopeTagsText(c.roleScopeTagIds, tr("Default (0)"), tr("None")));
    m_fields->setField(u"id"_s, c.id);

    for (QGroupBox *box : std::as_const(m_groups))
        if (box->objectName() != u"configurationGeneralGroup"_s)
            box->hide();
    const QJsonObject &p = c.properties;
    switch (c.kind) {
    case Kind::DeviceLimit:
        showLimit(p);
        break;
    case Kind::PlatformRestrictions:
        showRestrictions(p);
        break;
    case Kind::SinglePlatformRestriction:
        showSingleRestriction(p);
        break;
    case Kind::WindowsHelloForBusiness:
        showHelloForBusiness(p);
        break;
    case Kind::EnrollmentStatusPage:
        showStatusPage(p);
        break;
    case Kind::ComanagementAuthority:
        showComanagement(p);
        break;
    case Kind::WindowsRestore:
        showRestore(p);
        break;
    case Kind::EnrollmentNotifications:
    case Kind::Other:
        showOtherProperties(p, {}, true);
        break;
    }
}

void ConfigurationDetailsPane::showGroup(const QString &objectName)
{
    if (QGroupBox *box = m_groups.value(objectName))
        box->show();
}

void ConfigurationDetailsPane::showLimit(const QJsonObject &p)
{
    showGroup(u"limitGroup"_s);
    const std::optional<int> limit = GraphJson::optionalInteger(p, "limit"_L1);
    m_fields->setField(u"limit"_s, limit ? tr("%n device(s)", nullptr, *limit) : dash);
    showOtherProperties(p, {u"limit"_s}, false);
}

void ConfigurationDetailsPane::showRestrictions(const QJsonObject &p)
{
    showGroup(u"restrictionsGroup"_s);
    QStringList shown;
    for (const Platform &platform : platforms) {
        const QString key = u"restriction_"_s + platform.key;
        if (p.contains(platform.property)) {
            m_fields->setField(key, restrictionText(p.value(platform.property)));
            shown.append(platform.property);
        } else {
            // v1.0 sends five platforms; the others are not reported.
            m_fields->setField(key, tr("Not reported"));
        }
    }
    showOtherProperties(p, shown, false);
}

void ConfigurationDetailsPane::showSingleRestriction(const QJsonObject &p)
{
    showGroup(u"singleRestrictionGroup"_s);
    const QString platform = GraphJson::string(p, "platformType"_L1);
    m_fields->setField(u"platformType"_s,
                       platform.isEmpty() ? dash : EnrollmentConfigurationModel::platformText(platform), platform);
    const QJsonValue restriction = p.value("platformRestriction"_L1);
    const QJsonObject o = restriction.toObject();
    if (!restriction.isObject()) {
        for (const QString &key : {u"platformAllowed"_s, u"personalDevices"_s, u"osMinimum"_s, u"osMaximum"_s,
                                   u"blockedManufacturers"_s, u"blockedSkus"_s})
            m_fields->setField(key, dash);
    } else {
        m_fields->setField(u"platformAllowed"_s, allowedBlocked(o.value("platformBlocked"_L1)));
        m_fields->setField(u"personalDevices"_s, allowedBlocked(o.value("personalDeviceEnrollmentBlocked"_L1)));
        m_fields->setField(u"osMinimum"_s, versionBound(o, "osMinimumVersion"_L1, tr("No minimum")));
        m_fields->setField(u"osMaximum"_s, versionBound(o, "osMaximumVersion"_L1, tr("No maximum")));
        m_fields->setField(u"blockedManufacturers"_s, stringList(o, "blockedManufacturers"_L1));
        m_fields->setField(u"blockedSkus"_s, stringList(o, "blockedSkus"_L1));
    }
    showOtherProperties(p, {u"platformType"_s, u"platformRestriction"_s}, false);
}

void ConfigurationDetailsPane::showHelloForBusiness(const QJsonObject &p)
{
    showGroup(u"helloGroup"_s);
    m_fields->setField(u"helloState"_s, enablement(p, "state"_L1));
    m_fields->setField(u"pinMinimumLength"_s, number(p, "pinMinimumLength"_L1));
    m_fields->setField(u"pinMaximumLength"_s, number(p, "pinMaximumLength"_L1));
    m_fields->setField(u"pinUppercase"_s, pinUsage(p, "pinUppercaseCharactersUsage"_L1));
    m_fields->setField(u"pinLowercase"_s, pinUsage(p, "pinLowercaseCharactersUsage"_L1));
    m_fields->setField(u"pinSpecial"_s, pinUsage(p, "pinSpecialCharactersUsage"_L1));
    const std::optional<int> expiry = GraphJson::optionalInteger(p, "pinExpirationInDays"_L1);
    m_fields->setField(u"pinExpiration"_s,
                       !expiry ? dash : (*expiry == 0 ? tr("Never") : tr("After %n day(s)", nullptr, *expiry)));
    const std::optional<int> history = GraphJson::optionalInteger(p, "pinPreviousBlockCount"_L1);
    m_fields->setField(u"pinHistory"_s, !history ? dash : (*history == 0 ? tr("None") : QLocale().toString(*history)));
    m_fields->setField(u"biometrics"_s, yesNo(p, "unlockWithBiometricsEnabled"_L1));
    m_fields->setField(u"enhancedAntiSpoofing"_s, enablement(p, "enhancedBiometricsState"_L1));
    m_fields->setField(u"remotePassport"_s, yesNo(p, "remotePassportEnabled"_L1));
    m_fields->setField(u"securityDeviceRequired"_s, yesNo(p, "securityDeviceRequired"_L1));
    m_fields->setField(u"securityKeys"_s, enablement(p, "securityKeyForSignIn"_L1));
    const std::optional<int> signIn = GraphJson::optionalInteger(p, "enhancedSignInSecurity"_L1);
    m_fields->setField(u"enhancedSignInSecurity"_s,
                       !signIn ? dash : (*signIn == 0 ? tr("Not configured (0)") : QLocale().toString(*signIn)));
    showOtherProperties(p, helloKeys, false);
}

void ConfigurationDetailsPane::showStatusPage(const QJsonObject &p)
{
    showGroup(u"espGroup"_s);
    m_fields->setField(u"espShowProgress"_s, yesNo(p, "showInstallationProgress"_L1));
    const std::optional<int> timeout = GraphJson::optionalInteger(p, "installProgressTimeoutInMinutes"_L1);
    m_fields->setField(u"espTimeout"_s, timeout ? tr("%n minute(s)", nullptr, *timeout) : dash);
    const QJsonValue message = p.value("customErrorMessage"_L1);
    m_fields->setField(u"espErrorMessage"_s,
                       message.isString() ? (message.toString().isEmpty() ? tr("None") : message.toString())
                                          : (message.isNull() ? tr("None") : dash));
    m_fields->setField(u"espBlockRetry"_s, yesNo(p, "blockDeviceSetupRetryByUser"_L1));
    m_fields->setField(u"espAllowReset"_s, yesNo(p, "allowDeviceResetOnInstallFailure"_L1));
    m_fields->setField(u"espAllowUseOnFailure"_s, yesNo(p, "allowDeviceUseOnInstallFailure"_L1));
    m_fields->setField(u"espLogCollection"_s, yesNo(p, "allowLogCollectionOnInstallFailure"_L1));
    const QJsonValue apps = p.value("selectedMobileAppIds"_L1);
    if (apps.isArray()) {
        const QStringList ids = GraphJson::stringList(p, "selectedMobileAppIds"_L1);
        m_fields->setField(u"espSelectedApps"_s,
                           ids.isEmpty() ? tr("None selected")
                                         : tr("%n app(s): %1", nullptr, int(ids.size())).arg(ids.join(", "_L1)));
    } else {
        m_fields->setField(u"espSelectedApps"_s,
                           apps.isNull() && p.contains("selectedMobileAppIds"_L1) ? tr("None selected") : dash);
    }
    m_fields->setField(u"espNonBlockingApps"_s, yesNo(p, "allowNonBlockingAppInstallation"_L1));
    m_fields->setField(u"espQualityUpdates"_s, yesNo(p, "installQualityUpdates"_L1));
    m_fields->setField(u"espAutopilotOnly"_s, yesNo(p, "trackInstallProgressForAutopilotOnly"_L1));
    m_fields->setField(u"espDisableUserTracking"_s, yesNo(p, "disableUserStatusTrackingAfterFirstUser"_L1));
    showOtherProperties(p, statusPageKeys, false);
}

void ConfigurationDetailsPane::showComanagement(const QJsonObject &p)
{
    showGroup(u"comanagementGroup"_s);
    m_fields->setField(u"managedDeviceAuthority"_s, number(p, "managedDeviceAuthority"_L1));
    m_fields->setField(u"installAgent"_s, yesNo(p, "installConfigurationManagerAgent"_L1));
    const QJsonValue commandLine = p.value("configurationManagerAgentCommandLineArgument"_L1);
    m_fields->setField(u"agentCommandLine"_s,
                       commandLine.isString() ? (commandLine.toString().isEmpty() ? tr("None") : commandLine.toString())
                                              : (commandLine.isNull() ? tr("None") : dash));
    showOtherProperties(p, comanagementKeys, false);
}

void ConfigurationDetailsPane::showRestore(const QJsonObject &p)
{
    showGroup(u"restoreGroup"_s);
    m_fields->setField(u"restoreState"_s, enablement(p, "state"_L1));
    showOtherProperties(p, {u"state"_s}, false);
}

void ConfigurationDetailsPane::showOtherProperties(const QJsonObject &p, const QStringList &shown, bool unknownType)
{
    QStringList lines;
    for (auto it = p.begin(); it != p.end(); ++it)
        if (!shown.contains(it.key()))
            lines.append(propertyLine(it.key(), it.value()));
    if (lines.isEmpty() && !unknownType)
        return;
    m_otherGroup->setTitle(unknownType ? tr("Settings") : tr("Other properties"));
    m_otherGroup->setAccessibleName(m_otherGroup->title());
    m_fields->setField(u"otherProperties"_s, lines.isEmpty() ? tr("None") : lines.join(u'\n'));
    m_otherGroup->show();
}

RawJsonDialog *ConfigurationDetailsPane::showRawJson()
{
    return m_frame.openRawJson(m_configuration.json);
}

} // namespace ed
