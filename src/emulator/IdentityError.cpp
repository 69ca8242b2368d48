#include "IdentityError.h"

#include <QJsonArray>
#include <QUuid>

namespace ed::emu {

using namespace Qt::StringLiterals;

namespace {

QString orNewGuid(const QString &id)
{
    return id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id;
}

} // namespace

QString IdentityError::describe(const EmuRequest &request, const QDateTime &now) const
{
    return u"AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5"_s.arg(
            QString::number(code), description, orNewGuid(request.requestId), orNewGuid(request.clientRequestId),
            now.toUTC().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s));
}

QString IdentityError::errorUri() const
{
    return u"https://login.microsoftonline.com/error?code=%1"_s.arg(code);
}

EmuResponse IdentityError::toJson(const EmuRequest &request, const QDateTime &now) const
{
    const QString text = describe(request, now);
    const QStringList lines = text.split(u"\r\n"_s);
    auto line = [&lines](QLatin1StringView prefix) {
        for (const QString &l : lines)
            if (l.startsWith(prefix))
                return l.mid(prefix.size());
        return QString();
    };
    return identityJson(status,
                        QJsonObject{{u"error"_s, error},
                                    {u"error_description"_s, text},
                                    {u"error_codes"_s, QJsonArray{code}},
                                    {u"timestamp"_s, line("Timestamp: "_L1)},
                                    {u"trace_id"_s, line("Trace ID: "_L1)},
                                    {u"correlation_id"_s, line("Correlation ID: "_L1)},
                                    {u"error_uri"_s, errorUri()}});
}

EmuResponse IdentityError::toHtml(const EmuRequest &request, const QDateTime &now) const
{
    if (request.header("accept").contains("application/json"))
        return toJson(request, now);
    QString rows;
    for (const QString &line : describe(request, now).split(u"\r\n"_s))
        rows += u"<p>"_s + line.toHtmlEscaped() + u"</p>"_s;
    return identityHtml(status, u"Sign in to your account"_s,
                        u"<h1>Sorry, but we're having trouble signing you in.</h1><div id=\"error\" data-error=\""_s
                                + error.toHtmlEscaped() + u"\">"_s + rows + u"</div>"_s);
}

EmuResponse identityJson(int status, const QJsonObject &object)
{
    EmuResponse response = EmuResponse::raw(status, QJsonDocument(object).toJson(QJsonDocument::Compact),
                                            "application/json; charset=utf-8");
    response.setHeader("Cache-Control", "no-store, no-cache");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("Expires", "-1");
    return response;
}

EmuResponse identityHtml(int status, const QString &title, const QString &body)
{
    const QString page = u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped()
            + u"</title></head><body>"_s + body + u"</body></html>"_s;
    EmuResponse response = EmuResponse::raw(status, page.toUtf8(), "text/html; charset=utf-8");
    response.setHeader("Cache-Control", "no-store, no-cache");
    return response;
}

} // namespace ed::emu
