#pragma once

#include <QString>

namespace ed {

// Scrubs secrets from text before it reaches a log: bearer tokens, JWTs, and the values of
// OAuth parameters and JSON fields that carry credentials (access_token, refresh_token,
// client_secret, code_verifier, client_assertion, device_code, password, ...).
// It is the last line of defence: code should not log secrets in the first place.
class LogRedactor final
{
public:
    static QString redact(const QString &text);
    static constexpr QLatin1StringView marker{"[redacted]"};
};

} // namespace ed
