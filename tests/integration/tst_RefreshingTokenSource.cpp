// RefreshingTokenSource against the emulator's identity platform over loopback HTTP (graph.md
// §8.4): a refresh rotates both tokens and the spent refresh token is refused afterwards,
// concurrent refreshes share one request, a refused access token makes a Graph call refresh and
// replay once, a revoked refresh token fails with its AADSTS code and is forgotten, the timer
// renews a short-lived token ahead of expiry, signOut() forgets everything, and no refresh token
// ever reaches a log. The first tokens come from a device-code sign-in approved through the
// emulator's hook.

#include "EmulatorFixture.h"
#include "SignInFixtures.h"
#include "auth/DeviceCodeSignIn.h"
#include "auth/IdentityClient.h"
#include "auth/RefreshingTokenSource.h"
#include "emulator/GraphEmulator.h"
#include "emulator/IdentityApi.h"
#include "emulator/RequestLog.h"
#include "graph/GraphClient.h"
#include "graph/GraphReply.h"
#include "graph/GraphRequest.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

namespace {

// The refresh_token grants the emulator saw.
int refreshRequests(EmulatorFixture &fixture)
{
    int count = 0;
    for (const emu::RequestLogEntry &entry : fixture.host().log().entries())
        if (entry.method == "POST" && entry.path.endsWith("/oauth2/v2.0/token"_L1)
            && entry.body.contains("grant_type=refresh_token"))
            ++count;
    return count;
}

// The same JWT with one claim changed and the old signature: the emulator refuses it (401).
QString tampered(const QString &jwt)
{
    QList<QByteArray> parts = jwt.toLatin1().split('.');
    if (parts.size() != 3)
        return {};
    QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
    claims.insert(u"name"_s, u"Mallory"_s);
    parts[1] = QJsonDocument(claims)
                       .toJson(QJsonDocument::Compact)
                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QString::fromLatin1(parts.join('.'));
}

} // namespace

class TestRefreshingTokenSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void leadTime();
    void refreshRotatesBothTokens();
    void concurrentRefreshesShareOneRequest();
    void refusedTokenIsRenewedAndTheGraphCallReplayed();
    void revokedRefreshTokenFails();
    void scheduledRefreshBeforeExpiry();
    void signOutForgetsEverything();
    void signOutWhileRefreshing();

private:
    bool onEmulator(const std::function<bool(emu::IdentityApi &)> &hook);
    TokenResponse signIn();
    void checkNoSecretsLogged(const QStringList &secrets);

    std::unique_ptr<EmulatorFixture> m_fixture;
    QNetworkAccessManager m_network;
    std::unique_ptr<IdentityClient> m_identity;
    std::unique_ptr<MessageCapture> m_capture;
};

void TestRefreshingTokenSource::initTestCase()
{
    m_fixture = std::make_unique<EmulatorFixture>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->startError()));
    QLoggingCategory::setFilterRules(u"ed.*=true"_s);
    m_identity = std::make_unique<IdentityClient>(m_network, m_fixture->host().baseUrl(),
                                                  m_fixture->host().options().tenantId);
    onEmulator([](emu::IdentityApi &identity) {
        identity.setDeviceCodeInterval(1);
        return true;
    });
}

void TestRefreshingTokenSource::init()
{
    onEmulator([](emu::IdentityApi &identity) {
        identity.setAccessTokenLifetime(3600);
        return true;
    });
    m_fixture->host().log().clear();
    m_capture = std::make_unique<MessageCapture>();
}

void TestRefreshingTokenSource::cleanup()
{
    m_capture.reset();
}

bool TestRefreshingTokenSource::onEmulator(const std::function<bool(emu::IdentityApi &)> &hook)
{
    bool result = false;
    m_fixture->host().runOnEmulatorThread([&](emu::GraphEmulator &emulator) { result = hook(emulator.identity()); });
    return result;
}

