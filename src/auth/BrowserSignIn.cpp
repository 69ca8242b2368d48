#include "BrowserSignIn.h"

#include "LoopbackListener.h"
#include "core/Logging.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QList<int> aadstsCodesIn(const QString &text)
{
    static const QRegularExpression aadsts(u"AADSTS(\\d{1,9})"_s);
    QList<int> codes;
    for (auto it = aadsts.globalMatch(text); it.hasNext();) {
        const int code = it.next().captured(1).toInt();
        if (code > 0 && !codes.contains(code))
            codes.append(code);
    }
    return codes;
}

// For the log: what kind of failure, in a word.
QString kindName(GraphError::Kind kind)
{
    switch (kind) {
    case GraphError::Kind::Http:
        return u"refused"_s;
    case GraphError::Kind::Transport:
        return u"transport error"_s;
    case GraphError::Kind::Timeout:
        return u"timeout"_s;
    case GraphError::Kind::Cancelled:
        return u"cancelled"_s;
    case GraphError::Kind::InvalidResponse:
        return u"unreadable answer"_s;
    case GraphError::Kind::Redirect:
        return u"redirect"_s;
    }
    return QString();
}

} // namespace

BrowserSignIn::BrowserSignIn(IdentityClient &identity, UrlOpener opener, QObject *parent)
    : QObject(parent)
    , m_identity(identity)
    , m_opener(std::move(opener))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_state != State::WaitingForBrowser)
            return;
        const int minutes = std::max(1, (m_timeoutMs + 59'999) / 60'000);
        GraphError error = IdentityClient::localError(
                u"ed_sign_in_timeout"_s,
                tr("No sign-in answer came from the browser within %n minute(s). Start the sign-in again.", nullptr,
                   minutes),
                GraphError::Kind::Timeout);
        error.timeoutMs = m_timeoutMs;
        fail(error);
    });
}

BrowserSignIn::~BrowserSignIn()
{
    if (IdentityReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->cancel();
    }
    if (LoopbackListener *listener = m_listener.data()) {
        listener->disconnect(this);
        listener->close();
    }
}

QString BrowserSignIn::createVerifier(int length)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    constexpr quint32 size = sizeof(alphabet) - 1;
    length = std::clamp(length, 43, 128);
    QString verifier;
    verifier.reserve(length);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        verifier.append(QLatin1Char(alphabet[random->bounded(size)]));
    return verifier;
}

