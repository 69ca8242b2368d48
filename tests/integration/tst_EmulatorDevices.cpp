// Autopilot devices on the emulator (issue points 2, 3, 4, 8): the demo tenant's data, Intune
// paging, $filter/$select/$count, get/delete/PATCH, every device action on every path, the
// deploymentProfile relationships, Autopilot sync, and Microsoft's sample payload shapes.

#include "EmulatorFixture.h"
#include "emulator/RequestLog.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

class TestEmulatorDevices final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoTenantCoversEveryValue();
    void sameSeedSameTenant();
    void pagesOfAThousand();
    void topPagesAndCount();
    void filterContains_data();
    void filterContains();
    void filterRejected_data();
    void filterRejected();
    void select();
    void getBetaAndV1();
    void patchIsRejected();
    void deleteRules();
    void allowNextEnrollmentOnEveryPath_data();
    void allowNextEnrollmentOnEveryPath();
    void userAndPropertyActions();
    void actionValidation_data();
    void actionValidation();
    void profileRelationships();
    void autopilotSync();
    void samplePayloadShapes_data();
    void samplePayloadShapes();

private:
    QJsonArray allDevices(EmulatorFixture &fixture, const QString &version = u"beta"_s);
    QJsonObject findDevice(const std::function<bool(const QJsonObject &)> &predicate);

    std::unique_ptr<EmulatorFixture> m_fixture;
    QJsonArray m_devices;
};

static const QString devicesPath = u"/beta/deviceManagement/windowsAutopilotDeviceIdentities"_s;

QJsonArray TestEmulatorDevices::allDevices(EmulatorFixture &fixture, const QString &version)
{
    QJsonArray all;
    QString next = u"/%1/deviceManagement/windowsAutopilotDeviceIdentities"_s.arg(version);
    while (!next.isEmpty()) {
        const HttpResult page = fixture.get(next);
        if (page.status != 200)
            return {};
        for (const QJsonValue &v : page.value())
            all.append(v);
        next = page.json().value(u"@odata.nextLink"_s).toString();
    }
    return all;
}

QJsonObject TestEmulatorDevices::findDevice(const std::function<bool(const QJsonObject &)> &predicate)
{
    for (const QJsonValue &v : std::as_const(m_devices))
        if (predicate(v.toObject()))
            return v.toObject();
    return {};
}

void TestEmulatorDevices::initTestCase()
{
    m_fixture = std::make_unique<EmulatorFixture>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->startError()));
    m_devices = allDevices(*m_fixture);
    QCOMPARE(m_devices.size(), 300);
}

void TestEmulatorDevices::demoTenantCoversEveryValue()
{
    QSet<QString> profileStatus, enrollment, userless, manufacturers, tags;
    int blocked = 0;
    QSet<QString> serials;
    for (const QJsonValue &value : std::as_const(m_devices)) {
        const QJsonObject d = value.toObject();
        profileStatus.insert(d.value(u"deploymentProfileAssignmentStatus"_s).toString());
        enrollment.insert(d.value(u"enrollmentState"_s).toString());
        userless.insert(d.value(u"userlessEnrollmentStatus"_s).toString());
        manufacturers.insert(d.value(u"manufacturer"_s).toString());
        tags.insert(d.value(u"groupTag"_s).toString());
        blocked += d.value(u"userlessEnrollmentStatus"_s).toString() == u"blocked" ? 1 : 0;
        serials.insert(d.value(u"serialNumber"_s).toString());
        QCOMPARE(d.value(u"@odata.type"_s).toString(), u"#microsoft.graph.windowsAutopilotDeviceIdentity"_s);
    }
    QCOMPARE(profileStatus,
             (QSet<QString>{u"unknown"_s, u"assignedInSync"_s, u"assignedOutOfSync"_s, u"assignedUnkownSyncState"_s,
                            u"notAssigned"_s, u"pending"_s, u"failed"_s}));
    QCOMPARE(enrollment,
             (QSet<QString>{u"unknown"_s, u"enrolled"_s, u"pendingReset"_s, u"failed"_s, u"notContacted"_s,
                            u"blocked"_s}));
    QCOMPARE(userless, (QSet<QString>{u"unknown"_s, u"allowed"_s, u"blocked"_s, u"unknownFutureValue"_s}));
    QVERIFY(manufacturers.contains(u"Dell Inc."_s) && manufacturers.contains(u"HP"_s)
            && manufacturers.contains(u"LENOVO"_s) && manufacturers.contains(u"Microsoft Corporation"_s));
    QVERIFY2(blocked >= 10 && blocked <= 60, qPrintable(QString::number(blocked))); // a real share, not all
    QVERIFY(tags.size() >= 5);
    QCOMPARE(serials.size(), 300); // unique
}

