#include "TokenAuthority.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace ed::emu {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView keyId{"ed-emulator"};

// Graph's InvalidAuthenticationToken messages (the IDX ones come from Microsoft.IdentityModel).
constexpr QLatin1StringView notWellFormed{
        "IDX14100: JWT is not well formed, there are no dots (.).\nThe token needs to be in JWS or JWE Compact "
        "Serialization Format. (JWS): 'EncodedHeader.EndcodedPayload.EncodedSignature'. (JWE): "
        "'EncodedProtectedHeader.EncodedEncryptedKey.EncodedInitializationVector.EncodedCiphertext."
        "EncodedAuthenticationTag'."};

QString issuerFor(const QString &tenantId)
{
    return u"https://sts.windows.net/"_s + tenantId + u'/';
}

bool isAcceptedAudience(const QString &audience)
{
    QString trimmed = audience;
    while (trimmed.endsWith(u'/'))
        trimmed.chop(1);
    return trimmed.compare(TokenAuthority::graphAudience, Qt::CaseInsensitive) == 0
            || trimmed.compare(TokenAuthority::graphAppId, Qt::CaseInsensitive) == 0;
}

} // namespace

// Caller::hasAny lives in ApiModules.cpp.

TokenAuthority::TokenAuthority(std::uint64_t seed, QString tenantId)
    : m_key(QCryptographicHash::hash(QByteArray("ed-emulator-signing-key:" + QByteArray::number(seed)),
                                     QCryptographicHash::Sha256))
    , m_tenantId(std::move(tenantId))
    , m_counter(0)
{ }

QByteArray TokenAuthority::base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> TokenAuthority::fromBase64Url(QByteArrayView text)
{
    // Strict: only the base64url alphabet, no padding (JWS compact serialization, RFC 7515 §2).
    for (const char c : text) {
        const bool valid =
                (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!valid)
            return std::nullopt;
    }
    if (text.size() % 4 == 1)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                          | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded.decoded);
}

std::optional<QJsonObject> TokenAuthority::decodeJsonSegment(QByteArrayView segment)
{
    const std::optional<QByteArray> bytes = fromBase64Url(segment);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QByteArray TokenAuthority::sign(const QByteArray &signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256);
}

QString TokenAuthority::signJwt(const QJsonObject &payload) const
{
    const QJsonObject header{{u"typ"_s, u"JWT"_s}, {u"alg"_s, u"HS256"_s}, {u"kid"_s, QString(keyId)}};
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(signingInput + '.' + base64Url(sign(signingInput)));
}

QString TokenAuthority::issue(const Grant &grant, const QDateTime &now) const
{
    const qint64 issuedAt = now.toSecsSinceEpoch();
    QJsonObject payload{{u"aud"_s, grant.audience},
                        {u"iss"_s, issuerFor(m_tenantId)},
                        {u"iat"_s, issuedAt},
                        {u"nbf"_s, issuedAt},
                        {u"exp"_s, issuedAt + grant.lifetimeSeconds},
                        {u"tid"_s, m_tenantId},
                        {u"oid"_s, grant.objectId},
                        {u"sub"_s, grant.objectId},
                        {u"appid"_s, grant.appId},
                        {u"azp"_s, grant.appId},
                        {u"appidacr"_s, grant.userPrincipalName.isEmpty() ? u"1"_s : u"0"_s},
                        {u"ver"_s, u"1.0"_s}};
    if (!grant.appDisplayName.isEmpty())
        payload.insert(u"app_displayname"_s, grant.appDisplayName);
    if (grant.userPrincipalName.isEmpty()) {
        payload.insert(u"idtyp"_s, u"app"_s);
        payload.insert(u"roles"_s, QJsonArray::fromStringList(grant.roles));
    } else {
        payload.insert(u"idtyp"_s, u"user"_s);
        payload.insert(u"upn"_s, grant.userPrincipalName);
        payload.insert(u"unique_name"_s, grant.userPrincipalName);
        payload.insert(u"name"_s, grant.displayName);
        payload.insert(u"scp"_s, grant.scopes.join(u' '));
    }
    return signJwt(payload);
}

