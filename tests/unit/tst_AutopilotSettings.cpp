// AutopilotSettings (windowsAutopilotSettings): every syncStatus, an unknown one kept, Graph's
// no-date, wrong types.

#include "SampleJson.h"
#include "models/AutopilotSettings.h"

#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

using Status = AutopilotSettings::SyncStatus;

class TestAutopilotSettings final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void syncStatus_data();
    void syncStatus();
    void dates();
    void wrongTypes();
};

void TestAutopilotSettings::syncStatus_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("unknown");
    QTest::newRow("unknown") << QJsonValue(u"unknown"_s) << int(Status::Unknown) << QString();
    QTest::newRow("inProgress") << QJsonValue(u"inProgress"_s) << int(Status::InProgress) << QString();
    QTest::newRow("completed") << QJsonValue(u"completed"_s) << int(Status::Completed) << QString();
    QTest::newRow("failed") << QJsonValue(u"failed"_s) << int(Status::Failed) << QString();
    QTest::newRow("future value kept") << QJsonValue(u"throttled"_s) << int(Status::Other) << u"throttled"_s;
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << int(Status::Unknown) << QString();
    QTest::newRow("number") << QJsonValue(2) << int(Status::Unknown) << QString();
}

void TestAutopilotSettings::syncStatus()
{
    QFETCH(QJsonValue, value);
    QFETCH(int, expected);
    QFETCH(QString, unknown);
    QJsonObject json{{u"id"_s, u"s1"_s}};
    if (!value.isUndefined())
        json.insert(u"syncStatus"_s, value);
    const AutopilotSettings s = AutopilotSettings::fromJson(json);
    QCOMPARE(s.id, u"s1"_s);
    QCOMPARE(int(s.syncStatus), expected);
    QCOMPARE(s.unknownEnums.value("syncStatus"_L1), unknown);
    QCOMPARE(GraphEnum::wireName(s.syncStatus, s.unknownEnums, "syncStatus"_L1),
             unknown.isNull() ? QString(GraphEnum::wireName(s.syncStatus)) : unknown);
}

void TestAutopilotSettings::dates()
{
    const AutopilotSettings s = AutopilotSettings::fromJson(jsonObject(R"({
        "@odata.type":"#microsoft.graph.windowsAutopilotSettings","id":"6b8f3b52-2c3f-4a9d-a3a4-6a1f6c7c8e11",
        "lastSyncDateTime":"2026-10-31T22:15:03.5120000Z","lastManualSyncTriggerDateTime":"0001-01-01T00:00:00Z",
        "syncStatus":"completed"})"));
    QCOMPARE(s.lastSyncDateTime, QDateTime(QDate(2026, 10, 31), QTime(22, 15, 3, 512), Qt::UTC));
    QVERIFY(!s.lastManualSyncTriggerDateTime.isValid());
    QCOMPARE(s.syncStatus, Status::Completed);
}

void TestAutopilotSettings::wrongTypes()
{
    const AutopilotSettings s = AutopilotSettings::fromJson(
            jsonObject(R"({"id":null,"lastSyncDateTime":5,"lastManualSyncTriggerDateTime":{},"syncStatus":[]})"));
    QVERIFY(s.id.isEmpty());
    QVERIFY(!s.lastSyncDateTime.isValid());
    QVERIFY(!s.lastManualSyncTriggerDateTime.isValid());
    QCOMPARE(s.syncStatus, Status::Unknown);
    QVERIFY(s.unknownEnums.isEmpty());
}

QTEST_GUILESS_MAIN(TestAutopilotSettings)
#include "tst_AutopilotSettings.moc"