void TestEmulatorDevices::sameSeedSameTenant()
{
    EmulatorFixture again;
    const QJsonArray second = allDevices(again);
    QCOMPARE(second.size(), m_devices.size());
    for (int i = 0; i < second.size(); ++i) {
        QCOMPARE(second.at(i).toObject().value(u"id"_s), m_devices.at(i).toObject().value(u"id"_s));
        QCOMPARE(second.at(i).toObject().value(u"serialNumber"_s), m_devices.at(i).toObject().value(u"serialNumber"_s));
    }
    emu::EmulatorOptions other = EmulatorFixture::smallTenant();
    other.seed = 5;
    EmulatorFixture different(other);
    QVERIFY(allDevices(different).at(0).toObject().value(u"id"_s) != m_devices.at(0).toObject().value(u"id"_s));
}

void TestEmulatorDevices::pagesOfAThousand()
{
    emu::EmulatorOptions options = EmulatorFixture::smallTenant();
    options.devices = 2500;
    EmulatorFixture fixture(options);
    QList<int> sizes;
    QSet<QString> ids;
    QString previousSerial;
    QString next = devicesPath;
    while (!next.isEmpty()) {
        const HttpResult page = fixture.get(next);
        QCOMPARE(page.status, 200);
        sizes.append(int(page.value().size()));
        for (const QJsonValue &v : page.value()) {
            ids.insert(v.toObject().value(u"id"_s).toString());
            const QString serial = v.toObject().value(u"serialNumber"_s).toString();
            QVERIFY(serial > previousSerial); // ordered by serial, the skip token's key
            previousSerial = serial;
        }
        next = page.json().value(u"@odata.nextLink"_s).toString();
        if (!next.isEmpty())
            QVERIFY2(next.contains(u"$skiptoken=LastSerialNumber%3D%27"_s), qPrintable(next));
    }
    QCOMPARE(sizes, (QList<int>{1000, 1000, 500}));
    QCOMPARE(ids.size(), 2500);
}

void TestEmulatorDevices::topPagesAndCount()
{
    const HttpResult first = m_fixture->get(devicesPath + u"?$top=7&$count=true"_s);
    QCOMPARE(first.value().size(), 7);
    QCOMPARE(first.json().value(u"@odata.count"_s).toInt(), 300);
    const QString next = first.json().value(u"@odata.nextLink"_s).toString();
    QVERIFY(next.contains(u"$top=7"_s));
    const HttpResult second = m_fixture->get(next);
    QCOMPARE(second.value().size(), 7);
    QVERIFY(!second.json().contains(u"@odata.count"_s)); // first page only
    QCOMPARE(second.value().at(0).toObject().value(u"id"_s), m_devices.at(7).toObject().value(u"id"_s));
    QCOMPARE(m_fixture->get(devicesPath + u"?$top=5000"_s).value().size(), 300); // clamped to the page size
    QCOMPARE(m_fixture->get(devicesPath + u"?$top=0"_s).status, 400);

    const HttpResult count = m_fixture->get(devicesPath + u"/$count"_s);
    QCOMPARE(count.status, 200);
    QCOMPARE(count.body, QByteArray("300"));
    QVERIFY(count.header("content-type").startsWith("text/plain"));
}

