#include "graph/HttpLog.h"

#include "TestJwt.h"
#include "core/LogRedactor.h"

#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

class TestHttpLog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestLineHidesSecrets_data();
    void requestLineHidesSecrets();
    void responseLineHidesSecrets_data();
    void responseLineHidesSecrets();
    void redactUrl_data();
    void redactUrl();
    void requestFields();
    void responseFields();
    void truncation_data();
    void truncation();
    void secretAtTheCutIsGone();
    void oneLinePerMessage();
    void binaryBody();
    void redactedExcerpt();
};

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

const QString jwt = test::makeUserToken(QDateTime(QDate(2026, 10, 21), QTime(8, 0), Qt::UTC));

QString signatureOf(const QString &token)
{
    return token.section(u'.', 2);
}

} // namespace

void TestHttpLog::requestLineHidesSecrets_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("secrets");

    const QUrl graph(u"https://graph.microsoft.com/beta/deviceManagement/windowsAutopilotDeviceIdentities"_s);
    const QUrl token(u"https://login.microsoftonline.com/organizations/oauth2/v2.0/token"_s);
    const Headers form{{"Content-Type", "application/x-www-form-urlencoded"}};

    QTest::newRow("bearer token header") << graph << Headers{{"Authorization", "Bearer " + jwt.toLatin1()}}
                                         << QByteArray()
                                         << QStringList{jwt.section(u'.', 0, 0), jwt.section(u'.', 1, 1),
                                                        signatureOf(jwt)};
    QTest::newRow("opaque bearer token") << graph << Headers{{"authorization", "Bearer 0.AAAAopaque-value"}}
                                         << QByteArray() << QStringList{u"0.AAAAopaque-value"_s};
    QTest::newRow("raw token without scheme") << graph << Headers{{"Authorization", "rawtokenvalue123"}} << QByteArray()
                                              << QStringList{u"rawtokenvalue123"_s};
    QTest::newRow("basic") << token << Headers{{"Authorization", "Basic Y2xpZW50OnNlY3JldA=="}} << QByteArray()
                           << QStringList{u"Y2xpZW50OnNlY3JldA"_s};
    QTest::newRow("proxy authorization") << graph << Headers{{"Proxy-Authorization", "Basic cHJveHk6cGFzcw=="}}
                                         << QByteArray() << QStringList{u"cHJveHk6cGFzcw"_s};
    QTest::newRow("cookie") << graph << Headers{{"Cookie", "session=s3ss10n"}} << QByteArray()
                            << QStringList{u"s3ss10n"_s};
    QTest::newRow("api key header") << graph << Headers{{"x-api-key", "k3y-value"}} << QByteArray()
                                    << QStringList{u"k3y-value"_s};
    QTest::newRow("code and state in url")
            << QUrl(u"http://localhost:53123/?code=0.AXYZauthcode&state=st4te-value&session_state=sess-1"_s)
            << Headers() << QByteArray() << QStringList{u"0.AXYZauthcode"_s, u"st4te-value"_s, u"sess-1"_s};
    QTest::newRow("credentials in url") << QUrl(
            u"https://login.example/t?client_secret=Abc~123.xyz&access_token=at-1&refresh_token=rt-1"
            "&code_verifier=cv-1&client_assertion=ca-1&password=pw-1&id_token=it-1&device_code=dc-1"_s)
                                        << Headers() << QByteArray()
                                        << QStringList{u"Abc~123.xyz"_s, u"at-1"_s, u"rt-1"_s, u"cv-1"_s,
                                                       u"ca-1"_s,        u"pw-1"_s, u"it-1"_s, u"dc-1"_s};
    QTest::newRow("upper-case and encoded keys")
            << QUrl(u"https://login.example/t?Client_Secret=upper-secret&%63ode=encoded-code"_s) << Headers()
            << QByteArray() << QStringList{u"upper-secret"_s, u"encoded-code"_s};
    QTest::newRow("token in fragment") << QUrl(u"https://app.example/cb#access_token=frag-token&state=frag-state"_s)
                                       << Headers() << QByteArray() << QStringList{u"frag-token"_s, u"frag-state"_s};
    QTest::newRow("password in user info") << QUrl(u"https://user:hunter2@graph.microsoft.com/v1.0/me"_s) << Headers()
                                           << QByteArray() << QStringList{u"hunter2"_s};
    QTest::newRow("jwt in path") << QUrl(u"https://graph.microsoft.com/v1.0/x/"_s + jwt) << Headers() << QByteArray()
                                 << QStringList{signatureOf(jwt)};
    QTest::newRow("authorization code form")
            << token << form
            << QByteArray("client_id=14d82eec&grant_type=authorization_code&code=0.AXYform-code"
                          "&redirect_uri=http%3A%2F%2Flocalhost&code_verifier=verifier-43-chars&scope=openid")
            << QStringList{u"0.AXYform-code"_s, u"verifier-43-chars"_s};
    QTest::newRow("code first in form") << token << form
                                        << QByteArray("code=first-code-value&grant_type=authorization_code")
                                        << QStringList{u"first-code-value"_s};
    QTest::newRow("form without content type")
            << token << Headers() << QByteArray("code=untyped-code&grant_type=authorization_code")
            << QStringList{u"untyped-code"_s};
    QTest::newRow("client secret form")
            << token << form << QByteArray("grant_type=client_credentials&client_secret=Abc%7E123.xyz&client_id=x")
            << QStringList{u"Abc%7E123.xyz"_s, u"Abc~123.xyz"_s};
    QTest::newRow("client assertion form") << token << form
                                           << QByteArray("grant_type=client_credentials&client_assertion_type=urn%"
                                                         "3Aietf%3Aparams%3Aoauth%3Aclient-assertion-"
                                                         "type%3Ajwt-bearer&client_assertion="
                                                         + jwt.toLatin1())
                                           << QStringList{jwt.section(u'.', 1, 1), signatureOf(jwt)};
    QTest::newRow("refresh token form") << token << form
                                        << QByteArray("grant_type=refresh_token&refresh_token=1.AQrefresh-value")
                                        << QStringList{u"1.AQrefresh-value"_s};
    QTest::newRow("json body") << graph << Headers{{"Content-Type", "application/json"}}
                               << QByteArray(R"({"password":"json-pass","refresh_token":"json-rt"})")
                               << QStringList{u"json-pass"_s, u"json-rt"_s};
}

