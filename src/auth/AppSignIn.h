#pragma once

#include "ClientAssertion.h"
#include "IdentityClient.h"
#include "core/Cloud.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace ed {

// App-only sign-in with the client credentials grant (graph.md §8.4): an app registration proves
// itself with a client secret or with a certificate (a signed RFC 7523 client assertion, see
// ClientAssertion) and receives an access token carrying the app's `roles` — no user, no refresh
// token. Renewing means signing in again (start the same method once more).
//
// The secret travels in the form body only (never an Authorization header, never a log line), and a
// fresh assertion is signed for every request. Exactly one of finished() or failed() follows each
// start, unless cancel() comes first.
class AppSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSignIn)
public:
    enum class State { Idle, Requesting, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    explicit AppSignIn(IdentityClient &client, QObject *parent = nullptr);
    ~AppSignIn() override;

    // "https://graph.microsoft.com/.default" and its sovereign-cloud twins: what every client
    // credentials request asks for (the app's statically granted application permissions).
    static QString defaultScope(Cloud cloud = Cloud::Global);
    // Defaults to defaultScope(Cloud::Global).
    void setScope(const QString &scope) { m_scope = scope; }
    QString scope() const { return m_scope; }

    // The secret's value (not its ID); surrounding white space from pasting is dropped.
    void startWithSecret(const QString &clientId, const QString &secret);
    void startWithCertificate(const QString &clientId, const ClientAssertion &assertion);
    // Abandons the request in flight; neither finished() nor failed() follows.
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Requesting; }

Q_SIGNALS:
    void stateChanged(ed::AppSignIn::State state);
    void finished(const ed::TokenResponse &response);
    // `sentence` (IdentityClient::describe) is the one line to show; error.details() is the
    // copyable details view.
    void failed(const ed::GraphError &error, const QString &sentence);

private:
    void send(const FormFields &form);
    void setState(State state);
    void fail(const GraphError &error);
    void abandonRequest();

    IdentityClient &m_client;
    QPointer<IdentityReply> m_request;
    QString m_scope;
    State m_state = State::Idle;
};

} // namespace ed
