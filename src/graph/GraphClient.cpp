#include "GraphClient.h"

#include "HttpLog.h"
#include "auth/TokenSource.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype parseOffThreadAbove = 256 * 1024;

// All waiting (Retry-After, backoff, pacing) runs on a monotonic clock: a wall-clock step (NTP)
// must never release a throttled workload early.
qint64 nowMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}

int paceWeight(const GraphRequest &request)
{
    return request.paceWeight >= 0 ? request.paceWeight : (request.isRead() ? 0 : 1);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
            && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(-1) == b.port(-1);
}

QJsonObject parseObject(const QByteArray &body, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

} // namespace

GraphClient::GraphClient(QNetworkAccessManager &network, TokenSource &tokens, GraphClientOptions options,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_options(std::move(options))
    , m_pumpTimer(new QTimer(this))
    , m_jitter(QRandomGenerator::securelySeeded())
{
    m_pumpTimer->setSingleShot(true);
    m_pumpTimer->setTimerType(Qt::PreciseTimer);
    connect(m_pumpTimer, &QTimer::timeout, this, &GraphClient::pump);
    connect(&m_tokens, &TokenSource::refreshFinished, this, [this](bool renewed) {
        const QList<QPointer<GraphReply>> waiting = std::exchange(m_awaitingToken, {});
        for (const QPointer<GraphReply> &waiter : waiting) {
            GraphReply *reply = waiter.data();
            if (reply == nullptr || reply->isDone())
                continue;
            if (renewed) {
                enqueue(reply, true);
            } else {
                GraphError error;
                error.httpStatus = 401;
                error.code = u"InvalidAuthenticationToken"_s;
                error.message = u"The access token was refused and could not be renewed. Sign in again."_s;
                error.clientRequestId = reply->clientRequestId();
                reply->fail(error);
            }
        }
        pump();
    });
}

GraphClient::~GraphClient()
{
    // Every reply still alive ends now, exactly once: queued and waiting ones fail as cancelled,
    // in-flight ones are aborted (which fails them as cancelled too).
    m_pumpTimer->stop();
    m_queue.clear();
    m_awaitingToken.clear();
    const QList<GraphReply *> replies = findChildren<GraphReply *>(Qt::FindDirectChildrenOnly);
    for (GraphReply *reply : replies)
        reply->cancel();
}

void GraphClient::failLater(GraphReply *reply, const GraphError &error)
{
    // Delivered on the next event-loop turn, so no slot runs (and queues or cancels requests)
    // while pump() walks its queue.
    QMetaObject::invokeMethod(
            reply, [reply, error] { reply->fail(error); }, Qt::QueuedConnection);
}

qint64 GraphClient::now()
{
    return nowMs();
}

qint64 GraphClient::blockedUntil(const QString &workload) const
{
    const qint64 until = m_blockedUntil.value(workload);
    return until > nowMs() ? until : 0;
}

GraphReply *GraphClient::send(const GraphRequest &request)
{
    auto *reply = new GraphReply(request, QUuid::createUuid().toString(QUuid::WithoutBraces), this);
    connect(reply, &GraphReply::cancelRequested, this, [this, reply] {
        if (QNetworkReply *network = reply->m_network.data()) {
            network->abort(); // onNetworkFinished fails it as cancelled
            return;
        }
        m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), QPointer<GraphReply>(reply)), m_queue.end());
        m_awaitingToken.removeAll(QPointer<GraphReply>(reply));
        reply->fail(GraphError::cancelled(reply->clientRequestId()));
    });
    enqueue(reply, false);
    return reply;
}

void GraphClient::enqueue(GraphReply *reply, bool front)
{
    if (front)
        m_queue.push_front(reply);
    else
        m_queue.push_back(reply);
    // Never synchronously: the caller connects to the reply first.
    if (!m_pumpTimer->isActive() || m_pumpTimer->remainingTime() > 0)
        m_pumpTimer->start(0);
}

