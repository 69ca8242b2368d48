#include "IdentityApi.h"

#include "DemoTenant.h"
#include "EmulatorOptions.h"
#include "TokenAuthority.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

namespace ed::emu {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 codeLifetimeMs = 10 * 60 * 1000;
constexpr qint64 deviceCodeLifetimeSeconds = 900;
constexpr qint64 refreshInactivityMs = 90LL * 24 * 3600 * 1000;
constexpr qint64 keepExpiredMs = 24LL * 3600 * 1000; // expired entries answer precisely for a day
constexpr QLatin1StringView graphResource{"https://graph.microsoft.com/"};
constexpr QLatin1StringView graphResourceId{"00000003-0000-0000-c000-000000000000/"};
constexpr QLatin1StringView deviceCodeGrant{"urn:ietf:params:oauth:grant-type:device_code"};

using Form = QHash<QString, QString>;

// application/x-www-form-urlencoded (also a raw query string): '+' is a space, first value wins.
Form parseForm(const QByteArray &text)
{
    Form form;
    const QByteArray body = text.startsWith('?') ? text.mid(1) : text;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        const QString name = QString::fromUtf8(QByteArray::fromPercentEncoding(key));
        if (!form.contains(name))
            form.insert(name, QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return form;
}

bool isForm(const EmuRequest &request)
{
    return request.header("content-type").trimmed().toLower().startsWith("application/x-www-form-urlencoded");
}

QByteArray encodePairs(const QList<std::pair<QString, QString>> &pairs)
{
    QByteArray out;
    for (const auto &[key, value] : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

// RFC 8252 loopback redirect: http, localhost or 127.0.0.1, any port, any path, no fragment.
std::optional<QUrl> loopbackRedirect(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != "http"_L1 || url.hasFragment() || !url.userInfo().isEmpty())
        return std::nullopt;
    if (url.host() != "localhost"_L1 && url.host() != "127.0.0.1"_L1)
        return std::nullopt;
    return url;
}

// RFC 7636 §4.1: 43–128 characters of [A-Za-z0-9-._~] (a challenge has the same shape).
bool isPkceString(const QString &text)
{
    if (text.size() < 43 || text.size() > 128)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-'
                || u == '.' || u == '_' || u == '~';
        if (!ok)
            return false;
    }
    return true;
}

QString stripGraphPrefix(const QString &scope)
{
    QString name;
    if (scope.startsWith(graphResource, Qt::CaseInsensitive))
        name = scope.mid(graphResource.size());
    else if (scope.startsWith(graphResourceId, Qt::CaseInsensitive))
        name = scope.mid(graphResourceId.size());
    else
        return scope;
    while (name.startsWith(u'/'))
        name.remove(0, 1);
    return name;
}

QString uuidFor(const QString &tenantId, const QString &name)
{
    return QUuid::createUuidV5(QUuid(tenantId), name).toString(QUuid::WithoutBraces);
}

} // namespace

QString IdentityApi::Scopes::toResponseString() const
{
    QStringList names;
    for (const QString &name : graph)
        names.append(graphResource + name);
    if (openid)
        names.append(u"openid"_s);
    if (profile)
        names.append(u"profile"_s);
    if (email)
        names.append(u"email"_s);
    return names.join(u' ');
}

IdentityApi::IdentityApi(EmulatorContext &context)
    : ApiModule(context)
    , m_clients(context.tenant.tenantDomain)
{ }

IdentityApi::~IdentityApi() = default;

QStringList IdentityApi::delegatedPermissions()
{
    return {u"DeviceManagementServiceConfig.ReadWrite.All"_s, u"DeviceManagementConfiguration.ReadWrite.All"_s,
            u"Group.Read.All"_s, u"Directory.Read.All"_s, u"User.Read"_s};
}

QStringList IdentityApi::appRoles()
{
    return {u"DeviceManagementServiceConfig.ReadWrite.All"_s, u"DeviceManagementConfiguration.ReadWrite.All"_s,
            u"Group.Read.All"_s, u"Directory.Read.All"_s};
}

std::optional<EmuResponse> IdentityApi::handle(const EmuRequest &request, const Caller *)
{
    const QStringList &s = request.segments;
    if (s.size() != 4)
        return std::nullopt;
    enum class Endpoint { Discovery, Keys, Authorize, Token, DeviceCode, Logout } endpoint;
    if (s.at(1) == "v2.0"_L1 && s.at(2) == ".well-known"_L1 && s.at(3) == "openid-configuration"_L1)
        endpoint = Endpoint::Discovery;
    else if (s.at(1) == "discovery"_L1 && s.at(2) == "v2.0"_L1 && s.at(3) == "keys"_L1)
        endpoint = Endpoint::Keys;
    else if (s.at(1) == "oauth2"_L1 && s.at(2) == "v2.0"_L1 && s.at(3) == "authorize"_L1)
        endpoint = Endpoint::Authorize;
    else if (s.at(1) == "oauth2"_L1 && s.at(2) == "v2.0"_L1 && s.at(3) == "token"_L1)
        endpoint = Endpoint::Token;
    else if (s.at(1) == "oauth2"_L1 && s.at(2) == "v2.0"_L1 && s.at(3) == "devicecode"_L1)
        endpoint = Endpoint::DeviceCode;
    else if (s.at(1) == "oauth2"_L1 && s.at(2) == "v2.0"_L1 && s.at(3) == "logout"_L1)
        endpoint = Endpoint::Logout;
    else
        return std::nullopt;

    const QString &tenant = s.at(0);
    if (!isKnownTenant(tenant)) {
        const IdentityError failure{
                400, u"invalid_request"_s, 90002,
                u"Tenant '%1' not found. Check to make sure you have the correct tenant ID and are signing into the "
                "correct cloud. Check with your subscription administrator, this may happen if there are no active "
                "subscriptions for the tenant."_s.arg(tenant)};
        return endpoint == Endpoint::Authorize ? htmlError(request, failure) : jsonError(request, failure);
    }
    const bool post = request.method == "POST";
    if ((endpoint == Endpoint::Token || endpoint == Endpoint::DeviceCode) && !post)
        return jsonError(request,
                         {400, u"invalid_request"_s, 900561,
                          u"The endpoint only accepts POST, OPTIONS requests. Received a %1 request."_s.arg(
                                  QString::fromLatin1(request.method))});

    switch (endpoint) {
    case Endpoint::Discovery:
        return discovery(request, tenant);
    case Endpoint::Keys:
        // The emulator signs with HS256 (a shared secret), so there is no public key to publish.
        return identityJson(200, QJsonObject{{u"keys"_s, QJsonArray()}});
    case Endpoint::Authorize:
        return authorize(request);
    case Endpoint::Token:
        return token(request, tenant);
    case Endpoint::DeviceCode:
        return deviceCode(request);
    case Endpoint::Logout:
        return logout(request);
    }
    return std::nullopt;
}

// --- discovery --------------------------------------------------------------------------------

EmuResponse IdentityApi::discovery(const EmuRequest &, const QString &tenantSegment) const
{
    const QString &tenantId = m_context.tenant.tenantId;
    const bool specific = tenantSegment.compare(tenantId, Qt::CaseInsensitive) == 0
            || tenantSegment.compare(m_context.tenant.tenantDomain, Qt::CaseInsensitive) == 0;
    const QString base = m_context.baseUrl + u'/' + (specific ? tenantId : tenantSegment);
    const QUrl baseUrl(m_context.baseUrl);
    const QString graphHost =
            baseUrl.host() + u':' + QString::number(baseUrl.port(baseUrl.scheme() == "https"_L1 ? 443 : 80));

    const QJsonObject configuration{
            {u"issuer"_s, QString(m_context.baseUrl + u'/' + (specific ? tenantId : u"{tenantid}"_s) + u"/v2.0"_s)},
            {u"authorization_endpoint"_s, QString(base + u"/oauth2/v2.0/authorize"_s)},
            {u"token_endpoint"_s, QString(base + u"/oauth2/v2.0/token"_s)},
            {u"device_authorization_endpoint"_s, QString(base + u"/oauth2/v2.0/devicecode"_s)},
            {u"end_session_endpoint"_s, QString(base + u"/oauth2/v2.0/logout"_s)},
            {u"jwks_uri"_s, QString(base + u"/discovery/v2.0/keys"_s)},
            {u"token_endpoint_auth_methods_supported"_s,
             QJsonArray{u"client_secret_post"_s, u"private_key_jwt"_s, u"client_secret_basic"_s}},
            {u"response_modes_supported"_s, QJsonArray{u"query"_s, u"fragment"_s, u"form_post"_s}},
            {u"response_types_supported"_s, QJsonArray{u"code"_s}},
            {u"grant_types_supported"_s,
             QJsonArray{u"authorization_code"_s, u"refresh_token"_s, QString(deviceCodeGrant),
                        u"client_credentials"_s}},
            {u"scopes_supported"_s, QJsonArray{u"openid"_s, u"profile"_s, u"email"_s, u"offline_access"_s}},
            {u"subject_types_supported"_s, QJsonArray{u"pairwise"_s}},
            {u"id_token_signing_alg_values_supported"_s, QJsonArray{u"HS256"_s}},
            {u"code_challenge_methods_supported"_s, QJsonArray{u"S256"_s, u"plain"_s}},
            {u"claims_supported"_s,
             QJsonArray{u"sub"_s, u"iss"_s, u"aud"_s, u"exp"_s, u"iat"_s, u"nonce"_s, u"preferred_username"_s,
                        u"name"_s, u"tid"_s, u"oid"_s, u"ver"_s, u"email"_s}},
            {u"request_uri_parameter_supported"_s, false},
            {u"http_logout_supported"_s, true},
            {u"frontchannel_logout_supported"_s, true},
            {u"tenant_region_scope"_s, specific ? QJsonValue(u"NA"_s) : QJsonValue(QJsonValue::Null)},
            {u"cloud_instance_name"_s, u"microsoftonline.com"_s},
            {u"cloud_graph_host_name"_s, u"graph.windows.net"_s},
            {u"msgraph_host"_s, graphHost}};
    EmuResponse response = EmuResponse::raw(200, QJsonDocument(configuration).toJson(QJsonDocument::Compact),
                                            "application/json; charset=utf-8");
    response.setHeader("Cache-Control", "max-age=86400, private");
    response.setHeader("Access-Control-Allow-Origin", "*");
    return response;
}

// --- authorize --------------------------------------------------------------------------------

EmuResponse IdentityApi::authorize(const EmuRequest &request)
{
    const Form p = request.method == "POST" && isForm(request) ? parseForm(request.body)
                                                               : parseForm(request.rawQuery.toUtf8());
    const QString clientId = p.value(u"client_id"_s);
    if (clientId.isEmpty())
        return htmlError(request,
                         {400, u"invalid_request"_s, 900144,
                          u"The request body must contain the following parameter: 'client_id'."_s});
    const AppRegistration *app = m_clients.find(clientId);
    if (!app)
        return htmlError(request, m_clients.unknownClient(clientId));
    if (!app->publicClient)
        return htmlError(request,
                         {400, u"invalid_request"_s, 500113, u"No reply address is registered for the application."_s});
    const QString redirectUri = p.value(u"redirect_uri"_s);
    if (redirectUri.isEmpty())
        return htmlError(request,
                         {400, u"invalid_request"_s, 900144,
                          u"The request body must contain the following parameter: 'redirect_uri'."_s});
    const std::optional<QUrl> target = loopbackRedirect(redirectUri);
    if (!target)
        return htmlError(
                request,
                {400, u"invalid_request"_s, 50011,
                 u"The redirect URI '%1' specified in the request does not match the redirect URIs configured "
                 "for the application '%2'. Make sure the redirect URI sent in the request matches one added to "
                 "your application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError to "
                 "learn more about how to fix this."_s.arg(redirectUri, clientId)});

    QString mode = p.value(u"response_mode"_s, u"query"_s);
    const QString state = p.value(u"state"_s);
    const bool badMode = mode != "query"_L1 && mode != "fragment"_L1 && mode != "form_post"_L1;
    if (badMode)
        mode = u"query"_s;

    // From here on, errors travel back to the app on its redirect URI.
    auto redirect = [&](QList<std::pair<QString, QString>> params) {
        if (!state.isEmpty())
            params.append({u"state"_s, state});
        if (mode == "form_post"_L1) {
            QString inputs;
            for (const auto &[name, value] : params)
                inputs += u"<input type=\"hidden\" name=\""_s + name.toHtmlEscaped() + u"\" value=\""_s
                        + value.toHtmlEscaped() + u"\" />"_s;
            return identityHtml(200, u"Working..."_s,
                                u"<form method=\"POST\" name=\"hiddenform\" action=\""_s + redirectUri.toHtmlEscaped()
                                        + u"\">"_s + inputs
                                        + u"<noscript><p>Script is disabled. Click Submit to continue.</p>"
                                          "<input type=\"submit\" value=\"Submit\" /></noscript></form>"
                                          "<script>document.forms[0].submit();</script>"_s);
        }
        QByteArray location = target->toEncoded(QUrl::RemoveFragment);
        if (mode == "fragment"_L1)
            location += '#';
        else
            location += target->hasQuery() ? '&' : '?';
        location += encodePairs(params);
        EmuResponse response =
                identityHtml(302, u"Object moved"_s,
                             u"<h2>Object moved to <a href=\""_s + QString::fromLatin1(location).toHtmlEscaped()
                                     + u"\">here</a>.</h2>"_s);
        response.setHeader("Location", location);
        return response;
    };
    auto redirectError = [&](const IdentityError &failure) {
        return redirect({{u"error"_s, failure.error},
                         {u"error_description"_s, failure.describe(request, m_context.now())},
                         {u"error_uri"_s, failure.errorUri()}});
    };

    if (badMode)
        return redirectError({400, u"invalid_request"_s, 90023,
                              u"The provided value for the input parameter 'response_mode' is not valid."_s});
    const QString responseType = p.value(u"response_type"_s);
    if (responseType.isEmpty())
        return redirectError({400, u"invalid_request"_s, 900144,
                              u"The request body must contain the following parameter: 'response_type'."_s});
    if (responseType != "code"_L1)
        return redirectError({400, u"unsupported_response_type"_s, 700054,
                              u"response_type '%1' is not enabled for the application."_s.arg(responseType)});

    Scopes scopes;
    if (const std::optional<IdentityError> failure = parseScopes(p.value(u"scope"_s), &scopes))
        return redirectError(*failure);
    if (scopes.graph.isEmpty())
        scopes.graph = QStringList{u"User.Read"_s};

    const QString challenge = p.value(u"code_challenge"_s);
    QString method = p.value(u"code_challenge_method"_s);
    if (!challenge.isEmpty()) {
        if (method.isEmpty())
            method = u"plain"_s; // RFC 7636 §4.3
        if (method != "S256"_L1 && method != "plain"_L1)
            return redirectError(
                    {400, u"invalid_request"_s, 501471,
                     u"Invalid code_challenge_method '%1'. Supported values are 'S256' and 'plain'."_s.arg(method)});
        if (!isPkceString(challenge))
            return redirectError({400, u"invalid_request"_s, 501491, u"Invalid size of Code_Challenge parameter."_s});
    } else if (!method.isEmpty()) {
        return redirectError({400, u"invalid_request"_s, 900144,
                              u"The request body must contain the following parameter: 'code_challenge'."_s});
    }
    const QString prompt = p.value(u"prompt"_s);
    static const QStringList prompts{u"login"_s, u"none"_s, u"consent"_s, u"select_account"_s, u"create"_s};
    if (!prompt.isEmpty() && !prompts.contains(prompt))
        return redirectError({400, u"invalid_request"_s, 90023, u"Invalid prompt value '%1'."_s.arg(prompt)});
    if (m_denyAuthorizations)
        return redirectError({400, u"access_denied"_s, 65004, u"User declined to consent to access the app."_s});

    const qint64 nowMs = m_context.nowMs();
    purgeExpired(nowMs);
    QString code;
    do
        code = u"0.ED"_s + m_context.tokens.randomToken(48);
    while (m_codes.contains(code));
    m_codes.insert(code,
                   AuthorizationCode{clientId, redirectUri, challenge, challenge.isEmpty() ? QString() : method,
                                     p.value(u"nonce"_s), scopes, signedInUser(p.value(u"login_hint"_s)), nowMs,
                                     false});
    return redirect({{u"code"_s, code}});
}

// --- token ------------------------------------------------------------------------------------

EmuResponse IdentityApi::token(const EmuRequest &request, const QString &tenantSegment)
{
    const Form form = isForm(request) ? parseForm(request.body) : Form();
    const QString grantType = form.value(u"grant_type"_s);
    if (grantType.isEmpty())
        return jsonError(request,
                         {400, u"invalid_request"_s, 900144,
                          u"The request body must contain the following parameter: 'grant_type'."_s});
    const bool known = grantType == "authorization_code"_L1 || grantType == "refresh_token"_L1
            || grantType == deviceCodeGrant || grantType == "device_code"_L1 || grantType == "client_credentials"_L1;
    if (!known)
        return jsonError(request,
                         {400, u"unsupported_grant_type"_s, 70003,
                          u"The app requested an unsupported grant type '%1'."_s.arg(grantType)});

    // A client assertion names this token endpoint, by any name of the tenant.
    const QStringList audiences{tokenEndpoint(tenantSegment), tokenEndpoint(m_context.tenant.tenantId),
                                tokenEndpoint(m_context.tenant.tenantDomain)};
    const ClientAuthenticator::Result client = m_clients.authenticate(request, form, audiences, m_context.now());
    if (!client.app)
        return jsonError(request, client.error);
    const AppRegistration *app = client.app;
    if (grantType == "authorization_code"_L1)
        return redeemAuthorizationCode(request, form, *app);
    if (grantType == "refresh_token"_L1)
        return redeemRefreshToken(request, form, *app);
    if (grantType == "client_credentials"_L1)
        return clientCredentials(request, form, *app);
    return redeemDeviceCode(request, form, *app);
}

EmuResponse IdentityApi::redeemAuthorizationCode(const EmuRequest &request, const Form &form,
                                                 const AppRegistration &app)
{
    const QString code = form.value(u"code"_s);
    if (code.isEmpty())
        return jsonError(request,
                         {400, u"invalid_request"_s, 900144,
                          u"The request body must contain the following parameter: 'code'."_s});
    auto it = m_codes.find(code);
    if (it == m_codes.end() || it->clientId != app.clientId)
        return jsonError(request,
                         {400, u"invalid_grant"_s, 9002313,
                          u"Invalid request. Request is malformed or invalid: the authorization code "
                          "is not valid for this client."_s});
    if (it->redeemed)
        return jsonError(request,
                         {400, u"invalid_grant"_s, 54005,
                          u"OAuth2 Authorization code was already redeemed, please retry with a new "
                          "valid code or use an existing refresh token."_s});
    if (m_context.nowMs() - it->issuedMs >= codeLifetimeMs)
        return jsonError(request,
                         {400, u"invalid_grant"_s, 70008,
                          u"The provided authorization code or refresh token has expired due to "
                          "inactivity. Send a new interactive authorization request for this user "
                          "and resource."_s});
    const QString redirectUri = form.value(u"redirect_uri"_s);
    if (redirectUri.isEmpty())
        return jsonError(request,
                         {400, u"invalid_request"_s, 900144,
                          u"The request body must contain the following parameter: 'redirect_uri'."_s});
    if (redirectUri != it->redirectUri)
        return jsonError(request,
                         {400, u"invalid_grant"_s, 500112,
                          u"The reply address '%1' does not match the reply address '%2' provided "
                          "when requesting Authorization code."_s.arg(redirectUri, it->redirectUri)});
    if (!it->challenge.isEmpty()) {
        const QString verifier = form.value(u"code_verifier"_s);
        if (verifier.isEmpty())
            return jsonError(request,
                             {400, u"invalid_request"_s, 900144,
                              u"The request body must contain the following parameter: 'code_verifier'."_s});
        if (!isPkceString(verifier))
            return jsonError(request,
                             {400, u"invalid_request"_s, 501491,
                              u"Invalid size of Code_Verifier parameter: it must be 43 to 128 "
                              "characters of [A-Za-z0-9-._~]."_s});
        const QString computed = it->challengeMethod == "S256"_L1 ? QString::fromLatin1(TokenAuthority::base64Url(
                                         QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)))
                                                                  : verifier;
        if (computed != it->challenge)
            return jsonError(request,
                             {400, u"invalid_grant"_s, 501481,
                              u"The Code_Verifier does not match the code_challenge supplied in the "
                              "authorization request."_s});
    }
    it->redeemed = true;
    const AuthorizationCode redeemed = *it;
    return tokenResponse(app, redeemed.user, redeemed.scopes, redeemed.nonce);
}