TokenAuthority::Verification TokenAuthority::verify(const QString &token, const QDateTime &now) const
{
    Verification result;
    auto fail = [&result](const QString &message) {
        result.ok = false;
        result.error = message;
        return result;
    };

    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty())
        return fail(u"Access token is empty."_s);
    const QByteArray bytes = trimmed.toLatin1();
    const QList<QByteArray> parts = bytes.split('.');
    if (parts.size() != 3)
        return fail(QString(notWellFormed));

    const std::optional<QJsonObject> header = decodeJsonSegment(parts.at(0));
    if (!header)
        return fail(u"IDX14102: Unable to decode the header as Base64Url encoded string."_s);
    const std::optional<QJsonObject> payload = decodeJsonSegment(parts.at(1));
    if (!payload)
        return fail(u"IDX14101: Unable to decode the payload as Base64Url encoded string."_s);

    if (parts.at(2).isEmpty() || header->value("alg"_L1).toString().compare("none"_L1, Qt::CaseInsensitive) == 0)
        return fail(u"IDX10504: Unable to validate signature, token does not have a signature."_s);
    if (header->value("alg"_L1).toString() != "HS256"_L1)
        return fail(u"Signature validation failed. The token's algorithm is not accepted."_s);
    const std::optional<QByteArray> signature = fromBase64Url(parts.at(2));
    const QByteArray expected = sign(parts.at(0) + '.' + parts.at(1));
    if (!signature || signature->size() != expected.size()) // same length: the comparison below is constant time
        return fail(u"Signature validation failed."_s);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected.at(i) ^ signature->at(i));
    if (difference != 0)
        return fail(u"Signature validation failed."_s);

    const QJsonObject &claims = *payload;
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    const QJsonValue exp = claims.value("exp"_L1);
    if (!exp.isDouble())
        return fail(u"Lifetime validation failed, the token has no expiration time."_s);
    if (nowSeconds >= static_cast<qint64>(exp.toDouble()))
        return fail(u"Lifetime validation failed, the token is expired."_s);
    const QJsonValue nbf = claims.value("nbf"_L1);
    if (nbf.isDouble() && nowSeconds < static_cast<qint64>(nbf.toDouble()))
        return fail(u"Lifetime validation failed, the token is not yet valid."_s);

    if (!isAcceptedAudience(claims.value("aud"_L1).toString()))
        return fail(u"Invalid audience."_s);
    const QString tenant = claims.value("tid"_L1).toString();
    if (tenant.compare(m_tenantId, Qt::CaseInsensitive) != 0
        || claims.value("iss"_L1).toString().compare(issuerFor(m_tenantId), Qt::CaseInsensitive) != 0)
        return fail(u"Access token validation failure. Invalid issuer."_s);

    Caller &caller = result.caller;
    caller.tenantId = tenant;
    caller.appId = claims.value("appid"_L1).toString();
    if (caller.appId.isEmpty())
        caller.appId = claims.value("azp"_L1).toString();
    caller.userPrincipalName = claims.value("upn"_L1).toString();
    if (caller.userPrincipalName.isEmpty() && claims.value("idtyp"_L1).toString() != "app"_L1)
        caller.userPrincipalName = claims.value("unique_name"_L1).toString();
    caller.objectId = claims.value("oid"_L1).toString();
    caller.scopes = claims.value("scp"_L1).toString().split(u' ', Qt::SkipEmptyParts);
    for (const QJsonValue &role : claims.value("roles"_L1).toArray())
        if (role.isString())
            caller.roles.append(role.toString());
    caller.expiresAt = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(exp.toDouble()), Qt::UTC);
    result.ok = true;
    return result;
}

QString TokenAuthority::randomToken(int bytes)
{
    QByteArray out;
    out.reserve(bytes + 32);
    while (out.size() < bytes) {
        QByteArray block("ed-emulator-random:");
        block += m_key;
        char counter[8];
        qToBigEndian(m_counter++, counter);
        block.append(counter, sizeof counter);
        out += QCryptographicHash::hash(block, QCryptographicHash::Sha256);
    }
    out.truncate(bytes);
    return QString::fromLatin1(base64Url(out));
}

} // namespace ed::emu
