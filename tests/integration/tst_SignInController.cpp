// SignInController against the emulator's identity platform over loopback HTTP: every method turns
// a ConnectionProfile into a live token; delegated refresh tokens go to the vault, rotate there and
// leave it on sign-out; resume() signs in silently from the vault; a failed switch keeps the
// previous connection live; a token for another tenant is refused.

#include "EmulatorFixture.h"
#include "FakeBrowser.h"
#include "SignInFixtures.h"
#include "TestJwt.h"
#include "auth/AppTokenSource.h"
#include "auth/ConnectionProfile.h"
#include "auth/RefreshingTokenSource.h"
#include "auth/SignInController.h"
#include "auth/StaticTokenSource.h"
#include "auth/TokenVault.h"
#include "emulator/GraphEmulator.h"
#include "emulator/IdentityApi.h"
#include "emulator/RequestLog.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

namespace {

int tokenRequests(EmulatorFixture &fixture, const QString &grant)
{
    int count = 0;
    for (const emu::RequestLogEntry &entry : fixture.host().log().entries())
        if (entry.method == "POST" && entry.path.endsWith("/oauth2/v2.0/token"_L1)
            && entry.body.contains(QByteArray(QByteArray("grant_type=") + QUrl::toPercentEncoding(grant))))
            ++count;
    return count;
}

} // namespace

class TestSignInController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void deviceCodeSignInKeepsTheRefreshTokenInTheVault();
    void readOnlyAndWriteModesAskForTheirScopes();
    void resumeSignsInSilentlyFromTheVault();
    void resumeWithoutSavedSignInNeedsInteraction();
    void resumeAfterRevocationForgetsTheSavedToken();
    void rotationReplacesTheVaultEntry();
    void signOutRemovesTheRefreshToken();
    void forgetStopsStoringRenewals();
    void browserSignInThroughTheUrlOpener();
    void appSecretSignsInAgainWhenRenewing();
    void appCertificateFromOneFile();
    void accessTokenPastedExpiredOrForAnotherTenant();
    void failedSwitchKeepsThePreviousConnection();
    void demoSignInNeverTouchesTheVault();
    void invalidProfileIsRefusedWithItsSentence();

private:
    ConnectionProfile profile(SignInMethod method, AccessMode access = AccessMode::ReadOnly) const;
    // Starts a device-code sign-in and approves the code as the demo admin.
    bool signInWithDeviceCode(SignInController &controller, const ConnectionProfile &profile);
    bool onIdentity(const std::function<bool(emu::IdentityApi &)> &hook);

    std::unique_ptr<EmulatorFixture> m_fixture;
    QNetworkAccessManager m_network;
};

void TestSignInController::initTestCase()
{
    m_fixture = std::make_unique<EmulatorFixture>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->startError()));
    onIdentity([](emu::IdentityApi &identity) {
        identity.setDeviceCodeInterval(1);
        return true;
    });
}

void TestSignInController::init()
{
    m_fixture->host().log().clear();
}

bool TestSignInController::onIdentity(const std::function<bool(emu::IdentityApi &)> &hook)
{
    bool result = false;
    m_fixture->host().runOnEmulatorThread([&](emu::GraphEmulator &emulator) { result = hook(emulator.identity()); });
    return result;
}

ConnectionProfile TestSignInController::profile(SignInMethod method, AccessMode access) const
{
    ConnectionProfile p;
    p.id = ConnectionProfile::newId();
    p.name = u"Contoso (emulator)"_s;
    p.tenant = m_fixture->host().options().tenantDomain;
    p.method = method;
    p.access = access;
    p.loginUrl = m_fixture->host().baseUrl();
    p.graphUrl = m_fixture->host().baseUrl();
    if (p.isAppOnly())
        p.clientId = confidentialClient;
    return p;
}