bool GraphClient::writeAllowedAt(qint64 now, int weight, qint64 *nextMs) const
{
    // Sliding window: at most writesPerWindow writes started within any writeWindowMs.
    const int room = m_options.writesPerWindow - std::min(weight, m_options.writesPerWindow);
    if (weight == 0 || static_cast<int>(m_recentWrites.size()) <= room)
        return true;
    const qint64 blocking = m_recentWrites.at(m_recentWrites.size() - room - 1);
    if (now - blocking >= m_options.writeWindowMs)
        return true;
    *nextMs = blocking + m_options.writeWindowMs;
    return false;
}

void GraphClient::noteRetryAfter(const QString &workload, qint64 retryAfterMs)
{
    const qint64 until = nowMs() + retryAfterMs;
    m_cautious.insert(workload);
    if (until > m_blockedUntil.value(workload)) {
        m_blockedUntil.insert(workload, until);
        qCInfo(lcGraph).noquote() << "Graph throttles" << workload << "for" << retryAfterMs << "ms";
        Q_EMIT throttled(workload, until);
    }
}

void GraphClient::pump()
{
    const qint64 now = nowMs();
    while (!m_recentWrites.empty() && now - m_recentWrites.front() > m_options.writeWindowMs)
        m_recentWrites.pop_front();

    qint64 wake = 0;
    const auto wakeAt = [&wake](qint64 at) { wake = wake == 0 ? at : std::min(wake, at); };
    for (auto it = m_queue.begin(); it != m_queue.end() && m_inFlight < m_options.maxConcurrent;) {
        GraphReply *reply = *it;
        if (!reply || reply->isDone()) {
            it = m_queue.erase(it);
            continue;
        }
        if (reply->m_notBeforeMs > now) {
            wakeAt(reply->m_notBeforeMs);
            ++it;
            continue;
        }
        // Nothing goes to a throttled workload before its Retry-After has passed.
        const QString workload = reply->request().workload();
        const qint64 blocked = m_blockedUntil.value(workload);
        if (blocked > now) {
            wakeAt(blocked);
            ++it;
            continue;
        }
        // After throttling, one request at a time to that workload until one gets through:
        // a burst would only meet the same limit again (and burn everyone's attempts).
        if (m_cautious.contains(workload) && m_inFlightByWorkload.value(workload) > 0) {
            ++it;
            continue;
        }
        qint64 nextWrite = 0;
        if (!writeAllowedAt(now, paceWeight(reply->request()), &nextWrite)) {
            wakeAt(nextWrite);
            ++it;
            continue;
        }
        it = m_queue.erase(it);
        startAttempt(reply);
    }
    if (wake > 0)
        m_pumpTimer->start(static_cast<int>(std::max<qint64>(1, wake - nowMs())));
}

