// PKCE and state generation (RFC 7636), and the sentences IdentityClient::describe() gives for the
// identity platform's errors.

#include "auth/BrowserSignIn.h"
#include "auth/IdentityClient.h"
#include "auth/LoopbackListener.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

class TestPkce final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void challengeVectors();
    void verifier();
    void state();
    void describeIdentityErrors_data();
    void describeIdentityErrors();
    void describeFallsBack();
    void localErrors();
    void pagesAreEscaped();
};

void TestPkce::challengeVectors()
{
    // base64url(SHA-256(verifier)) without padding, computed outside Qt (Python hashlib/base64).
    QCOMPARE(BrowserSignIn::challengeFor(u"dBjftJeZ4CVP-mJ92IZJ7qjxtJEN3uZ7U9KTmL4LW3Q"_s),
             u"9VNXcHXCkKxSJBAWCf_7axWY4G2u8PfDuBYvSUeRYhM"_s);
    QCOMPARE(BrowserSignIn::challengeFor(QString(43, u'a') + u"-._~"_s),
             u"ZJs5hbMChd-OA_AYtC3UYie0U-g-dEfAPhPlci0hRik"_s);
    QCOMPARE(BrowserSignIn::challengeFor(QString(128, u'Z')), u"NJ1l6bod57ChP5o-rcxbAgLxXWAI_pR38qe4D2GUsg8"_s);
}

void TestPkce::verifier()
{
    static const QRegularExpression allowed(u"^[A-Za-z0-9._~-]+$"_s);
    QSet<QString> seen;
    QSet<QChar> characters;
    for (int i = 0; i < 200; ++i) {
        const QString verifier = BrowserSignIn::createVerifier();
        QCOMPARE(verifier.size(), BrowserSignIn::verifierLength);
        QVERIFY(allowed.match(verifier).hasMatch());
        seen.insert(verifier);
        for (const QChar c : verifier)
            characters.insert(c);
        const QString challenge = BrowserSignIn::challengeFor(verifier);
        QCOMPARE(challenge.size(), 43);
        QVERIFY(!challenge.contains(u'='));
    }
    QCOMPARE(seen.size(), 200);
    QVERIFY(characters.size() > 60); // the whole alphabet of 66 is in use
    QCOMPARE(BrowserSignIn::createVerifier(10).size(), 43); // RFC 7636 bounds
    QCOMPARE(BrowserSignIn::createVerifier(500).size(), 128);
}

void TestPkce::state()
{
    static const QRegularExpression base64Url(u"^[A-Za-z0-9_-]+$"_s);
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString state = BrowserSignIn::createState();
        QCOMPARE(state.size(), 43); // 32 bytes
        QVERIFY(base64Url.match(state).hasMatch());
        QCOMPARE(QByteArray::fromBase64(state.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32);
        seen.insert(state);
    }
    QCOMPARE(seen.size(), 200);
}

void TestPkce::describeIdentityErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("start");
    QTest::newRow("wrong tenant") << QByteArray(
            R"({"error":"invalid_request","error_description":"AADSTS90002: Tenant 'x' not found.","error_codes":[90002]})")
                                  << u"The tenant was not found."_s;
    QTest::newRow("app not in tenant / cloud") << QByteArray(
            R"({"error":"unauthorized_client","error_description":"AADSTS700016: Application not found","error_codes":[700016]})")
                                               << u"The app (client ID) is not known in this tenant."_s;
    QTest::newRow("consent by code") << QByteArray(
            R"({"error":"consent_required","error_description":"needs consent"})")
                                     << u"The app has no consent"_s;
    QTest::newRow("consent by number") << QByteArray(
            R"({"error":"invalid_grant","error_description":"AADSTS65001: The user or administrator has not consented"})")
                                       << u"The app has no consent"_s;
    QTest::newRow("clock skew") << QByteArray(
            R"({"error":"invalid_client","error_description":"AADSTS700024: Client assertion is not within its valid time range.","error_codes":[700024]})")
                                << u"The certificate assertion is outside its valid time. Check this computer's date"_s;
    QTest::newRow("pkce") << QByteArray(R"({"error":"invalid_grant","error_codes":[501481]})")
                          << u"The sign-in could not be verified: the proof key (PKCE)"_s;
    QTest::newRow("redirect uri") << QByteArray(R"({"error":"invalid_request","error_codes":[50011]})")
                                  << u"The redirect address does not match"_s;
    QTest::newRow("bad secret") << QByteArray(R"({"error":"invalid_client","error_codes":[7000215]})")
                                << u"The client secret is not valid."_s;
    QTest::newRow("access denied") << QByteArray(R"({"error":"access_denied"})")
                                   << u"The sign-in was cancelled or refused in the browser."_s;
    QTest::newRow("declined") << QByteArray(R"({"error":"authorization_declined"})") << u"The sign-in was declined."_s;
    QTest::newRow("expired device code") << QByteArray(R"({"error":"expired_token"})")
                                         << u"The code expired before the sign-in was completed."_s;
}

void TestPkce::describeIdentityErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, start);
    const GraphError error = GraphError::fromResponse(400, body, {}, QDateTime::currentDateTimeUtc());
    const QString sentence = IdentityClient::describe(error);
    QVERIFY2(sentence.startsWith(start), qPrintable(sentence));
    QVERIFY(sentence != error.summary());
}

void TestPkce::describeFallsBack()
{
    const GraphError unknown =
            GraphError::fromResponse(400, R"({"error":"something_new","error_description":"AADSTS999999: Odd."})", {},
                                     QDateTime::currentDateTimeUtc());
    QCOMPARE(IdentityClient::describe(unknown), unknown.summary());
    const GraphError transport = GraphError::fromTransport(1, u"Connection refused"_s, QString());
    QCOMPARE(IdentityClient::describe(transport), u"Microsoft sign-in could not be reached: Connection refused."_s);
}

void TestPkce::localErrors()
{
    const GraphError error = IdentityClient::localError(u"ed_state_mismatch"_s, u"It did not match."_s);
    QCOMPARE(IdentityClient::describe(error), u"It did not match."_s);
    QVERIFY(error.details().contains(u"It did not match."_s));
    QVERIFY(error.date.isValid());
    // A server cannot pose as a local error: it always has an HTTP status.
    const GraphError server =
            GraphError::fromResponse(400, R"({"error":"ed_state_mismatch","error_description":"<b>trust me</b>"})", {},
                                     QDateTime::currentDateTimeUtc());
    QVERIFY(IdentityClient::describe(server) != u"<b>trust me</b>"_s);
}

void TestPkce::pagesAreEscaped()
{
    LoopbackListener listener;
    const QByteArray page = listener.errorPage(u"<script>x</script>"_s, u"a & b \"c\""_s);
    QVERIFY(!page.contains("<script>"));
    QVERIFY(page.contains("&lt;script&gt;x&lt;/script&gt;"));
    QVERIFY(page.contains("a &amp; b &quot;c&quot;"));
    QVERIFY(listener.successPage().contains("You can close this tab and return to Enrollment Desk."));
    QVERIFY(!listener.isListening());
    QCOMPARE(listener.port(), quint16(0));
}

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_Pkce.moc"
