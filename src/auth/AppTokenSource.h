#pragma once

#include "AppSignIn.h"
#include "ClientAssertion.h"
#include "TokenSource.h"

#include <QDateTime>
#include <QString>

#include <optional>

class QTimer;

namespace ed {

// An app-only token (client credentials) that renews itself: there is no refresh token, so it
// signs in again with the same credential — the client secret or a fresh certificate assertion —
// `lead` before expiry (RefreshingTokenSource::leadMsFor) and when Graph refuses the token (401).
// The secret lives in this object's memory only, for the session; it is never logged or saved.
class AppTokenSource final : public TokenSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppTokenSource)
public:
    struct Credential
    {
        QString secret; // set for a client secret
        std::optional<ClientAssertion> certificate; // set for a certificate
    };

    // `client` must outlive this object.
    AppTokenSource(IdentityClient &client, QString clientId, QString scope, Credential credential,
                   const TokenResponse &response, QString method, QObject *parent = nullptr);
    ~AppTokenSource() override;

    QString accessToken() const override { return m_accessToken; }
    TokenClaims claims() const override { return m_claims; }
    QString methodDescription() const override { return m_method; }
    void refreshAccessToken() override;

    QDateTime expiresAt() const { return m_expiresAt; }
    QDateTime nextRefreshAt() const { return m_nextRefreshAt; }
    bool isRefreshing() const { return m_signIn->isRunning(); }

Q_SIGNALS:
    void refreshFailed(const ed::GraphError &error, const QString &sentence);

private:
    void adopt(const TokenResponse &response);

    AppSignIn *m_signIn;
    const QString m_clientId;
    const Credential m_credential;
    const QString m_method;
    QString m_accessToken;
    TokenClaims m_claims;
    QDateTime m_expiresAt;
    QDateTime m_nextRefreshAt;
    QTimer *m_timer;
};

} // namespace ed
