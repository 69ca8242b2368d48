// Users, deployment profiles and Autopilot devices of the demo tenant, and their JSON.

#include "DemoTenantGenerators.h"
#include "EmuHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cstdio>

namespace ed::emu {

using namespace Qt::StringLiterals;

namespace {

struct Model
{
    const char *manufacturer;
    const char *model;
    const char *family;
    const char *sku;
    int weight; // relative share of the fleet
    int serialKind; // 0 Dell service tag, 1 HP, 2 Lenovo, 3 Surface, 4 Hyper-V
};

constexpr Model models[] = {
        {"Dell Inc.", "Latitude 5440", "Latitude", "0C0B", 14, 0},
        {"Dell Inc.", "Latitude 7440", "Latitude", "0C0C", 8, 0},
        {"Dell Inc.", "OptiPlex 7010", "OptiPlex", "0BE5", 5, 0},
        {"Dell Inc.", "Precision 3581", "Precision", "0C10", 3, 0},
        {"HP", "HP EliteBook 840 G10 Notebook PC", "103C_5336AN HP EliteBook", "8A22", 12, 1},
        {"HP", "HP ProBook 450 G10 Notebook PC", "103C_5336AN HP ProBook", "8B47", 7, 1},
        {"HP", "HP Elite Mini 800 G9 Desktop PC", "103C_53307F HP EliteDesk", "895A", 4, 1},
        {"HP", "HP ZBook Firefly 14 inch G10 Mobile Workstation PC", "103C_5336AN HP ZBook", "8B41", 3, 1},
        {"LENOVO", "21HD", "ThinkPad T14 Gen 4", "LENOVO_MT_21HD_BU_Think_FM_ThinkPad T14 Gen 4", 11, 2},
        {"LENOVO", "21HM", "ThinkPad X1 Carbon Gen 11", "LENOVO_MT_21HM_BU_Think_FM_ThinkPad X1 Carbon Gen 11", 6, 2},
        {"LENOVO", "21H5", "ThinkPad L14 Gen 4", "LENOVO_MT_21H5_BU_Think_FM_ThinkPad L14 Gen 4", 5, 2},
        {"Microsoft Corporation", "Surface Laptop 5", "Surface", "Surface_Laptop_5_1950", 6, 3},
        {"Microsoft Corporation", "Surface Pro 9", "Surface", "Surface_Pro_9_2038", 5, 3},
        {"Microsoft Corporation", "Virtual Machine", "Virtual Machine", "None", 2, 4},
};

constexpr const char *groupTags[] = {"SALES", "FINANCE", "ENG", "HR", "KIOSK", "LAB", "EXEC", "WAREHOUSE"};
constexpr const char *firstNames[] = {"Adele",   "Alex",  "Allan",  "Diego", "Grady",  "Henrietta", "Isaiah", "Johanna",
                                      "Joni",    "Lee",   "Lidia",  "Lynne", "Megan",  "Miriam",    "Nestor", "Patti",
                                      "Pradeep", "Sven",  "Yuki",   "Zhang", "Amara",  "Bruno",     "Chloe",  "Dmitri",
                                      "Elif",    "Farah", "Gustav", "Hana",  "Ingrid", "Jonas"};
constexpr const char *lastNames[] = {
        "Vance",    "Wilber",  "Deyoung", "Soto",   "Archie", "Mueller",   "Langer", "Lauer",     "Sherman", "Gu",
        "Holloway", "Robbins", "Bowen",   "Graham", "Wilke",  "Fernandez", "Gupta",  "Lindqvist", "Tanaka",  "Wei",
        "Okafor",   "Costa",   "Martin",  "Petrov", "Yilmaz", "Haddad",    "Berg",   "Sato",      "Nilsen",  "Koch"};
constexpr const char *departments[] = {"Sales",      "Finance",   "Engineering", "Human Resources",
                                       "Operations", "Marketing", "Legal",       "IT"};

constexpr char alphanumeric[] = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

QString randomChars(Random &random, const char *alphabet, int alphabetSize, int count)
{
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i)
        text.append(QLatin1Char(alphabet[random.below(alphabetSize)]));
    return text;
}

QString serialFor(Random &random, int kind)
{
    const int alnum = static_cast<int>(sizeof(alphanumeric)) - 1;
    switch (kind) {
    case 0:
        return randomChars(random, alphanumeric, alnum, 7); // Dell service tag
    case 1:
        return u"5CG"_s + randomChars(random, alphanumeric, 10, 3) + randomChars(random, alphanumeric, alnum, 4);
    case 2:
        return u"PF"_s + randomChars(random, alphanumeric, alnum, 6);
    case 3:
        return randomChars(random, alphanumeric, 10, 12); // Surface: 12 digits
    default: {
        // Hyper-V: "0000-0012-3456-7890-1234-5678-90" (hyphens, which trip some filters)
        const QString digits = randomChars(random, alphanumeric, 10, 26);
        QStringList parts;
        for (int i = 0; i < 24; i += 4)
            parts.append(digits.mid(i, 4));
        parts.append(digits.mid(24, 2));
        return parts.join(u'-');
    }
    }
}

int pickModel(Random &random)
{
    int total = 0;
    for (const Model &m : models)
        total += m.weight;
    int roll = random.below(total);
    for (int i = 0; i < int(std::size(models)); ++i) {
        roll -= models[i].weight;
        if (roll < 0)
            return i;
    }
    return 0;
}

// Picks an index by percentage weights.
int weighted(Random &random, std::initializer_list<int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int roll = random.below(total);
    int index = 0;
    for (int w : weights) {
        roll -= w;
        if (roll < 0)
            return index;
        ++index;
    }
    return 0;
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QList<User> generateUsers(Random &random, int count, const QString &domain)
{
    QList<User> users;
    QSet<QString> taken;
    users.reserve(count);
    while (users.size() < count) {
        User user;
        user.givenName = QLatin1StringView(firstNames[random.below(int(std::size(firstNames)))]);
        user.surname = QLatin1StringView(lastNames[random.below(int(std::size(lastNames)))]);
        QString alias = (user.givenName + u'.' + user.surname).toLower();
        for (int n = 2; taken.contains(alias); ++n)
            alias = (user.givenName + u'.' + user.surname).toLower() + QString::number(n);
        taken.insert(alias);
        user.id = randomGuid(random);
        user.userPrincipalName = alias + u'@' + domain;
        user.displayName = user.givenName + u' ' + user.surname;
        user.department = QLatin1StringView(departments[random.below(int(std::size(departments)))]);
        users.append(user);
    }
    return users;
}

QList<DeploymentProfile> generateProfiles(Random &random, const QList<Group> &groups)
{
    struct Spec
    {
        const char *name;
        const char *description;
        bool hybrid;
        bool standardUser;
        bool shared;
        const char *nameTemplate;
        bool preprovisioning;
        bool hardwareHash;
        bool legacy;
    };
    constexpr Spec specs[] = {
            {"Autopilot – Standard user laptops", "Default profile for corporate laptops: standard user, no EULA.",
             false, true, false, "CTS-%SERIAL%", false, false, false},
            {"Autopilot – Admin workstations", "IT staff workstations; the user is a local administrator.", false,
             false, false, "ADM-%RAND:6%", false, false, false},
            {"Autopilot – Kiosk self-deploying", "Self-deploying kiosks and shared front-desk PCs.", false, true, true,
             "KIOSK-%RAND:5%", false, false, false},
            {"Autopilot – Pre-provisioned", "Devices the partner pre-provisions (white glove) before delivery.", false,
             true, false, "CTS-%SERIAL%", true, false, false},
            {"Hybrid join – Head office", "Hybrid Microsoft Entra join for head-office desktops.", true, true, false,
             "", false, false, false},
            {"Hybrid join – Branch offices", "Hybrid join over VPN; skips the domain connectivity check.", true, true,
             false, "", false, false, false},
            {"Autopilot – Shared lab PCs", "Training rooms and labs, shared by many users.", false, true, true,
             "LAB-%RAND:4%", false, false, false},
            {"Convert existing devices", "Registers all targeted existing devices with Autopilot (legacy profile).",
             false, true, false, "CTS-%SERIAL%", false, true, true},
    };
    QList<DeploymentProfile> profiles;
    const QDateTime base(QDate(2023, 3, 14), QTime(10, 0), Qt::UTC);
    int index = 0;
    for (const Spec &spec : specs) {
        DeploymentProfile p;
        p.id = randomGuid(random);
        p.hybridJoin = spec.hybrid;
        p.displayName = QString::fromUtf8(spec.name);
        p.description = QString::fromUtf8(spec.description);
        p.locale = index % 3 == 2 ? u"en-GB"_s : u"os-default"_s;
        p.createdDateTime = base.addDays(index * 41 + random.below(20)).addSecs(random.below(86400));
        p.lastModifiedDateTime = p.createdDateTime.addDays(30 + random.below(400));
        p.outOfBoxExperienceSetting =
                QJsonObject{{u"privacySettingsHidden"_s, true},
                            {u"eulaHidden"_s, true},
                            {u"userType"_s, spec.standardUser ? u"standard"_s : u"administrator"_s},
                            {u"deviceUsageType"_s, spec.shared ? u"shared"_s : u"singleUser"_s},
                            {u"keyboardSelectionPageSkipped"_s, !spec.hybrid},
                            {u"escapeLinkHidden"_s, true}};
        p.enrollmentStatusScreenSettings = QJsonObject{
                {u"hideInstallationProgress"_s, false},
                {u"allowDeviceUseBeforeProfileAndAppInstallComplete"_s, spec.shared},
                {u"blockDeviceSetupRetryByUser"_s, false},
                {u"allowLogCollectionOnInstallFailure"_s, true},
                {u"customErrorMessage"_s, u"Setup could not finish. Call the help desk on extension 4357."_s},
                {u"installProgressTimeoutInMinutes"_s, spec.preprovisioning ? 90 : 60},
                {u"allowDeviceUseOnInstallFailure"_s, false}};
        p.deviceNameTemplate = QLatin1StringView(spec.nameTemplate);
        p.preprovisioningAllowed = spec.preprovisioning;
        p.hardwareHashExtractionEnabled = spec.hardwareHash;
        p.hybridAzureADJoinSkipConnectivityCheck = spec.hybrid && index == 5;
        p.legacyOobeOnly = spec.legacy;
        p.managementServiceAppId = QString();
        // Device-group assignments: one or two included groups, sometimes an exclusion; the
        // pre-provisioned profile targets all devices (no exclusions then, as Intune requires).
        if (spec.preprovisioning) {
            p.assignments.append(
                    {p.id + u"_alldevices"_s,
                     AssignmentTarget{u"#microsoft.graph.allDevicesAssignmentTarget"_s, {}, {}, {}, u"none"_s},
                     u"direct"_s,
                     {}});
        } else if (!groups.isEmpty()) {
            const int includes = 1 + random.below(2);
            for (int i = 0; i < includes; ++i) {
                const Group &g = groups.at(random.below(int(groups.size())));
                p.assignments.append(
                        {p.id + u'_' + g.id,
                         AssignmentTarget{u"#microsoft.graph.groupAssignmentTarget"_s, g.id, {}, {}, u"none"_s},
                         u"direct"_s,
                         {}});
            }
            if (random.chance(0.4)) {
                const Group &g = groups.at(random.below(int(groups.size())));
                p.assignments.append(
                        {p.id + u'_' + g.id,
                         AssignmentTarget{
                                 u"#microsoft.graph.exclusionGroupAssignmentTarget"_s, g.id, {}, {}, u"none"_s},
                         u"direct"_s,
                         {}});
            }
        }
        profiles.append(p);
        ++index;
    }
    return profiles;
}

QList<Device> generateDevices(Random &random, int count, const QList<User> &users,
                              const QList<DeploymentProfile> &profiles, const QDateTime &now)
{
    QList<Device> devices;
    devices.reserve(count);
    QSet<QString> serials;
    serials.reserve(count);
    QStringList purchaseOrders;
    for (int i = 0; i < 40; ++i)
        purchaseOrders.append(u"PO-%1-%2"_s.arg(2022 + i % 5).arg(10000 + random.below(89999)));

    for (int i = 0; i < count; ++i) {
        Device d;
        const Model &model = models[pickModel(random)];
        do
            d.serialNumber = serialFor(random, model.serialKind);
        while (serials.contains(d.serialNumber));
        serials.insert(d.serialNumber);
        d.id = randomGuid(random);
        d.manufacturer = QLatin1StringView(model.manufacturer);
        d.model = QLatin1StringView(model.model);
        d.systemFamily = QLatin1StringView(model.family);
        d.skuNumber = QLatin1StringView(model.sku);
        d.azureAdDeviceId = randomGuid(random);
        if (random.chance(0.7))
            d.groupTag = QLatin1StringView(groupTags[random.below(int(std::size(groupTags)))]);
        if (random.chance(0.8))
            d.purchaseOrderIdentifier = purchaseOrders.at(random.below(int(purchaseOrders.size())));

        // Cover every enum value in the first devices generated, then draw by realistic shares.
        d.enrollmentState = static_cast<std::uint8_t>(
                i < 6 ? i
                      : weighted(random,
                                 {3, 55, 4, 4, 26, 8})); // unknown enrolled pendingReset failed notContacted blocked
        d.userlessStatus = static_cast<std::uint8_t>(i < 4 ? i : weighted(random, {4, 89, 6, 1}));
        if (d.enrollmentState == EsBlocked && random.chance(0.7))
            d.userlessStatus = UsBlocked;
        d.profileStatus = static_cast<std::uint8_t>(i < 7 ? i : weighted(random, {3, 60, 5, 5, 15, 6, 6}));
        d.remediationState = static_cast<std::uint8_t>(i < 5 ? i : weighted(random, {2, 92, 4, 2, 0}));
        d.remediationStateLastModifiedDateTime = now.addDays(-random.below(300));

        if (!users.isEmpty() && random.chance(0.65)) {
            const User &u = users.at(random.below(int(users.size())));
            d.userPrincipalName = u.userPrincipalName;
            d.addressableUserName = u.displayName;
        }
        const bool enrolled = d.enrollmentState == EsEnrolled || d.enrollmentState == EsPendingReset
                || d.enrollmentState == EsBlocked;
        if (enrolled) {
            d.managedDeviceId = randomGuid(random);
            d.lastContactedDateTime = now.addSecs(-random.below(90 * 86400));
            d.displayName = u"CTS-"_s + d.serialNumber.left(12).remove(u'-');
        }

        const int profile = profiles.isEmpty() ? -1 : random.below(int(profiles.size()));
        switch (d.profileStatus) {
        case PsAssignedInSync:
        case PsAssignedOutOfSync:
        case PsAssignedUnknownSyncState:
            d.deploymentProfile = profile;
            d.intendedProfile = profile;
            d.deploymentProfileAssignedDateTime = now.addSecs(-random.below(400 * 86400));
            break;
        case PsPending:
            d.intendedProfile = profile;
            break;
        case PsFailed:
            d.intendedProfile = profile;
            d.detailedStatus = static_cast<std::uint8_t>(1 + random.below(5));
            break;
        default:
            break;
        }
        devices.append(std::move(d));
    }
    std::sort(devices.begin(), devices.end(),
              [](const Device &a, const Device &b) { return a.serialNumber < b.serialNumber; });
    return devices;
}

QString DeploymentProfile::odataType() const
{
    return hybridJoin ? u"#microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile"_s
                      : u"#microsoft.graph.azureADWindowsAutopilotDeploymentProfile"_s;
}

QJsonObject DeploymentProfile::toJson() const
{
    const QJsonObject legacyOobe{
            {u"hidePrivacySettings"_s, outOfBoxExperienceSetting.value(u"privacySettingsHidden"_s)},
            {u"hideEULA"_s, outOfBoxExperienceSetting.value(u"eulaHidden"_s)},
            {u"userType"_s, outOfBoxExperienceSetting.value(u"userType"_s)},
            {u"deviceUsageType"_s, outOfBoxExperienceSetting.value(u"deviceUsageType"_s)},
            {u"skipKeyboardSelectionPage"_s, outOfBoxExperienceSetting.value(u"keyboardSelectionPageSkipped"_s)},
            {u"hideEscapeLink"_s, outOfBoxExperienceSetting.value(u"escapeLinkHidden"_s)}};
    QJsonObject json{{u"@odata.type"_s, odataType()},
                     {u"id"_s, id},
                     {u"displayName"_s, displayName},
                     {u"description"_s, description},
                     {u"language"_s, locale},
                     {u"locale"_s, locale},
                     {u"createdDateTime"_s, graphTime(createdDateTime)},
                     {u"lastModifiedDateTime"_s, graphTime(lastModifiedDateTime)},
                     {u"outOfBoxExperienceSettings"_s, legacyOobe},
                     {u"enrollmentStatusScreenSettings"_s, enrollmentStatusScreenSettings},
                     {u"extractHardwareHash"_s, hardwareHashExtractionEnabled},
                     {u"hardwareHashExtractionEnabled"_s, hardwareHashExtractionEnabled},
                     {u"deviceNameTemplate"_s, deviceNameTemplate},
                     {u"deviceType"_s, deviceType},
                     {u"enableWhiteGlove"_s, preprovisioningAllowed},
                     {u"preprovisioningAllowed"_s, preprovisioningAllowed},
                     {u"roleScopeTagIds"_s, stringArray(roleScopeTagIds)},
                     {u"managementServiceAppId"_s,
                      managementServiceAppId.isEmpty() ? QJsonValue() : QJsonValue(managementServiceAppId)}};
    if (!legacyOobeOnly)
        json.insert(u"outOfBoxExperienceSetting"_s, outOfBoxExperienceSetting);
    if (hybridJoin)
        json.insert(u"hybridAzureADJoinSkipConnectivityCheck"_s, hybridAzureADJoinSkipConnectivityCheck);
    return json;
}

namespace {

// JSON string escaping (RFC 8259): quotes, backslashes and control characters.
void appendEscaped(QByteArray &out, char c)
{
    if (c == '"' || c == '\\') {
        out += '\\';
        out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
        char escaped[8];
        std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
        out += escaped;
    } else {
        out += c;
    }
}

// ASCII (nearly every value here) is copied without allocating; anything else goes through UTF-8.
void appendString(QByteArray &out, const QString &text)
{
    const qsizetype start = out.size();
    out += '"';
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x80) {
            out.truncate(start + 1);
            for (const char c : text.toUtf8())
                appendEscaped(out, c);
            break;
        }
        appendEscaped(out, static_cast<char>(ch.unicode()));
    }
    out += '"';
}

void appendField(QByteArray &out, const char *name, const QString &value)
{
    out += ",\"";
    out += name;
    out += "\":";
    appendString(out, value);
}

void appendField(QByteArray &out, const char *name, const char *wireValue)
{
    out += ",\"";
    out += name;
    out += "\":\"";
    out += wireValue;
    out += '"';
}

// graphTime() without QDateTime::toString, which dominates a page otherwise.
void appendTime(QByteArray &out, const char *name, const QDateTime &time)
{
    out += ",\"";
    out += name;
    out += "\":\"";
    if (!time.isValid()) {
        out += "0001-01-01T00:00:00Z\"";
        return;
    }
    const QDateTime utc = time.toUTC();
    int year = 0, month = 0, day = 0;
    utc.date().getDate(&year, &month, &day);
    const QTime t = utc.time();
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ\"", year, month, day, t.hour(),
                  t.minute(), t.second(), t.msec());
    out += buffer;
}

} // namespace

