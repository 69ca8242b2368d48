#include "Cloud.h"

namespace ed {

std::optional<Cloud> CloudInfo::fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"global")
        return Cloud::Global;
    if (k == u"usgov")
        return Cloud::UsGov;
    if (k == u"dod")
        return Cloud::UsGovDod;
    if (k == u"china")
        return Cloud::China;
    return std::nullopt;
}

QString CloudInfo::key(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global:
        return QStringLiteral("global");
    case Cloud::UsGov:
        return QStringLiteral("usgov");
    case Cloud::UsGovDod:
        return QStringLiteral("dod");
    case Cloud::China:
        return QStringLiteral("china");
    }
    return {};
}

QString CloudInfo::displayName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global:
        return tr("Global");
    case Cloud::UsGov:
        return tr("US Government L4 (GCC High)");
    case Cloud::UsGovDod:
        return tr("US Government L5 (DoD)");
    case Cloud::China:
        return tr("China (21Vianet)");
    }
    return {};
}

QUrl CloudInfo::graphBaseUrl(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global:
        return QUrl(QStringLiteral("https://graph.microsoft.com"));
    case Cloud::UsGov:
        return QUrl(QStringLiteral("https://graph.microsoft.us"));
    case Cloud::UsGovDod:
        return QUrl(QStringLiteral("https://dod-graph.microsoft.us"));
    case Cloud::China:
        return QUrl(QStringLiteral("https://microsoftgraph.chinacloudapi.cn"));
    }
    return {};
}

QUrl CloudInfo::loginBaseUrl(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global:
        return QUrl(QStringLiteral("https://login.microsoftonline.com"));
    case Cloud::UsGov:
    case Cloud::UsGovDod:
        return QUrl(QStringLiteral("https://login.microsoftonline.us"));
    case Cloud::China:
        return QUrl(QStringLiteral("https://login.chinacloudapi.cn"));
    }
    return {};
}

} // namespace ed
