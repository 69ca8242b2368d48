// Fault injection (issue point 13) and the observability tests need (point 14): latency, 5xx,
// dropped connections, truncated bodies, Dev Proxy's defaults, all reproducible for a seed.

#include "EmulatorFixture.h"
#include "emulator/RequestLog.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

class TestEmulatorFaults final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void latencyRange();
    void serverErrors();
    void droppedConnections();
    void truncatedBodies();
    void devProxyDefaults();
    void reproducibleForASeed();
};

namespace {
emu::EmulatorOptions withFaults(emu::FaultProfile profile)
{
    emu::EmulatorOptions options = EmulatorFixture::smallTenant();
    options.faults = profile;
    return options;
}

const QString listPath = u"/beta/deviceManagement/windowsAutopilotDeviceIdentities?$top=5"_s;
} // namespace

void TestEmulatorFaults::latencyRange()
{
    emu::EmulatorOptions options = EmulatorFixture::smallTenant();
    options.latencyMinMs = 150;
    options.latencyMaxMs = 250;
    EmulatorFixture fixture(options);
    for (int i = 0; i < 4; ++i) {
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(fixture.get(listPath).status, 200);
        QVERIFY2(timer.elapsed() >= 140, qPrintable(QString::number(timer.elapsed())));
    }
}

void TestEmulatorFaults::serverErrors()
{
    EmulatorFixture fixture(withFaults(emu::FaultProfile::ServerErrors));
    QHash<int, int> statuses;
    for (int i = 0; i < 200; ++i)
        ++statuses[fixture.get(listPath).status];
    const int errors = 200 - statuses.value(200);
    QVERIFY2(errors >= 8 && errors <= 40, qPrintable(QString::number(errors))); // ~10 %
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        QVERIFY(QList<int>({200, 500, 502, 503, 504}).contains(it.key()));
    int logged = 0;
    for (const auto &entry : fixture.host().log().entries())
        logged += entry.fault == u"5xx" ? 1 : 0;
    QCOMPARE(logged, errors);
}

void TestEmulatorFaults::droppedConnections()
{
    EmulatorFixture fixture(withFaults(emu::FaultProfile::Drops));
    int dropped = 0;
    for (int i = 0; i < 150; ++i) {
        const HttpResult result = fixture.get(listPath);
        if (result.status == 0)
            ++dropped;
        else
            QCOMPARE(result.status, 200);
    }
    int logged = 0;
    for (const auto &entry : fixture.host().log().entries())
        logged += entry.fault == u"drop" ? 1 : 0;
    QVERIFY2(logged >= 2, qPrintable(QString::number(logged))); // ~5 %
    // Qt may silently resend a request whose keep-alive connection closed, so the client can see
    // fewer drops than the server made, never more.
    QVERIFY(dropped <= logged);
}

void TestEmulatorFaults::truncatedBodies()
{
    EmulatorFixture fixture(withFaults(emu::FaultProfile::Truncation));
    int broken = 0;
    for (int i = 0; i < 300; ++i) {
        const HttpResult result = fixture.get(listPath);
        QJsonParseError error;
        QJsonDocument::fromJson(result.body, &error);
        if (result.error != QNetworkReply::NoError || error.error != QJsonParseError::NoError)
            ++broken;
    }
    int logged = 0;
    for (const auto &entry : fixture.host().log().entries())
        logged += entry.fault == u"truncate" ? 1 : 0;
    QVERIFY2(logged >= 1, qPrintable(QString::number(logged))); // ~2 %
    QVERIFY(broken >= 1);
}

void TestEmulatorFaults::devProxyDefaults()
{
    EmulatorFixture fixture(withFaults(emu::FaultProfile::DevProxy));
    const QString write = u"/beta/deviceManagement/windowsAutopilotDeviceIdentities/%1/allowNextEnrollment"_s;
    const QString id = u"00000000-0000-4000-8000-000000000000"_s; // 404 when it gets through
    QHash<int, int> statuses;
    int sawRetryAfter = 0;
    QByteArray retryId; // after a 429, the same request comes back at once: an early retry
    for (int i = 0; i < 200; ++i) {
        const HttpResult result = fixture.send("POST", write.arg(id), {},
                                               retryId.isEmpty() ? Headers{} : Headers{{"client-request-id", retryId}});
        ++statuses[result.status];
        retryId.clear();
        if (result.status == 429) {
            sawRetryAfter += result.header("retry-after") == "5" ? 1 : 0;
            retryId = result.header("client-request-id");
        }
    }
    QVERIFY2(statuses.value(507) > 0, "writes may fail with 507");
    QVERIFY(statuses.value(429) > 0 && sawRetryAfter == statuses.value(429));
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        QVERIFY(QList<int>({404, 429, 500, 502, 503, 504, 507}).contains(it.key()));
    QVERIFY(fixture.host().log().earlyRetries() > 0); // retried before the 5 s were up
}

void TestEmulatorFaults::reproducibleForASeed()
{
    QList<int> first, second;
    for (QList<int> *run : {&first, &second}) {
        EmulatorFixture fixture(withFaults(emu::FaultProfile::ServerErrors));
        for (int i = 0; i < 60; ++i)
            run->append(fixture.get(listPath).status);
    }
    QCOMPARE(first, second);
}

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_EmulatorFaults.moc"