bool TestSignInController::signInWithDeviceCode(SignInController &controller, const ConnectionProfile &p)
{
    QSignalSpy ready(&controller, &SignInController::deviceCodeReady);
    QSignalSpy signedIn(&controller, &SignInController::signedIn);
    controller.signIn(p);
    if (!ready.wait(10'000))
        return false;
    const QString userCode = ready.at(0).at(0).toString();
    if (userCode != controller.deviceCode() || controller.stage() != SignInController::Stage::WaitingForDeviceCode)
        return false;
    if (!onIdentity([&](emu::IdentityApi &identity) { return identity.approveDeviceCode(userCode); }))
        return false;
    return signedIn.wait(10'000);
}

void TestSignInController::deviceCodeSignInKeepsTheRefreshTokenInTheVault()
{
    MemoryVault vault;
    SignInController controller(m_network, vault);
    const ConnectionProfile p = profile(SignInMethod::DeviceCode);
    QVERIFY(signInWithDeviceCode(controller, p));

    QCOMPARE(controller.stage(), SignInController::Stage::SignedIn);
    auto *source = qobject_cast<RefreshingTokenSource *>(controller.tokenSource());
    QVERIFY(source != nullptr);
    QVERIFY(source->hasRefreshToken());
    QCOMPARE(controller.profile().id, p.id);
    QVERIFY(controller.profile().account.contains(u'@')); // the account that signed in
    QCOMPARE(source->claims().tenantId, m_fixture->host().options().tenantId);

    const VaultResult saved = loadNow(vault, p.id);
    QVERIFY(saved.ok);
    QCOMPARE(saved.value, source->refreshToken());
    QCOMPARE(vault.size(), 1);
}

void TestSignInController::readOnlyAndWriteModesAskForTheirScopes()
{
    MemoryVault vault;
    SignInController controller(m_network, vault);
    QVERIFY(signInWithDeviceCode(controller, profile(SignInMethod::DeviceCode, AccessMode::ReadOnly)));
    QStringList granted = controller.tokenSource()->claims().scopes;
    QVERIFY2(granted.contains(u"DeviceManagementServiceConfig.Read.All"_s), qPrintable(granted.join(u' ')));
    QVERIFY(granted.contains(u"Group.Read.All"_s));
    QVERIFY(!granted.contains(u"DeviceManagementServiceConfig.ReadWrite.All"_s));

    QVERIFY(signInWithDeviceCode(controller, profile(SignInMethod::DeviceCode, AccessMode::ReadWrite)));
    granted = controller.tokenSource()->claims().scopes;
    QVERIFY2(granted.contains(u"DeviceManagementServiceConfig.ReadWrite.All"_s), qPrintable(granted.join(u' ')));
    QVERIFY(!granted.contains(u"DeviceManagementServiceConfig.Read.All"_s));
}

void TestSignInController::resumeSignsInSilentlyFromTheVault()
{
    MemoryVault vault;
    const ConnectionProfile p = profile(SignInMethod::DeviceCode);
    QString firstRefresh;
    {
        SignInController first(m_network, vault);
        QVERIFY(signInWithDeviceCode(first, p));
        firstRefresh = qobject_cast<RefreshingTokenSource *>(first.tokenSource())->refreshToken();
    }
    m_fixture->host().log().clear();

    SignInController second(m_network, vault); // as after a restart
    QSignalSpy signedIn(&second, &SignInController::signedIn);
    QSignalSpy ready(&second, &SignInController::deviceCodeReady);
    second.resume(p);
    QCOMPARE(second.stage(), SignInController::Stage::Resuming);
    QVERIFY(signedIn.wait(10'000));
    QCOMPARE(ready.count(), 0); // no interaction
    QCOMPARE(tokenRequests(*m_fixture, u"refresh_token"_s), 1);
    QVERIFY(!second.tokenSource()->accessToken().isEmpty());
    // The emulator rotates refresh tokens: the vault holds the new one.
    const QString rotated = qobject_cast<RefreshingTokenSource *>(second.tokenSource())->refreshToken();
    QVERIFY(rotated != firstRefresh);
    QCOMPARE(loadNow(vault, p.id).value, rotated);
}

void TestSignInController::resumeWithoutSavedSignInNeedsInteraction()
{
    MemoryVault vault;
    SignInController controller(m_network, vault);
    QSignalSpy failed(&controller, &SignInController::failed);
    controller.resume(profile(SignInMethod::Browser));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(0).value<GraphError>().code, u"ed_interaction_required"_s);
    QVERIFY(controller.tokenSource() == nullptr);
    QCOMPARE(tokenRequests(*m_fixture, u"refresh_token"_s), 0);

    // App-only connections always need their secret again.
    controller.resume(profile(SignInMethod::AppSecret));
    QVERIFY(failed.wait(5000) || failed.count() == 2);
    QCOMPARE(failed.last().at(0).value<GraphError>().code, u"ed_interaction_required"_s);
}

void TestSignInController::resumeAfterRevocationForgetsTheSavedToken()
{
    MemoryVault vault;
    const ConnectionProfile p = profile(SignInMethod::DeviceCode);
    {
        SignInController first(m_network, vault);
        QVERIFY(signInWithDeviceCode(first, p));
    }
    onIdentity([](emu::IdentityApi &identity) {
        identity.revokeRefreshTokens();
        return true;
    });
    SignInController second(m_network, vault);
    QSignalSpy failed(&second, &SignInController::failed);
    second.resume(p);
    QVERIFY(failed.wait(10'000));
    const GraphError error = failed.at(0).at(0).value<GraphError>();
    QCOMPARE(error.code, u"ed_interaction_required"_s);
    QVERIFY2(failed.at(0).at(1).toString().contains(u"Sign in again"_s), qPrintable(failed.at(0).at(1).toString()));
    QTRY_COMPARE(vault.size(), 0);
}

void TestSignInController::rotationReplacesTheVaultEntry()
{
    MemoryVault vault;
    SignInController controller(m_network, vault);
    const ConnectionProfile p = profile(SignInMethod::DeviceCode);
    QVERIFY(signInWithDeviceCode(controller, p));
    auto *source = qobject_cast<RefreshingTokenSource *>(controller.tokenSource());
    const QString before = source->refreshToken();
    const QString accessBefore = source->accessToken();

    QSignalSpy finished(source, &TokenSource::refreshFinished);
    QTest::qWait(1100); // a new iat, so a new access token
    source->refreshAccessToken(); // what a 401 triggers
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(source->accessToken() != accessBefore);
    QVERIFY(source->refreshToken() != before);
    QTRY_COMPARE(loadNow(vault, p.id).value, source->refreshToken());
}

void TestSignInController::signOutRemovesTheRefreshToken()
{
    MemoryVault vault;
    SignInController controller(m_network, vault);
    const ConnectionProfile p = profile(SignInMethod::DeviceCode);
    QVERIFY(signInWithDeviceCode(controller, p));
    QPointer<TokenSource> source = controller.tokenSource();
    QCOMPARE(vault.size(), 1);

    QSignalSpy signedOut(&controller, &SignInController::signedOut);
    controller.signOut();
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(controller.tokenSource() == nullptr);
    QCOMPARE(controller.stage(), SignInController::Stage::Idle);
    QTRY_COMPARE(vault.size(), 0);
    QTRY_VERIFY(source.isNull()); // deleted later
    QVERIFY(loadNow(vault, p.id).notFound);
}

void TestSignInController::forgetStopsStoringRenewals()
{
    MemoryVault vault;
    SignInController controller(m_network, vault);
    const ConnectionProfile p = profile(SignInMethod::DeviceCode);
    QVERIFY(signInWithDeviceCode(controller, p));
    QTRY_COMPARE(vault.size(), 1);
    controller.forget(p.id); // the connection was deleted while live
    QTRY_COMPARE(vault.size(), 0);
    auto *source = qobject_cast<RefreshingTokenSource *>(controller.tokenSource());
    QSignalSpy finished(source, &TokenSource::refreshFinished);
    QTest::qWait(1100);
    source->refreshAccessToken(); // rotates the refresh token
    QVERIFY(finished.wait(10'000));
    QVERIFY(finished.at(0).at(0).toBool());
    QTest::qWait(50);
    QCOMPARE(vault.size(), 0); // not stored again under the deleted id
}

void TestSignInController::browserSignInThroughTheUrlOpener()
{
    MemoryVault vault;
    SignInController controller(m_network, vault);
    FakeBrowser browser;
    controller.setUrlOpener(browser.opener());
    QSignalSpy signedIn(&controller, &SignInController::signedIn);
    QSignalSpy stages(&controller, &SignInController::stageChanged);
    const ConnectionProfile p = profile(SignInMethod::Browser);
    controller.signIn(p);
    QVERIFY(signedIn.wait(10'000));
    QCOMPARE(browser.opened.size(), 1);
    const QUrlQuery query(browser.opened.first());
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QVERIFY(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded).contains(u"offline_access"_s));
    QCOMPARE(browser.callbackStatus, 200);
    QVERIFY(stages.contains({QVariant::fromValue(SignInController::Stage::WaitingForBrowser)}));
    QVERIFY(qobject_cast<RefreshingTokenSource *>(controller.tokenSource()) != nullptr);
    QCOMPARE(loadNow(vault, p.id).value,
             qobject_cast<RefreshingTokenSource *>(controller.tokenSource())->refreshToken());
}

void TestSignInController::appSecretSignsInAgainWhenRenewing()
{
    MemoryVault vault;
    SignInController controller(m_network, vault);
    QSignalSpy signedIn(&controller, &SignInController::signedIn);
    controller.signIn(profile(SignInMethod::AppSecret), SignInCredentials{u"  "_s + demoSecret + u"\n"_s, {}, {}, {}});
    QVERIFY(signedIn.wait(10'000));
    auto *source = qobject_cast<AppTokenSource *>(controller.tokenSource());
    QVERIFY(source != nullptr);
    QVERIFY(!source->claims().roles.isEmpty());
    QVERIFY(source->nextRefreshAt().isValid());
    QCOMPARE(vault.size(), 0); // app-only: nothing to keep

    const QString before = source->accessToken();
    QSignalSpy finished(source, &TokenSource::refreshFinished);
    QTest::qWait(1100); // a new iat
    source->refreshAccessToken();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(source->accessToken() != before);
    QCOMPARE(tokenRequests(*m_fixture, u"client_credentials"_s), 2);

    // A wrong secret is refused with the identity platform's reason.
    QSignalSpy failed(&controller, &SignInController::failed);
    controller.signIn(profile(SignInMethod::AppSecret), SignInCredentials{u"not-the-secret"_s, {}, {}, {}});
    QVERIFY(failed.wait(10'000));
    QVERIFY(failed.at(0).at(0).value<GraphError>().aadstsCodes.contains(7000215));
    QCOMPARE(controller.tokenSource(), source); // the previous token stays live
}

void TestSignInController::appCertificateFromOneFile()
{
    QTemporaryDir dir;
    QFile combined(dir.filePath(u"app.pem"_s));
    QVERIFY(combined.open(QIODevice::WriteOnly));
    for (const char *name : {"demo-app-certificate.pem", "demo-app-key.pem"}) {
        QFile part(emulatorDataFile(name));
        QVERIFY(part.open(QIODevice::ReadOnly));
        combined.write(part.readAll());
    }
    combined.close();

    MemoryVault vault;
    SignInController controller(m_network, vault);
    QSignalSpy signedIn(&controller, &SignInController::signedIn);
    QSignalSpy failed(&controller, &SignInController::failed);
    ConnectionProfile p = profile(SignInMethod::AppCertificate);
    p.certificatePath = combined.fileName();
    controller.signIn(p);
    QVERIFY(signedIn.wait(10'000));
    QVERIFY(!controller.tokenSource()->claims().roles.isEmpty());
    const QList<emu::RequestLogEntry> entries = m_fixture->host().log().entries();
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const emu::RequestLogEntry &entry) {
        return entry.body.contains("client_assertion_type");
    }));

    p.certificatePath = dir.filePath(u"missing.pfx"_s);
    controller.signIn(p);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<GraphError>().code, u"ed_certificate_unreadable"_s);
}

void TestSignInController::accessTokenPastedExpiredOrForAnotherTenant()
{
    MemoryVault vault;
    SignInController controller(m_network, vault);
    QSignalSpy signedIn(&controller, &SignInController::signedIn);
    QSignalSpy failed(&controller, &SignInController::failed);
    ConnectionProfile p = profile(SignInMethod::AccessToken);

    controller.signIn(p, SignInCredentials{{}, {}, u"Bearer "_s + m_fixture->token(), {}});
    QTRY_COMPARE(signedIn.count(), 1);
    QVERIFY(qobject_cast<StaticTokenSource *>(controller.tokenSource()) != nullptr);

    controller.signIn(p, SignInCredentials{{}, {}, makeUserToken(QDateTime::currentDateTimeUtc().addSecs(-60)), {}});
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<GraphError>().code, u"ed_token_expired"_s);

    controller.signIn(p, SignInCredentials{{}, {}, u"not a token at all"_s, {}});
    QTRY_COMPARE(failed.count(), 2);
    QCOMPARE(failed.at(1).at(0).value<GraphError>().code, u"ed_token_unreadable"_s);

    // The connection names a tenant by ID; a token of another tenant must not be used with it.
    p.tenant = u"0f0e0d0c-0b0a-4909-8807-060504030201"_s;
    controller.signIn(p, SignInCredentials{{}, {}, m_fixture->token(), {}});
    QTRY_COMPARE(failed.count(), 3);
    QCOMPARE(failed.at(2).at(0).value<GraphError>().code, u"ed_wrong_tenant"_s);
    QVERIFY(failed.at(2).at(1).toString().contains(m_fixture->host().options().tenantId));
    QCOMPARE(signedIn.count(), 1);
}

void TestSignInController::failedSwitchKeepsThePreviousConnection()
{
    MemoryVault vault;
    SignInController controller(m_network, vault);
    const ConnectionProfile first = profile(SignInMethod::DeviceCode);
    QVERIFY(signInWithDeviceCode(controller, first));
    TokenSource *live = controller.tokenSource();

    QSignalSpy failed(&controller, &SignInController::failed);
    QSignalSpy ready(&controller, &SignInController::deviceCodeReady);
    ConnectionProfile second = profile(SignInMethod::DeviceCode);
    second.name = u"Fabrikam"_s;
    controller.signIn(second);
    QVERIFY(ready.wait(10'000));
    QVERIFY(controller.isBusy());
    QCOMPARE(controller.pendingProfile().id, second.id);
    controller.cancel();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<GraphError>().kind, GraphError::Kind::Cancelled);
    QVERIFY(!controller.isBusy());
    QCOMPARE(controller.tokenSource(), live);
    QCOMPARE(controller.profile().id, first.id);
    QCOMPARE(controller.stage(), SignInController::Stage::SignedIn);
    QTRY_COMPARE(onIdentity([](emu::IdentityApi &identity) { return identity.pendingDeviceCodes() >= 0; }), true);
}

void TestSignInController::demoSignInNeverTouchesTheVault()
{
    MemoryVault vault;
    SignInController controller(m_network, vault);
    ConnectionProfile p = profile(SignInMethod::DeviceCode);
    p.demo = true;
    QVERIFY(signInWithDeviceCode(controller, p));
    QTest::qWait(50);
    QCOMPARE(vault.size(), 0);
    QVERIFY(!controller.tokensPersist());
}

void TestSignInController::invalidProfileIsRefusedWithItsSentence()
{
    MemoryVault vault;
    SignInController controller(m_network, vault);
    QSignalSpy failed(&controller, &SignInController::failed);
    ConnectionProfile p = profile(SignInMethod::Browser);
    p.clientId = u"my-app"_s;
    controller.signIn(p);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(1).toString(), p.validate());
    QVERIFY(m_fixture->host().log().entries().isEmpty()); // nothing was sent
}

QTEST_GUILESS_MAIN(TestSignInController)
#include "tst_SignInController.moc"
