// DeviceCodeSignIn against the emulator's identity platform over loopback HTTP (graph.md §8.3):
// pending polls then approval, slow_down growing the interval, declined, expired, a vanished code,
// network trouble while polling, cancel, and the interval honoured between polls. The emulator
// hands out a 1-second interval (IdentityApi::setDeviceCodeInterval) so the tests run in seconds,
// and still answers slow_down to any poll that comes too early.

#include "EmulatorFixture.h"
#include "SignInFixtures.h"
#include "auth/DeviceCodeSignIn.h"
#include "auth/IdentityClient.h"
#include "auth/TokenClaims.h"
#include "emulator/GraphEmulator.h"
#include "emulator/IdentityApi.h"
#include "emulator/RequestLog.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

namespace {

// The token requests (polls) the emulator saw, in order.
QList<emu::RequestLogEntry> polls(EmulatorFixture &fixture)
{
    QList<emu::RequestLogEntry> result;
    for (const emu::RequestLogEntry &entry : fixture.host().log().entries())
        if (entry.method == "POST" && entry.path.endsWith("/oauth2/v2.0/token"_L1))
            result.append(entry);
    return result;
}

QString formValue(const QByteArray &body, const QString &name)
{
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals > 0 && QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(equals))) == name)
            return QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(equals + 1)));
    }
    return {};
}

} // namespace

class TestDeviceCodeSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void approvedAfterPendingPolls();
    void slowDownGrowsTheInterval();
    void declined();
    void expired();
    void cancelStopsPolling();
    void cancelWhileAskingForTheCode();
    void unknownOrConfidentialClient();
    void networkTroubleThenVanishedCode();

private:
    void setInterval(EmulatorFixture &fixture, int seconds);
    bool onEmulator(const std::function<bool(emu::IdentityApi &)> &hook);
    std::unique_ptr<IdentityClient> clientFor(EmulatorFixture &fixture);

    std::unique_ptr<EmulatorFixture> m_fixture;
    QNetworkAccessManager m_network;
    std::unique_ptr<MessageCapture> m_capture;
};

void TestDeviceCodeSignIn::initTestCase()
{
    m_fixture = std::make_unique<EmulatorFixture>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->startError()));
    QLoggingCategory::setFilterRules(u"ed.*=true"_s);
}

void TestDeviceCodeSignIn::init()
{
    setInterval(*m_fixture, 1);
    m_fixture->host().log().clear();
    m_capture = std::make_unique<MessageCapture>();
}

void TestDeviceCodeSignIn::cleanup()
{
    m_capture.reset();
    setInterval(*m_fixture, 5);
}

void TestDeviceCodeSignIn::setInterval(EmulatorFixture &fixture, int seconds)
{
    fixture.host().runOnEmulatorThread(
            [seconds](emu::GraphEmulator &emulator) { emulator.identity().setDeviceCodeInterval(seconds); });
}

bool TestDeviceCodeSignIn::onEmulator(const std::function<bool(emu::IdentityApi &)> &hook)
{
    bool result = false;
    m_fixture->host().runOnEmulatorThread([&](emu::GraphEmulator &emulator) { result = hook(emulator.identity()); });
    return result;
}

std::unique_ptr<IdentityClient> TestDeviceCodeSignIn::clientFor(EmulatorFixture &fixture)
{
    return std::make_unique<IdentityClient>(m_network, fixture.host().baseUrl(), fixture.host().options().tenantId);
}

