#include "AppSignIn.h"

#include "core/Logging.h"

namespace ed {

using namespace Qt::StringLiterals;

namespace {

// A failure found here rather than answered by the service: IdentityClient::describe() gives the
// message back as the sentence.
GraphError localError(const QString &code, const QString &sentence)
{
    GraphError error;
    error.kind = GraphError::Kind::InvalidResponse;
    error.code = code;
    error.message = sentence;
    return error;
}

} // namespace

AppSignIn::AppSignIn(IdentityClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_scope(defaultScope())
{ }

AppSignIn::~AppSignIn()
{
    abandonRequest();
}

QString AppSignIn::defaultScope(Cloud cloud)
{
    return CloudInfo::graphBaseUrl(cloud).toString(QUrl::StripTrailingSlash) + u"/.default"_s;
}

void AppSignIn::startWithSecret(const QString &clientId, const QString &pastedSecret)
{
    cancel();
    // Entra ID secrets never start or end with white space; a pasted one often does.
    const QString secret = pastedSecret.trimmed();
    if (secret.isEmpty()) {
        setState(State::Requesting);
        fail(localError(u"ed_no_client_secret"_s, tr("Enter the client secret of the app registration.")));
        return;
    }
    qCInfo(lcAuth) << "App sign-in with a client secret for app" << clientId;
    send({{u"grant_type"_s, u"client_credentials"_s},
          {u"client_id"_s, clientId},
          {u"scope"_s, m_scope},
          {u"client_secret"_s, secret}});
}

void AppSignIn::startWithCertificate(const QString &clientId, const ClientAssertion &assertion)
{
    cancel();
    qCInfo(lcAuth) << "App sign-in with certificate" << assertion.thumbprint() << "for app" << clientId;
    const QString warning = assertion.validityWarning(QDateTime::currentDateTimeUtc());
    if (!warning.isEmpty())
        qCWarning(lcAuth) << "App sign-in:" << warning;
    // `aud` is the token endpoint this request goes to (RFC 7523 §3).
    const Expected<QByteArray> signedAssertion =
            assertion.create(clientId, m_client.tokenEndpoint().toString(QUrl::FullyEncoded));
    if (!signedAssertion) {
        setState(State::Requesting);
        fail(localError(u"ed_assertion_not_signed"_s, signedAssertion.error()));
        return;
    }
    send({{u"grant_type"_s, u"client_credentials"_s},
          {u"client_id"_s, clientId},
          {u"scope"_s, m_scope},
          {u"client_assertion_type"_s, QString(ClientAssertion::assertionType)},
          {u"client_assertion"_s, QString::fromLatin1(signedAssertion.value())}});
}

void AppSignIn::cancel()
{
    abandonRequest();
    if (isRunning())
        setState(State::Cancelled);
}

void AppSignIn::send(const FormFields &form)
{
    setState(State::Requesting);
    IdentityReply *reply = m_client.requestToken(form);
    m_request = reply;
    connect(reply, &IdentityReply::succeeded, this, [this](const TokenResponse &response) {
        m_request = nullptr;
        if (m_state != State::Requesting)
            return;
        if (response.accessToken.isEmpty()) {
            fail(localError(u"ed_invalid_answer"_s, tr("The sign-in service sent no access token; try again.")));
            return;
        }
        qCInfo(lcAuth) << "App sign-in succeeded; the token is valid for" << response.expiresInSec << "s";
        setState(State::Succeeded);
        Q_EMIT finished(response);
    });
    connect(reply, &IdentityReply::failed, this, [this](const GraphError &error) {
        m_request = nullptr;
        if (m_state != State::Requesting || error.kind == GraphError::Kind::Cancelled)
            return;
        fail(error);
    });
}

void AppSignIn::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AppSignIn::fail(const GraphError &error)
{
    const QString sentence = IdentityClient::describe(error);
    abandonRequest();
    qCInfo(lcAuth) << "App sign-in failed:" << error.code << error.aadstsCodes;
    setState(State::Failed);
    Q_EMIT failed(error, sentence);
}

void AppSignIn::abandonRequest()
{
    IdentityReply *reply = m_request.data();
    m_request = nullptr;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    reply->cancel();
}

} // namespace ed