TokenResponse TestRefreshingTokenSource::signIn()
{
    DeviceCodeSignIn signIn(*m_identity);
    QSignalSpy ready(&signIn, &DeviceCodeSignIn::codeReady);
    QSignalSpy finished(&signIn, &DeviceCodeSignIn::finished);
    signIn.start(publicClient, readOnlyScopes);
    if (!ready.wait(10'000))
        return {};
    const QString userCode = ready.at(0).at(0).toString();
    if (!onEmulator([userCode](emu::IdentityApi &identity) { return identity.approveDeviceCode(userCode); }))
        return {};
    if (!finished.wait(10'000))
        return {};
    return finished.at(0).at(0).value<TokenResponse>();
}

void TestRefreshingTokenSource::checkNoSecretsLogged(const QStringList &secrets)
{
    const QString logged = MessageCapture::text();
    QVERIFY(logged.contains(u"Renewing the access token"_s) || logged.contains(u"Signed out"_s)); // the log is captured
    for (const QString &secret : secrets) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!logged.contains(secret), "a credential reached the log");
        QVERIFY2(!logged.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))),
                 "a credential reached the log");
    }
}

void TestRefreshingTokenSource::leadTime()
{
    QCOMPARE(RefreshingTokenSource::leadMsFor(qint64(3600) * 1000),
             qint64(5) * 60 * 1000); // 5 min before an hour's expiry
    QCOMPARE(RefreshingTokenSource::leadMsFor(qint64(25) * 60 * 1000), qint64(5) * 60 * 1000);
    QCOMPARE(RefreshingTokenSource::leadMsFor(qint64(10) * 60 * 1000), qint64(2) * 60 * 1000); // at 80 % of a short one
    QCOMPARE(RefreshingTokenSource::leadMsFor(2000), qint64(400));
    QCOMPARE(RefreshingTokenSource::leadMsFor(0), qint64(0));
    QCOMPARE(RefreshingTokenSource::leadMsFor(-5), qint64(0));
}

void TestRefreshingTokenSource::refreshRotatesBothTokens()
{
    const TokenResponse first = signIn();
    QVERIFY(!first.accessToken.isEmpty());
    QVERIFY(!first.refreshToken.isEmpty());

    RefreshingTokenSource source(*m_identity, publicClient, readOnlyScopes, first, u"device code"_s);
    QCOMPARE(source.accessToken(), first.accessToken);
    QVERIFY(source.hasRefreshToken());
    QCOMPARE(source.methodDescription(), u"device code"_s);
    QCOMPARE(source.claims().userPrincipalName, u"admin@contoso.onmicrosoft.com"_s);
    QCOMPARE(source.expiresAt(), first.expiresAt());
    // An hour's token is renewed 5 minutes before it expires.
    QVERIFY(source.nextRefreshAt().isValid());
    QVERIFY(qAbs(source.nextRefreshAt().msecsTo(first.expiresAt()) - 5 * 60 * 1000) < 5000);

    QSignalSpy changed(&source, &TokenSource::changed);
    QSignalSpy finished(&source, &TokenSource::refreshFinished);
    QSignalSpy failed(&source, &RefreshingTokenSource::refreshFailed);
    QTest::qWait(1100); // a new token is issued in a later second
    source.refreshAccessToken();
    QVERIFY(source.isRefreshing());
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!source.isRefreshing());
    QVERIFY(!source.accessToken().isEmpty());
    QVERIFY(source.accessToken() != first.accessToken);
    QVERIFY(source.hasRefreshToken());
    QVERIFY(source.expiresAt() > first.expiresAt());
    QCOMPARE(source.claims().userPrincipalName, u"admin@contoso.onmicrosoft.com"_s);
    QCOMPARE(source.claims().scopes, (QStringList{u"DeviceManagementServiceConfig.Read.All"_s, u"Group.Read.All"_s}));
    QCOMPARE(m_fixture->get(devicesPath, {}, source.accessToken()).status, 200);

    // The request was the refresh_token grant of the public client with the scopes asked.
    QCOMPARE(refreshRequests(*m_fixture), 1);
    for (const emu::RequestLogEntry &entry : m_fixture->host().log().entries()) {
        if (!entry.body.contains("grant_type=refresh_token"))
            continue;
        QVERIFY(entry.body.contains(QByteArray("client_id=").append(publicClient.toLatin1())));
        QVERIFY(entry.body.contains("scope=DeviceManagementServiceConfig.Read.All%20Group.Read.All%20openid"));
        QVERIFY(!entry.headers.contains("authorization"));
    }

    // The spent refresh token is refused now; the source holds the rotated one, which works.
    const HttpResult reuse = m_fixture->postForm(
            u"/"_s + m_fixture->host().options().tenantId + u"/oauth2/v2.0/token"_s,
            {std::pair(u"grant_type"_s, u"refresh_token"_s), std::pair(u"client_id"_s, publicClient),
             std::pair(u"refresh_token"_s, first.refreshToken)});
    QCOMPARE(reuse.status, 400);
    QCOMPARE(reuse.errorCode(), u"invalid_grant"_s);

    const QString second = source.accessToken();
    QTest::qWait(1100);
    source.refreshAccessToken();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    QVERIFY(source.accessToken() != second);
    QCOMPARE(failed.count(), 0);

    checkNoSecretsLogged({first.refreshToken, first.accessToken, source.accessToken()});
}

