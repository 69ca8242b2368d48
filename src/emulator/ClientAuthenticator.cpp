#include "ClientAuthenticator.h"

#include "TokenAuthority.h"

#include <QFile>
#include <QJsonArray>

namespace ed::emu {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView jwtBearer{"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"};
constexpr qint64 assertionSkewSeconds = 300; // an assertion may start up to 5 minutes "in the future"

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

// x5t values are base64url by the spec; some libraries send standard base64 with padding.
QByteArray decodeThumbprint(const QString &value)
{
    QByteArray text = value.toLatin1();
    text.replace('+', '-').replace('/', '_');
    while (text.endsWith('='))
        text.chop(1);
    return TokenAuthority::fromBase64Url(text).value_or(QByteArray());
}

// One urlencoded half of HTTP Basic credentials.
QString formDecoded(QByteArray text)
{
    text.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
}

IdentityError invalidClient(int code, const QString &description)
{
    return IdentityError{401, u"invalid_client"_s, code, description};
}

} // namespace

ClientAuthenticator::ClientAuthenticator(QString directory)
    : m_directory(std::move(directory))
{
    m_apps.append(
            AppRegistration{QString(publicClientId), u"Microsoft Graph Command Line Tools"_s, true, {}, std::nullopt});

    AppRegistration automation{QString(confidentialClientId), u"Enrollment Desk demo automation"_s, false,
                               QString(confidentialClientSecret), std::nullopt};
    QFile certificate(u":/emulator/demo-app-certificate.pem"_s);
    QString error;
    if (certificate.open(QIODevice::ReadOnly))
        automation.certificate = ClientCertificate::fromPem(certificate.readAll(), &error);
    if (!automation.certificate)
        qWarning("Graph emulator: the demo app certificate is not available (%s); certificate sign-in will fail.",
                 qUtf8Printable(error.isEmpty() ? certificate.errorString() : error));
    m_apps.append(std::move(automation));
}

const AppRegistration *ClientAuthenticator::find(const QString &clientId) const
{
    for (const AppRegistration &app : m_apps)
        if (app.clientId.compare(clientId, Qt::CaseInsensitive) == 0)
            return &app;
    return nullptr;
}

IdentityError ClientAuthenticator::unknownClient(const QString &clientId) const
{
    return IdentityError{
            400, u"unauthorized_client"_s, 700016,
            u"Application with identifier '%1' was not found in the directory '%2'. This can happen if the "
            "application has not been installed by the administrator of the tenant or consented to by any user in the "
            "tenant. You may have sent your authentication request to the wrong tenant."_s.arg(clientId, m_directory)};
}

ClientAuthenticator::Result ClientAuthenticator::authenticate(const EmuRequest &request,
                                                              const QHash<QString, QString> &form,
                                                              const QStringList &audiences, const QDateTime &now) const
{
    auto fail = [](IdentityError error) { return Result{nullptr, std::move(error)}; };
    QString clientId = form.value(u"client_id"_s);
    QString secret = form.value(u"client_secret"_s);
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        // RFC 6749 §2.3.1: base64(urlencode(client_id) ":" urlencode(secret)).
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        const QString basicId = formDecoded(decoded.left(colon));
        if (colon < 0 || (!clientId.isEmpty() && clientId != basicId) || !secret.isEmpty())
            return fail(invalidClient(7000215,
                                      u"Invalid client secret provided. The HTTP Basic credentials are "
                                      "malformed or conflict with the request body."_s));
        clientId = basicId;
        secret = formDecoded(decoded.mid(colon + 1));
    }
    if (clientId.isEmpty())
        return fail({400, u"invalid_request"_s, 900144,
                     u"The request body must contain the following parameter: 'client_id'."_s});
    const AppRegistration *app = find(clientId);
    if (!app)
        return fail(unknownClient(clientId));

    const QString assertionType = form.value(u"client_assertion_type"_s);
    const QString assertion = form.value(u"client_assertion"_s);
    const bool hasAssertion = !assertion.isEmpty() || !assertionType.isEmpty();
    if (app->publicClient) {
        if (!secret.isEmpty() || hasAssertion)
            return fail(invalidClient(
                    700025,
                    u"Client is public so neither 'client_assertion' nor 'client_secret' should be presented."_s));
        return Result{app, {}};
    }
    if (!secret.isEmpty() && hasAssertion)
        return fail({400, u"invalid_request"_s, 90014,
                     u"Only one client authentication method may be used: 'client_secret' or 'client_assertion'."_s});
    if (secret.isEmpty() && !hasAssertion)
        return fail(invalidClient(
                7000218,
                u"The request body must contain the following parameter: 'client_assertion' or 'client_secret'."_s));
    if (!secret.isEmpty()) {
        if (!constantTimeEquals(secret.toUtf8(), app->secret.toUtf8()))
            return fail(invalidClient(
                    7000215,
                    u"Invalid client secret provided. Ensure the secret being sent in the request is the client secret "
                    "value, not the client secret ID, for a secret added to app '%1'."_s.arg(app->clientId)));
        return Result{app, {}};
    }
    if (assertionType != jwtBearer)
        return fail({400, u"invalid_request"_s, 90014,
                     u"The value of 'client_assertion_type' must be '%1'."_s.arg(QString(jwtBearer))});
    if (assertion.isEmpty())
        return fail({400, u"invalid_request"_s, 900144,
                     u"The request body must contain the following parameter: 'client_assertion'."_s});
    if (std::optional<IdentityError> error = verifyAssertion(assertion, *app, audiences, now))
        return fail(*std::move(error));
    return Result{app, {}};
}

