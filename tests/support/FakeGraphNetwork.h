#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <functional>

namespace ed::test {

// An in-process network for exact edge cases (Nextcloud's FakeQNAM pattern): every request the
// code under test makes is recorded and answered by a handler, with any status, headers, body,
// delay, transport error, or no answer at all.
class FakeGraphNetwork final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    struct Exchange
    {
        QByteArray method;
        QUrl url;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 atMs = 0; // since the network was created

        QByteArray header(const QByteArray &name) const;
    };
    struct Answer
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError; // with status 0: no HTTP answer
        bool hang = false; // never finishes (until aborted)

        static Answer json(int status, const QByteArray &body, QList<std::pair<QByteArray, QByteArray>> headers = {});
    };
    using Handler = std::function<Answer(const Exchange &)>;

    explicit FakeGraphNetwork(QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Exchange> &exchanges() const { return m_exchanges; }
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QList<Exchange> m_exchanges;
    QElapsedTimer m_clock;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace ed::test
