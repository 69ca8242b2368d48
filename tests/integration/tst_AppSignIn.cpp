// AppSignIn (client credentials, graph.md §8.4) against the emulator's identity platform over
// loopback HTTP: the demo automation app with its secret and with a certificate assertion signed by
// the committed demo key, a wrong secret, a certificate the app does not know, a public client
// with a secret, cancel, and no secret in any log line or header.

#include "EmulatorFixture.h"
#include "SignInFixtures.h"
#include "auth/AppSignIn.h"
#include "auth/ClientAssertion.h"
#include "auth/IdentityClient.h"
#include "auth/TokenClaims.h"
#include "emulator/IdentityApi.h"
#include "emulator/RequestLog.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

namespace {

QString formValue(const QByteArray &body, const QString &name)
{
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals > 0 && QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(equals))) == name)
            return QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(equals + 1)));
    }
    return {};
}

QList<emu::RequestLogEntry> tokenRequests(EmulatorFixture &fixture)
{
    QList<emu::RequestLogEntry> result;
    for (const emu::RequestLogEntry &entry : fixture.host().log().entries())
        if (entry.path.endsWith("/oauth2/v2.0/token"_L1))
            result.append(entry);
    return result;
}

// A fresh RSA key and self-signed certificate, as PEM: a certificate no app registration knows.
std::pair<QByteArray, QByteArray> strangerPem()
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048});
    X509 *x509 = X509_new();
    X509_set_version(x509, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x509), 7);
    X509_gmtime_adj(X509_getm_notBefore(x509), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x509), 86400L * 365);
    X509_set_pubkey(x509, key);
    X509_NAME *name = X509_get_subject_name(x509);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Stranger app"), -1,
                               -1, 0);
    X509_set_issuer_name(x509, name);
    X509_sign(x509, key, EVP_sha256());
    BIO *certificateBio = BIO_new(BIO_s_mem());
    BIO *keyBio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(certificateBio, x509);
    PEM_write_bio_PrivateKey(keyBio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long certificateSize = BIO_get_mem_data(certificateBio, &data);
    const QByteArray certificate(data, static_cast<qsizetype>(certificateSize));
    const long keySize = BIO_get_mem_data(keyBio, &data);
    const QByteArray keyPem(data, static_cast<qsizetype>(keySize));
    BIO_free_all(certificateBio);
    BIO_free_all(keyBio);
    X509_free(x509);
    EVP_PKEY_free(key);
    return {certificate, keyPem};
}

} // namespace

class TestAppSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultScopes();
    void secretAccepted();
    void wrongSecret();
    void emptySecretSendsNothing();
    void certificateAccepted();
    void certificateOfAnotherKey();
    void publicClientWithSecret();
    void cancel();

private:
    std::unique_ptr<IdentityClient> client() const;

    std::unique_ptr<EmulatorFixture> m_fixture;
    mutable QNetworkAccessManager m_network;
    std::unique_ptr<MessageCapture> m_capture;
};

void TestAppSignIn::initTestCase()
{
    m_fixture = std::make_unique<EmulatorFixture>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->startError()));
    QLoggingCategory::setFilterRules(u"ed.*=true"_s);
}

void TestAppSignIn::init()
{
    m_fixture->host().log().clear();
    m_capture = std::make_unique<MessageCapture>();
}

void TestAppSignIn::cleanup()
{
    m_capture.reset();
}

std::unique_ptr<IdentityClient> TestAppSignIn::client() const
{
    return std::make_unique<IdentityClient>(m_network, m_fixture->host().baseUrl(),
                                            m_fixture->host().options().tenantId);
}

void TestAppSignIn::defaultScopes()
{
    QCOMPARE(AppSignIn::defaultScope(), u"https://graph.microsoft.com/.default"_s);
    QCOMPARE(AppSignIn::defaultScope(Cloud::UsGov), u"https://graph.microsoft.us/.default"_s);
    QCOMPARE(AppSignIn::defaultScope(Cloud::China), u"https://microsoftgraph.chinacloudapi.cn/.default"_s);
    const auto identity = client();
    const AppSignIn signIn(*identity);
    QCOMPARE(signIn.scope(), AppSignIn::defaultScope());
    QCOMPARE(signIn.state(), AppSignIn::State::Idle);
}

