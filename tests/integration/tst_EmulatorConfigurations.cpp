// Device enrollment configurations on the emulator over loopback: the five defaults, list order,
// $filter/$select/$expand, PATCH rules (subtype @odata.type, limit 1–15, read-only properties,
// version bump), assign with replace semantics, setPriority reordering, DELETE, permissions, and
// key sets compared with Microsoft's sample payloads (graph.md §3, §4, §9 items 2, 3, 5, 6, 9).

#include "ConfigurationFixtures.h"
#include "EmulatorFixture.h"
#include "emulator/RequestLog.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

namespace {

const QString betaPath = u"/beta/deviceManagement/deviceEnrollmentConfigurations"_s;
const QString v1Path = u"/v1.0/deviceManagement/deviceEnrollmentConfigurations"_s;

QString pathFor(const QString &version)
{
    return u"/%1/deviceManagement/deviceEnrollmentConfigurations"_s.arg(version);
}

QJsonObject byName(const QJsonArray &items, const QString &displayName)
{
    for (const QJsonValue &v : items)
        if (v.toObject().value(u"displayName"_s).toString() == displayName)
            return v.toObject();
    return {};
}

QString idOf(EmulatorFixture &fixture, const QString &displayName)
{
    return byName(fixture.get(betaPath).value(), displayName).value(u"id"_s).toString();
}

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

QStringList priorityOrder(const QJsonArray &items, const QString &type)
{
    QList<QJsonObject> family;
    for (const QJsonValue &v : items)
        if (v.toObject().value(u"@odata.type"_s).toString() == type && v.toObject().value(u"priority"_s).toInt() > 0)
            family.append(v.toObject());
    std::sort(family.begin(), family.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"priority"_s).toInt() < b.value(u"priority"_s).toInt();
    });
    QStringList names;
    for (const QJsonObject &o : family)
        names.append(o.value(u"displayName"_s).toString());
    return names;
}

} // namespace

class TestEmulatorConfigurations final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults_data();
    void defaults();
    void listOrderAndCustoms();
    void filterSelectExpandTop_data();
    void filterSelectExpandTop();
    void getAndNotFound();
    void patchLimit();
    void patchRejects_data();
    void patchRejects();
    void patchDefaults();
    void assignReplaces();
    void assignRejects_data();
    void assignRejects();
    void assignmentsCollectionAndItem();
    void setPriorityReorders();
    void setPriorityRejects_data();
    void setPriorityRejects();
    void deleteConfigurations();
    void permissions_data();
    void permissions();
    void sampleKeySets();
};

void TestEmulatorConfigurations::defaults_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("beta") << u"beta"_s;
    QTest::newRow("v1.0") << u"v1.0"_s;
}

void TestEmulatorConfigurations::defaults()
{
    QFETCH(QString, version);
    EmulatorFixture fixture;
    QVERIFY2(fixture.started(), qPrintable(fixture.startError()));
    const QString tenant = fixture.host().options().tenantId;
    const HttpResult list = fixture.get(pathFor(version));
    QCOMPARE(list.status, 200);
    QVERIFY(list.json()
                    .value(u"@odata.context"_s)
                    .toString()
                    .endsWith(u"/%1/$metadata#deviceManagement/deviceEnrollmentConfigurations"_s.arg(version)));

    const QHash<QString, std::pair<QString, QString>> expected{
            {u"_DefaultLimit"_s, {limitType, u"limit"_s}},
            {u"_DefaultPlatformRestrictions"_s,
             {u"#microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration"_s, u"platformRestrictions"_s}},
            {u"_DefaultWindowsHelloForBusiness"_s,
             {u"#microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration"_s,
              u"windowsHelloForBusiness"_s}},
            {u"_DefaultWindows10EnrollmentCompletionPageConfiguration"_s,
             {u"#microsoft.graph.windows10EnrollmentCompletionPageConfiguration"_s,
              u"windows10EnrollmentCompletionPageConfiguration"_s}},
            {u"_WindowsRestore"_s,
             {version == u"beta" ? u"#microsoft.graph.windowsRestoreDeviceEnrollmentConfiguration"_s
                                 : u"#microsoft.graph.deviceEnrollmentConfiguration"_s,
              u"windowsRestore"_s}}};
    int defaults = 0;
    for (const QJsonValue &v : list.value()) {
        const QJsonObject c = v.toObject();
        QVERIFY(c.value(u"@odata.type"_s).toString().startsWith(u"#microsoft.graph."_s));
        QCOMPARE(c.contains(u"deviceEnrollmentConfigurationType"_s), version == u"beta");
        QCOMPARE(c.contains(u"roleScopeTagIds"_s), version == u"beta");
        const QString id = c.value(u"id"_s).toString();
        if (!id.startsWith(tenant + u'_'))
            continue;
        ++defaults;
        const auto e = expected.value(id.mid(tenant.size()));
        QVERIFY2(!e.first.isEmpty(), qPrintable(id));
        QCOMPARE(c.value(u"@odata.type"_s).toString(), e.first);
        QCOMPARE(c.value(u"priority"_s).toInt(-1), 0);
        QCOMPARE(c.value(u"displayName"_s).toString(), u"All users and all devices"_s);
        QCOMPARE(c.value(u"createdDateTime"_s).toString(), u"0001-01-01T00:00:00Z"_s);
        if (version == u"beta")
            QCOMPARE(c.value(u"deviceEnrollmentConfigurationType"_s).toString(), e.second);
        if (id.endsWith(u"_DefaultLimit"_s))
            QCOMPARE(c.value(u"limit"_s).toInt(), 5);
    }
    QCOMPARE(defaults, 5);
}

