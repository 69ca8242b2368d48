// The browser sign-in (authorization code with PKCE, graph.md §8.1) end to end against the
// emulator's identity platform over real loopback HTTP. A fake browser stands in for the system
// browser behind the URL-opener seam: it GETs the authorize URL, reads the 302 and GETs the
// loopback redirect, exactly as a browser does. Also IdentityClient against canned servers
// (deadline, redirect, unreadable or unsafe success bodies).

#include "EmulatorFixture.h"
#include "FakeBrowser.h"
#include "SignInFixtures.h"
#include "auth/BrowserSignIn.h"
#include "auth/IdentityClient.h"
#include "auth/LoopbackListener.h"
#include "auth/TokenClaims.h"
#include "emulator/GraphEmulator.h"
#include "emulator/IdentityApi.h"
#include "emulator/RequestLog.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QMutex>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

namespace {

const QRegularExpression base64UrlChars(u"^[A-Za-z0-9_-]+$"_s);
const QRegularExpression verifierChars(u"^[A-Za-z0-9._~-]+$"_s);

// The app's network: records every request body it sends (the emulator's own log redacts the
// credentials in them).
class RecordingNetwork final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingNetwork)
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    QList<std::pair<QUrl, QByteArray>> sent;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        if (outgoingData != nullptr)
            sent.append(std::pair<QUrl, QByteArray>(request.url(), outgoingData->peek(outgoingData->size())));
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

// A server that answers every request with one canned HTTP response (or never answers).
class CannedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CannedServer)
public:
    explicit CannedServer(QByteArray response)
        : m_response(std::move(response))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (m_response.isEmpty() || socket->property("answered").toBool() || !complete())
                        return;
                    socket->setProperty("answered", true);
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    QByteArray received() const { return m_received; }

private:
    // The request line, headers and Content-Length bytes of body are in.
    bool complete() const
    {
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        qsizetype length = 0;
        const QList<QByteArray> lines = m_received.left(end).split('\n');
        for (const QByteArray &line : lines)
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        return m_received.size() >= end + 4 + length;
    }

    QTcpServer m_server;
    QByteArray m_response;
    QByteArray m_received;
};

QByteArray httpResponse(int status, const QByteArray &reason, const QByteArray &headers, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" + headers
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// Every message logged while it lives.
class LogCapture final
{
    Q_DISABLE_COPY_MOVE(LogCapture)
public:
    LogCapture()
    {
        s_active = this;
        // The application's messages only: what the emulator (the "server") logs is not ours.
        m_previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &context, const QString &message) {
            if (context.category != nullptr && qstrcmp(context.category, "ed.emulator") == 0)
                return;
            QMutexLocker lock(&s_mutex);
            if (s_active != nullptr)
                s_active->m_text += message + u'\n';
        });
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QMutexLocker lock(&s_mutex);
        s_active = nullptr;
    }
    QString text() const
    {
        QMutexLocker lock(&s_mutex);
        return m_text;
    }

private:
    static inline QMutex s_mutex;
    static inline LogCapture *s_active = nullptr;
    QtMessageHandler m_previous = nullptr;
    QString m_text;
};

bool connects(const QHostAddress &address, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    const bool connected = socket.waitForConnected(2000);
    socket.abort();
    return connected;
}

QString queryValue(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

class TestBrowserSignIn final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fullSignIn();
    void authorizeUrlShape();
    void wrongVerifierFails();
    void stateMismatchRejected();
    void listenerOnLoopbackOnly();
    void strayRequestsDoNotEndTheFlow();
    void oversizedRequestRefused();
    void timeoutEndsCleanly();
    void cancelWhileWaiting();
    void cancelWhileRedeeming();
    void portInUse();
    void accessDenied();
    void browserNotOpened();
    void restartCancelsTheFirst();
    void secretsNeverLogged();

    void formEncoding();
    void tokenEndpointError();
    void deviceCodeEndpoint();
    void deadline();
    void redirectNotFollowed();
    void unreadableSuccess_data();
    void unreadableSuccess();

private:
    std::unique_ptr<IdentityClient> identity(const QUrl &base = {});
    QList<emu::RequestLogEntry> tokenRequests() const;
    void onEmulator(const std::function<void(emu::IdentityApi &)> &hook);

    std::unique_ptr<EmulatorFixture> m_fixture;
    QString m_tenant;
    RecordingNetwork m_network;
};

void TestBrowserSignIn::initTestCase()
{
    m_fixture = std::make_unique<EmulatorFixture>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->startError()));
    m_tenant = m_fixture->host().options().tenantId;
}

void TestBrowserSignIn::init()
{
    m_fixture->host().log().clear();
    m_network.sent.clear();
}