void TestHttpLog::requestLineHidesSecrets()
{
    QFETCH(QUrl, url);
    QFETCH(Headers, headers);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, secrets);
    const QString line = HttpLog::requestLine("POST", url, headers, body, u"crid-1"_s);
    for (const QString &secret : secrets)
        QVERIFY2(!line.contains(secret), qPrintable(line));
    if (url.userInfo().isEmpty()) // user info is dropped, not marked
        QVERIFY2(line.contains(LogRedactor::marker), qPrintable(line));
}

void TestHttpLog::responseLineHidesSecrets_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("secrets");
    QTest::newRow("token response") << QByteArray(
            R"({"token_type":"Bearer","scope":"openid","expires_in":3599,"access_token":")" + jwt.toUtf8()
            + R"(","refresh_token":"1.AQrefresh","id_token":")" + jwt.toUtf8() + R"("})")
                                    << QStringList{signatureOf(jwt), u"1.AQrefresh"_s};
    QTest::newRow("device code") << QByteArray(R"({"device_code":"DAQABAAEAAAD","user_code":"ABCD-EFGH"})")
                                 << QStringList{u"DAQABAAEAAAD"_s};
    QTest::newRow("bare jwt") << jwt.toUtf8() << QStringList{signatureOf(jwt)};
}

void TestHttpLog::responseLineHidesSecrets()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, secrets);
    const QString line =
            HttpLog::responseLine("POST", QUrl(u"https://login.microsoftonline.com/common/oauth2/v2.0/token"_s), 200,
                                  87, u"rid"_s, u"crid"_s, body);
    for (const QString &secret : secrets)
        QVERIFY2(!line.contains(secret), qPrintable(line));
    QVERIFY(line.contains(LogRedactor::marker));
}