void TestEmulatorDevices::filterContains_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("serialNumber") << u"serialNumber"_s;
    QTest::newRow("groupTag") << u"groupTag"_s;
    QTest::newRow("userPrincipalName") << u"userPrincipalName"_s;
}

void TestEmulatorDevices::filterContains()
{
    QFETCH(QString, field);
    const QJsonObject sample = findDevice([&](const QJsonObject &d) { return d.value(field).toString().size() > 4; });
    const QString needle = sample.value(field).toString().mid(1, 3).toLower(); // case-insensitive
    int expected = 0;
    for (const QJsonValue &v : std::as_const(m_devices))
        expected += v.toObject().value(field).toString().contains(needle, Qt::CaseInsensitive) ? 1 : 0;
    const HttpResult result =
            m_fixture->get(devicesPath + u"?$filter="_s
                           + QString::fromLatin1(QUrl::toPercentEncoding(u"contains(%1,'%2')"_s.arg(field, needle))));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.value().size(), expected);
    QVERIFY(expected >= 1);
}

void TestEmulatorDevices::filterRejected_data()
{
    QTest::addColumn<QString>("filter");
    QTest::newRow("eq") << u"serialNumber eq 'ABC'"_s;
    QTest::newRow("startswith") << u"startswith(serialNumber,'A')"_s;
    QTest::newRow("unknown field") << u"contains(productKey,'A')"_s;
    QTest::newRow("garbage") << u"contains(serialNumber"_s;
}

void TestEmulatorDevices::filterRejected()
{
    QFETCH(QString, filter);
    const HttpResult result =
            m_fixture->get(devicesPath + u"?$filter="_s + QString::fromLatin1(QUrl::toPercentEncoding(filter)));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), u"BadRequest"_s);
    const QString message = result.json().value(u"error"_s).toObject().value(u"message"_s).toString();
    // Intune's embedded JSON, as graph.md §1.4 and §7.4 describe.
    QVERIFY2(QJsonDocument::fromJson(message.toUtf8())
                     .object()
                     .value(u"Message"_s)
                     .toString()
                     .startsWith(u"An error has occurred - Operation ID (for customer support):"_s),
             qPrintable(message));
}

void TestEmulatorDevices::select()
{
    const HttpResult result = m_fixture->get(devicesPath + u"?$top=3&$select=serialNumber,groupTag"_s);
    QCOMPARE(result.status, 200);
    for (const QJsonValue &v : result.value()) {
        const QStringList keys = v.toObject().keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                 (QSet<QString>{u"@odata.type"_s, u"id"_s, u"serialNumber"_s, u"groupTag"_s}));
    }
    QCOMPARE(m_fixture->get(devicesPath + u"?$select=nope"_s).status, 400);
}

void TestEmulatorDevices::getBetaAndV1()
{
    const QString id = m_devices.at(10).toObject().value(u"id"_s).toString();
    const HttpResult beta = m_fixture->get(devicesPath + u'/' + id);
    QCOMPARE(beta.status, 200);
    QCOMPARE(beta.json().value(u"id"_s).toString(), id);
    QVERIFY(beta.json().value(u"@odata.context"_s).toString().endsWith(u"windowsAutopilotDeviceIdentities/$entity"_s));
    for (const char *betaOnly :
         {"userlessEnrollmentStatus", "deploymentProfileAssignmentStatus", "azureAdDeviceId", "remediationState"}) {
        QVERIFY2(beta.json().contains(QLatin1StringView(betaOnly)), betaOnly);
    }
    const HttpResult v1 = m_fixture->get(u"/v1.0/deviceManagement/windowsAutopilotDeviceIdentities/"_s + id);
    QCOMPARE(v1.status, 200);
    for (const char *betaOnly : {"userlessEnrollmentStatus", "deploymentProfileAssignmentStatus", "azureAdDeviceId"})
        QVERIFY2(!v1.json().contains(QLatin1StringView(betaOnly)), betaOnly);
    QCOMPARE(v1.json().value(u"serialNumber"_s), beta.json().value(u"serialNumber"_s));
}

