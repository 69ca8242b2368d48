// EnrollmentConfiguration from Microsoft's samples and hand-written JSON (kinds, the five defaults,
// subtype properties, wrong types), the limit PATCH body (seed 004, graph.md §3.5) and the assign
// body (seeds 001/003) read → written unchanged, unknown target types included.

#include "SampleJson.h"
#include "models/EnrollmentConfiguration.h"

#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

using Configuration = EnrollmentConfiguration;
using Kind = Configuration::Kind;

class TestEnrollmentConfiguration final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samples_data();
    void samples();
    void kinds_data();
    void kinds();
    void defaults_data();
    void defaults();
    void properties();
    void wrongTypes();
    void limitPatch_data();
    void limitPatch();
    void limitPatchNotALimit();
    void assignBodyRoundTrip_data();
    void assignBodyRoundTrip();
    void assignBodyShape();
};

void TestEnrollmentConfiguration::samples_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("limit"); // -1: none
    QTest::newRow("v1.0 list (base type)")
            << sampleValues(u"enrollment-configurations-list-v1.json"_s).at(0).toObject() << int(Kind::Other) << -1;
    QTest::newRow("beta limit list")
            << sampleValues(u"enrollment-limit-configurations-list-beta.json"_s).at(0).toObject()
            << int(Kind::DeviceLimit) << 5;
    QTest::newRow("v1.0 limit update response")
            << sampleObject(u"enrollment-limit-update-response-v1.json"_s) << int(Kind::DeviceLimit) << 5;
}

void TestEnrollmentConfiguration::samples()
{
    QFETCH(QJsonObject, json);
    QFETCH(int, kind);
    QFETCH(int, limit);
    QVERIFY(!json.isEmpty());
    const Configuration c = Configuration::fromJson(json);
    QCOMPARE(int(c.kind), kind);
    QCOMPARE(c.odataType, json.value("@odata.type"_L1).toString());
    QVERIFY(!c.id.isEmpty());
    QCOMPARE(c.displayName, u"Display Name value"_s);
    QCOMPARE(c.description, u"Description value"_s);
    QCOMPARE(c.priority, 8);
    QCOMPARE(c.version, 7);
    QCOMPARE(c.createdDateTime, QDateTime(QDate(2017, 1, 1), QTime(8, 2, 43, 578), Qt::UTC));
    QCOMPARE(c.lastModifiedDateTime, QDateTime(QDate(2017, 1, 1), QTime(8, 0, 35, 133), Qt::UTC));
    QVERIFY(!c.isDefault);
    QCOMPARE(c.configurationType, Configuration::ConfigurationType::Unknown); // not in these samples
    QCOMPARE(c.limit.value_or(-1), limit);
    const QJsonObject expectedProperties = limit < 0 ? QJsonObject() : QJsonObject{{u"limit"_s, limit}};
    QCOMPARE(c.properties, expectedProperties);
    QVERIFY(!c.assignmentsExpanded);
    QVERIFY(c.unknownEnums.isEmpty());
}

void TestEnrollmentConfiguration::kinds_data()
{
    QTest::addColumn<QString>("odataType");
    QTest::addColumn<QString>("configurationType"); // deviceEnrollmentConfigurationType, or none
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("unknownType"); // recorded as not recognised
    const std::pair<const char *, Kind> subtypes[] = {
            {"deviceEnrollmentLimitConfiguration", Kind::DeviceLimit},
            {"deviceEnrollmentPlatformRestrictionsConfiguration", Kind::PlatformRestrictions},
            {"deviceEnrollmentPlatformRestrictionConfiguration", Kind::SinglePlatformRestriction},
            {"deviceEnrollmentWindowsHelloForBusinessConfiguration", Kind::WindowsHelloForBusiness},
            {"windows10EnrollmentCompletionPageConfiguration", Kind::EnrollmentStatusPage},
            {"deviceComanagementAuthorityConfiguration", Kind::ComanagementAuthority},
            {"windowsRestoreDeviceEnrollmentConfiguration", Kind::WindowsRestore},
            {"deviceEnrollmentNotificationConfiguration", Kind::EnrollmentNotifications}};
    for (const auto &[name, kind] : subtypes)
        QTest::addRow("%s", name) << QString(u"#microsoft.graph."_s + QLatin1StringView(name)) << QString() << int(kind)
                                  << QString();
    const QString base = u"#microsoft.graph.deviceEnrollmentConfiguration"_s;
    QTest::newRow("without #") << u"microsoft.graph.deviceEnrollmentLimitConfiguration"_s << QString()
                               << int(Kind::DeviceLimit) << QString();
    QTest::newRow("base type alone (v1.0)") << base << QString() << int(Kind::Other) << QString();
    QTest::newRow("base type, beta type singlePlatformRestriction")
            << base << u"singlePlatformRestriction"_s << int(Kind::SinglePlatformRestriction) << QString();
    QTest::newRow("base type, beta type defaultLimit")
            << base << u"defaultLimit"_s << int(Kind::DeviceLimit) << QString();
    QTest::newRow("no type, beta type windowsRestore")
            << QString() << u"windowsRestore"_s << int(Kind::WindowsRestore) << QString();
    QTest::newRow("unknown subtype wins over a known beta type")
            << u"#microsoft.graph.devicePreparationConfiguration"_s << u"limit"_s << int(Kind::Other) << QString();
    QTest::newRow("unknown beta type kept")
            << base << u"devicePreparation"_s << int(Kind::Other) << u"devicePreparation"_s;
}

