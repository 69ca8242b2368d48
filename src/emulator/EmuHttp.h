#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace ed::emu {

// One request as the emulator's handlers see it: already split into path segments, with the
// query decoded and the headers lower-cased. Handlers never touch sockets.
struct EmuRequest
{
    QByteArray method; // "GET", "POST", …
    QString path; // "/beta/deviceManagement/windowsAutopilotDeviceIdentities/abc"
    QStringList segments; // {"beta", "deviceManagement", "windowsAutopilotDeviceIdentities", "abc"}
    QUrlQuery query; // decoded ($filter, $top, …)
    QString rawQuery; // as sent, for nextLinks and the request log
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QString requestId; // generated per request (GUID)
    QString clientRequestId; // echoed from the caller, generated when absent
    QDateTime received;
    bool insideBatch = false; // an inner request of $batch

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
    bool isWrite() const { return method != "GET" && method != "HEAD"; }
    // Parses the body as a JSON object; nullopt (and the reason) when it is not one.
    std::optional<QJsonObject> jsonBody(QString *error = nullptr) const;
};

// What a handler answers. Headers are added to the standard ones (request-id, client-request-id,
// Date, x-ms-ags-diagnostic); Content-Type defaults to JSON when there is a body.
struct EmuResponse
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static EmuResponse json(int status, const QJsonObject &object);
    static EmuResponse raw(int status, QByteArray body, const QByteArray &contentType);
    static EmuResponse noContent() { return EmuResponse{204, {}, {}}; }
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

// Graph's error envelope: {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}.
EmuResponse graphError(const EmuRequest &request, int status, const QString &code, const QString &message);

// Intune's flavour: `message` is itself a JSON string naming an Operation ID, the Activity ID (the
// client-request-id) and the front-end URL (graph.md §7.4).
EmuResponse intuneError(const EmuRequest &request, int status, const QString &code, const QString &customPhrase = {});

// 404 for an id that does not exist (Intune shape for deviceManagement, directory shape for /groups).
EmuResponse notFound(const EmuRequest &request, const QString &what, const QString &id);

// The OData context URL for a response: "<base>/<version>/$metadata#<fragment>".
QString odataContext(const QString &baseUrl, const QString &version, const QString &fragment);

// Query options by normalised name ("$top" and "top" are both "top"), decoded with '+' as space.
QHash<QString, QString> queryOptions(const EmuRequest &request);

// The request's own query without $skiptoken, plus a new one: Graph keeps every other option.
QString nextLink(const QString &baseUrl, const EmuRequest &request, const QString &skipToken);

// ISO-8601 UTC with 'Z' and no more than 7 fractional digits, as Graph writes DateTimeOffset.
QString graphTime(const QDateTime &time);

} // namespace ed::emu
