// The emulator's identity platform over real loopback HTTP (graph.md §8 and §9 item 15): discovery,
// authorize with PKCE and loopback redirects, every token grant with its errors, the device-code
// state machine through the test hooks, client credentials with a secret and with a certificate
// assertion signed here with the committed demo key, and the issued tokens against Graph.

#include "EmulatorFixture.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "emulator/IdentityApi.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTest>
#include <QUrlQuery>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

namespace {

using Fields = QList<std::pair<QString, QString>>;

const QString publicClient = u"14d82eec-204b-4c2f-b7e8-296a70dab67e"_s;
const QString confidentialClient = u"d3b07384-d9a0-4c9b-8f7e-2b8c1a5e6f70"_s;
const QString secret = u"demo-secret-ed-emulator"_s;
const QString graphDefault = u"https://graph.microsoft.com/.default"_s;
const QString devicesPath = u"/beta/deviceManagement/windowsAutopilotDeviceIdentities?$top=1"_s;
const QString deviceGrant = u"urn:ietf:params:oauth:grant-type:device_code"_s;
const QString jwtBearer = u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s;
// A PKCE pair computed outside Qt: base64url(SHA-256(verifier)), no padding.
const QString verifier = u"dBjftJeZ4CVP-mJ92IZJ7qjxtJEN3uZ7U9KTmL4LW3Q"_s;
const QString challenge = u"9VNXcHXCkKxSJBAWCf_7axWY4G2u8PfDuBYvSUeRYhM"_s;

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject jwtPart(const QString &jwt, int index)
{
    const QByteArray part = jwt.toLatin1().split('.').value(index);
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)).object();
}

QString withClaims(const QString &jwt, const QJsonObject &changes)
{
    QJsonObject claims = jwtPart(jwt, 1);
    for (auto it = changes.begin(); it != changes.end(); ++it)
        claims.insert(it.key(), it.value());
    QList<QByteArray> parts = jwt.toLatin1().split('.');
    parts[1] = base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(parts.join('.'));
}

QString query(const Fields &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields)
        out += (out.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    return QString::fromLatin1(out);
}

QUrl location(const HttpResult &result)
{
    return QUrl::fromEncoded(result.header("location"), QUrl::StrictMode);
}

QString locationValue(const HttpResult &result, const QString &key)
{
    return QUrlQuery(location(result)).queryItemValue(key, QUrl::FullyDecoded);
}

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A client assertion (RFC 7523) signed with the committed demo key, as MSAL builds one.
QString signAssertion(const QJsonObject &header, const QJsonObject &claims)
{
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray pem = resource(u":/emulator/demo-app-key.pem"_s);
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    QByteArray signature;
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    EVP_PKEY_CTX *keyContext = nullptr;
    if (key && EVP_DigestSignInit(context, &keyContext, EVP_sha256(), nullptr, key) == 1) {
        if (header.value("alg"_L1).toString() == "PS256"_L1) {
            EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING);
            EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST);
        }
        size_t size = 0;
        const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
        if (EVP_DigestSign(context, nullptr, &size, data, static_cast<size_t>(input.size())) == 1) {
            signature.resize(static_cast<qsizetype>(size));
            auto *out = reinterpret_cast<unsigned char *>(signature.data());
            if (EVP_DigestSign(context, out, &size, data, static_cast<size_t>(input.size())) == 1)
                signature.resize(static_cast<qsizetype>(size));
            else
                signature.clear();
        }
    }
    EVP_MD_CTX_free(context);
    EVP_PKEY_free(key);
    return QString::fromLatin1(input + '.' + base64Url(signature));
}

QByteArray certificateDigest(QCryptographicHash::Algorithm algorithm)
{
    const QList<QSslCertificate> certificates =
            QSslCertificate::fromData(resource(u":/emulator/demo-app-certificate.pem"_s), QSsl::Pem);
    return certificates.isEmpty() ? QByteArray() : certificates.first().digest(algorithm);
}

} // namespace

class TestEmulatorIdentity final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void openidConfiguration_data();
    void openidConfiguration();
    void unknownTenant();
    void authorizeRedirectsWithCodeAndState();
    void authorizeFormPost();
    void redirectUri_data();
    void redirectUri();
    void authorizeErrors_data();
    void authorizeErrors();
    void pkce_data();
    void pkce();
    void codeIsSingleUseAndExpires();
    void tokenRequestErrors_data();
    void tokenRequestErrors();
    void errorEnvelope();
    void tokenResponseShape();
    void responseWithoutOptionalTokens();
    void loginHintSignsInThatUser();
    void refreshTokensRotate();
    void refreshScopes();
    void revokedRefreshTokens();
    void deviceCodeIssued();
    void deviceCodePendingSlowDownApproved();
    void deviceCodeDeclinedExpiredUnknown();
    void deviceCodeAutoApprove();
    void clientCredentials_data();
    void clientCredentials();
    void certificateAssertion_data();
    void certificateAssertion();
    void tokensWorkAgainstGraph();
    void deniedAuthorization();

private:
    QString tenantPath(const QString &endpoint) const { return u'/' + m_tenant + endpoint; }
    HttpResult authorize(const Fields &fields)
    {
        return m_fixture->get(tenantPath(u"/oauth2/v2.0/authorize?"_s) + query(fields), {}, QString());
    }
    HttpResult token(const Fields &fields, const Headers &headers = {})
    {
        return m_fixture->postForm(tenantPath(u"/oauth2/v2.0/token"_s), fields, headers);
    }
    // An authorization code for the public client (PKCE S256 with the RFC 7636 verifier unless said otherwise).
    QString code(const QString &scope, const QString &redirect = u"http://localhost:8400/"_s, bool withPkce = true);
    QJsonObject signIn(const QString &scope);
    std::pair<QString, QString> startDeviceCode(const QString &scope = u"openid offline_access Group.Read.All"_s);
    bool onEmulator(const std::function<bool(emu::IdentityApi &)> &hook);
    QJsonObject assertionClaims() const;

    std::unique_ptr<EmulatorFixture> m_fixture;
    QString m_tenant;
};

void TestEmulatorIdentity::initTestCase()
{
    m_fixture = std::make_unique<EmulatorFixture>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->startError()));
    m_tenant = m_fixture->host().options().tenantId;
}

void TestEmulatorIdentity::cleanup()
{
    onEmulator([](emu::IdentityApi &identity) {
        identity.setDenyAuthorizations(false);
        identity.setDeviceCodeInterval(5);
        return true;
    });
}

QString TestEmulatorIdentity::code(const QString &scope, const QString &redirect, bool withPkce)
{
    Fields fields{{u"client_id"_s, publicClient},
                  {u"response_type"_s, u"code"_s},
                  {u"redirect_uri"_s, redirect},
                  {u"scope"_s, scope},
                  {u"state"_s, u"s-1"_s}};
    if (withPkce)
        fields += Fields{{u"code_challenge"_s, challenge}, {u"code_challenge_method"_s, u"S256"_s}};
    const HttpResult result = authorize(fields);
    if (result.status != 302)
        qWarning("authorize answered %d: %s", result.status, result.body.constData());
    return locationValue(result, u"code"_s);
}

QJsonObject TestEmulatorIdentity::signIn(const QString &scope)
{
    const HttpResult result = token({{u"grant_type"_s, u"authorization_code"_s},
                                     {u"client_id"_s, publicClient},
                                     {u"code"_s, code(scope)},
                                     {u"redirect_uri"_s, u"http://localhost:8400/"_s},
                                     {u"code_verifier"_s, verifier},
                                     {u"scope"_s, scope}});
    if (result.status != 200)
        qWarning("token answered %d: %s", result.status, result.body.constData());
    return result.json();
}

