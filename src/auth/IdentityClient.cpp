#include "IdentityClient.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

// expires_in and interval arrive as numbers, and as strings from older endpoints; -1 when absent
// or not a non-negative whole number of seconds.
qint64 seconds(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        return std::isfinite(number) && number >= 0 && number < 1e12 ? static_cast<qint64>(number) : -1;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        return ok && number >= 0 ? number : -1;
    }
    return -1;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("IdentityClient", text);
}

// The sentences describe() gives, by the identity platform's AADSTS number (graph.md §8; the
// numbers Entra documents). Checked before the `error` code: they are more specific.
struct AadstsText
{
    int code;
    const char *text;
};

const AadstsText aadstsTexts[] = {
        {90002,
         QT_TRANSLATE_NOOP("IdentityClient",
                           "The tenant was not found. Check the tenant ID or domain, and that it belongs to "
                           "the selected cloud.")},
        {900023, QT_TRANSLATE_NOOP("IdentityClient", "The tenant ID or domain is not valid. Check the spelling.")},
        {700016,
         QT_TRANSLATE_NOOP("IdentityClient",
                           "The app (client ID) is not known in this tenant. Check the client ID, the tenant "
                           "and the cloud; an administrator may need to add the app to the tenant.")},
        {50011,
         QT_TRANSLATE_NOOP("IdentityClient",
                           "The redirect address does not match the app registration. The app needs "
                           "http://localhost registered as a redirect URI for mobile and desktop "
                           "applications.")},
        {500112,
         QT_TRANSLATE_NOOP("IdentityClient",
                           "The redirect address of the sign-in and of the token request differ; start the "
                           "sign-in again.")},
        {65001,
         QT_TRANSLATE_NOOP("IdentityClient",
                           "The app has no consent for the permissions it asks for. An administrator must "
                           "grant admin consent for it in this tenant.")},
        {65004,
         QT_TRANSLATE_NOOP("IdentityClient",
                           "Consent to the app's permissions was declined, so the sign-in did not complete.")},
        {90094,
         QT_TRANSLATE_NOOP("IdentityClient",
                           "An administrator must consent to the permissions this app asks for before you "
                           "can sign in.")},
        {501481,
         QT_TRANSLATE_NOOP("IdentityClient",
                           "The sign-in could not be verified: the proof key (PKCE) did not match. Start the "
                           "sign-in again.")},
        {54005, QT_TRANSLATE_NOOP("IdentityClient", "The sign-in code was already used. Start the sign-in again.")},
        {70008, QT_TRANSLATE_NOOP("IdentityClient", "The sign-in code or saved sign-in has expired. Sign in again.")},
        {70000, QT_TRANSLATE_NOOP("IdentityClient", "The saved sign-in is no longer valid. Sign in again.")},
        {50173,
         QT_TRANSLATE_NOOP("IdentityClient",
                           "The saved sign-in was revoked (for example after a password change). Sign in "
                           "again.")},
        {700082,
         QT_TRANSLATE_NOOP("IdentityClient",
                           "The saved sign-in expired because it was not used for a long time. Sign in "
                           "again.")},
        {7000215,
         QT_TRANSLATE_NOOP("IdentityClient",
                           "The client secret is not valid. Use the secret's value (not its ID) and check "
                           "that it has not expired.")},
        {7000222,
         QT_TRANSLATE_NOOP("IdentityClient",
                           "The client secret has expired. Create a new secret for the app registration.")},
        {700027,
         QT_TRANSLATE_NOOP("IdentityClient",
                           "The certificate was refused: it is not registered for this app, or the signature "
                           "does not match it.")},
        {700024,
         QT_TRANSLATE_NOOP("IdentityClient",
                           "The certificate assertion is outside its valid time. Check this computer's date, "
                           "time and time zone.")},
        {700025,
         QT_TRANSLATE_NOOP("IdentityClient",
                           "This app registration is a public client: it does not accept a secret or a "
                           "certificate.")},
        {7000218,
         QT_TRANSLATE_NOOP("IdentityClient",
                           "The app registration requires a client secret or certificate for this sign-in "
                           "method.")},
        {70011,
         QT_TRANSLATE_NOOP("IdentityClient", "The requested permissions (scopes) are not valid for this sign-in.")},
        {50020,
         QT_TRANSLATE_NOOP("IdentityClient",
                           "The account does not belong to this tenant. Sign in with an account of the tenant "
                           "or select the account's own tenant.")},
        {50076,
         QT_TRANSLATE_NOOP("IdentityClient",
                           "Multi-factor authentication is required. Use the browser sign-in to complete it.")},
        {53003, QT_TRANSLATE_NOOP("IdentityClient", "A Conditional Access policy blocked the sign-in.")},
        {50058, QT_TRANSLATE_NOOP("IdentityClient", "No account is signed in in the browser. Sign in again.")},
        {70016, QT_TRANSLATE_NOOP("IdentityClient", "The sign-in has not been completed yet.")},
        {70020,
         QT_TRANSLATE_NOOP("IdentityClient",
                           "The code expired before the sign-in was completed. Start the sign-in again.")},
};

