// GraphError: parsing error bodies and Retry-After. The user-facing text is in GraphErrorText.cpp.
#include "GraphError.h"

#include "HttpLog.h"
#include "core/LogRedactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

constexpr qsizetype maxParsedBodyBytes = 1024 * 1024; // larger bodies are not error JSON
constexpr qsizetype maxMessageChars = 4096;
constexpr qsizetype maxIdChars = 200;
constexpr int maxInnerErrorDepth = 16;

QByteArray headerValue(const Headers &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers)
        if (key.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    return {};
}

// object[key]; when there is no exact match, the first key equal ignoring case (innererror).
QJsonValue member(const QJsonObject &object, QLatin1StringView key)
{
    const auto exact = object.constFind(key);
    if (exact != object.constEnd())
        return *exact;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    return QJsonValue(QJsonValue::Undefined);
}

// A JSON scalar as text; objects, arrays and null give "".
QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::floor(number) == number && std::abs(number) < 1e15)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number);
    }
    default:
        return {};
    }
}

QString capped(QString text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = maxChars;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    text.truncate(cut);
    return text + u'…';
}

// Server-provided text made safe to show and keep: redacted (before it is cut, so that no part of
// a secret survives the cut) and of bounded size.
QString cleanText(const QString &text, qsizetype maxChars = maxMessageChars)
{
    return capped(LogRedactor::redact(capped(text.trimmed(), 64 * 1024)), maxChars);
}

QString cleanId(const QString &text)
{
    return cleanText(text.simplified(), maxIdChars);
}

QString headerText(const Headers &headers, QByteArrayView name)
{
    return cleanId(QString::fromLatin1(headerValue(headers, name)));
}

QDateTime parseIsoDate(const QString &text)
{
    QString value = text.trimmed();
    if (value.size() > 10 && value.at(10) == u' ') // the identity platform's "2024-05-06 10:11:12Z"
        value[10] = u'T';
    const QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    if (parsed.timeSpec() == Qt::LocalTime) // Graph writes innerError.date without a zone: UTC
        return QDateTime(parsed.date(), parsed.time(), QTimeZone::utc()).toUTC();
    return parsed.toUTC();
}

// What the body says about the ids, used when the headers do not.
struct BodyIds
{
    QString requestId;
    QString clientRequestId;
    QDateTime date;
};

// "<text> - Operation ID (for customer support): <id> - Activity ID: <id> - Url: <url>".
void readIntuneMessageText(GraphError &error, const QString &text)
{
    static const QRegularExpression operation(uR"(Operation ID \(for customer support\):\s*([0-9A-Za-z\-]+))"_s);
    static const QRegularExpression activity(uR"(Activity ID:\s*([0-9A-Za-z\-]+))"_s);
    static const QRegularExpression trailer(uR"(\s+-\s+(Operation ID|Activity ID|Url)\b.*$)"_s,
                                            QRegularExpression::DotMatchesEverythingOption);
    if (const auto match = operation.match(text); match.hasMatch())
        error.operationId = cleanId(match.captured(1));
    if (const auto match = activity.match(text); match.hasMatch())
        error.activityId = cleanId(match.captured(1));
    const qsizetype cut = trailer.match(text).capturedStart();
    error.message = cleanText(cut >= 0 ? text.left(cut) : text);
}