std::pair<QString, QString> TestEmulatorIdentity::startDeviceCode(const QString &scope)
{
    const HttpResult result = m_fixture->postForm(tenantPath(u"/oauth2/v2.0/devicecode"_s),
                                                  {{u"client_id"_s, publicClient}, {u"scope"_s, scope}});
    return {result.json().value("device_code"_L1).toString(), result.json().value("user_code"_L1).toString()};
}

bool TestEmulatorIdentity::onEmulator(const std::function<bool(emu::IdentityApi &)> &hook)
{
    bool result = false;
    m_fixture->host().runOnEmulatorThread([&](emu::GraphEmulator &emulator) { result = hook(emulator.identity()); });
    return result;
}

QJsonObject TestEmulatorIdentity::assertionClaims() const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return QJsonObject{{u"aud"_s, m_fixture->url(tenantPath(u"/oauth2/v2.0/token"_s))},
                       {u"iss"_s, confidentialClient},
                       {u"sub"_s, confidentialClient},
                       {u"jti"_s, u"7c4a8d09-ca37-4e2f-9f47-1d3c7a7c1b7a"_s},
                       {u"nbf"_s, now},
                       {u"iat"_s, now},
                       {u"exp"_s, now + 600}};
}

void TestEmulatorIdentity::openidConfiguration_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("endpointTenant");
    QTest::addColumn<QString>("issuerTenant");
    const QString id = u"5c2f9e33-7a1d-4b6e-9f0a-2d8c4e1b7a55"_s;
    QTest::newRow("tenant id") << id << id << id;
    QTest::newRow("tenant domain") << u"contoso.onmicrosoft.com"_s << id << id;
    QTest::newRow("organizations") << u"organizations"_s << u"organizations"_s << u"{tenantid}"_s;
    QTest::newRow("common") << u"common"_s << u"common"_s << u"{tenantid}"_s;
}

void TestEmulatorIdentity::openidConfiguration()
{
    QFETCH(QString, tenant);
    QFETCH(QString, endpointTenant);
    QFETCH(QString, issuerTenant);
    QCOMPARE(m_tenant, u"5c2f9e33-7a1d-4b6e-9f0a-2d8c4e1b7a55"_s);

    const HttpResult result =
            m_fixture->get(u'/' + tenant + u"/v2.0/.well-known/openid-configuration"_s, {}, QString());
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("content-type").startsWith("application/json"));
    const QJsonObject json = result.json();
    const QString base = m_fixture->host().baseUrl().toString();
    const QString prefix = base + u'/' + endpointTenant;
    QCOMPARE(json.value("issuer"_L1).toString(), QString(base + u'/' + issuerTenant + u"/v2.0"_s));
    QCOMPARE(json.value("authorization_endpoint"_L1).toString(), QString(prefix + u"/oauth2/v2.0/authorize"_s));
    QCOMPARE(json.value("token_endpoint"_L1).toString(), QString(prefix + u"/oauth2/v2.0/token"_s));
    QCOMPARE(json.value("device_authorization_endpoint"_L1).toString(), QString(prefix + u"/oauth2/v2.0/devicecode"_s));
    QCOMPARE(json.value("end_session_endpoint"_L1).toString(), QString(prefix + u"/oauth2/v2.0/logout"_s));
    QCOMPARE(json.value("jwks_uri"_L1).toString(), QString(prefix + u"/discovery/v2.0/keys"_s));
    QCOMPARE(json.value("code_challenge_methods_supported"_L1).toArray(), (QJsonArray{u"S256"_s, u"plain"_s}));
    QVERIFY(json.value("response_types_supported"_L1).toArray().contains(u"code"_s));
    QVERIFY(json.value("scopes_supported"_L1).toArray().contains(u"offline_access"_s));
    QVERIFY(json.value("token_endpoint_auth_methods_supported"_L1).toArray().contains(u"private_key_jwt"_s));
    const QUrl baseUrl = m_fixture->host().baseUrl();
    QCOMPARE(json.value("msgraph_host"_L1).toString(),
             QString(baseUrl.host() + u':' + QString::number(baseUrl.port())));
    QCOMPARE(json.value("cloud_instance_name"_L1).toString(), u"microsoftonline.com"_s);
    QVERIFY(json.contains("tenant_region_scope"_L1));
}

void TestEmulatorIdentity::unknownTenant()
{
    const HttpResult discovery =
            m_fixture->get(u"/fabrikam.onmicrosoft.com/v2.0/.well-known/openid-configuration"_s, {}, QString());
    QCOMPARE(discovery.status, 400);
    QCOMPARE(discovery.errorCode(), u"invalid_request"_s);
    QVERIFY(discovery.json()
                    .value("error_description"_L1)
                    .toString()
                    .startsWith(u"AADSTS90002: Tenant 'fabrikam.onmicrosoft.com' not found."_s));
    QCOMPARE(discovery.json().value("error_codes"_L1).toArray(), QJsonArray{90002});

    const HttpResult tokenResult =
            m_fixture->postForm(u"/consumers/oauth2/v2.0/token"_s, {{u"grant_type"_s, u"client_credentials"_s}});
    QCOMPARE(tokenResult.status, 400);
    QVERIFY(tokenResult.body.contains("AADSTS90002"));

    const HttpResult page = m_fixture->get(u"/nope/oauth2/v2.0/authorize?client_id="_s + publicClient, {}, QString());
    QCOMPARE(page.status, 400);
    QVERIFY(page.header("content-type").startsWith("text/html"));
    QVERIFY(page.body.contains("AADSTS90002"));
}

void TestEmulatorIdentity::authorizeRedirectsWithCodeAndState()
{
    const HttpResult result = authorize({{u"client_id"_s, publicClient},
                                         {u"response_type"_s, u"code"_s},
                                         {u"redirect_uri"_s, u"http://localhost:49152/callback"_s},
                                         {u"scope"_s, u"openid offline_access"_s},
                                         {u"state"_s, u"a b+c&d=é"_s},
                                         {u"code_challenge"_s, challenge},
                                         {u"code_challenge_method"_s, u"S256"_s},
                                         {u"prompt"_s, u"select_account"_s},
                                         {u"login_hint"_s, u"admin@contoso.onmicrosoft.com"_s}});
    QCOMPARE(result.status, 302);
    const QUrl target = location(result);
    QCOMPARE(target.scheme(), u"http"_s);
    QCOMPARE(target.host(), u"localhost"_s);
    QCOMPARE(target.port(), 49152);
    QCOMPARE(target.path(), u"/callback"_s);
    QCOMPARE(locationValue(result, u"state"_s), u"a b+c&d=é"_s);
    QVERIFY(locationValue(result, u"code"_s).size() >= 40);

    // A redirect URI with its own query keeps it; response_mode=fragment puts the answer after '#'.
    const HttpResult withQuery = authorize({{u"client_id"_s, publicClient},
                                            {u"response_type"_s, u"code"_s},
                                            {u"redirect_uri"_s, u"http://127.0.0.1:8080/cb?session=7"_s},
                                            {u"scope"_s, u"User.Read"_s}});
    QCOMPARE(withQuery.status, 302);
    QCOMPARE(locationValue(withQuery, u"session"_s), u"7"_s);
    QVERIFY(!locationValue(withQuery, u"code"_s).isEmpty());
    QVERIFY(!QUrlQuery(location(withQuery)).hasQueryItem(u"state"_s));

    const HttpResult fragment = authorize({{u"client_id"_s, publicClient},
                                           {u"response_type"_s, u"code"_s},
                                           {u"redirect_uri"_s, u"http://localhost"_s},
                                           {u"scope"_s, u"User.Read"_s},
                                           {u"response_mode"_s, u"fragment"_s},
                                           {u"state"_s, u"xyz"_s}});
    QCOMPARE(fragment.status, 302);
    const QUrlQuery fragmentItems(location(fragment).fragment());
    QVERIFY(fragmentItems.hasQueryItem(u"code"_s));
    QCOMPARE(fragmentItems.queryItemValue(u"state"_s), u"xyz"_s);
}

