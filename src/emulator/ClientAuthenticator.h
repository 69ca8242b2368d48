#pragma once

#include "ClientCertificate.h"
#include "EmuHttp.h"
#include "IdentityError.h"

#include <QDateTime>
#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ed::emu {

// One app registration of the demo tenant.
struct AppRegistration
{
    QString clientId;
    QString displayName;
    bool publicClient = true; // public: no credentials; confidential: a secret or a certificate
    QString secret;
    std::optional<ClientCertificate> certificate;
};

// The demo tenant's app registrations, and how a token request proves it comes from one of them:
// nothing for the public client; for the confidential one `client_secret` (form or HTTP Basic,
// RFC 6749 §2.3.1) or a `private_key_jwt` client assertion (RFC 7523) signed with the key of its
// certificate (RS256 or PS256, `x5t`/`x5t#S256` checked when present).
class ClientAuthenticator final
{
public:
    static constexpr QLatin1StringView publicClientId{"14d82eec-204b-4c2f-b7e8-296a70dab67e"};
    static constexpr QLatin1StringView confidentialClientId{"d3b07384-d9a0-4c9b-8f7e-2b8c1a5e6f70"};
    static constexpr QLatin1StringView confidentialClientSecret{"demo-secret-ed-emulator"};

    // `directory`: the tenant's name in error messages.
    explicit ClientAuthenticator(QString directory);

    const AppRegistration *find(const QString &clientId) const;
    // The AADSTS700016 error for a client id that is not registered.
    IdentityError unknownClient(const QString &clientId) const;

    struct Result
    {
        const AppRegistration *app = nullptr; // null: `error` says why
        IdentityError error;
    };
    // `form`: the decoded token request; `audiences`: the token endpoint URLs a client assertion
    // may name; `now` bounds the assertion's lifetime.
    Result authenticate(const EmuRequest &request, const QHash<QString, QString> &form, const QStringList &audiences,
                        const QDateTime &now) const;

private:
    std::optional<IdentityError> verifyAssertion(const QString &assertion, const AppRegistration &app,
                                                 const QStringList &audiences, const QDateTime &now) const;

    QList<AppRegistration> m_apps;
    QString m_directory;
};

} // namespace ed::emu