void TestBrowserSignIn::cleanup()
{
    onEmulator([](emu::IdentityApi &api) { api.setDenyAuthorizations(false); });
}

std::unique_ptr<IdentityClient> TestBrowserSignIn::identity(const QUrl &base)
{
    return std::make_unique<IdentityClient>(m_network, base.isEmpty() ? m_fixture->host().baseUrl() : base, m_tenant);
}

QList<emu::RequestLogEntry> TestBrowserSignIn::tokenRequests() const
{
    QList<emu::RequestLogEntry> out;
    const QList<emu::RequestLogEntry> entries = m_fixture->host().log().entries();
    for (const emu::RequestLogEntry &entry : entries)
        if (entry.path.endsWith("/oauth2/v2.0/token"_L1))
            out.append(entry);
    return out;
}

void TestBrowserSignIn::onEmulator(const std::function<void(emu::IdentityApi &)> &hook)
{
    m_fixture->host().runOnEmulatorThread([&](emu::GraphEmulator &emulator) { hook(emulator.identity()); });
}

void TestBrowserSignIn::fullSignIn()
{
    auto client = identity();
    FakeBrowser browser;
    BrowserSignIn signIn(*client, browser.opener());
    QSignalSpy finished(&signIn, &BrowserSignIn::finished);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    QSignalSpy states(&signIn, &BrowserSignIn::stateChanged);

    signIn.start(publicClient, readOnlyScopes);
    QVERIFY(finished.wait(15000) || !finished.isEmpty());
    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(signIn.state(), BrowserSignIn::State::Done);
    QCOMPARE(states.size(), 3);
    QCOMPARE(states.at(0).at(0).value<BrowserSignIn::State>(), BrowserSignIn::State::WaitingForBrowser);
    QCOMPARE(states.at(1).at(0).value<BrowserSignIn::State>(), BrowserSignIn::State::Redeeming);
    QCOMPARE(states.at(2).at(0).value<BrowserSignIn::State>(), BrowserSignIn::State::Done);

    const auto response = finished.at(0).at(0).value<TokenResponse>();
    QCOMPARE(response.tokenType, u"Bearer"_s);
    QVERIFY(!response.refreshToken.isEmpty()); // offline_access
    QVERIFY(!response.idToken.isEmpty()); // openid
    QVERIFY(response.expiresInSec > 3000);
    QVERIFY(response.expiresAt() > QDateTime::currentDateTimeUtc().addSecs(3000));
    const Expected<TokenClaims> claims = TokenClaims::fromJwt(response.accessToken);
    QVERIFY2(claims.ok(), qPrintable(claims.ok() ? QString() : claims.error()));
    QCOMPARE(claims.value().userPrincipalName, u"admin@contoso.onmicrosoft.com"_s);
    QCOMPARE(claims.value().displayName, u"Demo Admin"_s);
    QCOMPARE(claims.value().tenantId, m_tenant);
    QCOMPARE(claims.value().appId, publicClient);
    QStringList scopes = claims.value().scopes;
    scopes.sort();
    QCOMPARE(scopes, (QStringList{u"DeviceManagementServiceConfig.Read.All"_s, u"Group.Read.All"_s}));

    // The browser saw the page telling the user to go back, which nobody may cache or refer.
    QCOMPARE(browser.authorizeStatus, 302);
    QCOMPARE(browser.callbackStatus, 200);
    QVERIFY(browser.callbackBody.contains("You are signed in."));
    QVERIFY(browser.callbackBody.contains("return to Enrollment Desk"));
    bool noStore = false;
    bool noReferrer = false;
    for (const auto &[name, value] : std::as_const(browser.callbackHeaders)) {
        noStore |= name.compare("cache-control", Qt::CaseInsensitive) == 0 && value == "no-store";
        noReferrer |= name.compare("referrer-policy", Qt::CaseInsensitive) == 0 && value == "no-referrer";
    }
    QVERIFY(noStore);
    QVERIFY(noReferrer);

    // One token request: the code, the verifier whose S256 is the challenge, the same redirect URI,
    // no secret and no Authorization header.
    const QList<emu::RequestLogEntry> requests = tokenRequests();
    QCOMPARE(requests.size(), 1);
    const emu::RequestLogEntry &request = requests.constFirst();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
    QVERIFY(!request.headers.contains("authorization"));
    QVERIFY(!request.headers.value("client-request-id").isEmpty());
    QCOMPARE(m_network.sent.size(), 1);
    QCOMPARE(m_network.sent.constFirst().first, client->tokenEndpoint());
    const QUrlQuery form(QString::fromLatin1(m_network.sent.constFirst().second));
    const QUrl opened = browser.opened.constFirst();
    QCOMPARE(form.queryItemValue(u"grant_type"_s), u"authorization_code"_s);
    QCOMPARE(form.queryItemValue(u"client_id"_s), publicClient);
    QCOMPARE(form.queryItemValue(u"code"_s, QUrl::FullyDecoded), queryValue(browser.callbackUrl, u"code"_s));
    QCOMPARE(form.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), queryValue(opened, u"redirect_uri"_s));
    QVERIFY(!form.hasQueryItem(u"client_secret"_s));
    const QString verifier = form.queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded);
    QCOMPARE(verifier.size(), 64);
    QVERIFY(verifierChars.match(verifier).hasMatch());
    QCOMPARE(BrowserSignIn::challengeFor(verifier), queryValue(opened, u"code_challenge"_s));

    // The listener served its one callback and is gone.
    QCOMPARE(signIn.listener(), nullptr);
    const quint16 port = static_cast<quint16>(QUrl(queryValue(opened, u"redirect_uri"_s)).port());
    QVERIFY(!connects(QHostAddress::LocalHost, port));
}

