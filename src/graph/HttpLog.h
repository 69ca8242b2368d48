#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace ed {

// Formats the one line logged (category ed.graph) per HTTP request and per response: method,
// URL, status, duration, request-id and client-request-id, and a short body. Nothing it returns
// carries a credential: the Authorization value, credential-bearing query and form parameters
// and anything LogRedactor recognises are replaced by LogRedactor::marker.
class HttpLog final
{
public:
    // Longest body excerpt in a log line, in bytes (UTF-8, after redaction and escaping).
    static constexpr qsizetype maxLoggedBodyBytes = 512;

    static QString requestLine(const QByteArray &method, const QUrl &url,
                               const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                               const QString &clientRequestId);
    static QString responseLine(const QByteArray &method, const QUrl &url, int status, qint64 durationMs,
                                const QString &requestId, const QString &clientRequestId, const QByteArray &body);

    // The URL without user info, with the values of credential-bearing query (and fragment)
    // parameters (code, state, client_secret, access_token, refresh_token, id_token, code_verifier,
    // client_assertion, password, …) replaced; $skiptoken and the other OData options are kept.
    static QString redactUrl(const QUrl &url);

    // "a=1&code=xyz" with credential-bearing values replaced (a query string or a form body).
    static QString redactQueryString(const QString &query);

    // The start of a body as UTF-8, passed through LogRedactor (and redactQueryString when it looks
    // like a form body), cut to at most maxBytes on a character boundary. Line breaks are kept.
    static QByteArray redactedExcerpt(const QByteArray &body, qsizetype maxBytes);
};

} // namespace ed
