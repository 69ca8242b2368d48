#pragma once

#include "core/Cloud.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QSettings;

namespace ed {

// How a connection obtains its token (issue 8). Browser and DeviceCode are delegated (a person
// signs in; refresh token in the keychain); AppSecret and AppCertificate are app-only (client
// credentials); AccessToken is a token pasted or read from a file (cannot be renewed).
enum class SignInMethod { Browser, DeviceCode, AppSecret, AppCertificate, AccessToken };

// Least privilege: ReadOnly asks only for the read scopes; ReadWrite adds the write scopes.
enum class AccessMode { ReadOnly, ReadWrite };

// One saved connection: which tenant in which cloud, and how to sign in to it. Holds no secret:
// client secrets, certificate passwords and tokens are never part of it (the refresh token lives in
// the keychain under `id`).
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
public:
    // Microsoft Graph Command Line Tools (the public client Microsoft Graph PowerShell uses).
    static constexpr QLatin1StringView defaultClientId{"14d82eec-204b-4c2f-b7e8-296a70dab67e"};

    QString id; // stable, generated once (QUuid without braces); the keychain account
    QString name; // what the user calls it ("Contoso production")
    QString tenant; // domain (contoso.onmicrosoft.com) or GUID; delegated may use "organizations"
    Cloud cloud = Cloud::Global;
    SignInMethod method = SignInMethod::Browser;
    QString clientId = QString(defaultClientId);
    AccessMode access = AccessMode::ReadOnly;
    QString certificatePath; // AppCertificate: PEM or PFX file
    QString account; // the user last signed in (login_hint), informational
    QUrl loginUrl; // empty: the cloud's login host (the demo and tests: the emulator)
    QUrl graphUrl; // empty: the cloud's Graph host
    bool demo = false; // the built-in demo tenant: never saved, never in the keychain

    bool isDelegated() const { return method == SignInMethod::Browser || method == SignInMethod::DeviceCode; }
    bool isAppOnly() const { return method == SignInMethod::AppSecret || method == SignInMethod::AppCertificate; }
    QUrl effectiveLoginUrl() const;
    QUrl effectiveGraphUrl() const;
    // What a delegated sign-in asks for: openid profile offline_access plus readOnlyScopes() or
    // writeScopes(). App-only: the cloud's .default scope.
    QStringList scopes() const;
    // Empty when the profile can be used; else one translated sentence naming the bad field.
    QString validate() const;
    // "Contoso production (contoso.onmicrosoft.com, Global)"
    QString displayText() const;

    static QStringList readOnlyScopes(); // DeviceManagementServiceConfig.Read.All, Group.Read.All
    static QStringList writeScopes(); // DeviceManagementServiceConfig.ReadWrite.All, Group.Read.All
    static QStringList signInScopes(); // openid profile offline_access

    static QString methodKey(SignInMethod method); // settings keys: browser, deviceCode, …
    static std::optional<SignInMethod> methodFromKey(const QString &key);
    static QString methodName(SignInMethod method); // translated, for the UI
    // True for a GUID, or a DNS name with at least one dot; "organizations"/"common" are
    // accepted for delegated methods only (validate() says so).
    static bool isValidTenant(const QString &tenant);
    static bool isValidClientId(const QString &clientId); // a GUID
    static QString newId();

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

// The saved connections, in the settings file (group "connections"), in the order the user sees
// them, and which one was used last. Only ConnectionProfile fields are written: nothing secret.
class ConnectionStore final
{
    Q_DISABLE_COPY_MOVE(ConnectionStore)
public:
    explicit ConnectionStore(QSettings &store);

    QList<ConnectionProfile> all() const;
    std::optional<ConnectionProfile> find(const QString &id) const;
    // Adds (new id) or replaces (same id) a profile; a demo profile is never written.
    void save(const ConnectionProfile &profile);
    void remove(const QString &id);
    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

private:
    void write(const QList<ConnectionProfile> &profiles);

    QSettings &m_store;
};

} // namespace ed