void TestBrowserSignIn::authorizeUrlShape()
{
    auto client = identity();
    FakeBrowser browser;
    browser.follow = false;
    BrowserSignIn signIn(*client, browser.opener());
    signIn.setLoginHint(u"adele.vance@contoso.onmicrosoft.com"_s);
    signIn.start(publicClient, readOnlyScopes);
    QCOMPARE(signIn.state(), BrowserSignIn::State::WaitingForBrowser);
    QCOMPARE(browser.opened.size(), 1);
    const QUrl url = browser.opened.constFirst();
    QCOMPARE(url, signIn.authorizeUrl());
    QVERIFY(signIn.browserOpened());

    QCOMPARE(url.scheme(), m_fixture->host().baseUrl().scheme());
    QCOMPARE(url.port(), m_fixture->host().baseUrl().port());
    QCOMPARE(url.path(), u"/%1/oauth2/v2.0/authorize"_s.arg(m_tenant));
    QCOMPARE(queryValue(url, u"client_id"_s), publicClient);
    QCOMPARE(queryValue(url, u"response_type"_s), u"code"_s);
    QCOMPARE(queryValue(url, u"response_mode"_s), u"query"_s);
    QCOMPARE(queryValue(url, u"prompt"_s), u"select_account"_s);
    QCOMPARE(queryValue(url, u"login_hint"_s), u"adele.vance@contoso.onmicrosoft.com"_s);
    QCOMPARE(queryValue(url, u"scope"_s), readOnlyScopes.join(u' '));
    QCOMPARE(queryValue(url, u"code_challenge_method"_s), u"S256"_s);
    const QString challenge = queryValue(url, u"code_challenge"_s);
    QCOMPARE(challenge.size(), 43);
    QVERIFY(base64UrlChars.match(challenge).hasMatch());
    const QString state = queryValue(url, u"state"_s);
    QVERIFY(state.size() >= 22);
    QVERIFY(base64UrlChars.match(state).hasMatch());
    const QUrl redirect(queryValue(url, u"redirect_uri"_s));
    QCOMPARE(redirect.scheme(), u"http"_s);
    QCOMPARE(redirect.host(), u"localhost"_s);
    QVERIFY(redirect.port() > 0);
    QCOMPARE(redirect.port(), int(signIn.listener()->port()));
    QCOMPARE(redirect.path(), QString());
    // The spaces of the scope are encoded as %20, never '+'.
    QVERIFY(url.toEncoded().contains("scope=DeviceManagementServiceConfig.Read.All%20Group.Read.All"));

    // A second start: a fresh verifier (challenge) and state.
    signIn.start(publicClient, readOnlyScopes);
    QCOMPARE(browser.opened.size(), 2);
    QVERIFY(queryValue(browser.opened.at(1), u"state"_s) != state);
    QVERIFY(queryValue(browser.opened.at(1), u"code_challenge"_s) != challenge);
    signIn.cancel();
}

