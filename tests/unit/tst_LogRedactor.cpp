#include "core/LogRedactor.h"

#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

class TestLogRedactor final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redacts_data();
    void redacts();
    void keepsDiagnostics_data();
    void keepsDiagnostics();
};

namespace {
const QString jwt =
        u"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJ1cG4iOiJhZGVsZUBjb250b3NvLmNvbSJ9.c2lnbmF0dXJlLXBhcnQtaGVyZQ"_s;
}

void TestLogRedactor::redacts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::newRow("authorization header") << u"Authorization: Bearer abc.def-ghi"_s << u"abc.def-ghi"_s;
    QTest::newRow("authorization json") << u"{\"Authorization\": \"Bearer opaque123\"}"_s << u"opaque123"_s;
    QTest::newRow("bearer alone") << u"sent bearer Zm9vYmFyYmF6 to host"_s << u"Zm9vYmFyYmF6"_s;
    QTest::newRow("basic") << u"proxy Basic dXNlcjpwYXNz"_s << u"dXNlcjpwYXNz"_s;
    QTest::newRow("bare jwt") << (u"token was "_s + jwt) << jwt.section(u'.', 1, 1);
    QTest::newRow("jwt signature") << (u"x "_s + jwt + u" y"_s) << jwt.section(u'.', 2, 2);
    QTest::newRow("form access_token") << u"access_token=0.AAAAsecret&token_type=Bearer"_s << u"0.AAAAsecret"_s;
    QTest::newRow("json refresh_token") << u"{\"refresh_token\":\"1.AQRrefresh\",\"x\":1}"_s << u"1.AQRrefresh"_s;
    QTest::newRow("client_secret") << u"client_secret=Abc~123.xyz"_s << u"Abc~123.xyz"_s;
    QTest::newRow("client secret camel") << u"clientSecret: s3cr3t!"_s << u"s3cr3t!"_s;
    QTest::newRow("code_verifier") << u"code_verifier=verifier-value-43-chars-long-aaaaaaaaaaaaa"_s
                                   << u"verifier-value-43-chars-long-aaaaaaaaaaaaa"_s;
    QTest::newRow("client_assertion") << u"client_assertion=assertionvalue"_s << u"assertionvalue"_s;
    QTest::newRow("device_code") << u"\"device_code\": \"DAQABAAEAAAD\""_s << u"DAQABAAEAAAD"_s;
    QTest::newRow("password") << u"proxy password=hunter2"_s << u"hunter2"_s;
    QTest::newRow("redirect code") << u"GET /?code=0.AXYZauthcode&state=abc123 HTTP/1.1"_s << u"0.AXYZauthcode"_s;
    QTest::newRow("redirect state") << u"GET /?code=0.AXYZauthcode&state=abc123 HTTP/1.1"_s << u"abc123"_s;
    QTest::newRow("token key") << u"token: plainvalue"_s << u"plainvalue"_s;
}

void TestLogRedactor::redacts()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    const QString redacted = LogRedactor::redact(text);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY2(redacted.contains(LogRedactor::marker), qPrintable(redacted));
}

void TestLogRedactor::keepsDiagnostics_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("graph error code") << u"{\"error\":{\"code\":\"BadRequest\",\"message\":\"Invalid filter\"}}"_s;
    QTest::newRow("request id") << u"request-id: 8f1c2e3a-1111-2222-3333-444455556666"_s;
    QTest::newRow("url") << u"GET https://graph.microsoft.com/beta/deviceManagement/windowsAutopilotDeviceIdentities"_s;
    QTest::newRow("prose") << u"Loaded an access token from token.txt fingerprint sha256:0a1b2c"_s;
    QTest::newRow("token type") << u"token_type Bearer"_s;
}

void TestLogRedactor::keepsDiagnostics()
{
    QFETCH(QString, text);
    QCOMPARE(LogRedactor::redact(text), text);
}

QTEST_GUILESS_MAIN(TestLogRedactor)
#include "tst_LogRedactor.moc"
