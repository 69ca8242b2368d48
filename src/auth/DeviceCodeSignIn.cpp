#include "DeviceCodeSignIn.h"

#include "core/Logging.h"

#include <QTimer>

#include <algorithm>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView deviceCodeGrant{"urn:ietf:params:oauth:grant-type:device_code"};
constexpr qint64 defaultLifetimeSeconds = 900; // graph.md §8.3, when the server names none
constexpr int maxIntervalSeconds = 300;

// A failure found here rather than answered by the service: IdentityClient::describe() gives the
// message back as the sentence.
GraphError invalidAnswer(const QString &what, const QString &sentence)
{
    GraphError error;
    error.kind = GraphError::Kind::InvalidResponse;
    error.code = u"ed_invalid_answer"_s;
    error.message = sentence;
    error.transportMessage = what;
    return error;
}

} // namespace

DeviceCodeSignIn::DeviceCodeSignIn(IdentityClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    // Precise: a coarse timer may fire up to 5 % early, and the service answers early polls with
    // slow_down.
    m_pollTimer->setTimerType(Qt::PreciseTimer);
    connect(m_pollTimer, &QTimer::timeout, this, &DeviceCodeSignIn::poll);
}

DeviceCodeSignIn::~DeviceCodeSignIn()
{
    abandonRequest();
}

void DeviceCodeSignIn::start(const QString &clientId, const QStringList &scopes)
{
    cancel();
    m_clientId = clientId;
    m_deviceCode.clear();
    m_userCode.clear();
    m_verificationUri.clear();
    m_message.clear();
    m_expiresAt = {};
    m_intervalSeconds = defaultIntervalSeconds;
    m_polls = 0;
    m_transientFailures = 0;
    setState(State::RequestingCode);

    qCInfo(lcAuth) << "Device code sign-in: asking for a code";
    IdentityReply *reply =
            m_client.requestDeviceCode({{u"client_id"_s, clientId}, {u"scope"_s, IdentityClient::joinScopes(scopes)}});
    m_request = reply;
    connect(reply, &IdentityReply::deviceCodeIssued, this, &DeviceCodeSignIn::onCodeIssued);
    connect(reply, &IdentityReply::failed, this, [this](const GraphError &error) {
        m_request = nullptr;
        if (error.kind != GraphError::Kind::Cancelled)
            fail(error);
    });
}

void DeviceCodeSignIn::cancel()
{
    m_pollTimer->stop();
    abandonRequest();
    m_deviceCode.clear();
    if (isRunning()) {
        qCInfo(lcAuth) << "Device code sign-in: cancelled after" << m_polls << "polls";
        setState(State::Cancelled);
    }
}

int DeviceCodeSignIn::secondsLeft() const
{
    if (m_state != State::WaitingForUser || !m_expiresAt.isValid())
        return 0;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt);
    return ms <= 0 ? 0 : static_cast<int>((ms + 999) / 1000);
}

void DeviceCodeSignIn::pollNow()
{
    if (m_state != State::WaitingForUser || m_request)
        return;
    m_pollTimer->stop();
    poll();
}

void DeviceCodeSignIn::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void DeviceCodeSignIn::onCodeIssued(const DeviceCodeResponse &response)
{
    m_request = nullptr;
    if (m_state != State::RequestingCode)
        return;
    if (response.deviceCode.isEmpty() || response.userCode.isEmpty() || !response.verificationUri.isValid()) {
        fail(invalidAnswer(u"The device authorization answer lacks device_code, user_code or verification_uri."_s,
                           tr("The sign-in service did not send a usable code; try again.")));
        return;
    }
    m_deviceCode = response.deviceCode;
    m_userCode = response.userCode;
    m_verificationUri = response.verificationUri;
    m_message = response.message;
    const QDateTime received = response.receivedAt.isValid() ? response.receivedAt : QDateTime::currentDateTimeUtc();
    m_expiresAt = received.addSecs(response.expiresInSec > 0 ? response.expiresInSec : defaultLifetimeSeconds);
    m_intervalSeconds = response.intervalSec > 0
            ? static_cast<int>(std::min<qint64>(response.intervalSec, maxIntervalSeconds))
            : defaultIntervalSeconds;
    qCInfo(lcAuth) << "Device code sign-in: code issued; expires in" << received.secsTo(m_expiresAt)
                   << "s, polling every" << m_intervalSeconds << "s";
    setState(State::WaitingForUser);
    Q_EMIT codeReady(m_userCode, m_verificationUri, m_message, m_expiresAt);
    if (m_state == State::WaitingForUser) // a slot may have cancelled
        scheduleNextPoll(m_intervalSeconds * 1000LL);
}

