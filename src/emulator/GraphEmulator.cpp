#include "GraphEmulator.h"

#include "AutopilotDevicesApi.h"
#include "BatchApi.h"
#include "DeploymentProfilesApi.h"
#include "DirectoryApi.h"
#include "EnrollmentConfigurationsApi.h"
#include "IdentityApi.h"
#include "TlsCertificate.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QLocale>
#include <QMetaEnum>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace ed::emu {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxLoggedBody = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 424:
        return "Failed Dependency";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 507:
        return "Insufficient Storage";
    default:
        return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

// The identity platform's form bodies carry secrets (client_secret, code, code_verifier,
// refresh_token, client_assertion, device_code): the log keeps the keys, never the values.
QByteArray redactedBody(const EmuRequest &request)
{
    if (!request.path.contains(u"/oauth2/"_s))
        return request.body;
    static const QList<QByteArray> secrets{"client_secret",    "code",        "code_verifier", "refresh_token",
                                           "client_assertion", "device_code", "password",      "assertion"};
    QList<QByteArray> fields = request.body.split('&');
    for (QByteArray &field : fields) {
        const qsizetype equals = field.indexOf('=');
        if (equals > 0 && secrets.contains(field.left(equals)))
            field = field.left(equals + 1) + "[redacted]";
    }
    return fields.join('&');
}

bool isGraphVersion(const QString &segment)
{
    return segment == u"beta" || segment == u"v1.0";
}

} // namespace

GraphEmulator::GraphEmulator(EmulatorOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_tenant(m_options)
    , m_tokens(m_options.seed, m_options.tenantId)
    , m_throttler(m_options.throttle)
    , m_faults(m_options)
    , m_context{m_options, m_tenant, m_tokens, m_log, {}, [this](const EmuRequest &r) { return dispatch(r); }}
{
    m_identity = std::make_unique<IdentityApi>(m_context);
    m_batch = std::make_unique<BatchApi>(m_context);
    auto devices = std::make_unique<AutopilotDevicesApi>(m_context);
    auto profiles = std::make_unique<DeploymentProfilesApi>(m_context, *devices);
    m_graphModules.push_back(std::move(devices));
    m_graphModules.push_back(std::move(profiles));
    m_graphModules.push_back(std::make_unique<EnrollmentConfigurationsApi>(m_context));
    m_graphModules.push_back(std::make_unique<DirectoryApi>(m_context));
}

GraphEmulator::~GraphEmulator() = default;

bool GraphEmulator::start(QString *error)
{
    if (m_options.tls) {
        const auto generated = makeSelfSignedCertificate(m_options.certificateDirectory);
        if (!generated) {
            if (error)
                *error = u"Cannot create the TLS certificate: "_s + generated.error;
            return false;
        }
        sslSetup(generated.certificate, generated.key);
        m_certificateFile = generated.certificateFile;
    }
    const QHostAddress address(m_options.host);
    const quint16 port = listen(address, m_options.port);
    if (port == 0) {
        if (error)
            *error = u"Cannot listen on %1:%2."_s.arg(m_options.host).arg(m_options.port);
        return false;
    }
    m_baseUrl.setScheme(m_options.tls ? u"https"_s : u"http"_s);
    m_baseUrl.setHost(m_options.host);
    m_baseUrl.setPort(port);
    m_context.baseUrl = m_baseUrl.toString();
    return true;
}

EmuRequest GraphEmulator::toEmuRequest(const QHttpServerRequest &request) const
{
    EmuRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyDecoded);
    r.segments = r.path.split(u'/', Qt::SkipEmptyParts);
    r.rawQuery = url.query(QUrl::FullyEncoded);
    r.query = QUrlQuery(url);
    for (const auto &[name, value] : request.headers())
        r.headers.insert(name.toLower(), value);
    r.body = request.body();
    r.received = QDateTime::currentDateTimeUtc();
    r.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray clientRequestId = r.header("client-request-id");
    r.clientRequestId = clientRequestId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                  : QString::fromLatin1(clientRequestId);
    return r;
}

