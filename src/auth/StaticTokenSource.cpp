#include "StaticTokenSource.h"

#include "core/Logging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace ed {

using namespace Qt::StringLiterals;

StaticTokenSource::StaticTokenSource(QString token, TokenClaims claims, QString origin, QObject *parent)
    : TokenSource(parent)
    , m_token(std::move(token))
    , m_claims(std::move(claims))
    , m_origin(std::move(origin))
{ }

QString StaticTokenSource::methodDescription() const
{
    return tr("Access token from %1").arg(m_origin);
}

Expected<std::unique_ptr<StaticTokenSource>> StaticTokenSource::fromFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("The access token file %1 does not exist.").arg(path)};
    if (!info.isFile() || !info.isReadable())
        return Error{tr("The access token file %1 cannot be read.").arg(path)};
    if (info.size() > maxFileBytes)
        return Error{tr("The access token file %1 is larger than 64 KiB; it does not hold one token.").arg(path)};
    if (info.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup))
        qCWarning(lcAuth) << "The access token file" << path << "is readable by other users; consider chmod 600";

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The access token file %1 cannot be read: %2").arg(path, file.errorString())};
    return fromText(QString::fromUtf8(file.readAll()), info.fileName());
}

Expected<std::unique_ptr<StaticTokenSource>> StaticTokenSource::fromText(const QString &text, const QString &origin)
{
    static const QRegularExpression bearerPrefix(u"^bearer(\\s+|$)"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tokenCharacters(u"^[A-Za-z0-9\\-._~+/]+=*$"_s);
    QString token = text.trimmed();
    token.remove(bearerPrefix);
    if (token.isEmpty())
        return Error{tr("%1 holds no access token.").arg(origin)};
    if (!tokenCharacters.match(token).hasMatch())
        return Error{tr("%1 does not hold exactly one access token: it contains spaces, line breaks or characters "
                        "a token cannot have.")
                             .arg(origin)};

    TokenClaims claims;
    if (const auto decoded = TokenClaims::fromJwt(token); decoded.ok())
        claims = decoded.value();
    else
        qCWarning(lcAuth) << "The access token is opaque, its identity and expiry are unknown:" << decoded.error();

    const QByteArray fingerprint =
            QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    qCInfo(lcAuth).noquote() << "Loaded an access token from" << origin << "fingerprint sha256:" + fingerprint
                             << "tenant" << claims.tenantId << "expires" << claims.expiresAt.toString(Qt::ISODate);
    return std::make_unique<StaticTokenSource>(token, claims, origin);
}

} // namespace ed
