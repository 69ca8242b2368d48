// Deployment profiles on the emulator (issue point 5): list/get with subtypes, assignedDevices,
// assignments, and `assign` with deviceIds on all three seed paths, with the pending → assigned
// follow-up and Graph-shaped 400s.

#include "EmulatorFixture.h"
#include "emulator/RequestLog.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

class TestEmulatorProfiles final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listAndGet();
    void assignedDevicesAndAssignments();
    void assignOnEverySeedPath_data();
    void assignOnEverySeedPath();
    void assignRejects_data();
    void assignRejects();
    void samplePayloadShape();
};

static const QString profilesPath = u"/beta/deviceManagement/windowsAutopilotDeploymentProfiles"_s;
static const QString devicesPath = u"/beta/deviceManagement/windowsAutopilotDeviceIdentities"_s;

void TestEmulatorProfiles::listAndGet()
{
    EmulatorFixture fixture;
    const HttpResult list = fixture.get(profilesPath);
    QCOMPARE(list.status, 200);
    const QJsonArray profiles = list.value();
    QVERIFY(profiles.size() >= 8);
    QSet<QString> types;
    bool legacyOnly = false;
    for (const QJsonValue &v : profiles) {
        const QJsonObject p = v.toObject();
        types.insert(p.value(u"@odata.type"_s).toString());
        QVERIFY(p.value(u"enrollmentStatusScreenSettings"_s).isObject());
        QVERIFY(p.value(u"outOfBoxExperienceSettings"_s).isObject());
        legacyOnly |= !p.contains(u"outOfBoxExperienceSetting"_s);
        if (p.value(u"@odata.type"_s) == u"#microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile"_s)
            QVERIFY(p.contains(u"hybridAzureADJoinSkipConnectivityCheck"_s));
    }
    QCOMPARE(types,
             (QSet<QString>{u"#microsoft.graph.azureADWindowsAutopilotDeploymentProfile"_s,
                            u"#microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile"_s}));
    QVERIFY(legacyOnly); // one old profile has only the deprecated OOBE object
    const QString id = profiles.at(0).toObject().value(u"id"_s).toString();
    const HttpResult one = fixture.get(profilesPath + u'/' + id);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(u"displayName"_s), profiles.at(0).toObject().value(u"displayName"_s));
    QCOMPARE(fixture.get(profilesPath + u"/00000000-0000-4000-8000-000000000000"_s).status, 404);
}

void TestEmulatorProfiles::assignedDevicesAndAssignments()
{
    EmulatorFixture fixture;
    const QJsonArray profiles = fixture.get(profilesPath).value();
    int totalAssigned = 0;
    for (const QJsonValue &v : profiles) {
        const QString id = v.toObject().value(u"id"_s).toString();
        const HttpResult devices = fixture.get(profilesPath + u'/' + id + u"/assignedDevices"_s);
        QCOMPARE(devices.status, 200);
        for (const QJsonValue &d : devices.value()) {
            const HttpResult profile =
                    fixture.get(devicesPath + u'/' + d.toObject().value(u"id"_s).toString() + u"/deploymentProfile"_s);
            QCOMPARE(profile.json().value(u"id"_s).toString(), id);
        }
        totalAssigned += int(devices.value().size());
        const HttpResult assignments = fixture.get(profilesPath + u'/' + id + u"/assignments"_s);
        QCOMPARE(assignments.status, 200);
        for (const QJsonValue &a : assignments.value()) {
            const QJsonObject target = a.toObject().value(u"target"_s).toObject();
            QVERIFY(target.value(u"@odata.type"_s).toString().startsWith(u"#microsoft.graph."_s));
            const QString aid = a.toObject().value(u"id"_s).toString();
            QCOMPARE(fixture.get(profilesPath + u'/' + id + u"/assignments/"_s + aid).status, 200);
        }
    }
    QVERIFY(totalAssigned > 100);
}

void TestEmulatorProfiles::assignOnEverySeedPath_data()
{
    QTest::addColumn<int>("path");
    QTest::newRow("profiles/{id}/assign") << 0;
    QTest::newRow("devices/{id}/deploymentProfile/assign") << 1;
    QTest::newRow("devices/{id}/intendedDeploymentProfile/assign") << 2;
}