void TestEmulatorIdentity::authorizeFormPost()
{
    const HttpResult result = authorize({{u"client_id"_s, publicClient},
                                         {u"response_type"_s, u"code"_s},
                                         {u"redirect_uri"_s, u"http://localhost:1234/"_s},
                                         {u"scope"_s, u"openid"_s},
                                         {u"response_mode"_s, u"form_post"_s},
                                         {u"state"_s, u"<x>\"&"_s}});
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("content-type").startsWith("text/html"));
    QVERIFY(result.body.contains("action=\"http://localhost:1234/\""));
    QVERIFY(result.body.contains("name=\"code\" value=\""));
    QVERIFY(result.body.contains("name=\"state\" value=\"&lt;x&gt;&quot;&amp;\""));
    QVERIFY(result.body.contains("document.forms[0].submit()"));
}

void TestEmulatorIdentity::redirectUri_data()
{
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("localhost") << u"http://localhost"_s << true;
    QTest::newRow("localhost any port") << u"http://localhost:61234"_s << true;
    QTest::newRow("localhost with path") << u"http://localhost:3000/auth/callback"_s << true;
    QTest::newRow("127.0.0.1 any port") << u"http://127.0.0.1:50000/"_s << true;
    QTest::newRow("https") << u"https://localhost:8443/"_s << false;
    QTest::newRow("other host") << u"http://example.com/callback"_s << false;
    QTest::newRow("localhost lookalike") << u"http://localhost.example.com/"_s << false;
    QTest::newRow("ipv6 loopback") << u"http://[::1]:8080/"_s << false;
    QTest::newRow("fragment") << u"http://localhost/#x"_s << false;
    QTest::newRow("user info") << u"http://evil@localhost/"_s << false;
    QTest::newRow("out of band") << u"urn:ietf:wg:oauth:2.0:oob"_s << false;
    QTest::newRow("native client page") << u"https://login.microsoftonline.com/common/oauth2/nativeclient"_s << false;
}

void TestEmulatorIdentity::redirectUri()
{
    QFETCH(QString, redirect);
    QFETCH(bool, accepted);
    const HttpResult result = authorize({{u"client_id"_s, publicClient},
                                         {u"response_type"_s, u"code"_s},
                                         {u"redirect_uri"_s, redirect},
                                         {u"scope"_s, u"User.Read"_s},
                                         {u"state"_s, u"st"_s}});
    if (accepted) {
        QCOMPARE(result.status, 302);
        QVERIFY(result.header("location").startsWith(redirect.toUtf8()));
        QCOMPARE(locationValue(result, u"state"_s), u"st"_s);
    } else {
        QCOMPARE(result.status, 400);
        QVERIFY(result.header("location").isEmpty()); // never redirect to an unregistered URI
        QVERIFY(result.body.contains("AADSTS50011: The redirect URI"));
        // The JSON flavour for callers that ask for it.
        const HttpResult json = m_fixture->get(tenantPath(u"/oauth2/v2.0/authorize?"_s)
                                                       + query({{u"client_id"_s, publicClient},
                                                                {u"response_type"_s, u"code"_s},
                                                                {u"redirect_uri"_s, redirect},
                                                                {u"scope"_s, u"User.Read"_s}}),
                                               {{"Accept", "application/json"}}, QString());
        QCOMPARE(json.status, 400);
        QCOMPARE(json.json().value("error_codes"_L1).toArray(), QJsonArray{50011});
    }
}

void TestEmulatorIdentity::authorizeErrors_data()
{
    QTest::addColumn<QString>("queryString");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error"); // the redirect's error (302) or a text of the page (400)
    QTest::addColumn<QString>("aadsts");

    const QString base = u"redirect_uri=http%3A%2F%2Flocalhost%3A5000&scope=openid&state=s&client_id="_s;
    QTest::newRow("missing client_id") << u"response_type=code&redirect_uri=http%3A%2F%2Flocalhost"_s << 400
                                       << u"invalid_request"_s << u"AADSTS900144"_s;
    QTest::newRow("unknown client") << QString(base + u"11111111-2222-3333-4444-555555555555&response_type=code"_s)
                                    << 400 << u"unauthorized_client"_s << u"AADSTS700016"_s;
    QTest::newRow("confidential client") << QString(base + confidentialClient + u"&response_type=code"_s) << 400
                                         << u"invalid_request"_s << u"AADSTS500113"_s;
    QTest::newRow("missing redirect_uri") << QString(u"response_type=code&scope=openid&client_id="_s + publicClient)
                                          << 400 << u"invalid_request"_s << u"AADSTS900144"_s;
    QTest::newRow("missing response_type")
            << QString(base + publicClient) << 302 << u"invalid_request"_s << u"AADSTS900144"_s;
    QTest::newRow("implicit flow") << QString(base + publicClient + u"&response_type=token"_s) << 302
                                   << u"unsupported_response_type"_s << u"AADSTS700054"_s;
    QTest::newRow("unknown challenge method") << QString(base + publicClient + u"&response_type=code&code_challenge="_s
                                                         + challenge + u"&code_challenge_method=S512"_s)
                                              << 302 << u"invalid_request"_s << u"AADSTS501471"_s;
    QTest::newRow("short challenge") << QString(base + publicClient + u"&response_type=code&code_challenge=abc"_s)
                                     << 302 << u"invalid_request"_s << u"AADSTS501491"_s;
    QTest::newRow("method without challenge")
            << QString(base + publicClient + u"&response_type=code&code_challenge_method=S256"_s) << 302
            << u"invalid_request"_s << u"AADSTS900144"_s;
    QTest::newRow("other resource") << QString(
            u"redirect_uri=http%3A%2F%2Flocalhost&response_type=code&state=s&scope=https%3A%2F%2Fmanagement.azure.com%2Fuser_impersonation&client_id="_s
            + publicClient) << 302 << u"invalid_scope"_s
                                    << u"AADSTS70011"_s;
    QTest::newRow("no scope") << QString(u"redirect_uri=http%3A%2F%2Flocalhost&response_type=code&state=s&client_id="_s
                                         + publicClient)
                              << 302 << u"invalid_request"_s << u"AADSTS900144"_s;
    QTest::newRow("bad prompt") << QString(base + publicClient + u"&response_type=code&prompt=always"_s) << 302
                                << u"invalid_request"_s << u"AADSTS90023"_s;
}