void TestDeviceCodeSignIn::approvedAfterPendingPolls()
{
    const auto client = clientFor(*m_fixture);
    DeviceCodeSignIn signIn(*client);
    QSignalSpy ready(&signIn, &DeviceCodeSignIn::codeReady);
    QSignalSpy finished(&signIn, &DeviceCodeSignIn::finished);
    QSignalSpy failed(&signIn, &DeviceCodeSignIn::failed);
    QSignalSpy states(&signIn, &DeviceCodeSignIn::stateChanged);

    const QDateTime started = QDateTime::currentDateTimeUtc();
    signIn.start(publicClient, readOnlyScopes);
    QCOMPARE(signIn.state(), DeviceCodeSignIn::State::RequestingCode);
    QVERIFY(ready.wait(10'000));
    QCOMPARE(signIn.state(), DeviceCodeSignIn::State::WaitingForUser);

    const QString userCode = ready.at(0).at(0).toString();
    QCOMPARE(userCode.size(), 9);
    QCOMPARE(userCode, signIn.userCode());
    QCOMPARE(ready.at(0).at(1).toUrl(), QUrl(u"https://microsoft.com/devicelogin"_s));
    QVERIFY(ready.at(0).at(2).toString().contains(userCode));
    const QDateTime expiresAt = ready.at(0).at(3).toDateTime();
    QVERIFY(qAbs(started.secsTo(expiresAt) - 900) <= 5);
    QVERIFY2(signIn.secondsLeft() > 890 && signIn.secondsLeft() <= 900,
             qPrintable(QString::number(signIn.secondsLeft())));
    QCOMPARE(signIn.intervalSeconds(), 1);
    QCOMPARE(polls(*m_fixture).size(), 0); // the first poll waits one interval too

    // A few pending polls, then the user signs in on another device.
    QTRY_VERIFY_WITH_TIMEOUT(signIn.pollCount() >= 3, 10'000);
    QVERIFY(onEmulator([userCode](emu::IdentityApi &identity) { return identity.approveDeviceCode(userCode); }));
    QVERIFY(finished.wait(10'000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(signIn.state(), DeviceCodeSignIn::State::Succeeded);
    QCOMPARE(signIn.secondsLeft(), 0);
    QCOMPARE(states.count(), 3); // RequestingCode, WaitingForUser, Succeeded

    const TokenResponse token = finished.at(0).at(0).value<TokenResponse>();
    const Expected<TokenClaims> claims = TokenClaims::fromJwt(token.accessToken);
    QVERIFY2(claims, why(claims).constData());
    QCOMPARE(claims.value().userPrincipalName, u"admin@contoso.onmicrosoft.com"_s);
    QCOMPARE(claims.value().appId, publicClient);
    QCOMPARE(claims.value().scopes, (QStringList{u"DeviceManagementServiceConfig.Read.All"_s, u"Group.Read.All"_s}));
    QVERIFY(!token.refreshToken.isEmpty()); // offline_access
    QVERIFY(!token.idToken.isEmpty()); // openid
    QCOMPARE(m_fixture->get(devicesPath, {}, token.accessToken).status, 200);

    // Every poll was pending but the last, none came sooner than the interval, none was slow_down.
    const QList<emu::RequestLogEntry> seen = polls(*m_fixture);
    QCOMPARE(seen.size(), signIn.pollCount());
    for (qsizetype i = 0; i < seen.size(); ++i) {
        const bool last = i == seen.size() - 1;
        QCOMPARE(seen.at(i).status, last ? 200 : 400);
        QCOMPARE(formValue(seen.at(i).body, u"grant_type"_s), u"urn:ietf:params:oauth:grant-type:device_code"_s);
        QCOMPARE(formValue(seen.at(i).body, u"client_id"_s), publicClient);
        if (i > 0)
            QVERIFY2(seen.at(i - 1).time.msecsTo(seen.at(i).time) >= 990,
                     qPrintable(QString::number(seen.at(i - 1).time.msecsTo(seen.at(i).time))));
    }
    QVERIFY(!seen.isEmpty());

    // The device code (the emulator's all start with DAQABIQEAAAD) and the tokens never reached a
    // log line.
    QVERIFY(seen.first().body.contains("device_code=")); // the emulator's log keeps the key only
    const QString logged = MessageCapture::text();
    QVERIFY2(logged.contains("Device code sign-in"_L1), qPrintable(logged)); // the capture works
    QVERIFY(!logged.contains("DAQABIQEAAAD"_L1));
    QVERIFY(!logged.contains("eyJ"_L1)); // no JWT
    QVERIFY(!logged.contains(token.refreshToken));

    // Nothing polls after the end.
    const int count = signIn.pollCount();
    QTest::qWait(1500);
    QCOMPARE(polls(*m_fixture).size(), count);
}

void TestDeviceCodeSignIn::slowDownGrowsTheInterval()
{
    const auto client = clientFor(*m_fixture);
    DeviceCodeSignIn signIn(*client);
    QSignalSpy ready(&signIn, &DeviceCodeSignIn::codeReady);
    QSignalSpy interval(&signIn, &DeviceCodeSignIn::intervalChanged);
    QSignalSpy finished(&signIn, &DeviceCodeSignIn::finished);
    QSignalSpy failed(&signIn, &DeviceCodeSignIn::failed);
    signIn.start(publicClient, readOnlyScopes);
    QVERIFY(ready.wait(10'000));

    // Right after the first (pending) answer, poll again: too early for the emulator.
    QTRY_VERIFY_WITH_TIMEOUT(signIn.pollCount() == 1 && !signIn.isRequestInFlight(), 10'000);
    signIn.pollNow();
    QCOMPARE(signIn.pollCount(), 2);
    QVERIFY(interval.wait(10'000));
    QCOMPARE(interval.at(0).at(0).toInt(), 6);
    QCOMPARE(signIn.intervalSeconds(), 6);
    QCOMPARE(signIn.state(), DeviceCodeSignIn::State::WaitingForUser);

    const QString userCode = signIn.userCode();
    QVERIFY(onEmulator([userCode](emu::IdentityApi &identity) { return identity.approveDeviceCode(userCode); }));
    QVERIFY(finished.wait(15'000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(interval.count(), 1); // the slower pace satisfied the emulator (it enforces 6 s now)

    const QList<emu::RequestLogEntry> seen = polls(*m_fixture);
    QCOMPARE(seen.size(), 3);
    QCOMPARE(seen.at(0).status, 400);
    QVERIFY(seen.at(1).status == 400);
    QCOMPARE(seen.at(2).status, 200);
    QVERIFY2(seen.at(1).time.msecsTo(seen.at(2).time) >= 5'950,
             qPrintable(QString::number(seen.at(1).time.msecsTo(seen.at(2).time))));
}

void TestDeviceCodeSignIn::declined()
{
    const auto client = clientFor(*m_fixture);
    DeviceCodeSignIn signIn(*client);
    QSignalSpy ready(&signIn, &DeviceCodeSignIn::codeReady);
    QSignalSpy failed(&signIn, &DeviceCodeSignIn::failed);
    QSignalSpy finished(&signIn, &DeviceCodeSignIn::finished);
    signIn.start(publicClient, readOnlyScopes);
    QVERIFY(ready.wait(10'000));
    const QString userCode = signIn.userCode();
    QVERIFY(onEmulator([userCode](emu::IdentityApi &identity) { return identity.declineDeviceCode(userCode); }));

    QVERIFY(failed.wait(10'000));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(signIn.state(), DeviceCodeSignIn::State::Failed);
    const GraphError error = failed.at(0).at(0).value<GraphError>();
    QCOMPARE(error.code, u"authorization_declined"_s);
    const QString sentence = failed.at(0).at(1).toString();
    QCOMPARE(sentence, IdentityClient::describe(error));
    QVERIFY2(sentence.contains("declined"_L1), qPrintable(sentence));
    QVERIFY(error.details().contains("authorization_declined"_L1));

    const qsizetype count = polls(*m_fixture).size();
    QTest::qWait(2500);
    QCOMPARE(polls(*m_fixture).size(), count);
}

void TestDeviceCodeSignIn::expired()
{
    const auto client = clientFor(*m_fixture);
    DeviceCodeSignIn signIn(*client);
    QSignalSpy ready(&signIn, &DeviceCodeSignIn::codeReady);
    QSignalSpy failed(&signIn, &DeviceCodeSignIn::failed);
    signIn.start(publicClient, readOnlyScopes);
    QVERIFY(ready.wait(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(signIn.pollCount() >= 1, 10'000);
    onEmulator([](emu::IdentityApi &identity) {
        identity.expireDeviceCodes();
        return true;
    });

    QVERIFY(failed.wait(10'000));
    const GraphError error = failed.at(0).at(0).value<GraphError>();
    QCOMPARE(error.code, u"expired_token"_s);
    QVERIFY(error.aadstsCodes.contains(70020));
    QVERIFY2(error.details().contains("70020"_L1), qPrintable(error.details()));
    const QString sentence = failed.at(0).at(1).toString();
    QVERIFY2(sentence.contains("expired"_L1) && sentence.contains("again"_L1), qPrintable(sentence));
    QCOMPARE(signIn.state(), DeviceCodeSignIn::State::Failed);
    QCOMPARE(signIn.secondsLeft(), 0);
}

void TestDeviceCodeSignIn::cancelStopsPolling()
{
    const auto client = clientFor(*m_fixture);
    DeviceCodeSignIn signIn(*client);
    QSignalSpy ready(&signIn, &DeviceCodeSignIn::codeReady);
    QSignalSpy failed(&signIn, &DeviceCodeSignIn::failed);
    QSignalSpy finished(&signIn, &DeviceCodeSignIn::finished);
    signIn.start(publicClient, readOnlyScopes);
    QVERIFY(ready.wait(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(signIn.pollCount() >= 2, 10'000);

    signIn.cancel();
    QCOMPARE(signIn.state(), DeviceCodeSignIn::State::Cancelled);
    QVERIFY(!signIn.isRunning());
    QCOMPARE(signIn.secondsLeft(), 0);
    QTest::qWait(300); // a poll that was already on the wire lands
    const qsizetype count = polls(*m_fixture).size();
    QVERIFY(count >= 2 && count <= signIn.pollCount());
    QTest::qWait(3000); // three intervals
    QCOMPARE(polls(*m_fixture).size(), count);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 0);

    // Approving now changes nothing for the cancelled flow.
    const QString userCode = signIn.userCode();
    onEmulator([userCode](emu::IdentityApi &identity) { return identity.approveDeviceCode(userCode); });
    QTest::qWait(1500);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(polls(*m_fixture).size(), count);
}

void TestDeviceCodeSignIn::cancelWhileAskingForTheCode()
{
    const auto client = clientFor(*m_fixture);
    DeviceCodeSignIn signIn(*client);
    QSignalSpy ready(&signIn, &DeviceCodeSignIn::codeReady);
    QSignalSpy failed(&signIn, &DeviceCodeSignIn::failed);
    signIn.start(publicClient, readOnlyScopes);
    signIn.cancel();
    QCOMPARE(signIn.state(), DeviceCodeSignIn::State::Cancelled);
    QTest::qWait(1500);
    QCOMPARE(ready.count(), 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(polls(*m_fixture).size(), 0);

    // The same object starts a new flow afterwards.
    signIn.start(publicClient, readOnlyScopes);
    QVERIFY(ready.wait(10'000));
    QCOMPARE(signIn.state(), DeviceCodeSignIn::State::WaitingForUser);
    signIn.cancel();
}

void TestDeviceCodeSignIn::unknownOrConfidentialClient()
{
    const auto client = clientFor(*m_fixture);
    DeviceCodeSignIn signIn(*client);
    QSignalSpy ready(&signIn, &DeviceCodeSignIn::codeReady);
    QSignalSpy failed(&signIn, &DeviceCodeSignIn::failed);

    signIn.start(u"00000000-1111-2222-3333-444444444444"_s, readOnlyScopes);
    QVERIFY(failed.wait(10'000));
    QCOMPARE(ready.count(), 0);
    QCOMPARE(signIn.state(), DeviceCodeSignIn::State::Failed);
    GraphError error = failed.at(0).at(0).value<GraphError>();
    QVERIFY(error.aadstsCodes.contains(700016));
    QVERIFY2(failed.at(0).at(1).toString().contains("client ID"_L1), qPrintable(failed.at(0).at(1).toString()));

    // A confidential app cannot use the device code flow without credentials.
    signIn.start(confidentialClient, readOnlyScopes);
    QVERIFY(failed.wait(10'000));
    error = failed.at(1).at(0).value<GraphError>();
    QCOMPARE(error.code, u"invalid_client"_s);
    QVERIFY(error.aadstsCodes.contains(7000218));
    QCOMPARE(failed.at(1).at(1).toString(), IdentityClient::describe(error));
    QCOMPARE(polls(*m_fixture).size(), 0);
}

void TestDeviceCodeSignIn::networkTroubleThenVanishedCode()
{
    auto own = std::make_unique<EmulatorFixture>();
    QVERIFY2(own->started(), qPrintable(own->startError()));
    setInterval(*own, 1);
    const QUrl base = own->host().baseUrl();
    const auto client = clientFor(*own);
    DeviceCodeSignIn signIn(*client);
    QSignalSpy ready(&signIn, &DeviceCodeSignIn::codeReady);
    QSignalSpy failed(&signIn, &DeviceCodeSignIn::failed);
    signIn.start(publicClient, readOnlyScopes);
    QVERIFY(ready.wait(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(signIn.pollCount() == 1 && !signIn.isRequestInFlight(), 10'000);

    // The service goes away: polls fail on the wire, the flow keeps going.
    own.reset();
    QTRY_VERIFY_WITH_TIMEOUT(signIn.pollCount() >= 2 && !signIn.isRequestInFlight(), 10'000);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(signIn.state(), DeviceCodeSignIn::State::WaitingForUser);

    // It comes back on the same address without the code (a restarted service): the next poll
    // is bad_verification_code, which ends the flow with its own sentence.
    emu::EmulatorOptions options = EmulatorFixture::smallTenant();
    options.port = static_cast<quint16>(base.port());
    EmulatorFixture restarted(options);
    QVERIFY2(restarted.started(), qPrintable(restarted.startError()));
    QVERIFY(failed.wait(10'000));
    const GraphError error = failed.at(0).at(0).value<GraphError>();
    QCOMPARE(error.code, u"bad_verification_code"_s);
    QCOMPARE(failed.at(0).at(1).toString(), IdentityClient::describe(error));
    QCOMPARE(signIn.state(), DeviceCodeSignIn::State::Failed);
}

QTEST_GUILESS_MAIN(TestDeviceCodeSignIn)
#include "tst_DeviceCodeSignIn.moc"
