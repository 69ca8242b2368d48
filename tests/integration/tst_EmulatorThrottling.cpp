// Throttling on the emulator (issue point 10, graph.md §7.3): per-app write and request limits on
// the `fast` profile's 2-second window, 429 with Retry-After and the TooManyRequests body, the
// workload-wide penalty, early retries throttled again and counted, and `off`.

#include "EmulatorFixture.h"
#include "emulator/RequestLog.h"
#include "emulator/Throttler.h"
#include "emulator/TokenAuthority.h"

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
    void tenantLimitAcrossApps();
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
        HttpResult result = fixture.send(
                "POST", u"/beta/deviceManagement/windowsAutopilotDeviceIdentities/%1/allowNextEnrollment"_s.arg(id));
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
    EmulatorFixture::waitForFreshThrottleWindow();
    const auto [accepted, throttled] = writeUntilThrottled(fixture, ids);
    QVERIFY2(accepted <= 100 && accepted >= 50, qPrintable(QString::number(accepted)));
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.errorCode(), u"TooManyRequests"_s);
    QCOMPARE(throttled.json().value(u"error"_s).toObject().value(u"message"_s).toString(),
             u"Please retry again later."_s);
    const double retryAfter = throttled.header("retry-after").toDouble();
    QVERIFY2(retryAfter > 0 && retryAfter <= 2.0, throttled.header("retry-after").constData());
    // The whole workload is throttled for this app: reads too, until Retry-After has passed.
    QCOMPARE(fixture.get(u"/beta/deviceManagement/windowsAutopilotDeviceIdentities?$top=1"_s).status, 429);
}

void TestEmulatorThrottling::earlyRetryIsThrottledAgainAndCounted()
{
    EmulatorFixture fixture(fastTenant());
    const QStringList ids = deviceIds(fixture, 150);
    EmulatorFixture::waitForFreshThrottleWindow();
    fixture.host().log().clear();
    const auto [accepted, throttled] = writeUntilThrottled(fixture, ids);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(fixture.host().log().earlyRetries(), 0);
    const QString write = u"/beta/deviceManagement/windowsAutopilotDeviceIdentities/%1/allowNextEnrollment"_s;
    // Another request meeting the block is throttled, but it was never told to wait: not early.
    const HttpResult other = fixture.send("POST", write.arg(ids.at(accepted + 1)));
    QCOMPARE(other.status, 429);
    QCOMPARE(fixture.host().log().earlyRetries(), 0);
    // The throttled request itself, retried (same client-request-id) before its Retry-After: early.
    const HttpResult early = fixture.send("POST", write.arg(ids.at(accepted)), {},
                                          {{"client-request-id", throttled.header("client-request-id")}});
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
    EmulatorFixture::waitForFreshThrottleWindow();
    fixture.host().log().clear();
    const auto [accepted, throttled] = writeUntilThrottled(fixture, ids);
    QCOMPARE(throttled.status, 429);
    const int waitMs = int(throttled.header("retry-after").toDouble() * 1000) + 50;
    QTest::qWait(waitMs);
    const HttpResult retried = fixture.send(
            "POST",
            u"/beta/deviceManagement/windowsAutopilotDeviceIdentities/%1/allowNextEnrollment"_s.arg(ids.at(accepted)));
    QCOMPARE(retried.status, 204);
    QCOMPARE(fixture.host().log().earlyRetries(), 0);
}

void TestEmulatorThrottling::tenantLimitAcrossApps()
{
    // Per app 100 writes per window, per tenant 200: two apps use up the tenant, a third one is
    // throttled before it wrote anything.
    EmulatorFixture fixture(fastTenant());
    const QStringList ids = deviceIds(fixture, 300);
    emu::TokenAuthority authority(fixture.host().options().seed, fixture.host().options().tenantId);
    const auto appToken = [&](const QString &appId) {
        emu::TokenAuthority::Grant grant;
        grant.appId = appId;
        grant.appDisplayName = appId;
        grant.roles = emu::EmulatorHost::allScopes();
        return authority.issue(grant, QDateTime::currentDateTimeUtc());
    };
    const QStringList apps{u"11111111-1111-4111-8111-111111111111"_s, u"22222222-2222-4222-8222-222222222222"_s,
                           u"33333333-3333-4333-8333-333333333333"_s};
    EmulatorFixture::waitForFreshThrottleWindow(); // the same window for all three
    QList<int> accepted;
    int next = 0;
    for (const QString &app : apps) {
        const QString token = appToken(app);
        int ok = 0;
        for (int i = 0; i < 100 && next < ids.size(); ++i, ++next) {
            const HttpResult result = fixture.send(
                    "POST",
                    u"/beta/deviceManagement/windowsAutopilotDeviceIdentities/%1/allowNextEnrollment"_s.arg(
                            ids.at(next)),
                    {}, {}, token);
            if (result.status != 204)
                break;
            ++ok;
        }
        accepted.append(ok);
    }
    QVERIFY2(accepted.at(0) + accepted.at(1) <= 200, qPrintable(QString::number(accepted.at(0) + accepted.at(1))));
    QVERIFY2(accepted.at(2) < 100, qPrintable(QString::number(accepted.at(2))));
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