// Intune puts a JSON document in error.message: {"_version":3,"Message":"…","CustomApiErrorPhrase":"…",…}.
void readGraphMessage(GraphError &error, const QString &message)
{
    const QString trimmed = message.trimmed();
    if (!trimmed.startsWith(u'{')) {
        readIntuneMessageText(error, trimmed); // plain text, perhaps with Intune's ids in it
        return;
    }
    const QJsonDocument embedded = QJsonDocument::fromJson(trimmed.toUtf8());
    QString text;
    QString phrase;
    if (embedded.isObject()) {
        text = scalarText(member(embedded.object(), "Message"_L1));
        phrase = scalarText(member(embedded.object(), "CustomApiErrorPhrase"_L1)).trimmed();
    } else {
        // Cut short or otherwise broken: pick the two strings out by hand.
        static const QRegularExpression messageField(uR"("Message"\s*:\s*("(?:[^"\\]|\\.)*"))"_s);
        static const QRegularExpression phraseField(uR"("CustomApiErrorPhrase"\s*:\s*("(?:[^"\\]|\\.)*"))"_s);
        const auto unquote = [](const QString &quoted) {
            return QJsonDocument::fromJson((u'[' + quoted + u']').toUtf8()).array().at(0).toString();
        };
        if (const auto match = messageField.match(trimmed); match.hasMatch())
            text = unquote(match.captured(1));
        if (const auto match = phraseField.match(trimmed); match.hasMatch())
            phrase = unquote(match.captured(1)).trimmed();
    }
    if (text.isEmpty() && phrase.isEmpty()) {
        readIntuneMessageText(error, trimmed); // not Intune's JSON after all: keep what there is
        return;
    }
    readIntuneMessageText(error, text);
    if (!phrase.isEmpty())
        error.message = cleanText(phrase);
}

// {"error":{"code","message","innerError":{"code","date","request-id","client-request-id","innerError":{…}}}}
void readGraphEnvelope(GraphError &error, const QJsonObject &envelope, BodyIds &ids)
{
    error.code = cleanId(scalarText(member(envelope, "code"_L1)));
    const QJsonValue message = member(envelope, "message"_L1);
    readGraphMessage(error,
                     message.isObject() ? scalarText(member(message.toObject(), "value"_L1)) // OData v3
                                        : scalarText(message));
    QJsonValue inner = member(envelope, "innerError"_L1);
    for (int depth = 0; inner.isObject() && depth < maxInnerErrorDepth; ++depth) {
        const QJsonObject object = inner.toObject();
        if (const QString code = cleanId(scalarText(member(object, "code"_L1))); !code.isEmpty())
            error.innerCode = code; // the innermost is the most specific
        if (ids.requestId.isEmpty())
            ids.requestId = cleanId(scalarText(member(object, "request-id"_L1)));
        if (ids.clientRequestId.isEmpty())
            ids.clientRequestId = cleanId(scalarText(member(object, "client-request-id"_L1)));
        if (!ids.date.isValid())
            ids.date = parseIsoDate(scalarText(member(object, "date"_L1)));
        inner = member(object, "innerError"_L1);
    }
}

// {"error":"invalid_grant","error_description":"AADSTS…: …\r\nTrace ID: …","error_codes":[…],"trace_id",…}
void readIdentityError(GraphError &error, const QJsonObject &object, BodyIds &ids)
{
    error.code = cleanId(scalarText(member(object, "error"_L1)));
    static const QRegularExpression lineBreaks(u"[\r\n]+"_s);
    QStringList kept;
    QString traceId, correlationId, timestamp; // the description's own lines, when the fields are missing
    for (const QString &line : scalarText(member(object, "error_description"_L1)).split(lineBreaks)) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith("Trace ID:"_L1))
            traceId = trimmed.mid(9);
        else if (trimmed.startsWith("Correlation ID:"_L1))
            correlationId = trimmed.mid(15);
        else if (trimmed.startsWith("Timestamp:"_L1))
            timestamp = trimmed.mid(10);
        else if (!trimmed.isEmpty())
            kept.append(trimmed);
    }
    error.message = cleanText(kept.join(u' '));
    const QJsonValue codes = member(object, "error_codes"_L1);
    const QJsonArray codeArray = codes.isArray() ? codes.toArray() : QJsonArray{codes};
    for (const QJsonValue &code : codeArray) {
        const double number = code.isString() ? code.toString().toDouble() : code.toDouble(-1);
        if (number > 0 && number < 1e9 && std::floor(number) == number
            && !error.aadstsCodes.contains(static_cast<int>(number)))
            error.aadstsCodes.append(static_cast<int>(number));
    }
    const auto field = [&object](QLatin1StringView key, const QString &fallback) {
        const QString value = scalarText(member(object, key));
        return value.trimmed().isEmpty() ? fallback : value;
    };
    ids.requestId = cleanId(field("trace_id"_L1, traceId));
    ids.clientRequestId = cleanId(field("correlation_id"_L1, correlationId));
    ids.date = parseIsoDate(field("timestamp"_L1, timestamp));
}

