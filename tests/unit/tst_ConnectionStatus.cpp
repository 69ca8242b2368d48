#include "auth/ConnectionProfile.h"
#include "auth/ConnectionStatus.h"
#include "auth/StaticTokenSource.h"

#include "TestJwt.h"

#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

class TestConnectionStatus final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signedOut();
    void demoTenant();
    void signedInFromToken();
    void tenantOptionWins();
    void expiredToken();
    void connectedAndUnreachable();
};

static const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

static std::unique_ptr<StaticTokenSource> makeSource(const QDateTime &expires)
{
    auto result = StaticTokenSource::fromText(test::makeUserToken(expires), u"token.txt"_s);
    return std::move(result).value();
}

void TestConnectionStatus::signedOut()
{
    const ConnectionStatus status = ConnectionStatus::fromConnection(ConnectionProfile{}, nullptr, now);
    QCOMPARE(status.state, ConnectionStatus::State::SignedOut);
    QCOMPARE(status.tenantText(), u"No tenant"_s);
    QCOMPARE(status.identityText(), u"Not signed in"_s);
    QCOMPARE(status.cloudText(), u"Global"_s);
    QCOMPARE(status.graphUrl, QUrl(u"https://graph.microsoft.com"_s));
    QVERIFY(!status.hasToken());
    QVERIFY(status.hintText().contains(u"Sign in"_s));
}

void TestConnectionStatus::demoTenant()
{
    ConnectionProfile options;
    options.demo = true;
    options.tenant = u"contoso.onmicrosoft.com"_s;
    options.graphUrl = QUrl(u"http://127.0.0.1:4000"_s);
    const auto source = makeSource(now.addSecs(3600));
    const ConnectionStatus status = ConnectionStatus::fromConnection(options, source.get(), now);
    QCOMPARE(status.state, ConnectionStatus::State::SignedIn);
    QVERIFY(status.demo);
    QCOMPARE(status.tenantText(), u"contoso.onmicrosoft.com (demo)"_s);
    QCOMPARE(status.graphUrl, QUrl(u"http://127.0.0.1:4000"_s));
    QVERIFY(status.hintText().isEmpty());
}

void TestConnectionStatus::signedInFromToken()
{
    ConnectionProfile options;
    options.cloud = Cloud::UsGovDod;
    options.graphUrl = QUrl(u"http://127.0.0.1:9000"_s);
    const auto source = makeSource(now.addSecs(1800));
    const ConnectionStatus status = ConnectionStatus::fromConnection(options, source.get(), now);
    QCOMPARE(status.state, ConnectionStatus::State::SignedIn);
    QVERIFY(status.hasToken());
    QCOMPARE(status.tenant, u"11111111-2222-3333-4444-555555555555"_s);
    QCOMPARE(status.identityText(), u"Adele Vance (adele@contoso.com)"_s);
    QCOMPARE(status.cloudText(), u"US Government L5 (DoD)"_s);
    QCOMPARE(status.graphUrl, QUrl(u"http://127.0.0.1:9000"_s));
    QCOMPARE(status.expiresAt, now.addSecs(1800));
    QVERIFY(status.stateText().startsWith(u"Token held, expires"_s));
    QVERIFY(status.hintText().isEmpty());
    QVERIFY(status.method.contains(u"token.txt"_s));
}

void TestConnectionStatus::tenantOptionWins()
{
    ConnectionProfile options;
    options.tenant = u"contoso.onmicrosoft.com"_s;
    const auto source = makeSource(now.addSecs(1800));
    QCOMPARE(ConnectionStatus::fromConnection(options, source.get(), now).tenantText(), u"contoso.onmicrosoft.com"_s);
}

void TestConnectionStatus::expiredToken()
{
    const auto source = makeSource(now.addSecs(-60));
    const ConnectionStatus status = ConnectionStatus::fromConnection(ConnectionProfile{}, source.get(), now);
    QCOMPARE(status.state, ConnectionStatus::State::TokenExpired);
    QVERIFY(!status.hasToken());
    QVERIFY(status.stateText().startsWith(u"Token expired"_s));
    QVERIFY(status.hintText().contains(u"expired"_s));
}

void TestConnectionStatus::connectedAndUnreachable()
{
    const auto source = makeSource(now.addSecs(1800));
    ConnectionStatus status = ConnectionStatus::fromConnection(ConnectionProfile{}, source.get(), now);
    status.state = ConnectionStatus::State::Connected;
    QVERIFY(status.hasToken());
    QVERIFY(status.stateText().startsWith(u"Connected, token expires"_s));
    QVERIFY(status.hintText().isEmpty());
    status.state = ConnectionStatus::State::Unreachable;
    status.problem = u"Could not connect to Microsoft Graph: Connection refused."_s;
    QVERIFY(status.hasToken());
    QCOMPARE(status.stateText(), u"Microsoft Graph not reachable"_s);
    QCOMPARE(status.hintText(), status.problem);
}

QTEST_GUILESS_MAIN(TestConnectionStatus)
#include "tst_ConnectionStatus.moc"