EmuResponse IdentityApi::redeemRefreshToken(const EmuRequest &request, const Form &form, const AppRegistration &app)
{
    const QString refreshToken = form.value(u"refresh_token"_s);
    if (refreshToken.isEmpty())
        return jsonError(request,
                         {400, u"invalid_request"_s, 900144,
                          u"The request body must contain the following parameter: 'refresh_token'."_s});
    const QString notValid = u"The provided value for the input parameter 'refresh_token' or 'assertion' is not "
                             "valid."_s;
    auto it = m_refreshTokens.find(refreshToken);
    if (it == m_refreshTokens.end() || it->clientId != app.clientId)
        return jsonError(request, {400, u"invalid_grant"_s, 70000, notValid});
    if (it->revoked)
        return jsonError(request,
                         {400, u"invalid_grant"_s, 50173,
                          u"The provided grant has expired due to it being revoked, a fresh auth "
                          "token is needed."_s});
    if (it->rotated)
        return jsonError(request,
                         {400, u"invalid_grant"_s, 70000,
                          notValid
                                  + u" The refresh token was already redeemed; use the refresh token "
                                    "returned with it."_s});
    const qint64 nowMs = m_context.nowMs();
    if (nowMs - it->issuedMs >= refreshInactivityMs)
        return jsonError(
                request,
                {400, u"invalid_grant"_s, 700082,
                 u"The refresh token has expired due to inactivity. The token was issued on %1 and was inactive "
                 "for 90.00:00:00."_s.arg(
                         QDateTime::fromMSecsSinceEpoch(it->issuedMs, Qt::UTC).toString(Qt::ISODateWithMs))});

    const Scopes granted = it->scopes;
    Scopes access = granted;
    if (const QString scope = form.value(u"scope"_s); !scope.trimmed().isEmpty()) {
        Scopes requested;
        if (const std::optional<IdentityError> failure = parseScopes(scope, &requested))
            return jsonError(request, *failure);
        if (!requested.graph.isEmpty() && requested.graph != delegatedPermissions()) {
            for (const QString &name : std::as_const(requested.graph)) {
                if (!granted.graph.contains(name, Qt::CaseInsensitive))
                    return jsonError(
                            request,
                            {400, u"invalid_grant"_s, 65001,
                             u"The user or administrator has not consented to use the application with ID '%1' "
                             "named '%2' for the scope '%3'. Send an interactive authorization request for this "
                             "user and resource."_s.arg(app.clientId, app.displayName, name)});
            }
            access.graph = requested.graph;
        }
    }
    it->rotated = true;
    const User user = it->user;
    return tokenResponse(app, user, access, {}, granted);
}

