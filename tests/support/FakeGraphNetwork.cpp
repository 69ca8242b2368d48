#include "FakeGraphNetwork.h"

#include <QBuffer>
#include <QTimer>

namespace ed::test {

namespace {

class FakeReply final : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation, const QByteArray &verb,
              const FakeGraphNetwork::Answer &answer, std::function<void()> onDone, QObject *parent)
        : QNetworkReply(parent)
        , m_answer(answer)
        , m_onDone(std::move(onDone))
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (!answer.hang)
            QTimer::singleShot(answer.delayMs, this, [this] { deliver(); });
    }

    void abort() override
    {
        if (m_finished)
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        finish();
    }
    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_offset);
        std::memcpy(data, m_body.constData() + m_offset, static_cast<size_t>(n));
        m_offset += n;
        return n;
    }

private:
    void deliver()
    {
        if (m_finished)
            return;
        if (m_answer.status > 0) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
            for (const auto &[name, value] : m_answer.headers)
                setRawHeader(name, value);
            m_body = m_answer.body;
            Q_EMIT metaDataChanged();
        }
        if (m_answer.error != NoError)
            setError(m_answer.error, QStringLiteral("Fake transport error"));
        else if (m_answer.status >= 400)
            setError(m_answer.status == 404 ? ContentNotFoundError : UnknownContentError, QStringLiteral("HTTP error"));
        if (!m_body.isEmpty())
            Q_EMIT readyRead();
        finish();
    }
    void finish()
    {
        m_finished = true;
        setFinished(true);
        if (m_onDone)
            m_onDone();
        Q_EMIT finished();
    }

    FakeGraphNetwork::Answer m_answer;
    std::function<void()> m_onDone;
    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_finished = false;
};

} // namespace

QByteArray FakeGraphNetwork::Exchange::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

FakeGraphNetwork::Answer FakeGraphNetwork::Answer::json(int status, const QByteArray &body,
                                                        QList<std::pair<QByteArray, QByteArray>> headers)
{
    headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return Answer{status, std::move(headers), body, 0, QNetworkReply::NoError, false};
}

FakeGraphNetwork::FakeGraphNetwork(QObject *parent)
    : QNetworkAccessManager(parent)
{
    m_clock.start();
}

QNetworkReply *FakeGraphNetwork::createRequest(Operation operation, const QNetworkRequest &request,
                                               QIODevice *outgoingData)
{
    Exchange exchange;
    exchange.method = operation == GetOperation ? QByteArray("GET")
            : operation == PostOperation        ? QByteArray("POST")
            : operation == PutOperation         ? QByteArray("PUT")
            : operation == DeleteOperation      ? QByteArray("DELETE")
                                                : request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    exchange.url = request.url();
    for (const QByteArray &name : request.rawHeaderList())
        exchange.headers.append({name, request.rawHeader(name)});
    if (outgoingData)
        exchange.body = outgoingData->readAll();
    exchange.atMs = m_clock.elapsed();
    m_exchanges.append(exchange);
    const Answer answer = m_handler ? m_handler(exchange) : Answer::json(200, "{}");
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    return new FakeReply(
            request, operation, exchange.method, answer, [this] { --m_inFlight; }, this);
}

} // namespace ed::test
