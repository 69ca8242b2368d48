#include "GrantedPermissions.h"

#include "TokenClaims.h"

#include <algorithm>

namespace ed {

using namespace Qt::StringLiterals;

GrantedPermissions GrantedPermissions::fromClaims(const TokenClaims &claims)
{
    GrantedPermissions permissions;
    permissions.granted = claims.scopes + claims.roles;
    permissions.known = !permissions.granted.isEmpty();
    return permissions;
}

GrantedPermissions GrantedPermissions::of(const QStringList &permissions)
{
    GrantedPermissions granted;
    granted.known = true;
    granted.granted = permissions;
    return granted;
}

bool GrantedPermissions::allowsAny(const QStringList &anyOf) const
{
    if (!known || anyOf.isEmpty())
        return true;
    return std::any_of(anyOf.cbegin(), anyOf.cend(),
                       [this](const QString &permission) { return granted.contains(permission, Qt::CaseInsensitive); });
}

QString GrantedPermissions::missingText(const QStringList &anyOf)
{
    if (anyOf.isEmpty())
        return {};
    if (anyOf.size() == 1)
        return tr("Needs the %1 permission, which the signed-in account does not have.").arg(anyOf.first());
    return tr("Needs the %1 permission (or %2), which the signed-in account does not have.")
            .arg(anyOf.first(), anyOf.mid(1).join(tr(" or ", "between permission names")));
}

QString GrantedPermissions::denialText(const QStringList &anyOf) const
{
    return allowsAny(anyOf) ? QString() : missingText(anyOf);
}

} // namespace ed