// The canonical writer: hand-written because a 1,000-device page must be served in milliseconds
// (QJsonObject per device costs ~70 µs). Property order follows Graph's resource page.
QByteArray deviceJson(const Device &d, bool beta)
{
    QByteArray out;
    out.reserve(1200);
    out += "{\"@odata.type\":\"#microsoft.graph.windowsAutopilotDeviceIdentity\"";
    appendField(out, "id", d.id);
    if (beta) {
        appendField(out, "deploymentProfileAssignmentStatus", wire::profileStatus[d.profileStatus]);
        appendField(out, "deploymentProfileAssignmentDetailedStatus", wire::detailedStatus[d.detailedStatus]);
        appendTime(out, "deploymentProfileAssignedDateTime", d.deploymentProfileAssignedDateTime);
    }
    appendField(out, "groupTag", d.groupTag);
    appendField(out, "purchaseOrderIdentifier", d.purchaseOrderIdentifier);
    appendField(out, "serialNumber", d.serialNumber);
    appendField(out, "productKey", d.productKey);
    appendField(out, "manufacturer", d.manufacturer);
    appendField(out, "model", d.model);
    // v1.0 has no `blocked` enrollment state (graph.md §1.3): such devices read as enrolled there.
    appendField(
            out, "enrollmentState",
            wire::enrollmentState[beta || d.enrollmentState != EsBlocked ? int(d.enrollmentState) : int(EsEnrolled)]);
    appendTime(out, "lastContactedDateTime", d.lastContactedDateTime);
    appendField(out, "addressableUserName", d.addressableUserName);
    appendField(out, "userPrincipalName", d.userPrincipalName);
    appendField(out, "resourceName", d.resourceName);
    appendField(out, "skuNumber", d.skuNumber);
    appendField(out, "systemFamily", d.systemFamily);
    appendField(out, "azureActiveDirectoryDeviceId", d.azureAdDeviceId);
    if (beta)
        appendField(out, "azureAdDeviceId", d.azureAdDeviceId);
    appendField(out, "managedDeviceId",
                d.managedDeviceId.isEmpty() ? u"00000000-0000-0000-0000-000000000000"_s : d.managedDeviceId);
    appendField(out, "displayName", d.displayName);
    if (beta) {
        appendField(out, "deviceAccountUpn", d.deviceAccountUpn);
        out += ",\"deviceAccountPassword\":null"; // write-only: never returned
        appendField(out, "deviceFriendlyName", d.deviceFriendlyName);
        appendField(out, "remediationState", wire::remediationState[d.remediationState]);
        appendTime(out, "remediationStateLastModifiedDateTime", d.remediationStateLastModifiedDateTime);
        appendField(out, "userlessEnrollmentStatus", wire::userlessStatus[d.userlessStatus]);
    }
    out += '}';
    return out;
}

QJsonObject deviceToJson(const Device &device, bool beta)
{
    return QJsonDocument::fromJson(deviceJson(device, beta)).object();
}

const QByteArray &deviceJsonBytes(const Device &device, bool beta)
{
    QByteArray &cached = device.cachedJson[beta ? 0 : 1];
    if (cached.isEmpty())
        cached = deviceJson(device, beta);
    return cached;
}

} // namespace ed::emu
