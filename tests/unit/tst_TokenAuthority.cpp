#include "emulator/TokenAuthority.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ed::emu;
using namespace Qt::StringLiterals;

namespace {

const QString tenant = u"5c2f9e33-7a1d-4b6e-9f0a-2d8c4e1b7a55"_s;
constexpr std::uint64_t seed = 20261122;
const QDateTime now = QDateTime::fromSecsSinceEpoch(1'900'000'000, Qt::UTC);

TokenAuthority::Grant delegatedGrant()
{
    TokenAuthority::Grant grant;
    grant.userPrincipalName = u"admin@contoso.onmicrosoft.com"_s;
    grant.displayName = u"Demo Admin"_s;
    grant.objectId = u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"_s;
    grant.appId = u"14d82eec-204b-4c2f-b7e8-296a70dab67e"_s;
    grant.appDisplayName = u"Microsoft Graph Command Line Tools"_s;
    grant.scopes = {u"DeviceManagementServiceConfig.ReadWrite.All"_s, u"Group.Read.All"_s};
    return grant;
}

TokenAuthority::Grant appGrant()
{
    TokenAuthority::Grant grant;
    grant.objectId = u"9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"_s;
    grant.appId = u"d3b07384-d9a0-4c9b-8f7e-2b8c1a5e6f70"_s;
    grant.appDisplayName = u"Enrollment Desk demo automation"_s;
    grant.roles = {u"DeviceManagementServiceConfig.ReadWrite.All"_s, u"Group.Read.All"_s};
    return grant;
}

// The claims issue() writes for the delegated grant, for tests that change one of them.
QJsonObject standardClaims()
{
    const qint64 t = now.toSecsSinceEpoch();
    return QJsonObject{{u"aud"_s, u"https://graph.microsoft.com"_s},
                       {u"iss"_s, QString(u"https://sts.windows.net/"_s + tenant + u'/')},
                       {u"iat"_s, t},
                       {u"nbf"_s, t},
                       {u"exp"_s, t + 3600},
                       {u"tid"_s, tenant},
                       {u"oid"_s, u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"_s},
                       {u"upn"_s, u"admin@contoso.onmicrosoft.com"_s},
                       {u"appid"_s, u"14d82eec-204b-4c2f-b7e8-296a70dab67e"_s},
                       {u"scp"_s, u"Group.Read.All"_s},
                       {u"ver"_s, u"1.0"_s}};
}

QJsonObject with(QJsonObject claims, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        claims.remove(key);
    else
        claims.insert(key, value);
    return claims;
}

QByteArray segment(const QJsonObject &object)
{
    return TokenAuthority::base64Url(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject decodePart(const QString &token, int index)
{
    return TokenAuthority::decodeJsonSegment(token.toLatin1().split('.').value(index)).value_or(QJsonObject());
}

QString replacePart(const QString &token, int index, const QByteArray &part)
{
    QList<QByteArray> parts = token.toLatin1().split('.');
    parts[index] = part;
    return QString::fromLatin1(parts.join('.'));
}

} // namespace

class TestTokenAuthority final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void delegatedClaims();
    void appOnlyClaims();
    void verifiedCaller();
    void verify_data();
    void verify();
    void sameSeedVerifiesAcrossInstances();
    void randomTokens();
    void base64Url_data();
    void base64Url();
    void hasAny_data();
    void hasAny();
};

void TestTokenAuthority::delegatedClaims()
{
    const TokenAuthority authority(seed, tenant);
    const QString token = authority.issue(delegatedGrant(), now);
    QCOMPARE(token.count(u'.'), 2);

    const QJsonObject header = decodePart(token, 0);
    QCOMPARE(header.value("typ"_L1).toString(), u"JWT"_s);
    QCOMPARE(header.value("alg"_L1).toString(), u"HS256"_s);
    QCOMPARE(header.value("kid"_L1).toString(), u"ed-emulator"_s);

    const QJsonObject claims = decodePart(token, 1);
    QCOMPARE(claims.value("aud"_L1).toString(), u"https://graph.microsoft.com"_s);
    QCOMPARE(claims.value("iss"_L1).toString(), u"https://sts.windows.net/"_s + tenant + u'/');
    QCOMPARE(claims.value("tid"_L1).toString(), tenant);
    QCOMPARE(claims.value("iat"_L1).toInteger(), now.toSecsSinceEpoch());
    QCOMPARE(claims.value("nbf"_L1).toInteger(), now.toSecsSinceEpoch());
    QCOMPARE(claims.value("exp"_L1).toInteger(), now.toSecsSinceEpoch() + 3600);
    QCOMPARE(claims.value("upn"_L1).toString(), u"admin@contoso.onmicrosoft.com"_s);
    QCOMPARE(claims.value("name"_L1).toString(), u"Demo Admin"_s);
    QCOMPARE(claims.value("oid"_L1).toString(), delegatedGrant().objectId);
    QCOMPARE(claims.value("appid"_L1).toString(), delegatedGrant().appId);
    QCOMPARE(claims.value("azp"_L1).toString(), delegatedGrant().appId);
    QCOMPARE(claims.value("scp"_L1).toString(), u"DeviceManagementServiceConfig.ReadWrite.All Group.Read.All"_s);
    QCOMPARE(claims.value("ver"_L1).toString(), u"1.0"_s);
    QVERIFY(!claims.contains("roles"_L1));
    QVERIFY(!token.contains(u'='));
}

void TestTokenAuthority::appOnlyClaims()
{
    const TokenAuthority authority(seed, tenant);
    TokenAuthority::Grant grant = appGrant();
    grant.lifetimeSeconds = 60;
    const QJsonObject claims = decodePart(authority.issue(grant, now), 1);
    QCOMPARE(claims.value("roles"_L1).toArray(),
             (QJsonArray{u"DeviceManagementServiceConfig.ReadWrite.All"_s, u"Group.Read.All"_s}));
    QCOMPARE(claims.value("app_displayname"_L1).toString(), u"Enrollment Desk demo automation"_s);
    QCOMPARE(claims.value("exp"_L1).toInteger(), now.toSecsSinceEpoch() + 60);
    QVERIFY(!claims.contains("scp"_L1));
    QVERIFY(!claims.contains("upn"_L1));
    QVERIFY(!claims.contains("name"_L1));
}

void TestTokenAuthority::verifiedCaller()
{
    const TokenAuthority authority(seed, tenant);
    const auto delegated = authority.verify(authority.issue(delegatedGrant(), now), now);
    QVERIFY2(delegated.ok, qPrintable(delegated.error));
    QCOMPARE(delegated.caller.tenantId, tenant);
    QCOMPARE(delegated.caller.appId, delegatedGrant().appId);
    QCOMPARE(delegated.caller.userPrincipalName, u"admin@contoso.onmicrosoft.com"_s);
    QCOMPARE(delegated.caller.objectId, delegatedGrant().objectId);
    QCOMPARE(delegated.caller.scopes, delegatedGrant().scopes);
    QVERIFY(delegated.caller.roles.isEmpty());
    QCOMPARE(delegated.caller.expiresAt, now.addSecs(3600));
    QVERIFY(!delegated.caller.isAppOnly());

    const auto app = authority.verify(authority.issue(appGrant(), now), now.addSecs(10));
    QVERIFY2(app.ok, qPrintable(app.error));
    QVERIFY(app.caller.isAppOnly());
    QCOMPARE(app.caller.roles, appGrant().roles);
    QVERIFY(app.caller.scopes.isEmpty());
    QCOMPARE(app.caller.appId, appGrant().appId);
}

void TestTokenAuthority::verify_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("error"); // empty: accepted; otherwise a regular expression for the message

    const TokenAuthority authority(seed, tenant);
    const TokenAuthority otherSeed(seed + 1, tenant);
    const QString valid = authority.issue(delegatedGrant(), now);
    const QJsonObject claims = standardClaims();
    const QByteArray rs256Header = segment(QJsonObject{{u"typ"_s, u"JWT"_s}, {u"alg"_s, u"RS256"_s}});
    const QByteArray noneHeader = segment(QJsonObject{{u"typ"_s, u"JWT"_s}, {u"alg"_s, u"none"_s}});

    QTest::newRow("delegated") << valid << now << QString();
    QTest::newRow("app-only") << authority.issue(appGrant(), now) << now << QString();
    QTest::newRow("standard claims") << authority.signJwt(claims) << now << QString();
    QTest::newRow("graph app id audience")
            << authority.signJwt(with(claims, u"aud"_s, QString(TokenAuthority::graphAppId))) << now << QString();
    QTest::newRow("audience with slash") << authority.signJwt(with(claims, u"aud"_s, u"https://graph.microsoft.com/"_s))
                                         << now << QString();
    QTest::newRow("surrounding whitespace") << (u"  "_s + valid + u"\n"_s) << now << QString();
    QTest::newRow("one second before expiry") << valid << now.addSecs(3599) << QString();

    QTest::newRow("empty") << QString() << now << u"^Access token is empty\\.$"_s;
    QTest::newRow("blank") << u"   "_s << now << u"^Access token is empty\\.$"_s;
    QTest::newRow("opaque") << u"EwBwA8l6BAAU"_s << now << u"^IDX14100: JWT is not well formed"_s;
    QTest::newRow("two parts") << valid.section(u'.', 0, 1) << now << u"^IDX14100"_s;
    QTest::newRow("four parts") << (valid + u".x"_s) << now << u"^IDX14100"_s;
    QTest::newRow("header not base64url") << replacePart(valid, 0, "!!!") << now << u"^IDX14102"_s;
    QTest::newRow("header not json") << replacePart(valid, 0, TokenAuthority::base64Url("not json")) << now
                                     << u"^IDX14102"_s;
    QTest::newRow("payload padded") << replacePart(valid, 1, segment(claims) + "==") << now << u"^IDX14101"_s;
    QTest::newRow("payload is an array") << replacePart(valid, 1, TokenAuthority::base64Url("[1,2]")) << now
                                         << u"^IDX14101"_s;
    QTest::newRow("empty signature") << replacePart(valid, 2, {}) << now << u"^IDX10504"_s;
    QTest::newRow("alg none") << replacePart(replacePart(valid, 0, noneHeader), 2, "c2ln") << now << u"^IDX10504"_s;
    QTest::newRow("alg RS256") << replacePart(valid, 0, rs256Header) << now << u"^Signature validation failed"_s;
    QTest::newRow("tampered payload") << replacePart(valid, 1,
                                                     segment(with(claims, u"scp"_s, u"Directory.ReadWrite.All"_s)))
                                      << now << u"^Signature validation failed\\.$"_s;
    QTest::newRow("other seed") << otherSeed.issue(delegatedGrant(), now) << now << u"^Signature validation failed"_s;
    QTest::newRow("truncated signature") << valid.chopped(2) << now << u"^Signature validation failed"_s;
    QTest::newRow("signature not base64url") << replacePart(valid, 2, "a+b/c") << now << u"^Signature validation"_s;

    QTest::newRow("expired at exp") << valid << now.addSecs(3600)
                                    << u"^Lifetime validation failed, the token is expired\\.$"_s;
    QTest::newRow("expired long ago") << valid << now.addDays(30) << u"token is expired"_s;
    QTest::newRow("not yet valid") << valid << now.addSecs(-1) << u"token is not yet valid"_s;
    QTest::newRow("no exp") << authority.signJwt(with(claims, u"exp"_s, QJsonValue::Undefined)) << now
                            << u"^Lifetime validation failed, the token has no expiration time\\.$"_s;
    QTest::newRow("wrong audience") << authority.signJwt(with(claims, u"aud"_s, u"https://management.azure.com"_s))
                                    << now << u"^Invalid audience\\.$"_s;
    QTest::newRow("no audience") << authority.signJwt(with(claims, u"aud"_s, QJsonValue::Undefined)) << now
                                 << u"^Invalid audience\\.$"_s;
    QTest::newRow("other tenant") << authority.signJwt(
            with(claims, u"tid"_s, u"11111111-2222-3333-4444-555555555555"_s))
                                  << now << u"Invalid issuer"_s;
    QTest::newRow("other issuer") << authority.signJwt(
            with(claims, u"iss"_s, u"https://sts.windows.net/11111111-2222-3333-4444-555555555555/"_s))
                                  << now << u"Invalid issuer"_s;
    QTest::newRow("token of another tenant's authority")
            << TokenAuthority(seed, u"11111111-2222-3333-4444-555555555555"_s).issue(delegatedGrant(), now) << now
            << u"Invalid issuer"_s;
}

void TestTokenAuthority::verify()
{
    QFETCH(QString, token);
    QFETCH(QDateTime, at);
    QFETCH(QString, error);

    const TokenAuthority authority(seed, tenant);
    const TokenAuthority::Verification result = authority.verify(token, at);
    if (error.isEmpty()) {
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.caller.tenantId, tenant);
    } else {
        QVERIFY(!result.ok);
        QVERIFY2(QRegularExpression(error).match(result.error).hasMatch(), qPrintable(result.error));
        QVERIFY(result.caller.appId.isEmpty());
    }
}

void TestTokenAuthority::sameSeedVerifiesAcrossInstances()
{
    const QString token = TokenAuthority(seed, tenant).issue(delegatedGrant(), now);
    QCOMPARE(TokenAuthority(seed, tenant).issue(delegatedGrant(), now), token); // deterministic
    QVERIFY(TokenAuthority(seed, tenant).verify(token, now.addSecs(5)).ok);
    QVERIFY(!TokenAuthority(7, tenant).verify(token, now.addSecs(5)).ok);
}

void TestTokenAuthority::randomTokens()
{
    TokenAuthority first(seed, tenant);
    TokenAuthority second(seed, tenant);
    TokenAuthority other(seed + 1, tenant);

    const QString a = first.randomToken(32);
    QCOMPARE(a.size(), 43); // 32 bytes → 43 base64url characters, no padding
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]+$"_s).match(a).hasMatch());
    QCOMPARE(second.randomToken(32), a);
    QVERIFY(other.randomToken(32) != a);