void TestBrowserSignIn::wrongVerifierFails()
{
    // The browser gets the code but holds the callback back while an attacker (who has the code
    // but not the verifier) tries to redeem it.
    auto client = identity();
    FakeBrowser browser;
    browser.deliverCallback = false;
    BrowserSignIn signIn(*client, browser.opener());
    QSignalSpy finished(&signIn, &BrowserSignIn::finished);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    QSignalSpy done(&browser, &FakeBrowser::done);
    signIn.start(publicClient, readOnlyScopes);
    QVERIFY(done.wait(10000));
    const QString code = queryValue(browser.callbackUrl, u"code"_s);
    QVERIFY(!code.isEmpty());

    IdentityReply *stolen = client->requestToken({{u"client_id"_s, publicClient},
                                                  {u"grant_type"_s, u"authorization_code"_s},
                                                  {u"code"_s, code},
                                                  {u"redirect_uri"_s, signIn.listener()->redirectUri().toString()},
                                                  {u"code_verifier"_s, BrowserSignIn::createVerifier()},
                                                  {u"scope"_s, readOnlyScopes.join(u' ')}});
    QSignalSpy stolenFailed(stolen, &IdentityReply::failed);
    QSignalSpy stolenSucceeded(stolen, &IdentityReply::succeeded);
    QVERIFY(stolenFailed.wait(10000));
    QCOMPARE(stolenSucceeded.size(), 0);
    const auto error = stolenFailed.at(0).at(0).value<GraphError>();
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.code, u"invalid_grant"_s);
    QVERIFY(error.aadstsCodes.contains(501481));
    QVERIFY(error.details().contains(u"AADSTS501481"_s));
    QVERIFY(IdentityClient::describe(error).contains(u"PKCE"_s));

    // The real callback still signs in: a failed PKCE check does not use up the code.
    browser.get(browser.callbackUrl, false);
    QVERIFY(finished.wait(10000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(signIn.state(), BrowserSignIn::State::Done);
    QCOMPARE(tokenRequests().size(), 2);
}

void TestBrowserSignIn::stateMismatchRejected()
{
    auto client = identity();
    FakeBrowser browser;
    browser.tamper = [](const QUrl &url) {
        QUrlQuery query(url);
        query.removeAllQueryItems(u"state"_s);
        query.addQueryItem(u"state"_s, BrowserSignIn::createState());
        QUrl out = url;
        out.setQuery(query);
        return out;
    };
    BrowserSignIn signIn(*client, browser.opener());
    QSignalSpy finished(&signIn, &BrowserSignIn::finished);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    signIn.start(publicClient, readOnlyScopes);
    QVERIFY(failed.wait(10000));
    QCOMPARE(finished.size(), 0);
    QCOMPARE(signIn.state(), BrowserSignIn::State::Failed);
    const auto error = failed.at(0).at(0).value<GraphError>();
    QCOMPARE(error.code, u"ed_state_mismatch"_s);
    QVERIFY(IdentityClient::describe(error).contains(u"state does not match"_s));
    QCOMPARE(signIn.error().code, error.code);

    QTRY_COMPARE_WITH_TIMEOUT(browser.callbackStatus, 200, 5000);
    QVERIFY(browser.callbackBody.contains("Sign-in did not complete"));
    QVERIFY(!browser.callbackBody.contains("You are signed in"));
    // Nothing was redeemed, and the listener is closed.
    QTest::qWait(100);
    QCOMPARE(tokenRequests().size(), 0);
    QCOMPARE(signIn.listener(), nullptr);
    QVERIFY(!connects(QHostAddress::LocalHost, static_cast<quint16>(browser.callbackUrl.port())));
}

void TestBrowserSignIn::listenerOnLoopbackOnly()
{
    auto client = identity();
    FakeBrowser browser;
    browser.follow = false;
    BrowserSignIn signIn(*client, browser.opener());
    signIn.start(publicClient, readOnlyScopes);
    const LoopbackListener *listener = signIn.listener();
    QVERIFY(listener != nullptr);
    QVERIFY(listener->isListening());
    QCOMPARE(listener->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(listener->redirectUri(), QUrl(u"http://localhost:%1"_s.arg(listener->port())));
    const quint16 port = listener->port();
    QVERIFY(connects(QHostAddress::LocalHost, port));

    // No other interface reaches it: not IPv6 loopback, not any address of this machine.
    QVERIFY(!connects(QHostAddress::LocalHostIPv6, port));
    int others = 0;
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.isLoopback() || address.isLinkLocal())
            continue;
        ++others;
        QVERIFY2(!connects(address, port), qPrintable(address.toString()));
    }
    qInfo() << "checked" << others << "non-loopback addresses";
    signIn.cancel();
}