void TestHttpLog::redactUrl_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("graph list kept")
            << QUrl(u"https://graph.microsoft.com/beta/deviceManagement/windowsAutopilotDeviceIdentities"
                    "?$filter=contains(serialNumber,'AB12')&$top=100"_s)
            << u"https://graph.microsoft.com/beta/deviceManagement/windowsAutopilotDeviceIdentities"
               "?$filter=contains(serialNumber,'AB12')&$top=100"_s;
    QTest::newRow("skiptoken kept")
            << QUrl::fromEncoded("https://graph.microsoft.com/beta/deviceManagement/windowsAutopilotDeviceIdentities"
                                 "?$top=1000&$skiptoken=LastSerialNumber%3D%27ABC123%27")
            << u"https://graph.microsoft.com/beta/deviceManagement/windowsAutopilotDeviceIdentities"
               "?$top=1000&$skiptoken=LastSerialNumber%3D%27ABC123%27"_s;
    QTest::newRow("redirect") << QUrl(u"http://localhost:53123/?code=0.AXYZ&state=abc&x=1"_s)
                              << u"http://localhost:53123/?code=[redacted]&state=[redacted]&x=1"_s;
    QTest::newRow("authorize request keeps its options")
            << QUrl(u"https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=14d8&response_type=code"
                    "&code_challenge=chal&code_challenge_method=S256&state=s"_s)
            << u"https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=14d8&response_type=code"
               "&code_challenge=chal&code_challenge_method=S256&state=[redacted]"_s;
    QTest::newRow("fragment") << QUrl(u"https://app.example/cb#access_token=t&token_type=Bearer"_s)
                              << u"https://app.example/cb#access_token=[redacted]&token_type=Bearer"_s;
    QTest::newRow("user info") << QUrl(u"https://u:p@graph.microsoft.com/v1.0/groups"_s)
                               << u"https://graph.microsoft.com/v1.0/groups"_s;
    QTest::newRow("empty") << QUrl() << QString();
}

void TestHttpLog::redactUrl()
{
    QFETCH(QUrl, url);
    QTEST(HttpLog::redactUrl(url), "expected");
}

void TestHttpLog::requestFields()
{
    const QString line = HttpLog::requestLine(
            "PATCH", QUrl(u"https://graph.microsoft.com/beta/deviceManagement/deviceEnrollmentConfigurations/c1"_s),
            {{"Authorization", "Bearer"}, {"client-request-id", "crid-42"}, {"ConsistencyLevel", "eventual"}},
            R"({"@odata.type":"#microsoft.graph.deviceEnrollmentLimitConfiguration","limit":7})", u"crid-42"_s);
    QVERIFY2(line.startsWith(u"-> PATCH https://graph.microsoft.com/beta/deviceManagement/"
                             "deviceEnrollmentConfigurations/c1 client-request-id=crid-42 "_s),
             qPrintable(line));
    QVERIFY2(line.contains(u"Authorization: \"Bearer [redacted]\""_s), qPrintable(line));
    QVERIFY(line.contains(u"ConsistencyLevel: \"eventual\""_s));
    QCOMPARE(line.count(u"crid-42"_s), 1); // the header is not repeated
    QVERIFY(line.contains(u"body (79 bytes): {\"@odata.type\":\"#microsoft.graph.deviceEnrollmentLimitConfiguration\","
                          "\"limit\":7}"_s));
    QVERIFY(!line.contains(u'…'));

    // LogSink redacts every message again: only the Authorization value may change.
    const QString logged = LogRedactor::redact(line);
    QVERIFY2(logged.contains(u"Authorization: \"[redacted]\", ConsistencyLevel: \"eventual\"]"_s), qPrintable(logged));
    QCOMPARE(logged.mid(logged.indexOf(u"ConsistencyLevel"_s)), line.mid(line.indexOf(u"ConsistencyLevel"_s)));

    const QString empty = HttpLog::requestLine("GET", QUrl(u"https://graph.microsoft.com/v1.0/groups"_s), {}, {}, {});
    QCOMPARE(empty, u"-> GET https://graph.microsoft.com/v1.0/groups client-request-id=- headers=[] body: none"_s);
}

void TestHttpLog::responseFields()
{
    const QString line = HttpLog::responseLine(
            "GET", QUrl(u"https://graph.microsoft.com/beta/deviceManagement/windowsAutopilotDeviceIdentities/x"_s), 404,
            123, u"rid-9"_s, u"crid-9"_s, R"({"error":{"code":"ResourceNotFound","message":"gone"}})");
    QCOMPARE(line,
             u"<- 404 GET https://graph.microsoft.com/beta/deviceManagement/windowsAutopilotDeviceIdentities/x 123 ms "
             "request-id=rid-9 client-request-id=crid-9 body (54 bytes): "
             "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"gone\"}}"_s);
    const QString noStatus = HttpLog::responseLine("GET", QUrl(u"https://graph.microsoft.com/v1.0/me"_s), 0, 30000,
                                                   QString(), u"c"_s, {});
    QCOMPARE(noStatus,
             u"<- (no status) GET https://graph.microsoft.com/v1.0/me 30000 ms request-id=- "
             "client-request-id=c body: none"_s);
    QCOMPARE(LogRedactor::redact(line), line); // stable under LogSink's redaction
    QCOMPARE(LogRedactor::redact(noStatus), noStatus);
}

void TestHttpLog::truncation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("cut");
    QTest::newRow("short") << QByteArray(100, 'a') << false;
    QTest::newRow("exactly 512") << QByteArray(512, 'a') << false;
    QTest::newRow("513") << QByteArray(513, 'a') << true;
    QTest::newRow("large page") << QByteArray(5 * 1024 * 1024, 'a') << true;
    QTest::newRow("two-byte characters") << QByteArray("\xC3\xA9").repeated(700) << true;
    QTest::newRow("three-byte characters") << QByteArray("\xE2\x82\xAC").repeated(700) << true;
    QTest::newRow("four-byte characters") << QByteArray("\xF0\x9F\x98\x80").repeated(300) << true;
}