void DeviceCodeSignIn::poll()
{
    if (m_state != State::WaitingForUser || m_request)
        return;
    ++m_polls;
    IdentityReply *reply = m_client.requestToken({{u"grant_type"_s, QString(deviceCodeGrant)},
                                                  {u"client_id"_s, m_clientId},
                                                  {u"device_code"_s, m_deviceCode}});
    m_request = reply;
    connect(reply, &IdentityReply::succeeded, this, [this](const TokenResponse &response) {
        m_request = nullptr;
        if (m_state != State::WaitingForUser)
            return;
        if (response.accessToken.isEmpty()) {
            fail(invalidAnswer(u"The token answer has no access_token."_s,
                               tr("The sign-in service sent no access token; try again.")));
            return;
        }
        m_pollTimer->stop();
        m_deviceCode.clear();
        qCInfo(lcAuth) << "Device code sign-in: signed in after" << m_polls << "polls";
        setState(State::Succeeded);
        Q_EMIT finished(response);
    });
    connect(reply, &IdentityReply::failed, this, &DeviceCodeSignIn::onPollFailed);
}

void DeviceCodeSignIn::onPollFailed(const GraphError &error)
{
    m_request = nullptr;
    if (m_state != State::WaitingForUser || error.kind == GraphError::Kind::Cancelled)
        return;
    const QString &code = error.code;
    if (error.kind == GraphError::Kind::Http && code == "authorization_pending"_L1) {
        m_transientFailures = 0;
        scheduleNextPoll(m_intervalSeconds * 1000LL);
        return;
    }
    if (error.kind == GraphError::Kind::Http && code == "slow_down"_L1) {
        m_transientFailures = 0;
        m_intervalSeconds = std::min(m_intervalSeconds + slowDownSeconds, maxIntervalSeconds);
        qCInfo(lcAuth) << "Device code sign-in: slow_down; polling every" << m_intervalSeconds << "s";
        Q_EMIT intervalChanged(m_intervalSeconds);
        scheduleNextPoll(m_intervalSeconds * 1000LL);
        return;
    }
    // A network hiccup or a busy service does not end the sign-in while the code is valid;
    // authorization_declined, expired_token, bad_verification_code and the rest do.
    const bool transient = error.isRetryable(true) || code == "temporarily_unavailable"_L1 || code == "server_error"_L1;
    if (transient && ++m_transientFailures <= maxTransientFailures && secondsLeft() > 0) {
        qCInfo(lcAuth) << "Device code sign-in: poll failed (" << error.httpStatus << error.networkError
                       << "); polling on";
        scheduleNextPoll(std::max<qint64>(m_intervalSeconds * 1000LL, error.retryAfterMs.value_or(0)));
        return;
    }
    fail(error);
}

void DeviceCodeSignIn::scheduleNextPoll(qint64 delayMs)
{
    m_pollTimer->start(static_cast<int>(std::clamp<qint64>(delayMs, 0, maxIntervalSeconds * 1000LL)));
}

void DeviceCodeSignIn::fail(const GraphError &error)
{
    const QString sentence = IdentityClient::describe(error);
    m_pollTimer->stop();
    abandonRequest();
    m_deviceCode.clear();
    qCInfo(lcAuth) << "Device code sign-in failed:" << error.code << error.aadstsCodes;
    setState(State::Failed);
    Q_EMIT failed(error, sentence);
}

void DeviceCodeSignIn::abandonRequest()
{
    IdentityReply *reply = m_request.data();
    m_request = nullptr;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    reply->cancel();
}

} // namespace ed
