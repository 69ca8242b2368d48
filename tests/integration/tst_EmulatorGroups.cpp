// Entra groups and directoryObjects/getByIds on the emulator over loopback: paging (100 default,
// $top ≤ 999, opaque $skiptoken, no $skip), $select, $filter, $search and the advanced-query rules
// around ConsistencyLevel: eventual, $count, /$count, 404s, permissions, and key sets compared with
// Microsoft's sample payloads (graph.md §6, §7.1, §9 items 10, 11, 14).

#include "EmulatorFixture.h"
#include "emulator/GraphEmulator.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

namespace {

const Headers eventual{{"ConsistencyLevel", "eventual"}};

QJsonObject sample(const QString &name)
{
    QFile file(QStringLiteral(ED_SAMPLES_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read sample %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QSet<QString> keys(const QJsonObject &object)
{
    const QStringList list = object.keys();
    return QSet<QString>(list.begin(), list.end());
}

QStringList names(const QJsonArray &items)
{
    QStringList list;
    for (const QJsonValue &v : items)
        list.append(v.toObject().value(u"displayName"_s).toString());
    return list;
}

QString message(const HttpResult &r)
{
    return r.json().value(u"error"_s).toObject().value(u"message"_s).toString();
}

} // namespace

class TestEmulatorGroups final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagingFollowsNextLinks();
    void top_data();
    void top();
    void skipIsRejected();
    void insideBatch();
    void select();
    void filter_data();
    void filter();
    void search_data();
    void search();
    void countOnFirstPageOnly();
    void countSegment();
    void orderBy();
    void getById();
    void getByIds();
    void getByIdsRejects_data();
    void getByIdsRejects();
    void permissions_data();
    void permissions();
    void sampleKeySets();

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
};

void TestEmulatorGroups::initTestCase()
{
    m_fixture = std::make_unique<EmulatorFixture>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->startError()));
}

void TestEmulatorGroups::cleanupTestCase()
{
    m_fixture.reset();
}