void TestEmulatorDevices::patchIsRejected()
{
    const QString id = m_devices.at(0).toObject().value(u"id"_s).toString();
    const HttpResult result = m_fixture->patchJson(devicesPath + u'/' + id, QJsonObject{{u"groupTag"_s, u"X"_s}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), u"No method match route template"_s);
}

void TestEmulatorDevices::deleteRules()
{
    EmulatorFixture fixture; // its own tenant: this test deletes
    const QJsonArray devices = allDevices(fixture);
    QString imported, enrolled;
    for (const QJsonValue &v : devices) {
        const QJsonObject d = v.toObject();
        if (d.value(u"enrollmentState"_s) == u"notContacted"_s && imported.isEmpty())
            imported = d.value(u"id"_s).toString();
        if (d.value(u"enrollmentState"_s) == u"enrolled"_s && enrolled.isEmpty())
            enrolled = d.value(u"id"_s).toString();
    }
    QCOMPARE(fixture.send("DELETE", devicesPath + u'/' + imported).status, 204);
    QCOMPARE(fixture.get(devicesPath + u'/' + imported).status, 404);
    QCOMPARE(fixture.send("DELETE", devicesPath + u'/' + imported).status, 404);
    QCOMPARE(fixture.get(devicesPath + u"/$count"_s).body, QByteArray("299"));
    QCOMPARE(fixture.send("DELETE", devicesPath + u'/' + enrolled).status, 400); // enrolled in Intune
    QCOMPARE(fixture.host().log().writes(u"deleteDevice:"_s + imported), 1);
}

void TestEmulatorDevices::allowNextEnrollmentOnEveryPath_data()
{
    QTest::addColumn<int>("path");
    QTest::newRow("device") << 0;
    QTest::newRow("device/deploymentProfile/assignedDevices") << 1;
    QTest::newRow("profile/assignedDevices") << 2;
}

void TestEmulatorDevices::allowNextEnrollmentOnEveryPath()
{
    QFETCH(int, path);
    EmulatorFixture fixture;
    const QJsonArray devices = allDevices(fixture);
    QJsonObject device;
    for (const QJsonValue &v : devices) {
        const QJsonObject d = v.toObject();
        if (d.value(u"userlessEnrollmentStatus"_s) == u"blocked"_s
            && d.value(u"deploymentProfileAssignmentStatus"_s) == u"assignedInSync"_s) {
            device = d;
            break;
        }
    }
    QVERIFY(!device.isEmpty());
    const QString id = device.value(u"id"_s).toString();
    const QString profileId =
            fixture.get(devicesPath + u'/' + id + u"/deploymentProfile"_s).json().value(u"id"_s).toString();
    QVERIFY(!profileId.isEmpty());
    const QStringList urls{devicesPath + u'/' + id + u"/allowNextEnrollment"_s,
                           devicesPath + u'/' + id + u"/deploymentProfile/assignedDevices/"_s + id
                                   + u"/allowNextEnrollment"_s,
                           u"/beta/deviceManagement/windowsAutopilotDeploymentProfiles/"_s + profileId
                                   + u"/assignedDevices/"_s + id + u"/allowNextEnrollment"_s};
    const HttpResult result = fixture.send("POST", urls.at(path));
    QCOMPARE(result.status, 204);
    QVERIFY(result.body.isEmpty());
    QCOMPARE(fixture.get(devicesPath + u'/' + id).json().value(u"userlessEnrollmentStatus"_s).toString(), u"allowed"_s);
    QCOMPARE(fixture.host().log().writes(u"allowNextEnrollment:"_s + id), 1);
    // beta only
    QCOMPARE(
            fixture.send("POST",
                         u"/v1.0/deviceManagement/windowsAutopilotDeviceIdentities/"_s + id + u"/allowNextEnrollment"_s)
                    .status,
            400);
    QCOMPARE(fixture.send("POST", devicesPath + u"/00000000-0000-4000-8000-000000000000/allowNextEnrollment"_s).status,
             404);
}

