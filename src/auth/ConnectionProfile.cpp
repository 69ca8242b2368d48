#include "ConnectionProfile.h"

#include "AppSignIn.h"

#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView group{"connections"};
constexpr QLatin1StringView lastUsedKey{"connections/lastUsed"};

QString accessKey(AccessMode mode)
{
    return mode == AccessMode::ReadWrite ? u"readWrite"_s : u"readOnly"_s;
}

bool isGeneralTenant(const QString &tenant)
{
    return tenant.compare("organizations"_L1, Qt::CaseInsensitive) == 0
            || tenant.compare("common"_L1, Qt::CaseInsensitive) == 0;
}

} // namespace

QUrl ConnectionProfile::effectiveLoginUrl() const
{
    return loginUrl.isEmpty() ? CloudInfo::loginBaseUrl(cloud) : loginUrl;
}

QUrl ConnectionProfile::effectiveGraphUrl() const
{
    return graphUrl.isEmpty() ? CloudInfo::graphBaseUrl(cloud) : graphUrl;
}

QStringList ConnectionProfile::readOnlyScopes()
{
    return {u"DeviceManagementServiceConfig.Read.All"_s, u"Group.Read.All"_s};
}

QStringList ConnectionProfile::writeScopes()
{
    return {u"DeviceManagementServiceConfig.ReadWrite.All"_s, u"Group.Read.All"_s};
}

QStringList ConnectionProfile::signInScopes()
{
    return {u"openid"_s, u"profile"_s, u"offline_access"_s};
}

QStringList ConnectionProfile::scopes() const
{
    if (isAppOnly())
        return {AppSignIn::defaultScope(cloud)};
    return signInScopes() + (access == AccessMode::ReadWrite ? writeScopes() : readOnlyScopes());
}

bool ConnectionProfile::isValidClientId(const QString &value)
{
    static const QRegularExpression guid(
            u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return guid.match(value).hasMatch();
}

bool ConnectionProfile::isValidTenant(const QString &value)
{
    if (isValidClientId(value) || isGeneralTenant(value))
        return true;
    // A DNS name: labels of letters, digits and hyphens, at least two of them.
    static const QRegularExpression domain(
            u"^(?=.{4,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"_s);
    return domain.match(value).hasMatch();
}

QString ConnectionProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("Give the connection a name.");
    if (tenant.trimmed().isEmpty() && method == SignInMethod::AccessToken)
        return {}; // the token names its tenant
    if (tenant.trimmed().isEmpty())
        return tr("Enter the tenant: its domain (contoso.onmicrosoft.com) or its tenant ID.");
    if (!isValidTenant(tenant.trimmed()))
        return tr("“%1” is not a tenant domain or tenant ID. Use the domain (contoso.onmicrosoft.com) or the "
                  "tenant ID (a GUID).")
                .arg(tenant.trimmed());
    if (isGeneralTenant(tenant.trimmed()) && !isDelegated())
        return tr("App-only sign-in needs the tenant's own domain or ID, not “%1”.").arg(tenant.trimmed());
    if (method != SignInMethod::AccessToken && !isValidClientId(clientId.trimmed()))
        return tr("The client ID must be an application (client) ID: a GUID such as "
                  "14d82eec-204b-4c2f-b7e8-296a70dab67e.");
    if (method == SignInMethod::AppCertificate && certificatePath.trimmed().isEmpty())
        return tr("Choose the certificate file (PEM or PFX) of the app registration.");
    return {};
}

QString ConnectionProfile::displayText() const
{
    return tr("%1 (%2, %3)").arg(name, tenant, CloudInfo::displayName(cloud));
}

QString ConnectionProfile::methodKey(SignInMethod method)
{
    switch (method) {
    case SignInMethod::Browser:
        return u"browser"_s;
    case SignInMethod::DeviceCode:
        return u"deviceCode"_s;
    case SignInMethod::AppSecret:
        return u"appSecret"_s;
    case SignInMethod::AppCertificate:
        return u"appCertificate"_s;
    case SignInMethod::AccessToken:
        return u"accessToken"_s;
    }
    return u"browser"_s;
}

std::optional<SignInMethod> ConnectionProfile::methodFromKey(const QString &key)
{
    for (SignInMethod method : {SignInMethod::Browser, SignInMethod::DeviceCode, SignInMethod::AppSecret,
                                SignInMethod::AppCertificate, SignInMethod::AccessToken})
        if (methodKey(method) == key)
            return method;
    return std::nullopt;
}

