// Every entity the emulator's demo tenant serves, parsed into the app's domain structs over real
// loopback HTTP: devices (beta and v1.0), deployment profiles and their assignments, enrollment
// configurations with $expand=assignments (both versions), groups, getByIds and the Autopilot
// settings. Each item must parse completely (ids, recognised kinds, no enum value the app does not
// know), and the bodies the app writes (limit PATCH, assign) must be accepted as they are built.

#include "EmulatorFixture.h"
#include "models/AutopilotDevice.h"
#include "models/AutopilotSettings.h"
#include "models/DeploymentProfile.h"
#include "models/EnrollmentConfiguration.h"
#include "models/Group.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace ed::test;
using namespace Qt::StringLiterals;

using ed::AssignmentTarget;
using ed::AutopilotDevice;
using ed::DeploymentProfile;
using ed::EnrollmentConfiguration;
using ed::GraphEnum;

namespace {

const QString devicesPath = u"/deviceManagement/windowsAutopilotDeviceIdentities"_s;
const QString configurationsPath = u"/deviceManagement/deviceEnrollmentConfigurations"_s;

// All pages of a collection.
QJsonArray getAll(EmulatorFixture &fixture, const QString &path)
{
    QJsonArray all;
    QString next = path;
    for (int page = 0; !next.isEmpty() && page < 100; ++page) {
        const HttpResult r = fixture.get(next);
        if (r.status != 200)
            return {};
        for (const QJsonValue &v : r.value())
            all.append(v);
        next = r.json().value("@odata.nextLink"_L1).toString();
    }
    return all;
}

template<typename E>
QSet<int> valuesSeen(const QList<AutopilotDevice> &devices, E AutopilotDevice::*field)
{
    QSet<int> seen;
    for (const AutopilotDevice &d : devices)
        seen.insert(int(d.*field));
    return seen;
}

template<typename E>
QSet<int> allValues()
{
    QSet<int> values;
    for (int i = 0; i < GraphEnum::count<E>(); ++i)
        values.insert(i);
    return values;
}

} // namespace

class TestDomainFromEmulator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void devices_data();
    void devices();
    void profiles();
    void configurations_data();
    void configurations();
    void groups();
    void getByIds();
    void autopilotSettings();
    void writeBodiesAccepted_data();
    void writeBodiesAccepted();

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
};

void TestDomainFromEmulator::initTestCase()
{
    m_fixture = std::make_unique<EmulatorFixture>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->startError()));
}

void TestDomainFromEmulator::devices_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("beta") << u"beta"_s;
    QTest::newRow("v1.0") << u"v1.0"_s;
}

void TestDomainFromEmulator::devices()
{
    QFETCH(QString, version);
    const bool beta = version == u"beta";
    const QJsonArray raw = getAll(*m_fixture, u"/"_s + version + devicesPath);
    QCOMPARE(raw.size(), 300);
    const QList<AutopilotDevice> devices = AutopilotDevice::listFromJson(raw);
    QCOMPARE(devices.size(), raw.size());
    for (qsizetype i = 0; i < devices.size(); ++i) {
        const AutopilotDevice &d = devices.at(i);
        const QJsonObject json = raw.at(i).toObject();
        QVERIFY2(d.unknownEnums.isEmpty(), qPrintable(d.unknownEnums.toString()));
        QVERIFY(!d.id.isEmpty());
        QVERIFY(!d.serialNumber.isEmpty());
        QVERIFY(!d.manufacturer.isEmpty());
        QVERIFY(!d.model.isEmpty());
        QVERIFY(!d.azureAdDeviceId.isEmpty());
        QCOMPARE(d.hasBetaProperties, beta);
        QCOMPARE(d.serialNumber, json.value("serialNumber"_L1).toString());
        QCOMPARE(d.groupTag, json.value("groupTag"_L1).toString());
        QCOMPARE(d.userPrincipalName, json.value("userPrincipalName"_L1).toString());
        // Enrolled devices have a managed device; the others report the all-zero GUID.
        const bool zeroId = json.value("managedDeviceId"_L1).toString() == u"00000000-0000-0000-0000-000000000000";
        QCOMPARE(d.managedDeviceId.isEmpty(), zeroId);
        QCOMPARE(d.lastContactedDateTime.isValid(),
                 json.value("lastContactedDateTime"_L1).toString() != u"0001-01-01T00:00:00Z");
    }
    using D = AutopilotDevice;
    if (beta) {
        // The demo tenant has every value of these enums (Graph's `unknown` included, on purpose),
        // and none the app does not know.
        QCOMPARE(valuesSeen(devices, &D::enrollmentState), allValues<D::EnrollmentState>());
        QCOMPARE(valuesSeen(devices, &D::deploymentProfileAssignmentStatus), allValues<D::ProfileAssignmentStatus>());
        QCOMPARE(valuesSeen(devices, &D::userlessEnrollmentStatus), allValues<D::UserlessEnrollmentStatus>());
        QCOMPARE(valuesSeen(devices, &D::remediationState), allValues<D::RemediationState>());
        QVERIFY(!valuesSeen(devices, &D::deploymentProfileAssignmentDetailedStatus)
                         .contains(int(D::ProfileAssignmentDetailedStatus::Other)));
        QVERIFY(std::any_of(devices.cbegin(), devices.cend(), [](const D &d) {
            return d.deploymentProfileAssignmentStatus == D::ProfileAssignmentStatus::AssignedUnknownSyncState;
        }));
    } else {
        // v1.0: no blocked state, no beta properties.
        QSet<int> expected = allValues<D::EnrollmentState>();
        expected.remove(int(D::EnrollmentState::Blocked));
        QCOMPARE(valuesSeen(devices, &D::enrollmentState), expected);
        QCOMPARE(valuesSeen(devices, &D::deploymentProfileAssignmentStatus),
                 QSet<int>{int(D::ProfileAssignmentStatus::Unknown)});
        QCOMPARE(valuesSeen(devices, &D::userlessEnrollmentStatus),
                 QSet<int>{int(D::UserlessEnrollmentStatus::Unknown)});
    }
}

