#include "SignInController.h"

#include "AppSignIn.h"
#include "AppTokenSource.h"
#include "ClientAssertion.h"
#include "DeviceCodeSignIn.h"
#include "IdentityClient.h"
#include "RefreshingTokenSource.h"
#include "StaticTokenSource.h"
#include "TokenVault.h"
#include "core/Logging.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace ed {

using namespace Qt::StringLiterals;

// The objects of the sign-in running now. They may be the sender of the signal being handled when
// the flow ends, so they are disconnected and deleted later, never on the spot.
struct SignInController::Flow
{
    IdentityClient *identity = nullptr; // handed to the token source on success
    QPointer<BrowserSignIn> browser;
    QPointer<DeviceCodeSignIn> deviceCode;
    QPointer<AppSignIn> app;
    QPointer<IdentityReply> reply; // resume: the refresh_token grant
    QString storedRefreshToken; // resume: what the vault held
    AppTokenSource::Credential credential; // app-only: kept for renewals
    SignInController *owner = nullptr;

    ~Flow()
    {
        const auto retire = [this](QObject *object, auto cancel) {
            if (object == nullptr)
                return;
            QObject::disconnect(object, nullptr, owner, nullptr);
            cancel();
            object->deleteLater();
        };
        retire(browser.data(), [this] { browser->cancel(); });
        retire(deviceCode.data(), [this] { deviceCode->cancel(); });
        retire(app.data(), [this] { app->cancel(); });
        retire(reply.data(), [this] { reply->cancel(); });
        if (identity != nullptr)
            identity->deleteLater(); // after the objects above: deferred deletes run in order
    }
};

namespace {

QString methodText(SignInMethod method)
{
    switch (method) {
    case SignInMethod::Browser:
        return SignInController::tr("browser sign-in");
    case SignInMethod::DeviceCode:
        return SignInController::tr("device code sign-in");
    case SignInMethod::AppSecret:
        return SignInController::tr("app registration with a client secret");
    case SignInMethod::AppCertificate:
        return SignInController::tr("app registration with a certificate");
    case SignInMethod::AccessToken:
        return SignInController::tr("access token");
    }
    return {};
}

} // namespace