void TestEmulatorIdentity::authorizeErrors()
{
    QFETCH(QString, queryString);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, aadsts);
    const HttpResult result = m_fixture->get(tenantPath(u"/oauth2/v2.0/authorize?"_s) + queryString, {}, QString());
    QCOMPARE(result.status, status);
    if (status == 302) {
        QCOMPARE(locationValue(result, u"error"_s), error);
        QVERIFY2(locationValue(result, u"error_description"_s).startsWith(aadsts + u':'),
                 qPrintable(locationValue(result, u"error_description"_s)));
        QCOMPARE(locationValue(result, u"state"_s), u"s"_s);
        QVERIFY(locationValue(result, u"code"_s).isEmpty());
    } else {
        QVERIFY(result.body.contains(error.toUtf8()));
        QVERIFY(result.body.contains(QByteArray(aadsts.toUtf8() + ':')));
    }
}

void TestEmulatorIdentity::pkce_data()
{
    QTest::addColumn<QString>("challengeSent");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("verifierSent");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("aadsts");
    QTest::newRow("S256") << challenge << u"S256"_s << verifier << QString() << QString();
    QTest::newRow("S256 wrong verifier") << challenge << u"S256"_s << QString(verifier.chopped(1) + u'R')
                                         << u"invalid_grant"_s << u"AADSTS501481"_s;
    QTest::newRow("S256 verifier is the challenge")
            << challenge << u"S256"_s << challenge << u"invalid_grant"_s << u"AADSTS501481"_s;
    QTest::newRow("plain") << verifier << u"plain"_s << verifier << QString() << QString();
    QTest::newRow("plain is the default") << verifier << QString() << verifier << QString() << QString();
    QTest::newRow("missing verifier") << challenge << u"S256"_s << QString() << u"invalid_request"_s
                                      << u"AADSTS900144"_s;
    QTest::newRow("short verifier") << challenge << u"S256"_s << u"too-short"_s << u"invalid_request"_s
                                    << u"AADSTS501491"_s;
    QTest::newRow("verifier with bad characters") << challenge << u"S256"_s << QString(verifier.chopped(1) + u'!')
                                                  << u"invalid_request"_s << u"AADSTS501491"_s;
    QTest::newRow("no PKCE") << QString() << QString() << QString() << QString() << QString();
}

void TestEmulatorIdentity::pkce()
{
    QFETCH(QString, challengeSent);
    QFETCH(QString, method);
    QFETCH(QString, verifierSent);
    QFETCH(QString, error);
    QFETCH(QString, aadsts);

    Fields fields{{u"client_id"_s, publicClient},
                  {u"response_type"_s, u"code"_s},
                  {u"redirect_uri"_s, u"http://localhost:7000"_s},
                  {u"scope"_s, u"Group.Read.All"_s}};
    if (!challengeSent.isEmpty())
        fields.append({u"code_challenge"_s, challengeSent});
    if (!method.isEmpty())
        fields.append({u"code_challenge_method"_s, method});
    const HttpResult authorized = authorize(fields);
    QCOMPARE(authorized.status, 302);
    const QString issued = locationValue(authorized, u"code"_s);
    QVERIFY(!issued.isEmpty());

    Fields request{{u"grant_type"_s, u"authorization_code"_s},
                   {u"client_id"_s, publicClient},
                   {u"code"_s, issued},
                   {u"redirect_uri"_s, u"http://localhost:7000"_s},
                   {u"scope"_s, u"Group.Read.All"_s}};
    if (!verifierSent.isEmpty())
        request.append({u"code_verifier"_s, verifierSent});
    const HttpResult result = token(request);
    if (error.isEmpty()) {
        QCOMPARE(result.status, 200);
        QVERIFY(!result.json().value("access_token"_L1).toString().isEmpty());
    } else {
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorCode(), error);
        QVERIFY2(result.json().value("error_description"_L1).toString().startsWith(aadsts + u':'),
                 result.body.constData());
        if (aadsts == "AADSTS501481"_L1)
            QVERIFY(result.body.contains("The Code_Verifier does not match the code_challenge supplied in the "
                                         "authorization request."));
        // A failed attempt does not burn the code: the right verifier still redeems it.
        if (challengeSent == challenge) {
            request.removeIf([](const auto &field) { return field.first == "code_verifier"_L1; });
            request.append({u"code_verifier"_s, verifier});
            QCOMPARE(token(request).status, 200);
        }
    }
}

void TestEmulatorIdentity::codeIsSingleUseAndExpires()
{
    const QString issued = code(u"openid Group.Read.All"_s);
    const Fields request{{u"grant_type"_s, u"authorization_code"_s},
                         {u"client_id"_s, publicClient},
                         {u"code"_s, issued},
                         {u"redirect_uri"_s, u"http://localhost:8400/"_s},
                         {u"code_verifier"_s, verifier}};
    QCOMPARE(token(request).status, 200);
    const HttpResult reused = token(request);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.errorCode(), u"invalid_grant"_s);
    QCOMPARE(reused.json().value("error_codes"_L1).toArray(), QJsonArray{54005});

    const QString old = code(u"Group.Read.All"_s);
    QVERIFY(onEmulator([](emu::IdentityApi &identity) {
        identity.expireAuthorizationCodes();
        return true;
    }));
    Fields late = request;
    late[2].second = old;
    const HttpResult expired = token(late);
    QCOMPARE(expired.status, 400);
    QCOMPARE(expired.errorCode(), u"invalid_grant"_s);
    QCOMPARE(expired.json().value("error_codes"_L1).toArray(), QJsonArray{70008});

    Fields unknown = request;
    unknown[2].second = u"not-a-code"_s;
    QCOMPARE(token(unknown).errorCode(), u"invalid_grant"_s);
}

void TestEmulatorIdentity::tokenRequestErrors_data()
{
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("aadsts");

    QTest::newRow("no grant_type") << Fields{{u"client_id"_s, publicClient}} << 400 << u"invalid_request"_s << 900144;
    QTest::newRow("password grant") << Fields{{u"grant_type"_s, u"password"_s}, {u"client_id"_s, publicClient}} << 400
                                    << u"unsupported_grant_type"_s << 70003;
    QTest::newRow("no client_id") << Fields{{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, u"x"_s}} << 400
                                  << u"invalid_request"_s << 900144;
    QTest::newRow("unknown client") << Fields{{u"grant_type"_s, u"refresh_token"_s},
                                              {u"refresh_token"_s, u"x"_s},
                                              {u"client_id"_s, u"11111111-2222-3333-4444-555555555555"_s}}
                                    << 400 << u"unauthorized_client"_s << 700016;
    QTest::newRow("public client with a secret") << Fields{{u"grant_type"_s, u"refresh_token"_s},
                                                           {u"refresh_token"_s, u"x"_s},
                                                           {u"client_id"_s, publicClient},
                                                           {u"client_secret"_s, u"s"_s}}
                                                 << 401 << u"invalid_client"_s << 700025;
    QTest::newRow("unknown refresh token") << Fields{{u"grant_type"_s, u"refresh_token"_s},
                                                     {u"refresh_token"_s, u"x"_s},
                                                     {u"client_id"_s, publicClient}}
                                           << 400 << u"invalid_grant"_s << 70000;
    QTest::newRow("no code") << Fields{{u"grant_type"_s, u"authorization_code"_s}, {u"client_id"_s, publicClient}}
                             << 400 << u"invalid_request"_s << 900144;
}

void TestEmulatorIdentity::tokenRequestErrors()
{
    QFETCH(Fields, fields);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(int, aadsts);
    const HttpResult result = token(fields);
    QCOMPARE(result.status, status);
    QCOMPARE(result.errorCode(), error);
    QCOMPARE(result.json().value("error_codes"_L1).toArray(), QJsonArray{aadsts});
}