EmuResponse IdentityApi::redeemDeviceCode(const EmuRequest &request, const Form &form, const AppRegistration &app)
{
    const QString code = form.value(u"device_code"_s);
    if (code.isEmpty())
        return jsonError(request,
                         {400, u"invalid_request"_s, 900144,
                          u"The request body must contain the following parameter: 'device_code'."_s});
    auto it = m_deviceCodes.find(code);
    if (it == m_deviceCodes.end() || it->clientId != app.clientId)
        return jsonError(request,
                         {400, u"bad_verification_code"_s, 70018,
                          u"The provided value for the input parameter 'device_code' is not valid."_s});
    const qint64 nowMs = m_context.nowMs();
    DeviceAuthorization &authorization = *it;
    if (authorization.state == DeviceAuthorization::State::Redeemed)
        return jsonError(request,
                         {400, u"invalid_grant"_s, 54005,
                          u"The device code was already redeemed; start a new device code flow."_s});
    if (nowMs >= authorization.expiresMs)
        return jsonError(request,
                         {400, u"expired_token"_s, 70020,
                          u"The provided value for the input parameter 'device_code' is not valid. "
                          "This device code has expired."_s});
    const int autoApproveMs = m_context.options.deviceCodeAutoApproveMs;
    if (authorization.state == DeviceAuthorization::State::Pending && autoApproveMs >= 0
        && nowMs - authorization.issuedMs >= autoApproveMs) {
        authorization.state = DeviceAuthorization::State::Approved;
        authorization.user = signedInUser({});
    }
    if (authorization.state == DeviceAuthorization::State::Declined)
        return jsonError(request,
                         {400, u"authorization_declined"_s, 65004, u"User declined to consent to access the app."_s});
    if (authorization.state == DeviceAuthorization::State::Approved) {
        authorization.state = DeviceAuthorization::State::Redeemed;
        const DeviceAuthorization approved = authorization;
        return tokenResponse(app, approved.user, approved.scopes, {});
    }

    // Pending. RFC 8628 §3.5: polling faster than the interval earns slow_down and 5 more seconds.
    // A tenth of the interval is tolerated: QTimer's coarse timers may fire up to 5 % early.
    const qint64 intervalMs = authorization.intervalSeconds * 1000LL;
    const bool tooFast = intervalMs > 0 && authorization.lastPollMs >= 0
            && nowMs - authorization.lastPollMs < intervalMs - intervalMs / 10;
    authorization.lastPollMs = nowMs;
    if (tooFast) {
        authorization.intervalSeconds += 5;
        return jsonError(request,
                         {400, u"slow_down"_s, 70016,
                          u"OAuth 2.0 device flow error. Authorization is pending. Polling too fast: wait at least %1 "
                          "seconds between requests."_s.arg(authorization.intervalSeconds)});
    }
    return jsonError(request,
                     {400, u"authorization_pending"_s, 70016,
                      u"OAuth 2.0 device flow error. Authorization is pending. Continue polling."_s});
}