void TestBrowserSignIn::strayRequestsDoNotEndTheFlow()
{
    auto client = identity();
    FakeBrowser browser;
    browser.follow = false;
    BrowserSignIn signIn(*client, browser.opener());
    QSignalSpy finished(&signIn, &BrowserSignIn::finished);
    signIn.start(publicClient, readOnlyScopes);
    const quint16 port = signIn.listener()->port();
    const QString base = u"http://127.0.0.1:%1"_s.arg(port);

    // favicon, another path, the root without an answer, a POST: answered, the flow goes on.
    const QList<std::pair<QString, int>> strays{
            {u"/favicon.ico"_s, 404}, {u"/other?code=x&state=y"_s, 404}, {u"/"_s, 400}, {u"/?foo=bar"_s, 400}};
    for (const auto &[path, status] : strays) {
        const HttpResult result = m_fixture->get(base + path, {}, QString());
        QCOMPARE(result.status, status);
        QVERIFY(signIn.listener() != nullptr && signIn.listener()->isListening());
        QCOMPARE(signIn.state(), BrowserSignIn::State::WaitingForBrowser);
    }
    const HttpResult post = m_fixture->send("POST", base + u"/?code=x&state=y"_s, "a=b", {}, QString());
    QCOMPARE(post.status, 405);
    QCOMPARE(signIn.state(), BrowserSignIn::State::WaitingForBrowser);

    // Now the real browser answer.
    QSignalSpy done(&browser, &FakeBrowser::done);
    browser.get(signIn.authorizeUrl(), true);
    QVERIFY(finished.wait(10000));
    QCOMPARE(signIn.state(), BrowserSignIn::State::Done);
    // One callback only: the next connection is refused.
    QVERIFY(!connects(QHostAddress::LocalHost, port));
    const HttpResult again = m_fixture->get(base + u"/?code=x&state=y"_s, {}, QString());
    QCOMPARE(again.status, 0);
    QCOMPARE(again.error, QNetworkReply::ConnectionRefusedError);
}

void TestBrowserSignIn::oversizedRequestRefused()
{
    auto client = identity();
    FakeBrowser browser;
    browser.follow = false;
    BrowserSignIn signIn(*client, browser.opener());
    signIn.start(publicClient, readOnlyScopes);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, signIn.listener()->port());
    QVERIFY(socket.waitForConnected(2000));
    socket.write("GET /?code=" + QByteArray(LoopbackListener::maxRequestBytes + 100, 'a') + " HTTP/1.1\r\n");
    // The listener shares this thread: wait in the event loop, never in waitForReadyRead().
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n")
                                     || socket.state() == QAbstractSocket::UnconnectedState,
                             5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(100).constData());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000); // and closed
    QCOMPARE(signIn.state(), BrowserSignIn::State::WaitingForBrowser);
    QVERIFY(signIn.listener()->isListening());
    signIn.cancel();
}

void TestBrowserSignIn::timeoutEndsCleanly()
{
    auto client = identity();
    FakeBrowser browser;
    browser.follow = false;
    BrowserSignIn signIn(*client, browser.opener());
    signIn.setTimeoutMs(300);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    signIn.start(publicClient, readOnlyScopes);
    const quint16 port = signIn.listener()->port();
    QVERIFY(failed.wait(5000));
    const auto error = failed.at(0).at(0).value<GraphError>();
    QCOMPARE(error.kind, GraphError::Kind::Timeout);
    QCOMPARE(error.code, u"ed_sign_in_timeout"_s);
    QCOMPARE(error.timeoutMs, 300);
    QVERIFY(IdentityClient::describe(error).contains(u"No sign-in answer came from the browser"_s));
    QCOMPARE(signIn.state(), BrowserSignIn::State::Failed);
    QCOMPARE(signIn.listener(), nullptr);
    QVERIFY(!connects(QHostAddress::LocalHost, port));
    QTest::qWait(400);
    QCOMPARE(failed.size(), 1);
}

void TestBrowserSignIn::cancelWhileWaiting()
{
    auto client = identity();
    FakeBrowser browser;
    browser.follow = false;
    BrowserSignIn signIn(*client, browser.opener());
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    signIn.start(publicClient, readOnlyScopes);
    const quint16 port = signIn.listener()->port();
    signIn.cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<GraphError>().kind, GraphError::Kind::Cancelled);
    QCOMPARE(IdentityClient::describe(failed.at(0).at(0).value<GraphError>()), u"The sign-in was cancelled."_s);
    QCOMPARE(signIn.state(), BrowserSignIn::State::Cancelled);
    QVERIFY(!connects(QHostAddress::LocalHost, port));
    signIn.cancel(); // nothing more
    QCOMPARE(failed.size(), 1);

    // The browser arriving late finds nobody listening.
    browser.get(browser.opened.constFirst(), true);
    QSignalSpy done(&browser, &FakeBrowser::done);
    QVERIFY(done.wait(10000));
    QCOMPARE(browser.callbackStatus, 0);
    QCOMPARE(signIn.state(), BrowserSignIn::State::Cancelled);
    QCOMPARE(tokenRequests().size(), 0);
}

