#include "AppTokenSource.h"

#include "RefreshingTokenSource.h"
#include "core/Logging.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace ed {

AppTokenSource::AppTokenSource(IdentityClient &client, QString clientId, QString scope, Credential credential,
                               const TokenResponse &response, QString method, QObject *parent)
    : TokenSource(parent)
    , m_signIn(new AppSignIn(client, this))
    , m_clientId(std::move(clientId))
    , m_credential(std::move(credential))
    , m_method(std::move(method))
    , m_timer(new QTimer(this))
{
    m_signIn->setScope(scope);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &AppTokenSource::refreshAccessToken);
    connect(m_signIn, &AppSignIn::finished, this, [this](const TokenResponse &renewed) {
        adopt(renewed);
        qCInfo(lcAuth).noquote() << "App-only token renewed; it expires at" << m_expiresAt.toString(Qt::ISODate);
        Q_EMIT changed();
        Q_EMIT refreshFinished(true);
    });
    connect(m_signIn, &AppSignIn::failed, this, [this](const GraphError &error, const QString &sentence) {
        qCWarning(lcAuth).noquote() << "Renewing the app-only token failed:" << error.summary();
        Q_EMIT refreshFinished(false);
        Q_EMIT refreshFailed(error, sentence);
    });
    adopt(response);
}

AppTokenSource::~AppTokenSource() = default;

void AppTokenSource::refreshAccessToken()
{
    if (m_signIn->isRunning())
        return; // one request serves every caller
    m_timer->stop();
    m_nextRefreshAt = {};
    if (m_credential.certificate)
        m_signIn->startWithCertificate(m_clientId, *m_credential.certificate);
    else
        m_signIn->startWithSecret(m_clientId, m_credential.secret);
}

void AppTokenSource::adopt(const TokenResponse &response)
{
    m_accessToken = response.accessToken;
    const Expected<TokenClaims> claims = TokenClaims::fromJwt(m_accessToken);
    m_claims = claims ? claims.value() : TokenClaims{};
    m_expiresAt = response.expiresAt();
    if (!m_expiresAt.isValid()) {
        m_timer->stop();
        m_nextRefreshAt = {};
        return;
    }
    const qint64 lifetimeMs = response.expiresInSec * 1000;
    const qint64 delayMs = std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt)
                                                      - RefreshingTokenSource::leadMsFor(lifetimeMs),
                                              0, std::numeric_limits<int>::max());
    m_timer->start(static_cast<int>(delayMs));
    m_nextRefreshAt = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
}

} // namespace ed