EmuResponse IdentityApi::clientCredentials(const EmuRequest &request, const Form &form, const AppRegistration &app)
{
    if (app.publicClient)
        return jsonError(request,
                         {401, u"invalid_client"_s, 7000218,
                          u"The request body must contain the following parameter: "
                          "'client_assertion' or 'client_secret'."_s});
    const QString scope = form.value(u"scope"_s).trimmed();
    if (scope.isEmpty())
        return jsonError(request,
                         {400, u"invalid_request"_s, 900144,
                          u"The request body must contain the following parameter: 'scope'."_s});
    const bool graphDefault = !scope.contains(u' ') && scope != ".default"_L1
            && stripGraphPrefix(scope).compare(".default"_L1, Qt::CaseInsensitive) == 0;
    if (!graphDefault)
        return jsonError(
                request,
                {400, u"invalid_scope"_s, 1002012,
                 u"The provided value for scope %1 is not valid. Client credential flows must have a scope value "
                 "with /.default suffixed to the resource identifier (application ID URI)."_s.arg(scope)});

    TokenAuthority::Grant grant;
    grant.objectId = uuidFor(m_context.tenant.tenantId, u"servicePrincipal:"_s + app.clientId);
    grant.appId = app.clientId;
    grant.appDisplayName = app.displayName;
    grant.roles = appRoles();
    grant.lifetimeSeconds = m_accessTokenLifetime;
    const int expiresIn = m_accessTokenLifetime > 1 ? m_accessTokenLifetime - 1 : m_accessTokenLifetime;
    return identityJson(200,
                        QJsonObject{{u"token_type"_s, u"Bearer"_s},
                                    {u"expires_in"_s, expiresIn},
                                    {u"ext_expires_in"_s, expiresIn},
                                    {u"access_token"_s, m_context.tokens.issue(grant, m_context.now())}});
}