void TestEmulatorGroups::pagingFollowsNextLinks()
{
    HttpResult page = m_fixture->get(u"/v1.0/groups"_s);
    QCOMPARE(page.status, 200);
    QVERIFY(page.json().value(u"@odata.context"_s).toString().endsWith(u"/v1.0/$metadata#groups"_s));
    QCOMPARE(page.value().size(), 100);
    QSet<QString> ids;
    int pages = 0;
    QStringList order;
    while (true) {
        ++pages;
        for (const QJsonValue &v : page.value()) {
            ids.insert(v.toObject().value(u"id"_s).toString());
            order.append(v.toObject().value(u"id"_s).toString());
        }
        const QString next = page.json().value(u"@odata.nextLink"_s).toString();
        if (next.isEmpty())
            break;
        QVERIFY(next.startsWith(m_fixture->url(u"/v1.0/groups?"_s)));
        QVERIFY(next.contains(u"$skiptoken="_s));
        page = m_fixture->get(next);
        QCOMPARE(page.status, 200);
        QVERIFY(pages < 10);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(ids.size(), 300);
    QCOMPARE(order.size(), 300);

    // Other options survive in the nextLink; a token is opaque and bound to its query.
    const HttpResult small = m_fixture->get(u"/v1.0/groups?$top=7&$select=id,displayName"_s);
    const QString next = small.json().value(u"@odata.nextLink"_s).toString();
    const QUrlQuery query(QUrl(next).query());
    QCOMPARE(query.queryItemValue(u"$top"_s), u"7"_s);
    QCOMPARE(query.queryItemValue(u"$select"_s), u"id,displayName"_s);
    const HttpResult second = m_fixture->get(next);
    QCOMPARE(second.value().size(), 7);
    QCOMPARE(keys(second.value().at(0).toObject()), (QSet<QString>{u"id"_s, u"displayName"_s}));
    QCOMPARE(second.value().at(0).toObject().value(u"id"_s).toString(), order.at(7));
    const QString token = query.queryItemValue(u"$skiptoken"_s);
    const HttpResult foreign = m_fixture->get(u"/v1.0/groups?$top=9&$skiptoken="_s + token);
    QCOMPARE(foreign.status, 400);
    QCOMPARE(m_fixture->get(u"/v1.0/groups?$skiptoken=garbage"_s).status, 400);
}

void TestEmulatorGroups::top_data()
{
    QTest::addColumn<QString>("top");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count");
    QTest::newRow("1") << u"1"_s << 200 << 1;
    QTest::newRow("250") << u"250"_s << 200 << 250;
    QTest::newRow("999") << u"999"_s << 200 << 300;
    QTest::newRow("1000") << u"1000"_s << 400 << 0;
    QTest::newRow("0") << u"0"_s << 400 << 0;
    QTest::newRow("text") << u"many"_s << 400 << 0;
}

void TestEmulatorGroups::top()
{
    QFETCH(QString, top);
    QFETCH(int, status);
    QFETCH(int, count);
    const HttpResult r = m_fixture->get(u"/v1.0/groups?$top="_s + top);
    QCOMPARE(r.status, status);
    if (status != 200) {
        QCOMPARE(r.errorCode(), u"Request_BadRequest"_s);
        QVERIFY(message(r).contains(u"between 1 and 999"_s));
        return;
    }
    QCOMPARE(r.value().size(), count);
    QCOMPARE(r.json().contains(u"@odata.nextLink"_s), count < 300);
}

void TestEmulatorGroups::skipIsRejected()
{
    const HttpResult r = m_fixture->get(u"/v1.0/groups?$skip=10"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"Request_BadRequest"_s);
}

void TestEmulatorGroups::insideBatch()
{
    // A $batch item's URL is relative and may be left unencoded; the nextLink comes back absolute
    // and encoded, and works as a plain request.
    const QJsonObject batch{
            {u"requests"_s,
             QJsonArray{QJsonObject{{u"id"_s, u"1"_s},
                                    {u"method"_s, u"GET"_s},
                                    {u"url"_s, u"/groups?$filter=startswith(displayName,'Autopilot - ')&$top=2"_s}}}}};
    const HttpResult r = m_fixture->postJson(u"/v1.0/$batch"_s, batch);
    QCOMPARE(r.status, 200);
    const QJsonObject item = r.json().value(u"responses"_s).toArray().at(0).toObject();
    QCOMPARE(item.value(u"status"_s).toInt(), 200);
    const QJsonObject body = item.value(u"body"_s).toObject();
    QCOMPARE(body.value(u"value"_s).toArray().size(), 2);
    const QString next = body.value(u"@odata.nextLink"_s).toString();
    QVERIFY2(!next.contains(u' '), qPrintable(next));
    const HttpResult page = m_fixture->get(next);
    QCOMPARE(page.status, 200);
    for (const QJsonValue &v : page.value())
        QVERIFY(v.toObject().value(u"displayName"_s).toString().startsWith(u"Autopilot - "_s));
}

void TestEmulatorGroups::select()
{
    const HttpResult r = m_fixture->get(u"/beta/groups?$select=id,displayName,groupTypes&$top=5"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(u"@odata.context"_s).toString().endsWith(u"#groups(id,displayName,groupTypes)"_s));
    for (const QJsonValue &v : r.value())
        QCOMPARE(keys(v.toObject()), (QSet<QString>{u"id"_s, u"displayName"_s, u"groupTypes"_s}));
    const HttpResult unknown = m_fixture->get(u"/v1.0/groups?$select=id,colour"_s);
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorCode(), u"Request_BadRequest"_s);
}

void TestEmulatorGroups::filter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("advanced"); // send ConsistencyLevel and $count=true
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("check");

    QTest::newRow("startswith") << u"startswith(displayName,'Autopilot')"_s << false << 200 << u"autopilot"_s;
    QTest::newRow("startswith any case") << u"startswith(displayName,'aUtOpIlOt')"_s << false << 200 << u"autopilot"_s;
    QTest::newRow("security") << u"securityEnabled eq true"_s << false << 200 << u"security"_s;
    QTest::newRow("mail enabled") << u"mailEnabled eq true"_s << false << 200 << u"mail"_s;
    QTest::newRow("unified") << u"groupTypes/any(c:c eq 'Unified')"_s << false << 200 << u"unified"_s;
    QTest::newRow("dynamic") << u"groupTypes/any(s:s eq 'DynamicMembership')"_s << false << 200 << u"dynamic"_s;
    QTest::newRow("and") << u"securityEnabled eq true and mailEnabled eq true"_s << false << 200 << u"mailsecurity"_s;
    QTest::newRow("quoted keyword") << u"displayName eq 'Facilities and Workplace'"_s << false << 200 << u"one"_s;
    QTest::newRow("nested or") << u"(displayName eq 'IT Alerts' or displayName eq 'Help Desk Escalations') and "
                                  "mailEnabled eq true"_s
                               << false << 200 << u"two"_s;
    QTest::newRow("endswith without advanced")
            << u"endswith(mail,'@contoso.onmicrosoft.com')"_s << false << 400 << u"endswith"_s;
    QTest::newRow("endswith advanced") << u"endswith(mail,'@contoso.onmicrosoft.com')"_s << true << 200 << u"mail"_s;
    QTest::newRow("ne without advanced") << u"mailEnabled ne true"_s << false << 400 << u"ne"_s;
    QTest::newRow("not advanced") << u"not(groupTypes/any(c:c eq 'Unified'))"_s << true << 200 << u"notunified"_s;
    QTest::newRow("unindexed property") << u"createdDateTime ge 2020-01-01T00:00:00Z"_s << false << 400
                                        << u"unindexed"_s;
    QTest::newRow("garbage") << u"startswith(displayName"_s << false << 400 << u"garbage"_s;
}

