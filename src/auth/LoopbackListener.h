#pragma once

#include "core/Expected.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace ed {

// The sign-in answer the browser delivered to the loopback redirect URI. `code` is a credential:
// never log it.
struct LoopbackCallback
{
    QString code;
    QString state;
    QString error; // e.g. access_denied
    QString errorDescription;
    bool stateMatches = false; // against LoopbackListener::setExpectedState
};

// The redirect target of the browser sign-in (RFC 8252 §7.3): a QTcpServer on 127.0.0.1 only,
// never any other interface, on a random port (or a given one). It serves exactly one sign-in
// callback — a GET of "/" whose query has `code` or `error` — answers it with a small page telling
// the user to return to the app, emits callbackReceived() and stops listening. Anything else
// (favicon.ico, other paths, other methods, a request without code or error) gets an error status
// and the listener keeps waiting. Requests are bounded (16 KiB of request line and headers) and
// each connection gets a read timeout.
class LoopbackListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackListener)
public:
    static constexpr qsizetype maxRequestBytes = 16 * 1024;
    static constexpr int defaultConnectionTimeoutMs = 10'000;
    static constexpr int maxConnections = 8;

    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    // Binds 127.0.0.1:port (0: a free port the system picks). The error is a sentence for the user.
    Expected<bool> listen(quint16 port = 0);
    bool isListening() const;
    // Stops listening and drops every open connection; no callback is emitted afterwards.
    void close();

    quint16 port() const;
    QHostAddress serverAddress() const;
    // http://localhost:<port> — Entra ignores the port of loopback redirect URIs.
    QUrl redirectUri() const;

    // The `state` the callback must carry; a mismatch is still reported (stateMatches false) and
    // the page then says the sign-in was not accepted.
    void setExpectedState(const QString &state) { m_expectedState = state; }
    void setConnectionTimeoutMs(int ms) { m_connectionTimeoutMs = ms; }
    // Name of the app on the pages ("… return to Enrollment Desk").
    void setApplicationName(const QString &name) { m_appName = name; }

    // The HTML pages (translated, every inserted text HTML-escaped).
    QByteArray successPage() const;
    QByteArray errorPage(const QString &error, const QString &description) const;

Q_SIGNALS:
    void callbackReceived(const ed::LoopbackCallback &callback);

private:
    struct Connection
    {
        QByteArray buffer;
        QTimer *timer = nullptr;
        bool answered = false;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &head);
    void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body,
                 const QByteArray &contentType = QByteArrayLiteral("text/html; charset=utf-8"));
    void drop(QTcpSocket *socket);
    QByteArray page(const QString &title, const QString &text) const;

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Connection> m_connections;
    QString m_expectedState;
    QString m_appName;
    int m_connectionTimeoutMs = defaultConnectionTimeoutMs;
    bool m_served = false;
};

} // namespace ed

Q_DECLARE_METATYPE(ed::LoopbackCallback)