EmuResponse IdentityApi::tokenResponse(const AppRegistration &app, const User &user, const Scopes &scopes,
                                       const QString &nonce)
{
    return tokenResponse(app, user, scopes, nonce, scopes);
}

EmuResponse IdentityApi::tokenResponse(const AppRegistration &app, const User &user, const Scopes &access,
                                       const QString &nonce, const Scopes &granted)
{
    const QDateTime now = m_context.now();
    TokenAuthority::Grant grant;
    grant.userPrincipalName = user.userPrincipalName;
    grant.displayName = user.displayName;
    grant.objectId = user.objectId;
    grant.appId = app.clientId;
    grant.appDisplayName = app.displayName;
    grant.scopes = access.graph;
    grant.lifetimeSeconds = m_accessTokenLifetime;
    const int expiresIn = m_accessTokenLifetime > 1 ? m_accessTokenLifetime - 1 : m_accessTokenLifetime;
    const QString tenantId = m_context.tenant.tenantId;

    QJsonObject response{{u"token_type"_s, u"Bearer"_s},
                         {u"scope"_s, access.toResponseString()},
                         {u"expires_in"_s, expiresIn},
                         {u"ext_expires_in"_s, expiresIn},
                         {u"access_token"_s, m_context.tokens.issue(grant, now)}};
    if (granted.offlineAccess) {
        QString refreshToken;
        do
            refreshToken = u"1.ED"_s + m_context.tokens.randomToken(96);
        while (m_refreshTokens.contains(refreshToken));
        m_refreshTokens.insert(refreshToken, RefreshGrant{app.clientId, granted, user, now.toMSecsSinceEpoch()});
        response.insert(u"refresh_token"_s, refreshToken);
    }
    if (granted.openid) {
        const qint64 t = now.toSecsSinceEpoch();
        QJsonObject claims{{u"aud"_s, app.clientId},
                           {u"iss"_s, QString(m_context.baseUrl + u'/' + tenantId + u"/v2.0"_s)},
                           {u"iat"_s, t},
                           {u"nbf"_s, t},
                           {u"exp"_s, t + 3600},
                           {u"name"_s, user.displayName},
                           {u"preferred_username"_s, user.userPrincipalName},
                           {u"oid"_s, user.objectId},
                           {u"sub"_s, uuidFor(tenantId, u"sub:"_s + app.clientId + u':' + user.objectId)},
                           {u"tid"_s, tenantId},
                           {u"ver"_s, u"2.0"_s}};
        if (!nonce.isEmpty())
            claims.insert(u"nonce"_s, nonce);
        if (granted.email)
            claims.insert(u"email"_s, user.userPrincipalName);
        response.insert(u"id_token"_s, m_context.tokens.signJwt(claims));
    }
    const QJsonObject clientInfo{{u"uid"_s, user.objectId}, {u"utid"_s, tenantId}};
    response.insert(
            u"client_info"_s,
            QString::fromLatin1(TokenAuthority::base64Url(QJsonDocument(clientInfo).toJson(QJsonDocument::Compact))));
    return identityJson(200, response);
}

