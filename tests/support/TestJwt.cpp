#include "TestJwt.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace ed::test {

namespace {
QByteArray encode(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

QString makeJwt(const QJsonObject &payload)
{
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), QStringLiteral("test-key")}};
    QByteArray signature(256, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(signature.data()), signature.size() / 4);
    return QString::fromLatin1(encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                               + encode(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.'
                               + encode(signature));
}

QString makeUserToken(const QDateTime &expires)
{
    const QDateTime issued = expires.addSecs(-3600);
    return makeJwt(QJsonObject{
            {QStringLiteral("aud"), QStringLiteral("https://graph.microsoft.com")},
            {QStringLiteral("iss"), QStringLiteral("https://sts.windows.net/11111111-2222-3333-4444-555555555555/")},
            {QStringLiteral("tid"), QStringLiteral("11111111-2222-3333-4444-555555555555")},
            {QStringLiteral("oid"), QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee")},
            {QStringLiteral("upn"), QStringLiteral("adele@contoso.com")},
            {QStringLiteral("name"), QStringLiteral("Adele Vance")},
            {QStringLiteral("appid"), QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e")},
            {QStringLiteral("scp"), QStringLiteral("DeviceManagementServiceConfig.ReadWrite.All Group.Read.All")},
            {QStringLiteral("iat"), issued.toSecsSinceEpoch()},
            {QStringLiteral("nbf"), issued.toSecsSinceEpoch()},
            {QStringLiteral("exp"), expires.toSecsSinceEpoch()},
    });
}

} // namespace ed::test
