#include "GraphBatch.h"

#include "GraphClient.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QTimer>
#include <QUuid>

namespace ed {

using namespace Qt::StringLiterals;

GraphBatch::GraphBatch(GraphClient &client, QList<GraphRequest> requests, GraphRequest::Version version,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_version(version)
    , m_timer(new QTimer(this))
    , m_jitter(QRandomGenerator::securelySeeded())
{
    m_items.reserve(requests.size());
    for (GraphRequest &request : requests) {
        Item item;
        item.request = std::move(request);
        item.clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_items.append(std::move(item));
    }
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &GraphBatch::sendReady);
}

GraphBatch::~GraphBatch()
{
    for (const QPointer<GraphReply> &sent : std::as_const(m_replies))
        if (GraphReply *reply = sent.data())
            reply->cancel();
}

void GraphBatch::start()
{
    if (m_items.isEmpty()) {
        QTimer::singleShot(0, this, [this] { checkDone(); });
        return;
    }
    QTimer::singleShot(0, this, &GraphBatch::sendReady);
}

void GraphBatch::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_timer->stop();
    for (const QPointer<GraphReply> &sent : std::as_const(m_replies))
        if (GraphReply *reply = sent.data())
            reply->cancel();
    for (int i = 0; i < m_items.size(); ++i)
        if (!m_items.at(i).done && !m_items.at(i).inFlight) {
            const GraphError error = GraphError::cancelled(QString());
            settle(i, &error, nullptr);
        }
    checkDone(); // items waiting out a Retry-After end here too
}

void GraphBatch::sendReady()
{
    if (m_cancelled)
        return;
    const qint64 now = GraphClient::now();
    QSet<int> ready;
    qint64 wake = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        if (item.done || item.inFlight)
            continue;
        if (item.notBeforeMs > now) {
            wake = wake == 0 ? item.notBeforeMs : std::min(wake, item.notBeforeMs);
            continue;
        }
        ready.insert(i);
    }
    // One $batch per workload (a throttled workload must not ride along with another), at most
    // 20 items each; a dependent goes only with its pending dependencies, or after they succeeded.
    QMap<QString, QList<QList<int>>> chunksByWorkload;
    for (int i = 0; i < m_items.size(); ++i) {
        if (!ready.contains(i))
            continue;
        QList<QList<int>> &chunks = chunksByWorkload[m_items.at(i).request.workload()];
        if (chunks.isEmpty() || chunks.constLast().size() >= maxPerBatch)
            chunks.append(QList<int>());
        bool hold = false;
        for (const QString &id : std::as_const(m_items.at(i).request.dependsOn)) {
            const int dependency = id.toInt();
            if (dependency < 0 || dependency >= m_items.size() || dependency == i)
                continue;
            const Item &d = m_items.at(dependency);
            if (d.succeeded)
                continue; // done earlier
            if (d.done) { // failed for good: so does its dependent
                GraphError failedDependency = d.lastError;
                failedDependency.httpStatus = 424;
                failedDependency.code = u"FailedDependency"_s;
                settle(i, &failedDependency, nullptr);
                hold = true;
                break;
            }
            hold |= !chunks.constLast().contains(dependency);
        }
        if (!hold)
            chunks.last().append(i);
    }
    QList<QList<int>> allChunks;
    for (const QList<QList<int>> &chunks : std::as_const(chunksByWorkload))
        for (const QList<int> &chunk : chunks)
            if (!chunk.isEmpty())
                allChunks.append(chunk);
    for (const QList<int> &chunk : std::as_const(allChunks)) {
        QJsonArray requests;
        int writes = 0;
        QString workload;
        for (int index : chunk) {
            Item &item = m_items[index];
            item.inFlight = true;
            ++item.attempts;
            QJsonObject json{{u"id"_s, QString::number(index)},
                             {u"method"_s, QString::fromLatin1(item.request.methodName())},
                             {u"url"_s, item.request.relativeUrl()}};
            QJsonObject headers{{u"client-request-id"_s, item.clientRequestId}};
            for (const auto &[name, value] : item.request.headers)
                headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
            if (item.request.body) {
                json.insert(u"body"_s, *item.request.body);
                headers.insert(u"Content-Type"_s, u"application/json"_s);
            }
            if (!headers.isEmpty())
                json.insert(u"headers"_s, headers);
            if (!item.request.dependsOn.isEmpty()) {
                // Dependencies travel with their dependents (they are retried together).
                QJsonArray depends;
                for (const QString &id : item.request.dependsOn)
                    if (chunk.contains(id.toInt()))
                        depends.append(id);
                if (!depends.isEmpty())
                    json.insert(u"dependsOn"_s, depends);
            }
            requests.append(json);
            writes += item.request.isRead() ? 0 : 1;
            workload = item.request.workload();
        }
        GraphRequest batch = GraphRequest::post(m_version, u"/$batch"_s, QJsonObject{{u"requests"_s, requests}});
        batch.workloadHint = workload;
        batch.paceWeight = writes;
        batch.readOnly = writes == 0; // a $batch of reads may be retried like a read
        GraphReply *reply = m_client.send(batch);
        m_replies.append(reply);
        connect(reply, &GraphReply::finished, this,
                [this, chunk](const GraphResponse &response) { onBatchFinished(chunk, response); });
        connect(reply, &GraphReply::failed, this,
                [this, chunk](const GraphError &error) { onBatchFailed(chunk, error); });
    }
    if (wake > 0)
        m_timer->start(static_cast<int>(std::max<qint64>(1, wake - GraphClient::now())));
}

