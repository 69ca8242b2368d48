// AssignmentTarget and Assignment: every subtype of graph.md §4, unknown types kept verbatim,
// read → write unchanged, edits written, v1.0 bodies without empty filter properties, and the
// samples of the profile and enrollment configuration assignment pages.

#include "SampleJson.h"
#include "models/AssignmentTarget.h"

#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

using Kind = AssignmentTarget::Kind;

class TestAssignmentTarget final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kinds_data();
    void kinds();
    void roundTrip_data();
    void roundTrip();
    void edits();
    void v1Body_data();
    void v1Body();
    void factories_data();
    void factories();
    void assignmentSamples_data();
    void assignmentSamples();
    void assignmentToJson();
};

void TestAssignmentTarget::kinds_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id"); // groupId, collectionId or entraObjectId
    QTest::newRow("group") << QByteArray(R"({"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"g1"})")
                           << int(Kind::Group) << u"g1"_s;
    QTest::newRow("group without #") << QByteArray(
            R"({"@odata.type":"microsoft.graph.groupAssignmentTarget","groupId":"g2"})")
                                     << int(Kind::Group) << u"g2"_s;
    QTest::newRow("exclusion group") << QByteArray(
            R"({"@odata.type":"#microsoft.graph.exclusionGroupAssignmentTarget","groupId":"g3"})")
                                     << int(Kind::ExclusionGroup) << u"g3"_s;
    QTest::newRow("all licensed users") << QByteArray(
            R"({"@odata.type":"#microsoft.graph.allLicensedUsersAssignmentTarget"})")
                                        << int(Kind::AllLicensedUsers) << QString();
    QTest::newRow("all devices") << QByteArray(R"({"@odata.type":"#microsoft.graph.allDevicesAssignmentTarget"})")
                                 << int(Kind::AllDevices) << QString();
    QTest::newRow("collection") << QByteArray(
            R"({"@odata.type":"microsoft.graph.configurationManagerCollectionAssignmentTarget","collectionId":"P0100023"})")
                                << int(Kind::ConfigurationManagerCollection) << u"P0100023"_s;
    QTest::newRow("scope tag group") << QByteArray(
            R"({"@odata.type":"microsoft.graph.scopeTagGroupAssignmentTarget","targetType":"user","entraObjectId":"e1"})")
                                     << int(Kind::ScopeTagGroup) << u"e1"_s;
    QTest::newRow("base type") << QByteArray(
            R"({"@odata.type":"microsoft.graph.deviceAndAppManagementAssignmentTarget"})")
                               << int(Kind::Base) << QString();
    QTest::newRow("unknown type") << QByteArray(
            R"({"@odata.type":"#microsoft.graph.futureAssignmentTarget","groupId":"g4"})")
                                  << int(Kind::Other) << u"g4"_s;
    QTest::newRow("no type") << QByteArray(R"({"groupId":"g5"})") << int(Kind::Other) << u"g5"_s;
    QTest::newRow("type not a string") << QByteArray(R"({"@odata.type":7})") << int(Kind::Other) << QString();
    QTest::newRow("empty") << QByteArray("{}") << int(Kind::Other) << QString();
}

void TestAssignmentTarget::kinds()
{
    QFETCH(QByteArray, json);
    QFETCH(int, kind);
    QFETCH(QString, id);
    const AssignmentTarget t = AssignmentTarget::fromJson(jsonObject(json));
    QCOMPARE(int(t.kind), kind);
    const QString readId = !t.groupId.isEmpty() ? t.groupId
            : !t.collectionId.isEmpty()         ? t.collectionId
                                                : t.entraObjectId;
    QCOMPARE(readId, id);
    QCOMPARE(t.isGroup(), t.kind == Kind::Group || t.kind == Kind::ExclusionGroup);
}

void TestAssignmentTarget::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("group with filter (beta)") << QByteArray(
            R"({"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"g1","deviceAndAppManagementAssignmentFilterId":null,"deviceAndAppManagementAssignmentFilterType":"none"})");
    QTest::newRow("include filter") << QByteArray(
            R"({"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"g1","deviceAndAppManagementAssignmentFilterId":"f1","deviceAndAppManagementAssignmentFilterType":"include"})");
    QTest::newRow("filter id empty string") << QByteArray(
            R"({"@odata.type":"#microsoft.graph.allDevicesAssignmentTarget","deviceAndAppManagementAssignmentFilterId":""})");
    QTest::newRow("exclusion without #") << QByteArray(
            R"({"@odata.type":"microsoft.graph.exclusionGroupAssignmentTarget","groupId":"g2"})");
    QTest::newRow("all licensed users") << QByteArray(
            R"({"@odata.type":"#microsoft.graph.allLicensedUsersAssignmentTarget"})");
    QTest::newRow("collection") << QByteArray(
            R"({"@odata.type":"microsoft.graph.configurationManagerCollectionAssignmentTarget","collectionId":"Collection Id value"})");
    QTest::newRow("scope tag group (seed sample)")
            << compactJson(sampleObject(u"enrollment-configuration-assign-request-beta.json"_s)
                                   .value("enrollmentConfigurationAssignments"_L1)[0]
                                   .toObject()
                                   .value("target"_L1)
                                   .toObject());
    QTest::newRow("base type") << QByteArray(
            R"({"@odata.type":"microsoft.graph.deviceAndAppManagementAssignmentTarget"})");
    QTest::newRow("unknown type, nested JSON") << QByteArray(
            R"({"@odata.type":"#microsoft.graph.futureAssignmentTarget","groupId":"g4","rule":{"any":[1,2,{"x":null}]},"weight":0.5})");
    QTest::newRow("unknown property on a group") << QByteArray(
            R"({"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"g1","intent":"required"})");
    QTest::newRow("unknown filter type") << QByteArray(
            R"({"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"g1","deviceAndAppManagementAssignmentFilterId":"f","deviceAndAppManagementAssignmentFilterType":"sometimes"})");
    QTest::newRow("unknown scope tag target type") << QByteArray(
            R"({"@odata.type":"#microsoft.graph.scopeTagGroupAssignmentTarget","targetType":"servicePrincipal","entraObjectId":null})");
    QTest::newRow("groupId of the wrong type")
            << QByteArray(R"({"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":5})");
    QTest::newRow("no type at all") << QByteArray(R"({"groupId":"g5"})");
}

void TestAssignmentTarget::roundTrip()
{
    QFETCH(QByteArray, json);
    const QJsonObject original = jsonObject(json);
    QVERIFY(!original.isEmpty());
    const AssignmentTarget t = AssignmentTarget::fromJson(original);
    QCOMPARE(compactJson(t.toJson()), compactJson(original));
    QCOMPARE(compactJson(AssignmentTarget::fromJson(t.toJson()).toJson()), compactJson(original));
}

void TestAssignmentTarget::edits()
{
    const QJsonObject read = jsonObject(
            R"({"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"g1","intent":"required","deviceAndAppManagementAssignmentFilterId":null,"deviceAndAppManagementAssignmentFilterType":"none"})");
    AssignmentTarget t = AssignmentTarget::fromJson(read);
    t.groupId = u"g2"_s;
    QCOMPARE(
            compactJson(t.toJson()),
            QByteArray(
                    R"({"@odata.type":"#microsoft.graph.groupAssignmentTarget","deviceAndAppManagementAssignmentFilterId":null,"deviceAndAppManagementAssignmentFilterType":"none","groupId":"g2","intent":"required"})"));

    t.filterId = u"f9"_s;
    t.filterType = AssignmentTarget::FilterType::Exclude;
    QCOMPARE(t.toJson().value("deviceAndAppManagementAssignmentFilterId"_L1).toString(), u"f9"_s);
    QCOMPARE(t.toJson().value("deviceAndAppManagementAssignmentFilterType"_L1).toString(), u"exclude"_s);

    // Another kind: the old JSON's properties do not leak into the new target.
    t = AssignmentTarget::fromJson(read);
    t.kind = Kind::ConfigurationManagerCollection;
    t.collectionId = u"P01"_s;
    QCOMPARE(
            compactJson(t.toJson()),
            QByteArray(
                    R"({"@odata.type":"#microsoft.graph.configurationManagerCollectionAssignmentTarget","collectionId":"P01"})"));
}

void TestAssignmentTarget::v1Body_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected"); // toJson(false)
    QTest::newRow("empty filter left out")
            << QByteArray(
                       R"({"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"g1","deviceAndAppManagementAssignmentFilterId":null,"deviceAndAppManagementAssignmentFilterType":"none"})")
            << QByteArray(R"({"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"g1"})");
    QTest::newRow("real filter kept")
            << QByteArray(
                       R"({"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"g1","deviceAndAppManagementAssignmentFilterId":"f1","deviceAndAppManagementAssignmentFilterType":"include"})")
            << QByteArray(
                       R"({"@odata.type":"#microsoft.graph.groupAssignmentTarget","deviceAndAppManagementAssignmentFilterId":"f1","deviceAndAppManagementAssignmentFilterType":"include","groupId":"g1"})");
    QTest::newRow("unknown type untouched")
            << QByteArray(
                       R"({"@odata.type":"#microsoft.graph.futureAssignmentTarget","deviceAndAppManagementAssignmentFilterType":"none"})")
            << QByteArray(
                       R"({"@odata.type":"#microsoft.graph.futureAssignmentTarget","deviceAndAppManagementAssignmentFilterType":"none"})");
}

void TestAssignmentTarget::v1Body()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    QCOMPARE(compactJson(AssignmentTarget::fromJson(jsonObject(json)).toJson(false)), expected);
}

void TestAssignmentTarget::factories_data()
{
    QTest::addColumn<AssignmentTarget>("target");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("group") << AssignmentTarget::group(u"g1"_s)
                           << QByteArray(R"({"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"g1"})");
    QTest::newRow("exclusion")
            << AssignmentTarget::exclusionGroup(u"g2"_s)
            << QByteArray(R"({"@odata.type":"#microsoft.graph.exclusionGroupAssignmentTarget","groupId":"g2"})");
    QTest::newRow("all users") << AssignmentTarget::allLicensedUsers()
                               << QByteArray(R"({"@odata.type":"#microsoft.graph.allLicensedUsersAssignmentTarget"})");
    QTest::newRow("all devices") << AssignmentTarget::allDevices()
                                 << QByteArray(R"({"@odata.type":"#microsoft.graph.allDevicesAssignmentTarget"})");
    QTest::newRow("collection")
            << AssignmentTarget::configurationManagerCollection(u"P0100023"_s)
            << QByteArray(
                       R"({"@odata.type":"#microsoft.graph.configurationManagerCollectionAssignmentTarget","collectionId":"P0100023"})");
}

void TestAssignmentTarget::factories()
{
    QFETCH(AssignmentTarget, target);
    QFETCH(QByteArray, expected);
    QCOMPARE(compactJson(target.toJson()), expected);
    QCOMPARE(compactJson(target.toJson(false)), expected);
    QCOMPARE(int(AssignmentTarget::fromJson(target.toJson()).kind), int(target.kind));
}

void TestAssignmentTarget::assignmentSamples_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("sourceId");
    using Source = Assignment::Source;
    QTest::newRow("profile assignments list")
            << sampleValues(u"autopilot-profile-assignments-list-beta.json"_s).at(0).toObject()
            << u"de7e1e1e-1e1e-de7e-1e1e-7ede1e1e7ede"_s << int(Kind::Base) << int(Source::Direct) << QString();
    QTest::newRow("profile assignment create")
            << sampleObject(u"autopilot-profile-assignment-create-response-beta.json"_s)
            << u"de7e1e1e-1e1e-de7e-1e1e-7ede1e1e7ede"_s << int(Kind::Base) << int(Source::PolicySets)
            << u"Source Id value"_s;
    QTest::newRow("configuration assignments list")
            << sampleValues(u"enrollment-configuration-assignments-list-beta.json"_s).at(0).toObject()
            << u"705b021c-021c-705b-1c02-5b701c025b70"_s << int(Kind::Base) << int(Source::PolicySets)
            << u"Source Id value"_s;
    QTest::newRow("v1.0 assign request item")
            << sampleObject(u"enrollment-configuration-assign-request-v1.json"_s)
                       .value("enrollmentConfigurationAssignments"_L1)[0]
                       .toObject()
            << u"705b021c-021c-705b-1c02-5b701c025b70"_s << int(Kind::ConfigurationManagerCollection)
            << int(Source::Direct) << QString();
    QTest::newRow("unknown source") << jsonObject(
            R"({"id":"a1","target":{"@odata.type":"#microsoft.graph.allDevicesAssignmentTarget"},"source":"inherited"})")
                                    << u"a1"_s << int(Kind::AllDevices) << int(Source::Other) << QString();
    QTest::newRow("wrong types") << jsonObject(R"({"id":1,"target":"group","source":false,"sourceId":[]})") << QString()
                                 << int(Kind::Other) << int(Source::Direct) << QString();
}

void TestAssignmentTarget::assignmentSamples()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, id);
    QFETCH(int, kind);
    QFETCH(int, source);
    QFETCH(QString, sourceId);
    QVERIFY(!json.isEmpty());
    const Assignment a = Assignment::fromJson(json);
    QCOMPARE(a.id, id);
    QCOMPARE(int(a.target.kind), kind);
    QCOMPARE(int(a.source), source);
    QCOMPARE(a.sourceId, sourceId);
    if (a.source == Assignment::Source::Other)
        QCOMPARE(a.unknownEnums.value("source"_L1), u"inherited"_s);
}

void TestAssignmentTarget::assignmentToJson()
{
    Assignment a;
    a.target = AssignmentTarget::group(u"g1"_s);
    QCOMPARE(compactJson(a.toJson(false)),
             QByteArray(R"({"target":{"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"g1"}})"));
    a.id = u"c1_g1"_s;
    QCOMPARE(
            compactJson(a.toJson(true)),
            QByteArray(
                    R"({"id":"c1_g1","source":"direct","sourceId":null,"target":{"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"g1"}})"));
    const Assignment unknown = Assignment::fromJson(jsonObject(R"({"id":"x","source":"inherited","sourceId":"s"})"));
    QCOMPARE(unknown.toJson(true).value("source"_L1).toString(), u"inherited"_s);
}

QTEST_GUILESS_MAIN(TestAssignmentTarget)
#include "tst_AssignmentTarget.moc"
