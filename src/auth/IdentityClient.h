#pragma once

#include "graph/GraphError.h"
#include "graph/GraphReply.h" // Q_DECLARE_METATYPE(ed::GraphError)

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ed {

// Fields of an application/x-www-form-urlencoded body (or an authorize query), in order, decoded.
using FormFields = QList<std::pair<QString, QString>>;

// What the token endpoint answered (graph.md §8.1, §8.4). Holds credentials: never log it, never
// write it anywhere but the keychain (refresh token). There is deliberately no copy of the raw JSON.
struct TokenResponse
{
    QString accessToken;
    QString refreshToken; // only with offline_access
    QString idToken; // only with openid
    QString scope; // space separated, as granted
    QString tokenType; // "Bearer"
    qint64 expiresInSec = 0;
    qint64 extExpiresInSec = 0;
    QDateTime receivedAt; // UTC, when the answer arrived

    QStringList scopes() const { return scope.split(u' ', Qt::SkipEmptyParts); }
    // receivedAt + expires_in; invalid when expires_in was missing.
    QDateTime expiresAt() const;
};

// What the device authorization endpoint answered (graph.md §8.3). device_code is a credential.
struct DeviceCodeResponse
{
    QString deviceCode;
    QString userCode;
    QUrl verificationUri;
    QString message;
    qint64 expiresInSec = 0;
    qint64 intervalSec = 5;
    QDateTime receivedAt; // UTC
};

// One form POST to the identity platform in flight: exactly one of succeeded() (token endpoint),
// deviceCodeIssued() (device authorization endpoint) or failed() is emitted, once, and the reply
// deletes itself afterwards (deleteLater). Failures are GraphError values built with
// GraphError::fromResponse (the identity platform's error JSON with AADSTS codes), fromTransport,
// timeout or cancelled; a 3xx is never followed (Kind::Redirect). cancel() at any time fails it
// with Kind::Cancelled unless it already finished.
class IdentityReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityReply)
public:
    enum class Expect { Token, DeviceCode };

    ~IdentityReply() override;

    Expect expects() const { return m_expect; }
    QString clientRequestId() const { return m_clientRequestId; }
    bool isDone() const { return m_done; }
    void cancel();

Q_SIGNALS:
    void succeeded(const ed::TokenResponse &response);
    void deviceCodeIssued(const ed::DeviceCodeResponse &response);
    void failed(const ed::GraphError &error);

private:
    friend class IdentityClient;
    IdentityReply(Expect expect, QString clientRequestId, QObject *parent);
    void start(QNetworkReply *network, int deadlineMs);
    void onFinished();
    void fail(const GraphError &error);

    const Expect m_expect;
    const QString m_clientRequestId;
    QPointer<QNetworkReply> m_network;
    QTimer *m_deadline = nullptr;
    int m_deadlineMs = 0;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_done = false;
};

// The Microsoft identity platform v2 endpoints of one login host and tenant (graph.md §8), shared
// by every sign-in flow. The login base is CloudInfo::loginBaseUrl() in the product and the
// emulator's base URL in tests; the tenant is a GUID, a domain, `organizations` or `common`.
// No request ever carries an Authorization header; client secrets travel in the form only.
class IdentityClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityClient)
public:
    static constexpr int defaultDeadlineMs = 30'000; // the whole exchange
    static constexpr int defaultTransferTimeoutMs = 20'000; // silence on the wire

    IdentityClient(QNetworkAccessManager &network, QUrl loginBaseUrl, QString tenant, QObject *parent = nullptr);
    ~IdentityClient() override;

    QUrl loginBaseUrl() const { return m_loginBase; }
    QString tenant() const { return m_tenant; }

    // {login}/{tenant}/oauth2/v2.0/authorize?<params, percent-encoded in order>
    QUrl authorizeUrl(const FormFields &params) const;
    QUrl authorizeUrl(const QUrlQuery &params) const;
    // {login}/{tenant}/oauth2/v2.0/token — also the `aud` of a client assertion.
    QUrl tokenEndpoint() const;
    // {login}/{tenant}/oauth2/v2.0/devicecode
    QUrl deviceCodeEndpoint() const;

    // POSTs the form (application/x-www-form-urlencoded, every reserved character percent-encoded,
    // '+' included) with a fresh client-request-id. The reply is parented to this client; connect
    // to it before returning to the event loop. `expect` says which success signal parses the body.
    IdentityReply *postForm(const QUrl &endpoint, const FormFields &form,
                            IdentityReply::Expect expect = IdentityReply::Expect::Token);
    IdentityReply *postForm(const QUrl &endpoint, const QUrlQuery &form,
                            IdentityReply::Expect expect = IdentityReply::Expect::Token);
    // Shorthands: the token endpoint (any grant) and the device authorization endpoint.
    IdentityReply *requestToken(const FormFields &form) { return postForm(tokenEndpoint(), form); }
    IdentityReply *requestDeviceCode(const FormFields &form)
    {
        return postForm(deviceCodeEndpoint(), form, IdentityReply::Expect::DeviceCode);
    }

    void setDeadlineMs(int ms) { m_deadlineMs = ms; }
    int deadlineMs() const { return m_deadlineMs; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    int transferTimeoutMs() const { return m_transferTimeoutMs; }

    // key=value&… with QUrl::toPercentEncoding on both (space as %20, '+' as %2B).
    static QByteArray encodeForm(const FormFields &fields);
    static FormFields fields(const QUrlQuery &query);
    // Space-separated scope string, duplicates removed, order kept.
    static QString joinScopes(const QStringList &scopes);
    // One clear, translated sentence for a failed sign-in step: the identity platform's `error`
    // codes (access_denied, consent_required, invalid_grant, invalid_client, …) and well-known
    // AADSTS numbers (wrong tenant, wrong cloud, redirect URI, clock skew, PKCE) in words; anything
    // else falls back to GraphError::summary(). error.details() stays the copyable details.
    static QString describe(const GraphError &error);
    // An error a sign-in flow raises itself, with no HTTP exchange (state mismatch, listener port
    // in use, browser not opened, no answer in time): `code` starts with "ed_" (e.g.
    // "ed_state_mismatch"), `message` is the translated sentence describe() returns.
    static GraphError localError(const QString &code, const QString &sentence,
                                 GraphError::Kind kind = GraphError::Kind::Http);

private:
    QUrl endpoint(QLatin1StringView leaf) const;

    QNetworkAccessManager &m_network;
    const QUrl m_loginBase;
    const QString m_tenant;
    int m_deadlineMs = defaultDeadlineMs;
    int m_transferTimeoutMs = defaultTransferTimeoutMs;
};

} // namespace ed

Q_DECLARE_METATYPE(ed::TokenResponse)
Q_DECLARE_METATYPE(ed::DeviceCodeResponse)
