#include "LoopbackListener.h"

#include "core/Logging.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

// A redirect query is form-encoded: '+' is a space (Entra writes error descriptions that way).
QString formValue(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent)
    , m_appName(u"Enrollment Desk"_s)
{
    qRegisterMetaType<LoopbackCallback>();
}

LoopbackListener::~LoopbackListener()
{
    // Sockets are children of the server; take them down first so none calls back into a
    // half-destroyed listener.
    const QList<QTcpSocket *> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

Expected<bool> LoopbackListener::listen(quint16 port)
{
    if (m_server == nullptr) {
        m_server = new QTcpServer(this);
        m_server->setMaxPendingConnections(maxConnections);
        connect(m_server, &QTcpServer::newConnection, this, &LoopbackListener::onNewConnection);
    }
    if (m_server->isListening())
        return true;
    m_served = false;
    // 127.0.0.1 only: the sign-in answer must never be reachable from another machine.
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        const QString reason = m_server->errorString();
        qCWarning(lcAuth).noquote() << u"Sign-in listener could not listen on 127.0.0.1:%1: %2"_s.arg(port).arg(reason);
        if (port == 0)
            return Error{tr("The sign-in listener could not open a port on 127.0.0.1: %1.").arg(reason)};
        return Error{tr("The sign-in listener could not open port %1: %2.").arg(port).arg(reason)};
    }
    qCInfo(lcAuth) << "Sign-in listener waiting on 127.0.0.1 port" << m_server->serverPort();
    return true;
}

bool LoopbackListener::isListening() const
{
    return m_server != nullptr && m_server->isListening();
}

void LoopbackListener::close()
{
    if (m_server != nullptr && m_server->isListening()) {
        m_server->close();
        qCInfo(lcAuth) << "Sign-in listener closed";
    }
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets)
        if (!m_connections.value(socket).answered)
            drop(socket); // an answered one finishes writing its page and goes by itself
}

quint16 LoopbackListener::port() const
{
    return m_server != nullptr ? m_server->serverPort() : quint16(0);
}

QHostAddress LoopbackListener::serverAddress() const
{
    return m_server != nullptr ? m_server->serverAddress() : QHostAddress();
}

QUrl LoopbackListener::redirectUri() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"localhost"_s);
    url.setPort(port());
    return url;
}

void LoopbackListener::onNewConnection()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (m_served || m_connections.size() >= maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        Connection connection;
        connection.timer = new QTimer(socket);
        connection.timer->setSingleShot(true);
        connect(connection.timer, &QTimer::timeout, this, [this, socket] {
            if (!m_connections.value(socket).answered) {
                // Answered and closed after writing; if the client still lingers, the next expiry drops it.
                respond(socket, 408, "Request Timeout", page(tr("Sign-in"), tr("The request took too long.")));
                return;
            }
            drop(socket);
        });
        connection.timer->start(m_connectionTimeoutMs);
        m_connections.insert(socket, connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void LoopbackListener::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->answered) {
        socket->readAll(); // nothing more is read once answered
        return;
    }
    it->buffer += socket->read(maxRequestBytes + 1 - it->buffer.size());
    qsizetype end = it->buffer.indexOf("\r\n\r\n");
    if (end < 0)
        end = it->buffer.indexOf("\n\n");
    if (end < 0) {
        if (it->buffer.size() > maxRequestBytes)
            respond(socket, 431, "Request Header Fields Too Large",
                    page(tr("Sign-in"), tr("The request was too large.")));
        return;
    }
    const QByteArray head = it->buffer.left(end);
    handleRequest(socket, head);
}