void TestEmulatorConfigurations::listOrderAndCustoms()
{
    EmulatorFixture fixture;
    const QJsonArray items = fixture.get(betaPath).value();
    QVERIFY(items.size() >= 14);
    // The defaults come first, then the customs family by family, each family in priority order.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(items.at(i).toObject().value(u"priority"_s).toInt(-1), 0);
    for (qsizetype i = 5; i < items.size(); ++i)
        QVERIFY(items.at(i).toObject().value(u"priority"_s).toInt() >= 1);
    QCOMPARE(priorityOrder(items, limitType),
             (QStringList{u"Help desk technicians – 15 devices"_s, u"Executives – 10 devices"_s,
                          u"Contractors – 2 devices"_s}));
    const QJsonObject helpDesk = byName(items, u"Help desk technicians – 15 devices"_s);
    QVERIFY(helpDesk.value(u"id"_s).toString().endsWith(u"_Limit"_s));
    QCOMPARE(helpDesk.value(u"limit"_s).toInt(), 15);
    QVERIFY(QDateTime::fromString(helpDesk.value(u"createdDateTime"_s).toString(), Qt::ISODateWithMs).date().year()
            >= 2023);
    const QJsonObject windows = byName(items, u"Windows – corporate devices only"_s);
    QCOMPARE(windows.value(u"deviceEnrollmentConfigurationType"_s).toString(), u"singlePlatformRestriction"_s);
    QCOMPARE(windows.value(u"platformType"_s).toString(), u"windows"_s);
    QVERIFY(!byName(items, u"Autopilot – Kiosk ESP"_s).isEmpty());
    QVERIFY(!byName(items, u"Autopilot – Standard ESP"_s).isEmpty());
    QVERIFY(!byName(items, u"Windows Hello for Business – Finance"_s).isEmpty());

    // The co-management configuration targets a Configuration Manager collection.
    const QString comanagement =
            byName(items, u"Co-management – Configuration Manager pilot"_s).value(u"id"_s).toString();
    const QJsonArray assignments = fixture.get(betaPath + u'/' + comanagement + u"/assignments"_s).value();
    bool collection = false;
    for (const QJsonValue &a : assignments)
        collection |= a.toObject().value(u"target"_s).toObject().value(u"@odata.type"_s).toString()
                == u"#microsoft.graph.configurationManagerCollectionAssignmentTarget"_s;
    QVERIFY(collection);

    // Every custom's group assignments point at groups that exist.
    for (const QJsonValue &v : items) {
        const QString id = v.toObject().value(u"id"_s).toString();
        for (const QJsonValue &a : fixture.get(betaPath + u'/' + id + u"/assignments"_s).value()) {
            const QString group = a.toObject().value(u"target"_s).toObject().value(u"groupId"_s).toString();
            if (!group.isEmpty())
                QCOMPARE(fixture.get(u"/v1.0/groups/"_s + group).status, 200);
        }
    }
}

void TestEmulatorConfigurations::filterSelectExpandTop_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count"); // -1: do not check
    QTest::addColumn<QString>("check");

    QTest::newRow("type limit") << u"/beta/%1?$filter=deviceEnrollmentConfigurationType eq 'limit'"_s << 200 << 4
                                << u"limit"_s;
    QTest::newRow("type single platform")
            << u"/beta/%1?$filter=deviceEnrollmentConfigurationType eq 'singlePlatformRestriction'"_s << 200 << 2
            << QString();
    QTest::newRow("type or") << u"/beta/%1?$filter=deviceEnrollmentConfigurationType eq 'limit' or "
                                "deviceEnrollmentConfigurationType eq 'windowsRestore'"_s
                             << 200 << 5 << QString();
    QTest::newRow("type unknown value") << u"/beta/%1?$filter=deviceEnrollmentConfigurationType eq 'nonsense'"_s << 400
                                        << -1 << QString();
    QTest::newRow("type on v1.0") << u"/v1.0/%1?$filter=deviceEnrollmentConfigurationType eq 'limit'"_s << 400 << -1
                                  << QString();
    QTest::newRow("isof") << u"/v1.0/%1?$filter=isof('microsoft.graph.deviceEnrollmentLimitConfiguration')"_s << 200
                          << 4 << u"limit"_s;
    QTest::newRow("isof esp beta")
            << u"/beta/%1?$filter=isof('microsoft.graph.windows10EnrollmentCompletionPageConfiguration')"_s << 200 << 3
            << QString();
    QTest::newRow("bad filter") << u"/beta/%1?$filter=displayName eq 'x'"_s << 400 << -1 << QString();
    QTest::newRow("select") << u"/beta/%1?$select=displayName,priority"_s << 200 << -1 << u"select"_s;
    QTest::newRow("select derived unqualified") << u"/beta/%1?$select=limit"_s << 400 << -1 << QString();
    QTest::newRow("select derived qualified")
            << u"/beta/%1?$select=microsoft.graph.deviceEnrollmentLimitConfiguration/limit"_s << 200 << -1 << QString();
    QTest::newRow("expand") << u"/beta/%1?$expand=assignments"_s << 200 << -1 << u"expand"_s;
    QTest::newRow("expand unknown") << u"/beta/%1?$expand=owners"_s << 400 << -1 << QString();
    QTest::newRow("top") << u"/v1.0/%1?$top=3"_s << 200 << 3 << u"next"_s;
}