void TestBrowserSignIn::cancelWhileRedeeming()
{
    auto client = identity();
    FakeBrowser browser;
    BrowserSignIn signIn(*client, browser.opener());
    QSignalSpy finished(&signIn, &BrowserSignIn::finished);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    connect(&signIn, &BrowserSignIn::stateChanged, &signIn, [&signIn](BrowserSignIn::State state) {
        if (state == BrowserSignIn::State::Redeeming)
            signIn.cancel();
    });
    signIn.start(publicClient, readOnlyScopes);
    QVERIFY(failed.wait(10000));
    QTest::qWait(200); // a token answer arriving now must not finish it
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<GraphError>().kind, GraphError::Kind::Cancelled);
    QCOMPARE(signIn.state(), BrowserSignIn::State::Cancelled);
}

void TestBrowserSignIn::portInUse()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost));
    const quint16 port = occupant.serverPort();

    auto client = identity();
    FakeBrowser browser;
    BrowserSignIn signIn(*client, browser.opener());
    signIn.setListenPort(port);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    signIn.start(publicClient, readOnlyScopes);
    QCOMPARE(failed.size(), 1);
    const auto error = failed.at(0).at(0).value<GraphError>();
    QCOMPARE(error.code, u"ed_listener_port"_s);
    const QString sentence = IdentityClient::describe(error);
    QVERIFY2(sentence.startsWith(u"The sign-in listener could not open port %1: "_s.arg(port)), qPrintable(sentence));
    QVERIFY(error.details().contains(sentence));
    QCOMPARE(signIn.state(), BrowserSignIn::State::Failed);
    QVERIFY(browser.opened.isEmpty());
}

void TestBrowserSignIn::accessDenied()
{
    onEmulator([](emu::IdentityApi &api) { api.setDenyAuthorizations(true); });
    auto client = identity();
    FakeBrowser browser;
    BrowserSignIn signIn(*client, browser.opener());
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    signIn.start(publicClient, readOnlyScopes);
    QVERIFY(failed.wait(10000));
    const auto error = failed.at(0).at(0).value<GraphError>();
    QCOMPARE(error.code, u"access_denied"_s);
    QVERIFY(!error.message.isEmpty()); // error_description, for the details
    QVERIFY(error.aadstsCodes.contains(65004)); // from error_description
    QCOMPARE(IdentityClient::describe(error),
             u"Consent to the app's permissions was declined, so the sign-in did not complete."_s);
    QVERIFY(error.details().contains(u"access_denied"_s));
    QCOMPARE(signIn.state(), BrowserSignIn::State::Failed);
    QTRY_COMPARE_WITH_TIMEOUT(browser.callbackStatus, 200, 5000);
    QVERIFY(browser.callbackBody.contains("Sign-in did not complete"));
    QVERIFY(browser.callbackBody.contains("access_denied"));
    QCOMPARE(tokenRequests().size(), 0);
}

void TestBrowserSignIn::browserNotOpened()
{
    auto client = identity();
    FakeBrowser browser;
    browser.follow = false;
    browser.openResult = false;
    BrowserSignIn signIn(*client, browser.opener());
    QSignalSpy notOpened(&signIn, &BrowserSignIn::browserNotOpened);
    QSignalSpy finished(&signIn, &BrowserSignIn::finished);
    signIn.start(publicClient, readOnlyScopes);
    QCOMPARE(notOpened.size(), 1);
    QCOMPARE(notOpened.at(0).at(0).toUrl(), signIn.authorizeUrl());
    QVERIFY(!signIn.browserOpened());
    QCOMPARE(signIn.state(), BrowserSignIn::State::WaitingForBrowser);
    // The user opens the copied address by hand.
    browser.get(signIn.authorizeUrl(), true);
    QVERIFY(finished.wait(10000));

    // Without an opener at all: the same.
    BrowserSignIn bare(*client, {});
    QSignalSpy bareNotOpened(&bare, &BrowserSignIn::browserNotOpened);
    bare.start(publicClient, readOnlyScopes);
    QCOMPARE(bareNotOpened.size(), 1);
    bare.cancel();
}

void TestBrowserSignIn::restartCancelsTheFirst()
{
    auto client = identity();
    FakeBrowser browser;
    browser.follow = false;
    BrowserSignIn signIn(*client, browser.opener());
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    QSignalSpy finished(&signIn, &BrowserSignIn::finished);
    signIn.start(publicClient, readOnlyScopes);
    const QUrl first = signIn.authorizeUrl();
    const quint16 firstPort = signIn.listener()->port();
    signIn.start(publicClient, readOnlyScopes);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<GraphError>().kind, GraphError::Kind::Cancelled);
    QCOMPARE(signIn.state(), BrowserSignIn::State::WaitingForBrowser);
    if (signIn.listener()->port() != firstPort)
        QVERIFY(!connects(QHostAddress::LocalHost, firstPort)); // the first listener is closed
    browser.get(signIn.authorizeUrl(), true);
    QVERIFY(finished.wait(10000));
    QCOMPARE(failed.size(), 1);
    QVERIFY(queryValue(first, u"state"_s) != queryValue(signIn.authorizeUrl(), u"state"_s));
}

