#include "auth/TokenClaims.h"

#include "TestJwt.h"

#include <QJsonArray>
#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

class TestTokenClaims final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void delegatedToken();
    void appOnlyToken();
    void identityFallbacks();
    void malformed_data();
    void malformed();
    void wrongTypesAreIgnored();
};

void TestTokenClaims::delegatedToken()
{
    const QDateTime expires = QDateTime::fromSecsSinceEpoch(1'900'000'000, Qt::UTC);
    const auto claims = TokenClaims::fromJwt(test::makeUserToken(expires));
    QVERIFY(claims.ok());
    const TokenClaims &c = claims.value();
    QCOMPARE(c.tenantId, u"11111111-2222-3333-4444-555555555555"_s);
    QCOMPARE(c.userPrincipalName, u"adele@contoso.com"_s);
    QCOMPARE(c.displayName, u"Adele Vance"_s);
    QCOMPARE(c.appId, u"14d82eec-204b-4c2f-b7e8-296a70dab67e"_s);
    QCOMPARE(c.scopes, (QStringList{u"DeviceManagementServiceConfig.ReadWrite.All"_s, u"Group.Read.All"_s}));
    QCOMPARE(c.expiresAt, expires);
    QCOMPARE(c.issuedAt, expires.addSecs(-3600));
    QVERIFY(!c.isAppOnly());
    QVERIFY(!c.isExpired(expires.addSecs(-1)));
    QVERIFY(c.isExpired(expires));
    QCOMPARE(c.identityLabel(), u"Adele Vance (adele@contoso.com)"_s);
}

void TestTokenClaims::appOnlyToken()
{
    const QString token =
            test::makeJwt(QJsonObject{{u"tid"_s, u"t"_s},
                                      {u"appid"_s, u"app-guid"_s},
                                      {u"app_displayname"_s, u"Help desk automation"_s},
                                      {u"roles"_s, QJsonArray{u"DeviceManagementServiceConfig.Read.All"_s, 42}}});
    const auto claims = TokenClaims::fromJwt(token);
    QVERIFY(claims.ok());
    QVERIFY(claims.value().isAppOnly());
    QCOMPARE(claims.value().roles, QStringList{u"DeviceManagementServiceConfig.Read.All"_s});
    QCOMPARE(claims.value().identityLabel(), u"App: Help desk automation (app-guid)"_s);
    QVERIFY(!claims.value().expiresAt.isValid());
    QVERIFY(!claims.value().isExpired(QDateTime::currentDateTimeUtc()));
}

void TestTokenClaims::identityFallbacks()
{
    auto label = [](const QJsonObject &payload) {
        return TokenClaims::fromJwt(test::makeJwt(payload)).value().identityLabel();
    };
    QCOMPARE(label({{u"preferred_username"_s, u"x@y.com"_s}}), u"x@y.com"_s);
    QCOMPARE(label({{u"unique_name"_s, u"live.com#x@y.com"_s}, {u"name"_s, u"live.com#x@y.com"_s}}),
             u"live.com#x@y.com"_s);
    QCOMPARE(label({{u"azp"_s, u"client"_s}}), u"App: client"_s);
    QCOMPARE(label({}), u"Unknown identity"_s);
}

void TestTokenClaims::malformed_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("empty") << QString();
    QTest::newRow("opaque") << u"EwBwA8l6BAAU"_s;
    QTest::newRow("two parts") << u"eyJhbGciOiJub25lIn0.eyJ0aWQiOiJ0In0"_s;
    QTest::newRow("four parts") << u"a.b.c.d"_s;
    QTest::newRow("bad base64") << u"eyJhbGciOiJub25lIn0.!!!.sig"_s;
    QTest::newRow("payload not json") << (u"eyJhbGciOiJub25lIn0."_s
                                          + QString::fromLatin1(
                                                  QByteArray("not json").toBase64(QByteArray::Base64UrlEncoding))
                                          + u".sig"_s);
    QTest::newRow("payload array") << (u"eyJhbGciOiJub25lIn0."_s
                                       + QString::fromLatin1(
                                               QByteArray("[1,2]").toBase64(QByteArray::Base64UrlEncoding))
                                       + u".sig"_s);
}

void TestTokenClaims::malformed()
{
    QFETCH(QString, token);
    const auto claims = TokenClaims::fromJwt(token);
    QVERIFY(!claims.ok());
    QVERIFY(!claims.error().isEmpty());
}

void TestTokenClaims::wrongTypesAreIgnored()
{
    const QString token = test::makeJwt(QJsonObject{{u"tid"_s, 5},
                                                    {u"upn"_s, QJsonArray{}},
                                                    {u"exp"_s, u"soon"_s},
                                                    {u"scp"_s, 17},
                                                    {u"roles"_s, u"notAnArray"_s}});
    const auto claims = TokenClaims::fromJwt(token);
    QVERIFY(claims.ok());
    QVERIFY(claims.value().tenantId.isEmpty());
    QVERIFY(claims.value().userPrincipalName.isEmpty());
    QVERIFY(!claims.value().expiresAt.isValid());
    QVERIFY(claims.value().scopes.isEmpty());
    QVERIFY(claims.value().roles.isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenClaims)
#include "tst_TokenClaims.moc"
