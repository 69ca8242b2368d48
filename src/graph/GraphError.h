#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace ed {

// What a failed Graph (or identity platform) call produced, as a value: the parsed error body
// (Graph's envelope, Intune's JSON-inside-the-message, the identity platform's error JSON), the ids
// support needs, Retry-After, and one translated sentence for the user. Building one never throws,
// whatever the body; nothing in it carries a credential.
struct GraphError
{
    enum class Kind { Http, Transport, Timeout, Cancelled, InvalidResponse, Redirect };

    Kind kind = Kind::Http;
    int httpStatus = 0;
    QString code; // Graph error.code, or identity platform `error`, or ""
    QString message; // Graph error.message (Intune's embedded JSON unwrapped), or error_description
    QString innerCode; // innerError.code (the innermost one) when present
    QString requestId; // header request-id (x-ms-request-id), else innerError.request-id / trace_id
    QString clientRequestId; // header client-request-id, else innerError.client-request-id / correlation_id
    QDateTime date; // innerError.date (or the identity timestamp), else the Date header; UTC
    QString operationId; // Intune "Operation ID (for customer support): …"
    QString activityId; // Intune "Activity ID: …"
    QList<int> aadstsCodes; // identity platform error_codes / "AADSTS50011" in the description
    std::optional<qint64> retryAfterMs; // from Retry-After (or Intune's embedded RetryAfter)
    int networkError = 0; // QNetworkReply::NetworkError as int, for Transport
    QString transportMessage; // Transport: Qt's error string; Redirect/InvalidResponse: what was refused
    QByteArray bodyExcerpt; // first 2 KiB of a body that was not Graph JSON (HTML error pages), redacted
    qint64 timeoutMs = 0; // Timeout: how long we waited
    QStringList requiredPermissions; // 403: the permissions any of which would have allowed the call

    static constexpr qsizetype maxExcerptBytes = 2048;
    static constexpr qint64 maxRetryAfterMs = 60 * 60 * 1000;

    // One translated sentence for the user (context "GraphError").
    QString summary() const;
    // Plain text for "Copy details": the summary, then one "Label: value" line per known field.
    QString details() const;
    // 429, or 503 with Retry-After.
    bool isThrottling() const;
    // 429/503/504 always; 500/502, Transport and Timeout only for requests that may be repeated
    // (reads and idempotent writes); nothing else.
    bool isRetryable(bool repeatable) const;

    // An HTTP answer that is not a success. 3xx gives Kind::Redirect, 1xx/2xx/0 Kind::InvalidResponse.
    static GraphError fromResponse(int httpStatus, const QByteArray &body,
                                   const QList<std::pair<QByteArray, QByteArray>> &headers, const QDateTime &now);
    static GraphError fromTransport(int networkError, const QString &errorString, const QString &clientRequestId);
    static GraphError timeout(int afterMs, const QString &clientRequestId);
    static GraphError cancelled(const QString &clientRequestId);

    // Retry-After as seconds ("5"), fractional seconds ("2.128") or an HTTP-date, in milliseconds
    // from `now`; nullopt when absent or unparseable; negative or past gives 0; at most 1 hour.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);
    // An HTTP-date (IMF-fixdate, RFC 850 or asctime), UTC; invalid when it is none of them.
    static QDateTime parseHttpDate(const QByteArray &value);
};

} // namespace ed