void TestEmulatorProfiles::assignOnEverySeedPath()
{
    QFETCH(int, path);
    EmulatorFixture fixture; // pending lasts 300 ms here
    const QJsonArray devices = fixture.get(devicesPath).value();
    QString anchor; // a device whose (intended) profile the device paths name
    QStringList targets;
    for (const QJsonValue &v : devices) {
        const QJsonObject d = v.toObject();
        if (anchor.isEmpty() && d.value(u"deploymentProfileAssignmentStatus"_s) == u"assignedInSync"_s)
            anchor = d.value(u"id"_s).toString();
        else if (targets.size() < 3 && d.value(u"deploymentProfileAssignmentStatus"_s) == u"notAssigned"_s)
            targets.append(d.value(u"id"_s).toString());
    }
    QCOMPARE(targets.size(), 3);
    const QString profileId =
            fixture.get(devicesPath + u'/' + anchor + u"/deploymentProfile"_s).json().value(u"id"_s).toString();
    const QStringList urls{profilesPath + u'/' + profileId + u"/assign"_s,
                           devicesPath + u'/' + anchor + u"/deploymentProfile/assign"_s,
                           devicesPath + u'/' + anchor + u"/intendedDeploymentProfile/assign"_s};

    const HttpResult assign =
            fixture.postJson(urls.at(path), QJsonObject{{u"deviceIds"_s, QJsonArray::fromStringList(targets)}});
    QCOMPARE(assign.status, 204);
    for (const QString &id : std::as_const(targets)) {
        const QJsonObject now = fixture.get(devicesPath + u'/' + id).json();
        QCOMPARE(now.value(u"deploymentProfileAssignmentStatus"_s).toString(), u"pending"_s);
        QCOMPARE(
                fixture.get(devicesPath + u'/' + id + u"/intendedDeploymentProfile"_s).json().value(u"id"_s).toString(),
                profileId);
        QCOMPARE(fixture.host().log().writes(u"assignProfile:"_s + id), 1);
    }
    // …and settles to assigned after the configured delay, with the date assigned set.
    QTRY_COMPARE_WITH_TIMEOUT(fixture.get(devicesPath + u'/' + targets.at(0))
                                      .json()
                                      .value(u"deploymentProfileAssignmentStatus"_s)
                                      .toString(),
                              u"assignedInSync"_s, 5000);
    const QJsonObject settled = fixture.get(devicesPath + u'/' + targets.at(2)).json();
    QCOMPARE(settled.value(u"deploymentProfileAssignmentStatus"_s).toString(), u"assignedInSync"_s);
    QVERIFY(settled.value(u"deploymentProfileAssignedDateTime"_s).toString().startsWith(u"20"_s));
    QCOMPARE(fixture.get(devicesPath + u'/' + targets.at(2) + u"/deploymentProfile"_s).json().value(u"id"_s).toString(),
             profileId);
    bool listed = false;
    for (const QJsonValue &v : fixture.get(profilesPath + u'/' + profileId + u"/assignedDevices"_s).value())
        listed |= v.toObject().value(u"id"_s).toString() == targets.at(1);
    QVERIFY(listed);
}

void TestEmulatorProfiles::assignRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty list") << QByteArray(R"({"deviceIds":[]})");
    QTest::newRow("missing deviceIds") << QByteArray(R"({"devices":["x"]})");
    QTest::newRow("not a list") << QByteArray(R"({"deviceIds":"abc"})");
    QTest::newRow("numbers") << QByteArray(R"({"deviceIds":[1,2]})");
    QTest::newRow("unknown id") << QByteArray(R"({"deviceIds":["@known","00000000-0000-4000-8000-000000000000"]})");
    QTest::newRow("malformed json") << QByteArray(R"({"deviceIds":[)");
    QTest::newRow("empty body") << QByteArray();
}

void TestEmulatorProfiles::assignRejects()
{
    QFETCH(QByteArray, body);
    EmulatorFixture fixture;
    const QString profileId = fixture.get(profilesPath).value().at(1).toObject().value(u"id"_s).toString();
    const QString known = fixture.get(devicesPath + u"?$top=1"_s).value().at(0).toObject().value(u"id"_s).toString();
    body.replace("@known", known.toLatin1());
    fixture.host().log().clear();
    const HttpResult result = fixture.send("POST", profilesPath + u'/' + profileId + u"/assign"_s, body,
                                           {{"Content-Type", "application/json"}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), u"BadRequest"_s);
    QVERIFY(fixture.host().log().writeCounts().isEmpty()); // all or nothing
}

void TestEmulatorProfiles::samplePayloadShape()
{
    QFile file(QStringLiteral(ED_SAMPLES_DIR "/autopilot-profiles-list-beta.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject microsoft =
            QJsonDocument::fromJson(file.readAll()).object().value(u"value"_s).toArray().at(0).toObject();
    EmulatorFixture fixture;
    const QJsonObject ours = fixture.get(profilesPath).value().at(0).toObject();
    for (auto it = microsoft.constBegin(); it != microsoft.constEnd(); ++it) {
        QVERIFY2(ours.contains(it.key()), qPrintable(it.key()));
        if (!it.value().isNull() && !ours.value(it.key()).isNull())
            QVERIFY2(ours.value(it.key()).type() == it.value().type(), qPrintable(it.key()));
    }
}

QTEST_GUILESS_MAIN(TestEmulatorProfiles)
#include "tst_EmulatorProfiles.moc"
