// $batch on the emulator (issue point 9, graph.md §7.2): limits, ids, relative urls, dependsOn
// with 424, per-item status/headers/body, per-item 429 with Retry-After, outer 200.

#include "EmulatorFixture.h"
#include "emulator/RequestLog.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

class TestEmulatorBatch final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsItemsAndMapsById();
    void dependsOnFailureGives424();
    void rejectsWholeBatch_data();
    void rejectsWholeBatch();
    void throttledItemsCarryRetryAfter();
    void microsoftsSampleRequest();
};

static QJsonObject item(const QString &id, const QString &method, const QString &url, const QJsonValue &body = {},
                        const QStringList &dependsOn = {})
{
    QJsonObject request{{u"id"_s, id}, {u"method"_s, method}, {u"url"_s, url}};
    if (!body.isUndefined() && !body.isNull()) {
        request.insert(u"body"_s, body);
        request.insert(u"headers"_s, QJsonObject{{u"Content-Type"_s, u"application/json"_s}});
    }
    if (!dependsOn.isEmpty())
        request.insert(u"dependsOn"_s, QJsonArray::fromStringList(dependsOn));
    return request;
}

static QHash<QString, QJsonObject> byId(const HttpResult &result)
{
    QHash<QString, QJsonObject> map;
    for (const QJsonValue &v : result.json().value(u"responses"_s).toArray())
        map.insert(v.toObject().value(u"id"_s).toString(), v.toObject());
    return map;
}

void TestEmulatorBatch::runsItemsAndMapsById()
{
    EmulatorFixture fixture;
    const QJsonArray devices = fixture.get(u"/beta/deviceManagement/windowsAutopilotDeviceIdentities?$top=5"_s).value();
    QJsonArray requests;
    for (int i = 0; i < 5; ++i)
        requests.append(item(QString::number(i + 1), u"POST"_s,
                             u"/deviceManagement/windowsAutopilotDeviceIdentities/%1/allowNextEnrollment"_s.arg(
                                     devices.at(i).toObject().value(u"id"_s).toString())));
    requests.append(item(u"read"_s, u"GET"_s,
                         u"deviceManagement/windowsAutopilotDeviceIdentities?$top=2"_s)); // no leading slash
    requests.append(item(u"missing"_s, u"GET"_s,
                         u"/deviceManagement/windowsAutopilotDeviceIdentities/00000000-0000-4000-8000-000000000000"_s));
    const HttpResult result = fixture.postJson(u"/beta/$batch"_s, QJsonObject{{u"requests"_s, requests}});
    QCOMPARE(result.status, 200);
    const auto responses = byId(result);
    QCOMPARE(responses.size(), 7);
    for (int i = 1; i <= 5; ++i) {
        QCOMPARE(responses.value(QString::number(i)).value(u"status"_s).toInt(), 204);
        QCOMPARE(fixture.host().log().writes(u"allowNextEnrollment:"_s
                                             + devices.at(i - 1).toObject().value(u"id"_s).toString()),
                 1);
    }
    QCOMPARE(responses.value(u"read"_s).value(u"status"_s).toInt(), 200);
    QCOMPARE(responses.value(u"read"_s).value(u"body"_s).toObject().value(u"value"_s).toArray().size(), 2);
    QVERIFY(responses.value(u"read"_s)
                    .value(u"headers"_s)
                    .toObject()
                    .value(u"Content-Type"_s)
                    .toString()
                    .startsWith(u"application/json"_s));
    QCOMPARE(responses.value(u"missing"_s).value(u"status"_s).toInt(), 404);
    QVERIFY(responses.value(u"missing"_s).value(u"body"_s).toObject().contains(u"error"_s));
    // Items are logged as requests of their own.
    int inner = 0;
    for (const auto &entry : fixture.host().log().entries())
        inner += entry.insideBatch ? 1 : 0;
    QCOMPARE(inner, 7);
}

void TestEmulatorBatch::dependsOnFailureGives424()
{
    EmulatorFixture fixture;
    const QJsonArray requests{
            item(u"1"_s, u"GET"_s,
                 u"/deviceManagement/windowsAutopilotDeviceIdentities/00000000-0000-4000-8000-000000000000"_s),
            item(u"2"_s, u"GET"_s, u"/deviceManagement/windowsAutopilotDeviceIdentities?$top=1"_s, {}, {u"1"_s}),
            item(u"3"_s, u"GET"_s, u"/deviceManagement/windowsAutopilotDeviceIdentities?$top=1"_s, {}, {u"2"_s}),
            item(u"4"_s, u"GET"_s, u"/deviceManagement/windowsAutopilotDeviceIdentities?$top=1"_s)};
    const auto responses = byId(fixture.postJson(u"/beta/$batch"_s, QJsonObject{{u"requests"_s, requests}}));
    QCOMPARE(responses.value(u"1"_s).value(u"status"_s).toInt(), 404);
    QCOMPARE(responses.value(u"2"_s).value(u"status"_s).toInt(), 424);
    QCOMPARE(responses.value(u"3"_s).value(u"status"_s).toInt(), 424); // transitively
    QCOMPARE(responses.value(u"4"_s).value(u"status"_s).toInt(), 200);
}

