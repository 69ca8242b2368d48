#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ed {

// What an Entra ID access token says about itself (the JWT payload). Read for display and
// for permission-aware UI only: the signature is Graph's business, never verified here.
struct TokenClaims
{
    Q_DECLARE_TR_FUNCTIONS(TokenClaims)
public:
    QString tenantId; // tid
    QString objectId; // oid
    QString userPrincipalName; // upn, preferred_username or unique_name
    QString displayName; // name
    QString appId; // appid or azp
    QString appDisplayName; // app_displayname
    QString audience; // aud
    QString issuer; // iss
    QStringList scopes; // scp (delegated)
    QStringList roles; // roles (app-only)
    QDateTime issuedAt;
    QDateTime notBefore;
    QDateTime expiresAt;

    bool isAppOnly() const { return userPrincipalName.isEmpty() && scopes.isEmpty(); }
    bool isExpired(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }
    // "Adele Vance (adele@contoso.com)", or "App: Help desk tool (appid)" for app-only tokens.
    QString identityLabel() const;

    // Decodes the payload of a compact JWS (header.payload.signature).
    static Expected<TokenClaims> fromJwt(QStringView token);
};

} // namespace ed