std::optional<IdentityError> ClientAuthenticator::verifyAssertion(const QString &assertion, const AppRegistration &app,
                                                                  const QStringList &audiences,
                                                                  const QDateTime &now) const
{
    const QString certificateHelp = u" Review the documentation at https://aka.ms/certCredentials."_s;
    if (!app.certificate)
        return invalidClient(
                700027,
                u"The certificate with identifier used to sign the client assertion is not registered on application."_s);

    const QList<QByteArray> parts = assertion.toLatin1().split('.');
    if (parts.size() != 3)
        return invalidClient(50027, u"JWT token is invalid or malformed."_s);
    const std::optional<QJsonObject> header = TokenAuthority::decodeJsonSegment(parts.at(0));
    const std::optional<QJsonObject> claims = TokenAuthority::decodeJsonSegment(parts.at(1));
    const std::optional<QByteArray> signature = TokenAuthority::fromBase64Url(parts.at(2));
    if (!header || !claims || !signature || signature->isEmpty())
        return invalidClient(50027, u"JWT token is invalid or malformed."_s);

    const QString algorithm = header->value("alg"_L1).toString();
    if (algorithm != "RS256"_L1 && algorithm != "PS256"_L1)
        return invalidClient(
                5002738,
                u"Invalid JWT token. '%1' is not a supported signature algorithm. Supported signing algorithms are: "
                "'RS256, PS256'."_s.arg(algorithm));
    const std::pair<QLatin1StringView, QByteArray> thumbprints[] = {
            {"x5t"_L1, app.certificate->sha1Thumbprint()}, {"x5t#S256"_L1, app.certificate->sha256Thumbprint()}};
    for (const auto &[name, expected] : thumbprints) {
        const QJsonValue value = header->value(name);
        const QByteArray sent = decodeThumbprint(value.toString());
        if (!value.isUndefined() && sent != expected)
            return invalidClient(700027,
                                 u"Client assertion failed signature validation. [Reason - The key was not found., "
                                 "Thumbprint of key used by client: '%1', Please visit the Azure Portal, Graph "
                                 "Explorer or directly use MS Graph to see configured keys for app Id '%2'.]"_s.arg(
                                         QString::fromLatin1(sent.toHex().toUpper()), app.clientId));
    }
    if (!app.certificate->verify(parts.at(0) + '.' + parts.at(1), *signature, algorithm))
        return invalidClient(700027,
                             u"Client assertion failed signature validation. [Reason - Key was found, but use "
                             "of the key to verify the signature failed.]"_s);

    const QJsonValue aud = claims->value("aud"_L1);
    const QJsonArray named = aud.isArray() ? aud.toArray() : QJsonArray{aud};
    bool audienceOk = false;
    for (const QJsonValue &value : named)
        audienceOk = audienceOk || audiences.contains(value.toString(), Qt::CaseInsensitive);
    if (!audienceOk)
        return invalidClient(
                700023,
                u"Client assertion audience claim does not match Realm issuer. Expected '%1'."_s.arg(audiences.value(0))
                        + certificateHelp);
    if (claims->value("iss"_L1).toString() != app.clientId || claims->value("sub"_L1).toString() != app.clientId)
        return invalidClient(700021,
                             u"Client assertion application identifier doesn't match 'client_id' parameter."_s
                                     + certificateHelp);

    const qint64 seconds = now.toSecsSinceEpoch();
    const QJsonValue exp = claims->value("exp"_L1);
    const QJsonValue nbf = claims->value("nbf"_L1);
    const bool expired = !exp.isDouble() || static_cast<qint64>(exp.toDouble()) <= seconds;
    const bool early = nbf.isDouble() && static_cast<qint64>(nbf.toDouble()) > seconds + assertionSkewSeconds;
    if (expired || early) {
        auto time = [](const QJsonValue &value) {
            return value.isDouble() ? QDateTime::fromSecsSinceEpoch(static_cast<qint64>(value.toDouble()), Qt::UTC)
                                              .toString(Qt::ISODate)
                                    : u"(none)"_s;
        };
        return invalidClient(700024,
                             u"Client assertion is not within its valid time range. Current time: %1, assertion "
                             "valid from %2, expiry time of assertion %3."_s.arg(now.toUTC().toString(Qt::ISODate),
                                                                                 time(nbf), time(exp))
                                     + certificateHelp);
    }
    return std::nullopt;
}

} // namespace ed::emu
