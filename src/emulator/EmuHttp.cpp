#include "EmuHttp.h"

#include <QJsonArray>
#include <QUuid>

namespace ed::emu {

using namespace Qt::StringLiterals;

std::optional<QJsonObject> EmuRequest::jsonBody(QString *error) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = body.trimmed().isEmpty() ? u"The request body is empty."_s
                                              : u"The request body is not valid JSON: %1 at offset %2."_s.arg(
                                                      parseError.errorString(), QString::number(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = u"The request body must be a JSON object."_s;
        return std::nullopt;
    }
    return document.object();
}

EmuResponse EmuResponse::json(int status, const QJsonObject &object)
{
    return raw(status, QJsonDocument(object).toJson(QJsonDocument::Compact),
               "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8");
}

EmuResponse EmuResponse::raw(int status, QByteArray body, const QByteArray &contentType)
{
    EmuResponse response{status, std::move(body), {}};
    response.setHeader("Content-Type", contentType);
    return response;
}

void EmuResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray EmuResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers)
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    return {};
}

QString graphTime(const QDateTime &time)
{
    if (!time.isValid())
        return u"0001-01-01T00:00:00Z"_s;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

static QJsonObject innerError(const EmuRequest &request)
{
    return QJsonObject{{u"date"_s, request.received.toUTC().toString(Qt::ISODate)},
                       {u"request-id"_s, request.requestId},
                       {u"client-request-id"_s, request.clientRequestId}};
}

EmuResponse graphError(const EmuRequest &request, int status, const QString &code, const QString &message)
{
    return EmuResponse::json(
            status,
            QJsonObject{
                    {u"error"_s,
                     QJsonObject{{u"code"_s, code}, {u"message"_s, message}, {u"innerError"_s, innerError(request)}}}});
}

EmuResponse intuneError(const EmuRequest &request, int status, const QString &code, const QString &customPhrase)
{
    const QString operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString service =
            request.path.contains(u"deviceEnrollmentConfigurations"_s) ? u"EnrollmentFE"_s : u"DeviceEnrollmentFE"_s;
    const QJsonObject embedded{
            {u"_version"_s, 3},
            {u"Message"_s,
             u"An error has occurred - Operation ID (for customer support): %1 - Activity ID: %2 - Url: "
             "https://fef.msua06.manage.microsoft.com/%3_2411/StatelessDeviceEnrollmentFEService%4?api-version=2024-11-01"_s
                     .arg(operationId, request.clientRequestId, service, request.path)},
            {u"CustomApiErrorPhrase"_s, customPhrase},
            {u"RetryAfter"_s, QJsonValue::Null},
            {u"ErrorSourceService"_s, QString()},
            {u"HttpHeaders"_s, u"{}"_s}};
    const QString message = QString::fromUtf8(QJsonDocument(embedded).toJson(QJsonDocument::Compact));
    QJsonObject inner = innerError(request);
    inner.insert(u"message"_s, message);
    return EmuResponse::json(
            status,
            QJsonObject{
                    {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}, {u"innerError"_s, inner}}}});
}

EmuResponse notFound(const EmuRequest &request, const QString &what, const QString &id)
{
    if (request.segments.size() > 1 && request.segments.at(1) != u"deviceManagement")
        return graphError(
                request, 404, u"Request_ResourceNotFound"_s,
                u"Resource '%1' does not exist or one of its queried reference-property objects are not present."_s.arg(
                        id));
    return intuneError(request, 404, u"ResourceNotFound"_s, u"%1 with id %2 was not found."_s.arg(what, id));
}

QString odataContext(const QString &baseUrl, const QString &version, const QString &fragment)
{
    return u"%1/%2/$metadata#%3"_s.arg(baseUrl, version, fragment);
}

QHash<QString, QString> queryOptions(const EmuRequest &request)
{
    QHash<QString, QString> options;
    const auto add = [&options](QString key, const QString &value) {
        if (key.startsWith(u'$'))
            key.remove(0, 1);
        options.insert(key.toLower(), value);
    };
    if (request.rawQuery.isEmpty()) {
        for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded))
            add(key, value);
        return options;
    }
    const QStringList pairs = request.rawQuery.split(u'&', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(u'=');
        const auto decode = [](QString text) {
            text.replace(u'+', u' ');
            return QUrl::fromPercentEncoding(text.toUtf8());
        };
        add(decode(pair.left(equals < 0 ? pair.size() : equals)),
            equals < 0 ? QString() : decode(pair.mid(equals + 1)));
    }
    return options;
}

QString nextLink(const QString &baseUrl, const EmuRequest &request, const QString &skipToken)
{
    QStringList kept;
    const QStringList pairs = request.rawQuery.split(u'&', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const QString key = QUrl::fromPercentEncoding(pair.section(u'=', 0, 0).toUtf8()).toLower();
        if (key != u"$skiptoken" && key != u"skiptoken")
            kept.append(pair);
    }
    kept.append(u"$skiptoken="_s + QString::fromLatin1(QUrl::toPercentEncoding(skipToken)));
    // Tolerant parsing encodes what a $batch item's raw URL left unencoded (spaces, quotes).
    return QUrl(baseUrl + request.path + u'?' + kept.join(u'&'), QUrl::TolerantMode).toString(QUrl::FullyEncoded);
}

} // namespace ed::emu
