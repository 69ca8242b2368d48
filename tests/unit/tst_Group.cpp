// Group from Microsoft's group-list and getByIds samples and hand-written JSON: kinds from
// @odata.type (a user from getByIds is not a group), dynamic and Microsoft 365 groups, wrong types.

#include "SampleJson.h"
#include "models/Group.h"

#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

class TestGroup final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listSample();
    void dynamicSample();
    void getByIdsSample();
    void kinds_data();
    void kinds();
    void derived_data();
    void derived();
    void wrongTypes();
};

void TestGroup::listSample()
{
    const QList<Group> groups = Group::listFromJson(sampleValues(u"groups-list-v1.json"_s));
    QCOMPARE(groups.size(), 2);
    const Group &golf = groups.at(0);
    QCOMPARE(golf.kind, Group::Kind::Group);
    QVERIFY(golf.odataType.isEmpty());
    QCOMPARE(golf.id, u"45b7d2e7-b882-4a80-ba97-10b7a63b8fa4"_s);
    QCOMPARE(golf.displayName, u"Golf Assist"_s);
    QCOMPARE(golf.description, u"Self help community for golf"_s);
    QCOMPARE(golf.mail, u"golfassist@contoso.com"_s);
    QVERIFY(golf.mailEnabled);
    QVERIFY(!golf.securityEnabled);
    QCOMPARE(golf.groupTypes, QStringList{u"Unified"_s});
    QVERIFY(golf.membershipRule.isEmpty()); // null
    QVERIFY(golf.isMicrosoft365());
    QVERIFY(!golf.isDynamic());
    const Group &talk = groups.at(1);
    QCOMPARE(talk.displayName, u"Golf Discussion"_s);
    QVERIFY(talk.groupTypes.isEmpty());
    QVERIFY(!talk.isMicrosoft365());
    QVERIFY(!talk.isDynamic());
}

void TestGroup::dynamicSample()
{
    // $select=id,membershipRule,membershipRuleProcessingState: no groupTypes, but a rule.
    const QList<Group> groups = Group::listFromJson(sampleValues(u"groups-dynamic-security-v1.json"_s));
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.at(0).id, u"e9f4a701-e7b5-4401-a0ca-5bd5f3cdcf4b"_s);
    QVERIFY(groups.at(0).membershipRule.startsWith(u"(user.userType -contains \"Guest\""_s));
    QVERIFY(groups.at(0).isDynamic());
    QVERIFY(groups.at(0).displayName.isEmpty());
}

void TestGroup::getByIdsSample()
{
    const QList<Group> objects = Group::listFromJson(sampleValues(u"directoryobjects-getbyids-response-v1.json"_s));
    QCOMPARE(objects.size(), 2);
    QCOMPARE(objects.at(0).kind, Group::Kind::User);
    QVERIFY(!objects.at(0).isGroup());
    QCOMPARE(objects.at(0).odataType, u"#microsoft.graph.user"_s);
    QCOMPARE(objects.at(0).displayName, u"Trevor Jones"_s);
    QCOMPARE(objects.at(1).displayName, u"Billy Smith"_s);
}

void TestGroup::kinds_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("kind");
    QTest::newRow("no type (/groups)") << QByteArray(R"({"id":"g"})") << int(Group::Kind::Group);
    QTest::newRow("group (getByIds)") << QByteArray(R"({"@odata.type":"#microsoft.graph.group","id":"g"})")
                                      << int(Group::Kind::Group);
    QTest::newRow("user without #") << QByteArray(R"({"@odata.type":"microsoft.graph.user","id":"u"})")
                                    << int(Group::Kind::User);
    QTest::newRow("device") << QByteArray(R"({"@odata.type":"#microsoft.graph.device","id":"d"})")
                            << int(Group::Kind::Other);
    QTest::newRow("service principal") << QByteArray(R"({"@odata.type":"#microsoft.graph.servicePrincipal","id":"s"})")
                                       << int(Group::Kind::Other);
}

void TestGroup::kinds()
{
    QFETCH(QByteArray, json);
    QFETCH(int, kind);
    const QJsonObject object = jsonObject(json);
    const Group g = Group::fromJson(object);
    QCOMPARE(int(g.kind), kind);
    QCOMPARE(g.odataType, object.value("@odata.type"_L1).toString());
    QVERIFY(!g.id.isEmpty());
}

void TestGroup::derived_data()
{
    QTest::addColumn<QStringList>("groupTypes");
    QTest::addColumn<QString>("membershipRule");
    QTest::addColumn<bool>("dynamic");
    QTest::addColumn<bool>("microsoft365");
    QTest::newRow("assigned security") << QStringList() << QString() << false << false;
    QTest::newRow("dynamic security") << QStringList{u"DynamicMembership"_s}
                                      << u"(device.devicePhysicalIds -any (_ -eq \"[OrderID]:Kiosk\"))"_s << true
                                      << false;
    QTest::newRow("Microsoft 365") << QStringList{u"Unified"_s} << QString() << false << true;
    QTest::newRow("dynamic Microsoft 365") << QStringList{u"Unified"_s, u"DynamicMembership"_s}
                                           << u"(user.department -eq \"Sales\")"_s << true << true;
    QTest::newRow("other case") << QStringList{u"unified"_s, u"dynamicmembership"_s} << QString() << true << true;
}

void TestGroup::derived()
{
    QFETCH(QStringList, groupTypes);
    QFETCH(QString, membershipRule);
    QFETCH(bool, dynamic);
    QFETCH(bool, microsoft365);
    QJsonObject json{{u"id"_s, u"g"_s}, {u"groupTypes"_s, QJsonArray::fromStringList(groupTypes)}};
    json.insert(u"membershipRule"_s,
                membershipRule.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(membershipRule));
    const Group g = Group::fromJson(json);
    QCOMPARE(g.isDynamic(), dynamic);
    QCOMPARE(g.isMicrosoft365(), microsoft365);
}

void TestGroup::wrongTypes()
{
    const Group g = Group::fromJson(jsonObject(R"({"@odata.type":[],"id":7,"displayName":null,"description":{},
        "mail":false,"mailEnabled":"true","securityEnabled":1,"groupTypes":"Unified","membershipRule":["x"]})"));
    QCOMPARE(g.kind, Group::Kind::Group);
    QVERIFY(g.id.isEmpty());
    QVERIFY(g.displayName.isEmpty());
    QVERIFY(g.description.isEmpty());
    QVERIFY(g.mail.isEmpty());
    QVERIFY(!g.mailEnabled);
    QVERIFY(!g.securityEnabled);
    QVERIFY(g.groupTypes.isEmpty());
    QVERIFY(!g.isDynamic());
    QVERIFY(!g.isMicrosoft365());
    QVERIFY(Group::listFromJson(QJsonArray{1, u"x"_s, QJsonValue::Null}).isEmpty());
}

QTEST_GUILESS_MAIN(TestGroup)
#include "tst_Group.moc"