void TestAppSignIn::secretAccepted()
{
    const auto identity = client();
    AppSignIn signIn(*identity);
    QSignalSpy finished(&signIn, &AppSignIn::finished);
    QSignalSpy failed(&signIn, &AppSignIn::failed);
    signIn.startWithSecret(confidentialClient, demoSecret);
    QCOMPARE(signIn.state(), AppSignIn::State::Requesting);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(signIn.state(), AppSignIn::State::Succeeded);

    const TokenResponse token = finished.at(0).at(0).value<TokenResponse>();
    QVERIFY(token.refreshToken.isEmpty()); // client credentials never get one
    QVERIFY(token.expiresInSec > 3000);
    const Expected<TokenClaims> claims = TokenClaims::fromJwt(token.accessToken);
    QVERIFY2(claims, why(claims).constData());
    QVERIFY(claims.value().isAppOnly());
    QVERIFY(claims.value().scopes.isEmpty()); // no scp
    QCOMPARE(claims.value().roles, emu::IdentityApi::appRoles());
    QCOMPARE(claims.value().appId, confidentialClient);
    QCOMPARE(m_fixture->get(devicesPath, {}, token.accessToken).status, 200);

    // One request: the secret in the form, no Authorization header, the Graph .default scope.
    const QList<emu::RequestLogEntry> requests = tokenRequests(*m_fixture);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(formValue(requests.at(0).body, u"grant_type"_s), u"client_credentials"_s);
    QCOMPARE(formValue(requests.at(0).body, u"scope"_s), u"https://graph.microsoft.com/.default"_s);
    QVERIFY(requests.at(0).body.contains("client_secret=")); // the emulator's log keeps the key only
    QVERIFY(!requests.at(0).headers.contains("authorization"));

    const QString logged = MessageCapture::text();
    QVERIFY2(logged.contains("App sign-in"_L1), qPrintable(logged)); // the capture works
    QVERIFY(!logged.contains(demoSecret));
    QVERIFY(!logged.contains("eyJ"_L1)); // no JWT in any log line
}