void TestEmulatorDevices::userAndPropertyActions()
{
    EmulatorFixture fixture;
    const QJsonObject device = allDevices(fixture).at(3).toObject();
    const QString url = devicesPath + u'/' + device.value(u"id"_s).toString();
    const QString upn = fixture.get(url).json().value(u"userPrincipalName"_s).toString();
    // a user of the tenant: take one from any device
    QString someUser;
    for (const QJsonValue &v : allDevices(fixture))
        if (!v.toObject().value(u"userPrincipalName"_s).toString().isEmpty())
            someUser = v.toObject().value(u"userPrincipalName"_s).toString();
    QVERIFY(!someUser.isEmpty());

    QCOMPARE(fixture.postJson(url + u"/assignUserToDevice"_s,
                              QJsonObject{{u"userPrincipalName"_s, someUser},
                                          {u"addressableUserName"_s, u"Front desk"_s}})
                     .status,
             204);
    QCOMPARE(fixture.get(url).json().value(u"userPrincipalName"_s).toString(), someUser);
    QCOMPARE(fixture.get(url).json().value(u"addressableUserName"_s).toString(), u"Front desk"_s);
    QCOMPARE(fixture.send("POST", url + u"/unassignUserFromDevice"_s).status, 204);
    QCOMPARE(fixture.get(url).json().value(u"userPrincipalName"_s).toString(), QString());

    QCOMPARE(fixture.postJson(url + u"/updateDeviceProperties"_s,
                              QJsonObject{{u"groupTag"_s, u"NEWTAG"_s}, {u"displayName"_s, u"CTS-LAPTOP-01"_s}})
                     .status,
             204);
    const QJsonObject updated = fixture.get(url).json();
    QCOMPARE(updated.value(u"groupTag"_s).toString(), u"NEWTAG"_s);
    QCOMPARE(updated.value(u"displayName"_s).toString(), u"CTS-LAPTOP-01"_s);
    QCOMPARE(fixture.host().log().writes(u"updateDeviceProperties:"_s + device.value(u"id"_s).toString()), 1);
    Q_UNUSED(upn)
}

void TestEmulatorDevices::actionValidation_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("assign user: unknown user")
            << u"assignUserToDevice"_s << QByteArray(R"({"userPrincipalName":"nobody@example.com"})") << 400;
    QTest::newRow("assign user: no body") << u"assignUserToDevice"_s << QByteArray() << 400;
    QTest::newRow("assign user: malformed") << u"assignUserToDevice"_s << QByteArray("{not json") << 400;
    QTest::newRow("update: unknown property")
            << u"updateDeviceProperties"_s << QByteArray(R"({"colour":"red"})") << 400;
    QTest::newRow("update: name too long")
            << u"updateDeviceProperties"_s << QByteArray(R"({"displayName":"A-NAME-FAR-TOO-LONG"})") << 400;
    QTest::newRow("update: wrong type") << u"updateDeviceProperties"_s << QByteArray(R"({"groupTag":5})") << 400;
    QTest::newRow("unknown action") << u"explode"_s << QByteArray() << 400;
}

void TestEmulatorDevices::actionValidation()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const QString id = m_devices.at(5).toObject().value(u"id"_s).toString();
    const HttpResult result =
            m_fixture->send("POST", devicesPath + u'/' + id + u'/' + action, body,
                            body.isEmpty() ? Headers{} : Headers{{"Content-Type", "application/json"}});
    QCOMPARE(result.status, status);
    QVERIFY(!result.errorCode().isEmpty());
}

