#pragma once

#include "IdentityClient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

class QTimer;

namespace ed {

// The device authorization grant (RFC 8628, graph.md §8.3): for a machine without a usable browser,
// or an admin who signs in on their phone. start() asks the devicecode endpoint for a code,
// codeReady() hands the user code and the verification URL to the UI, then the token endpoint is
// polled every `interval` seconds — never sooner: a QTimer started when the previous answer
// arrived — until the user signs in (finished), refuses (failed), or the code expires (failed).
//
//   authorization_pending   keep polling
//   slow_down               the interval grows by 5 s (RFC 8628 §3.5), keep polling
//   authorization_declined  failed: the user refused the sign-in
//   expired_token           failed: the code expired; start again
//   bad_verification_code   failed: the service no longer knows the code
//   network trouble, 5xx    keep polling (up to maxTransientFailures in a row; 429 waits Retry-After)
//   anything else           failed
// Every failure comes with IdentityClient::describe()'s sentence.
//
// The device code is a credential: it is never logged and never leaves this object except in the
// poll request. One flow per object; start() again after it ended begins a new one.
class DeviceCodeSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCodeSignIn)
public:
    enum class State { Idle, RequestingCode, WaitingForUser, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    static constexpr int slowDownSeconds = 5; // RFC 8628 §3.5
    static constexpr int defaultIntervalSeconds = 5; // RFC 8628 §3.2, when the server names none
    static constexpr int maxTransientFailures = 3;

    explicit DeviceCodeSignIn(IdentityClient &client, QObject *parent = nullptr);
    ~DeviceCodeSignIn() override;

    // Asks for a device code for `clientId` and `scopes` (joined with IdentityClient::joinScopes).
    // Anything running is cancelled first.
    void start(const QString &clientId, const QStringList &scopes);
    // Stops polling and abandons any request in flight; no finished() or failed() follows.
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::RequestingCode || m_state == State::WaitingForUser; }
    QString userCode() const { return m_userCode; }
    QUrl verificationUri() const { return m_verificationUri; }
    QString message() const { return m_message; } // the server's English instructions
    QDateTime expiresAt() const { return m_expiresAt; } // UTC; invalid before codeReady()
    // Whole seconds until the code expires (rounded up), for a countdown; 0 when not waiting.
    int secondsLeft() const;
    int intervalSeconds() const { return m_intervalSeconds; }
    int pollCount() const { return m_polls; }
    // A request (for the code, or a poll) is on the wire: "Checking…" in a UI.
    bool isRequestInFlight() const { return !m_request.isNull(); }

    // Test seam, never used by the product: polls at once, ignoring the interval, to provoke slow_down.
    void pollNow();

Q_SIGNALS:
    void stateChanged(ed::DeviceCodeSignIn::State state);
    // The user opens `verificationUri` and types `userCode` before `expiresAt`.
    void codeReady(const QString &userCode, const QUrl &verificationUri, const QString &message,
                   const QDateTime &expiresAt);
    // After slow_down (or a server that asks for more patience).
    void intervalChanged(int seconds);
    void finished(const ed::TokenResponse &response);
    // `sentence` is the one line to show; error.details() is the copyable details view.
    void failed(const ed::GraphError &error, const QString &sentence);

private:
    void setState(State state);
    void onCodeIssued(const DeviceCodeResponse &response);
    void poll();
    void onPollFailed(const GraphError &error);
    void scheduleNextPoll(qint64 delayMs);
    void fail(const GraphError &error);
    void abandonRequest();

    IdentityClient &m_client;
    QTimer *m_pollTimer = nullptr;
    QPointer<IdentityReply> m_request;
    QString m_clientId;
    QString m_deviceCode;
    QString m_userCode;
    QUrl m_verificationUri;
    QString m_message;
    QDateTime m_expiresAt;
    int m_intervalSeconds = defaultIntervalSeconds;
    int m_polls = 0;
    int m_transientFailures = 0;
    State m_state = State::Idle;
};

} // namespace ed