QString ConnectionProfile::methodName(SignInMethod method)
{
    switch (method) {
    case SignInMethod::Browser:
        return tr("Browser sign-in");
    case SignInMethod::DeviceCode:
        return tr("Device code");
    case SignInMethod::AppSecret:
        return tr("App registration with a client secret");
    case SignInMethod::AppCertificate:
        return tr("App registration with a certificate");
    case SignInMethod::AccessToken:
        return tr("Access token");
    }
    return {};
}

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ConnectionStore::ConnectionStore(QSettings &store)
    : m_store(store)
{ }

QList<ConnectionProfile> ConnectionStore::all() const
{
    QList<ConnectionProfile> profiles;
    const int count = m_store.beginReadArray(group);
    for (int i = 0; i < count; ++i) {
        m_store.setArrayIndex(i);
        ConnectionProfile profile;
        profile.id = m_store.value("id"_L1).toString();
        if (profile.id.isEmpty())
            continue;
        profile.name = m_store.value("name"_L1).toString();
        profile.tenant = m_store.value("tenant"_L1).toString();
        profile.cloud = CloudInfo::fromKey(m_store.value("cloud"_L1).toString()).value_or(Cloud::Global);
        profile.method =
                ConnectionProfile::methodFromKey(m_store.value("method"_L1).toString()).value_or(SignInMethod::Browser);
        profile.clientId = m_store.value("clientId"_L1, QString(ConnectionProfile::defaultClientId)).toString();
        profile.access = m_store.value("access"_L1).toString() == accessKey(AccessMode::ReadWrite)
                ? AccessMode::ReadWrite
                : AccessMode::ReadOnly;
        profile.certificatePath = m_store.value("certificatePath"_L1).toString();
        profile.account = m_store.value("account"_L1).toString();
        profile.loginUrl = m_store.value("loginUrl"_L1).toUrl();
        profile.graphUrl = m_store.value("graphUrl"_L1).toUrl();
        profiles.append(profile);
    }
    m_store.endArray();
    return profiles;
}

std::optional<ConnectionProfile> ConnectionStore::find(const QString &id) const
{
    for (const ConnectionProfile &profile : all())
        if (profile.id == id)
            return profile;
    return std::nullopt;
}

void ConnectionStore::save(const ConnectionProfile &profile)
{
    if (profile.demo || profile.id.isEmpty())
        return;
    QList<ConnectionProfile> profiles = all();
    const auto it = std::find_if(profiles.begin(), profiles.end(),
                                 [&profile](const ConnectionProfile &saved) { return saved.id == profile.id; });
    if (it == profiles.end())
        profiles.append(profile);
    else
        *it = profile;
    write(profiles);
}

void ConnectionStore::remove(const QString &id)
{
    QList<ConnectionProfile> profiles = all();
    profiles.removeIf([&id](const ConnectionProfile &profile) { return profile.id == id; });
    write(profiles);
    if (lastUsedId() == id)
        m_store.remove(lastUsedKey);
}

QString ConnectionStore::lastUsedId() const
{
    return m_store.value(lastUsedKey).toString();
}

void ConnectionStore::setLastUsedId(const QString &id)
{
    m_store.setValue(lastUsedKey, id);
}

void ConnectionStore::write(const QList<ConnectionProfile> &profiles)
{
    const QString last = lastUsedId();
    m_store.remove(group);
    m_store.beginWriteArray(group, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &profile = profiles.at(i);
        m_store.setArrayIndex(i);
        m_store.setValue("id"_L1, profile.id);
        m_store.setValue("name"_L1, profile.name);
        m_store.setValue("tenant"_L1, profile.tenant);
        m_store.setValue("cloud"_L1, CloudInfo::key(profile.cloud));
        m_store.setValue("method"_L1, ConnectionProfile::methodKey(profile.method));
        m_store.setValue("clientId"_L1, profile.clientId);
        m_store.setValue("access"_L1, accessKey(profile.access));
        m_store.setValue("certificatePath"_L1, profile.certificatePath);
        m_store.setValue("account"_L1, profile.account);
        if (!profile.loginUrl.isEmpty())
            m_store.setValue("loginUrl"_L1, profile.loginUrl);
        if (!profile.graphUrl.isEmpty())
            m_store.setValue("graphUrl"_L1, profile.graphUrl);
    }
    m_store.endArray();
    if (!last.isEmpty())
        m_store.setValue(lastUsedKey, last);
}

} // namespace ed