// Reads a JSON error body; true when it had one of the known shapes.
bool readJsonBody(GraphError &error, const QByteArray &body, BodyIds &ids)
{
    if (body.size() > maxParsedBodyBytes)
        return false;
    const QByteArray json = body.startsWith("\xEF\xBB\xBF") ? body.mid(3) : body;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    const QJsonValue envelope = member(object, "error"_L1);
    if (envelope.isObject()) {
        readGraphEnvelope(error, envelope.toObject(), ids);
        return true;
    }
    if (envelope.isString()) {
        readIdentityError(error, object, ids);
        return true;
    }
    if (const QJsonValue odata = member(object, "odata.error"_L1); odata.isObject()) {
        readGraphEnvelope(error, odata.toObject(), ids);
        return true;
    }
    // Some other JSON: take a top-level code and message if there are any, but keep the excerpt.
    error.code = cleanId(scalarText(member(object, "code"_L1)));
    error.message = cleanText(scalarText(member(object, "message"_L1)));
    return false;
}

void addAadstsCodes(GraphError &error, const QString &text)
{
    static const QRegularExpression aadsts(u"AADSTS(\\d{1,9})"_s);
    for (auto it = aadsts.globalMatch(text); it.hasNext();) {
        const int code = it.next().captured(1).toInt();
        if (code > 0 && !error.aadstsCodes.contains(code))
            error.aadstsCodes.append(code);
    }
}

} // namespace

GraphError GraphError::fromResponse(int httpStatus, const QByteArray &body, const Headers &headers,
                                    const QDateTime &now)
{
    GraphError error;
    error.httpStatus = httpStatus;
    if (httpStatus >= 300 && httpStatus < 400)
        error.kind = Kind::Redirect;
    else if (httpStatus < 300)
        error.kind = Kind::InvalidResponse;

    BodyIds ids;
    const bool known = readJsonBody(error, body, ids);
    if (!known && !body.isEmpty())
        error.bodyExcerpt = HttpLog::redactedExcerpt(body, maxExcerptBytes);
    addAadstsCodes(error, error.message);

    error.requestId = headerText(headers, "request-id");
    if (error.requestId.isEmpty())
        error.requestId = headerText(headers, "x-ms-request-id");
    if (error.requestId.isEmpty())
        error.requestId = ids.requestId;
    error.clientRequestId = headerText(headers, "client-request-id");
    if (error.clientRequestId.isEmpty())
        error.clientRequestId = ids.clientRequestId;
    error.date = ids.date.isValid() ? ids.date : parseHttpDate(headerValue(headers, "date"));
    error.retryAfterMs = parseRetryAfter(headerValue(headers, "retry-after"), now);
    if (error.kind == Kind::Redirect) {
        if (const QByteArray location = headerValue(headers, "location"); !location.isEmpty())
            error.transportMessage = HttpLog::redactUrl(QUrl::fromEncoded(location));
    }
    return error;
}

GraphError GraphError::fromTransport(int networkError, const QString &errorString, const QString &clientRequestId)
{
    GraphError error;
    error.kind = Kind::Transport;
    error.networkError = networkError;
    error.transportMessage = cleanText(errorString, 1024);
    error.clientRequestId = clientRequestId;
    return error;
}

GraphError GraphError::timeout(int afterMs, const QString &clientRequestId)
{
    GraphError error;
    error.kind = Kind::Timeout;
    error.timeoutMs = std::max(0, afterMs);
    error.clientRequestId = clientRequestId;
    return error;
}