SignInController::SignInController(QNetworkAccessManager &network, TokenVault &vault, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_vault(vault)
{ }

SignInController::~SignInController()
{
    m_flow.reset();
}

void SignInController::setUrlOpener(BrowserSignIn::UrlOpener opener)
{
    m_opener = std::move(opener);
}

void SignInController::setBrowserTimeoutMs(int ms)
{
    m_browserTimeoutMs = ms;
}

bool SignInController::isBusy() const
{
    return m_flow != nullptr;
}

TokenSource *SignInController::tokenSource() const
{
    return m_source.data();
}

QString SignInController::deviceCode() const
{
    const DeviceCodeSignIn *flow = m_flow ? m_flow->deviceCode.data() : nullptr;
    return flow != nullptr ? flow->userCode() : QString();
}

QUrl SignInController::verificationUri() const
{
    const DeviceCodeSignIn *flow = m_flow ? m_flow->deviceCode.data() : nullptr;
    return flow != nullptr ? flow->verificationUri() : QUrl();
}

QDateTime SignInController::deviceCodeExpiresAt() const
{
    const DeviceCodeSignIn *flow = m_flow ? m_flow->deviceCode.data() : nullptr;
    return flow != nullptr ? flow->expiresAt() : QDateTime();
}

QUrl SignInController::authorizeUrl() const
{
    const BrowserSignIn *flow = m_flow ? m_flow->browser.data() : nullptr;
    return flow != nullptr ? flow->authorizeUrl() : QUrl();
}

bool SignInController::tokensPersist() const
{
    return m_vault.isPersistent() && !m_profile.demo;
}

void SignInController::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void SignInController::startFlow(const ConnectionProfile &profile)
{
    m_flow.reset();
    m_pending = profile;
    m_flow = std::make_unique<Flow>();
    m_flow->owner = this;
    m_flow->identity = new IdentityClient(m_network, profile.effectiveLoginUrl(), profile.tenant.trimmed());
}

void SignInController::signIn(const ConnectionProfile &profile, const SignInCredentials &credentials)
{
    startFlow(profile);
    if (const QString problem = profile.validate(); !problem.isEmpty()) {
        fail(IdentityClient::localError(u"ed_invalid_connection"_s, problem), problem);
        return;
    }
    qCInfo(lcAuth).noquote() << "Signing in to" << profile.tenant << "(" << CloudInfo::key(profile.cloud) << ") with"
                             << ConnectionProfile::methodKey(profile.method);
    Flow &flow = *m_flow;
    IdentityClient &identity = *flow.identity;

    switch (profile.method) {
    case SignInMethod::Browser: {
        auto *browser = new BrowserSignIn(identity, m_opener, this);
        flow.browser = browser;
        browser->setTimeoutMs(m_browserTimeoutMs);
        browser->setLoginHint(profile.account);
        connect(browser, &BrowserSignIn::stateChanged, this, [this](BrowserSignIn::State state) {
            if (state == BrowserSignIn::State::WaitingForBrowser)
                setStage(Stage::WaitingForBrowser);
            else if (state == BrowserSignIn::State::Redeeming)
                setStage(Stage::Requesting);
        });
        connect(browser, &BrowserSignIn::browserNotOpened, this, &SignInController::browserNotOpened);
        connect(browser, &BrowserSignIn::finished, this, [this](const TokenResponse &response) {
            finishDelegated(response, methodText(SignInMethod::Browser));
        });
        connect(browser, &BrowserSignIn::failed, this,
                [this](const GraphError &error) { fail(error, IdentityClient::describe(error)); });
        browser->start(profile.clientId.trimmed(), profile.scopes());
        return;
    }
    case SignInMethod::DeviceCode: {
        auto *deviceCode = new DeviceCodeSignIn(identity, this);
        flow.deviceCode = deviceCode;
        setStage(Stage::Requesting);
        connect(deviceCode, &DeviceCodeSignIn::codeReady, this,
                [this](const QString &userCode, const QUrl &uri, const QString &, const QDateTime &expiresAt) {
                    setStage(Stage::WaitingForDeviceCode);
                    Q_EMIT deviceCodeReady(userCode, uri, expiresAt);
                });
        connect(deviceCode, &DeviceCodeSignIn::finished, this, [this](const TokenResponse &response) {
            finishDelegated(response, methodText(SignInMethod::DeviceCode));
        });
        connect(deviceCode, &DeviceCodeSignIn::failed, this, &SignInController::fail);
        deviceCode->start(profile.clientId.trimmed(), profile.scopes());
        return;
    }
    case SignInMethod::AppSecret:
    case SignInMethod::AppCertificate: {
        if (profile.method == SignInMethod::AppCertificate) {
            const Expected<ClientAssertion> assertion = ClientAssertion::fromFiles(
                    profile.certificatePath.trimmed(), {}, credentials.certificatePassword.toUtf8());
            if (!assertion) {
                fail(IdentityClient::localError(u"ed_certificate_unreadable"_s, assertion.error()), assertion.error());
                return;
            }
            flow.credential.certificate = assertion.value();
        } else {
            flow.credential.secret = credentials.clientSecret.trimmed();
        }
        auto *app = new AppSignIn(identity, this);
        flow.app = app;
        app->setScope(AppSignIn::defaultScope(profile.cloud));
        setStage(Stage::Requesting);
        connect(app, &AppSignIn::finished, this, [this](const TokenResponse &response) {
            Flow &done = *m_flow;
            IdentityClient *client = std::exchange(done.identity, nullptr);
            auto source = std::make_unique<AppTokenSource>(*client, m_pending.clientId.trimmed(),
                                                           AppSignIn::defaultScope(m_pending.cloud), done.credential,
                                                           response, methodText(m_pending.method));
            client->setParent(source.get());
            connect(source.get(), &AppTokenSource::refreshFailed, this, &SignInController::tokenRenewalFailed);
            adopt(std::move(source));
        });
        connect(app, &AppSignIn::failed, this, &SignInController::fail);
        if (flow.credential.certificate)
            app->startWithCertificate(profile.clientId.trimmed(), *flow.credential.certificate);
        else
            app->startWithSecret(profile.clientId.trimmed(), flow.credential.secret);
        return;
    }
    case SignInMethod::AccessToken: {
        setStage(Stage::Requesting);
        auto token = StaticTokenSource::fromText(
                credentials.accessToken,
                credentials.accessTokenOrigin.isEmpty() ? tr("the pasted text") : credentials.accessTokenOrigin);
        if (!token) {
            fail(IdentityClient::localError(u"ed_token_unreadable"_s, token.error()), token.error());
            return;
        }
        const TokenClaims claims = token.value()->claims();
        if (claims.isExpired(QDateTime::currentDateTimeUtc())) {
            const QString sentence =
                    tr("This access token expired at %1. Get a new one, or use another sign-in method.")
                            .arg(QLocale().toString(claims.expiresAt.toLocalTime(), QLocale::ShortFormat));
            fail(IdentityClient::localError(u"ed_token_expired"_s, sentence), sentence);
            return;
        }
        adopt(std::move(token).value());
        return;
    }
    }
}

void SignInController::resume(const ConnectionProfile &profile)
{
    startFlow(profile);
    const GraphError needsSignIn = IdentityClient::localError(u"ed_interaction_required"_s,
                                                              tr("Sign in to %1 to continue.").arg(profile.name));
    if (!profile.isDelegated() || profile.demo || !profile.validate().isEmpty()) {
        fail(needsSignIn, needsSignIn.message);
        return;
    }
    setStage(Stage::Resuming);
    m_vault.load(profile.id, this, [this, id = profile.id, needsSignIn](const VaultResult &result) {
        if (!m_flow || m_pending.id != id || m_stage != Stage::Resuming)
            return; // cancelled or replaced meanwhile
        if (!result.ok || result.value.isEmpty()) {
            if (!result.error.isEmpty())
                qCWarning(lcAuth).noquote() << "Reading the saved sign-in failed:" << result.error;
            fail(needsSignIn, result.error.isEmpty() ? needsSignIn.message : result.error);
            return;
        }
        qCInfo(lcAuth) << "Signing in silently with the saved refresh token of connection" << id;
        m_flow->storedRefreshToken = result.value;
        const FormFields form{
                std::pair(u"grant_type"_s, u"refresh_token"_s),
                std::pair(u"client_id"_s, m_pending.clientId.trimmed()),
                std::pair(u"refresh_token"_s, result.value),
                std::pair(u"scope"_s, IdentityClient::joinScopes(m_pending.scopes())),
        };
        IdentityReply *reply = m_flow->identity->requestToken(form);
        m_flow->reply = reply;
        connect(reply, &IdentityReply::succeeded, this, [this](const TokenResponse &response) {
            TokenResponse completed = response;
            if (completed.refreshToken.isEmpty())
                completed.refreshToken = m_flow->storedRefreshToken; // not rotated: still valid
            finishDelegated(completed, methodText(m_pending.method));
        });
        connect(reply, &IdentityReply::failed, this, [this, needsSignIn](const GraphError &error) {
            if (error.kind == GraphError::Kind::Cancelled)
                return;
            if (error.code == "invalid_grant"_L1 || error.code == "interaction_required"_L1) {
                // Revoked, expired or consent changed: the saved token is useless now.
                m_vault.remove(m_pending.id, this, [](const VaultResult &) {});
                GraphError interaction = needsSignIn;
                interaction.aadstsCodes = error.aadstsCodes;
                const QString sentence = tr("The saved sign-in to %1 is no longer valid (%2). Sign in again.")
                                                 .arg(m_pending.name, IdentityClient::describe(error));
                fail(interaction, sentence);
                return;
            }
            fail(error, IdentityClient::describe(error));
        });
    });
}

void SignInController::finishDelegated(const TokenResponse &response, const QString &method)
{
    Flow &flow = *m_flow;
    IdentityClient *client = std::exchange(flow.identity, nullptr);
    auto source = std::make_unique<RefreshingTokenSource>(*client, m_pending.clientId.trimmed(), m_pending.scopes(),
                                                          response, method);
    client->setParent(source.get());
    RefreshingTokenSource *refreshing = source.get();
    connect(refreshing, &RefreshingTokenSource::refreshFailed, this,
            [this](const GraphError &error) { Q_EMIT tokenRenewalFailed(error, IdentityClient::describe(error)); });
    const ConnectionProfile profile = m_pending;
    if (!profile.demo) {
        // Saved on sign-in and again whenever it rotates; forgotten when refused or signed out.
        const auto save = [this, refreshing, id = profile.id] {
            const QString refreshToken = refreshing->refreshToken();
            const auto report = [id](const VaultResult &result) {
                if (!result.ok && !result.notFound)
                    qCWarning(lcAuth).noquote()
                            << "Keeping the sign-in of connection" << id << "in the keychain failed:" << result.error;
            };
            if (refreshToken.isEmpty())
                m_vault.remove(id, this, report);
            else
                m_vault.store(id, refreshToken, this, report);
        };
        connect(refreshing, &RefreshingTokenSource::refreshTokenChanged, this, save);
        if (refreshing->hasRefreshToken())
            save();
    }
    adopt(std::move(source));
}

void SignInController::adopt(std::unique_ptr<TokenSource> source)
{
    const TokenClaims claims = source->claims();
    ConnectionProfile profile = m_pending;
    // Guard against signing in to the wrong place: a tenant ID that is not the token's.
    if (ConnectionProfile::isValidClientId(profile.tenant.trimmed()) && !claims.tenantId.isEmpty()
        && claims.tenantId.compare(profile.tenant.trimmed(), Qt::CaseInsensitive) != 0) {
        const QString sentence = tr("The token is for tenant %1, not for %2 as the connection says. Check the "
                                    "connection's tenant, or sign in with an account of that tenant.")
                                         .arg(claims.tenantId, profile.tenant.trimmed());
        source.reset();
        fail(IdentityClient::localError(u"ed_wrong_tenant"_s, sentence), sentence);
        return;
    }
    if (!claims.userPrincipalName.isEmpty())
        profile.account = claims.userPrincipalName;

    TokenSource *previous = m_source.data();
    m_source = source.release();
    m_source->setParent(this);
    m_profile = profile;
    m_flow.reset();
    setStage(Stage::SignedIn);
    qCInfo(lcAuth).noquote() << "Signed in to" << profile.tenant << "with"
                             << ConnectionProfile::methodKey(profile.method) << "as"
                             << (claims.userPrincipalName.isEmpty() ? claims.appId : claims.userPrincipalName);
    Q_EMIT signedIn(profile);
    if (previous != nullptr)
        previous->deleteLater(); // callers switched to the new one in signedIn()
}

void SignInController::cancel()
{
    if (!m_flow)
        return;
    const QString sentence = tr("Sign-in cancelled.");
    fail(IdentityClient::localError(u"ed_cancelled"_s, sentence, GraphError::Kind::Cancelled), sentence);
}

void SignInController::fail(const GraphError &error, const QString &sentence)
{
    m_flow.reset();
    qCInfo(lcAuth).noquote() << "Sign-in failed:" << error.code << error.aadstsCodes;
    setStage(m_source.isNull() ? Stage::Failed : Stage::SignedIn); // a previous connection stays live
    Q_EMIT failed(error, sentence);
}

void SignInController::forget(const QString &connectionId)
{
    if (connectionId.isEmpty())
        return;
    if (connectionId == m_profile.id) {
        if (auto *refreshing = qobject_cast<RefreshingTokenSource *>(m_source.data()))
            disconnect(refreshing, &RefreshingTokenSource::refreshTokenChanged, this, nullptr);
        m_profile.id.clear(); // no longer a saved connection
    }
    m_vault.remove(connectionId, this, [connectionId](const VaultResult &result) {
        if (!result.ok && !result.notFound)
            qCWarning(lcAuth).noquote() << "Removing the saved sign-in of connection" << connectionId
                                        << "failed:" << result.error;
    });
}

void SignInController::signOut()
{
    m_flow.reset();
    TokenSource *source = m_source.data();
    m_source = nullptr;
    const ConnectionProfile profile = std::exchange(m_profile, ConnectionProfile{});
    if (auto *refreshing = qobject_cast<RefreshingTokenSource *>(source)) {
        disconnect(refreshing, nullptr, this, nullptr);
        refreshing->signOut();
    }
    if (!profile.id.isEmpty() && !profile.demo)
        m_vault.remove(profile.id, this, [id = profile.id](const VaultResult &result) {
            if (!result.ok && !result.notFound)
                qCWarning(lcAuth).noquote()
                        << "Removing the saved sign-in of connection" << id << "failed:" << result.error;
        });
    if (source != nullptr)
        source->deleteLater();
    setStage(Stage::Idle);
    qCInfo(lcAuth) << "Signed out";
    Q_EMIT signedOut();
}

} // namespace ed
