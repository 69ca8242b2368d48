#include "TokenClaims.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

QDateTime epochSeconds(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(value.toDouble()), Qt::UTC);
}

QString firstString(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys)
{
    for (const QLatin1StringView key : keys) {
        QString value = object.value(key).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

QString TokenClaims::identityLabel() const
{
    if (!userPrincipalName.isEmpty()) {
        if (displayName.isEmpty() || displayName == userPrincipalName)
            return userPrincipalName;
        return tr("%1 (%2)", "display name (user principal name)").arg(displayName, userPrincipalName);
    }
    if (!appDisplayName.isEmpty())
        return tr("App: %1 (%2)", "app-only token: app name (client id)").arg(appDisplayName, appId);
    if (!appId.isEmpty())
        return tr("App: %1", "app-only token: client id").arg(appId);
    return tr("Unknown identity");
}

Expected<TokenClaims> TokenClaims::fromJwt(QStringView token)
{
    const auto parts = token.split(u'.');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty())
        return Error{tr("The token is not a JSON Web Token (expected three dot-separated parts).")};
    const auto decoded = QByteArray::fromBase64Encoding(parts[1].toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                                | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error{tr("The token's payload is not valid base64url.")};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{tr("The token's payload is not a JSON object.")};

    const QJsonObject payload = document.object();
    TokenClaims claims;
    claims.tenantId = payload.value("tid"_L1).toString();
    claims.objectId = payload.value("oid"_L1).toString();
    claims.userPrincipalName = firstString(payload, {"upn"_L1, "preferred_username"_L1, "unique_name"_L1});
    claims.displayName = payload.value("name"_L1).toString();
    claims.appId = firstString(payload, {"appid"_L1, "azp"_L1});
    claims.appDisplayName = payload.value("app_displayname"_L1).toString();
    claims.audience = payload.value("aud"_L1).toString();
    claims.issuer = payload.value("iss"_L1).toString();
    claims.scopes = payload.value("scp"_L1).toString().split(u' ', Qt::SkipEmptyParts);
    for (const auto &role : payload.value("roles"_L1).toArray())
        if (role.isString())
            claims.roles.append(role.toString());
    claims.issuedAt = epochSeconds(payload.value("iat"_L1));
    claims.notBefore = epochSeconds(payload.value("nbf"_L1));
    claims.expiresAt = epochSeconds(payload.value("exp"_L1));
    return claims;
}

} // namespace ed