void TestEmulatorIdentity::errorEnvelope()
{
    // Redirect URI of the token request must be the one used at authorize.
    const HttpResult mismatch = token({{u"grant_type"_s, u"authorization_code"_s},
                                       {u"client_id"_s, publicClient},
                                       {u"code"_s, code(u"openid"_s)},
                                       {u"redirect_uri"_s, u"http://localhost:9999/"_s},
                                       {u"code_verifier"_s, verifier}},
                                      {{"client-request-id", "0d7f1c1e-4a2b-4c3d-9e8f-112233445566"}});
    QCOMPARE(mismatch.status, 400);
    const QJsonObject json = mismatch.json();
    QCOMPARE(json.value("error"_L1).toString(), u"invalid_grant"_s);
    const QString description = json.value("error_description"_L1).toString();
    static const QRegularExpression shape(
            u"^AADSTS500112: .+\\r\\nTrace ID: [0-9a-f-]{36}\\r\\nCorrelation ID: "
            "0d7f1c1e-4a2b-4c3d-9e8f-112233445566\\r\\nTimestamp: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ$"_s);
    QVERIFY2(shape.match(description).hasMatch(), qPrintable(description));
    QCOMPARE(json.value("error_codes"_L1).toArray(), QJsonArray{500112});
    QCOMPARE(json.value("correlation_id"_L1).toString(), u"0d7f1c1e-4a2b-4c3d-9e8f-112233445566"_s);
    QCOMPARE(json.value("trace_id"_L1).toString().size(), 36);
    QVERIFY(description.contains(json.value("trace_id"_L1).toString()));
    QVERIFY(description.endsWith(json.value("timestamp"_L1).toString()));
    QCOMPARE(json.value("error_uri"_L1).toString(), u"https://login.microsoftonline.com/error?code=500112"_s);
    QVERIFY(mismatch.header("content-type").startsWith("application/json"));

    // Not a form: the body is not read at all.
    const HttpResult jsonBody =
            m_fixture->send("POST", tenantPath(u"/oauth2/v2.0/token"_s), "{\"grant_type\":\"client_credentials\"}",
                            {{"Content-Type", "application/json"}}, QString());
    QCOMPARE(jsonBody.status, 400);
    QCOMPARE(jsonBody.errorCode(), u"invalid_request"_s);

    const HttpResult get = m_fixture->get(tenantPath(u"/oauth2/v2.0/token"_s), {}, QString());
    QCOMPARE(get.status, 400);
    QCOMPARE(get.json().value("error_codes"_L1).toArray(), QJsonArray{900561});
}

void TestEmulatorIdentity::tokenResponseShape()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QJsonObject json = signIn(
            u"openid profile email offline_access https://graph.microsoft.com/DeviceManagementServiceConfig.ReadWrite.All Group.Read.All"_s);
    QCOMPARE(json.value("token_type"_L1).toString(), u"Bearer"_s);
    QCOMPARE(json.value("expires_in"_L1).toInt(), 3599);
    QCOMPARE(json.value("ext_expires_in"_L1).toInt(), 3599);
    const QStringList scope = json.value("scope"_L1).toString().split(u' ');
    QVERIFY(scope.contains(u"https://graph.microsoft.com/DeviceManagementServiceConfig.ReadWrite.All"_s));
    QVERIFY(scope.contains(u"https://graph.microsoft.com/Group.Read.All"_s));
    QVERIFY(scope.contains(u"openid"_s));
    QVERIFY(!json.value("refresh_token"_L1).toString().isEmpty());

    const QString accessToken = json.value("access_token"_L1).toString();
    const QJsonObject header = jwtPart(accessToken, 0);
    QCOMPARE(header.value("alg"_L1).toString(), u"HS256"_s);
    QCOMPARE(header.value("kid"_L1).toString(), u"ed-emulator"_s);
    const QJsonObject claims = jwtPart(accessToken, 1);
    QCOMPARE(claims.value("aud"_L1).toString(), u"https://graph.microsoft.com"_s);
    QCOMPARE(claims.value("tid"_L1).toString(), m_tenant);
    QCOMPARE(claims.value("iss"_L1).toString(), QString(u"https://sts.windows.net/"_s + m_tenant + u'/'));
    QCOMPARE(claims.value("appid"_L1).toString(), publicClient);
    QCOMPARE(claims.value("upn"_L1).toString(), u"admin@contoso.onmicrosoft.com"_s);
    QCOMPARE(claims.value("scp"_L1).toString(), u"DeviceManagementServiceConfig.ReadWrite.All Group.Read.All"_s);
    QVERIFY(!claims.contains("roles"_L1));
    const qint64 exp = claims.value("exp"_L1).toInteger();
    QVERIFY(exp >= before.toSecsSinceEpoch() + 3599);
    QVERIFY(exp <= QDateTime::currentSecsSinceEpoch() + 3600);

    const QJsonObject id = jwtPart(json.value("id_token"_L1).toString(), 1);
    QCOMPARE(id.value("aud"_L1).toString(), publicClient);
    QCOMPARE(id.value("tid"_L1).toString(), m_tenant);
    QCOMPARE(id.value("preferred_username"_L1).toString(), u"admin@contoso.onmicrosoft.com"_s);
    QVERIFY(!id.value("name"_L1).toString().isEmpty());
    QCOMPARE(id.value("oid"_L1).toString(), claims.value("oid"_L1).toString());
    QCOMPARE(id.value("ver"_L1).toString(), u"2.0"_s);
    QCOMPARE(id.value("email"_L1).toString(), u"admin@contoso.onmicrosoft.com"_s);

    const QJsonObject clientInfo =
            QJsonDocument::fromJson(QByteArray::fromBase64(json.value("client_info"_L1).toString().toLatin1(),
                                                           QByteArray::Base64UrlEncoding))
                    .object();
    QCOMPARE(clientInfo.value("uid"_L1).toString(), claims.value("oid"_L1).toString());
    QCOMPARE(clientInfo.value("utid"_L1).toString(), m_tenant);
}

void TestEmulatorIdentity::responseWithoutOptionalTokens()
{
    const QJsonObject plain = signIn(u"Group.Read.All"_s);
    QVERIFY(!plain.value("access_token"_L1).toString().isEmpty());
    QVERIFY(!plain.contains("refresh_token"_L1));
    QVERIFY(!plain.contains("id_token"_L1));

    // ".default" means every delegated permission of the app; OIDC scopes never reach scp.
    const QJsonObject all = signIn(u"https://graph.microsoft.com/.default openid"_s);
    const QStringList scp = jwtPart(all.value("access_token"_L1).toString(), 1).value("scp"_L1).toString().split(u' ');
    QCOMPARE(scp, emu::IdentityApi::delegatedPermissions());
    QVERIFY(all.contains("id_token"_L1));
    QVERIFY(!all.contains("refresh_token"_L1));
}

void TestEmulatorIdentity::loginHintSignsInThatUser()
{
    QString upn;
    m_fixture->host().runOnEmulatorThread(
            [&](emu::GraphEmulator &emulator) { upn = emulator.tenant().users.value(3).userPrincipalName; });
    QVERIFY(!upn.isEmpty());
    const HttpResult authorized = authorize({{u"client_id"_s, publicClient},
                                             {u"response_type"_s, u"code"_s},
                                             {u"redirect_uri"_s, u"http://localhost"_s},
                                             {u"scope"_s, u"openid User.Read"_s},
                                             {u"login_hint"_s, upn}});
    const HttpResult result = token({{u"grant_type"_s, u"authorization_code"_s},
                                     {u"client_id"_s, publicClient},
                                     {u"code"_s, locationValue(authorized, u"code"_s)},
                                     {u"redirect_uri"_s, u"http://localhost"_s}});
    QCOMPARE(result.status, 200);
    QCOMPARE(jwtPart(result.json().value("access_token"_L1).toString(), 1).value("upn"_L1).toString(), upn);
}