void TestBrowserSignIn::secretsNeverLogged()
{
    LogCapture log;
    auto client = identity();
    FakeBrowser browser;
    BrowserSignIn signIn(*client, browser.opener());
    QSignalSpy finished(&signIn, &BrowserSignIn::finished);
    signIn.start(publicClient, readOnlyScopes);
    QVERIFY(finished.wait(10000));
    const auto response = finished.at(0).at(0).value<TokenResponse>();
    const QString code = queryValue(browser.callbackUrl, u"code"_s);
    QCOMPARE(m_network.sent.size(), 1);
    const QUrlQuery form(QString::fromLatin1(m_network.sent.constFirst().second));
    const QString verifier = form.queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded);
    const QString text = log.text();
    QVERIFY(text.contains(u"Browser sign-in complete"_s)); // the capture works
    for (const QString &secret : {code, verifier, response.accessToken, response.refreshToken, response.idToken}) {
        QVERIFY(secret.size() > 20);
        QVERIFY2(!text.contains(secret), qPrintable(text));
        QVERIFY(!text.contains(secret.left(20)));
    }
}

void TestBrowserSignIn::formEncoding()
{
    const FormFields fields{{u"a b"_s, u"x+y z&w=v/%#?é"_s}, {u"empty"_s, QString()}};
    QCOMPARE(IdentityClient::encodeForm(fields), QByteArray("a%20b=x%2By%20z%26w%3Dv%2F%25%23%3F%C3%A9&empty="));
    QCOMPARE(IdentityClient::fields(QUrlQuery(u"k=a%2Bb%20c"_s)).value(0).second, u"a+b c"_s);

    auto client = identity(QUrl(u"https://login.microsoftonline.us/"_s));
    QCOMPARE(client->tokenEndpoint(), QUrl(u"https://login.microsoftonline.us/%1/oauth2/v2.0/token"_s.arg(m_tenant)));
    QCOMPARE(client->deviceCodeEndpoint(),
             QUrl(u"https://login.microsoftonline.us/%1/oauth2/v2.0/devicecode"_s.arg(m_tenant)));
    const QUrl url = client->authorizeUrl(fields);
    QCOMPARE(url.path(), u"/%1/oauth2/v2.0/authorize"_s.arg(m_tenant));
    QCOMPARE(queryValue(url, u"a b"_s), u"x+y z&w=v/%#?é"_s);
    QVERIFY(url.toEncoded().contains("x%2By%20z%26w%3Dv"));

    QCOMPARE(IdentityClient::joinScopes({u"openid profile"_s, u"Group.Read.All"_s, u"OPENID"_s, u" "_s}),
             u"openid profile Group.Read.All"_s);
}

void TestBrowserSignIn::tokenEndpointError()
{
    auto client = identity();
    IdentityReply *reply = client->requestToken({{u"client_id"_s, publicClient},
                                                 {u"grant_type"_s, u"authorization_code"_s},
                                                 {u"code"_s, u"not-a-code"_s},
                                                 {u"redirect_uri"_s, u"http://localhost:1234"_s},
                                                 {u"code_verifier"_s, BrowserSignIn::createVerifier()}});
    const QString clientRequestId = reply->clientRequestId();
    QSignalSpy failed(reply, &IdentityReply::failed);
    QSignalSpy destroyed(reply, &QObject::destroyed);
    QVERIFY(failed.wait(10000));
    const auto error = failed.at(0).at(0).value<GraphError>();
    QCOMPARE(error.kind, GraphError::Kind::Http);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.code, u"invalid_grant"_s);
    QVERIFY(!error.aadstsCodes.isEmpty());
    QCOMPARE(error.clientRequestId, clientRequestId);
    QVERIFY(!IdentityClient::describe(error).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(destroyed.size(), 1, 2000); // the reply goes by itself

    // Wrong tenant: a sentence that says so.
    auto wrongTenant = std::make_unique<IdentityClient>(m_network, m_fixture->host().baseUrl(), u"fabrikam.example"_s);
    IdentityReply *other = wrongTenant->requestToken(
            {{u"client_id"_s, publicClient}, {u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, u"x"_s}});
    QSignalSpy otherFailed(other, &IdentityReply::failed);
    QVERIFY(otherFailed.wait(10000));
    const auto tenantError = otherFailed.at(0).at(0).value<GraphError>();
    QVERIFY(tenantError.aadstsCodes.contains(90002));
    QVERIFY(IdentityClient::describe(tenantError).startsWith(u"The tenant was not found."_s));
}