struct CodeText
{
    const char *code;
    const char *text;
};

const CodeText codeTexts[] = {
        {"access_denied", QT_TRANSLATE_NOOP("IdentityClient", "The sign-in was cancelled or refused in the browser.")},
        {"consent_required",
         QT_TRANSLATE_NOOP("IdentityClient",
                           "The app has no consent for the permissions it asks for. An administrator must grant "
                           "admin consent for it in this tenant.")},
        {"interaction_required",
         QT_TRANSLATE_NOOP("IdentityClient", "Microsoft sign-in needs you to sign in interactively again.")},
        {"login_required", QT_TRANSLATE_NOOP("IdentityClient", "Microsoft sign-in needs you to sign in again.")},
        {"invalid_grant", QT_TRANSLATE_NOOP("IdentityClient", "The sign-in is no longer valid. Sign in again.")},
        {"invalid_client",
         QT_TRANSLATE_NOOP("IdentityClient", "The app's credentials (client secret or certificate) were refused.")},
        {"unauthorized_client",
         QT_TRANSLATE_NOOP("IdentityClient",
                           "The app registration does not allow this sign-in method. For device code sign-in it "
                           "needs \"Allow public client flows\".")},
        {"invalid_scope",
         QT_TRANSLATE_NOOP("IdentityClient", "The requested permissions (scopes) are not valid for this sign-in.")},
        {"authorization_declined", QT_TRANSLATE_NOOP("IdentityClient", "The sign-in was declined.")},
        {"expired_token",
         QT_TRANSLATE_NOOP("IdentityClient",
                           "The code expired before the sign-in was completed. Start the sign-in again.")},
        {"bad_verification_code",
         QT_TRANSLATE_NOOP("IdentityClient", "Microsoft sign-in did not recognise the device code. Start again.")},
        {"temporarily_unavailable",
         QT_TRANSLATE_NOOP("IdentityClient", "Microsoft sign-in is temporarily unavailable. Try again in a moment.")},
        {"server_error",
         QT_TRANSLATE_NOOP("IdentityClient", "Microsoft sign-in had an internal error. Try again in a moment.")},
};

} // namespace

// --- TokenResponse ----------------------------------------------------------------------------

QDateTime TokenResponse::expiresAt() const
{
    if (!receivedAt.isValid() || expiresInSec <= 0)
        return {};
    return receivedAt.addSecs(expiresInSec);
}

// --- IdentityReply ----------------------------------------------------------------------------

IdentityReply::IdentityReply(Expect expect, QString clientRequestId, QObject *parent)
    : QObject(parent)
    , m_expect(expect)
    , m_clientRequestId(std::move(clientRequestId))
{ }

IdentityReply::~IdentityReply()
{
    if (QNetworkReply *network = m_network.data()) {
        network->disconnect(this);
        network->abort();
        network->deleteLater();
    }
}

void IdentityReply::start(QNetworkReply *network, int deadlineMs)
{
    m_network = network;
    m_deadlineMs = deadlineMs;
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        QNetworkReply *flight = m_network.data();
        m_timedOut = true;
        if (flight != nullptr)
            flight->abort(); // finished() follows and reports the timeout
        else
            fail(GraphError::timeout(m_deadlineMs, m_clientRequestId));
    });
    m_deadline->start(deadlineMs);
    connect(network, &QNetworkReply::finished, this, &IdentityReply::onFinished);
}

void IdentityReply::cancel()
{
    if (m_done || m_cancelled)
        return;
    m_cancelled = true;
    QNetworkReply *flight = m_network.data();
    if (flight != nullptr && flight->isRunning())
        flight->abort(); // finished() follows and reports the cancellation
    else
        fail(GraphError::cancelled(m_clientRequestId));
}

void IdentityReply::fail(const GraphError &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_deadline)
        m_deadline->stop();
    Q_EMIT failed(error);
    deleteLater();
}