void TestEmulatorBatch::rejectsWholeBatch_data()
{
    QTest::addColumn<QByteArray>("body");
    QJsonArray twentyOne;
    for (int i = 0; i < 21; ++i)
        twentyOne.append(
                item(QString::number(i), u"GET"_s, u"/deviceManagement/windowsAutopilotDeviceIdentities?$top=1"_s));
    QTest::newRow("21 requests") << QJsonDocument(QJsonObject{{u"requests"_s, twentyOne}}).toJson();
    QTest::newRow("duplicate ids (case-insensitive)") << QByteArray(
            R"({"requests":[{"id":"a","method":"GET","url":"/groups"},{"id":"A","method":"GET","url":"/groups"}]})");
    QTest::newRow("absolute url") << QByteArray(
            R"({"requests":[{"id":"1","method":"GET","url":"https://graph.microsoft.com/v1.0/groups"}]})");
    QTest::newRow("body without content type")
            << QByteArray(R"({"requests":[{"id":"1","method":"POST","url":"/x","body":{"a":1}}]})");
    QTest::newRow("missing id") << QByteArray(R"({"requests":[{"method":"GET","url":"/groups"}]})");
    QTest::newRow("dependsOn unknown") << QByteArray(
            R"({"requests":[{"id":"1","method":"GET","url":"/groups","dependsOn":["9"]}]})");
    QTest::newRow("not json") << QByteArray("requests=1");
    QTest::newRow("no requests") << QByteArray(R"({"requests":[]})");
}

void TestEmulatorBatch::rejectsWholeBatch()
{
    QFETCH(QByteArray, body);
    EmulatorFixture fixture;
    fixture.host().log().clear();
    const HttpResult result = fixture.send("POST", u"/v1.0/$batch"_s, body, {{"Content-Type", "application/json"}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), u"BadRequest"_s);
    int inner = 0;
    for (const auto &entry : fixture.host().log().entries())
        inner += entry.insideBatch ? 1 : 0;
    QCOMPARE(inner, 0); // nothing ran
}

void TestEmulatorBatch::throttledItemsCarryRetryAfter()
{
    emu::EmulatorOptions options = EmulatorFixture::smallTenant();
    options.throttle = emu::ThrottleProfile::Fast; // 100 writes per app per 2 s
    EmulatorFixture fixture(options);
    const QJsonArray devices =
            fixture.get(u"/beta/deviceManagement/windowsAutopilotDeviceIdentities?$top=120"_s).value();
    int throttled = 0;
    int succeeded = 0;
    EmulatorFixture::waitForFreshThrottleWindow();
    for (int batch = 0; batch < 6; ++batch) {
        QJsonArray requests;
        for (int i = 0; i < 20; ++i) {
            const QString id = devices.at(batch * 20 + i).toObject().value(u"id"_s).toString();
            requests.append(
                    item(QString::number(i), u"POST"_s,
                         u"/deviceManagement/windowsAutopilotDeviceIdentities/%1/allowNextEnrollment"_s.arg(id)));
        }
        const HttpResult result = fixture.postJson(u"/beta/$batch"_s, QJsonObject{{u"requests"_s, requests}});
        QCOMPARE(result.status, 200); // the outer request succeeds even when items are throttled
        for (const QJsonObject &response : byId(result)) {
            const int status = response.value(u"status"_s).toInt();
            if (status == 429) {
                ++throttled;
                const QString retryAfter = response.value(u"headers"_s).toObject().value(u"Retry-After"_s).toString();
                QVERIFY2(retryAfter.toDouble() > 0, qPrintable(retryAfter));
                QCOMPARE(response.value(u"body"_s).toObject().value(u"error"_s).toObject().value(u"code"_s).toString(),
                         u"TooManyRequests"_s);
            } else {
                QCOMPARE(status, 204);
                ++succeeded;
            }
        }
    }
    QVERIFY2(throttled > 0, "120 writes within 2 s must meet the 100-writes limit");
    QVERIFY(succeeded >= 100 - 1);
}

void TestEmulatorBatch::microsoftsSampleRequest()
{
    QFile file(QStringLiteral(ED_SAMPLES_DIR "/batch-request-v1.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject sample = QJsonDocument::fromJson(file.readAll()).object();
    EmulatorFixture fixture;
    const HttpResult result = fixture.postJson(u"/v1.0/$batch"_s, sample);
    QCOMPARE(result.status, 200);
    const QJsonArray responses = result.json().value(u"responses"_s).toArray();
    QCOMPARE(responses.size(), sample.value(u"requests"_s).toArray().size());
    QFile expected(QStringLiteral(ED_SAMPLES_DIR "/batch-response-v1.json"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    const QJsonObject microsoftItem =
            QJsonDocument::fromJson(expected.readAll()).object().value(u"responses"_s).toArray().at(0).toObject();
    for (const QJsonValue &v : responses) {
        for (const QString &key : {u"id"_s, u"status"_s})
            QVERIFY(v.toObject().contains(key) && microsoftItem.contains(key));
    }
}

QTEST_GUILESS_MAIN(TestEmulatorBatch)
#include "tst_EmulatorBatch.moc"
