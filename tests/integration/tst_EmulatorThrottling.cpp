// Throttling on the emulator (issue point 10, graph.md §7.3): per-app write and request limits on
// the `fast` profile's 2-second window, 429 with Retry-After and the TooManyRequests body, the
// workload-wide penalty, early retries throttled again and counted, and `off`.

#include "EmulatorFixture.h"
#include "emulator/RequestLog.h"
#include "emulator/Throttler.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

class TestEmulatorThrottling final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retryAfterValues_data();
    void retryAfterValues();
    void writeLimitPerApp();
    void earlyRetryIsThrottledAgainAndCounted();
    void honouringRetryAfterSucceeds();
    void limitsPerProfile();
    void offNeverThrottles();
};

void TestEmulatorThrottling::retryAfterValues_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("whole") << qint64(5000) << QByteArray("5");
    QTest::newRow("fraction") << qint64(2128) << QByteArray("2.128");
    QTest::newRow("tenths") << qint64(1500) << QByteArray("1.5");
    QTest::newRow("zero") << qint64(0) << QByteArray("0");
}

void TestEmulatorThrottling::retryAfterValues()
{
    QFETCH(qint64, ms);
    QFETCH(QByteArray, value);
    QCOMPARE(emu::Throttler::retryAfterValue(ms), value);
}

namespace {
emu::EmulatorOptions fastTenant()
{
    emu::EmulatorOptions options = EmulatorFixture::smallTenant();
    options.throttle = emu::ThrottleProfile::Fast;
    return options;
}

// Writes until the first 429; returns how many succeeded and the 429.
std::pair<int, HttpResult> writeUntilThrottled(EmulatorFixture &fixture, const QStringList &ids)
{
    int accepted = 0;
    for (const QString &id : ids) {
        HttpResult result = fixture.send("POST",
                u"/beta/deviceManagement/windowsAutopilotDeviceIdentities/%1/allowNextEnrollment"_s.arg(id));
        if (result.status == 429)
            return {accepted, result};
        ++accepted;
    }
    return {accepted, HttpResult{}};
}

QStringList deviceIds(EmulatorFixture &fixture, int n)
{
    QStringList ids;
    for (const QJsonValue &v :
            fixture.get(u"/beta/deviceManagement/windowsAutopilotDeviceIdentities?$top=%1"_s.arg(n)).value())
        ids.append(v.toObject().value(u"id"_s).toString());
    return ids;
}
} // namespace

void TestEmulatorThrottling::writeLimitPerApp()
{
    EmulatorFixture fixture(fastTenant());
    const QStringList ids = deviceIds(fixture, 150);
    QTest::qWait(2100); // a fresh window
    const auto [accepted, throttled] = writeUntilThrottled(fixture, ids);
    QVERIFY2(accepted <= 100 && accepted >= 50, qPrintable(QString::number(accepted)));
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.errorCode(), u"TooManyRequests"_s);
    QCOMPARE(throttled.json().value(u"error"_s).toObject().value(u"message"_s).toString(), u"Please retry again later."_s);
    const double retryAfter = throttled.header("retry-after").toDouble();
    QVERIFY2(retryAfter > 0 && retryAfter <= 2.0, throttled.header("retry-after").constData());
    // The whole workload is throttled for this app: reads too, until Retry-After has passed.
    QCOMPARE(fixture.get(u"/beta/deviceManagement/windowsAutopilotDeviceIdentities?$top=1"_s).status, 429);
}

void TestEmulatorThrottling::earlyRetryIsThrottledAgainAndCounted()
{
    EmulatorFixture fixture(fastTenant());
    const QStringList ids = deviceIds(fixture, 150);
    fixture.host().log().clear();
    const auto [accepted, throttled] = writeUntilThrottled(fixture, ids);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(fixture.host().log().earlyRetries(), 0);
    const HttpResult early = fixture.send("POST",
            u"/beta/deviceManagement/windowsAutopilotDeviceIdentities/%1/allowNextEnrollment"_s.arg(ids.at(accepted)));
    QCOMPARE(early.status, 429);
    QCOMPARE(fixture.host().log().earlyRetries(), 1);
    const auto entries = fixture.host().log().entries();
    QVERIFY(entries.constLast().earlyRetry && entries.constLast().throttled);
    // The device was not changed by either refused request.
    QCOMPARE(fixture.host().log().writes(u"allowNextEnrollment:"_s + ids.at(accepted)), 0);
}

void TestEmulatorThrottling::honouringRetryAfterSucceeds()
{
    EmulatorFixture fixture(fastTenant());
    const QStringList ids = deviceIds(fixture, 150);
    fixture.host().log().clear();
    const auto [accepted, throttled] = writeUntilThrottled(fixture, ids);
    QCOMPARE(throttled.status, 429);
    const int waitMs = int(throttled.header("retry-after").toDouble() * 1000) + 50;
    QTest::qWait(waitMs);
    const HttpResult retried = fixture.send("POST",
            u"/beta/deviceManagement/windowsAutopilotDeviceIdentities/%1/allowNextEnrollment"_s.arg(ids.at(accepted)));
    QCOMPARE(retried.status, 204);
    QCOMPARE(fixture.host().log().earlyRetries(), 0);
}

void TestEmulatorThrottling::limitsPerProfile()
{
    const auto intune = emu::Throttler::limitsFor(emu::ThrottleProfile::Default, u"deviceManagement"_s);
    QCOMPARE(intune.appWrites, 100);
    QCOMPARE(intune.appRequests, 1000);
    QCOMPARE(intune.tenantWrites, 200);
    QCOMPARE(intune.tenantRequests, 2000);
    QCOMPARE(intune.windowMs, 20'000);
    QCOMPARE(emu::Throttler::limitsFor(emu::ThrottleProfile::Fast, u"deviceManagement"_s).windowMs, 2'000);
}

void TestEmulatorThrottling::offNeverThrottles()
{
    EmulatorFixture fixture; // throttling off
    const QStringList ids = deviceIds(fixture, 150);
    const auto [accepted, throttled] = writeUntilThrottled(fixture, ids);
    QCOMPARE(accepted, 150);
    QCOMPARE(throttled.status, 0);
}

QTEST_GUILESS_MAIN(TestEmulatorThrottling)
#include "tst_EmulatorThrottling.moc"
