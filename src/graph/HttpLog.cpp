#include "HttpLog.h"

#include "core/LogRedactor.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

// Redaction runs on at most this much of a body before it is cut to size: enough that a secret
// cannot slide into the excerpt from beyond it, small enough to stay cheap.
constexpr qsizetype redactionWindowBytes = 64 * 1024;

// Query, fragment and form parameters whose values are credentials (compared lower-case).
bool isSensitiveParameter(const QString &key)
{
    static const QStringList keys{u"code"_s,          u"state"_s,         u"session_state"_s,
                                  u"client_secret"_s, u"access_token"_s,  u"refresh_token"_s,
                                  u"id_token"_s,      u"code_verifier"_s, u"client_assertion"_s,
                                  u"assertion"_s,     u"password"_s,      u"device_code"_s,
                                  u"token"_s,         u"sig"_s,           u"key"_s,
                                  u"api_key"_s};
    return keys.contains(key);
}

// Headers whose whole value is a credential.
bool isSensitiveHeader(const QByteArray &name)
{
    const QByteArray lower = name.trimmed().toLower();
    if (lower == "cookie" || lower == "set-cookie")
        return true;
    for (const char *part : {"secret", "token", "key", "password", "assertion", "signature"})
        if (lower.contains(part))
            return true;
    return false;
}

// The byte count of the longest prefix of `bytes` no longer than maxBytes that ends on a UTF-8
// character boundary.
qsizetype utf8Prefix(const QByteArray &bytes, qsizetype maxBytes)
{
    if (bytes.size() <= maxBytes)
        return bytes.size();
    qsizetype cut = std::max<qsizetype>(0, maxBytes);
    while (cut > 0 && (static_cast<uchar>(bytes.at(cut)) & 0xC0) == 0x80)
        --cut;
    return cut;
}

bool looksLikeForm(const QString &text)
{
    static const QRegularExpression form(uR"(^[A-Za-z0-9_.~%+\-]+=[^\s]*$)"_s);
    return form.match(text).hasMatch();
}

// The start of the body, redacted. `form`: the body is application/x-www-form-urlencoded.
QString redactedText(const QByteArray &body, bool form)
{
    const QString text = QString::fromUtf8(body.left(utf8Prefix(body, redactionWindowBytes)));
    return LogRedactor::redact(form || looksLikeForm(text) ? HttpLog::redactQueryString(text) : text);
}

bool isBinary(const QByteArray &body)
{
    const QByteArray window = body.left(utf8Prefix(body, redactionWindowBytes));
    if (window.contains('\0'))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(window);
    Q_UNUSED(decoded)
    return decoder.hasError();
}

// Control characters as escapes, so that one request stays one line.
QString oneLine(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n')
            result += "\\n"_L1;
        else if (c == u'\r')
            result += "\\r"_L1;
        else if (c == u'\t')
            result += "\\t"_L1;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            result += u"\\x%1"_s.arg(static_cast<uint>(c.unicode()), 2, 16, QChar(u'0'));
        else
            result += c;
    }
    return result;
}

QString bodyForLog(const QByteArray &body, bool form)
{
    if (body.isEmpty())
        return u"body: none"_s;
    if (isBinary(body))
        return u"body (%1 bytes): binary"_s.arg(body.size());
    const QByteArray text = oneLine(redactedText(body, form)).toUtf8();
    const qsizetype kept = utf8Prefix(text, HttpLog::maxLoggedBodyBytes);
    const bool cut = kept < text.size() || body.size() > redactionWindowBytes;
    return u"body (%1 bytes): %2%3"_s.arg(QString::number(body.size()), QString::fromUtf8(text.left(kept)),
                                          cut ? u"…"_s : QString());
}

QString redactedHeaderValue(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.trimmed().toLower();
    if (lower == "authorization" || lower == "proxy-authorization") {
        // Keep the scheme ("Bearer") when it is a well-known one; never anything after it.
        static const QList<QByteArray> schemes{"bearer", "basic", "digest", "negotiate", "ntlm", "pop"};
        const QByteArray scheme = value.trimmed().split(' ').constFirst();
        if (schemes.contains(scheme.toLower()))
            return QString::fromLatin1(scheme) + u' ' + LogRedactor::marker;
        return LogRedactor::marker;
    }
    if (isSensitiveHeader(name))
        return LogRedactor::marker;
    return oneLine(LogRedactor::redact(QString::fromUtf8(value.left(utf8Prefix(value, 1024)))));
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"-"_s : oneLine(LogRedactor::redact(text));
}

} // namespace

QString HttpLog::redactQueryString(const QString &query)
{
    QStringList parts = query.split(u'&');
    for (QString &part : parts) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals < 0)
            continue;
        QString key = QUrl::fromPercentEncoding(part.left(equals).toUtf8());
        key.replace(u'+', u' ');
        if (isSensitiveParameter(key.trimmed().toLower()))
            part = part.left(equals + 1) + LogRedactor::marker;
    }
    return parts.join(u'&');
}

QString HttpLog::redactUrl(const QUrl &url)
{
    if (url.isEmpty())
        return {};
    QString text = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (url.hasQuery())
        text += u'?' + redactQueryString(url.query(QUrl::PrettyDecoded));
    if (url.hasFragment()) {
        const QString fragment = url.fragment(QUrl::PrettyDecoded);
        text += u'#' + (fragment.contains(u'=') ? redactQueryString(fragment) : fragment);
    }
    return oneLine(LogRedactor::redact(text));
}

QByteArray HttpLog::redactedExcerpt(const QByteArray &body, qsizetype maxBytes)
{
    if (body.isEmpty() || maxBytes <= 0)
        return {};
    const QByteArray text = redactedText(body, false).toUtf8();
    return text.left(utf8Prefix(text, maxBytes));
}

QString HttpLog::requestLine(const QByteArray &method, const QUrl &url,
                             const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                             const QString &clientRequestId)
{
    QStringList shown;
    bool form = false;
    for (const auto &[name, value] : headers) {
        if (name.trimmed().compare("client-request-id", Qt::CaseInsensitive) == 0)
            continue; // shown on its own
        if (name.trimmed().compare("content-type", Qt::CaseInsensitive) == 0)
            form = value.contains("x-www-form-urlencoded");
        // Values in quotes: LogSink redacts "Authorization: …" up to the next quote, not to the end of the line.
        shown.append(QString::fromLatin1(name.trimmed()) + u": \""_s + redactedHeaderValue(name, value) + u'"');
    }
    return u"-> %1 %2 client-request-id=%3 headers=[%4] %5"_s.arg(oneLine(QString::fromLatin1(method)), redactUrl(url),
                                                                  orDash(clientRequestId), shown.join(u", "_s),
                                                                  bodyForLog(body, form));
}

QString HttpLog::responseLine(const QByteArray &method, const QUrl &url, int status, qint64 durationMs,
                              const QString &requestId, const QString &clientRequestId, const QByteArray &body)
{
    return u"<- %1 %2 %3 %4 ms request-id=%5 client-request-id=%6 %7"_s.arg(
            status > 0 ? QString::number(status) : u"(no status)"_s, oneLine(QString::fromLatin1(method)),
            redactUrl(url), QString::number(durationMs), orDash(requestId), orDash(clientRequestId),
            bodyForLog(body, false));
}

} // namespace ed