void TestRefreshingTokenSource::concurrentRefreshesShareOneRequest()
{
    const TokenResponse first = signIn();
    QVERIFY(!first.refreshToken.isEmpty());
    RefreshingTokenSource source(*m_identity, publicClient, readOnlyScopes, first, u"device code"_s);
    QSignalSpy finished(&source, &TokenSource::refreshFinished);
    QSignalSpy changed(&source, &TokenSource::changed);

    source.refreshAccessToken();
    source.refreshAccessToken();
    source.refreshAccessToken();
    QVERIFY(finished.wait(10'000));
    QTest::qWait(300); // nothing else follows
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(refreshRequests(*m_fixture), 1);
    QVERIFY(source.hasRefreshToken());
}

void TestRefreshingTokenSource::refusedTokenIsRenewedAndTheGraphCallReplayed()
{
    TokenResponse first = signIn();
    QVERIFY(!first.refreshToken.isEmpty());
    first.accessToken = tampered(first.accessToken);
    QCOMPARE(m_fixture->get(devicesPath, {}, first.accessToken).status, 401);

    RefreshingTokenSource source(*m_identity, publicClient, readOnlyScopes, first, u"device code"_s);
    GraphClientOptions options;
    options.graphBaseUrl = m_fixture->host().baseUrl();
    GraphClient client(m_network, source, options);
    QSignalSpy finished(&source, &TokenSource::refreshFinished);
    m_fixture->host().log().clear();

    GraphReply *reply = client.send(GraphRequest::get(GraphRequest::Version::Beta,
                                                      u"/deviceManagement/windowsAutopilotDeviceIdentities"_s,
                                                      QUrlQuery(u"$top=1"_s)));
    bool done = false;
    int status = 0;
    QString failure;
    connect(reply, &GraphReply::finished, this, [&](const GraphResponse &response) {
        status = response.status;
        done = true;
    });
    connect(reply, &GraphReply::failed, this, [&](const GraphError &error) {
        failure = error.summary();
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20'000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(status, 200);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(refreshRequests(*m_fixture), 1);
    QVERIFY(source.accessToken() != first.accessToken);

    // The Graph request went twice: refused with the tampered token, replayed with the new one.
    int graphCalls = 0;
    for (const emu::RequestLogEntry &entry : m_fixture->host().log().entries())
        if (entry.path.contains("windowsAutopilotDeviceIdentities"_L1))
            ++graphCalls;
    QCOMPARE(graphCalls, 2);

    checkNoSecretsLogged({first.refreshToken, source.accessToken()});
}

void TestRefreshingTokenSource::revokedRefreshTokenFails()
{
    const TokenResponse first = signIn();
    QVERIFY(!first.refreshToken.isEmpty());
    RefreshingTokenSource source(*m_identity, publicClient, readOnlyScopes, first, u"device code"_s);
    QVERIFY(source.nextRefreshAt().isValid());
    QVERIFY(onEmulator([](emu::IdentityApi &identity) {
        identity.revokeRefreshTokens();
        return true;
    }));

    QSignalSpy finished(&source, &TokenSource::refreshFinished);
    QSignalSpy failed(&source, &RefreshingTokenSource::refreshFailed);
    QSignalSpy changed(&source, &TokenSource::changed);
    source.refreshAccessToken();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(failed.count(), 1);
    const GraphError error = failed.at(0).at(0).value<GraphError>();
    QCOMPARE(error.code, u"invalid_grant"_s);
    QVERIFY(!error.aadstsCodes.isEmpty());
    QVERIFY2(error.details().contains(u"AADSTS"_s), qPrintable(error.details()));
    QVERIFY(!IdentityClient::describe(error).isEmpty());
    QCOMPARE(source.lastError().code, u"invalid_grant"_s);

    // Only a new sign-in helps: the refresh token is gone, nothing is scheduled, and the access
    // token (still valid) stays until it expires.
    QVERIFY(!source.hasRefreshToken());
    QVERIFY(!source.nextRefreshAt().isValid());
    QCOMPARE(source.accessToken(), first.accessToken);
    QCOMPARE(changed.count(), 1);

    // A further refresh fails at once without a request.
    m_fixture->host().log().clear();
    source.refreshAccessToken();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(1).at(0).toBool(), false);
    QCOMPARE(failed.count(), 2);
    QCOMPARE(failed.at(1).at(0).value<GraphError>().code, u"ed_no_refresh_token"_s);
    QCOMPARE(refreshRequests(*m_fixture), 0);

    checkNoSecretsLogged({first.refreshToken});
}

void TestRefreshingTokenSource::scheduledRefreshBeforeExpiry()
{
    // Tokens that live 3 s (expires_in 2): renewed at 80 % of the lifetime, again and again.
    QVERIFY(onEmulator([](emu::IdentityApi &identity) {
        identity.setAccessTokenLifetime(3);
        return true;
    }));
    const TokenResponse first = signIn();
    QVERIFY(!first.refreshToken.isEmpty());
    QCOMPARE(first.expiresInSec, qint64(2));
    RefreshingTokenSource source(*m_identity, publicClient, readOnlyScopes, first, u"device code"_s);
    QVERIFY(source.nextRefreshAt().isValid());
    QVERIFY(source.nextRefreshAt() < source.expiresAt());
    QVERIFY(source.nextRefreshAt().msecsTo(source.expiresAt()) <= 400 + 50);

    QSignalSpy finished(&source, &TokenSource::refreshFinished);
    QSignalSpy changed(&source, &TokenSource::changed);
    m_fixture->host().log().clear();
    QVERIFY(finished.wait(5000)); // nobody asked: the timer did
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(refreshRequests(*m_fixture), 1);
    QVERIFY(source.accessToken() != first.accessToken);
    QVERIFY(source.expiresAt() > first.expiresAt());
    QVERIFY(QDateTime::currentDateTimeUtc() < source.expiresAt());
    QCOMPARE(m_fixture->get(devicesPath, {}, source.accessToken()).status, 200);

    // The rotated refresh token is used by the next scheduled renewal.
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    QCOMPARE(refreshRequests(*m_fixture), 2);

    source.signOut();
    checkNoSecretsLogged({first.refreshToken});
}

void TestRefreshingTokenSource::signOutForgetsEverything()
{
    QVERIFY(onEmulator([](emu::IdentityApi &identity) {
        identity.setAccessTokenLifetime(3);
        return true;
    }));
    const TokenResponse first = signIn();
    QVERIFY(!first.refreshToken.isEmpty());
    RefreshingTokenSource source(*m_identity, publicClient, readOnlyScopes, first, u"browser sign-in"_s);
    QSignalSpy changed(&source, &TokenSource::changed);
    QSignalSpy finished(&source, &TokenSource::refreshFinished);
    m_fixture->host().log().clear();

    source.signOut();
    QCOMPARE(changed.count(), 1);
    QVERIFY(source.accessToken().isEmpty());
    QVERIFY(!source.hasRefreshToken());
    QVERIFY(!source.expiresAt().isValid());
    QVERIFY(!source.nextRefreshAt().isValid());
    QVERIFY(source.claims().userPrincipalName.isEmpty());

    // The timer is stopped: nothing is renewed after the 3 s token would have been.
    QTest::qWait(2500);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(refreshRequests(*m_fixture), 0);

    // A 401 after sign-out cannot be renewed.
    source.refreshAccessToken();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(refreshRequests(*m_fixture), 0);
}

void TestRefreshingTokenSource::signOutWhileRefreshing()
{
    const TokenResponse first = signIn();
    QVERIFY(!first.refreshToken.isEmpty());
    RefreshingTokenSource source(*m_identity, publicClient, readOnlyScopes, first, u"device code"_s);
    QSignalSpy finished(&source, &TokenSource::refreshFinished);
    QSignalSpy failed(&source, &RefreshingTokenSource::refreshFailed);

    source.refreshAccessToken();
    QVERIFY(source.isRefreshing());
    source.signOut();
    // Whoever waited (the Graph client after a 401) hears the refresh failed; the answer, if it
    // still arrives, does not bring the tokens back.
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QTest::qWait(1000);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 0);
    QVERIFY(source.accessToken().isEmpty());
    QVERIFY(!source.hasRefreshToken());
    QVERIFY(!source.isRefreshing());
}

QTEST_GUILESS_MAIN(TestRefreshingTokenSource)
#include "tst_RefreshingTokenSource.moc"