void TestEmulatorIdentity::refreshTokensRotate()
{
    const QString first = signIn(u"offline_access openid Group.Read.All"_s).value("refresh_token"_L1).toString();
    QVERIFY(!first.isEmpty());
    const Fields request{{u"grant_type"_s, u"refresh_token"_s},
                         {u"client_id"_s, publicClient},
                         {u"refresh_token"_s, first},
                         {u"scope"_s, u"offline_access openid Group.Read.All"_s}};
    const HttpResult refreshed = token(request);
    QCOMPARE(refreshed.status, 200);
    const QString second = refreshed.json().value("refresh_token"_L1).toString();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    QVERIFY(refreshed.json().contains("id_token"_L1));

    const HttpResult reused = token(request);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.errorCode(), u"invalid_grant"_s);
    QCOMPARE(reused.json().value("error_codes"_L1).toArray(), QJsonArray{70000});

    Fields next = request;
    next[2].second = second;
    const HttpResult third = token(next);
    QCOMPARE(third.status, 200);
    QVERIFY(third.json().value("refresh_token"_L1).toString() != second);

    // A refresh token belongs to its client.
    Fields otherClient = next;
    otherClient[1].second = confidentialClient;
    otherClient[2].second = third.json().value("refresh_token"_L1).toString();
    otherClient.append({u"client_secret"_s, secret});
    QCOMPARE(token(otherClient).errorCode(), u"invalid_grant"_s);
}

void TestEmulatorIdentity::refreshScopes()
{
    QString refresh = signIn(u"offline_access DeviceManagementServiceConfig.ReadWrite.All Group.Read.All"_s)
                              .value("refresh_token"_L1)
                              .toString();
    auto redeem = [&](const QString &scope) {
        Fields fields{
                {u"grant_type"_s, u"refresh_token"_s}, {u"client_id"_s, publicClient}, {u"refresh_token"_s, refresh}};
        if (!scope.isNull())
            fields.append({u"scope"_s, scope});
        const HttpResult result = token(fields);
        if (result.status == 200)
            refresh = result.json().value("refresh_token"_L1).toString();
        return result;
    };

    const HttpResult subset = redeem(u"https://graph.microsoft.com/Group.Read.All offline_access"_s);
    QCOMPARE(subset.status, 200);
    QCOMPARE(jwtPart(subset.json().value("access_token"_L1).toString(), 1).value("scp"_L1).toString(),
             u"Group.Read.All"_s);

    // The subset narrowed the access token, not the grant: the next refresh may ask for all of it again.
    const HttpResult same = redeem({});
    QCOMPARE(same.status, 200);
    QCOMPARE(jwtPart(same.json().value("access_token"_L1).toString(), 1).value("scp"_L1).toString(),
             u"DeviceManagementServiceConfig.ReadWrite.All Group.Read.All"_s);

    const HttpResult wider = redeem(u"Directory.ReadWrite.All offline_access"_s);
    QCOMPARE(wider.status, 400);
    QCOMPARE(wider.errorCode(), u"invalid_grant"_s);
    QCOMPARE(wider.json().value("error_codes"_L1).toArray(), QJsonArray{65001});
    QCOMPARE(redeem({}).status, 200); // a refused refresh leaves the token usable
}

void TestEmulatorIdentity::revokedRefreshTokens()
{
    const QString refresh = signIn(u"offline_access User.Read"_s).value("refresh_token"_L1).toString();
    QVERIFY(onEmulator([](emu::IdentityApi &identity) {
        identity.revokeRefreshTokens();
        return true;
    }));
    const HttpResult result = token(
            {{u"grant_type"_s, u"refresh_token"_s}, {u"client_id"_s, publicClient}, {u"refresh_token"_s, refresh}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().value("error_codes"_L1).toArray(), QJsonArray{50173});
}

void TestEmulatorIdentity::deviceCodeIssued()
{
    const HttpResult result =
            m_fixture->postForm(tenantPath(u"/oauth2/v2.0/devicecode"_s),
                                {{u"client_id"_s, publicClient},
                                 {u"scope"_s, u"DeviceManagementServiceConfig.ReadWrite.All offline_access"_s}});
    QCOMPARE(result.status, 200);
    const QJsonObject json = result.json();
    const QString userCode = json.value("user_code"_L1).toString();
    QVERIFY2(QRegularExpression(u"^[A-Z2-9]{9}$"_s).match(userCode).hasMatch(), qPrintable(userCode));
    QVERIFY(json.value("device_code"_L1).toString().size() > 40);
    QCOMPARE(json.value("verification_uri"_L1).toString(), u"https://microsoft.com/devicelogin"_s);
    QCOMPARE(json.value("expires_in"_L1).toInt(), 900);
    QCOMPARE(json.value("interval"_L1).toInt(), 5);
    QCOMPARE(
            json.value("message"_L1).toString(),
            QString(u"To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code "_s
                    + userCode + u" to authenticate."_s));
    QVERIFY(!json.contains("verification_uri_complete"_L1));

    const HttpResult confidential =
            m_fixture->postForm(tenantPath(u"/oauth2/v2.0/devicecode"_s),
                                {{u"client_id"_s, confidentialClient}, {u"scope"_s, u"User.Read"_s}});
    QCOMPARE(confidential.status, 401);
    QCOMPARE(confidential.errorCode(), u"invalid_client"_s);
    const HttpResult noScope =
            m_fixture->postForm(tenantPath(u"/oauth2/v2.0/devicecode"_s), {{u"client_id"_s, publicClient}});
    QCOMPARE(noScope.status, 400);
    QCOMPARE(noScope.errorCode(), u"invalid_request"_s);
}

void TestEmulatorIdentity::deviceCodePendingSlowDownApproved()
{
    const auto [deviceCode, userCode] = startDeviceCode();
    QVERIFY(!deviceCode.isEmpty());
    const Fields poll{{u"grant_type"_s, deviceGrant}, {u"client_id"_s, publicClient}, {u"device_code"_s, deviceCode}};

    const HttpResult pending = token(poll);
    QCOMPARE(pending.status, 400);
    QCOMPARE(pending.errorCode(), u"authorization_pending"_s);
    QCOMPARE(pending.json().value("error_codes"_L1).toArray(), QJsonArray{70016});

    const HttpResult tooFast = token(poll);
    QCOMPARE(tooFast.status, 400);
    QCOMPARE(tooFast.errorCode(), u"slow_down"_s);
    QVERIFY2(tooFast.body.contains("10 seconds"), tooFast.body.constData()); // the interval grew by 5 s
    QCOMPARE(token(poll).errorCode(), u"slow_down"_s);

    QVERIFY(onEmulator([code = userCode](emu::IdentityApi &identity) { return identity.approveDeviceCode(code); }));
    QVERIFY(!onEmulator([code = userCode](emu::IdentityApi &identity) { return identity.approveDeviceCode(code); }));
    const HttpResult approved = token(poll);
    QCOMPARE(approved.status, 200);
    const QJsonObject json = approved.json();
    QCOMPARE(jwtPart(json.value("access_token"_L1).toString(), 1).value("scp"_L1).toString(), u"Group.Read.All"_s);
    QVERIFY(json.contains("refresh_token"_L1));
    QVERIFY(json.contains("id_token"_L1));

    const HttpResult again = token(poll); // tokens are handed out once
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorCode(), u"invalid_grant"_s);

    // MSAL's short grant name works too, and a lower-case user code with a dash is the same code.
    onEmulator([](emu::IdentityApi &identity) {
        identity.setDeviceCodeInterval(0);
        return true;
    });
    const auto [second, secondUser] = startDeviceCode();
    const Fields shortPoll{
            {u"grant_type"_s, u"device_code"_s}, {u"client_id"_s, publicClient}, {u"device_code"_s, second}};
    QCOMPARE(token(shortPoll).errorCode(), u"authorization_pending"_s);
    QCOMPARE(token(shortPoll).errorCode(), u"authorization_pending"_s); // interval 0: no slow_down
    const QString typed = secondUser.left(4).toLower() + u'-' + secondUser.mid(4).toLower();
    QVERIFY(onEmulator([typed](emu::IdentityApi &identity) { return identity.approveDeviceCode(typed); }));
    QCOMPARE(token(shortPoll).status, 200);
}