GraphError GraphError::cancelled(const QString &clientRequestId)
{
    GraphError error;
    error.kind = Kind::Cancelled;
    error.clientRequestId = clientRequestId;
    return error;
}

bool GraphError::isThrottling() const
{
    return kind == Kind::Http && (httpStatus == 429 || (httpStatus == 503 && retryAfterMs.has_value()));
}

bool GraphError::isRetryable(bool repeatable) const
{
    switch (kind) {
    case Kind::Http:
        if (httpStatus == 429 || httpStatus == 503 || httpStatus == 504)
            return true;
        return repeatable && (httpStatus == 500 || httpStatus == 502);
    case Kind::Transport:
    case Kind::Timeout:
        return repeatable;
    case Kind::Cancelled:
    case Kind::InvalidResponse:
    case Kind::Redirect:
        return false;
    }
    return false;
}

std::optional<qint64> GraphError::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    static const QRegularExpression number(uR"(^([+-]?)(\d+(\.\d*)?|\.\d+)$)"_s);
    if (const auto match = number.match(QString::fromLatin1(text)); match.hasMatch()) {
        if (match.captured(1) == u"-")
            return 0;
        const double seconds = match.captured(2).toDouble();
        if (!std::isfinite(seconds) || seconds * 1000.0 >= static_cast<double>(maxRetryAfterMs))
            return maxRetryAfterMs;
        return std::llround(seconds * 1000.0);
    }
    const QDateTime when = parseHttpDate(text);
    if (!when.isValid())
        return std::nullopt;
    const QDateTime from = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    return std::clamp<qint64>(from.msecsTo(when), 0, maxRetryAfterMs);
}

QDateTime GraphError::parseHttpDate(const QByteArray &value)
{
    // IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT",
    // asctime "Sun Nov  6 08:49:37 1994". Month names are English whatever the locale.
    static const QRegularExpression imf(
            uR"(^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d\d):(\d\d):(\d\d)\s*(GMT|UTC|UT|Z|[+-]\d{4})$)"_s,
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rfc850(
            uR"(^[A-Za-z]+,\s*(\d{1,2})-([A-Za-z]{3})-(\d{2}|\d{4})\s+(\d\d):(\d\d):(\d\d)\s+(GMT)$)"_s,
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression asctime(
            uR"(^[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d\d):(\d\d):(\d\d)\s+(\d{4})$)"_s,
            QRegularExpression::CaseInsensitiveOption);
    static const QStringList months{u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                    u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    const QString text = QString::fromLatin1(value.trimmed());
    int day = 0, month = 0, year = 0, hour = 0, minute = 0, second = 0, offsetSeconds = 0;
    if (auto m = imf.match(text); m.hasMatch() || (m = rfc850.match(text)).hasMatch()) {
        day = m.captured(1).toInt();
        month = static_cast<int>(months.indexOf(m.captured(2).toLower())) + 1;
        year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year += year < 70 ? 2000 : 1900;
        hour = m.captured(4).toInt();
        minute = m.captured(5).toInt();
        second = m.captured(6).toInt();
        const QString zone = m.captured(7);
        if (zone.startsWith(u'+') || zone.startsWith(u'-'))
            offsetSeconds =
                    (zone.mid(1, 2).toInt() * 3600 + zone.mid(3, 2).toInt() * 60) * (zone.startsWith(u'-') ? -1 : 1);
    } else if (m = asctime.match(text); m.hasMatch()) {
        month = static_cast<int>(months.indexOf(m.captured(1).toLower())) + 1;
        day = m.captured(2).toInt();
        hour = m.captured(3).toInt();
        minute = m.captured(4).toInt();
        second = m.captured(5).toInt();
        year = m.captured(6).toInt();
    } else {
        return {};
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc()).addSecs(-offsetSeconds).toUTC();
}

} // namespace ed
