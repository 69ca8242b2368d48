#pragma once

#include "EmuHttp.h"

#include <QDateTime>
#include <QString>

namespace ed::emu {

// An identity-platform error before it is rendered (graph.md §8.1): the token and devicecode
// endpoints answer it as JSON, authorize as a redirect back to the app or as the sign-in page.
struct IdentityError
{
    int status = 400;
    QString error; // invalid_request, invalid_grant, invalid_client, …
    int code = 0; // the AADSTS number
    QString description; // without the "AADSTSnnnnn: " prefix

    // "AADSTSnnnnn: …\r\nTrace ID: …\r\nCorrelation ID: …\r\nTimestamp: yyyy-MM-dd HH:mm:ssZ"; the trace id
    // is the request id, the correlation id the caller's client-request-id.
    QString describe(const EmuRequest &request, const QDateTime &now) const;
    QString errorUri() const;
    // {error, error_description, error_codes, timestamp, trace_id, correlation_id, error_uri}.
    EmuResponse toJson(const EmuRequest &request, const QDateTime &now) const;
    // The sign-in page's error, for authorize errors that cannot go back to the app (JSON when the
    // request accepts application/json).
    EmuResponse toHtml(const EmuRequest &request, const QDateTime &now) const;
};

// The identity platform's JSON (no-store) and HTML answers.
EmuResponse identityJson(int status, const QJsonObject &object);
EmuResponse identityHtml(int status, const QString &title, const QString &body);

} // namespace ed::emu
