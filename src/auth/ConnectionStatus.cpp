#include "ConnectionStatus.h"

#include "TokenSource.h"
#include "core/StartupOptions.h"

#include <QLocale>

namespace ed {

QString ConnectionStatus::tenantText() const
{
    if (tenant.isEmpty())
        return tr("No tenant");
    return demo ? tr("%1 (demo)", "tenant name of the built-in demo tenant").arg(tenant) : tenant;
}

QString ConnectionStatus::cloudText() const
{
    return CloudInfo::displayName(cloud);
}

QString ConnectionStatus::identityText() const
{
    return identity.isEmpty() ? tr("Not signed in") : identity;
}

QString ConnectionStatus::stateText() const
{
    switch (state) {
    case State::SignedOut:
        return tr("Offline");
    case State::SignedIn:
        if (expiresAt.isValid())
            return tr("Token held, expires %1").arg(QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat));
        return tr("Token held, expiry unknown");
    case State::Connected:
        if (expiresAt.isValid())
            return tr("Connected, token expires %1")
                    .arg(QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat));
        return tr("Connected");
    case State::Unreachable:
        return tr("Microsoft Graph not reachable");
    case State::TokenExpired:
        return tr("Token expired %1").arg(QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat));
    }
    return {};
}

QString ConnectionStatus::hintText() const
{
    switch (state) {
    case State::SignedOut:
        return tr("Interactive sign-in is not available in this build yet. Start Enrollment Desk with "
                  "--access-token-file FILE to use a token you already have.");
    case State::SignedIn:
    case State::Connected:
        return {};
    case State::Unreachable:
        return problem;
    case State::TokenExpired:
        return tr("The access token has expired. Acquire a new one and start Enrollment Desk again with "
                  "--access-token-file FILE.");
    }
    return {};
}

ConnectionStatus ConnectionStatus::fromStartup(const StartupOptions &options, const TokenSource *tokenSource,
                                               const QDateTime &now)
{
    ConnectionStatus status;
    status.cloud = options.cloud;
    status.graphUrl = options.effectiveGraphUrl();
    status.tenant = options.tenant;
    status.demo = options.demo;
    if (!tokenSource || tokenSource->accessToken().isEmpty())
        return status;

    const TokenClaims claims = tokenSource->claims();
    if (status.tenant.isEmpty())
        status.tenant = claims.tenantId;
    status.identity = claims.identityLabel();
    status.method = tokenSource->methodDescription();
    status.expiresAt = claims.expiresAt;
    status.permissions = GrantedPermissions::fromClaims(claims);
    status.state = claims.isExpired(now) ? State::TokenExpired : State::SignedIn;
    return status;
}

} // namespace ed
