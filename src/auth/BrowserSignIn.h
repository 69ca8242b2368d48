#pragma once

#include "IdentityClient.h"
#include "LoopbackListener.h"
#include "graph/GraphError.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QTimer;

namespace ed {

// Interactive sign-in in the system browser (graph.md §8.1, RFC 8252): authorization code with
// PKCE (S256) and a loopback redirect. start() opens a LoopbackListener on 127.0.0.1, builds the
// authorize URL (fresh verifier, challenge and state each time) and hands it to the URL opener —
// QDesktopServices::openUrl in the GUI, a fake browser in tests. The callback's `state` must match
// (else nothing is redeemed); the code is redeemed at the token endpoint with the verifier.
//
// Each start() ends in exactly one of finished() or failed() — also cancel() (Kind::Cancelled) and
// the timeout (code "ed_sign_in_timeout") — and the listener is closed by then. Use
// IdentityClient::describe() for the sentence to show and GraphError::details() for "details".
// The code, the verifier and the tokens are never logged.
class BrowserSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserSignIn)
public:
    enum class State { Idle, WaitingForBrowser, Redeeming, Done, Failed, Cancelled };
    Q_ENUM(State)

    // Returns false when no browser could be opened (the UI then offers the address to copy).
    using UrlOpener = std::function<bool(const QUrl &)>;

    static constexpr int defaultTimeoutMs = 5 * 60 * 1000;
    static constexpr int verifierLength = 64; // RFC 7636: 43–128

    BrowserSignIn(IdentityClient &identity, UrlOpener opener, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    // How long to wait for the browser's answer (default 5 minutes).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    // 0 (default): a free port picked by the system.
    void setListenPort(quint16 port) { m_listenPort = port; }
    // `prompt` (default select_account; empty: none) and an optional `login_hint`.
    void setPrompt(const QString &prompt) { m_prompt = prompt; }
    void setLoginHint(const QString &hint) { m_loginHint = hint; }

    // Starts a sign-in; a sign-in still running is cancelled first. Scopes are joined with spaces
    // (IdentityClient::joinScopes).
    void start(const QString &clientId, const QStringList &scopes);
    // Ends a running sign-in: listener closed, token request aborted, failed(Kind::Cancelled).
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::WaitingForBrowser || m_state == State::Redeeming; }
    // The last failure (valid in state Failed or Cancelled).
    GraphError error() const { return m_error; }
    // The address handed to the browser, for "Copy link" when it did not open.
    QUrl authorizeUrl() const { return m_authorizeUrl; }
    bool browserOpened() const { return m_browserOpened; }
    // The listener of the running sign-in, or nullptr (for the UI's port display and for tests).
    const LoopbackListener *listener() const { return m_listener.data(); }

    // PKCE (RFC 7636): a verifier of `length` characters of [A-Za-z0-9-._~] from the system's
    // secure random source, its S256 challenge base64url(SHA-256(verifier)) without padding, and
    // a `state` of 32 random bytes (256 bits) base64url without padding.
    static QString createVerifier(int length = verifierLength);
    static QString challengeFor(const QString &verifier);
    static QString createState();

Q_SIGNALS:
    void stateChanged(ed::BrowserSignIn::State state);
    // The URL opener returned false: show authorizeUrl() for the user to open by hand. The
    // sign-in keeps waiting.
    void browserNotOpened(const QUrl &authorizeUrl);
    void finished(const ed::TokenResponse &response);
    void failed(const ed::GraphError &error);

private:
    void onCallback(const LoopbackCallback &callback);
    void fail(const GraphError &error, State state = State::Failed);
    void setState(State state);
    void tearDown();

    IdentityClient &m_identity;
    UrlOpener m_opener;
    int m_timeoutMs = defaultTimeoutMs;
    quint16 m_listenPort = 0;
    QString m_prompt = QStringLiteral("select_account");
    QString m_loginHint;

    State m_state = State::Idle;
    GraphError m_error;
    QString m_clientId;
    QString m_scope;
    QString m_verifier; // secret until redeemed
    QString m_expectedState;
    QUrl m_redirectUri;
    QUrl m_authorizeUrl;
    bool m_browserOpened = false;
    QPointer<LoopbackListener> m_listener;
    QPointer<IdentityReply> m_reply;
    QTimer *m_timer = nullptr;
};

} // namespace ed