void TestEmulatorConfigurations::filterSelectExpandTop()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, count);
    QFETCH(QString, check);
    EmulatorFixture fixture;
    const HttpResult r = fixture.get(query.arg(u"deviceManagement/deviceEnrollmentConfigurations"_s));
    QCOMPARE(r.status, status);
    if (status != 200) {
        QVERIFY(!r.errorCode().isEmpty());
        return;
    }
    const QJsonArray items = r.value();
    if (count >= 0)
        QCOMPARE(items.size(), count);
    for (const QJsonValue &v : items)
        QVERIFY(v.toObject().value(u"@odata.type"_s).toString().startsWith(u"#microsoft.graph."_s));
    if (check == u"limit") {
        for (const QJsonValue &v : items)
            QVERIFY(v.toObject().contains(u"limit"_s));
    } else if (check == u"select") {
        QVERIFY(r.json().value(u"@odata.context"_s)
                        .toString()
                        .endsWith(u"deviceEnrollmentConfigurations(displayName,priority)"_s));
        QCOMPARE(keys(items.at(0).toObject()),
                 (QSet<QString>{u"@odata.type"_s, u"id"_s, u"displayName"_s, u"priority"_s}));
    } else if (check == u"expand") {
        const QJsonObject helpDesk = byName(items, u"Help desk technicians – 15 devices"_s);
        QCOMPARE(helpDesk.value(u"assignments"_s).toArray().size(), 2);
        QVERIFY(helpDesk.value(u"assignments@odata.context"_s).toString().contains(u"/assignments"_s));
        QVERIFY(byName(items, u"All users and all devices"_s).value(u"assignments"_s).toArray().isEmpty());
    } else if (check == u"next") {
        const QString next = r.json().value(u"@odata.nextLink"_s).toString();
        QVERIFY(next.contains(u"$skiptoken="_s));
        QVERIFY(next.contains(u"$top=3"_s));
        const HttpResult second = fixture.get(next);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.value().size(), 3);
        QVERIFY(second.value().at(0).toObject().value(u"id"_s) != items.at(0).toObject().value(u"id"_s));
    }
}

void TestEmulatorConfigurations::getAndNotFound()
{
    EmulatorFixture fixture;
    const QString tenant = fixture.host().options().tenantId;
    const HttpResult one = fixture.get(betaPath + u'/' + tenant + u"_DefaultLimit"_s);
    QCOMPARE(one.status, 200);
    QVERIFY(one.json()
                    .value(u"@odata.context"_s)
                    .toString()
                    .endsWith(u"#deviceManagement/deviceEnrollmentConfigurations/$entity"_s));
    QCOMPARE(one.json().value(u"limit"_s).toInt(), 5);
    // OData key syntax, as scripts in the wild use it.
    const HttpResult keyed =
            fixture.get(u"/beta/deviceManagement/deviceEnrollmentConfigurations('%1_DefaultLimit')"_s.arg(tenant));
    QCOMPARE(keyed.status, 200);
    QCOMPARE(keyed.json().value(u"id"_s), one.json().value(u"id"_s));
    const HttpResult expanded = fixture.get(betaPath + u'/' + tenant + u"_DefaultLimit?$expand=assignments"_s);
    QCOMPARE(expanded.status, 200);
    QVERIFY(expanded.json().value(u"assignments"_s).isArray());

    const HttpResult missing = fixture.get(betaPath + u"/00000000-0000-4000-8000-000000000000_Limit"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), u"ResourceNotFound"_s);
    // Intune's embedded-JSON message names the client-request-id as its Activity ID.
    const QString message = missing.json().value(u"error"_s).toObject().value(u"message"_s).toString();
    QVERIFY(QJsonDocument::fromJson(message.toUtf8()).object().contains(u"Message"_s));
}

void TestEmulatorConfigurations::patchLimit()
{
    EmulatorFixture fixture;
    const QJsonObject before = byName(fixture.get(betaPath).value(), u"Executives – 10 devices"_s);
    const QString id = before.value(u"id"_s).toString();
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    const HttpResult r = fixture.patchJson(
            v1Path + u'/' + id,
            QJsonObject{{u"@odata.type"_s, limitType}, {u"limit"_s, 12}, {u"description"_s, u"Raised to 12."_s}});
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(u"limit"_s).toInt(), 12);
    QCOMPARE(r.json().value(u"version"_s).toInt(), before.value(u"version"_s).toInt() + 1);
    QVERIFY(r.json().value(u"@odata.context"_s)
                    .toString()
                    .endsWith(u"/v1.0/$metadata#deviceManagement/deviceEnrollmentConfigurations/$entity"_s));
    QVERIFY(!r.json().contains(u"deviceEnrollmentConfigurationType"_s)); // v1.0 shape

    const QJsonObject after = fixture.get(betaPath + u'/' + id).json();
    QCOMPARE(after.value(u"limit"_s).toInt(), 12);
    QCOMPARE(after.value(u"description"_s).toString(), u"Raised to 12."_s);
    QCOMPARE(after.value(u"version"_s).toInt(), before.value(u"version"_s).toInt() + 1);
    const QDateTime modified =
            QDateTime::fromString(after.value(u"lastModifiedDateTime"_s).toString(), Qt::ISODateWithMs);
    QVERIFY2(modified >= start, qPrintable(after.value(u"lastModifiedDateTime"_s).toString()));
    QCOMPARE(after.value(u"createdDateTime"_s), before.value(u"createdDateTime"_s));
    QCOMPARE(after.value(u"priority"_s), before.value(u"priority"_s));
    QCOMPARE(fixture.host().log().writes(u"patchConfiguration:"_s + id), 1);

    // Sending back read-only values unchanged (a GET body round trip) is accepted.
    QJsonObject roundTrip = after;
    roundTrip.insert(u"limit"_s, 11);
    const HttpResult again = fixture.patchJson(betaPath + u'/' + id, roundTrip);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(u"version"_s).toInt(), before.value(u"version"_s).toInt() + 2);
    QCOMPARE(fixture.host().log().writes(u"patchConfiguration:"_s + id), 2);
}