void GraphClient::startAttempt(GraphReply *reply)
{
    const GraphRequest &r = reply->request();
    const QUrl url = r.url(m_options.graphBaseUrl);
    if (!sameOrigin(url, m_options.graphBaseUrl)) {
        // A nextLink (or any URL) to another host: never send it the token.
        GraphError error;
        error.kind = GraphError::Kind::Redirect;
        error.clientRequestId = reply->clientRequestId();
        error.transportMessage = u"Refused to send the request to %1: it is not the Graph host %2."_s.arg(
                url.host(), m_options.graphBaseUrl.host());
        qCWarning(lcGraph).noquote() << error.transportMessage;
        failLater(reply, error);
        return;
    }
    const QString token = m_tokens.accessToken();
    if (token.isEmpty()) {
        GraphError error;
        error.httpStatus = 401;
        error.code = u"InvalidAuthenticationToken"_s;
        error.message = u"Not signed in: there is no access token."_s;
        error.clientRequestId = reply->clientRequestId();
        failLater(reply, error);
        return;
    }

    ++reply->m_attempts;
    ++m_inFlight;
    ++m_inFlightByWorkload[r.workload()];
    const qint64 started = nowMs();
    for (int i = 0; i < paceWeight(r); ++i)
        m_recentWrites.push_back(started);

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("client-request-id", reply->clientRequestId().toLatin1());
    request.setRawHeader("return-client-request-id", "true");
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    QByteArray body;
    if (r.body) {
        body = QJsonDocument(*r.body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    }
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_options.http2);
    // Redirects are not followed: Qt 6.4 would forward the Authorization header to any host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_options.transferTimeoutMs);

    QList<std::pair<QByteArray, QByteArray>> logged = r.headers;
    logged.append(std::pair<QByteArray, QByteArray>("Authorization", "Bearer"));
    qCDebug(lcGraph).noquote() << HttpLog::requestLine(r.methodName(), url, logged, body, reply->clientRequestId());

    QNetworkReply *network = r.method == GraphRequest::Method::Get
            ? m_network.get(request)
            : m_network.sendCustomRequest(request, r.methodName(), body);
    reply->m_network = network;
    if (!reply->m_deadline) {
        reply->m_deadline = new QTimer(reply);
        reply->m_deadline->setSingleShot(true);
    }
    reply->m_deadline->disconnect();
    connect(reply->m_deadline, &QTimer::timeout, network, [network] {
        network->setProperty("ed_deadline", true);
        network->abort();
    });
    reply->m_deadline->start(m_options.deadlineMs);
    connect(network, &QNetworkReply::finished, this,
            [this, reply, network, started] { onNetworkFinished(reply, network, started); });
}

void GraphClient::finishAttempt(GraphReply *reply)
{
    --m_inFlight;
    --m_inFlightByWorkload[reply->request().workload()];
    if (reply->m_deadline)
        reply->m_deadline->stop();
    reply->m_network = nullptr;
    m_pumpTimer->start(0);
}