void TestEmulatorGroups::filter()
{
    QFETCH(QString, filter);
    QFETCH(bool, advanced);
    QFETCH(int, status);
    QFETCH(QString, check);
    const QString path = u"/v1.0/groups?$top=999&$filter="_s + QString::fromLatin1(QUrl::toPercentEncoding(filter))
            + (advanced ? u"&$count=true"_s : QString());
    const HttpResult r = m_fixture->get(path, advanced ? eventual : Headers());
    QCOMPARE(r.status, status);
    if (status != 200) {
        QCOMPARE(r.errorCode(), check == u"garbage" ? u"Request_BadRequest"_s : u"Request_UnsupportedQuery"_s);
        if (check == u"endswith")
            QCOMPARE(message(r),
                     sample(u"error-unsupportedquery-endswith-missing-count.json"_s)
                             .value(u"error"_s)
                             .toObject()
                             .value(u"message"_s)
                             .toString());
        if (check == u"unindexed")
            QCOMPARE(
                    message(r),
                    u"Unsupported or invalid query filter clause specified for property 'createdDateTime' of resource 'Group'."_s);
        return;
    }
    const QJsonArray items = r.value();
    QVERIFY(!items.isEmpty());
    QVERIFY(items.size() < 300);
    for (const QJsonValue &v : items) {
        const QJsonObject g = v.toObject();
        const QStringList types = g.value(u"groupTypes"_s).toVariant().toStringList();
        if (check == u"autopilot")
            QVERIFY(g.value(u"displayName"_s).toString().startsWith(u"Autopilot"_s));
        else if (check == u"security")
            QVERIFY(g.value(u"securityEnabled"_s).toBool());
        else if (check == u"mail")
            QVERIFY(g.value(u"mailEnabled"_s).toBool() && g.value(u"mail"_s).toString().contains(u'@'));
        else if (check == u"unified")
            QVERIFY(types.contains(u"Unified"_s) && g.value(u"mailEnabled"_s).toBool());
        else if (check == u"dynamic")
            QVERIFY(types.contains(u"DynamicMembership"_s) && !g.value(u"membershipRule"_s).toString().isEmpty()
                    && g.value(u"membershipRuleProcessingState"_s).toString() == u"On"_s);
        else if (check == u"notunified")
            QVERIFY(!types.contains(u"Unified"_s));
        else if (check == u"mailsecurity")
            QVERIFY(g.value(u"securityEnabled"_s).toBool() && g.value(u"mailEnabled"_s).toBool());
    }
    if (check == u"one")
        QCOMPARE(names(items), QStringList{u"Facilities and Workplace"_s});
    if (check == u"two") {
        const QStringList found = names(items);
        QCOMPARE(QSet<QString>(found.begin(), found.end()),
                 (QSet<QString>{u"IT Alerts"_s, u"Help Desk Escalations"_s}));
    }
    if (advanced)
        QCOMPARE(r.json().value(u"@odata.count"_s).toInt(), int(items.size()));
}

