#pragma once

#include "TokenSource.h"
#include "core/Expected.h"

#include <memory>

namespace ed {

// A pre-acquired access token (--access-token-file, or pasted): for admins who already have one
// and for automation. It cannot be renewed; when it expires the user must supply a new one.
class StaticTokenSource final : public TokenSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaticTokenSource)
public:
    static constexpr qint64 maxFileBytes = qint64(64) * 1024;

    StaticTokenSource(QString token, TokenClaims claims, QString origin, QObject *parent = nullptr);

    // Reads a token file: one token, optionally prefixed "Bearer ", surrounding whitespace ignored.
    static Expected<std::unique_ptr<StaticTokenSource>> fromFile(const QString &path);
    // Validates pasted text the same way.
    static Expected<std::unique_ptr<StaticTokenSource>> fromText(const QString &text, const QString &origin);

    QString accessToken() const override { return m_token; }
    TokenClaims claims() const override { return m_claims; }
    QString methodDescription() const override;

private:
    const QString m_token;
    const TokenClaims m_claims;
    const QString m_origin;
};

} // namespace ed