    QSet<QString> seen{a};
    for (int i = 0; i < 200; ++i)
        seen.insert(first.randomToken(16));
    QCOMPARE(seen.size(), 201);
    QCOMPARE(first.randomToken(100).size(), 134);
    QCOMPARE(first.randomToken(1).size(), 2);
}

void TestTokenAuthority::base64Url_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("no padding") << QByteArray("YWI") << true;
    QTest::newRow("url alphabet") << QByteArray("-_-_") << true;
    QTest::newRow("padding") << QByteArray("YWI=") << false;
    QTest::newRow("standard alphabet") << QByteArray("+/+/") << false;
    QTest::newRow("impossible length") << QByteArray("YWJjZ") << false;
    QTest::newRow("space") << QByteArray("YW I") << false;
}

void TestTokenAuthority::base64Url()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    const std::optional<QByteArray> decoded = TokenAuthority::fromBase64Url(text);
    QCOMPARE(decoded.has_value(), valid);
    if (valid)
        QCOMPARE(TokenAuthority::base64Url(*decoded), text);
}

void TestTokenAuthority::hasAny_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<bool>("expected");
    const QStringList readWrite{u"DeviceManagementServiceConfig.ReadWrite.All"_s};
    QTest::newRow("scope") << readWrite << QStringList() << true;
    QTest::newRow("role") << QStringList() << readWrite << true;
    QTest::newRow("case-insensitive") << QStringList{u"devicemanagementserviceconfig.read.all"_s} << QStringList()
                                      << true;
    QTest::newRow("none") << QStringList() << QStringList() << false;
    QTest::newRow("other permission") << QStringList{u"Group.Read.All"_s} << QStringList{u"User.Read.All"_s} << false;
    QTest::newRow("prefix is not a match") << QStringList{u"DeviceManagementServiceConfig"_s} << QStringList() << false;
}

void TestTokenAuthority::hasAny()
{
    QFETCH(QStringList, scopes);
    QFETCH(QStringList, roles);
    QFETCH(bool, expected);
    Caller caller;
    caller.scopes = scopes;
    caller.roles = roles;
    QCOMPARE(caller.hasAny({"DeviceManagementServiceConfig.Read.All", "DeviceManagementServiceConfig.ReadWrite.All"}),
             expected);
}

QTEST_GUILESS_MAIN(TestTokenAuthority)
#include "tst_TokenAuthority.moc"
