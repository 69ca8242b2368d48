// GraphError: the sentence for the user and the text behind "Copy details".
#include "GraphError.h"

#include "core/LogRedactor.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QNetworkReply>
#include <QRegularExpression>

#include <cmath>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

// "404" or "401 InvalidAuthenticationToken".
QString tagOf(const GraphError &error)
{
    if (error.httpStatus <= 0)
        return error.code;
    return error.code.isEmpty() ? QString::number(error.httpStatus)
                                : u"%1 %2"_s.arg(QString::number(error.httpStatus), error.code);
}

// The server's message when it says more than the status does; "" otherwise. No final period:
// the sentences that quote it add their own.
QString usefulMessage(const GraphError &error)
{
    static const QStringList generic{u"an error has occurred"_s, u"please retry again later"_s,
                                     u"unknown error"_s,         u"error"_s,
                                     u"internal server error"_s, u"injected fault"_s};
    QString text = error.message.simplified();
    while (text.endsWith(u'.'))
        text.chop(1);
    if (text.isEmpty() || generic.contains(text.toLower()) || text.compare(error.code, Qt::CaseInsensitive) == 0)
        return {};
    if (text.size() > 300)
        text = text.left(text.at(298).isHighSurrogate() ? 298 : 299) + u'…';
    return text;
}

bool looksLikeHtml(const QByteArray &excerpt)
{
    const QByteArray start = excerpt.left(2048).trimmed().toLower();
    return start.startsWith('<')
            && (start.contains("<html") || start.contains("<!doctype html") || start.contains("<body")
                || start.contains("<title") || start.contains("<h1"));
}

bool isIdentityError(const GraphError &error)
{
    static const QRegularExpression oauthCode(u"^[a-z]+(_[a-z]+)+$"_s);
    return !error.aadstsCodes.isEmpty() || oauthCode.match(error.code).hasMatch();
}

// A string marked with QT_TRANSLATE_NOOP("GraphError", …), translated.
QString translatedText(const char *text)
{
    return QCoreApplication::translate("GraphError", text);
}

