#pragma once

#include "GraphError.h"
#include "GraphRequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkReply;
class QTimer;

namespace ed {

// A successful answer: status, headers and the body (parsed when it is JSON).
struct GraphResponse
{
    int status = 0;
    QByteArray body;
    QJsonObject json; // {} for 204 and non-JSON bodies
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString requestId;
    QString clientRequestId;
    int attempts = 1;

    QByteArray header(const QByteArray &name) const;
};

// The flight of one GraphRequest: queued, sent, retried, and finally exactly one of finished()
// or failed(). It deletes itself after emitting. Cancel at any time; a cancelled reply fails with
// GraphError::Kind::Cancelled (once) and sends nothing more.
class GraphReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphReply)
public:
    GraphReply(GraphRequest request, QString clientRequestId, QObject *parent = nullptr);
    ~GraphReply() override;

    const GraphRequest &request() const { return m_request; }
    QString clientRequestId() const { return m_clientRequestId; }
    int attempts() const { return m_attempts; }
    bool isDone() const { return m_done; }

    void cancel();
    // Context-bound callbacks on top of the signals: not called once `context` is gone.
    void then(QObject *context, std::function<void(const GraphResponse &)> onFinished,
              std::function<void(const GraphError &)> onFailed);

Q_SIGNALS:
    void finished(const ed::GraphResponse &response);
    void failed(const ed::GraphError &error);
    void cancelRequested();

private:
    friend class GraphClient;
    void succeed(const GraphResponse &response);
    void fail(const GraphError &error);

    GraphRequest m_request;
    const QString m_clientRequestId;
    int m_attempts = 0;
    qint64 m_waitedMs = 0; // total retry delay so far (the retry budget)
    qint64 m_notBeforeMs = 0; // queued until then (backoff)
    bool m_tokenRefreshed = false;
    bool m_done = false;
    bool m_cancelled = false;
    QPointer<QNetworkReply> m_network;
    QTimer *m_deadline = nullptr;
};

} // namespace ed

Q_DECLARE_METATYPE(ed::GraphResponse)
Q_DECLARE_METATYPE(ed::GraphError)
