// The demo tenant's Entra groups and device enrollment configurations: deterministic for a given
// Random state, named like a real mid-size organisation's (graph.md §3.4, §6).

#include "DemoTenantGenerators.h"

#include <QJsonArray>
#include <QSet>

namespace ed::emu {

using namespace Qt::StringLiterals;

namespace {

// No domain reaches generateGroups(); the demo tenant's default domain is used for group mail.
constexpr QLatin1StringView mailDomain{"contoso.onmicrosoft.com"};

enum class Kind { Security, Dynamic, Microsoft365, MailSecurity };

struct Spec
{
    QString name;
    QString description;
    Kind kind = Kind::Security;
    QString rule; // membershipRule for Kind::Dynamic
};

// Group tags of the demo devices (DemoTenantDevices.cpp) and the device groups built on them.
constexpr std::pair<const char *, const char *> orderIdGroups[] = {
        {"SALES", "Autopilot - Sales Laptops"},          {"FINANCE", "Autopilot - Finance Laptops"},
        {"ENG", "Autopilot - Engineering Workstations"}, {"HR", "Autopilot - HR Laptops"},
        {"KIOSK", "Autopilot - Kiosk Devices"},          {"LAB", "Autopilot - Lab PCs"},
        {"EXEC", "Autopilot - Executive Devices"},       {"WAREHOUSE", "Autopilot - Warehouse PCs"}};
constexpr const char *departments[] = {"Sales",      "Finance",   "Engineering", "Human Resources",
                                       "Operations", "Marketing", "Legal",       "IT"};
constexpr const char *cities[] = {"Seattle", "Redmond", "New York",  "Chicago",   "Toronto", "London", "Dublin",
                                  "Munich",  "Paris",   "Amsterdam", "Singapore", "Tokyo",   "Sydney"};
constexpr const char *apps[] = {"Adobe Acrobat Reader",
                                "Microsoft Visio",
                                "Microsoft Project",
                                "Power BI Desktop",
                                "Zoom Workplace",
                                "Slack",
                                "Visual Studio Code",
                                "Visual Studio 2022",
                                "Git for Windows",
                                "Notepad++",
                                "7-Zip",
                                "Google Chrome",
                                "Mozilla Firefox",
                                "SAP GUI",
                                "Tableau Desktop",
                                "AutoCAD 2025",
                                "Citrix Workspace",
                                "Cisco Secure Client",
                                "Company Portal",
                                "Microsoft Teams Rooms",
                                "Snagit",
                                "Wireshark",
                                "Python 3.12",
                                "Docker Desktop",
                                "Salesforce for Outlook"};
constexpr const char *projects[] = {"Falcon",    "Aurora",   "Atlas",      "Bluebird", "Cascade",  "Comet",
                                    "Everest",   "Firefly",  "Glacier",    "Harbor",   "Horizon",  "Ironwood",
                                    "Juniper",   "Keystone", "Lighthouse", "Mercury",  "Meridian", "Nimbus",
                                    "Northwind", "Orion",    "Pinnacle",   "Polaris",  "Quartz",   "Redwood",
                                    "Sequoia",   "Summit",   "Tailwind",   "Titan",    "Vanguard", "Zephyr"};
constexpr const char *teams[] = {"Finance Team",
                                 "Sales EMEA",
                                 "Sales Americas",
                                 "Sales APAC",
                                 "Marketing Campaigns",
                                 "Engineering All Hands",
                                 "HR Announcements",
                                 "IT Operations",
                                 "Legal Review",
                                 "Video Production",
                                 "Product Launch 2026",
                                 "Customer Success",
                                 "Executive Leadership Team",
                                 "Facilities and Workplace",
                                 "Security Champions",
                                 "New Hire Onboarding",
                                 "Design Guild",
                                 "Data and Analytics",
                                 "Procurement",
                                 "Internal Communications"};

QString nicknameFor(const QString &displayName)
{
    QString nickname;
    for (const QChar c : displayName)
        if (c.isLetterOrNumber() && c.unicode() < 128)
            nickname.append(c);
    return nickname.left(64);
}

QList<Spec> fixedSpecs()
{
    QList<Spec> specs;
    specs.append({u"Autopilot - All Devices"_s, u"Every device registered with Windows Autopilot."_s, Kind::Dynamic,
                  uR"((device.devicePhysicalIDs -any (_ -startsWith "[ZTDid]")))"_s});
    for (const auto &[tag, name] : orderIdGroups)
        specs.append({QLatin1StringView(name),
                      u"Autopilot devices registered with group tag %1."_s.arg(QLatin1StringView(tag)), Kind::Dynamic,
                      uR"((device.devicePhysicalIds -any (_ -eq "[OrderID]:%1")))"_s.arg(QLatin1StringView(tag))});
    const std::pair<const char *, const char *> intune[] = {
            {"Intune - Kiosk Devices", "Front-desk and lobby kiosks in single-app mode."},
            {"Intune - Shared Devices", "Shared PCs in meeting rooms and training labs."},
            {"Intune - Pilot Devices", "Devices that receive policies and updates first."},
            {"Intune - Co-managed Devices", "Devices co-managed with Configuration Manager."},
            {"Intune - Help Desk Technicians", "Help desk staff who enrol and test many devices."},
            {"Intune - Executives", "Executive leadership and their assistants."},
            {"Intune - Contractors", "External contractors with time-limited accounts."},
            {"Intune - Device Enrollment Managers", "Accounts allowed to enrol devices in bulk."},
            {"Intune - Pilot Users", "Early adopters for new enrollment settings."},
            {"Intune - Windows Hello Finance", "Finance users with stricter Windows Hello PIN rules."},
            {"Intune - BYOD Blocked Users", "Users who may not enrol personal devices."},
            {"Windows Update Ring - Preview", "Windows Insider and preview updates."},
            {"Windows Update Ring - Broad", "The broad Windows update deployment ring."},
            {"Windows Update Ring - Critical", "Business-critical devices, updated last."},
    };
    for (const auto &[name, description] : intune)
        specs.append({QLatin1StringView(name), QString::fromUtf8(description), Kind::Security, {}});
    specs.append({u"Intune - All Windows Devices"_s, u"Every Windows device known to Entra ID."_s, Kind::Dynamic,
                  uR"((device.deviceOSType -eq "Windows"))"_s});
    specs.append({u"Intune - Corporate Devices"_s, u"Corporate-owned devices of every platform."_s, Kind::Dynamic,
                  uR"((device.deviceOwnership -eq "Company"))"_s});
    for (const char *department : departments) {
        const QLatin1StringView d(department);
        specs.append({u"Dept - %1"_s.arg(d), u"Members of the %1 department (assigned)."_s.arg(d), Kind::Security, {}});
        specs.append({u"Dynamic - %1 Users"_s.arg(d), u"Users whose department is %1."_s.arg(d), Kind::Dynamic,
                      uR"((user.department -eq "%1"))"_s.arg(d)});
    }
    for (const char *city : cities) {
        const QLatin1StringView c(city);
        specs.append({u"Location - %1 Users"_s.arg(c), u"Users based in %1."_s.arg(c), Kind::Dynamic,
                      uR"((user.city -eq "%1"))"_s.arg(c)});
    }
    for (const char *team : teams)
        specs.append({QLatin1StringView(team),
                      u"Microsoft 365 group for %1."_s.arg(QLatin1StringView(team)),
                      Kind::Microsoft365,
                      {}});
    const std::pair<const char *, const char *> mailSecurity[] = {
            {"IT Alerts", "Receives monitoring alerts; members can read the alert mailbox."},
            {"Security Incident Response", "On-call responders for security incidents."},
            {"Help Desk Escalations", "Second-line support escalations."},
            {"Intune Administrators", "Intune admins; mail-enabled for change notifications."},
    };
    for (const auto &[name, description] : mailSecurity)
        specs.append({QLatin1StringView(name), QString::fromUtf8(description), Kind::MailSecurity, {}});
    return specs;
}

QList<Spec> poolSpecs()
{
    QList<Spec> specs;
    for (const char *department : departments)
        for (const char *city : cities)
            specs.append({u"%1 - %2"_s.arg(QLatin1StringView(department), QLatin1StringView(city)),
                          u"%1 staff in %2."_s.arg(QLatin1StringView(department), QLatin1StringView(city)),
                          Kind::Security,
                          {}});
    for (const char *app : apps)
        specs.append({u"App - %1"_s.arg(QLatin1StringView(app)),
                      u"Users who get %1 from the Company Portal."_s.arg(QLatin1StringView(app)),
                      Kind::Security,
                      {}});
    for (const char *project : projects)
        specs.append({u"Project %1"_s.arg(QLatin1StringView(project)),
                      u"Team site and mailbox of project %1."_s.arg(QLatin1StringView(project)),
                      Kind::Microsoft365,
                      {}});
    for (const char *city : cities) {
        const QLatin1StringView c(city);
        specs.append({u"Location - %1 Devices"_s.arg(c), u"Devices of the %1 office."_s.arg(c), Kind::Security, {}});
        specs.append({u"Wi-Fi - %1 Corporate"_s.arg(c),
                      u"Devices that get the %1 corporate Wi-Fi profile."_s.arg(c),
                      Kind::Security,
                      {}});
        specs.append({u"Printers - %1"_s.arg(c), u"Users mapped to the %1 print queues."_s.arg(c), Kind::Security, {}});
    }
    for (const char *department : departments) {
        const QLatin1StringView d(department);
        specs.append({u"%1 Managers"_s.arg(d), u"People managers in %1."_s.arg(d), Kind::Security, {}});
        specs.append({u"%1 Laptops"_s.arg(d), u"Corporate laptops issued to %1."_s.arg(d), Kind::Security, {}});
    }
    const char *licenses[] = {"Microsoft 365 E5", "Microsoft 365 E3", "Microsoft 365 F3",       "Visio Plan 2",
                              "Project Plan 3",   "Power BI Pro",     "Windows 365 Enterprise", "Intune Suite"};
    for (const char *license : licenses)
        specs.append({u"License - %1"_s.arg(QLatin1StringView(license)),
                      u"Group-based licensing: %1."_s.arg(QLatin1StringView(license)),
                      Kind::Security,
                      {}});
    return specs;
}

} // namespace

QList<Group> generateGroups(Random &random, int count)
{
    QList<Spec> specs = fixedSpecs();
    QList<Spec> pool = poolSpecs();
    // Fisher–Yates with our own generator, so the order is the same everywhere.
    for (qsizetype i = pool.size() - 1; i > 0; --i)
        pool.swapItemsAt(i, random.below(int(i + 1)));
    specs.append(pool);
    for (int n = 1; specs.size() < count; ++n)
        specs.append({u"Team %1"_s.arg(n, 3, 10, QChar(u'0')), u"Working group %1."_s.arg(n), Kind::Security, {}});
    specs.resize(qMin<qsizetype>(specs.size(), qMax(count, 0)));

    const QDateTime base(QDate(2019, 2, 4), QTime(8, 30), Qt::UTC);
    QSet<QString> nicknames;
    QList<Group> groups;
    groups.reserve(specs.size());
    for (const Spec &spec : std::as_const(specs)) {
        Group group;
        group.id = randomGuid(random);
        group.displayName = spec.name;
        group.description = spec.description;
        QString nickname = nicknameFor(spec.name);
        for (int n = 2; nicknames.contains(nickname.toLower()); ++n)
            nickname = nicknameFor(spec.name) + QString::number(n);
        nicknames.insert(nickname.toLower());
        group.mailNickname = nickname;
        switch (spec.kind) {
        case Kind::Security:
            break;
        case Kind::Dynamic:
            group.groupTypes = {u"DynamicMembership"_s};
            group.membershipRule = spec.rule;
            break;
        case Kind::Microsoft365:
            group.groupTypes = {u"Unified"_s};
            group.mailEnabled = true;
            group.securityEnabled = false;
            break;
        case Kind::MailSecurity:
            group.mailEnabled = true;
            break;
        }
        if (group.mailEnabled)
            group.mail = nickname + u'@' + mailDomain;
        group.createdDateTime = base.addDays(random.below(2400)).addSecs(random.below(36000));
        groups.append(group);
    }
    return groups;
}

// --- enrollment configurations --------------------------------------------------------------------

namespace {

QJsonObject restriction(bool blocked, bool personalBlocked, const QJsonValue &minimum = QJsonValue::Null,
                        const QJsonArray &blockedManufacturers = {})
{
    return QJsonObject{{u"platformBlocked"_s, blocked},
                       {u"personalDeviceEnrollmentBlocked"_s, personalBlocked},
                       {u"osMinimumVersion"_s, minimum},
                       {u"osMaximumVersion"_s, QJsonValue::Null},
                       {u"blockedManufacturers"_s, blockedManufacturers},
                       {u"blockedSkus"_s, QJsonArray()}};
}

QJsonObject helloForBusiness(int minimumLength, const QString &state, const QString &special, int expiryDays,
                             int history)
{
    return QJsonObject{{u"pinMinimumLength"_s, minimumLength},
                       {u"pinMaximumLength"_s, 127},
                       {u"pinUppercaseCharactersUsage"_s, special == u"required" ? u"allowed"_s : u"disallowed"_s},
                       {u"pinLowercaseCharactersUsage"_s, special == u"required" ? u"allowed"_s : u"disallowed"_s},
                       {u"pinSpecialCharactersUsage"_s, special},
                       {u"state"_s, state},
                       {u"securityDeviceRequired"_s, state == u"enabled"},
                       {u"unlockWithBiometricsEnabled"_s, true},
                       {u"remotePassportEnabled"_s, true},
                       {u"pinPreviousBlockCount"_s, history},
                       {u"pinExpirationInDays"_s, expiryDays},
                       {u"enhancedBiometricsState"_s, u"notConfigured"_s},
                       {u"securityKeyForSignIn"_s, u"notConfigured"_s},
                       {u"enhancedSignInSecurity"_s, 0}};
}

QJsonObject enrollmentStatusPage(bool show, int timeout, const QString &message, const QJsonArray &appIds,
                                 bool autopilotOnly)
{
    return QJsonObject{{u"showInstallationProgress"_s, show},
                       {u"blockDeviceSetupRetryByUser"_s, !show},
                       {u"allowDeviceResetOnInstallFailure"_s, show},
                       {u"allowLogCollectionOnInstallFailure"_s, show},
                       {u"customErrorMessage"_s, message},
                       {u"installProgressTimeoutInMinutes"_s, timeout},
                       {u"allowDeviceUseOnInstallFailure"_s, false},
                       {u"selectedMobileAppIds"_s, appIds},
                       {u"allowNonBlockingAppInstallation"_s, false},
                       {u"installQualityUpdates"_s, false},
                       {u"trackInstallProgressForAutopilotOnly"_s, autopilotOnly},
                       {u"disableUserStatusTrackingAfterFirstUser"_s, autopilotOnly}};
}

EnrollmentConfiguration makeDefault(const QString &tenantId, const QString &suffix, const QString &type,
                                    const QString &configurationType, const QString &description,
                                    const QDateTime &modified, QJsonObject properties)
{
    EnrollmentConfiguration c;
    c.id = tenantId + u'_' + suffix;
    c.odataType = u"#microsoft.graph."_s + type;
    c.configurationType = configurationType;
    c.displayName = u"All users and all devices"_s;
    c.description = description;
    c.priority = 0;
    c.lastModifiedDateTime = modified; // createdDateTime stays invalid: 0001-01-01T00:00:00Z
    c.version = 0;
    c.roleScopeTagIds = {}; // real tenants report [] for the defaults
    c.properties = std::move(properties);
    c.isDefault = true;
    return c;
}

Assignment groupAssignment(const QString &configurationId, const QString &groupId, bool exclusion = false)
{
    Assignment a;
    a.id = configurationId + u'_' + groupId;
    a.target.odataType = exclusion ? u"#microsoft.graph.exclusionGroupAssignmentTarget"_s
                                   : u"#microsoft.graph.groupAssignmentTarget"_s;
    a.target.groupId = groupId;
    return a;
}

} // namespace

QList<EnrollmentConfiguration> generateConfigurations(const QString &tenantId, const QList<Group> &groups,
                                                      Random &random)
{
    QList<EnrollmentConfiguration> configurations;
    const QDateTime defaultsModified(QDate(2025, 3, 26), QTime(0, 8, 25), Qt::UTC);

    configurations.append(makeDefault(
            tenantId, u"DefaultLimit"_s, u"deviceEnrollmentLimitConfiguration"_s, u"limit"_s,
            u"This is the default Device Limit Restriction applied with the lowest priority to all users regardless "
            "of group membership."_s,
            defaultsModified, QJsonObject{{u"limit"_s, 5}}));
    configurations.append(makeDefault(
            tenantId, u"DefaultPlatformRestrictions"_s, u"deviceEnrollmentPlatformRestrictionsConfiguration"_s,
            u"platformRestrictions"_s,
            u"This is the default Device Type Restriction applied with the lowest priority to all users regardless "
            "of group membership."_s,
            defaultsModified,
            QJsonObject{{u"iosRestriction"_s, restriction(false, true, u"16.0"_s)},
                        {u"windowsRestriction"_s, restriction(false, true, u"10.0.19045"_s)},
                        {u"windowsHomeSkuRestriction"_s, restriction(true, true)},
                        {u"windowsMobileRestriction"_s, restriction(true, false)},
                        {u"androidRestriction"_s, restriction(true, true)},
                        {u"androidForWorkRestriction"_s, restriction(false, true, u"12.0"_s)},
                        {u"macRestriction"_s, restriction(true, true)},
                        {u"macOSRestriction"_s, restriction(false, true, u"13.0"_s)},
                        {u"visionOSRestriction"_s, restriction(true, true)},
                        {u"tvosRestriction"_s, restriction(true, true)}}));
    configurations.append(makeDefault(
            tenantId, u"DefaultWindowsHelloForBusiness"_s, u"deviceEnrollmentWindowsHelloForBusinessConfiguration"_s,
            u"windowsHelloForBusiness"_s,
            u"This is the default Windows Hello for Business configuration applied with the lowest priority to all "
            "users regardless of group membership."_s,
            defaultsModified, helloForBusiness(6, u"notConfigured"_s, u"disallowed"_s, 0, 0)));
    configurations.append(makeDefault(
            tenantId, u"DefaultWindows10EnrollmentCompletionPageConfiguration"_s,
            u"windows10EnrollmentCompletionPageConfiguration"_s, u"windows10EnrollmentCompletionPageConfiguration"_s,
            u"This is the default enrollment status screen configuration applied with the lowest priority to all "
            "users and all devices regardless of group membership."_s,
            defaultsModified, enrollmentStatusPage(false, 60, QString(), {}, false)));
    configurations.append(makeDefault(
            tenantId, u"WindowsRestore"_s, u"windowsRestoreDeviceEnrollmentConfiguration"_s, u"windowsRestore"_s,
            u"This is the default Windows Restore configuration applied with the lowest priority to all users and "
            "all devices regardless of group membership."_s,
            defaultsModified, QJsonObject{{u"state"_s, u"notConfigured"_s}}));

    // Customs: ids are "<guid>_<Type>" as Intune makes them; assignments target existing groups.
    const auto groupId = [&groups](const QString &name, int fallback) -> QString {
        for (const Group &g : groups)
            if (g.displayName == name)
                return g.id;
        return groups.isEmpty() ? QString() : groups.at(fallback % groups.size()).id;
    };
    const QDateTime base(QDate(2023, 5, 2), QTime(9, 12), Qt::UTC);
    int serial = 0;
    const auto custom = [&](const QString &suffix, const QString &type, const QString &configurationType,
                            const QString &name, const QString &description, int priority,
                            QJsonObject properties) -> EnrollmentConfiguration & {
        EnrollmentConfiguration c;
        c.id = randomGuid(random) + u'_' + suffix;
        c.odataType = u"#microsoft.graph."_s + type;
        c.configurationType = configurationType;
        c.displayName = name;
        c.description = description;
        c.priority = priority;
        c.createdDateTime =
                base.addDays(serial * 47 + random.below(30)).addSecs(random.below(30000)).addMSecs(random.below(1000));
        c.lastModifiedDateTime = c.createdDateTime.addDays(3 + random.below(200)).addSecs(random.below(30000));
        c.version = 1 + random.below(6);
        c.properties = std::move(properties);
        ++serial;
        configurations.append(c);
        return configurations.last();
    };
    const auto assign = [&](EnrollmentConfiguration &c, const QString &group, int fallback, bool exclusion = false) {
        const QString id = groupId(group, fallback);
        if (!id.isEmpty())
            c.assignments.append(groupAssignment(c.id, id, exclusion));
    };

    EnrollmentConfiguration *c = &custom(
            u"Limit"_s, u"deviceEnrollmentLimitConfiguration"_s, u"limit"_s, u"Help desk technicians – 15 devices"_s,
            u"Help desk staff enrol and test many devices for users."_s, 1, QJsonObject{{u"limit"_s, 15}});
    assign(*c, u"Intune - Help Desk Technicians"_s, 1);
    assign(*c, u"Intune - Device Enrollment Managers"_s, 2);
    c = &custom(u"Limit"_s, u"deviceEnrollmentLimitConfiguration"_s, u"limit"_s, u"Executives – 10 devices"_s,
                u"Executives and their assistants use several phones, tablets and PCs."_s, 2,
                QJsonObject{{u"limit"_s, 10}});
    assign(*c, u"Intune - Executives"_s, 3);
    c = &custom(u"Limit"_s, u"deviceEnrollmentLimitConfiguration"_s, u"limit"_s, u"Contractors – 2 devices"_s,
                u"External contractors may enrol one PC and one phone."_s, 3, QJsonObject{{u"limit"_s, 2}});
    assign(*c, u"Intune - Contractors"_s, 4);
    assign(*c, u"Intune - Help Desk Technicians"_s, 1, true);

    c = &custom(u"SinglePlatformRestriction"_s, u"deviceEnrollmentPlatformRestrictionConfiguration"_s,
                u"singlePlatformRestriction"_s, u"Windows – corporate devices only"_s,
                u"Blocks personally owned Windows devices; Windows 10 22H2 or later."_s, 1,
                QJsonObject{{u"platformType"_s, u"windows"_s},
                            {u"platformRestriction"_s, restriction(false, true, u"10.0.19045"_s)}});
    assign(*c, u"Intune - BYOD Blocked Users"_s, 5);
    assign(*c, u"Dynamic - Finance Users"_s, 6);
    c = &custom(u"SinglePlatformRestriction"_s, u"deviceEnrollmentPlatformRestrictionConfiguration"_s,
                u"singlePlatformRestriction"_s, u"iOS – allow personal devices for sales"_s,
                u"Sales may enrol personal iPhones running iOS 17 or later."_s, 1,
                QJsonObject{{u"platformType"_s, u"ios"_s},
                            {u"platformRestriction"_s, restriction(false, false, u"17.0"_s)}});
    assign(*c, u"Dynamic - Sales Users"_s, 7);

    c = &custom(u"WindowsHelloForBusiness"_s, u"deviceEnrollmentWindowsHelloForBusinessConfiguration"_s,
                u"windowsHelloForBusiness"_s, u"Windows Hello for Business – Finance"_s,
                u"Eight-digit PIN with special characters, 180-day expiry, TPM required."_s, 1,
                helloForBusiness(8, u"enabled"_s, u"required"_s, 180, 5));
    assign(*c, u"Intune - Windows Hello Finance"_s, 8);

    QJsonArray kioskApps;
    QJsonArray standardApps;
    for (int i = 0; i < 2; ++i)
        kioskApps.append(randomGuid(random));
    for (int i = 0; i < 4; ++i)
        standardApps.append(randomGuid(random));
    c = &custom(
            u"Windows10EnrollmentCompletionPageConfiguration"_s, u"windows10EnrollmentCompletionPageConfiguration"_s,
            u"windows10EnrollmentCompletionPageConfiguration"_s, u"Autopilot – Kiosk ESP"_s,
            u"Kiosks wait for the kiosk browser and the lock-down profile before the desktop appears."_s, 1,
            enrollmentStatusPage(true, 90, u"The kiosk could not finish setup. Call the help desk on extension 4357."_s,
                                 kioskApps, true));
    assign(*c, u"Autopilot - Kiosk Devices"_s, 9);
    c = &custom(u"Windows10EnrollmentCompletionPageConfiguration"_s,
                u"windows10EnrollmentCompletionPageConfiguration"_s,
                u"windows10EnrollmentCompletionPageConfiguration"_s, u"Autopilot – Standard ESP"_s,
                u"Corporate laptops: blocks the desktop until the core apps are installed."_s, 2,
                enrollmentStatusPage(
                        true, 60,
                        u"Setup could not be completed. Please try again or contact your support person for help."_s,
                        standardApps, true));
    assign(*c, u"Autopilot - Sales Laptops"_s, 10);
    assign(*c, u"Autopilot - Finance Laptops"_s, 11);
    assign(*c, u"Autopilot - Kiosk Devices"_s, 9, true);

    c = &custom(
            u"DeviceComanagementAuthorityConfiguration"_s, u"deviceComanagementAuthorityConfiguration"_s,
            u"deviceComanagementAuthorityConfiguration"_s, u"Co-management – Configuration Manager pilot"_s,
            u"Installs the Configuration Manager client during Autopilot for the co-management pilot."_s, 1,
            QJsonObject{
                    {u"managedDeviceAuthority"_s, 1},
                    {u"installConfigurationManagerAgent"_s, true},
                    {u"configurationManagerAgentCommandLineArgument"_s,
                     uR"(CCMSETUPCMD="CCMHOSTNAME=cmg.contoso.com/CCM_Proxy_MutualAuth/72057594037927941 SMSSITECODE=P01")"_s}});
    Assignment collection;
    collection.id = c->id + u"_P0100023"_s;
    collection.target.odataType = u"#microsoft.graph.configurationManagerCollectionAssignmentTarget"_s;
    collection.target.collectionId = u"P0100023"_s;
    c->assignments.append(collection);
    assign(*c, u"Intune - Co-managed Devices"_s, 12);
    return configurations;
}

} // namespace ed::emu
