#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace ed {

// The Microsoft cloud a tenant lives in (graph.md §7.6). Tokens are not interchangeable
// between clouds, so the cloud is always shown next to the tenant.
enum class Cloud { Global, UsGov, UsGovDod, China };

class CloudInfo final
{
    Q_DECLARE_TR_FUNCTIONS(CloudInfo)
public:
    // Command-line and settings keys: global, usgov, dod, china.
    static std::optional<Cloud> fromKey(const QString &key);
    static QString key(Cloud cloud);
    static QString displayName(Cloud cloud);
    static QUrl graphBaseUrl(Cloud cloud);
    static QUrl loginBaseUrl(Cloud cloud);
};

} // namespace ed