void LoopbackListener::handleRequest(QTcpSocket *socket, const QByteArray &head)
{
    const qsizetype lineEnd = head.indexOf('\n');
    const QByteArray requestLine = (lineEnd < 0 ? head : head.left(lineEnd)).trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.") || !parts.at(1).startsWith('/')) {
        respond(socket, 400, "Bad Request", page(tr("Sign-in"), tr("The request could not be read.")));
        return;
    }
    if (parts.at(0) != "GET") {
        respond(socket, 405, "Method Not Allowed", page(tr("Sign-in"), tr("Only GET requests are answered here.")));
        return;
    }
    QByteArray target = parts.at(1);
    target.replace('+', "%20");
    const QUrl url = QUrl::fromEncoded(QByteArrayLiteral("http://localhost") + target, QUrl::StrictMode);
    if (!url.isValid()) {
        respond(socket, 400, "Bad Request", page(tr("Sign-in"), tr("The request could not be read.")));
        return;
    }
    if (url.path() != "/"_L1) {
        respond(socket, 404, "Not Found", page(tr("Not found"), tr("There is nothing here.")));
        return;
    }
    const QUrlQuery query(url);
    LoopbackCallback callback;
    callback.code = formValue(query, u"code"_s);
    callback.state = formValue(query, u"state"_s);
    callback.error = formValue(query, u"error"_s);
    callback.errorDescription = formValue(query, u"error_description"_s);
    if (callback.code.isEmpty() && callback.error.isEmpty()) {
        respond(socket, 400, "Bad Request",
                page(tr("Sign-in"), tr("This address only receives the answer of a Microsoft sign-in.")));
        return;
    }
    callback.stateMatches = !m_expectedState.isEmpty() && callback.state == m_expectedState;

    QByteArray body;
    if (!callback.error.isEmpty())
        body = errorPage(callback.error, callback.errorDescription);
    else if (!callback.stateMatches)
        body = errorPage(
                QString(),
                tr("The answer does not belong to the sign-in %1 started, so it was not used.").arg(m_appName));
    else
        body = successPage();
    respond(socket, 200, "OK", body);

    // One callback only: stop listening, drop whatever else is open, then tell the flow.
    m_served = true;
    if (m_server != nullptr)
        m_server->close();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *other : sockets)
        if (other != socket && !m_connections.value(other).answered)
            drop(other);
    qCInfo(lcAuth) << "Sign-in listener received the callback"
                   << (callback.error.isEmpty() ? "with a code" : "with an error") << "and closed";
    Q_EMIT callbackReceived(callback);
}

void LoopbackListener::respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body,
                               const QByteArray &contentType)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->answered)
        return;
    it->answered = true;
    it->buffer.clear();
    QTimer *timer = it->timer;
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: " + contentType + "\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // The page's address holds the authorization code: keep it out of caches and referrers.
    response += "Cache-Control: no-store\r\nPragma: no-cache\r\nReferrer-Policy: no-referrer\r\n"
                "X-Content-Type-Options: nosniff\r\n"
                "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
                "Connection: close\r\n\r\n";
    response += body;
    socket->write(response);
    socket->flush(); // into the kernel now: the listener may be torn down right after the callback
    // After the page is written; may emit disconnected() at once, which drops the connection.
    socket->disconnectFromHost();
    if (m_connections.contains(socket) && timer != nullptr)
        timer->start(m_connectionTimeoutMs); // a client that never closes is dropped then
}

void LoopbackListener::drop(QTcpSocket *socket)
{
    if (!m_connections.contains(socket))
        return;
    m_connections.remove(socket);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

QByteArray LoopbackListener::page(const QString &title, const QString &text) const
{
    const QString html = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped()
            + u"</title><style>body{font-family:sans-serif;margin:3em auto;max-width:40em;line-height:1.5}"
              "</style></head><body><h1>"_s
            + title.toHtmlEscaped() + u"</h1><p>"_s + text.toHtmlEscaped() + u"</p></body></html>\n"_s;
    return html.toUtf8();
}

QByteArray LoopbackListener::successPage() const
{
    return page(tr("You are signed in."), tr("You can close this tab and return to %1.").arg(m_appName));
}

QByteArray LoopbackListener::errorPage(const QString &error, const QString &description) const
{
    QString text = description.simplified();
    if (!error.isEmpty())
        text = text.isEmpty() ? error : error + u": "_s + text;
    const QString more = tr("Return to %1 for details.").arg(m_appName);
    const QString html = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s
            + tr("Sign-in did not complete").toHtmlEscaped()
            + u"</title><style>body{font-family:sans-serif;margin:3em auto;max-width:40em;line-height:1.5}"
              "</style></head><body><h1>"_s
            + tr("Sign-in did not complete").toHtmlEscaped() + u"</h1><p>"_s + text.toHtmlEscaped() + u"</p><p>"_s
            + more.toHtmlEscaped() + u"</p></body></html>\n"_s;
    return html.toUtf8();
}

} // namespace ed