void TestEmulatorDevices::profileRelationships()
{
    const QJsonObject assigned = findDevice([](const QJsonObject &d) {
        return d.value(u"deploymentProfileAssignmentStatus"_s) == u"assignedInSync"_s;
    });
    const QJsonObject unassigned = findDevice(
            [](const QJsonObject &d) { return d.value(u"deploymentProfileAssignmentStatus"_s) == u"notAssigned"_s; });
    const QString url = devicesPath + u'/' + assigned.value(u"id"_s).toString();
    const HttpResult profile = m_fixture->get(url + u"/deploymentProfile"_s);
    QCOMPARE(profile.status, 200);
    QVERIFY(profile.json().value(u"@odata.type"_s).toString().endsWith(u"WindowsAutopilotDeploymentProfile"_s));
    QCOMPARE(m_fixture->get(url + u"/intendedDeploymentProfile"_s).json().value(u"id"_s),
             profile.json().value(u"id"_s));
    QCOMPARE(m_fixture->get(devicesPath + u'/' + unassigned.value(u"id"_s).toString() + u"/deploymentProfile"_s).status,
             404);
    QCOMPARE(m_fixture
                     ->get(u"/v1.0/deviceManagement/windowsAutopilotDeviceIdentities/"_s
                           + assigned.value(u"id"_s).toString() + u"/deploymentProfile"_s)
                     .status,
             400);
}

void TestEmulatorDevices::autopilotSync()
{
    EmulatorFixture fixture; // sync lasts 300 ms in the small tenant
    const QString settings = u"/beta/deviceManagement/windowsAutopilotSettings"_s;
    QCOMPARE(fixture.get(settings).json().value(u"syncStatus"_s).toString(), u"completed"_s);
    QCOMPARE(fixture.send("POST", settings + u"/sync"_s).status, 204);
    QCOMPARE(fixture.get(settings).json().value(u"syncStatus"_s).toString(), u"inProgress"_s);
    QCOMPARE(fixture.send("POST", settings + u"/sync"_s).status, 409);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.get(settings).json().value(u"syncStatus"_s).toString(), u"completed"_s, 5000);
    const HttpResult again = fixture.send("POST", settings + u"/sync"_s);
    QCOMPARE(again.status, 429); // within ten minutes of the last one
    QVERIFY(again.header("retry-after").toInt() > 500);
    QVERIFY(fixture.get(settings).json().value(u"lastManualSyncTriggerDateTime"_s).toString().startsWith(u"20"_s));
    QCOMPARE(fixture.send("POST", u"/v1.0/deviceManagement/windowsAutopilotSettings/sync"_s).status, 400);
}

void TestEmulatorDevices::samplePayloadShapes_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("version");
    QTest::newRow("beta list") << u"autopilot-devices-list-beta.json"_s << u"beta"_s;
    QTest::newRow("v1.0 list") << u"autopilot-devices-list-v1.json"_s << u"v1.0"_s;
    QTest::newRow("beta get") << u"autopilot-device-get-beta.json"_s << u"beta"_s;
}

void TestEmulatorDevices::samplePayloadShapes()
{
    QFETCH(QString, sample);
    QFETCH(QString, version);
    QFile file(QStringLiteral(ED_SAMPLES_DIR) + u'/' + sample);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    // Lists wrap items in "value"; the get page's example wraps its one object the same way.
    const QJsonValue value = document.value(u"value"_s);
    const QJsonObject microsoft = value.isArray() ? value.toArray().at(0).toObject()
            : value.isObject()                    ? value.toObject()
                                                  : document;
    QVERIFY(!microsoft.isEmpty());
    const QString id = m_devices.at(0).toObject().value(u"id"_s).toString();
    const QJsonObject ours =
            m_fixture->get(u"/%1/deviceManagement/windowsAutopilotDeviceIdentities/%2"_s.arg(version, id)).json();
    for (auto it = microsoft.constBegin(); it != microsoft.constEnd(); ++it) {
        if (it.key() == u"orderIdentifier") // retired, only in old pages (graph.md §1.2)
            continue;
        QVERIFY2(ours.contains(it.key()), qPrintable(it.key()));
        if (!it.value().isNull() && !ours.value(it.key()).isNull())
            QVERIFY2(ours.value(it.key()).type() == it.value().type(), qPrintable(it.key()));
    }
}

QTEST_GUILESS_MAIN(TestEmulatorDevices)
#include "tst_EmulatorDevices.moc"