void GraphClient::onNetworkFinished(GraphReply *reply, QNetworkReply *network, qint64 startedMs)
{
    network->deleteLater();
    finishAttempt(reply);
    const GraphRequest &r = reply->request();
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply is closed: there is nothing to read (and reading it warns).
    const QByteArray body = network->isOpen() ? network->readAll() : QByteArray();
    const QList<std::pair<QByteArray, QByteArray>> headers = network->rawHeaderPairs();
    const QString requestId = QString::fromLatin1(network->rawHeader("request-id"));
    qCInfo(lcGraph).noquote() << HttpLog::responseLine(r.methodName(), network->url(), status, nowMs() - startedMs,
                                                       requestId, reply->clientRequestId(), body);

    if (reply->m_cancelled) {
        reply->fail(GraphError::cancelled(reply->clientRequestId()));
        return;
    }
    if (network->property("ed_deadline").toBool()) {
        retryOrFail(reply, GraphError::timeout(m_options.deadlineMs, reply->clientRequestId()));
        return;
    }
    if (status == 0 || (network->error() != QNetworkReply::NoError && status >= 200 && status < 300)) {
        // No HTTP answer, or one cut short (a truncated body): a transport failure.
        GraphError error = network->error() == QNetworkReply::OperationCanceledError
                ? GraphError::timeout(m_options.transferTimeoutMs, reply->clientRequestId())
                : GraphError::fromTransport(network->error(), network->errorString(), reply->clientRequestId());
        retryOrFail(reply, error);
        return;
    }
    if (status >= 300 && status < 400) {
        GraphError error = GraphError::fromResponse(status, body, headers, QDateTime::currentDateTimeUtc());
        error.kind = GraphError::Kind::Redirect; // never followed: a token must not leave the Graph host
        reply->fail(error);
        return;
    }
    if (status >= 200 && status < 300) {
        m_cautious.remove(r.workload());
        GraphResponse response;
        response.status = status;
        response.body = body;
        response.headers = headers;
        response.requestId = requestId;
        response.clientRequestId = reply->clientRequestId();
        response.attempts = reply->attempts();
        // Empty (204) and plain-text answers ($count) are delivered as they are.
        if (body.isEmpty() || r.rawBody || response.header("content-type").startsWith("text/plain")) {
            reply->succeed(response);
            return;
        }
        const auto deliver = [this, reply, response](const QJsonObject &json, bool ok) {
            if (!ok) {
                GraphError error = GraphError::fromResponse(response.status, response.body, response.headers,
                                                            QDateTime::currentDateTimeUtc());
                error.kind = GraphError::Kind::InvalidResponse;
                error.clientRequestId = reply->clientRequestId();
                retryOrFail(reply, error);
                return;
            }
            GraphResponse parsed = response;
            parsed.json = json;
            reply->succeed(parsed);
        };
        if (body.size() <= parseOffThreadAbove) {
            bool ok = false;
            const QJsonObject json = parseObject(body, &ok);
            deliver(json, ok);
            return;
        }
        // Large pages are parsed on a worker thread; the GUI thread only gets the result.
        auto *watcher = new QFutureWatcher<std::pair<QJsonObject, bool>>(reply);
        connect(watcher, &QFutureWatcherBase::finished, reply, [watcher, deliver] {
            const auto [json, ok] = watcher->result();
            deliver(json, ok);
        });
        watcher->setFuture(QtConcurrent::run([body] {
            bool ok = false;
            QJsonObject json = parseObject(body, &ok);
            return std::make_pair(std::move(json), ok);
        }));
        return;
    }

    GraphError error = GraphError::fromResponse(status, body, headers, QDateTime::currentDateTimeUtc());
    if (error.clientRequestId.isEmpty())
        error.clientRequestId = reply->clientRequestId();
    if (status == 401 && !reply->m_tokenRefreshed && reply->attempts() < m_options.maxAttempts) {
        // Once: ask for a fresh token and replay; a second 401 is a sign-in failure, not a loop.
        reply->m_tokenRefreshed = true;
        const bool first = m_awaitingToken.isEmpty();
        m_awaitingToken.append(reply);
        if (first)
            m_tokens.refreshAccessToken();
        return;
    }
    if (status == 403)
        error.requiredPermissions = r.permissions;
    retryOrFail(reply, error);
}

qint64 GraphClient::backoffMs(int attempt)
{
    const qint64 ceiling = std::min(m_options.backoffMaxMs, m_options.backoffBaseMs << std::min(attempt - 1, 16));
    // "Full jitter" between half and all of the exponential step.
    return ceiling / 2 + static_cast<qint64>(m_jitter.bounded(static_cast<quint32>(std::max<qint64>(1, ceiling / 2))));
}

void GraphClient::retryOrFail(GraphReply *reply, const GraphError &error)
{
    const GraphRequest &r = reply->request();
    const qint64 now = nowMs();
    if (r.cooldownOn429 && error.httpStatus == 429) {
        reply->fail(error);
        return;
    }
    if (error.retryAfterMs && (error.httpStatus == 429 || error.httpStatus == 503))
        noteRetryAfter(r.workload(), *error.retryAfterMs);
    if (!error.isRetryable(r.isRepeatable()) || reply->attempts() >= m_options.maxAttempts) {
        reply->fail(error);
        return;
    }
    const qint64 delay = error.retryAfterMs.value_or(backoffMs(reply->attempts()));
    if (reply->m_waitedMs + delay > m_options.retryBudgetMs) {
        reply->fail(error);
        return;
    }
    reply->m_waitedMs += delay;
    reply->m_notBeforeMs = now + delay;
    qCDebug(lcGraph).noquote() << "Retrying" << r.methodName() << r.path << "in" << delay << "ms (attempt"
                               << reply->attempts() + 1 << "of" << m_options.maxAttempts << ")";
    enqueue(reply, true);
}

} // namespace ed