void TestEmulatorGroups::search_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected"); // display names that must be found
    QTest::addColumn<QStringList>("absent"); // display names that must not

    QTest::newRow("prefix token") << u"\"displayName:Kiosk\""_s
                                  << QStringList{u"Autopilot - Kiosk Devices"_s, u"Intune - Kiosk Devices"_s}
                                  << QStringList{u"Autopilot - Sales Laptops"_s};
    QTest::newRow("two words") << u"\"displayName:sales lap\""_s << QStringList{u"Autopilot - Sales Laptops"_s}
                               << QStringList{u"Sales EMEA"_s, u"Intune - Kiosk Devices"_s};
    QTest::newRow("or") << u"\"displayName:Video\" OR \"displayName:Falcon\""_s
                        << QStringList{u"Video Production"_s, u"Project Falcon"_s} << QStringList{u"IT Alerts"_s};
    QTest::newRow("description") << u"\"description:co-managed\""_s << QStringList{u"Intune - Co-managed Devices"_s}
                                 << QStringList();
    QTest::newRow("not a prefix of a token")
            << u"\"displayName:iosk\""_s << QStringList() << QStringList{u"Intune - Kiosk Devices"_s};
}

void TestEmulatorGroups::search()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const QString path = u"/v1.0/groups?$top=999&$search="_s + QString::fromLatin1(QUrl::toPercentEncoding(search));

    const HttpResult refused = m_fixture->get(path);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), u"Request_UnsupportedQuery"_s);
    QCOMPARE(message(refused),
             sample(u"error-unsupportedquery-search-no-consistencylevel.json"_s)
                     .value(u"error"_s)
                     .toObject()
                     .value(u"message"_s)
                     .toString());

    const HttpResult r = m_fixture->get(path, eventual);
    QCOMPARE(r.status, 200);
    const QStringList found = names(r.value());
    for (const QString &name : expected)
        QVERIFY2(found.contains(name), qPrintable(name));
    for (const QString &name : absent)
        QVERIFY2(!found.contains(name), qPrintable(name));
}

void TestEmulatorGroups::countOnFirstPageOnly()
{
    const HttpResult first = m_fixture->get(u"/v1.0/groups?$count=true&$top=120"_s, eventual);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(u"@odata.count"_s).toInt(), 300);
    const QString next = first.json().value(u"@odata.nextLink"_s).toString();
    QVERIFY(next.contains(u"$count=true"_s));
    const HttpResult second = m_fixture->get(next, eventual);
    QCOMPARE(second.status, 200);
    QVERIFY(!second.json().contains(u"@odata.count"_s));
    // Without the header $count=true fails silently: no @odata.count.
    const HttpResult silent = m_fixture->get(u"/v1.0/groups?$count=true"_s);
    QCOMPARE(silent.status, 200);
    QVERIFY(!silent.json().contains(u"@odata.count"_s));
}

void TestEmulatorGroups::countSegment()
{
    const HttpResult refused = m_fixture->get(u"/v1.0/groups/$count"_s);
    QCOMPARE(refused.status, 400);
    const HttpResult all = m_fixture->get(u"/v1.0/groups/$count"_s, eventual);
    QCOMPARE(all.status, 200);
    QVERIFY(all.header("content-type").startsWith("text/plain"));
    QCOMPARE(all.body, QByteArray("300"));
    const HttpResult unified =
            m_fixture->get(u"/v1.0/groups/$count?$filter=groupTypes/any(c:c eq 'Unified')"_s, eventual);
    QCOMPARE(unified.status, 200);
    const int count = unified.body.toInt();
    QVERIFY(count > 20 && count < 300);
    QCOMPARE(m_fixture->get(u"/v1.0/groups?$top=999&$filter=groupTypes/any(c:c eq 'Unified')"_s).value().size(), count);
}

void TestEmulatorGroups::orderBy()
{
    const HttpResult r = m_fixture->get(u"/v1.0/groups?$orderby=displayName&$top=999"_s);
    QCOMPARE(r.status, 200);
    const QStringList list = names(r.value());
    for (qsizetype i = 1; i < list.size(); ++i)
        QVERIFY2(list.at(i - 1).compare(list.at(i), Qt::CaseInsensitive) <= 0, qPrintable(list.at(i)));
    // $orderby with $filter is an advanced query (graph.md §6).
    const QString filtered = u"/v1.0/groups?$orderby=displayName desc&$filter=securityEnabled eq true"_s;
    QCOMPARE(m_fixture->get(filtered).status, 400);
    const HttpResult advanced = m_fixture->get(filtered + u"&$count=true"_s, eventual);
    QCOMPARE(advanced.status, 200);
    const QStringList descending = names(advanced.value());
    QVERIFY(descending.size() > 2);
    QVERIFY(descending.constFirst().compare(descending.constLast(), Qt::CaseInsensitive) > 0);
    QCOMPARE(m_fixture->get(u"/v1.0/groups?$orderby=mail"_s).status, 400);
}