void TestBrowserSignIn::deviceCodeEndpoint()
{
    auto client = identity();
    IdentityReply *reply = client->requestDeviceCode({{u"client_id"_s, publicClient}, {u"scope"_s, u"openid"_s}});
    QCOMPARE(reply->expects(), IdentityReply::Expect::DeviceCode);
    QSignalSpy issued(reply, &IdentityReply::deviceCodeIssued);
    QVERIFY(issued.wait(10000));
    const auto response = issued.at(0).at(0).value<DeviceCodeResponse>();
    QVERIFY(!response.deviceCode.isEmpty());
    QCOMPARE(response.userCode.size(), 9);
    QCOMPARE(response.verificationUri, QUrl(u"https://microsoft.com/devicelogin"_s));
    QCOMPARE(response.expiresInSec, 900);
    QCOMPARE(response.intervalSec, 5);
    QVERIFY(!response.message.isEmpty());
}

void TestBrowserSignIn::deadline()
{
    CannedServer silent{QByteArray()}; // accepts, reads, never answers
    auto client = identity(silent.url());
    client->setDeadlineMs(300);
    IdentityReply *reply = client->requestToken({{u"grant_type"_s, u"client_credentials"_s}});
    QSignalSpy failed(reply, &IdentityReply::failed);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(failed.wait(5000));
    QVERIFY(timer.elapsed() < 3000);
    const auto error = failed.at(0).at(0).value<GraphError>();
    QCOMPARE(error.kind, GraphError::Kind::Timeout);
    QCOMPARE(error.timeoutMs, 300);
    QVERIFY(IdentityClient::describe(error).startsWith(u"Microsoft sign-in did not answer within"_s));

    // Cancel: once, with Kind::Cancelled.
    IdentityReply *cancelled = client->requestToken({{u"grant_type"_s, u"client_credentials"_s}});
    QSignalSpy cancelledFailed(cancelled, &IdentityReply::failed);
    cancelled->cancel();
    cancelled->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(cancelledFailed.size(), 1, 2000);
    QTest::qWait(50);
    QCOMPARE(cancelledFailed.size(), 1);
    QCOMPARE(cancelledFailed.at(0).at(0).value<GraphError>().kind, GraphError::Kind::Cancelled);
}

void TestBrowserSignIn::redirectNotFollowed()
{
    CannedServer redirecting{httpResponse(307, "Temporary Redirect", "Location: http://127.0.0.1:1/steal\r\n", {})};
    auto client = identity(redirecting.url());
    IdentityReply *reply = client->requestToken({{u"client_secret"_s, u"s3cret+value"_s}});
    QSignalSpy failed(reply, &IdentityReply::failed);
    QVERIFY(failed.wait(5000));
    const auto error = failed.at(0).at(0).value<GraphError>();
    QCOMPARE(error.kind, GraphError::Kind::Redirect);
    QCOMPARE(error.httpStatus, 307);
    // What reached the server: the form, percent-encoded, and no Authorization header.
    QVERIFY(redirecting.received().contains("client_secret=s3cret%2Bvalue"));
    QVERIFY(!redirecting.received().toLower().contains("authorization:"));
}

void TestBrowserSignIn::unreadableSuccess_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not json") << QByteArray("<html>hello</html>") << u"not a JSON object"_s;
    QTest::newRow("no access token") << QByteArray(R"({"token_type":"Bearer","expires_in":3599})")
                                     << u"no access_token"_s;
    QTest::newRow("not bearer") << QByteArray(R"({"token_type":"pop","access_token":"eyJsecretsecretsecret"})")
                                << u"not Bearer"_s;
}

void TestBrowserSignIn::unreadableSuccess()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    CannedServer server{httpResponse(200, "OK", "Content-Type: application/json\r\n", body)};
    auto client = identity(server.url());
    IdentityReply *reply = client->requestToken({{u"grant_type"_s, u"client_credentials"_s}});
    QSignalSpy failed(reply, &IdentityReply::failed);
    QVERIFY(failed.wait(5000));
    const auto error = failed.at(0).at(0).value<GraphError>();
    QCOMPARE(error.kind, GraphError::Kind::InvalidResponse);
    QCOMPARE(error.httpStatus, 200);
    QVERIFY(error.bodyExcerpt.isEmpty()); // a success body may hold tokens
    QVERIFY2(error.transportMessage.contains(reason), qPrintable(error.transportMessage));
    QVERIFY(!error.details().contains(u"secretsecret"_s));
    QCOMPARE(IdentityClient::describe(error), u"Microsoft sign-in sent an answer that could not be read."_s);
}

QTEST_GUILESS_MAIN(TestBrowserSignIn)
#include "tst_BrowserSignIn.moc"
