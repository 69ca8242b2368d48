#pragma once

#include "BrowserSignIn.h"
#include "ConnectionProfile.h"
#include "graph/GraphError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace ed {

class AppSignIn;
class DeviceCodeSignIn;
class IdentityClient;
class TokenSource;
class TokenVault;
struct TokenResponse;

// What a sign-in needs besides the profile, typed by the user for this one sign-in and never saved.
struct SignInCredentials
{
    QString clientSecret; // AppSecret
    QString certificatePassword; // AppCertificate (PFX, or an encrypted PEM key)
    QString accessToken; // AccessToken: the pasted text (or a file's content), "Bearer " allowed
    QString accessTokenOrigin; // where it came from, for the status bar ("token.txt"); empty: pasted
};

// Signs in to one connection at a time with the profile's method, and owns the resulting token.
// The one place that turns a ConnectionProfile into a TokenSource (issue 8):
//   Browser          BrowserSignIn (PKCE, loopback) → RefreshingTokenSource
//   DeviceCode       DeviceCodeSignIn → RefreshingTokenSource
//   AppSecret/Cert.  AppSignIn → a token source that signs in again before expiry and after a 401
//   AccessToken      StaticTokenSource (cannot be renewed)
// Delegated refresh tokens go to the TokenVault under the profile's id (never for the demo), are
// replaced there when they rotate, and removed by signOut(). resume() signs in silently with the
// stored refresh token.
//
// Exactly one of signedIn() or failed() follows signIn()/resume(), unless cancel() comes first
// (then failed() with Kind::Cancelled). The previous token stays live until the new one is in
// place, so a failed switch leaves the user signed in where they were.
class SignInController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInController)
public:
    enum class Stage {
        Idle,
        Resuming, // refresh token from the vault being redeemed
        WaitingForBrowser, // the browser is open on the authorize page
        WaitingForDeviceCode, // the user enters deviceCode() at its URL
        Requesting, // token endpoint (redeem, client credentials) or reading a token
        SignedIn,
        Failed,
    };
    Q_ENUM(Stage)

    SignInController(QNetworkAccessManager &network, TokenVault &vault, QObject *parent = nullptr);
    ~SignInController() override;

    // How the browser is opened: QDesktopServices::openUrl in the GUI, a fake browser in tests.
    void setUrlOpener(BrowserSignIn::UrlOpener opener);
    void setBrowserTimeoutMs(int ms);

    // Interactive sign-in with the profile's method (anything running is cancelled first). The
    // profile must validate(); else failed() with that sentence.
    void signIn(const ConnectionProfile &profile, const SignInCredentials &credentials = {});
    // Silent sign-in with the refresh token stored for a delegated profile. failed() with code
    // "ed_interaction_required" when there is none (or it was refused): the caller then offers
    // signIn(). App-only and token profiles always need signIn().
    void resume(const ConnectionProfile &profile);
    void cancel();
    // Forgets the token and removes the profile's refresh token from the vault; emits signedOut().
    void signOut();
    // The connection was deleted: its refresh token leaves the vault, and when it is the live one,
    // renewals no longer store theirs (the session lasts until sign-out).
    void forget(const QString &connectionId);

    Stage stage() const { return m_stage; }
    bool isBusy() const;
    // The live token (owned here; replaced objects are deleted later, never under a caller's feet),
    // or nullptr when signed out.
    TokenSource *tokenSource() const;
    // The live connection (valid when tokenSource() is set).
    ConnectionProfile profile() const { return m_profile; }
    // The sign-in running now (its profile), for the UI.
    ConnectionProfile pendingProfile() const { return m_pending; }
    // Device code flow: what the user types and where, and until when.
    QString deviceCode() const;
    QUrl verificationUri() const;
    QDateTime deviceCodeExpiresAt() const;
    // Browser flow: the authorize address (for "Copy link" when no browser opened).
    QUrl authorizeUrl() const;
    // False: tokens stay in memory (no keychain); see TokenVault::unavailableReason().
    bool tokensPersist() const;
    TokenVault &vault() const { return m_vault; }

Q_SIGNALS:
    void stageChanged(ed::SignInController::Stage stage);
    void deviceCodeReady(const QString &userCode, const QUrl &verificationUri, const QDateTime &expiresAt);
    void browserNotOpened(const QUrl &authorizeUrl);
    // A new token is live for `profile` (tokenSource()); the previous one is deleted later.
    void signedIn(const ed::ConnectionProfile &profile);
    // `sentence` is the one line to show (IdentityClient::describe), error.details() the details.
    void failed(const ed::GraphError &error, const QString &sentence);
    void signedOut();
    // The live token source renewed itself, or could not (then the user must sign in again).
    void tokenRenewalFailed(const ed::GraphError &error, const QString &sentence);

private:
    struct Flow;
    void setStage(Stage stage);
    void startFlow(const ConnectionProfile &profile);
    void finishDelegated(const TokenResponse &response, const QString &method);
    void adopt(std::unique_ptr<TokenSource> source);
    void fail(const GraphError &error, const QString &sentence);

    QNetworkAccessManager &m_network;
    TokenVault &m_vault;
    BrowserSignIn::UrlOpener m_opener;
    int m_browserTimeoutMs = BrowserSignIn::defaultTimeoutMs;
    Stage m_stage = Stage::Idle;
    ConnectionProfile m_profile;
    ConnectionProfile m_pending;
    std::unique_ptr<Flow> m_flow; // the sign-in running now
    QPointer<TokenSource> m_source; // owned: deleteLater() when replaced
};

} // namespace ed