// "Microsoft Graph is throttling requests; retry after 5 seconds." and the 503 variant.
QString retrySentence(const GraphError &error)
{
    const qint64 ms = error.retryAfterMs.value_or(0);
    const int seconds = static_cast<int>((ms + 999) / 1000);
    const int minutes = static_cast<int>((ms + 59'999) / 60'000);
    if (error.httpStatus == 429) {
        if (seconds <= 0)
            return QCoreApplication::translate("GraphError",
                                               "Microsoft Graph is throttling requests; retry in a moment.");
        if (seconds < 120)
            return QCoreApplication::translate("GraphError",
                                               "Microsoft Graph is throttling requests; retry after %n second(s).",
                                               nullptr, seconds);
        return QCoreApplication::translate(
                "GraphError", "Microsoft Graph is throttling requests; retry after %n minute(s).", nullptr, minutes);
    }
    if (seconds <= 0)
        return QCoreApplication::translate("GraphError",
                                           "Microsoft Graph is temporarily unavailable; retry in a moment.");
    if (seconds < 120)
        return QCoreApplication::translate("GraphError",
                                           "Microsoft Graph is temporarily unavailable; retry after %n second(s).",
                                           nullptr, seconds);
    return QCoreApplication::translate(
            "GraphError", "Microsoft Graph is temporarily unavailable; retry after %n minute(s).", nullptr, minutes);
}

struct StatusText
{
    int status;
    const char *plain; // %1: "404" or "404 ResourceNotFound"
    const char *quoting; // %1 as above, %2: the server's message
};

// Status 0 is the fallback for every status not listed.
const StatusText statusTexts[] = {
        //: %1 is the HTTP status and Graph error code, e.g. "400 BadRequest"
        {400, QT_TRANSLATE_NOOP("GraphError", "Microsoft Graph rejected the request as invalid (%1)."),
         //: %1 is the HTTP status and Graph error code, %2 the message Microsoft Graph sent (in English)
         QT_TRANSLATE_NOOP("GraphError", "Microsoft Graph rejected the request as invalid (%1): %2.")},
        {401,
         QT_TRANSLATE_NOOP("GraphError", "Microsoft Graph refused the request because the sign-in is not valid (%1)."),
         QT_TRANSLATE_NOOP("GraphError",
                           "Microsoft Graph refused the request because the sign-in is not valid (%1): %2.")},
        {403, QT_TRANSLATE_NOOP("GraphError", "Microsoft Graph denied access to this operation (%1)."),
         QT_TRANSLATE_NOOP("GraphError", "Microsoft Graph denied access to this operation (%1): %2.")},
        {404, QT_TRANSLATE_NOOP("GraphError", "The requested item was not found (%1)."),
         QT_TRANSLATE_NOOP("GraphError", "The requested item was not found (%1): %2.")},
        {409, QT_TRANSLATE_NOOP("GraphError", "The change conflicts with the current state of the item (%1)."),
         QT_TRANSLATE_NOOP("GraphError", "The change conflicts with the current state of the item (%1): %2.")},
        {412,
         QT_TRANSLATE_NOOP("GraphError",
                           "The item was changed elsewhere since it was loaded; reload it and try again (%1)."),
         QT_TRANSLATE_NOOP("GraphError", "The item was changed elsewhere since it was loaded (%1): %2.")},
        {500, QT_TRANSLATE_NOOP("GraphError", "Microsoft Graph had an internal error (%1)."),
         QT_TRANSLATE_NOOP("GraphError", "Microsoft Graph had an internal error (%1): %2.")},
        {502, QT_TRANSLATE_NOOP("GraphError", "Microsoft Graph's gateway got no valid answer from the service (%1)."),
         QT_TRANSLATE_NOOP("GraphError", "Microsoft Graph's gateway got no valid answer from the service (%1): %2.")},
        {503, QT_TRANSLATE_NOOP("GraphError", "Microsoft Graph is temporarily unavailable (%1)."),
         QT_TRANSLATE_NOOP("GraphError", "Microsoft Graph is temporarily unavailable (%1): %2.")},
        {504, QT_TRANSLATE_NOOP("GraphError", "Microsoft Graph did not answer in time (%1)."),
         QT_TRANSLATE_NOOP("GraphError", "Microsoft Graph did not answer in time (%1): %2.")},
        {507, QT_TRANSLATE_NOOP("GraphError", "The tenant's storage quota in Microsoft Graph is used up (%1)."),
         QT_TRANSLATE_NOOP("GraphError", "The tenant's storage quota in Microsoft Graph is used up (%1): %2.")},
        {0, QT_TRANSLATE_NOOP("GraphError", "Microsoft Graph could not complete the request (%1)."),
         QT_TRANSLATE_NOOP("GraphError", "Microsoft Graph could not complete the request (%1): %2.")},
};

const StatusText *statusText(int status)
{
    for (const StatusText &text : statusTexts)
        if (text.status == status)
            return &text;
    return nullptr;
}

QString httpSentence(const GraphError &error)
{
    if (error.isThrottling())
        return retrySentence(error);
    const QString tag = tagOf(error);
    const QString message = usefulMessage(error);
    if (isIdentityError(error))
        return message.isEmpty()
                ? QCoreApplication::translate("GraphError", "Microsoft sign-in refused the request (%1).").arg(tag)
                : QCoreApplication::translate("GraphError", "Microsoft sign-in refused the request (%1): %2.")
                          .arg(tag, message);
    const StatusText *known = statusText(error.httpStatus);
    const bool serverSide = error.httpStatus >= 500 || !known;
    if (serverSide && error.code.isEmpty() && message.isEmpty() && !error.bodyExcerpt.trimmed().isEmpty()) {
        if (looksLikeHtml(error.bodyExcerpt))
            return QCoreApplication::translate("GraphError",
                                               "The server answered with an HTML page instead of Graph JSON (%1).")
                    .arg(tag);
        return QCoreApplication::translate("GraphError", "The server's answer was not Graph JSON (%1).").arg(tag);
    }
    if (error.httpStatus == 401 && error.message.contains("expired"_L1, Qt::CaseInsensitive))
        return QCoreApplication::translate("GraphError",
                                           "Microsoft Graph refused the request because the token has expired (%1).")
                .arg(tag);
    if (error.httpStatus == 403 && !error.requiredPermissions.isEmpty())
        //: %1 is the HTTP status and error code, %2 a list of Graph permission names
        return QCoreApplication::translate(
                       "GraphError",
                       "Microsoft Graph denied access (%1); the account needs one of these permissions: %2.")
                .arg(tag, error.requiredPermissions.join(u", "_s));
    if (!known)
        known = statusText(0);
    return message.isEmpty() ? translatedText(known->plain).arg(tag) : translatedText(known->quoting).arg(tag, message);
}

QString transportSentence(const GraphError &error)
{
    QString reason = error.transportMessage.simplified();
    while (reason.endsWith(u'.'))
        reason.chop(1);
    if (reason.isEmpty())
        //: The reason in "Could not connect to Microsoft Graph: %1." when Qt gave none; %1 is a number
        reason = QCoreApplication::translate("GraphError", "network error %1").arg(error.networkError);
    switch (error.networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("GraphError", "Could not connect to Microsoft Graph: %1.").arg(reason);
    case QNetworkReply::RemoteHostClosedError:
        return QCoreApplication::translate("GraphError", "Microsoft Graph closed the connection unexpectedly: %1.")
                .arg(reason);
    case QNetworkReply::TimeoutError:
        return QCoreApplication::translate("GraphError", "The connection to Microsoft Graph timed out: %1.")
                .arg(reason);
    case QNetworkReply::OperationCanceledError:
        return QCoreApplication::translate("GraphError", "The connection to Microsoft Graph was aborted: %1.")
                .arg(reason);
    case QNetworkReply::SslHandshakeFailedError:
        return QCoreApplication::translate("GraphError", "The secure connection to Microsoft Graph failed: %1.")
                .arg(reason);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return QCoreApplication::translate("GraphError", "The network is not available: %1.").arg(reason);
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return QCoreApplication::translate("GraphError",
                                           "Microsoft Graph could not be reached because of a redirect: %1.")
                .arg(reason);
    default:
        break;
    }
    if (error.networkError >= QNetworkReply::ProxyConnectionRefusedError
        && error.networkError <= QNetworkReply::UnknownProxyError)
        return QCoreApplication::translate("GraphError", "The proxy server failed: %1.").arg(reason);
    return QCoreApplication::translate("GraphError", "The request to Microsoft Graph failed: %1.").arg(reason);
}

QString httpReason(int status)
{
    static const QHash<int, QString> reasons{{300, u"Multiple Choices"_s},
                                             {301, u"Moved Permanently"_s},
                                             {302, u"Found"_s},
                                             {303, u"See Other"_s},
                                             {307, u"Temporary Redirect"_s},
                                             {308, u"Permanent Redirect"_s},
                                             {400, u"Bad Request"_s},
                                             {401, u"Unauthorized"_s},
                                             {402, u"Payment Required"_s},
                                             {403, u"Forbidden"_s},
                                             {404, u"Not Found"_s},
                                             {405, u"Method Not Allowed"_s},
                                             {406, u"Not Acceptable"_s},
                                             {408, u"Request Timeout"_s},
                                             {409, u"Conflict"_s},
                                             {410, u"Gone"_s},
                                             {411, u"Length Required"_s},
                                             {412, u"Precondition Failed"_s},
                                             {413, u"Payload Too Large"_s},
                                             {415, u"Unsupported Media Type"_s},
                                             {416, u"Range Not Satisfiable"_s},
                                             {422, u"Unprocessable Entity"_s},
                                             {423, u"Locked"_s},
                                             {424, u"Failed Dependency"_s},
                                             {429, u"Too Many Requests"_s},
                                             {500, u"Internal Server Error"_s},
                                             {501, u"Not Implemented"_s},
                                             {502, u"Bad Gateway"_s},
                                             {503, u"Service Unavailable"_s},
                                             {504, u"Gateway Timeout"_s},
                                             {507, u"Insufficient Storage"_s},
                                             {509, u"Bandwidth Limit Exceeded"_s}};
    const QString reason = reasons.value(status);
    return reason.isEmpty() ? QString::number(status) : u"%1 %2"_s.arg(QString::number(status), reason);
}

QString secondsText(qint64 ms)
{
    return QString::number(static_cast<double>(ms) / 1000.0, 'g', 12) + u" s"_s;
}

} // namespace