void TestEmulatorIdentity::deviceCodeDeclinedExpiredUnknown()
{
    const auto [declinedCode, declinedUser] = startDeviceCode();
    QVERIFY(onEmulator([code = declinedUser](emu::IdentityApi &identity) { return identity.declineDeviceCode(code); }));
    const HttpResult declined =
            token({{u"grant_type"_s, deviceGrant}, {u"client_id"_s, publicClient}, {u"device_code"_s, declinedCode}});
    QCOMPARE(declined.status, 400);
    QCOMPARE(declined.errorCode(), u"authorization_declined"_s);

    const auto [expiredCode, expiredUser] = startDeviceCode();
    QVERIFY(onEmulator([](emu::IdentityApi &identity) { return identity.pendingDeviceCodes() > 0; }));
    onEmulator([](emu::IdentityApi &identity) {
        identity.expireDeviceCodes();
        return true;
    });
    QVERIFY(onEmulator([](emu::IdentityApi &identity) { return identity.pendingDeviceCodes() == 0; }));
    QVERIFY(!onEmulator([code = expiredUser](emu::IdentityApi &identity) { return identity.approveDeviceCode(code); }));
    const HttpResult expired =
            token({{u"grant_type"_s, deviceGrant}, {u"client_id"_s, publicClient}, {u"device_code"_s, expiredCode}});
    QCOMPARE(expired.status, 400);
    QCOMPARE(expired.errorCode(), u"expired_token"_s);
    QCOMPARE(expired.json().value("error_codes"_L1).toArray(), QJsonArray{70020});

    const HttpResult unknown =
            token({{u"grant_type"_s, deviceGrant}, {u"client_id"_s, publicClient}, {u"device_code"_s, u"nope"_s}});
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorCode(), u"bad_verification_code"_s);
    QVERIFY(!onEmulator([](emu::IdentityApi &identity) { return identity.approveDeviceCode(u"NOSUCHCOD"_s); }));
}

void TestEmulatorIdentity::deviceCodeAutoApprove()
{
    emu::EmulatorOptions options = EmulatorFixture::smallTenant();
    options.deviceCodeAutoApproveMs = 0;
    EmulatorFixture demo(options);
    QVERIFY2(demo.started(), qPrintable(demo.startError()));
    const HttpResult issued = demo.postForm(
            u"/organizations/oauth2/v2.0/devicecode"_s,
            {{u"client_id"_s, publicClient}, {u"scope"_s, u"DeviceManagementServiceConfig.ReadWrite.All"_s}});
    QCOMPARE(issued.status, 200);
    const HttpResult result = demo.postForm(u"/organizations/oauth2/v2.0/token"_s,
                                            {{u"grant_type"_s, deviceGrant},
                                             {u"client_id"_s, publicClient},
                                             {u"device_code"_s, issued.json().value("device_code"_L1).toString()}});
    QCOMPARE(result.status, 200);
    QCOMPARE(demo.get(devicesPath, {}, result.json().value("access_token"_L1).toString()).status, 200);
}

void TestEmulatorIdentity::clientCredentials_data()
{
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("aadsts");

    const Fields base{{u"grant_type"_s, u"client_credentials"_s}, {u"scope"_s, graphDefault}};
    QTest::newRow("secret in the form")
            << (base + Fields{{u"client_id"_s, confidentialClient}, {u"client_secret"_s, secret}}) << QByteArray()
            << 200 << QString() << 0;
    QTest::newRow("graph app id scope") << Fields{{u"grant_type"_s, u"client_credentials"_s},
                                                  {u"scope"_s, u"00000003-0000-0000-c000-000000000000/.default"_s},
                                                  {u"client_id"_s, confidentialClient},
                                                  {u"client_secret"_s, secret}}
                                        << QByteArray() << 200 << QString() << 0;
    QTest::newRow("HTTP Basic")
            << base
            << QByteArray("Basic " + QByteArray(confidentialClient.toLatin1() + ':' + secret.toLatin1()).toBase64())
            << 200 << QString() << 0;
    QTest::newRow("HTTP Basic, wrong secret")
            << base << QByteArray("Basic " + QByteArray(confidentialClient.toLatin1() + ":nope").toBase64()) << 401
            << u"invalid_client"_s << 7000215;
    QTest::newRow("wrong secret")
            << (base + Fields{{u"client_id"_s, confidentialClient}, {u"client_secret"_s, u"demo-secret"_s}})
            << QByteArray() << 401 << u"invalid_client"_s << 7000215;
    QTest::newRow("no credentials") << (base + Fields{{u"client_id"_s, confidentialClient}}) << QByteArray() << 401
                                    << u"invalid_client"_s << 7000218;
    QTest::newRow("public client") << (base + Fields{{u"client_id"_s, publicClient}}) << QByteArray() << 401
                                   << u"invalid_client"_s << 7000218;
    QTest::newRow("named scope") << Fields{{u"grant_type"_s, u"client_credentials"_s},
                                           {u"scope"_s, u"https://graph.microsoft.com/Group.Read.All"_s},
                                           {u"client_id"_s, confidentialClient},
                                           {u"client_secret"_s, secret}}
                                 << QByteArray() << 400 << u"invalid_scope"_s << 1002012;
    QTest::newRow("no scope") << Fields{{u"grant_type"_s, u"client_credentials"_s},
                                        {u"client_id"_s, confidentialClient},
                                        {u"client_secret"_s, secret}}
                              << QByteArray() << 400 << u"invalid_request"_s << 900144;
}

void TestEmulatorIdentity::clientCredentials()
{
    QFETCH(Fields, fields);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(int, aadsts);

    Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const HttpResult result = token(fields, headers);
    QCOMPARE(result.status, status);
    if (status != 200) {
        QCOMPARE(result.errorCode(), error);
        QCOMPARE(result.json().value("error_codes"_L1).toArray(), QJsonArray{aadsts});
        QVERIFY(!result.body.contains(secret.toUtf8()));
        return;
    }
    const QJsonObject json = result.json();
    QCOMPARE(json.value("token_type"_L1).toString(), u"Bearer"_s);
    QCOMPARE(json.value("expires_in"_L1).toInt(), 3599);
    QVERIFY(!json.contains("refresh_token"_L1));
    QVERIFY(!json.contains("id_token"_L1));
    const QJsonObject claims = jwtPart(json.value("access_token"_L1).toString(), 1);
    QCOMPARE(claims.value("appid"_L1).toString(), confidentialClient);
    QCOMPARE(claims.value("tid"_L1).toString(), m_tenant);
    QVERIFY(!claims.contains("scp"_L1));
    QVERIFY(!claims.contains("upn"_L1));
    QCOMPARE(claims.value("roles"_L1).toArray(), QJsonArray::fromStringList(emu::IdentityApi::appRoles()));
}