void TestDomainFromEmulator::profiles()
{
    const QList<DeploymentProfile> profiles = DeploymentProfile::listFromJson(
            getAll(*m_fixture, u"/beta/deviceManagement/windowsAutopilotDeploymentProfiles"_s));
    QCOMPARE(profiles.size(), 8);
    int hybrid = 0;
    int skipCheck = 0;
    int deprecatedOnly = 0;
    int assignments = 0;
    for (const DeploymentProfile &p : profiles) {
        QVERIFY2(p.unknownEnums.isEmpty(), qPrintable(p.unknownEnums.toString()));
        QVERIFY(p.kind != DeploymentProfile::Kind::Other);
        QVERIFY(!p.id.isEmpty());
        QVERIFY(!p.displayName.isEmpty());
        QVERIFY(!p.locale.isEmpty());
        QCOMPARE(p.deviceNameTemplate.isEmpty(), p.isHybridJoin()); // hybrid join cannot name devices
        QVERIFY(p.createdDateTime.isValid());
        QVERIFY(p.lastModifiedDateTime >= p.createdDateTime);
        QVERIFY(p.outOfBoxExperience.has_value());
        QVERIFY(p.enrollmentStatusScreen.has_value());
        QVERIFY(p.enrollmentStatusScreen->installProgressTimeoutInMinutes > 0);
        QCOMPARE(p.deviceType, DeploymentProfile::DeviceType::WindowsPc);
        QVERIFY(!p.json.isEmpty());
        hybrid += p.isHybridJoin() ? 1 : 0;
        skipCheck += p.hybridAzureADJoinSkipConnectivityCheck ? 1 : 0;
        QVERIFY(!p.hybridAzureADJoinSkipConnectivityCheck || p.isHybridJoin());
        deprecatedOnly += p.outOfBoxExperience->fromDeprecatedSettings ? 1 : 0;
        // The OOBE values are those of the object that was read.
        const QJsonObject oobe =
                p.json.value(p.outOfBoxExperience->fromDeprecatedSettings ? "outOfBoxExperienceSettings"_L1
                                                                          : "outOfBoxExperienceSetting"_L1)
                        .toObject();
        QCOMPARE(QString(GraphEnum::wireName(p.outOfBoxExperience->userType)), oobe.value("userType"_L1).toString());
        QCOMPARE(QString(GraphEnum::wireName(p.outOfBoxExperience->deviceUsageType)),
                 oobe.value("deviceUsageType"_L1).toString());

        const HttpResult r =
                m_fixture->get(u"/beta/deviceManagement/windowsAutopilotDeploymentProfiles/%1/assignments"_s.arg(p.id));
        QCOMPARE(r.status, 200);
        for (const ed::Assignment &a : ed::Assignment::listFromJson(r.value())) {
            QVERIFY(!a.id.isEmpty());
            QVERIFY(a.unknownEnums.isEmpty());
            QVERIFY(a.target.unknownEnums.isEmpty());
            QVERIFY(a.target.kind == AssignmentTarget::Kind::Group
                    || a.target.kind == AssignmentTarget::Kind::ExclusionGroup
                    || a.target.kind == AssignmentTarget::Kind::AllDevices);
            QCOMPARE(a.target.isGroup(), !a.target.groupId.isEmpty());
            QCOMPARE(a.source, ed::Assignment::Source::Direct);
            ++assignments;
        }
    }
    QVERIFY(hybrid > 0 && hybrid < profiles.size());
    QCOMPARE(skipCheck, 1);
    QCOMPARE(deprecatedOnly, 1); // the legacy profile reports only outOfBoxExperienceSettings
    QVERIFY(assignments > 0);
}

