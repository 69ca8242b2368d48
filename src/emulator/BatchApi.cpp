#include "BatchApi.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

namespace ed::emu {

using namespace Qt::StringLiterals;

namespace {

EmuResponse invalid(const EmuRequest &request, const QString &message)
{
    return graphError(request, 400, u"BadRequest"_s, message);
}

QJsonObject itemHeaders(const EmuResponse &response)
{
    QJsonObject headers;
    for (const auto &[name, value] : response.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "content-type" || lower == "retry-after" || lower == "location" || lower == "odata-version")
            headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    }
    return headers;
}

QJsonValue itemBody(const EmuResponse &response)
{
    if (response.body.isEmpty())
        return QJsonValue::Undefined;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    if (error.error == QJsonParseError::NoError && document.isObject())
        return document.object();
    if (error.error == QJsonParseError::NoError && document.isArray())
        return document.array();
    return QString::fromLatin1(response.body.toBase64());
}

} // namespace

std::optional<EmuResponse> BatchApi::handle(const EmuRequest &request, const Caller *caller)
{
    if (!caller || request.segments.size() != 2 || request.segments.at(1) != u"$batch")
        return std::nullopt;
    if (request.insideBatch)
        return invalid(request, u"A batch request cannot contain another batch."_s);
    if (request.method != "POST")
        return graphError(request, 405, u"BadRequest"_s, u"$batch only accepts POST."_s);
    QString error;
    const auto body = request.jsonBody(&error);
    if (!body || !body->value(u"requests"_s).isArray())
        return invalid(request, u"Invalid batch payload format."_s);
    const QJsonArray requests = body->value(u"requests"_s).toArray();
    if (requests.isEmpty())
        return invalid(request, u"Invalid batch payload format: the batch has no requests."_s);
    if (requests.size() > maxRequests)
        return invalid(request, u"The number of batch requests exceeds the limit of %1."_s.arg(maxRequests));

    // Validate the whole batch before running any of it.
    QSet<QString> ids;
    for (const QJsonValue &value : requests) {
        const QJsonObject item = value.toObject();
        const QString id = item.value(u"id"_s).toString();
        if (!value.isObject() || id.isEmpty())
            return invalid(request, u"Every request in a batch needs an id."_s);
        if (ids.contains(id.toLower()))
            return invalid(request, u"Batch request ids must be unique; '%1' is repeated."_s.arg(id));
        const QString method = item.value(u"method"_s).toString();
        const QString url = item.value(u"url"_s).toString();
        if (method.isEmpty() || url.isEmpty())
            return invalid(request, u"Request '%1' needs a method and a url."_s.arg(id));
        if (url.contains(u"://"_s))
            return invalid(request, u"Request '%1': batch urls must be relative."_s.arg(id));
        if (item.contains(u"body"_s)) {
            const QJsonObject headers = item.value(u"headers"_s).toObject();
            const QStringList keys = headers.keys();
            const bool hasType = std::any_of(keys.cbegin(), keys.cend(), [](const QString &key) {
                return key.compare(u"content-type"_s, Qt::CaseInsensitive) == 0;
            });
            if (!hasType)
                return invalid(request, u"Request '%1' has a body but no Content-Type header."_s.arg(id));
        }
        for (const QJsonValue &dependency : item.value(u"dependsOn"_s).toArray())
            if (!ids.contains(dependency.toString().toLower()))
                return invalid(request,
                               u"Request '%1' depends on '%2', which comes later or does not exist."_s.arg(
                                       id, dependency.toString()));
        ids.insert(id.toLower());
    }

    QHash<QString, int> statusById;
    QJsonArray responses;
    const QString version = request.segments.constFirst();
    for (const QJsonValue &value : requests) {
        const QJsonObject item = value.toObject();
        const QString id = item.value(u"id"_s).toString();
        QJsonObject answer{{u"id"_s, id}};

        QString failedDependency;
        for (const QJsonValue &dependency : item.value(u"dependsOn"_s).toArray()) {
            const int status = statusById.value(dependency.toString().toLower());
            if (status >= 400)
                failedDependency = dependency.toString();
        }
        if (!failedDependency.isEmpty()) {
            statusById.insert(id.toLower(), 424);
            answer.insert(u"status"_s, 424);
            answer.insert(
                    u"body"_s,
                    QJsonObject{{u"error"_s,
                                 QJsonObject{{u"code"_s, u"FailedDependency"_s},
                                             {u"message"_s,
                                              u"The request '%1' it depends on failed."_s.arg(failedDependency)}}}});
            responses.prepend(answer);
            continue;
        }

        EmuRequest inner;
        inner.insideBatch = true;
        inner.method = item.value(u"method"_s).toString().toUpper().toLatin1();
        QString url = item.value(u"url"_s).toString();
        if (!url.startsWith(u'/'))
            url.prepend(u'/');
        const qsizetype question = url.indexOf(u'?');
        const QUrl parsed(u"http://batch/"_s + version + url, QUrl::TolerantMode);
        inner.path = parsed.path(QUrl::FullyDecoded);
        inner.segments = inner.path.split(u'/', Qt::SkipEmptyParts);
        inner.rawQuery = question >= 0 ? url.mid(question + 1) : QString();
        inner.query = QUrlQuery(parsed);
        inner.headers = request.headers; // the outer token and headers apply to every item
        inner.headers.remove("content-length");
        inner.headers.remove("content-type");
        inner.headers.remove("client-request-id"); // each item is a request of its own
        const QJsonObject headers = item.value(u"headers"_s).toObject();
        for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
            inner.headers.insert(it.key().toLower().toLatin1(), it.value().toString().toLatin1());
        const QJsonValue itemBodyValue = item.value(u"body"_s);
        if (itemBodyValue.isObject())
            inner.body = QJsonDocument(itemBodyValue.toObject()).toJson(QJsonDocument::Compact);
        else if (itemBodyValue.isArray())
            inner.body = QJsonDocument(itemBodyValue.toArray()).toJson(QJsonDocument::Compact);
        else if (itemBodyValue.isString())
            inner.body = QByteArray::fromBase64(itemBodyValue.toString().toLatin1());
        inner.received = QDateTime::currentDateTimeUtc();
        inner.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray clientRequestId = inner.header("client-request-id");
        inner.clientRequestId = clientRequestId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                          : QString::fromLatin1(clientRequestId);

        const EmuResponse response = m_context.dispatch(inner);
        statusById.insert(id.toLower(), response.status);
        answer.insert(u"status"_s, response.status);
        answer.insert(u"headers"_s, itemHeaders(response));
        const QJsonValue bodyValue = itemBody(response);
        if (!bodyValue.isUndefined())
            answer.insert(u"body"_s, bodyValue);
        responses.prepend(answer);
    }
    return EmuResponse::json(200, QJsonObject{{u"responses"_s, responses}});
}

} // namespace ed::emu