void GraphBatch::onBatchFailed(const QList<int> &indexes, const GraphError &error)
{
    // The client already retried the $batch call itself where that was safe.
    for (int index : indexes) {
        m_items[index].inFlight = false;
        settle(index, &error, nullptr);
    }
    checkDone();
}

void GraphBatch::onBatchFinished(const QList<int> &indexes, const GraphResponse &response)
{
    QHash<int, QJsonObject> byIndex;
    for (const QJsonValue &value : response.json.value("responses"_L1).toArray()) {
        const QJsonObject item = value.toObject();
        bool ok = false;
        const int index = item.value("id"_L1).toString().toInt(&ok);
        if (ok && indexes.contains(index))
            byIndex.insert(index, item);
    }
    QList<int> toRetry;
    for (int index : indexes) {
        Item &item = m_items[index];
        item.inFlight = false;
        const QJsonObject answer = byIndex.value(index);
        if (answer.isEmpty()) {
            GraphError error;
            error.kind = GraphError::Kind::InvalidResponse;
            error.transportMessage = u"The $batch response has no answer for item %1."_s.arg(index);
            settle(index, &error, nullptr);
            continue;
        }
        const int status = answer.value("status"_L1).toInt();
        QList<std::pair<QByteArray, QByteArray>> headers;
        const QJsonObject headerObject = answer.value("headers"_L1).toObject();
        for (auto it = headerObject.constBegin(); it != headerObject.constEnd(); ++it)
            headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
        const QJsonValue body = answer.value("body"_L1);
        if (status >= 200 && status < 300) {
            GraphResponse itemResponse;
            itemResponse.status = status;
            itemResponse.json = body.toObject();
            itemResponse.headers = headers;
            itemResponse.requestId = response.requestId;
            itemResponse.clientRequestId = item.clientRequestId;
            itemResponse.attempts = item.attempts;
            settle(index, nullptr, &itemResponse);
            continue;
        }
        const QByteArray bodyBytes = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                                     : body.toString().toUtf8();
        GraphError error = GraphError::fromResponse(status, bodyBytes, headers, QDateTime::currentDateTimeUtc());
        if (error.requestId.isEmpty())
            error.requestId = response.requestId;
        if (status == 403)
            error.requiredPermissions = item.request.permissions;
        if (error.retryAfterMs && (status == 429 || status == 503))
            m_client.noteRetryAfter(item.request.workload(), *error.retryAfterMs);
        item.lastError = error;
        toRetry.append(index);
    }
    for (int index : std::as_const(toRetry))
        retryOrFail(index, m_items.at(index).lastError);
    sendReady();
    checkDone();
}

void GraphBatch::retryOrFail(int index, const GraphError &error)
{
    Item &item = m_items[index];
    const GraphClientOptions &options = m_client.options();
    bool retryable = error.isRetryable(item.request.isRepeatable());
    if (error.httpStatus == 424) {
        // Failed only because a dependency failed: retried when that dependency is.
        retryable =
                std::any_of(item.request.dependsOn.cbegin(), item.request.dependsOn.cend(), [this](const QString &id) {
                    const int dependency = id.toInt();
                    return dependency >= 0 && dependency < m_items.size() && !m_items.at(dependency).done;
                });
    }
    if (!retryable || item.attempts >= options.maxAttempts) {
        settle(index, &error, nullptr);
        return;
    }
    qint64 delay = error.retryAfterMs.value_or(-1);
    if (delay < 0) {
        const qint64 ceiling = std::min(options.backoffMaxMs, options.backoffBaseMs << std::min(item.attempts - 1, 16));
        delay = ceiling / 2
                + static_cast<qint64>(m_jitter.bounded(static_cast<quint32>(std::max<qint64>(1, ceiling / 2))));
    }
    if (item.waitedMs + delay > options.retryBudgetMs) {
        settle(index, &error, nullptr);
        return;
    }
    item.waitedMs += delay;
    item.notBeforeMs = GraphClient::now() + delay;
}

void GraphBatch::settle(int index, const GraphError *error, const GraphResponse *response)
{
    Item &item = m_items[index];
    if (item.done)
        return;
    item.done = true;
    item.succeeded = response != nullptr;
    if (!response)
        item.lastError = *error;
    if (response) {
        ++m_succeeded;
        Q_EMIT itemSucceeded(index, *response);
    } else {
        ++m_failed;
        Q_EMIT itemFailed(index, *error);
    }
}

void GraphBatch::checkDone()
{
    if (m_finished)
        return;
    for (const Item &item : std::as_const(m_items))
        if (!item.done)
            return;
    m_finished = true;
    m_timer->stop();
    Q_EMIT finished(m_succeeded, m_failed);
    deleteLater();
}

} // namespace ed
