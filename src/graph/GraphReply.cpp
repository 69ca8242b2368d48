#include "GraphReply.h"

#include <QNetworkReply>
#include <QTimer>

namespace ed {

QByteArray GraphResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

GraphReply::GraphReply(GraphRequest request, QString clientRequestId, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_clientRequestId(std::move(clientRequestId))
{ }

GraphReply::~GraphReply() = default;

void GraphReply::cancel()
{
    if (m_done || m_cancelled)
        return;
    m_cancelled = true;
    Q_EMIT cancelRequested(); // the client aborts the flight and fails the reply
}

void GraphReply::then(QObject *context, std::function<void(const GraphResponse &)> onFinished,
                      std::function<void(const GraphError &)> onFailed)
{
    connect(this, &GraphReply::finished, context, [f = std::move(onFinished)](const GraphResponse &r) {
        if (f)
            f(r);
    });
    connect(this, &GraphReply::failed, context, [f = std::move(onFailed)](const GraphError &e) {
        if (f)
            f(e);
    });
}

void GraphReply::succeed(const GraphResponse &response)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(response);
    deleteLater();
}

void GraphReply::fail(const GraphError &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(error);
    deleteLater();
}

} // namespace ed