// --- device authorization ---------------------------------------------------------------------

EmuResponse IdentityApi::deviceCode(const EmuRequest &request)
{
    const Form form = isForm(request) ? parseForm(request.body) : Form();
    const QString clientId = form.value(u"client_id"_s);
    if (clientId.isEmpty())
        return jsonError(request,
                         {400, u"invalid_request"_s, 900144,
                          u"The request body must contain the following parameter: 'client_id'."_s});
    const AppRegistration *app = m_clients.find(clientId);
    if (!app)
        return jsonError(request, m_clients.unknownClient(clientId));
    if (!app->publicClient)
        return jsonError(request,
                         {401, u"invalid_client"_s, 7000218,
                          u"The request body must contain the following parameter: "
                          "'client_assertion' or 'client_secret'."_s});
    Scopes scopes;
    if (const std::optional<IdentityError> failure = parseScopes(form.value(u"scope"_s), &scopes))
        return jsonError(request, *failure);
    if (scopes.graph.isEmpty())
        scopes.graph = QStringList{u"User.Read"_s};

    const qint64 nowMs = m_context.nowMs();
    purgeExpired(nowMs);
    QString code;
    do
        code = u"DAQABIQEAAAD"_s + m_context.tokens.randomToken(96);
    while (m_deviceCodes.contains(code));
    static constexpr QLatin1StringView alphabet{"ABCDEFGHJKLMNPQRSTUVWXYZ23456789"}; // 32: no I, O, 0, 1
    static constexpr QLatin1StringView base64Url{"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"};
    QString userCode;
    do {
        userCode.clear();
        for (const QChar c : m_context.tokens.randomToken(9).left(9))
            userCode += alphabet.at(base64Url.indexOf(c) % alphabet.size());
    } while (findByUserCode(userCode));

    DeviceAuthorization authorization;
    authorization.clientId = clientId;
    authorization.userCode = userCode;
    authorization.scopes = scopes;
    authorization.issuedMs = nowMs;
    authorization.expiresMs = nowMs + deviceCodeLifetimeSeconds * 1000;
    authorization.intervalSeconds = m_deviceCodeInterval;
    m_deviceCodes.insert(code, authorization);

    return identityJson(200,
                        QJsonObject{{u"user_code"_s, userCode},
                                    {u"device_code"_s, code},
                                    {u"verification_uri"_s, QString(deviceLoginUrl)},
                                    {u"expires_in"_s, deviceCodeLifetimeSeconds},
                                    {u"interval"_s, m_deviceCodeInterval},
                                    {u"message"_s,
                                     u"To sign in, use a web browser to open the page %1 and enter the code %2 to "
                                     "authenticate."_s.arg(QString(deviceLoginUrl), userCode)}});
}

