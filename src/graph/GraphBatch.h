#pragma once

#include "GraphReply.h"
#include "GraphRequest.h"

#include <QObject>
#include <QRandomGenerator>

class QTimer;

namespace ed {

class GraphClient;

// Many requests through JSON batching (graph.md §7.2): split into $batch calls of at most 20,
// each item's result mapped back to its index, only failed items retried (after their own
// Retry-After, or with backoff), dependents of a failed item (424) retried with it, within the
// client's attempt and budget limits. Each item ends exactly once: itemSucceeded or itemFailed.
class GraphBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphBatch)
public:
    static constexpr int maxPerBatch = 20;

    GraphBatch(GraphClient &client, QList<GraphRequest> requests, GraphRequest::Version version,
               QObject *parent = nullptr);
    ~GraphBatch() override;

    void start();
    void cancel();
    int size() const { return static_cast<int>(m_items.size()); }

Q_SIGNALS:
    void itemSucceeded(int index, const ed::GraphResponse &response);
    void itemFailed(int index, const ed::GraphError &error);
    void finished(int succeeded, int failed);

private:
    struct Item
    {
        GraphRequest request;
        QString clientRequestId; // kept across retries, so Graph (and the emulator) can tell a retry
        int attempts = 0;
        qint64 waitedMs = 0;
        qint64 notBeforeMs = 0;
        bool done = false;
        bool succeeded = false;
        bool inFlight = false;
        GraphError lastError;
    };
    void sendReady();
    void onBatchFinished(const QList<int> &indexes, const GraphResponse &response);
    void onBatchFailed(const QList<int> &indexes, const GraphError &error);
    void retryOrFail(int index, const GraphError &error);
    void settle(int index, const GraphError *error, const GraphResponse *response);
    void checkDone();

    GraphClient &m_client;
    QList<Item> m_items;
    const GraphRequest::Version m_version;
    QTimer *m_timer;
    QList<QPointer<GraphReply>> m_replies;
    int m_succeeded = 0;
    int m_failed = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    QRandomGenerator m_jitter;
};

} // namespace ed
