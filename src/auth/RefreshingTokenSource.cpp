#include "RefreshingTokenSource.h"

#include "core/Logging.h"

#include <QTimer>

#include <algorithm>
#include <limits>
#include <utility>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

bool isTransient(const GraphError &error)
{
    switch (error.kind) {
    case GraphError::Kind::Transport:
    case GraphError::Kind::Timeout:
        return true;
    case GraphError::Kind::Http:
        return error.httpStatus == 429 || error.httpStatus >= 500;
    case GraphError::Kind::Cancelled:
    case GraphError::Kind::InvalidResponse:
    case GraphError::Kind::Redirect:
        return false;
    }
    return false;
}

} // namespace

RefreshingTokenSource::RefreshingTokenSource(IdentityClient &client, QString clientId, QStringList scopes,
                                             const TokenResponse &response, QString method, QObject *parent)
    : TokenSource(parent)
    , m_client(client)
    , m_clientId(std::move(clientId))
    , m_scopes(std::move(scopes))
    , m_method(std::move(method))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { startRefresh(true); });
    adopt(response);
}

RefreshingTokenSource::~RefreshingTokenSource()
{
    IdentityReply *reply = m_reply.data();
    if (reply != nullptr) {
        disconnect(reply, nullptr, this, nullptr);
        reply->cancel();
    }
}

qint64 RefreshingTokenSource::leadMsFor(qint64 lifetimeMs)
{
    if (lifetimeMs <= 0)
        return 0;
    return std::min(defaultLeadMs, lifetimeMs * leadPercentOfLifetime / 100);
}

void RefreshingTokenSource::adopt(const TokenResponse &response)
{
    m_accessToken = response.accessToken;
    if (!response.refreshToken.isEmpty())
        m_refreshToken = response.refreshToken; // rotation: the old one is spent
    const Expected<TokenClaims> claims = TokenClaims::fromJwt(m_accessToken);
    m_claims = claims ? claims.value() : TokenClaims{};
    m_grantedScopes = response.scopes();

    qint64 lifetimeMs = response.expiresInSec * 1000;
    m_expiresAt = response.expiresAt();
    if (!m_expiresAt.isValid() && m_claims.expiresAt.isValid()) {
        m_expiresAt = m_claims.expiresAt.toUTC();
        if (m_claims.issuedAt.isValid())
            lifetimeMs = m_claims.issuedAt.msecsTo(m_claims.expiresAt);
    }
    scheduleFromExpiry(lifetimeMs);
}

void RefreshingTokenSource::scheduleFromExpiry(qint64 lifetimeMs)
{
    if (m_refreshToken.isEmpty() || !m_expiresAt.isValid()) {
        m_timer->stop();
        m_nextRefreshAt = {};
        return;
    }
    const qint64 remainingMs = QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt);
    schedule(std::max<qint64>(0, remainingMs - leadMsFor(lifetimeMs)));
}

void RefreshingTokenSource::schedule(qint64 delayMs)
{
    const qint64 bounded = std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max());
    m_timer->start(static_cast<int>(bounded));
    m_nextRefreshAt = QDateTime::currentDateTimeUtc().addMSecs(bounded);
}

void RefreshingTokenSource::refreshAccessToken()
{
    startRefresh(false);
}

void RefreshingTokenSource::startRefresh(bool scheduled)
{
    if (!m_reply.isNull()) {
        // One request serves every caller; a 401 joining a scheduled renewal makes its outcome
        // matter now.
        if (!scheduled)
            m_replyScheduled = false;
        return;
    }
    if (m_refreshToken.isEmpty()) {
        const GraphError error = IdentityClient::localError(
                u"ed_no_refresh_token"_s, tr("The sign-in has no refresh token any more. Sign in again."));
        m_lastError = error;
        QTimer::singleShot(0, this, [this, error] {
            Q_EMIT refreshFinished(false);
            Q_EMIT refreshFailed(error);
        });
        return;
    }

    m_timer->stop();
    m_nextRefreshAt = {};
    m_replyScheduled = scheduled;
    qCInfo(lcAuth) << "Renewing the access token with the refresh token"
                   << (scheduled ? "(scheduled)" : "(after a refused token)");
    const FormFields form{
            std::pair(u"grant_type"_s, u"refresh_token"_s),
            std::pair(u"client_id"_s, m_clientId),
            std::pair(u"refresh_token"_s, m_refreshToken),
            std::pair(u"scope"_s, IdentityClient::joinScopes(m_scopes)),
    };
    IdentityReply *reply = m_client.requestToken(form);
    m_reply = reply;
    connect(reply, &IdentityReply::succeeded, this, &RefreshingTokenSource::onSucceeded);
    connect(reply, &IdentityReply::failed, this, &RefreshingTokenSource::onFailed);
}

void RefreshingTokenSource::onSucceeded(const TokenResponse &response)
{
    m_reply = nullptr;
    if (response.accessToken.isEmpty()) {
        onFailed(IdentityClient::localError(u"ed_no_access_token"_s,
                                            tr("The sign-in service answered without an access token."),
                                            GraphError::Kind::InvalidResponse));
        return;
    }
    const QString previous = m_refreshToken;
    adopt(response);
    m_lastError = GraphError{};
    qCInfo(lcAuth).noquote() << "Access token renewed; it expires at" << m_expiresAt.toString(Qt::ISODate)
                             << "and is renewed again at" << m_nextRefreshAt.toString(Qt::ISODate);
    Q_EMIT changed();
    if (m_refreshToken != previous)
        Q_EMIT refreshTokenChanged();
    Q_EMIT refreshFinished(true);
}

void RefreshingTokenSource::onFailed(const GraphError &error)
{
    m_reply = nullptr;
    const bool scheduled = std::exchange(m_replyScheduled, false);
    m_lastError = error;
    qCWarning(lcAuth).noquote() << "Renewing the access token failed:" << error.summary();

    if (error.code == "invalid_grant"_L1) {
        // Revoked, expired, or already used: only a new sign-in helps.
        m_refreshToken.clear();
        m_timer->stop();
        m_nextRefreshAt = {};
        Q_EMIT changed();
        Q_EMIT refreshTokenChanged();
        Q_EMIT refreshFinished(false);
        Q_EMIT refreshFailed(error);
        return;
    }

    // A blip while renewing ahead of time: try again while the current token still works.
    const qint64 remainingMs = m_expiresAt.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt) : qint64(0);
    if (scheduled && isTransient(error) && remainingMs > 0) {
        schedule(std::min(retryAfterTransientFailureMs, remainingMs / 2));
        Q_EMIT refreshFinished(false);
        return;
    }
    Q_EMIT refreshFinished(false);
    Q_EMIT refreshFailed(error);
}

void RefreshingTokenSource::signOut()
{
    IdentityReply *reply = m_reply.data();
    m_reply = nullptr;
    m_replyScheduled = false;
    if (reply != nullptr) {
        disconnect(reply, nullptr, this, nullptr);
        reply->cancel();
    }
    m_timer->stop();
    m_nextRefreshAt = {};
    m_accessToken.clear();
    m_refreshToken.clear();
    m_claims = TokenClaims{};
    m_grantedScopes.clear();
    m_expiresAt = {};
    qCInfo(lcAuth) << "Signed out: the tokens are forgotten";
    Q_EMIT changed();
    Q_EMIT refreshTokenChanged();
    if (reply != nullptr)
        Q_EMIT refreshFinished(false);
}

} // namespace ed