IdentityApi::DeviceAuthorization *IdentityApi::findByUserCode(const QString &userCode)
{
    QString normalized = userCode.trimmed().toUpper();
    normalized.remove(u'-');
    normalized.remove(u' ');
    for (DeviceAuthorization &authorization : m_deviceCodes)
        if (authorization.userCode == normalized)
            return &authorization;
    return nullptr;
}

bool IdentityApi::approveDeviceCode(const QString &userCode)
{
    DeviceAuthorization *authorization = findByUserCode(userCode);
    if (!authorization || authorization->state != DeviceAuthorization::State::Pending
        || m_context.nowMs() >= authorization->expiresMs)
        return false;
    authorization->state = DeviceAuthorization::State::Approved;
    authorization->user = signedInUser({});
    return true;
}

bool IdentityApi::declineDeviceCode(const QString &userCode)
{
    DeviceAuthorization *authorization = findByUserCode(userCode);
    if (!authorization || authorization->state != DeviceAuthorization::State::Pending
        || m_context.nowMs() >= authorization->expiresMs)
        return false;
    authorization->state = DeviceAuthorization::State::Declined;
    return true;
}

void IdentityApi::expireDeviceCodes()
{
    const qint64 nowMs = m_context.nowMs();
    for (DeviceAuthorization &authorization : m_deviceCodes)
        authorization.expiresMs = std::min(authorization.expiresMs, nowMs);
}

void IdentityApi::expireAuthorizationCodes()
{
    for (AuthorizationCode &code : m_codes)
        code.issuedMs -= codeLifetimeMs;
}

int IdentityApi::pendingDeviceCodes() const
{
    const qint64 nowMs = m_context.nowMs();
    int count = 0;
    for (const DeviceAuthorization &authorization : m_deviceCodes)
        count += authorization.state == DeviceAuthorization::State::Pending && nowMs < authorization.expiresMs;
    return count;
}