void IdentityReply::onFinished()
{
    QNetworkReply *network = m_network.data();
    if (network == nullptr || m_done)
        return;
    m_network = nullptr;
    network->deleteLater();
    if (m_deadline)
        m_deadline->stop();

    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = network->isOpen() ? network->readAll() : QByteArray();
    const QList<std::pair<QByteArray, QByteArray>> headers = network->rawHeaderPairs();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The path only: the query of an identity endpoint never carries anything, the body is never logged.
    qCInfo(lcAuth).noquote() << u"POST %1 → %2 (request-id %3, client-request-id %4)"_s.arg(
            network->url().path(), status > 0 ? QString::number(status) : u"no answer"_s,
            QString::fromLatin1(network->rawHeader("request-id")), m_clientRequestId);

    if (m_cancelled) {
        fail(GraphError::cancelled(m_clientRequestId));
        return;
    }
    if (m_timedOut) {
        fail(GraphError::timeout(m_deadlineMs, m_clientRequestId));
        return;
    }
    if (status == 0 || (network->error() != QNetworkReply::NoError && status >= 200 && status < 300)) {
        // Qt reports its transfer timeout as OperationCanceledError: nothing else aborts the reply.
        const int transferTimeout = network->request().transferTimeout();
        fail(network->error() == QNetworkReply::OperationCanceledError
                     ? GraphError::timeout(transferTimeout, m_clientRequestId)
                     : GraphError::fromTransport(network->error(), network->errorString(), m_clientRequestId));
        return;
    }
    if (status < 200 || status >= 300) {
        GraphError error = GraphError::fromResponse(status, body, headers, now);
        if (status >= 300 && status < 400)
            error.kind = GraphError::Kind::Redirect; // never followed: the form holds credentials
        if (error.clientRequestId.isEmpty())
            error.clientRequestId = m_clientRequestId;
        fail(error);
        return;
    }

    // A success body holds credentials: a failure built from it carries a reason, never the body.
    const auto invalid = [&](const QString &reason) {
        GraphError error;
        error.kind = GraphError::Kind::InvalidResponse;
        error.httpStatus = status;
        error.requestId = QString::fromLatin1(network->rawHeader("request-id"));
        error.clientRequestId = m_clientRequestId;
        error.date = now;
        error.transportMessage = reason;
        fail(error);
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        invalid(u"The answer is not a JSON object."_s);
        return;
    }
    const QJsonObject json = document.object();

    if (m_expect == Expect::Token) {
        TokenResponse response;
        response.accessToken = json.value("access_token"_L1).toString();
        response.refreshToken = json.value("refresh_token"_L1).toString();
        response.idToken = json.value("id_token"_L1).toString();
        response.scope = json.value("scope"_L1).toString();
        response.tokenType = json.value("token_type"_L1).toString();
        response.expiresInSec = seconds(json.value("expires_in"_L1));
        response.extExpiresInSec = std::max<qint64>(0, seconds(json.value("ext_expires_in"_L1)));
        response.receivedAt = now;
        if (response.accessToken.isEmpty()) {
            invalid(u"The token answer has no access_token."_s);
            return;
        }
        if (!response.tokenType.isEmpty() && response.tokenType.compare("Bearer"_L1, Qt::CaseInsensitive) != 0) {
            invalid(u"The token type is \"%1\", not Bearer."_s.arg(response.tokenType.left(40)));
            return;
        }
        if (response.expiresInSec < 0)
            response.expiresInSec = 0; // unknown: the claims' exp still tells
        m_done = true;
        Q_EMIT succeeded(response);
        deleteLater();
        return;
    }

    DeviceCodeResponse response;
    response.deviceCode = json.value("device_code"_L1).toString();
    response.userCode = json.value("user_code"_L1).toString();
    QString uri = json.value("verification_uri"_L1).toString();
    if (uri.isEmpty())
        uri = json.value("verification_url"_L1).toString(); // the v1 endpoint's spelling
    response.verificationUri = QUrl(uri, QUrl::StrictMode);
    response.message = json.value("message"_L1).toString();
    response.expiresInSec = seconds(json.value("expires_in"_L1));
    response.intervalSec = seconds(json.value("interval"_L1));
    response.receivedAt = now;
    if (response.deviceCode.isEmpty() || response.userCode.isEmpty()) {
        invalid(u"The device code answer has no device_code or user_code."_s);
        return;
    }
    const QString scheme = response.verificationUri.scheme();
    if (!response.verificationUri.isValid() || (scheme != "https"_L1 && scheme != "http"_L1)
        || response.verificationUri.host().isEmpty()) {
        invalid(u"The device code answer has no valid verification_uri."_s);
        return;
    }
    if (response.expiresInSec <= 0)
        response.expiresInSec = 900; // graph.md §8.3 default
    if (response.intervalSec <= 0)
        response.intervalSec = 5; // RFC 8628 §3.2 default
    m_done = true;
    Q_EMIT deviceCodeIssued(response);
    deleteLater();
}

// --- IdentityClient ---------------------------------------------------------------------------