void TestEnrollmentConfiguration::kinds()
{
    QFETCH(QString, odataType);
    QFETCH(QString, configurationType);
    QFETCH(int, kind);
    QFETCH(QString, unknownType);
    QJsonObject json{{u"id"_s, u"c1"_s}, {u"priority"_s, 2}};
    if (!odataType.isNull())
        json.insert(u"@odata.type"_s, odataType);
    if (!configurationType.isNull())
        json.insert(u"deviceEnrollmentConfigurationType"_s, configurationType);
    const Configuration c = Configuration::fromJson(json);
    QCOMPARE(int(c.kind), kind);
    QCOMPARE(c.odataType, odataType.isNull() ? QString() : odataType);
    QCOMPARE(c.unknownEnums.value("deviceEnrollmentConfigurationType"_L1), unknownType);
    if (!unknownType.isNull())
        QCOMPARE(c.configurationType, Configuration::ConfigurationType::Other);
}

void TestEnrollmentConfiguration::defaults_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QJsonValue>("priority"); // undefined: missing
    QTest::addColumn<bool>("isDefault");
    const QString tenant = u"5c2f9e33-7a1d-4b6e-9f0a-2d8c4e1b7a55"_s;
    for (const char *suffix : {"_DefaultLimit", "_DefaultPlatformRestrictions", "_DefaultWindowsHelloForBusiness",
                               "_DefaultWindows10EnrollmentCompletionPageConfiguration", "_WindowsRestore"})
        QTest::addRow("%s", suffix) << QString(tenant + QLatin1StringView(suffix)) << QJsonValue(0) << true;
    QTest::newRow("default id, priority missing ($select)")
            << QString(tenant + u"_DefaultLimit"_s) << QJsonValue(QJsonValue::Undefined) << true;
    QTest::newRow("default id, other case") << QString(tenant + u"_defaultlimit"_s) << QJsonValue(0) << true;
    QTest::newRow("custom, priority 1") << u"0f1e2d3c-aaaa-bbbb-cccc-0123456789ab_Limit"_s << QJsonValue(1) << false;
    QTest::newRow("custom id, priority 0") << u"0f1e2d3c-aaaa-bbbb-cccc-0123456789ab_Limit"_s << QJsonValue(0) << true;
    QTest::newRow("custom, priority missing")
            << u"0f1e2d3c-aaaa-bbbb-cccc-0123456789ab_Limit"_s << QJsonValue(QJsonValue::Undefined) << false;
    QTest::newRow("custom, priority \"0\"")
            << u"0f1e2d3c-aaaa-bbbb-cccc-0123456789ab_Limit"_s << QJsonValue(u"0"_s) << false;
    QTest::newRow("suffix in the middle") << QString(tenant + u"_DefaultLimit_Copy"_s) << QJsonValue(3) << false;
}

void TestEnrollmentConfiguration::defaults()
{
    QFETCH(QString, id);
    QFETCH(QJsonValue, priority);
    QFETCH(bool, isDefault);
    QJsonObject json{{u"@odata.type"_s, u"#microsoft.graph.deviceEnrollmentLimitConfiguration"_s}, {u"id"_s, id}};
    if (!priority.isUndefined())
        json.insert(u"priority"_s, priority);
    QCOMPARE(Configuration::fromJson(json).isDefault, isDefault);
}

