#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <initializer_list>
#include <optional>

namespace ed::emu {

// Who called: the verified claims of the bearer token of a Graph request.
struct Caller
{
    QString tenantId;
    QString appId;
    QString userPrincipalName; // empty for app-only tokens
    QString objectId;
    QStringList scopes; // delegated (scp)
    QStringList roles; // app-only (roles)
    QDateTime expiresAt;

    bool isAppOnly() const { return userPrincipalName.isEmpty(); }
    // True when any of these permissions is granted, delegated or as an app role.
    bool hasAny(std::initializer_list<const char *> permissions) const;
};

// Issues and verifies the emulator's access tokens: JWT-shaped (header.payload.signature),
// HS256-signed with a key derived from the seed, so a token printed by
// `graph-emulator --issue-token --seed S` is accepted by any emulator started with seed S.
class TokenAuthority final
{
public:
    static constexpr QLatin1StringView graphAudience{"https://graph.microsoft.com"};
    static constexpr QLatin1StringView graphAppId{"00000003-0000-0000-c000-000000000000"};

    TokenAuthority(std::uint64_t seed, QString tenantId);

    struct Grant
    {
        QString userPrincipalName; // empty: app-only
        QString displayName;
        QString objectId;
        QString appId;
        QString appDisplayName;
        QStringList scopes; // delegated: scp
        QStringList roles; // app-only: roles
        qint64 lifetimeSeconds = 3600;
        QString audience = QString(graphAudience);
    };

    QString issue(const Grant &grant, const QDateTime &now) const;
    // Any payload as an HS256 JWT with this authority's key (id tokens; tests craft edge cases with it).
    QString signJwt(const QJsonObject &payload) const;

    struct Verification
    {
        bool ok = false;
        QString error; // InvalidAuthenticationToken message when !ok
        Caller caller;
    };
    // Checks shape, signature, expiry, not-before, audience and tenant.
    Verification verify(const QString &token, const QDateTime &now) const;

    // Opaque-looking random strings for codes and refresh tokens (deterministic per authority).
    QString randomToken(int bytes);
    const QString &tenantId() const { return m_tenantId; }

    // JWS helpers: base64url without padding, and its strict inverse (nullopt on any other character).
    static QByteArray base64Url(const QByteArray &bytes);
    static std::optional<QByteArray> fromBase64Url(QByteArrayView text);
    // A JWT header or payload segment decoded to its JSON object; nullopt when it is not one.
    static std::optional<QJsonObject> decodeJsonSegment(QByteArrayView segment);

private:
    QByteArray sign(const QByteArray &signingInput) const;

    QByteArray m_key;
    QString m_tenantId;
    std::uint64_t m_counter;
};

} // namespace ed::emu