IdentityClient::IdentityClient(QNetworkAccessManager &network, QUrl loginBaseUrl, QString tenant, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_loginBase(std::move(loginBaseUrl))
    , m_tenant(std::move(tenant))
{
    qRegisterMetaType<TokenResponse>();
    qRegisterMetaType<DeviceCodeResponse>();
    qRegisterMetaType<GraphError>();
}

IdentityClient::~IdentityClient() = default;

QUrl IdentityClient::endpoint(QLatin1StringView leaf) const
{
    QUrl url = m_loginBase;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    const QString tenant = QString::fromLatin1(QUrl::toPercentEncoding(m_tenant.trimmed()));
    path += u'/' + tenant + u"/oauth2/v2.0/"_s + leaf;
    url.setPath(path, QUrl::StrictMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl IdentityClient::authorizeUrl(const FormFields &params) const
{
    QUrl url = endpoint("authorize"_L1);
    url.setQuery(QString::fromLatin1(encodeForm(params)), QUrl::StrictMode);
    return url;
}

QUrl IdentityClient::authorizeUrl(const QUrlQuery &params) const
{
    return authorizeUrl(fields(params));
}

QUrl IdentityClient::tokenEndpoint() const
{
    return endpoint("token"_L1);
}

QUrl IdentityClient::deviceCodeEndpoint() const
{
    return endpoint("devicecode"_L1);
}

IdentityReply *IdentityClient::postForm(const QUrl &endpointUrl, const FormFields &form, IdentityReply::Expect expect)
{
    const QString clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto *reply = new IdentityReply(expect, clientRequestId, this);

    QNetworkRequest request(endpointUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("client-request-id", clientRequestId.toLatin1());
    request.setRawHeader("return-client-request-id", "true");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(m_transferTimeoutMs);

    QNetworkReply *network = m_network.post(request, encodeForm(form));
    reply->start(network, m_deadlineMs);
    return reply;
}

IdentityReply *IdentityClient::postForm(const QUrl &endpointUrl, const QUrlQuery &form, IdentityReply::Expect expect)
{
    return postForm(endpointUrl, fields(form), expect);
}

QByteArray IdentityClient::encodeForm(const FormFields &formFields)
{
    QByteArray out;
    for (const auto &[key, value] : formFields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key);
        out += '=';
        out += QUrl::toPercentEncoding(value);
    }
    return out;
}

FormFields IdentityClient::fields(const QUrlQuery &query)
{
    FormFields out;
    const QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        out.append(std::pair<QString, QString>(item.first, item.second));
    return out;
}

QString IdentityClient::joinScopes(const QStringList &scopes)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &scope : scopes) {
        const QStringList parts = scope.split(u' ', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (seen.contains(part.toLower()))
                continue;
            seen.insert(part.toLower());
            out.append(part);
        }
    }
    return out.join(u' ');
}

GraphError IdentityClient::localError(const QString &code, const QString &sentence, GraphError::Kind kind)
{
    GraphError error;
    error.kind = kind;
    error.code = code;
    error.message = sentence;
    error.date = QDateTime::currentDateTimeUtc();
    return error;
}

QString IdentityClient::describe(const GraphError &error)
{
    // Errors a sign-in flow raises itself (no HTTP exchange) carry their sentence as the message.
    if (error.httpStatus == 0 && error.code.startsWith("ed_"_L1) && !error.message.isEmpty())
        return error.message;
    if (error.kind == GraphError::Kind::Http) {
        for (const int code : error.aadstsCodes)
            for (const AadstsText &text : aadstsTexts)
                if (text.code == code)
                    return translated(text.text);
        for (const CodeText &text : codeTexts)
            if (error.code == QLatin1StringView(text.code))
                return translated(text.text);
    }
    switch (error.kind) {
    case GraphError::Kind::Timeout:
        return QCoreApplication::translate("IdentityClient", "Microsoft sign-in did not answer within %n second(s).",
                                           nullptr,
                                           static_cast<int>(std::max<qint64>(1, (error.timeoutMs + 500) / 1000)));
    case GraphError::Kind::Transport:
        return QCoreApplication::translate("IdentityClient", "Microsoft sign-in could not be reached: %1.")
                .arg(error.transportMessage.simplified());
    case GraphError::Kind::Cancelled:
        return QCoreApplication::translate("IdentityClient", "The sign-in was cancelled.");
    case GraphError::Kind::Redirect:
        return QCoreApplication::translate(
                       "IdentityClient",
                       "Microsoft sign-in answered with a redirect (%1), which is not followed. Check the "
                       "cloud and any proxy in between.")
                .arg(error.httpStatus);
    case GraphError::Kind::InvalidResponse:
        return QCoreApplication::translate("IdentityClient",
                                           "Microsoft sign-in sent an answer that could not be read.");
    case GraphError::Kind::Http:
        break;
    }
    return error.summary();
}

} // namespace ed