void TestEnrollmentConfiguration::properties()
{
    const Configuration c = Configuration::fromJson(jsonObject(R"({
        "@odata.type":"#microsoft.graph.deviceEnrollmentPlatformRestrictionConfiguration",
        "id":"x_SinglePlatformRestriction","displayName":"Windows","description":"","priority":1,
        "createdDateTime":"2023-05-02T09:12:00Z","lastModifiedDateTime":"2024-01-01T00:00:00Z","version":3,
        "roleScopeTagIds":["0","7"],"deviceEnrollmentConfigurationType":"singlePlatformRestriction",
        "platformType":"windows","platformRestriction":{"platformBlocked":false,"osMinimumVersion":"10.0.19045"},
        "assignments@odata.context":"https://graph.microsoft.com/beta/$metadata#x",
        "assignments":[{"id":"x_g1","target":{"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"g1"},
                        "source":"direct","sourceId":null}]})"));
    QCOMPARE(c.kind, Kind::SinglePlatformRestriction);
    QCOMPARE(c.configurationType, Configuration::ConfigurationType::SinglePlatformRestriction);
    QCOMPARE(c.roleScopeTagIds, QStringList({u"0"_s, u"7"_s}));
    QCOMPARE(c.version, 3);
    QVERIFY(!c.limit.has_value());
    QCOMPARE(c.properties.keys(), QStringList({u"platformRestriction"_s, u"platformType"_s}));
    QCOMPARE(c.properties.value("platformType"_L1).toString(), u"windows"_s);
    QVERIFY(c.assignmentsExpanded);
    QCOMPARE(c.assignments.size(), 1);
    QCOMPARE(c.assignments.at(0).target.groupId, u"g1"_s);
}

void TestEnrollmentConfiguration::wrongTypes()
{
    const Configuration c = Configuration::fromJson(jsonObject(R"({
        "@odata.type":"#microsoft.graph.deviceEnrollmentLimitConfiguration","id":5,"displayName":null,
        "priority":"1","version":2.5,"createdDateTime":"0001-01-01T00:00:00Z","lastModifiedDateTime":[],
        "roleScopeTagIds":[0,"1",null],"deviceEnrollmentConfigurationType":4,"limit":"15","assignments":null})"));
    QCOMPARE(c.kind, Kind::DeviceLimit);
    QVERIFY(c.id.isEmpty());
    QVERIFY(c.displayName.isEmpty());
    QCOMPARE(c.priority, 0);
    QVERIFY(!c.isDefault); // a priority that is not a number says nothing
    QCOMPARE(c.version, 0);
    QVERIFY(!c.createdDateTime.isValid());
    QVERIFY(!c.lastModifiedDateTime.isValid());
    QCOMPARE(c.roleScopeTagIds, QStringList{u"1"_s});
    QCOMPARE(c.configurationType, Configuration::ConfigurationType::Unknown);
    QVERIFY(!c.limit.has_value());
    QVERIFY(!c.assignmentsExpanded);
    QVERIFY(c.unknownEnums.isEmpty());
}

void TestEnrollmentConfiguration::limitPatch_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<int>("newLimit");
    const QJsonObject sample = sampleValues(u"enrollment-limit-configurations-list-beta.json"_s).at(0).toObject();
    for (int limit : {1, 5, 15})
        QTest::addRow("sample, limit %d", limit) << sample << limit;
    QTest::newRow("type without #") << jsonObject(
            R"({"@odata.type":"microsoft.graph.deviceEnrollmentLimitConfiguration","id":"c","limit":3})")
                                    << 4;
    QTest::newRow("default, with assignments and base properties") << jsonObject(
            R"({"@odata.type":"#microsoft.graph.deviceEnrollmentLimitConfiguration","id":"t_DefaultLimit","priority":0,"version":0,"displayName":"All users and all devices","roleScopeTagIds":[],"limit":5,"assignments":[]})")
                                                                   << 7;
}

void TestEnrollmentConfiguration::limitPatch()
{
    QFETCH(QJsonObject, json);
    QFETCH(int, newLimit);
    const QJsonObject body = Configuration::limitPatch(Configuration::fromJson(json), newLimit);
    const QByteArray expected = R"({"@odata.type":"#microsoft.graph.deviceEnrollmentLimitConfiguration","limit":)"
            + QByteArray::number(newLimit) + '}';
    QCOMPARE(compactJson(body), expected);
}

void TestEnrollmentConfiguration::limitPatchNotALimit()
{
    const Configuration restriction = Configuration::fromJson(jsonObject(
            R"({"@odata.type":"#microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration","limit":5})"));
    QVERIFY(Configuration::limitPatch(restriction, 3).isEmpty());
    QVERIFY(Configuration::limitPatch(Configuration::fromJson(QJsonObject()), 3).isEmpty());
}

void TestEnrollmentConfiguration::assignBodyRoundTrip_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<bool>("beta");
    QTest::newRow("seed v1.0 (collection)")
            << sampleObject(u"enrollment-configuration-assign-request-v1.json"_s) << false;
    QTest::newRow("seed beta (scope tag group, filter, source)")
            << sampleObject(u"enrollment-configuration-assign-request-beta.json"_s) << true;
    const QByteArray unknownTarget =
            R"({"@odata.type":"#microsoft.graph.futureAssignmentTarget","groupId":"g9","rule":{"any":[1,{"b":null}]},"deviceAndAppManagementAssignmentFilterType":"none"})";
    QTest::newRow("unknown target type (beta)") << jsonObject(
            R"({"enrollmentConfigurationAssignments":[{"@odata.type":"#microsoft.graph.enrollmentConfigurationAssignment","id":"c_g9","source":"direct","sourceId":null,"target":)"
            + unknownTarget + "}]}") << true;
    QTest::newRow("unknown target type (v1.0)") << jsonObject(
            R"({"enrollmentConfigurationAssignments":[{"@odata.type":"#microsoft.graph.enrollmentConfigurationAssignment","target":)"
            + unknownTarget + "}]}") << false;
    QTest::newRow("mixed, unknown source value") << jsonObject(R"({"enrollmentConfigurationAssignments":[
                {"@odata.type":"#microsoft.graph.enrollmentConfigurationAssignment","id":"a","source":"inherited","sourceId":"s1",
                 "target":{"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"g1","deviceAndAppManagementAssignmentFilterId":null,"deviceAndAppManagementAssignmentFilterType":"none"}},
                {"@odata.type":"#microsoft.graph.enrollmentConfigurationAssignment","id":"b","source":"direct","sourceId":null,
                 "target":{"@odata.type":"#microsoft.graph.exclusionGroupAssignmentTarget","groupId":"g2"}},
                {"@odata.type":"#microsoft.graph.enrollmentConfigurationAssignment","id":"c","source":"policySets","sourceId":"ps",
                 "target":{"@odata.type":"#microsoft.graph.allLicensedUsersAssignmentTarget"}}]})")
                                                 << true;
    QTest::newRow("empty") << jsonObject(R"({"enrollmentConfigurationAssignments":[]})") << false;
}

void TestEnrollmentConfiguration::assignBodyRoundTrip()
{
    QFETCH(QJsonObject, body);
    QFETCH(bool, beta);
    QVERIFY(body.contains("enrollmentConfigurationAssignments"_L1));
    const QList<Assignment> assignments =
            Assignment::listFromJson(body.value("enrollmentConfigurationAssignments"_L1).toArray());
    QCOMPARE(compactJson(Configuration::assignBody(assignments, beta)), compactJson(body));
}

void TestEnrollmentConfiguration::assignBodyShape()
{
    Assignment include;
    include.target = AssignmentTarget::group(u"g1"_s);
    Assignment exclude;
    exclude.id = u"c_g2"_s;
    exclude.target = AssignmentTarget::exclusionGroup(u"g2"_s);
    QCOMPARE(
            compactJson(Configuration::assignBody({include, exclude}, false)),
            QByteArray(
                    R"({"enrollmentConfigurationAssignments":[)"
                    R"({"@odata.type":"#microsoft.graph.enrollmentConfigurationAssignment","target":{"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"g1"}},)"
                    R"({"@odata.type":"#microsoft.graph.enrollmentConfigurationAssignment","id":"c_g2","target":{"@odata.type":"#microsoft.graph.exclusionGroupAssignmentTarget","groupId":"g2"}}]})"));
    const QJsonObject beta = Configuration::assignBody({include}, true);
    const QJsonObject item = beta.value("enrollmentConfigurationAssignments"_L1)[0].toObject();
    QCOMPARE(item.value("source"_L1).toString(), u"direct"_s);
    QVERIFY(item.value("sourceId"_L1).isNull());
}

QTEST_GUILESS_MAIN(TestEnrollmentConfiguration)
#include "tst_EnrollmentConfiguration.moc"