EmuResponse GraphEmulator::dispatch(const EmuRequest &request)
{
    RequestLogEntry entry;
    EmuResponse response;
    static const QStringList identitySegments{u"oauth2"_s, u"v2.0"_s, u"discovery"_s};
    if (request.segments.size() >= 2 && identitySegments.contains(request.segments.at(1))) {
        response = m_identity->handle(request, nullptr)
                           .value_or(EmuResponse::json(404, QJsonObject{{u"error"_s, u"not_found"_s}}));
    } else {
        response = dispatchGraph(request, entry);
    }
    finish(request, response);
    entry.status = response.status;
    if (request.insideBatch)
        logRequest(request, entry);
    return response;
}

EmuResponse GraphEmulator::dispatchGraph(const EmuRequest &request, RequestLogEntry &entry)
{
    if (request.segments.isEmpty() || !isGraphVersion(request.segments.constFirst()))
        return graphError(
                request, 400, u"BadRequest"_s,
                u"Invalid version: %1"_s.arg(request.segments.isEmpty() ? QString() : request.segments.constFirst()));

    // Authentication: every Graph call carries a valid token of this tenant.
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty()) {
        EmuResponse r = graphError(request, 401, u"InvalidAuthenticationToken"_s, u"Access token is empty."_s);
        r.setHeader(
                "WWW-Authenticate",
                "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", "
                "client_id=\"00000003-0000-0000-c000-000000000000\"");
        return r;
    }
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return graphError(request, 401, u"InvalidAuthenticationToken"_s, u"Access token validation failure."_s);
    const TokenAuthority::Verification verified =
            m_tokens.verify(QString::fromLatin1(authorization.mid(7).trimmed()), request.received);
    if (!verified.ok)
        return graphError(request, 401, u"InvalidAuthenticationToken"_s, verified.error);
    const Caller &caller = verified.caller;

    if (request.segments.size() >= 2 && request.segments.at(1) == u"$batch")
        return m_batch->handle(request, &caller).value_or(EmuResponse{});

    // Throttling, per app and tenant, per workload.
    const QString workload = request.segments.size() > 1 && request.segments.at(1) == u"deviceManagement"
            ? u"deviceManagement"_s
            : u"directory"_s;
    const qint64 now = request.received.toMSecsSinceEpoch();
    const Throttler::Decision throttle =
            m_throttler.admit(caller.tenantId, caller.appId, workload, request.isWrite(), request.clientRequestId, now);
    if (throttle.throttled) {
        entry.throttled = true;
        entry.earlyRetry = throttle.early;
        EmuResponse r = graphError(request, 429, u"TooManyRequests"_s, u"Please retry again later."_s);
        r.setHeader("Retry-After", Throttler::retryAfterValue(throttle.retryAfterMs));
        return r;
    }

    // Injected errors answer before the service sees the request: nothing changes.
    const FaultInjector::Decision fault = m_faults.decide(request.method, true);
    if (fault.kind == FaultInjector::Kind::ErrorStatus) {
        entry.fault = QString::fromLatin1(fault.label);
        static const QHash<int, QString> codes{{429, u"TooManyRequests"_s}, {500, u"InternalServerError"_s},
                                               {502, u"BadGateway"_s},      {503, u"ServiceUnavailable"_s},
                                               {504, u"GatewayTimeout"_s},  {507, u"InsufficientStorage"_s}};
        EmuResponse r = fault.status == 429
                ? graphError(request, 429, u"TooManyRequests"_s, u"Please retry again later."_s)
                : intuneError(request, fault.status, codes.value(fault.status), u"Injected fault"_s);
        if (fault.retryAfterMs > 0) {
            r.setHeader("Retry-After", Throttler::retryAfterValue(fault.retryAfterMs));
            if (fault.status == 429) // early retries of an injected 429 are punished too
                m_throttler.penalize(caller.tenantId, caller.appId, workload, request.clientRequestId, now,
                                     fault.retryAfterMs);
        }
        return r;
    }

    for (const auto &module : m_graphModules)
        if (std::optional<EmuResponse> response = module->handle(request, &caller))
            return *std::move(response);
    const QString segment = request.segments.size() > 1 ? request.segments.last() : request.path;
    return graphError(request, 400, u"BadRequest"_s, u"Resource not found for the segment '%1'."_s.arg(segment));
}