void TestDomainFromEmulator::configurations_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("beta") << u"beta"_s;
    QTest::newRow("v1.0") << u"v1.0"_s;
}

void TestDomainFromEmulator::configurations()
{
    QFETCH(QString, version);
    const bool beta = version == u"beta";
    const QList<EnrollmentConfiguration> configurations = EnrollmentConfiguration::listFromJson(
            getAll(*m_fixture, u"/"_s + version + configurationsPath + u"?$expand=assignments"_s));
    QVERIFY(configurations.size() >= 14);
    using Kind = EnrollmentConfiguration::Kind;
    QSet<int> kinds;
    QList<int> limits;
    int defaults = 0;
    for (const EnrollmentConfiguration &c : configurations) {
        QVERIFY2(c.unknownEnums.isEmpty(), qPrintable(c.unknownEnums.toString()));
        QVERIFY(!c.id.isEmpty());
        QVERIFY(!c.displayName.isEmpty());
        QVERIFY(c.lastModifiedDateTime.isValid());
        QVERIFY(c.assignmentsExpanded);
        // v1.0 reports the beta-only subtypes as the base type, with no configuration type to go by.
        const bool betaOnly = c.odataType == u"#microsoft.graph.deviceEnrollmentConfiguration";
        QCOMPARE(c.kind == Kind::Other, !beta && betaOnly);
        kinds.insert(int(c.kind));
        if (beta)
            QVERIFY(c.configurationType != EnrollmentConfiguration::ConfigurationType::Unknown);
        if (c.isDefault) {
            ++defaults;
            QCOMPARE(c.priority, 0);
            QVERIFY(!c.createdDateTime.isValid()); // 0001-01-01T00:00:00Z
            QVERIFY(c.assignments.isEmpty());
        } else {
            QVERIFY(c.priority >= 1);
            QVERIFY(c.createdDateTime.isValid());
            QVERIFY(!c.assignments.isEmpty());
        }
        QCOMPARE(c.limit.has_value(), c.kind == Kind::DeviceLimit);
        if (c.limit)
            limits.append(*c.limit);
        for (const ed::Assignment &a : c.assignments) {
            QVERIFY(!a.id.isEmpty());
            QVERIFY(a.target.kind != AssignmentTarget::Kind::Other);
            QVERIFY(a.target.kind != AssignmentTarget::Kind::Base);
            QVERIFY(a.unknownEnums.isEmpty() && a.target.unknownEnums.isEmpty());
        }
    }
    QCOMPARE(defaults, 5);
    QCOMPARE(limits, QList<int>({5, 15, 10, 2}));
    QSet<int> expected{int(Kind::DeviceLimit), int(Kind::PlatformRestrictions), int(Kind::WindowsHelloForBusiness),
                       int(Kind::EnrollmentStatusPage)};
    if (beta)
        expected += QSet<int>{int(Kind::SinglePlatformRestriction), int(Kind::ComanagementAuthority),
                              int(Kind::WindowsRestore)};
    else
        expected.insert(int(Kind::Other));
    QCOMPARE(kinds, expected);
}

void TestDomainFromEmulator::groups()
{
    const QList<ed::Group> groups = ed::Group::listFromJson(getAll(*m_fixture, u"/v1.0/groups?$top=999"_s));
    QCOMPARE(groups.size(), 300);
    int dynamic = 0;
    int microsoft365 = 0;
    for (const ed::Group &g : groups) {
        QCOMPARE(g.kind, ed::Group::Kind::Group);
        QVERIFY(!g.id.isEmpty());
        QVERIFY(!g.displayName.isEmpty());
        QCOMPARE(g.isDynamic(), !g.membershipRule.isEmpty());
        if (g.isMicrosoft365()) {
            ++microsoft365;
            QVERIFY(g.mailEnabled);
            QVERIFY(!g.mail.isEmpty());
        }
        dynamic += g.isDynamic() ? 1 : 0;
    }
    QVERIFY(dynamic > 0);
    QVERIFY(microsoft365 > 0);
}

