#pragma once

#include "IdentityClient.h"
#include "TokenSource.h"

#include <QDateTime>
#include <QPointer>
#include <QString>
#include <QStringList>

class QTimer;

namespace ed {

// A delegated sign-in (browser with PKCE, device code) that renews itself with its refresh token
// (graph.md §8.4). The access token and the refresh token live in this object's memory only: they
// are never logged and never written anywhere (the keychain is the caller's business).
//
// Renewal is silent: a timer fires `lead` before the access token expires — 5 minutes, or 20 % of
// the lifetime when that is shorter — and refreshAccessToken() (the Graph client's answer to a 401)
// renews at once. Either way one refresh_token grant goes to the token endpoint; calls while it is
// on the wire share it. Success replaces the access token AND the refresh token (they rotate: the
// old one is refused afterwards), re-reads the claims, reschedules the timer, and emits changed()
// and refreshFinished(true). Failure emits refreshFinished(false) and refreshFailed(); on
// invalid_grant (revoked, expired, already used) the refresh token is forgotten, since only a new
// sign-in helps. A transient failure of a scheduled renewal is retried while the access token lasts.
class RefreshingTokenSource final : public TokenSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshingTokenSource)
public:
    static constexpr qint64 defaultLeadMs = qint64(5) * 60 * 1000;
    static constexpr int leadPercentOfLifetime = 20;
    static constexpr qint64 retryAfterTransientFailureMs = qint64(30) * 1000;

    // `client` must outlive this object. `scopes` are asked again with every refresh; `method`
    // is the translated description for the status bar ("browser sign-in", "device code").
    RefreshingTokenSource(IdentityClient &client, QString clientId, QStringList scopes, const TokenResponse &response,
                          QString method, QObject *parent = nullptr);
    ~RefreshingTokenSource() override;

    QString accessToken() const override { return m_accessToken; }
    TokenClaims claims() const override { return m_claims; }
    QString methodDescription() const override { return m_method; }
    void refreshAccessToken() override;

    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    // For the keychain only (SignInController stores it under the connection); never log it.
    QString refreshToken() const { return m_refreshToken; }
    bool isRefreshing() const { return !m_reply.isNull(); }
    // UTC; invalid when the token endpoint named no lifetime or after signOut().
    QDateTime expiresAt() const { return m_expiresAt; }
    // When the timer renews the token next (UTC); invalid when nothing is scheduled.
    QDateTime nextRefreshAt() const { return m_nextRefreshAt; }
    QStringList grantedScopes() const { return m_grantedScopes; }
    QString clientId() const { return m_clientId; }
    // The last refresh failure (Kind::Http with empty code when none happened).
    GraphError lastError() const { return m_lastError; }

    // Forgets both tokens, stops the timer and abandons a refresh on the wire (which then ends
    // with refreshFinished(false) and no refreshFailed()); emits changed().
    void signOut();

    // How long before `expiresAt` the timer renews a token that lives `lifetimeMs` in all.
    static qint64 leadMsFor(qint64 lifetimeMs);

Q_SIGNALS:
    // A refresh failed; IdentityClient::describe(error) is the sentence, error.details() the details.
    void refreshFailed(const ed::GraphError &error);
    // The refresh token was replaced (rotation) or forgotten (invalid_grant, signOut()).
    void refreshTokenChanged();

private:
    void adopt(const TokenResponse &response);
    void schedule(qint64 delayMs);
    void scheduleFromExpiry(qint64 lifetimeMs);
    void startRefresh(bool scheduled);
    void onSucceeded(const TokenResponse &response);
    void onFailed(const GraphError &error);

    IdentityClient &m_client;
    const QString m_clientId;
    const QStringList m_scopes;
    const QString m_method;
    QString m_accessToken;
    QString m_refreshToken;
    TokenClaims m_claims;
    QStringList m_grantedScopes;
    QDateTime m_expiresAt;
    QDateTime m_nextRefreshAt;
    QTimer *m_timer = nullptr;
    QPointer<IdentityReply> m_reply;
    bool m_replyScheduled = false; // the request in flight was started by the timer
    GraphError m_lastError;
};

} // namespace ed