QString GraphError::summary() const
{
    QString text;
    switch (kind) {
    case Kind::Http:
        text = httpSentence(*this);
        break;
    case Kind::Transport:
        text = transportSentence(*this);
        break;
    case Kind::Timeout: {
        const int seconds = static_cast<int>(std::max<qint64>(1, (timeoutMs + 500) / 1000));
        text = timeoutMs > 0 ? QCoreApplication::translate(
                       "GraphError", "No answer from Microsoft Graph within %n second(s).", nullptr, seconds)
                             : QCoreApplication::translate("GraphError", "No answer from Microsoft Graph in time.");
        break;
    }
    case Kind::Cancelled:
        text = QCoreApplication::translate("GraphError", "The request was cancelled.");
        break;
    case Kind::InvalidResponse:
        if (httpStatus <= 0)
            text = QCoreApplication::translate("GraphError", "Microsoft Graph sent a response that could not be read.");
        else if (looksLikeHtml(bodyExcerpt))
            text = QCoreApplication::translate("GraphError",
                                               "The server answered with an HTML page instead of Graph JSON (%1).")
                           .arg(httpStatus);
        else
            //: %1 is the HTTP status, e.g. 200
            text = QCoreApplication::translate("GraphError",
                                               "Microsoft Graph sent a response that could not be read (%1).")
                           .arg(httpStatus);
        break;
    case Kind::Redirect:
        text = httpStatus >= 300 && httpStatus < 400
                ? QCoreApplication::translate("GraphError",
                                              "Microsoft Graph answered with a redirect (%1), which is not followed.")
                          .arg(httpStatus)
                : QCoreApplication::translate(
                        "GraphError",
                        "The request was not sent because its address is not on the Microsoft Graph host.");
        break;
    }
    return LogRedactor::redact(text);
}

