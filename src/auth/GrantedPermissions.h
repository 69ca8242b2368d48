#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ed {

struct TokenClaims;

// The Graph permissions the signed-in token carries (its `scp` and `roles` claims), for
// permission-aware UI: an action the token cannot perform is disabled with a tooltip naming the
// permission it needs. When the token cannot be read (not a JWT, or no token yet) nothing is
// known and everything is allowed: Graph's 403 then names the permission instead.
struct GrantedPermissions
{
    Q_DECLARE_TR_FUNCTIONS(GrantedPermissions)
public:
    bool known = false; // the token said which permissions it has
    QStringList granted; // scp and roles, as the token spelled them

    static GrantedPermissions fromClaims(const TokenClaims &claims);
    // Known permissions exactly these (tests, app-only set-ups).
    static GrantedPermissions of(const QStringList &permissions);

    // True when unknown or when any of anyOf was granted (case-insensitive). An empty anyOf is
    // always allowed.
    bool allowsAny(const QStringList &anyOf) const;
    // The tooltip of an action the token cannot perform: "Needs the
    // DeviceManagementServiceConfig.ReadWrite.All permission, which the signed-in account does not
    // have." The first of anyOf (the least privileged) is named; the others are listed after "or".
    static QString missingText(const QStringList &anyOf);
    // Empty when allowed, else missingText(anyOf): set it as the tooltip of a disabled action.
    QString denialText(const QStringList &anyOf) const;

    bool operator==(const GrantedPermissions &other) const = default;
};

} // namespace ed