void TestEmulatorConfigurations::patchRejects_data()
{
    QTest::addColumn<QString>("target"); // display name of the configuration
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fragment"); // part of the message (Intune embeds it in a JSON string)

    const QString limitName = u"Executives – 10 devices"_s;
    QTest::newRow("no @odata.type") << limitName << QByteArray(R"({"limit":7})") << u"ModelValidationFailure"_s
                                    << u"Exception has been thrown"_s;
    QTest::newRow("other subtype")
            << limitName
            << QByteArray(
                       R"({"@odata.type":"#microsoft.graph.windows10EnrollmentCompletionPageConfiguration","limit":7})")
            << u"ModelValidationFailure"_s << u"does not match"_s;
    QTest::newRow("limit 0")
            << limitName
            << QByteArray(R"({"@odata.type":"#microsoft.graph.deviceEnrollmentLimitConfiguration","limit":0})")
            << u"BadRequest"_s << u"1 to 15"_s;
    QTest::newRow("limit 16")
            << limitName
            << QByteArray(R"({"@odata.type":"#microsoft.graph.deviceEnrollmentLimitConfiguration","limit":16})")
            << u"BadRequest"_s << u"1 to 15"_s;
    QTest::newRow("limit string")
            << limitName
            << QByteArray(R"({"@odata.type":"#microsoft.graph.deviceEnrollmentLimitConfiguration","limit":"5"})")
            << u"BadRequest"_s << u"1 to 15"_s;
    QTest::newRow("limit fraction")
            << limitName
            << QByteArray(R"({"@odata.type":"#microsoft.graph.deviceEnrollmentLimitConfiguration","limit":2.5})")
            << u"BadRequest"_s << u"1 to 15"_s;
    QTest::newRow("version")
            << limitName
            << QByteArray(R"({"@odata.type":"#microsoft.graph.deviceEnrollmentLimitConfiguration","version":99})")
            << u"BadRequest"_s << u"'version' is read-only"_s;
    QTest::newRow("priority")
            << limitName
            << QByteArray(R"({"@odata.type":"#microsoft.graph.deviceEnrollmentLimitConfiguration","priority":7})")
            << u"BadRequest"_s << u"use setPriority"_s;
    QTest::newRow("id") << limitName
                        << QByteArray(
                                   R"({"@odata.type":"#microsoft.graph.deviceEnrollmentLimitConfiguration","id":"x"})")
                        << u"BadRequest"_s << u"'id' is read-only"_s;
    QTest::newRow("createdDateTime")
            << limitName
            << QByteArray(
                       R"({"@odata.type":"#microsoft.graph.deviceEnrollmentLimitConfiguration","createdDateTime":"2020-01-01T00:00:00Z"})")
            << u"BadRequest"_s << u"'createdDateTime' is read-only"_s;
    QTest::newRow("unknown property")
            << limitName
            << QByteArray(R"({"@odata.type":"#microsoft.graph.deviceEnrollmentLimitConfiguration","maximum":3})")
            << u"BadRequest"_s << u"The property 'maximum' does not exist"_s;
    QTest::newRow("assignments")
            << limitName
            << QByteArray(R"({"@odata.type":"#microsoft.graph.deviceEnrollmentLimitConfiguration","assignments":[]})")
            << u"BadRequest"_s << u"assign action"_s;
    QTest::newRow("not json") << limitName << QByteArray("limit=5") << u"BadRequest"_s << u"not valid JSON"_s;
    QTest::newRow("default displayName")
            << u"All users and all devices"_s
            << QByteArray(
                       R"({"@odata.type":"#microsoft.graph.deviceEnrollmentLimitConfiguration","displayName":"Mine"})")
            << u"BadRequest"_s << u"cannot be changed"_s;
    QTest::newRow("whfb bad enum")
            << u"Windows Hello for Business – Finance"_s
            << QByteArray(
                       R"({"@odata.type":"#microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration","state":"on"})")
            << u"BadRequest"_s << u"notConfigured, enabled, disabled"_s;
    QTest::newRow("whfb min > max")
            << u"Windows Hello for Business – Finance"_s
            << QByteArray(
                       R"({"@odata.type":"#microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration","pinMinimumLength":20,"pinMaximumLength":10})")
            << u"BadRequest"_s << u"greater than"_s;
    QTest::newRow("restriction unknown key")
            << u"Windows – corporate devices only"_s
            << QByteArray(
                       R"({"@odata.type":"#microsoft.graph.deviceEnrollmentPlatformRestrictionConfiguration","platformRestriction":{"blocked":true}})")
            << u"BadRequest"_s
            << u"'blocked' does not exist on type 'microsoft.graph.deviceEnrollmentPlatformRestriction'"_s;
}

void TestEmulatorConfigurations::patchRejects()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, fragment);
    EmulatorFixture fixture;
    const QJsonObject before = byName(fixture.get(betaPath).value(), target);
    const QString id = before.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    const HttpResult r = fixture.send("PATCH", betaPath + u'/' + id, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
    const QString message = r.json().value(u"error"_s).toObject().value(u"message"_s).toString();
    QVERIFY2(message.contains(fragment), qPrintable(message));
    if (code == u"ModelValidationFailure" && !body.contains("@odata.type"))
        QCOMPARE(r.json().value(u"error"_s).toObject().value(u"message"_s).toString(),
                 u"Exception has been thrown by the target of an invocation."_s);
    // Nothing changed.
    const QJsonObject after = fixture.get(betaPath + u'/' + id).json();
    QCOMPARE(after.value(u"version"_s), before.value(u"version"_s));
    QCOMPARE(after.value(u"lastModifiedDateTime"_s), before.value(u"lastModifiedDateTime"_s));
    QCOMPARE(fixture.host().log().writes(u"patchConfiguration:"_s + id), 0);
}

void TestEmulatorConfigurations::patchDefaults()
{
    EmulatorFixture fixture;
    const QString tenant = fixture.host().options().tenantId;
    // The default limit can change (but not its name), as can the default restrictions.
    const HttpResult limit = fixture.patchJson(betaPath + u'/' + tenant + u"_DefaultLimit"_s,
                                               QJsonObject{{u"@odata.type"_s, limitType}, {u"limit"_s, 3}});
    QCOMPARE(limit.status, 200);
    QCOMPARE(limit.json().value(u"limit"_s).toInt(), 3);
    QCOMPARE(limit.json().value(u"version"_s).toInt(), 1);
    QCOMPARE(limit.json().value(u"priority"_s).toInt(), 0);
    QCOMPARE(limit.json().value(u"createdDateTime"_s).toString(), u"0001-01-01T00:00:00Z"_s);

    const QString restrictions = betaPath + u'/' + tenant + u"_DefaultPlatformRestrictions"_s;
    // graph.md §3.5: without @odata.type this is the 400 ModelValidationFailure of MGDC#1845.
    const HttpResult untyped = fixture.patchJson(
            restrictions, QJsonObject{{u"androidRestriction"_s, QJsonObject{{u"platformBlocked"_s, false}}}});
    QCOMPARE(untyped.status, 400);
    QCOMPARE(untyped.errorCode(), u"ModelValidationFailure"_s);
    const HttpResult typed = fixture.patchJson(
            restrictions,
            QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration"_s},
                        {u"androidRestriction"_s,
                         QJsonObject{{u"platformBlocked"_s, false},
                                     {u"personalDeviceEnrollmentBlocked"_s, true},
                                     {u"osMinimumVersion"_s, u"13.0"_s}}}});
    QCOMPARE(typed.status, 200);
    const QJsonObject android = typed.json().value(u"androidRestriction"_s).toObject();
    QCOMPARE(android.value(u"platformBlocked"_s).toBool(true), false);
    QCOMPARE(android.value(u"osMinimumVersion"_s).toString(), u"13.0"_s);
    QVERIFY(android.value(u"blockedManufacturers"_s).isArray()); // completed with defaults

    // v1.0 knows only the four v1.0 restriction properties and the five v1.0 platforms.
    const QJsonObject v1 = fixture.get(v1Path + u'/' + tenant + u"_DefaultPlatformRestrictions"_s).json();
    QVERIFY(!v1.contains(u"androidForWorkRestriction"_s));
    QCOMPARE(keys(v1.value(u"androidRestriction"_s).toObject()),
             (QSet<QString>{u"platformBlocked"_s, u"personalDeviceEnrollmentBlocked"_s, u"osMinimumVersion"_s,
                            u"osMaximumVersion"_s}));
}

void TestEmulatorConfigurations::assignReplaces()
{
    EmulatorFixture fixture;
    const QString id = idOf(fixture, u"Executives – 10 devices"_s);
    const QString executives = groupId(fixture, u"Intune - Executives"_s);
    const QString pilot = groupId(fixture, u"Intune - Pilot Users"_s);
    const QString contractors = groupId(fixture, u"Intune - Contractors"_s);
    QVERIFY(!executives.isEmpty() && !pilot.isEmpty() && !contractors.isEmpty());

    const auto current = [&]() {
        QSet<QString> set;
        for (const QJsonValue &a : fixture.get(betaPath + u'/' + id + u"/assignments"_s).value()) {
            const QJsonObject target = a.toObject().value(u"target"_s).toObject();
            set.insert(target.value(u"@odata.type"_s).toString().section(u'.', -1) + u':'
                       + target.value(u"groupId"_s).toString());
        }
        return set;
    };

    HttpResult r = fixture.postJson(betaPath + u'/' + id + u"/assign"_s,
                                    assignBody({groupTarget(pilot), groupTarget(contractors, true)}));
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(current(),
             (QSet<QString>{u"groupAssignmentTarget:"_s + pilot, u"exclusionGroupAssignmentTarget:"_s + contractors}));

    // v1.0, nested @odata.type without '#': the new list is the whole set.
    QJsonObject plain{{u"@odata.type"_s, u"microsoft.graph.groupAssignmentTarget"_s}, {u"groupId"_s, executives}};
    r = fixture.postJson(v1Path + u'/' + id + u"/assign"_s, assignBody({plain}));
    QCOMPARE(r.status, 204);
    QCOMPARE(current(), (QSet<QString>{u"groupAssignmentTarget:"_s + executives}));
    const QJsonArray listed = fixture.get(betaPath + u'/' + id + u"/assignments"_s).value();
    QCOMPARE(listed.at(0).toObject().value(u"id"_s).toString(), id + u'_' + executives);

    r = fixture.postJson(betaPath + u'/' + id + u"/assign"_s, assignBody({}));
    QCOMPARE(r.status, 204);
    QVERIFY(current().isEmpty());
    QCOMPARE(fixture.host().log().writes(u"assignConfiguration:"_s + id), 3);

    // The documented v1.0 example: a Configuration Manager collection.
    QFile file(QStringLiteral(ED_SAMPLES_DIR "/enrollment-configuration-assign-request-v1.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    r = fixture.send("POST", v1Path + u'/' + id + u"/assign"_s, file.readAll());
    QCOMPARE(r.status, 204);
    QCOMPARE(current(), (QSet<QString>{u"configurationManagerCollectionAssignmentTarget:"_s}));

    // All users and all devices are accepted too.
    r = fixture.postJson(
            betaPath + u'/' + id + u"/assign"_s,
            assignBody({QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.allLicensedUsersAssignmentTarget"_s}},
                        QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.allDevicesAssignmentTarget"_s}}}));
    QCOMPARE(r.status, 204);
    QCOMPARE(current().size(), 2);
}

void TestEmulatorConfigurations::assignRejects_data()
{
    QTest::addColumn<QString>("target"); // display name, or "default"
    QTest::addColumn<QByteArray>("body"); // %GROUP% is replaced with an existing group id
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("fragment");

    const QString custom = u"Contractors – 2 devices"_s;
    QTest::newRow("unknown group")
            << custom
            << QByteArray(
                       R"({"enrollmentConfigurationAssignments":[{"target":{"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"00000000-0000-4000-8000-000000000001"}}]})")
            << 400 << u"does not exist in the tenant"_s;
    QTest::newRow("include and exclude")
            << custom
            << QByteArray(
                       R"({"enrollmentConfigurationAssignments":[{"target":{"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"%GROUP%"}},{"target":{"@odata.type":"#microsoft.graph.exclusionGroupAssignmentTarget","groupId":"%GROUP%"}}]})")
            << 400 << u"both included and excluded"_s;
    QTest::newRow("default configuration")
            << u"default"_s
            << QByteArray(
                       R"({"enrollmentConfigurationAssignments":[{"target":{"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"%GROUP%"}}]})")
            << 400 << u"cannot be assigned"_s;
    QTest::newRow("unknown target type")
            << custom
            << QByteArray(
                       R"({"enrollmentConfigurationAssignments":[{"target":{"@odata.type":"#microsoft.graph.everyoneTarget"}}]})")
            << 400 << u"Unknown assignment target type"_s;
    QTest::newRow("group without id")
            << custom
            << QByteArray(
                       R"({"enrollmentConfigurationAssignments":[{"target":{"@odata.type":"#microsoft.graph.groupAssignmentTarget"}}]})")
            << 400 << u"needs a 'groupId'"_s;
    QTest::newRow("collection without id")
            << custom
            << QByteArray(
                       R"({"enrollmentConfigurationAssignments":[{"target":{"@odata.type":"#microsoft.graph.configurationManagerCollectionAssignmentTarget"}}]})")
            << 400 << u"needs a 'collectionId'"_s;
    QTest::newRow("abstract base target")
            << custom
            << QByteArray(
                       R"({"enrollmentConfigurationAssignments":[{"target":{"@odata.type":"microsoft.graph.deviceAndAppManagementAssignmentTarget"}}]})")
            << 400 << u"is abstract"_s;
    QTest::newRow("missing target") << custom << QByteArray(R"({"enrollmentConfigurationAssignments":[{"id":"x"}]})")
                                    << 400 << u"needs a 'target'"_s;
    QTest::newRow("missing list") << custom << QByteArray(R"({"assignments":[]})") << 400
                                  << u"is not a valid parameter"_s;
    QTest::newRow("empty body") << custom << QByteArray() << 400 << u"The request body is empty"_s;
}

void TestEmulatorConfigurations::assignRejects()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, fragment);
    EmulatorFixture fixture;
    const QString id =
            target == u"default" ? fixture.host().options().tenantId + u"_DefaultLimit"_s : idOf(fixture, target);
    body.replace("%GROUP%", groupId(fixture, u"Intune - Pilot Users"_s).toLatin1());
    const QJsonArray before = fixture.get(betaPath + u'/' + id + u"/assignments"_s).value();
    const HttpResult r = fixture.send("POST", betaPath + u'/' + id + u"/assign"_s, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), u"BadRequest"_s);
    const QString message = r.json().value(u"error"_s).toObject().value(u"message"_s).toString();
    QVERIFY2(message.contains(fragment), qPrintable(message));
    QCOMPARE(fixture.get(betaPath + u'/' + id + u"/assignments"_s).value(), before);
    QCOMPARE(fixture.host().log().writes(u"assignConfiguration:"_s + id), 0);
}

void TestEmulatorConfigurations::assignmentsCollectionAndItem()
{
    EmulatorFixture fixture;
    const QString id = idOf(fixture, u"Help desk technicians – 15 devices"_s);
    const HttpResult list = fixture.get(betaPath + u'/' + id + u"/assignments"_s);
    QCOMPARE(list.status, 200);
    QVERIFY(list.json()
                    .value(u"@odata.context"_s)
                    .toString()
                    .endsWith(u"#deviceManagement/deviceEnrollmentConfigurations('%1')/assignments"_s.arg(id)));
    QCOMPARE(list.value().size(), 2);
    const QJsonObject first = list.value().at(0).toObject();
    QCOMPARE(first.value(u"@odata.type"_s).toString(), u"#microsoft.graph.enrollmentConfigurationAssignment"_s);
    QCOMPARE(first.value(u"source"_s).toString(), u"direct"_s);
    const QJsonObject target = first.value(u"target"_s).toObject();
    QCOMPARE(target.value(u"deviceAndAppManagementAssignmentFilterType"_s).toString(), u"none"_s);
    QVERIFY(first.value(u"id"_s).toString().startsWith(id + u'_'));

    const HttpResult one = fixture.get(betaPath + u'/' + id + u"/assignments/"_s + first.value(u"id"_s).toString());
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(u"target"_s), first.value(u"target"_s));
    QCOMPARE(fixture.get(betaPath + u'/' + id + u"/assignments/nope"_s).status, 404);

    // v1.0 assignments have neither source nor filter properties.
    const QJsonObject v1 = fixture.get(v1Path + u'/' + id + u"/assignments"_s).value().at(0).toObject();
    QVERIFY(!v1.contains(u"source"_s));
    QVERIFY(!v1.value(u"target"_s).toObject().contains(u"deviceAndAppManagementAssignmentFilterType"_s));
}

void TestEmulatorConfigurations::setPriorityReorders()
{
    EmulatorFixture fixture;
    const QString contractors = idOf(fixture, u"Contractors – 2 devices"_s);
    HttpResult r = fixture.postJson(betaPath + u'/' + contractors + u"/setPriority"_s, QJsonObject{{u"priority"_s, 1}});
    QCOMPARE(r.status, 204);
    QCOMPARE(priorityOrder(fixture.get(betaPath).value(), limitType),
             (QStringList{u"Contractors – 2 devices"_s, u"Help desk technicians – 15 devices"_s,
                          u"Executives – 10 devices"_s}));
    QCOMPARE(fixture.host().log().writes(u"setPriority:"_s + contractors), 1);

    // Past the end: the configuration goes last; priorities stay 1..n.
    const QString helpDesk = idOf(fixture, u"Help desk technicians – 15 devices"_s);
    r = fixture.postJson(v1Path + u'/' + helpDesk + u"/setPriority"_s, QJsonObject{{u"priority"_s, 8}});
    QCOMPARE(r.status, 204);
    const QJsonArray items = fixture.get(betaPath).value();
    QCOMPARE(priorityOrder(items, limitType),
             (QStringList{u"Contractors – 2 devices"_s, u"Executives – 10 devices"_s,
                          u"Help desk technicians – 15 devices"_s}));
    QCOMPARE(byName(items, u"Help desk technicians – 15 devices"_s).value(u"priority"_s).toInt(), 3);
    // Other families keep their priorities.
    QCOMPARE(byName(items, u"Autopilot – Kiosk ESP"_s).value(u"priority"_s).toInt(), 1);
    QCOMPARE(byName(items, u"Autopilot – Standard ESP"_s).value(u"priority"_s).toInt(), 2);
}

void TestEmulatorConfigurations::setPriorityRejects_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("default") << u"default"_s << QByteArray(R"({"priority":1})");
    QTest::newRow("zero") << u"Executives – 10 devices"_s << QByteArray(R"({"priority":0})");
    QTest::newRow("negative") << u"Executives – 10 devices"_s << QByteArray(R"({"priority":-3})");
    QTest::newRow("same priority") << u"Executives – 10 devices"_s << QByteArray(R"({"priority":2})");
    QTest::newRow("string") << u"Executives – 10 devices"_s << QByteArray(R"({"priority":"1"})");
    QTest::newRow("missing") << u"Executives – 10 devices"_s << QByteArray(R"({})");
}

void TestEmulatorConfigurations::setPriorityRejects()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    EmulatorFixture fixture;
    const QString id =
            target == u"default" ? fixture.host().options().tenantId + u"_DefaultLimit"_s : idOf(fixture, target);
    const HttpResult r = fixture.send("POST", betaPath + u'/' + id + u"/setPriority"_s, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"BadRequest"_s);
    QCOMPARE(fixture.host().log().writes(u"setPriority:"_s + id), 0);
}

void TestEmulatorConfigurations::deleteConfigurations()
{
    EmulatorFixture fixture;
    const QString tenant = fixture.host().options().tenantId;
    HttpResult r = fixture.send("DELETE", betaPath + u'/' + tenant + u"_DefaultLimit"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(fixture.get(betaPath + u'/' + tenant + u"_DefaultLimit"_s).status, 200);

    const QString helpDesk = idOf(fixture, u"Help desk technicians – 15 devices"_s);
    r = fixture.send("DELETE", v1Path + u'/' + helpDesk);
    QCOMPARE(r.status, 204);
    QCOMPARE(fixture.get(betaPath + u'/' + helpDesk).status, 404);
    const QJsonArray items = fixture.get(betaPath).value();
    QCOMPARE(priorityOrder(items, limitType),
             (QStringList{u"Executives – 10 devices"_s, u"Contractors – 2 devices"_s}));
    QCOMPARE(byName(items, u"Contractors – 2 devices"_s).value(u"priority"_s).toInt(), 2);
    QCOMPARE(fixture.send("DELETE", betaPath + u'/' + helpDesk).status, 404);
}

void TestEmulatorConfigurations::permissions_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("what"); // "list", "patch", "assign", "priority"
    QTest::addColumn<int>("status");

    const QStringList serviceRead{u"DeviceManagementServiceConfig.Read.All"_s};
    const QStringList configurationRead{u"DeviceManagementConfiguration.Read.All"_s};
    const QStringList serviceWrite{u"DeviceManagementServiceConfig.ReadWrite.All"_s};
    const QStringList configurationWrite{u"DeviceManagementConfiguration.ReadWrite.All"_s};
    const QStringList groupsOnly{u"Group.Read.All"_s};
    QTest::newRow("read with ServiceConfig.Read") << serviceRead << QByteArray("GET") << u"list"_s << 200;
    QTest::newRow("read with Configuration.Read") << configurationRead << QByteArray("GET") << u"list"_s << 200;
    QTest::newRow("read with groups only") << groupsOnly << QByteArray("GET") << u"list"_s << 403;
    QTest::newRow("patch with read only") << serviceRead << QByteArray("PATCH") << u"patch"_s << 403;
    QTest::newRow("patch with ServiceConfig.ReadWrite") << serviceWrite << QByteArray("PATCH") << u"patch"_s << 200;
    QTest::newRow("patch with Configuration.ReadWrite")
            << configurationWrite << QByteArray("PATCH") << u"patch"_s << 200;
    QTest::newRow("assign with read only") << serviceRead << QByteArray("POST") << u"assign"_s << 403;
    QTest::newRow("assign with ServiceConfig.ReadWrite") << serviceWrite << QByteArray("POST") << u"assign"_s << 204;
    // Both assign pages (seeds 001, 003) list only DeviceManagementServiceConfig.ReadWrite.All.
    QTest::newRow("assign with Configuration.ReadWrite")
            << configurationWrite << QByteArray("POST") << u"assign"_s << 403;
    QTest::newRow("priority with read only") << configurationRead << QByteArray("POST") << u"priority"_s << 403;
    QTest::newRow("priority with Configuration.ReadWrite")
            << configurationWrite << QByteArray("POST") << u"priority"_s << 204;
}

void TestEmulatorConfigurations::permissions()
{
    QFETCH(QStringList, scopes);
    QFETCH(QByteArray, method);
    QFETCH(QString, what);
    QFETCH(int, status);
    EmulatorFixture fixture;
    const QString id = idOf(fixture, u"Contractors – 2 devices"_s);
    const QString token = fixture.token(scopes);
    HttpResult r;
    if (what == u"list")
        r = fixture.get(betaPath, {}, token);
    else if (what == u"patch")
        r = fixture.patchJson(betaPath + u'/' + id, QJsonObject{{u"@odata.type"_s, limitType}, {u"limit"_s, 4}}, {},
                              token);
    else if (what == u"assign")
        r = fixture.postJson(betaPath + u'/' + id + u"/assign"_s, assignBody({}), {}, token);
    else
        r = fixture.postJson(betaPath + u'/' + id + u"/setPriority"_s, QJsonObject{{u"priority"_s, 1}}, {}, token);
    QCOMPARE(r.status, status);
    if (status == 403)
        QVERIFY(!r.errorCode().isEmpty());
}

void TestEmulatorConfigurations::sampleKeySets()
{
    EmulatorFixture fixture;
    const QString tenant = fixture.host().options().tenantId;

    // v1.0 list: Microsoft's example item is the base type; ours for a base-typed item (a beta-only
    // subtype seen through v1.0) has exactly its keys, and a limit item adds only `limit`.
    const QJsonObject v1Sample =
            sample(u"enrollment-configurations-list-v1.json"_s).value(u"value"_s).toArray().at(0).toObject();
    const QJsonObject restore = fixture.get(v1Path + u'/' + tenant + u"_WindowsRestore"_s).json();
    QCOMPARE(restore.value(u"@odata.type"_s), v1Sample.value(u"@odata.type"_s));
    QCOMPARE(keys(restore) - QSet<QString>{u"@odata.context"_s}, keys(v1Sample));

    // A v1.0 limit configuration has exactly the keys of the v1.0 update response.
    const QJsonObject limitSample = sample(u"enrollment-limit-update-response-v1.json"_s);
    const QJsonArray v1Limits =
            fixture.get(v1Path + u"?$filter=isof('microsoft.graph.deviceEnrollmentLimitConfiguration')"_s).value();
    QVERIFY(!v1Limits.isEmpty());
    for (const QJsonValue &v : v1Limits)
        QCOMPARE(keys(v.toObject()), keys(limitSample));

    // beta: the (older) sample's keys, plus the two beta properties the sample predates.
    const QJsonObject betaSample =
            sample(u"enrollment-limit-configurations-list-beta.json"_s).value(u"value"_s).toArray().at(0).toObject();
    const QJsonArray betaLimits =
            fixture.get(betaPath + u"?$filter=deviceEnrollmentConfigurationType eq 'limit'"_s).value();
    for (const QJsonValue &v : betaLimits) {
        QCOMPARE(keys(v.toObject()),
                 (keys(betaSample) + QSet<QString>{u"roleScopeTagIds"_s, u"deviceEnrollmentConfigurationType"_s}));
        for (auto it = betaSample.begin(); it != betaSample.end(); ++it)
            QVERIFY2(v.toObject().value(it.key()).type() == it.value().type(), qPrintable(it.key()));
    }

    // beta assignments: same item keys; targets carry the beta filter properties.
    const QJsonObject assignmentSample = sample(u"enrollment-configuration-assignments-list-beta.json"_s)
                                                 .value(u"value"_s)
                                                 .toArray()
                                                 .at(0)
                                                 .toObject();
    const QString id = idOf(fixture, u"Help desk technicians – 15 devices"_s);
    const QJsonObject assignment = fixture.get(betaPath + u'/' + id + u"/assignments"_s).value().at(0).toObject();
    QCOMPARE(keys(assignment), keys(assignmentSample));
    QCOMPARE(keys(assignment.value(u"target"_s).toObject()),
             (QSet<QString>{u"@odata.type"_s, u"groupId"_s, u"deviceAndAppManagementAssignmentFilterId"_s,
                            u"deviceAndAppManagementAssignmentFilterType"_s}));
}

QTEST_GUILESS_MAIN(TestEmulatorConfigurations)
#include "tst_EmulatorConfigurations.moc"