void IdentityApi::setDeviceCodeInterval(int seconds)
{
    m_deviceCodeInterval = std::max(0, seconds);
}

void IdentityApi::setAccessTokenLifetime(int seconds)
{
    m_accessTokenLifetime = std::max(1, seconds);
}

void IdentityApi::setDenyAuthorizations(bool deny)
{
    m_denyAuthorizations = deny;
}

void IdentityApi::revokeRefreshTokens()
{
    for (RefreshGrant &grant : m_refreshTokens)
        grant.revoked = true;
}

// --- logout -----------------------------------------------------------------------------------

EmuResponse IdentityApi::logout(const EmuRequest &request) const
{
    const Form p = parseForm(request.rawQuery.toUtf8());
    if (const std::optional<QUrl> target = loopbackRedirect(p.value(u"post_logout_redirect_uri"_s))) {
        QByteArray location = target->toEncoded();
        if (const QString state = p.value(u"state"_s); !state.isEmpty())
            location += (target->hasQuery() ? '&' : '?') + encodePairs({{u"state"_s, state}});
        EmuResponse response = identityHtml(302, u"Object moved"_s, u"<h2>Signed out.</h2>"_s);
        response.setHeader("Location", location);
        return response;
    }
    return identityHtml(200, u"Sign out"_s, u"<p>You signed out of your account.</p>"_s);
}

// --- helpers ----------------------------------------------------------------------------------

std::optional<IdentityError> IdentityApi::parseScopes(const QString &scope, Scopes *scopes) const
{
    bool sawDefault = false;
    const QStringList items = scope.split(u' ', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QString lower = item.toLower();
        if (lower == "openid"_L1) {
            scopes->openid = true;
        } else if (lower == "profile"_L1) {
            scopes->profile = true;
        } else if (lower == "email"_L1) {
            scopes->email = true;
        } else if (lower == "offline_access"_L1) {
            scopes->offlineAccess = true;
        } else {
            const QString name = stripGraphPrefix(item);
            if (name.isEmpty() || name.contains(u'/') || name.contains(u':'))
                return IdentityError{
                        400, u"invalid_scope"_s, 70011,
                        u"The provided value for the input parameter 'scope' isn't valid. The scope '%1' isn't valid: "
                        "the emulator serves Microsoft Graph only."_s.arg(item)};
            if (name == ".default"_L1)
                sawDefault = true;
            else if (!scopes->graph.contains(name, Qt::CaseInsensitive))
                scopes->graph.append(name);
        }
    }
    if (sawDefault && !scopes->graph.isEmpty())
        return IdentityError{
                400, u"invalid_scope"_s, 70011,
                u"The provided value for the input parameter 'scope' isn't valid. '.default' scope can't be combined "
                "with resource-specific scopes."_s};
    if (sawDefault)
        scopes->graph = delegatedPermissions();
    if (items.isEmpty())
        return IdentityError{400, u"invalid_request"_s, 900144,
                             u"The request body must contain the following parameter: 'scope'."_s};
    return std::nullopt;
}

bool IdentityApi::isKnownTenant(const QString &segment) const
{
    return segment.compare(m_context.tenant.tenantId, Qt::CaseInsensitive) == 0
            || segment.compare(m_context.tenant.tenantDomain, Qt::CaseInsensitive) == 0 || segment == "organizations"_L1
            || segment == "common"_L1;
}

IdentityApi::User IdentityApi::signedInUser(const QString &loginHint) const
{
    const DemoTenant &tenant = m_context.tenant;
    const QString admin = u"admin@"_s + tenant.tenantDomain;
    for (const QString &upn : {loginHint, admin}) {
        const int index = upn.isEmpty() ? -1 : tenant.userIndex(upn);
        if (index >= 0) {
            const emu::User &user = tenant.users.at(index);
            return User{user.userPrincipalName, user.displayName, user.id};
        }
    }
    return User{admin, u"Demo Admin"_s, uuidFor(tenant.tenantId, u"user:"_s + admin)};
}

QString IdentityApi::tokenEndpoint(const QString &tenantSegment) const
{
    return m_context.baseUrl + u'/' + tenantSegment + u"/oauth2/v2.0/token"_s;
}

void IdentityApi::purgeExpired(qint64 nowMs)
{
    m_codes.removeIf(
            [nowMs](const auto &entry) { return nowMs - entry.value().issuedMs > codeLifetimeMs + keepExpiredMs; });
    m_deviceCodes.removeIf([nowMs](const auto &entry) { return nowMs - entry.value().expiresMs > keepExpiredMs; });
    m_refreshTokens.removeIf([nowMs](const auto &entry) {
        return nowMs - entry.value().issuedMs > refreshInactivityMs + keepExpiredMs;
    });
}

EmuResponse IdentityApi::jsonError(const EmuRequest &request, const IdentityError &error) const
{
    return error.toJson(request, m_context.now());
}

EmuResponse IdentityApi::htmlError(const EmuRequest &request, const IdentityError &error) const
{
    return error.toHtml(request, m_context.now());
}

} // namespace ed::emu