void TestEmulatorIdentity::certificateAssertion_data()
{
    QTest::addColumn<QString>("assertion");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("aadsts");

    const QString x5t = QString::fromLatin1(base64Url(certificateDigest(QCryptographicHash::Sha1)));
    const QString x5tS256 = QString::fromLatin1(base64Url(certificateDigest(QCryptographicHash::Sha256)));
    QVERIFY(!x5t.isEmpty());
    const QJsonObject rs256{{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}, {u"x5t"_s, x5t}};
    const QJsonObject claims = assertionClaims();
    auto changed = [&claims](const QString &key, const QJsonValue &value) {
        QJsonObject c = claims;
        c.insert(key, value);
        return c;
    };
    const QString valid = signAssertion(rs256, claims);

    QTest::newRow("RS256 with x5t") << valid << 200 << 0;
    QTest::newRow("RS256 without x5t") << signAssertion({{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}}, claims) << 200
                                       << 0;
    QTest::newRow("PS256 with x5t#S256") << signAssertion(
            {{u"alg"_s, u"PS256"_s}, {u"typ"_s, u"JWT"_s}, {u"x5t#S256"_s, x5tS256}}, claims)
                                         << 200 << 0;
    QTest::newRow("audience as an array")
            << signAssertion(rs256, changed(u"aud"_s, QJsonArray{claims.value("aud"_L1)})) << 200 << 0;

    QList<QByteArray> parts = valid.toLatin1().split('.');
    QByteArray signature = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
    signature[10] = static_cast<char>(signature.at(10) ^ 0x01);
    parts[2] = base64Url(signature);
    QTest::newRow("bad signature") << QString::fromLatin1(parts.join('.')) << 401 << 700027;
    QTest::newRow("claims changed after signing") << withClaims(valid, {{u"sub"_s, u"someone"_s}}) << 401 << 700027;
    QTest::newRow("unknown certificate") << signAssertion(
            {{u"alg"_s, u"RS256"_s}, {u"x5t"_s, u"AAAAAAAAAAAAAAAAAAAAAAAAAAA"_s}}, claims)
                                         << 401 << 700027;
    QTest::newRow("wrong audience") << signAssertion(
            rs256, changed(u"aud"_s, u"https://login.microsoftonline.com/common/oauth2/v2.0/token"_s))
                                    << 401 << 700023;
    QTest::newRow("issuer is not the client") << signAssertion(rs256, changed(u"iss"_s, publicClient)) << 401 << 700021;
    QTest::newRow("expired") << signAssertion(rs256, changed(u"exp"_s, QDateTime::currentSecsSinceEpoch() - 60)) << 401
                             << 700024;
    QTest::newRow("not yet valid") << signAssertion(rs256, changed(u"nbf"_s, QDateTime::currentSecsSinceEpoch() + 3600))
                                   << 401 << 700024;
    QTest::newRow("HS256") << signAssertion({{u"alg"_s, u"HS256"_s}}, claims) << 401 << 5002738;
    QTest::newRow("malformed") << u"not.a.jwt"_s << 401 << 50027;
}

void TestEmulatorIdentity::certificateAssertion()
{
    QFETCH(QString, assertion);
    QFETCH(int, status);
    QFETCH(int, aadsts);
    const HttpResult result = token({{u"grant_type"_s, u"client_credentials"_s},
                                     {u"client_id"_s, confidentialClient},
                                     {u"scope"_s, graphDefault},
                                     {u"client_assertion_type"_s, jwtBearer},
                                     {u"client_assertion"_s, assertion}});
    QCOMPARE(result.status, status);
    if (status == 200) {
        const QString accessToken = result.json().value("access_token"_L1).toString();
        QCOMPARE(jwtPart(accessToken, 1).value("appid"_L1).toString(), confidentialClient);
        QCOMPARE(m_fixture->get(devicesPath, {}, accessToken).status, 200);
    } else {
        QCOMPARE(result.errorCode(), u"invalid_client"_s);
        QCOMPARE(result.json().value("error_codes"_L1).toArray(), QJsonArray{aadsts});
    }
}

void TestEmulatorIdentity::tokensWorkAgainstGraph()
{
    const QString delegated =
            signIn(u"DeviceManagementServiceConfig.ReadWrite.All"_s).value("access_token"_L1).toString();
    const HttpResult ok = m_fixture->get(devicesPath, {}, delegated);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.value().size(), 1);

    const QString app = token({{u"grant_type"_s, u"client_credentials"_s},
                               {u"client_id"_s, confidentialClient},
                               {u"client_secret"_s, secret},
                               {u"scope"_s, graphDefault}})
                                .json()
                                .value("access_token"_L1)
                                .toString();
    QCOMPARE(m_fixture->get(devicesPath, {}, app).status, 200);

    for (const QString &tampered : {withClaims(delegated, {{u"scp"_s, u"Directory.ReadWrite.All"_s}}),
                                    withClaims(app, {{u"roles"_s, QJsonArray{u"Directory.ReadWrite.All"_s}}})}) {
        const HttpResult rejected = m_fixture->get(devicesPath, {}, tampered);
        QCOMPARE(rejected.status, 401);
        QCOMPARE(rejected.errorCode(), u"InvalidAuthenticationToken"_s);
    }

    // A token without a device-management permission is authenticated but not authorized.
    const QString userRead = signIn(u"User.Read"_s).value("access_token"_L1).toString();
    QCOMPARE(m_fixture->get(devicesPath, {}, userRead).status, 403);

    // Expired: a one-second lifetime, then wait past it.
    onEmulator([](emu::IdentityApi &identity) {
        identity.setAccessTokenLifetime(1);
        return true;
    });
    const QString shortLived =
            signIn(u"DeviceManagementServiceConfig.ReadWrite.All"_s).value("access_token"_L1).toString();
    onEmulator([](emu::IdentityApi &identity) {
        identity.setAccessTokenLifetime(3600);
        return true;
    });
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->get(devicesPath, {}, shortLived).status, 401, 5000);
    QVERIFY(m_fixture->get(devicesPath, {}, shortLived)
                    .json()
                    .value("error"_L1)
                    .toObject()
                    .value("message"_L1)
                    .toString()
                    .contains(u"expired"_s));
}

void TestEmulatorIdentity::deniedAuthorization()
{
    onEmulator([](emu::IdentityApi &identity) {
        identity.setDenyAuthorizations(true);
        return true;
    });
    const HttpResult result = authorize({{u"client_id"_s, publicClient},
                                         {u"response_type"_s, u"code"_s},
                                         {u"redirect_uri"_s, u"http://localhost:5000"_s},
                                         {u"scope"_s, u"openid"_s},
                                         {u"state"_s, u"s"_s}});
    QCOMPARE(result.status, 302);
    QCOMPARE(locationValue(result, u"error"_s), u"access_denied"_s);
    QCOMPARE(locationValue(result, u"state"_s), u"s"_s);
}

QTEST_GUILESS_MAIN(TestEmulatorIdentity)
#include "tst_EmulatorIdentity.moc"