QString BrowserSignIn::challengeFor(const QString &verifier)
{
    return QString::fromLatin1(base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

QString BrowserSignIn::createState()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(base64Url(bytes));
}

void BrowserSignIn::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void BrowserSignIn::tearDown()
{
    m_timer->stop();
    if (LoopbackListener *listener = m_listener.data()) {
        listener->disconnect(this);
        listener->close();
        listener->deleteLater(); // an answered page may still be flushing: closed sockets finish first
    }
    m_listener = nullptr;
    if (IdentityReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->cancel();
    }
    m_reply = nullptr;
    m_verifier.clear();
    m_expectedState.clear();
}

void BrowserSignIn::fail(const GraphError &error, State state)
{
    tearDown();
    m_error = error;
    // Codes and numbers only: the description of a browser callback is not ours to log verbatim.
    QString what = kindName(error.kind);
    if (!error.code.isEmpty())
        what += u' ' + error.code.left(64);
    if (!error.aadstsCodes.isEmpty())
        what += u" AADSTS"_s + QString::number(error.aadstsCodes.constFirst());
    if (error.httpStatus > 0)
        what += u" (HTTP "_s + QString::number(error.httpStatus) + u')';
    qCWarning(lcAuth).noquote() << u"Browser sign-in ended: "_s + what;
    setState(state);
    Q_EMIT failed(error);
}

void BrowserSignIn::cancel()
{
    if (!isRunning())
        return;
    fail(GraphError::cancelled(QString()), State::Cancelled);
}

void BrowserSignIn::start(const QString &clientId, const QStringList &scopes)
{
    if (isRunning())
        cancel();
    tearDown();
    m_error = GraphError();
    m_clientId = clientId.trimmed();
    m_scope = IdentityClient::joinScopes(scopes);
    m_authorizeUrl = QUrl();
    m_browserOpened = false;

    auto *listener = new LoopbackListener(this);
    m_listener = listener;
    const Expected<bool> listening = listener->listen(m_listenPort);
    if (!listening) {
        fail(IdentityClient::localError(u"ed_listener_port"_s, listening.error()));
        return;
    }
    m_verifier = createVerifier();
    m_expectedState = createState();
    m_redirectUri = listener->redirectUri();
    listener->setExpectedState(m_expectedState);
    connect(listener, &LoopbackListener::callbackReceived, this, &BrowserSignIn::onCallback);

    FormFields params{
            {u"client_id"_s, m_clientId},
            {u"response_type"_s, u"code"_s},
            {u"redirect_uri"_s, m_redirectUri.toString(QUrl::FullyEncoded)},
            {u"response_mode"_s, u"query"_s},
            {u"scope"_s, m_scope},
            {u"state"_s, m_expectedState},
            {u"code_challenge"_s, challengeFor(m_verifier)},
            {u"code_challenge_method"_s, u"S256"_s},
    };
    if (!m_prompt.isEmpty())
        params.append(std::pair<QString, QString>(u"prompt"_s, m_prompt));
    if (!m_loginHint.isEmpty())
        params.append(std::pair<QString, QString>(u"login_hint"_s, m_loginHint));
    m_authorizeUrl = m_identity.authorizeUrl(params);

    m_timer->start(m_timeoutMs);
    qCInfo(lcAuth) << "Browser sign-in started; waiting on 127.0.0.1 port" << listener->port();
    const QPointer<LoopbackListener> startedWith = listener;
    setState(State::WaitingForBrowser);
    if (m_listener != startedWith)
        return; // cancelled from a stateChanged() slot

    // The opener may run an event loop (a test's fake browser does): the flow may be over when it returns.
    const QUrl url = m_authorizeUrl;
    const bool opened = m_opener ? m_opener(url) : false;
    if (m_listener != startedWith)
        return; // finished, failed or restarted meanwhile
    m_browserOpened = opened;
    if (!opened) {
        qCWarning(lcAuth) << "The browser could not be opened for the sign-in";
        Q_EMIT browserNotOpened(url);
    }
}

void BrowserSignIn::onCallback(const LoopbackCallback &callback)
{
    if (m_state != State::WaitingForBrowser)
        return;
    m_timer->stop();
    if (!callback.error.isEmpty()) {
        GraphError error;
        error.kind = GraphError::Kind::Http;
        error.code = callback.error.left(100);
        error.message = callback.errorDescription.left(2000);
        error.aadstsCodes = aadstsCodesIn(callback.errorDescription);
        error.date = QDateTime::currentDateTimeUtc();
        fail(error);
        return;
    }
    if (!callback.stateMatches) {
        // A stray or forged answer: nothing is redeemed.
        fail(IdentityClient::localError(
                u"ed_state_mismatch"_s,
                tr("The browser's answer does not belong to this sign-in (the state does not match), so it was "
                   "not used. Start the sign-in again.")));
        return;
    }

    const FormFields form{
            {u"client_id"_s, m_clientId},     {u"grant_type"_s, u"authorization_code"_s},
            {u"code"_s, callback.code},       {u"redirect_uri"_s, m_redirectUri.toString(QUrl::FullyEncoded)},
            {u"code_verifier"_s, m_verifier}, {u"scope"_s, m_scope},
    };
    IdentityReply *reply = m_identity.requestToken(form);
    m_reply = reply;
    connect(reply, &IdentityReply::succeeded, this, [this](const TokenResponse &response) {
        m_reply = nullptr;
        tearDown();
        qCInfo(lcAuth) << "Browser sign-in complete";
        setState(State::Done);
        Q_EMIT finished(response);
    });
    connect(reply, &IdentityReply::failed, this, [this](const GraphError &error) {
        m_reply = nullptr;
        fail(error);
    });
    setState(State::Redeeming); // last: a slot may cancel() right here
}

} // namespace ed
