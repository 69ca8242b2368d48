#include "ConnectionStatus.h"

#include "ConnectionProfile.h"
#include "TokenSource.h"

#include <QLocale>

namespace ed {

namespace {

// What the token says: who, how, until when, with which permissions.
void applyToken(ConnectionStatus &status, const TokenSource *tokenSource, const QDateTime &now)
{
    if (!tokenSource || tokenSource->accessToken().isEmpty())
        return;
    const TokenClaims claims = tokenSource->claims();
    if (status.tenant.isEmpty())
        status.tenant = claims.tenantId;
    status.identity = claims.identityLabel();
    status.method = tokenSource->methodDescription();
    status.expiresAt = claims.expiresAt;
    status.permissions = GrantedPermissions::fromClaims(claims);
    status.state = claims.isExpired(now) ? ConnectionStatus::State::TokenExpired : ConnectionStatus::State::SignedIn;
}

} // namespace

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
        return tr("Not signed in. Choose Connection ▸ Sign in (Ctrl+Shift+O) to sign in to a tenant, or start "
                  "Enrollment Desk with --demo to try the built-in demo tenant.");
    case State::SignedIn:
    case State::Connected:
        return {};
    case State::Unreachable:
        return problem;
    case State::TokenExpired:
        return problem.isEmpty() ? tr("The access token has expired and cannot be renewed. Sign in again "
                                      "(Connection ▸ Sign in, Ctrl+Shift+O).")
                                 : problem;
    }
    return {};
}

ConnectionStatus ConnectionStatus::fromConnection(const ConnectionProfile &profile, const TokenSource *tokenSource,
                                                  const QDateTime &now)
{
    ConnectionStatus status;
    status.cloud = profile.cloud;
    status.graphUrl = profile.effectiveGraphUrl();
    status.tenant = profile.tenant;
    status.demo = profile.demo;
    status.connectionName = profile.name;
    applyToken(status, tokenSource, now);
    return status;
}

} // namespace ed