void TestHttpLog::truncation()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, cut);
    const QString line = HttpLog::responseLine("GET", QUrl(u"https://graph.microsoft.com/v1.0/groups"_s), 200, 5,
                                               u"r"_s, u"c"_s, body);
    const QString prefix = u"body (%1 bytes): "_s.arg(body.size());
    QVERIFY2(line.contains(prefix), qPrintable(line.left(300)));
    QString shown = line.mid(line.indexOf(prefix) + prefix.size());
    QCOMPARE(shown.endsWith(u'…'), cut);
    if (cut)
        shown.chop(1);
    QVERIFY(shown.toUtf8().size() <= HttpLog::maxLoggedBodyBytes);
    QVERIFY(shown.toUtf8().size() > HttpLog::maxLoggedBodyBytes - 4 || !cut);
    QVERIFY(!shown.contains(QChar::ReplacementCharacter));
    QVERIFY(body.startsWith(shown.toUtf8()));
}

void TestHttpLog::secretAtTheCutIsGone()
{
    // The secret starts just before the 512-byte cut: redaction happens first, so no part of it shows.
    const QByteArray body = QByteArray(500, 'x') + " access_token=SECRETVALUE0123456789";
    const QString line = HttpLog::responseLine("POST", QUrl(u"https://login.example/token"_s), 200, 1, {}, {}, body);
    QVERIFY2(!line.contains(u"SECRE"_s), qPrintable(line));
    const QByteArray jwtBody = QByteArray(480, 'x') + ' ' + jwt.toUtf8();
    const QString jwtLine =
            HttpLog::responseLine("POST", QUrl(u"https://login.example/token"_s), 200, 1, {}, {}, jwtBody);
    QVERIFY2(!jwtLine.contains(jwt.left(20)), qPrintable(jwtLine));
}

void TestHttpLog::oneLinePerMessage()
{
    const QByteArray body = "<html>\r\n<body>\n\tBad gateway\x01</body></html>";
    const QString line =
            HttpLog::responseLine("GET", QUrl(u"https://graph.microsoft.com/v1.0/me"_s), 502, 9, {}, {}, body);
    QVERIFY(!line.contains(u'\n'));
    QVERIFY(!line.contains(u'\r'));
    QVERIFY(line.contains(u"<html>\\r\\n<body>\\n\\tBad gateway\\x01</body>"_s));
    const QString request = HttpLog::requestLine("GET", QUrl(u"https://graph.microsoft.com/v1.0/me"_s),
                                                 {{"X-Odd", "a\nb"}}, {}, u"c\nd"_s);
    QVERIFY(!request.contains(u'\n'));
}

void TestHttpLog::binaryBody()
{
    const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    const QString line = HttpLog::responseLine("GET", QUrl(u"https://graph.microsoft.com/v1.0/me/photo/$value"_s), 200,
                                               3, {}, {}, png);
    QVERIFY2(line.endsWith(u"body (16 bytes): binary"_s), qPrintable(line));
}

void TestHttpLog::redactedExcerpt()
{
    const QByteArray body = "<html><p>Authorization: Bearer " + jwt.toUtf8() + "</p>" + QByteArray(4000, 'y');
    const QByteArray excerpt = HttpLog::redactedExcerpt(body, 2048);
    QVERIFY(excerpt.size() <= 2048);
    QVERIFY(excerpt.startsWith("<html><p>Authorization: [redacted]"));
    QVERIFY(!excerpt.contains(signatureOf(jwt).toUtf8()));
    QVERIFY(HttpLog::redactedExcerpt({}, 2048).isEmpty());
    QCOMPARE(HttpLog::redactedExcerpt("short", 2048), QByteArray("short"));
    QCOMPARE(HttpLog::redactedExcerpt("line 1\nline 2", 2048), QByteArray("line 1\nline 2"));
}

QTEST_GUILESS_MAIN(TestHttpLog)
#include "tst_HttpLog.moc"
