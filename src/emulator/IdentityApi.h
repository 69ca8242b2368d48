#pragma once

#include "ClientAuthenticator.h"
#include "EmulatorContext.h"
#include "IdentityError.h"

#include <QHash>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <optional>

namespace ed::emu {

// The Microsoft identity platform (v2 endpoints, graph.md §8 and §9 item 15) as the emulator plays
// it, for any `{tenant}` segment that names the demo tenant (its GUID or domain, `organizations`,
// `common`):
//
//   GET  /{tenant}/v2.0/.well-known/openid-configuration   discovery, every URL on the emulator
//   GET  /{tenant}/discovery/v2.0/keys                      JWKS (empty: tokens are HS256)
//   GET  /{tenant}/oauth2/v2.0/authorize                    signs in without UI, 302 to a loopback redirect
//   POST /{tenant}/oauth2/v2.0/token                        authorization_code (PKCE), refresh_token
//                                                           (rotating), device_code, client_credentials
//   POST /{tenant}/oauth2/v2.0/devicecode                   device authorization (RFC 8628)
//   GET  /{tenant}/oauth2/v2.0/logout                       back to a loopback post_logout_redirect_uri
//
// Demo app registrations (docs/EMULATOR-IDENTITY.md has the full story):
//   * 14d82eec-204b-4c2f-b7e8-296a70dab67e "Microsoft Graph Command Line Tools" — public client:
//     authorization code + PKCE with redirect URI http://localhost[:any port][/path] or
//     http://127.0.0.1[:any port][/path], device code, refresh tokens. `.default` means
//     delegatedPermissions().
//   * d3b07384-d9a0-4c9b-8f7e-2b8c1a5e6f70 "Enrollment Desk demo automation" — confidential
//     client for client_credentials, with the secret `demo-secret-ed-emulator` (form or HTTP Basic)
//     or a client assertion (RS256/PS256) signed by the key of the certificate embedded at
//     :/emulator/demo-app-certificate.pem (key: :/emulator/demo-app-key.pem). App roles: appRoles().
//   * The signed-in user is admin@<tenant domain> ("Demo Admin"), or the demo-tenant user a
//     `login_hint` names.
//
// Lives on the emulator thread like every module; the test hooks must be called there too
// (EmulatorHost::runOnEmulatorThread).
class IdentityApi final : public ApiModule
{
public:
    static constexpr QLatin1StringView publicClientId = ClientAuthenticator::publicClientId;
    static constexpr QLatin1StringView confidentialClientId = ClientAuthenticator::confidentialClientId;
    static constexpr QLatin1StringView confidentialClientSecret = ClientAuthenticator::confidentialClientSecret;
    static constexpr QLatin1StringView deviceLoginUrl{"https://microsoft.com/devicelogin"};

    explicit IdentityApi(EmulatorContext &context);
    ~IdentityApi() override;

    std::optional<EmuResponse> handle(const EmuRequest &request, const Caller *caller) override;

    // What `.default` grants the public client, and the roles of the confidential app's tokens.
    static QStringList delegatedPermissions();
    static QStringList appRoles();

    // --- test and demo hooks (emulator thread) -------------------------------------------------
    // The user "enters" the code and signs in as the demo admin (approve) or refuses (decline).
    // False when no pending, unexpired device code has that user code.
    bool approveDeviceCode(const QString &userCode);
    bool declineDeviceCode(const QString &userCode);
    // Every outstanding device code expires now (the next poll answers expired_token).
    void expireDeviceCodes();
    // Every authorization code issued so far is past its 10 minutes (invalid_grant AADSTS70008).
    void expireAuthorizationCodes();
    // The polling interval /devicecode hands out (default 5 s); 0 turns slow_down off.
    void setDeviceCodeInterval(int seconds);
    // Access-token lifetime in seconds (default 3600; expires_in is one less).
    void setAccessTokenLifetime(int seconds);
    // While set, authorize answers error=access_denied, as when the user cancels consent.
    void setDenyAuthorizations(bool deny);
    // Every refresh token issued so far is revoked (invalid_grant on next use).
    void revokeRefreshTokens();
    int pendingDeviceCodes() const;

private:
    struct User
    {
        QString userPrincipalName;
        QString displayName;
        QString objectId;
    };
    struct Scopes
    {
        QStringList graph; // permission names without the resource prefix
        bool openid = false;
        bool profile = false;
        bool email = false;
        bool offlineAccess = false;
        QString toResponseString() const;
    };
    struct AuthorizationCode
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString challengeMethod;
        QString nonce;
        Scopes scopes;
        User user;
        qint64 issuedMs = 0;
        bool redeemed = false;
    };
    struct RefreshGrant
    {
        QString clientId;
        Scopes scopes;
        User user;
        qint64 issuedMs = 0;
        bool rotated = false; // used once: a newer refresh token replaced it
        bool revoked = false;
    };
    struct DeviceAuthorization
    {
        enum class State { Pending, Approved, Declined, Redeemed };
        QString clientId;
        QString userCode;
        Scopes scopes;
        User user;
        qint64 issuedMs = 0;
        qint64 expiresMs = 0;
        qint64 lastPollMs = -1;
        int intervalSeconds = 5;
        State state = State::Pending;
    };
    using Form = QHash<QString, QString>;

    EmuResponse discovery(const EmuRequest &request, const QString &tenantSegment) const;
    EmuResponse authorize(const EmuRequest &request);
    EmuResponse token(const EmuRequest &request, const QString &tenantSegment);
    EmuResponse deviceCode(const EmuRequest &request);
    EmuResponse logout(const EmuRequest &request) const;

    EmuResponse redeemAuthorizationCode(const EmuRequest &request, const Form &form, const AppRegistration &app);
    EmuResponse redeemRefreshToken(const EmuRequest &request, const Form &form, const AppRegistration &app);
    EmuResponse redeemDeviceCode(const EmuRequest &request, const Form &form, const AppRegistration &app);
    EmuResponse clientCredentials(const EmuRequest &request, const Form &form, const AppRegistration &app);
    // Tokens for a user; `granted` (what a new refresh token carries) defaults to `access`.
    EmuResponse tokenResponse(const AppRegistration &app, const User &user, const Scopes &scopes, const QString &nonce);
    EmuResponse tokenResponse(const AppRegistration &app, const User &user, const Scopes &access, const QString &nonce,
                              const Scopes &granted);

    std::optional<IdentityError> parseScopes(const QString &scope, Scopes *scopes) const;

    bool isKnownTenant(const QString &segment) const;
    User signedInUser(const QString &loginHint) const;
    QString tokenEndpoint(const QString &tenantSegment) const;
    DeviceAuthorization *findByUserCode(const QString &userCode);
    void purgeExpired(qint64 nowMs);

    EmuResponse jsonError(const EmuRequest &request, const IdentityError &error) const;
    EmuResponse htmlError(const EmuRequest &request, const IdentityError &error) const;

    ClientAuthenticator m_clients;
    QHash<QString, AuthorizationCode> m_codes;
    QHash<QString, RefreshGrant> m_refreshTokens;
    QHash<QString, DeviceAuthorization> m_deviceCodes; // by device_code
    int m_deviceCodeInterval = 5;
    int m_accessTokenLifetime = 3600;
    bool m_denyAuthorizations = false;
};

} // namespace ed::emu
