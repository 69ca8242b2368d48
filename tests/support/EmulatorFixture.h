#pragma once

#include "emulator/EmulatorHost.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>

#include <optional>

namespace ed::test {

// One HTTP exchange with the emulator, fully read.
struct HttpResult
{
    int status = 0; // 0: no HTTP answer (connection dropped, refused, timed out)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject json() const; // {} when the body is not a JSON object
    QJsonArray value() const { return json().value(QLatin1StringView("value")).toArray(); }
    QString errorCode() const; // error.code of Graph's envelope, or `error` of the identity platform's
    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// An emulator on a worker thread plus a real QNetworkAccessManager talking to it over loopback:
// what every emulator integration test starts from. Requests are synchronous (a local event loop,
// 30 s limit) so tests read top to bottom.
class EmulatorFixture final
{
    Q_DISABLE_COPY_MOVE(EmulatorFixture)
public:
    explicit EmulatorFixture(emu::EmulatorOptions options = smallTenant());
    ~EmulatorFixture();

    // 300 devices, throttling off, fast pending → assigned: quick to start, quick to test.
    static emu::EmulatorOptions smallTenant();

    // Throttling windows start at multiples of their length (2 s with `fast`): waits for the start
    // of one, so a burst of a few hundred requests cannot straddle two windows.
    static void waitForFreshThrottleWindow(int windowMs = 2000);

    bool started() const { return m_started; }
    QString startError() const { return m_startError; }
    emu::EmulatorHost &host() { return m_host; }
    QString url(const QString &pathAndQuery) const;

    // A token with every scope the app uses (or only `scopes`).
    QString token(const QStringList &scopes = {}) const;

    // pathAndQuery is relative to the base URL ("/beta/deviceManagement/…?$top=5") or absolute.
    // token: nullopt sends the default full-scope token; an empty string sends none.
    HttpResult send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                    const Headers &headers = {}, const std::optional<QString> &token = std::nullopt);
    HttpResult get(const QString &pathAndQuery, const Headers &headers = {},
                   const std::optional<QString> &token = std::nullopt);
    HttpResult postJson(const QString &pathAndQuery, const QJsonObject &body, const Headers &headers = {},
                        const std::optional<QString> &token = std::nullopt);
    HttpResult patchJson(const QString &pathAndQuery, const QJsonObject &body, const Headers &headers = {},
                         const std::optional<QString> &token = std::nullopt);
    // application/x-www-form-urlencoded (identity platform token and devicecode endpoints).
    HttpResult postForm(const QString &pathAndQuery, const QList<std::pair<QString, QString>> &fields,
                        const Headers &headers = {});

    QNetworkAccessManager &network() { return m_network; }

private:
    emu::EmulatorHost m_host;
    QNetworkAccessManager m_network;
    bool m_started = false;
    QString m_startError;
    QString m_defaultToken;
};

} // namespace ed::test