void TestAppSignIn::wrongSecret()
{
    const auto identity = client();
    AppSignIn signIn(*identity);
    QSignalSpy finished(&signIn, &AppSignIn::finished);
    QSignalSpy failed(&signIn, &AppSignIn::failed);
    const QString wrong = u"not-the-secret-value~42"_s;
    signIn.startWithSecret(confidentialClient, wrong);
    QVERIFY(failed.wait(10'000));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(signIn.state(), AppSignIn::State::Failed);

    const GraphError error = failed.at(0).at(0).value<GraphError>();
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(error.code, u"invalid_client"_s);
    QVERIFY(error.aadstsCodes.contains(7000215));
    QVERIFY2(error.details().contains("AADSTS7000215"_L1), qPrintable(error.details()));
    const QString sentence = failed.at(0).at(1).toString();
    QCOMPARE(sentence, IdentityClient::describe(error));
    QVERIFY2(sentence.contains("client secret"_L1), qPrintable(sentence));
    QVERIFY(!error.details().contains(wrong));
    QVERIFY(!sentence.contains(wrong));
    QVERIFY(!MessageCapture::text().contains(wrong));
}

void TestAppSignIn::emptySecretSendsNothing()
{
    const auto identity = client();
    AppSignIn signIn(*identity);
    QSignalSpy failed(&signIn, &AppSignIn::failed);
    signIn.startWithSecret(confidentialClient, {});
    QCOMPARE(failed.count(), 1);
    QCOMPARE(signIn.state(), AppSignIn::State::Failed);
    QVERIFY2(failed.at(0).at(1).toString().contains("client secret"_L1), qPrintable(failed.at(0).at(1).toString()));
    QTest::qWait(200);
    QCOMPARE(tokenRequests(*m_fixture).size(), 0);
}

void TestAppSignIn::certificateAccepted()
{
    const Expected<ClientAssertion> certificate = ClientAssertion::fromFiles(
            emulatorDataFile("demo-app-certificate.pem"), emulatorDataFile("demo-app-key.pem"), {});
    QVERIFY2(certificate, why(certificate).constData());
    const auto identity = client();
    AppSignIn signIn(*identity);
    QSignalSpy finished(&signIn, &AppSignIn::finished);
    QSignalSpy failed(&signIn, &AppSignIn::failed);
    signIn.startWithCertificate(confidentialClient, certificate.value());
    QVERIFY(finished.wait(10'000));
    QCOMPARE(failed.count(), 0);

    const TokenResponse token = finished.at(0).at(0).value<TokenResponse>();
    const Expected<TokenClaims> claims = TokenClaims::fromJwt(token.accessToken);
    QVERIFY(claims);
    QVERIFY(claims.value().isAppOnly());
    QCOMPARE(claims.value().roles, emu::IdentityApi::appRoles());
    QCOMPARE(m_fixture->get(devicesPath, {}, token.accessToken).status, 200);

    // The emulator verified the assertion (signature, x5t, aud = its token endpoint, iss = sub =
    // the client id, lifetime); its log keeps the form's keys only.
    const QList<emu::RequestLogEntry> requests = tokenRequests(*m_fixture);
    QCOMPARE(requests.size(), 1);
    QVERIFY(!requests.at(0).body.contains("client_secret"));
    QVERIFY(requests.at(0).body.contains("client_assertion="));
    QCOMPARE(formValue(requests.at(0).body, u"client_assertion_type"_s),
             u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s);
    QVERIFY(!MessageCapture::text().contains("eyJ"_L1)); // no JWT (assertion, token) in any log line

    // A second sign-in signs a new assertion (a new jti and times) and works again.
    signIn.startWithCertificate(confidentialClient, certificate.value());
    QVERIFY(finished.wait(10'000));
    QCOMPARE(tokenRequests(*m_fixture).size(), 2);
}

void TestAppSignIn::certificateOfAnotherKey()
{
    const auto [certificatePem, keyPem] = strangerPem();
    const Expected<ClientAssertion> stranger = ClientAssertion::fromPem(certificatePem, keyPem, {});
    QVERIFY2(stranger, why(stranger).constData());
    const auto identity = client();
    AppSignIn signIn(*identity);
    QSignalSpy finished(&signIn, &AppSignIn::finished);
    QSignalSpy failed(&signIn, &AppSignIn::failed);
    signIn.startWithCertificate(confidentialClient, stranger.value());
    QVERIFY(failed.wait(10'000));
    QCOMPARE(finished.count(), 0);
    const GraphError error = failed.at(0).at(0).value<GraphError>();
    QCOMPARE(error.code, u"invalid_client"_s);
    QVERIFY(error.aadstsCodes.contains(700027));
    QVERIFY2(error.details().contains("AADSTS700027"_L1), qPrintable(error.details()));
    const QString sentence = failed.at(0).at(1).toString();
    QCOMPARE(sentence, IdentityClient::describe(error));
    QVERIFY2(sentence.contains("certificate"_L1), qPrintable(sentence));
}

void TestAppSignIn::publicClientWithSecret()
{
    const auto identity = client();
    AppSignIn signIn(*identity);
    QSignalSpy failed(&signIn, &AppSignIn::failed);
    signIn.startWithSecret(publicClient, demoSecret);
    QVERIFY(failed.wait(10'000));
    const GraphError error = failed.at(0).at(0).value<GraphError>();
    QVERIFY(error.aadstsCodes.contains(700025));
    QVERIFY2(failed.at(0).at(1).toString().contains("public client"_L1), qPrintable(failed.at(0).at(1).toString()));
}

void TestAppSignIn::cancel()
{
    const auto identity = client();
    AppSignIn signIn(*identity);
    QSignalSpy finished(&signIn, &AppSignIn::finished);
    QSignalSpy failed(&signIn, &AppSignIn::failed);
    QSignalSpy states(&signIn, &AppSignIn::stateChanged);
    signIn.startWithSecret(confidentialClient, demoSecret);
    signIn.cancel();
    QCOMPARE(signIn.state(), AppSignIn::State::Cancelled);
    QTest::qWait(1000);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(states.count(), 2); // Requesting, Cancelled

    // Cancelling when nothing runs changes nothing; a new start works.
    signIn.cancel();
    QCOMPARE(signIn.state(), AppSignIn::State::Cancelled);
    signIn.startWithSecret(confidentialClient, demoSecret);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(signIn.state(), AppSignIn::State::Succeeded);
}

QTEST_GUILESS_MAIN(TestAppSignIn)
#include "tst_AppSignIn.moc"