QString GraphError::details() const
{
    QStringList lines{summary()};
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            lines.append(label + u": "_s + value.simplified());
    };
    //: Labels of the lines in the copied error details
    add(QCoreApplication::translate("GraphError", "HTTP status"), httpStatus > 0 ? httpReason(httpStatus) : QString());
    add(QCoreApplication::translate("GraphError", "Error code"), code);
    add(QCoreApplication::translate("GraphError", "Inner error code"), innerCode);
    add(QCoreApplication::translate("GraphError", "Message"), message);
    add(u"request-id"_s, requestId);
    add(u"client-request-id"_s, clientRequestId);
    add(QCoreApplication::translate("GraphError", "Date"),
        date.isValid() ? date.toUTC().toString(date.time().msec() ? Qt::ISODateWithMs : Qt::ISODate) : QString());
    add(QCoreApplication::translate("GraphError", "Operation ID"), operationId);
    add(QCoreApplication::translate("GraphError", "Activity ID"), activityId);
    add(QCoreApplication::translate("GraphError", "Retry after"),
        retryAfterMs ? secondsText(*retryAfterMs) : QString());
    QStringList aadsts;
    for (const int aadstsCode : aadstsCodes)
        aadsts.append(u"AADSTS%1"_s.arg(aadstsCode));
    add(QCoreApplication::translate("GraphError", "AADSTS codes"), aadsts.join(u", "_s));
    add(QCoreApplication::translate("GraphError", "Required permissions"), requiredPermissions.join(u", "_s));
    add(QCoreApplication::translate("GraphError", "Timeout"),
        kind == Kind::Timeout && timeoutMs > 0 ? secondsText(timeoutMs) : QString());
    if (kind == Kind::Transport) {
        const char *name = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(networkError);
        add(QCoreApplication::translate("GraphError", "Network error"),
            u"%1 (%2)"_s.arg(name ? QString::fromLatin1(name) : QString::number(networkError), transportMessage));
    } else {
        add(QCoreApplication::translate("GraphError", "Detail"), transportMessage);
    }
    add(QCoreApplication::translate("GraphError", "Response"), QString::fromUtf8(bodyExcerpt.left(600)));
    return LogRedactor::redact(lines.join(u'\n'));
}

} // namespace ed
