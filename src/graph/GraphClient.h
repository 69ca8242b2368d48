#pragma once

#include "GraphReply.h"
#include "GraphRequest.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

#include <deque>

class QNetworkAccessManager;
class QTimer;

namespace ed {

class TokenSource;

struct GraphClientOptions
{
    QUrl graphBaseUrl = QUrl(QStringLiteral("https://graph.microsoft.com"));
    int maxConcurrent = 6; // requests in flight at once
    int transferTimeoutMs = 30'000; // no byte for this long: the attempt fails
    int deadlineMs = 120'000; // one attempt may not take longer, bytes or not
    bool http2 = false; // Qt 6.4's HTTP/2 has a long bug record: off unless asked for
    int maxAttempts = 6; // per request, the first one included
    qint64 retryBudgetMs = 180'000; // total waiting between attempts of one request
    qint64 backoffBaseMs = 1'000; // without Retry-After: base·2ⁿ with full jitter…
    qint64 backoffMaxMs = 60'000; // …capped here
    // Write pacing: Intune's 100 writes per app per 20 s (graph.md §7.3). A sliding window, so no
    // fixed window of Graph's ever sees more; another copy of the app sharing the budget gets a
    // 429 with Retry-After, which every request honours.
    int writesPerWindow = 100;
    qint64 writeWindowMs = 20'000;
};

// The one path to Microsoft Graph. It adds the bearer token, a client-request-id and
// Accept: application/json to every request; caps concurrency; paces writes; never sends to a
// workload (Intune, directory) that is throttled before its Retry-After has passed; retries
// 429/503/504 always and 500/502 and transport failures for reads only, within bounded attempts
// and a total budget; renews the token once on 401; refuses redirects so a token never leaves
// the Graph host; and logs every exchange on ed.graph without secrets.
class GraphClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphClient)
public:
    GraphClient(QNetworkAccessManager &network, TokenSource &tokens, GraphClientOptions options,
                QObject *parent = nullptr);
    ~GraphClient() override;

    GraphReply *send(const GraphRequest &request);
    const GraphClientOptions &options() const { return m_options; }

    // The client's monotonic clock (ms): every time below is on it.
    static qint64 now();
    // When the workload may be called again; 0 when it is not throttled.
    qint64 blockedUntil(const QString &workload) const;
    int inFlight() const { return m_inFlight; }
    // A throttling answer seen elsewhere (a $batch item's 429): hold the workload until then.
    void noteRetryAfter(const QString &workload, qint64 retryAfterMs);
    int queued() const { return static_cast<int>(m_queue.size()); }

Q_SIGNALS:
    // Graph throttled a workload; nothing is sent to it before untilMs (on now()'s clock).
    void throttled(const QString &workload, qint64 untilMs);

private:
    void enqueue(GraphReply *reply, bool front);
    void pump();
    bool writeAllowedAt(qint64 nowMs, int weight, qint64 *nextMs) const;
    void startAttempt(GraphReply *reply);
    static void failLater(GraphReply *reply, const GraphError &error);
    void onNetworkFinished(GraphReply *reply, QNetworkReply *network, qint64 startedMs);
    void retryOrFail(GraphReply *reply, const GraphError &error);
    void finishAttempt(GraphReply *reply);
    qint64 backoffMs(int attempt);

    QNetworkAccessManager &m_network;
    TokenSource &m_tokens;
    const GraphClientOptions m_options;
    std::deque<QPointer<GraphReply>> m_queue;
    QHash<QString, qint64> m_blockedUntil;
    QHash<QString, int> m_inFlightByWorkload;
    QSet<QString> m_cautious; // throttled workloads: one request at a time until one succeeds
    std::deque<qint64> m_recentWrites; // start times, for pacing
    int m_inFlight = 0;
    QTimer *m_pumpTimer;
    QRandomGenerator m_jitter;
    QList<QPointer<GraphReply>> m_awaitingToken; // 401: waiting for TokenSource::refreshFinished
};

} // namespace ed