void GraphEmulator::finish(const EmuRequest &request, EmuResponse &response) const
{
    response.setHeader("request-id", request.requestId.toLatin1());
    response.setHeader("client-request-id", request.clientRequestId.toLatin1());
    response.setHeader("Date", httpDate(request.received));
    response.setHeader(
            "x-ms-ags-diagnostic",
            R"({"ServerInfo":{"DataCenter":"Local","Slice":"E","Ring":"0","ScaleUnit":"000","RoleInstance":"ED-EMULATOR"}})");
    if (response.header("Cache-Control").isEmpty())
        response.setHeader("Cache-Control", "no-cache");
    if (m_options.tls)
        response.setHeader("Strict-Transport-Security", "max-age=31536000");
    if (!response.body.isEmpty() && response.header("Content-Type").startsWith("application/json"))
        response.setHeader("OData-Version", "4.0");
}

void GraphEmulator::logRequest(const EmuRequest &request, RequestLogEntry entry)
{
    entry.time = request.received;
    entry.method = request.method;
    entry.path = request.path;
    entry.query = request.rawQuery;
    entry.headers = request.headers;
    if (entry.headers.contains("authorization"))
        entry.headers.insert("authorization", "Bearer …"); // never keep a token in the log
    entry.body = redactedBody(request).left(maxLoggedBody);
    entry.insideBatch = request.insideBatch;
    entry.requestId = request.requestId;
    entry.clientRequestId = request.clientRequestId;
    m_log.append(std::move(entry));
}

bool GraphEmulator::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    QElapsedTimer handling;
    handling.start();
    const EmuRequest request = toEmuRequest(httpRequest);
    const bool graph = !request.segments.isEmpty() && isGraphVersion(request.segments.constFirst());
    const FaultInjector::Decision transport =
            graph ? m_faults.decide(request.method, false) : FaultInjector::Decision{};
    const bool close = request.header("connection").compare("close", Qt::CaseInsensitive) == 0;

    RequestLogEntry entry;
    if (transport.kind == FaultInjector::Kind::Drop) {
        // Dropped before the service saw it: no answer, no change.
        entry.fault = QString::fromLatin1(transport.label);
        logRequest(request, entry);
        QMetaObject::invokeMethod(socket, &QAbstractSocket::abort, Qt::QueuedConnection);
        return true;
    }

    EmuResponse response;
    if (graph) {
        response = dispatchGraph(request, entry);
        finish(request, response);
    } else {
        response = dispatch(request);
    }
    entry.status = response.status;
    if (transport.kind == FaultInjector::Kind::Truncate || transport.delayMs > 0)
        entry.fault = QString::fromLatin1(transport.label);

    const bool truncate = transport.kind == FaultInjector::Kind::Truncate;
    if (transport.delayMs <= 0) {
        write(socket, response, truncate, close);
        entry.handlingUs = handling.nsecsElapsed() / 1000;
        logRequest(request, entry);
        return true;
    }
    entry.handlingUs = handling.nsecsElapsed() / 1000;
    logRequest(request, entry);
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(transport.delayMs, this, [guard, response, truncate, close] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            write(guard, response, truncate, close);
    });
    return true;
}

void GraphEmulator::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    EmuResponse response = dispatch(toEmuRequest(request));
    write(socket, response, false, false);
}

void GraphEmulator::write(QTcpSocket *socket, const EmuResponse &response, bool truncate, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close || truncate)
        head += "Connection: close\r\n";
    head += "\r\n";
    // Without Nagle: a response sent in two segments would wait for a delayed ACK (40 ms).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->write(head); // buffered by the socket and sent together with the body
    if (truncate) {
        // A body cut short: half of it, then the connection closes.
        socket->write(response.body.constData(), std::max<qsizetype>(1, response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    socket->write(response.body);
    if (close)
        socket->disconnectFromHost();
}

} // namespace ed::emu