void TestEmulatorGroups::getById()
{
    const QJsonObject listed = m_fixture->get(u"/v1.0/groups?$top=1"_s).value().at(0).toObject();
    const QString id = listed.value(u"id"_s).toString();
    const HttpResult one = m_fixture->get(u"/v1.0/groups/"_s + id);
    QCOMPARE(one.status, 200);
    QVERIFY(one.json().value(u"@odata.context"_s).toString().endsWith(u"#groups/$entity"_s));
    QJsonObject withoutContext = one.json();
    withoutContext.remove(u"@odata.context"_s);
    QCOMPARE(withoutContext, listed);
    const HttpResult selected = m_fixture->get(u"/v1.0/groups/"_s + id.toUpper() + u"?$select=displayName"_s);
    QCOMPARE(selected.status, 200);
    QCOMPARE(selected.json().value(u"displayName"_s), listed.value(u"displayName"_s));

    const HttpResult missing = m_fixture->get(u"/v1.0/groups/00000000-0000-4000-8000-000000000000"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), u"Request_ResourceNotFound"_s);
    const HttpResult malformed = m_fixture->get(u"/v1.0/groups/not-a-guid"_s);
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.errorCode(), u"Request_BadRequest"_s);
}

void TestEmulatorGroups::getByIds()
{
    const QJsonArray groups = m_fixture->get(u"/v1.0/groups?$top=3"_s).value();
    QStringList userIds;
    m_fixture->host().runOnEmulatorThread([&userIds](emu::GraphEmulator &emulator) {
        for (int i = 0; i < 2; ++i)
            userIds.append(emulator.tenant().users.at(i).id);
    });
    QCOMPARE(userIds.size(), 2);
    const QJsonArray ids{groups.at(0).toObject().value(u"id"_s), u"00000000-0000-4000-8000-0000000000aa"_s,
                         groups.at(2).toObject().value(u"id"_s), userIds.at(0)};

    HttpResult r = m_fixture->postJson(u"/v1.0/directoryObjects/getByIds"_s,
                                       QJsonObject{{u"ids"_s, ids}, {u"types"_s, QJsonArray{u"group"_s}}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(u"@odata.context"_s).toString().endsWith(u"/v1.0/$metadata#directoryObjects"_s));
    QCOMPARE(r.value().size(), 2); // unknown ids are left out; the user is not a group
    for (const QJsonValue &v : r.value()) {
        QCOMPARE(v.toObject().value(u"@odata.type"_s).toString(), u"#microsoft.graph.group"_s);
        QVERIFY(v.toObject().contains(u"displayName"_s));
        QVERIFY(v.toObject().contains(u"securityEnabled"_s));
    }
    QCOMPARE(r.value().at(0).toObject().value(u"id"_s), groups.at(0).toObject().value(u"id"_s));

    r = m_fixture->postJson(u"/v1.0/directoryObjects/getByIds"_s, QJsonObject{{u"ids"_s, ids}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.value().size(), 3);
    QCOMPARE(r.value().at(2).toObject().value(u"@odata.type"_s).toString(), u"#microsoft.graph.user"_s);

    r = m_fixture->postJson(u"/beta/directoryObjects/getByIds"_s,
                            QJsonObject{{u"ids"_s, QJsonArray{userIds.at(1)}}, {u"types"_s, QJsonArray{u"user"_s}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.value().size(), 1);
}

void TestEmulatorGroups::getByIdsRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QByteArray many = "{\"ids\":[";
    for (int i = 0; i < 1001; ++i)
        many += (i ? "," : "") + QByteArray("\"00000000-0000-4000-8000-")
                + QByteArray::number(i).rightJustified(12, '0') + '"';
    many += "]}";
    QTest::newRow("1001 ids") << many << u"Request_BadRequest"_s;
    QTest::newRow("no ids") << QByteArray(R"({"types":["group"]})") << u"Request_BadRequest"_s;
    QTest::newRow("empty ids") << QByteArray(R"({"ids":[]})") << u"Request_BadRequest"_s;
    QTest::newRow("unknown type") << QByteArray(R"({"ids":["x"],"types":["planet"]})") << u"Request_BadRequest"_s;
    QTest::newRow("not json") << QByteArray("ids=1") << u"Request_BadRequest"_s;
}

void TestEmulatorGroups::getByIdsRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const HttpResult r = m_fixture->send("POST", u"/v1.0/directoryObjects/getByIds"_s, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
}

void TestEmulatorGroups::permissions_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<int>("status");
    QTest::newRow("groups: GroupMember.Read.All") << u"groups"_s << QStringList{u"GroupMember.Read.All"_s} << 200;
    QTest::newRow("groups: Directory.Read.All") << u"groups"_s << QStringList{u"Directory.Read.All"_s} << 200;
    QTest::newRow("groups: Group.ReadWrite.All") << u"groups"_s << QStringList{u"Group.ReadWrite.All"_s} << 200;
    QTest::newRow("groups: Intune only") << u"groups"_s << QStringList{u"DeviceManagementServiceConfig.ReadWrite.All"_s}
                                         << 403;
    QTest::newRow("getByIds: Directory.Read.All") << u"getByIds"_s << QStringList{u"Directory.Read.All"_s} << 200;
    QTest::newRow("getByIds: Group.Read.All") << u"getByIds"_s << QStringList{u"Group.Read.All"_s} << 403;
}

void TestEmulatorGroups::permissions()
{
    QFETCH(QString, what);
    QFETCH(QStringList, scopes);
    QFETCH(int, status);
    const QString token = m_fixture->token(scopes);
    const HttpResult r = what == u"groups"
            ? m_fixture->get(u"/v1.0/groups?$top=2"_s, {}, token)
            : m_fixture->postJson(u"/v1.0/directoryObjects/getByIds"_s,
                                  QJsonObject{{u"ids"_s, QJsonArray{u"00000000-0000-4000-8000-000000000000"_s}}}, {},
                                  token);
    QCOMPARE(r.status, status);
    if (status == 403) {
        QCOMPARE(r.errorCode(), u"Authorization_RequestDenied"_s);
        QCOMPARE(message(r), u"Insufficient privileges to complete the operation."_s);
    }
}

void TestEmulatorGroups::sampleKeySets()
{
    // A group has exactly the keys of the v1.0 group-list example, with the same JSON types where
    // both are non-null.
    const QJsonArray microsoft = sample(u"groups-list-v1.json"_s).value(u"value"_s).toArray();
    const QJsonArray ours = m_fixture->get(u"/v1.0/groups?$top=999"_s).value();
    for (const QJsonValue &v : ours)
        QCOMPARE(keys(v.toObject()), keys(microsoft.at(0).toObject()));
    const QJsonObject reference = microsoft.at(0).toObject();
    for (const QJsonValue &v : ours) {
        const QJsonObject g = v.toObject();
        for (auto it = reference.begin(); it != reference.end(); ++it)
            if (!it.value().isNull() && !g.value(it.key()).isNull())
                QVERIFY2(g.value(it.key()).type() == it.value().type(), qPrintable(it.key()));
    }

    // getByIds: every key of Microsoft's (truncated) user items is present in ours.
    const QJsonArray sampleUsers = sample(u"directoryobjects-getbyids-response-v1.json"_s).value(u"value"_s).toArray();
    QString userId;
    m_fixture->host().runOnEmulatorThread(
            [&userId](emu::GraphEmulator &emulator) { userId = emulator.tenant().users.at(0).id; });
    const HttpResult r =
            m_fixture->postJson(u"/v1.0/directoryObjects/getByIds"_s,
                                QJsonObject{{u"ids"_s, QJsonArray{userId, ours.at(0).toObject().value(u"id"_s)}}});
    QCOMPARE(r.value().size(), 2);
    for (const QJsonValue &v : r.value()) {
        const QJsonObject item = v.toObject();
        if (item.value(u"@odata.type"_s) == u"#microsoft.graph.user"_s) {
            const QSet<QString> expected = keys(sampleUsers.at(0).toObject());
            QVERIFY(keys(item).contains(expected));
        } else {
            QCOMPARE(keys(item), keys(reference) + QSet<QString>{u"@odata.type"_s});
        }
    }
}

QTEST_GUILESS_MAIN(TestEmulatorGroups)
#include "tst_EmulatorGroups.moc"