void TestDomainFromEmulator::getByIds()
{
    const QJsonArray listed = m_fixture->get(u"/v1.0/groups?$top=3&$select=id,displayName"_s).value();
    QCOMPARE(listed.size(), 3);
    QJsonArray ids;
    for (const QJsonValue &v : listed)
        ids.append(v.toObject().value("id"_L1));
    const HttpResult r = m_fixture->postJson(u"/v1.0/directoryObjects/getByIds"_s,
                                             QJsonObject{{u"ids"_s, ids}, {u"types"_s, QJsonArray{u"group"_s}}});
    QCOMPARE(r.status, 200);
    const QList<ed::Group> groups = ed::Group::listFromJson(r.value());
    QCOMPARE(groups.size(), 3);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        QCOMPARE(groups.at(i).kind, ed::Group::Kind::Group);
        QCOMPARE(groups.at(i).odataType, u"#microsoft.graph.group"_s);
        QCOMPARE(groups.at(i).id, ids.at(i).toString());
        QCOMPARE(groups.at(i).displayName, listed.at(i).toObject().value("displayName"_L1).toString());
    }
}

void TestDomainFromEmulator::autopilotSettings()
{
    const HttpResult r = m_fixture->get(u"/beta/deviceManagement/windowsAutopilotSettings"_s);
    QCOMPARE(r.status, 200);
    const ed::AutopilotSettings s = ed::AutopilotSettings::fromJson(r.json());
    QVERIFY(!s.id.isEmpty());
    QCOMPARE(s.syncStatus, ed::AutopilotSettings::SyncStatus::Completed);
    QVERIFY(s.unknownEnums.isEmpty());
}

void TestDomainFromEmulator::writeBodiesAccepted_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("beta") << u"beta"_s;
    QTest::newRow("v1.0") << u"v1.0"_s;
}

void TestDomainFromEmulator::writeBodiesAccepted()
{
    QFETCH(QString, version);
    const bool beta = version == u"beta";
    const QString base = u"/"_s + version + configurationsPath;
    QList<EnrollmentConfiguration> configurations =
            EnrollmentConfiguration::listFromJson(getAll(*m_fixture, base + u"?$expand=assignments"_s));
    const auto custom =
            std::find_if(configurations.cbegin(), configurations.cend(), [](const EnrollmentConfiguration &c) {
                return c.kind == EnrollmentConfiguration::Kind::DeviceLimit && !c.isDefault
                        && c.assignments.size() >= 2;
            });
    QVERIFY(custom != configurations.cend());
    const EnrollmentConfiguration c = *custom;

    // The limit PATCH, exactly as built.
    const int newLimit = beta ? 12 : 11;
    HttpResult r = m_fixture->patchJson(base + u'/' + c.id, EnrollmentConfiguration::limitPatch(c, newLimit));
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(EnrollmentConfiguration::fromJson(r.json()).limit, std::optional<int>(newLimit));

    // The assignments read, written back unchanged: accepted, and the same set afterwards.
    r = m_fixture->postJson(base + u'/' + c.id + u"/assign"_s,
                            EnrollmentConfiguration::assignBody(c.assignments, beta));
    QVERIFY2(r.status == 204, r.body.constData());
    const EnrollmentConfiguration after =
            EnrollmentConfiguration::fromJson(m_fixture->get(base + u'/' + c.id + u"?$expand=assignments"_s).json());
    QCOMPARE(after.assignments.size(), c.assignments.size());
    for (qsizetype i = 0; i < c.assignments.size(); ++i) {
        QCOMPARE(after.assignments.at(i).id, c.assignments.at(i).id);
        QCOMPARE(after.assignments.at(i).target.toJson(beta), c.assignments.at(i).target.toJson(beta));
    }

    // An added all-licensed-users target (made in code) is accepted too.
    QList<ed::Assignment> more = c.assignments;
    ed::Assignment everyone;
    everyone.target = AssignmentTarget::allLicensedUsers();
    more.append(everyone);
    r = m_fixture->postJson(base + u'/' + c.id + u"/assign"_s, EnrollmentConfiguration::assignBody(more, beta));
    QVERIFY2(r.status == 204, r.body.constData());
    const EnrollmentConfiguration extended =
            EnrollmentConfiguration::fromJson(m_fixture->get(base + u'/' + c.id + u"?$expand=assignments"_s).json());
    QCOMPARE(extended.assignments.size(), c.assignments.size() + 1);
    QCOMPARE(extended.assignments.last().target.kind, AssignmentTarget::Kind::AllLicensedUsers);

    // And back to the set read first.
    r = m_fixture->postJson(base + u'/' + c.id + u"/assign"_s,
                            EnrollmentConfiguration::assignBody(c.assignments, beta));
    QVERIFY2(r.status == 204, r.body.constData());
    QCOMPARE(EnrollmentConfiguration::fromJson(m_fixture->get(base + u'/' + c.id + u"?$expand=assignments"_s).json())
                     .assignments.size(),
             c.assignments.size());
}

QTEST_GUILESS_MAIN(TestDomainFromEmulator)
#include "tst_DomainFromEmulator.moc"
