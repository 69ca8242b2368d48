// The sign-in dialog offscreen, driven by object names, against the emulator's identity platform
// over loopback (the real SignInController, a real QNetworkAccessManager, a MemoryVault, the
// connections in an ini file of their own): device code for the demo tenant (code, address, copy
// buttons, a countdown that counts down, approved by the emulator itself), the browser through the
// URL-opener seam (and the link shown when no browser opens), an app secret (right and wrong), a
// pasted or loaded token (valid, garbage, expired), live validation, the connections list (select,
// edit, save, delete after asking, the live one marked), cancel and close while signing in, the
// keychain banner, and that no secret or token reaches the settings file or a log line.

#include "EmulatorFixture.h"
#include "FakeBrowser.h"
#include "SignInFixtures.h"
#include "TestJwt.h"
#include "WindowTestRig.h"
#include "auth/ConnectionProfile.h"
#include "auth/SignInController.h"
#include "auth/TokenClaims.h"
#include "auth/TokenSource.h"
#include "auth/TokenVault.h"
#include "dialogs/SignInDialog.h"
#include "emulator/GraphEmulator.h"
#include "emulator/IdentityApi.h"
#include "emulator/RequestLog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

namespace {

// A vault that says it persists (a working keychain), for the banner; memory underneath.
class PersistentVault final : public TokenVault
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersistentVault)
public:
    PersistentVault() = default;
    ~PersistentVault() override = default;

    bool isPersistent() const override { return m_persistent; }
    QString unavailableReason() const override
    {
        return m_persistent ? QString() : u"The keychain stopped answering: sign-ins stay in memory."_s;
    }
    void store(const QString &account, const QString &secret, QObject *context, Done done) override
    {
        m_memory.store(account, secret, context, std::move(done));
    }
    void load(const QString &account, QObject *context, Done done) override
    {
        m_memory.load(account, context, std::move(done));
    }
    void remove(const QString &account, QObject *context, Done done) override
    {
        m_memory.remove(account, context, std::move(done));
    }
    void loseKeychain()
    {
        m_persistent = false;
        Q_EMIT persistenceChanged(false);
    }

private:
    bool m_persistent = true;
    MemoryVault m_memory;
};

bool storeNow(TokenVault &vault, const QString &account, const QString &secret)
{
    bool ok = false;
    bool done = false;
    QObject context;
    vault.store(account, secret, &context, [&](const VaultResult &result) {
        ok = result.ok;
        done = true;
    });
    QDeadlineTimer deadline(5000);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return ok;
}

// "The code expires in 14:32" → 872; -1 when the text is not that.
int countdownSeconds(const QString &text)
{
    static const QRegularExpression pattern(u"^The code expires in (\\d+):(\\d\\d)$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toInt() * 60 + match.captured(2).toInt() : -1;
}

// Graph scopes of a delegated token (the OpenID ones aside).
QStringList graphScopes(const TokenClaims &claims)
{
    QStringList scopes;
    for (const QString &scope : claims.scopes)
        if (!QStringList{u"openid"_s, u"profile"_s, u"offline_access"_s, u"email"_s}.contains(scope))
            scopes.append(scope);
    scopes.sort();
    return scopes;
}

} // namespace

// One dialog with everything it needs: settings in a directory of their own, a controller with a
// MemoryVault (or the vault given) on the test's network.
struct Rig
{
    explicit Rig(QNetworkAccessManager &network, TokenVault *vault = nullptr)
        : settings(directory.filePath(u"settings.ini"_s), QSettings::IniFormat)
        , store(settings)
        , controller(network, vault != nullptr ? *vault : memory)
    { }

    SignInDialog &open()
    {
        dialog = std::make_unique<SignInDialog>(controller, store);
        dialog->show();
        return *dialog;
    }

    // The settings file as written, to search for what must never be in it.
    QString settingsText()
    {
        settings.sync();
        QFile file(settings.fileName());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    template<typename T>
    T *get(const QString &name)
    {
        return child<T>(*dialog, name);
    }

    QWidget *page() { return get<QStackedWidget>(u"progressStack"_s)->currentWidget(); }
    QString pageName() { return page() != nullptr ? page()->objectName() : QString(); }

    QTemporaryDir directory;
    QSettings settings;
    ConnectionStore store;
    MemoryVault memory;
    SignInController controller;
    std::unique_ptr<SignInDialog> dialog;
};

class TestSignInDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void deviceCodeForTheDemoTenant();
    void cancelAndCloseDuringDeviceCode();
    void browserThroughTheUrlOpener();
    void browserNotOpenedShowsTheLink();
    void appSecretWrongThenRight();
    void pastedOrLoadedToken();
    void validationIsLive();
    void fieldsFollowTheMethodAndCloud();
    void connectionsListSelectEditSaveDelete();
    void liveConnectionIsMarked();
    void keychainBanner();
    void returnSignsInAndEveryControlIsNamed();

private:
    ConnectionProfile emulatorProfile(SignInMethod method) const;
    ConnectionProfile demoProfile() const;
    // Nothing secret in the settings file: the words given, no JWT, no refresh token.
    void verifyClean(Rig &rig, const QStringList &secrets);

    std::unique_ptr<EmulatorFixture> m_fixture;
    QNetworkAccessManager m_network;
    std::unique_ptr<MessageCapture> m_capture;
};

void TestSignInDialog::initTestCase()
{
    emu::EmulatorOptions options = EmulatorFixture::smallTenant();
    options.devices = 20;
    options.deviceCodeAutoApproveMs = 3500; // the demo tenant approves by itself
    m_fixture = std::make_unique<EmulatorFixture>(options);
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->startError()));
    m_fixture->host().runOnEmulatorThread(
            [](emu::GraphEmulator &emulator) { emulator.identity().setDeviceCodeInterval(1); });
    QLoggingCategory::setFilterRules(u"ed.*=true"_s);
}

void TestSignInDialog::init()
{
    m_fixture->host().log().clear();
    QGuiApplication::clipboard()->clear();
    m_capture = std::make_unique<MessageCapture>();
}

void TestSignInDialog::cleanup()
{
    // No token, secret or device code reached a log line in any test.
    const QString logged = MessageCapture::text();
    m_capture.reset();
    QVERIFY2(!logged.contains("eyJ"_L1), qPrintable(logged));
    QVERIFY2(!logged.contains(demoSecret), qPrintable(logged));
    QVERIFY2(!logged.contains("DAQABIQEAAAD"_L1), qPrintable(logged));
    QVERIFY2(!logged.contains("refresh_token="_L1), qPrintable(logged));
}

ConnectionProfile TestSignInDialog::emulatorProfile(SignInMethod method) const
{
    ConnectionProfile p;
    p.id = ConnectionProfile::newId();
    p.name = u"Contoso (emulator)"_s;
    p.tenant = m_fixture->host().options().tenantDomain;
    p.method = method;
    p.loginUrl = m_fixture->host().baseUrl();
    p.graphUrl = m_fixture->host().baseUrl();
    if (p.isAppOnly())
        p.clientId = confidentialClient;
    return p;
}

ConnectionProfile TestSignInDialog::demoProfile() const
{
    ConnectionProfile p = emulatorProfile(SignInMethod::DeviceCode);
    p.id = u"demo"_s;
    p.name = u"Demo tenant"_s;
    p.demo = true;
    return p;
}

void TestSignInDialog::verifyClean(Rig &rig, const QStringList &secrets)
{
    const QString text = rig.settingsText();
    QVERIFY(!text.isEmpty() || rig.store.all().isEmpty());
    QVERIFY2(!text.contains("eyJ"_L1), qPrintable(text));
    QVERIFY2(!text.contains("refresh"_L1, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(!text.contains("clientSecret"_L1, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(!text.contains("password"_L1, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(!text.contains("accessToken="_L1, Qt::CaseInsensitive), qPrintable(text));
    for (const QString &secret : secrets)
        QVERIFY2(!text.contains(secret), qPrintable(text));
}

void TestSignInDialog::deviceCodeForTheDemoTenant()
{
    Rig rig(m_network);
    SignInDialog &dialog = rig.open();
    dialog.setDemoProfile(demoProfile());
    // Nothing saved: the demo tenant is listed first and selected.
    auto *list = rig.get<QListWidget>(u"connectionList"_s);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), u"demo"_s);
    QCOMPARE(dialog.currentId(), u"demo"_s);
    QVERIFY(list->item(0)->text().startsWith(u"Demo tenant"_s));
    QVERIFY(!rig.get<QPushButton>(u"deleteConnectionButton"_s)->isEnabled());
    QVERIFY(rig.get<QLineEdit>(u"tenantEdit"_s)->isReadOnly());
    QCOMPARE(rig.get<QComboBox>(u"methodCombo"_s)->currentText(),
             ConnectionProfile::methodName(SignInMethod::DeviceCode));
    QVERIFY(rig.get<QRadioButton>(u"readOnlyRadio"_s)->isChecked());
    QCOMPARE(rig.pageName(), u"idlePage"_s);

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QVERIFY(rig.get<QPushButton>(u"signInButton"_s)->isEnabled());
    QTest::mouseClick(rig.get<QPushButton>(u"signInButton"_s), Qt::LeftButton);
    QVERIFY(dialog.isSigningIn());
    QTRY_COMPARE_WITH_TIMEOUT(rig.pageName(), u"deviceCodePage"_s, 10'000);

    // The code and the address, as the emulator issued them, with copy buttons.
    const QString userCode = rig.get<QLabel>(u"userCodeLabel"_s)->text();
    QCOMPARE(userCode, rig.controller.deviceCode());
    QCOMPARE(userCode.size(), 9);
    auto *uriLabel = rig.get<QLabel>(u"verificationUriLabel"_s);
    QVERIFY2(uriLabel->text().contains("https://microsoft.com/devicelogin"_L1), qPrintable(uriLabel->text()));
    QVERIFY(uriLabel->openExternalLinks());
    QTest::mouseClick(rig.get<QPushButton>(u"copyCodeButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), userCode);
    QTest::mouseClick(rig.get<QPushButton>(u"copyUriButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), rig.controller.verificationUri().toString());
    QCOMPARE(rig.controller.verificationUri(), QUrl(u"https://microsoft.com/devicelogin"_s));
    QVERIFY(rig.get<QLabel>(u"demoApprovalNote"_s)->isVisible());
    // The form cannot change under a running sign-in.
    QVERIFY(!rig.get<QWidget>(u"connectionForm"_s)->isEnabled());
    QVERIFY(!rig.get<QPushButton>(u"signInButton"_s)->isEnabled());

    // The countdown counts down from about 15 minutes.
    auto *countdown = rig.get<QLabel>(u"countdownLabel"_s);
    const int first = countdownSeconds(countdown->text());
    QVERIFY2(first > 890 && first <= 900, qPrintable(countdown->text()));
    saveScreenshot(dialog, u"sign-in-device-code.png"_s);
    QTRY_VERIFY_WITH_TIMEOUT(countdownSeconds(countdown->text()) < first, 2500);
    QVERIFY(countdownSeconds(countdown->text()) > 0);

    // The emulator approves the code by itself; the dialog closes with the token live.
    QVERIFY(accepted.wait(15'000));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(rig.controller.stage(), SignInController::Stage::SignedIn);
    TokenSource *source = rig.controller.tokenSource();
    QVERIFY(source != nullptr);
    QCOMPARE(graphScopes(source->claims()),
             (QStringList{u"DeviceManagementServiceConfig.Read.All"_s, u"Group.Read.All"_s}));
    QVERIFY(rig.controller.profile().demo);
    // The demo is never saved, never the last used, never in the vault.
    QVERIFY(rig.store.all().isEmpty());
    QVERIFY(rig.store.lastUsedId().isEmpty());
    QCOMPARE(rig.memory.size(), 0);
    verifyClean(rig, {});
}

void TestSignInDialog::cancelAndCloseDuringDeviceCode()
{
    Rig rig(m_network);
    SignInDialog &dialog = rig.open();
    dialog.setDemoProfile(demoProfile());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);

    // Cancel while the code is shown: back to the form, still open, nothing signed in.
    dialog.startSignIn();
    QTRY_COMPARE_WITH_TIMEOUT(rig.pageName(), u"deviceCodePage"_s, 10'000);
    QTest::mouseClick(rig.get<QPushButton>(u"cancelButton"_s), Qt::LeftButton);
    QCOMPARE(rig.pageName(), u"idlePage"_s);
    QVERIFY(!dialog.isSigningIn());
    QVERIFY(dialog.isVisible());
    QCOMPARE(rejected.count(), 0);
    QVERIFY(!rig.controller.isBusy());
    QVERIFY(rig.controller.stage() != SignInController::Stage::SignedIn);
    QVERIFY(rig.controller.tokenSource() == nullptr);
    QVERIFY(rig.get<QWidget>(u"connectionForm"_s)->isEnabled());
    QVERIFY(rig.get<QPushButton>(u"signInButton"_s)->isEnabled());
    QVERIFY(dialog.errorText().isEmpty()); // a cancel is not an error
    // Past the emulator's approval time: nothing polls, nothing signs in later.
    QTest::qWait(4000);
    QVERIFY(rig.controller.tokenSource() == nullptr);
    QCOMPARE(accepted.count(), 0);

    // Closing (Escape) while the code is shown cancels the sign-in too.
    dialog.startSignIn();
    QTRY_COMPARE_WITH_TIMEOUT(rig.pageName(), u"deviceCodePage"_s, 10'000);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isVisible());
    QVERIFY(!rig.controller.isBusy());
    QVERIFY(!dialog.isSigningIn());
    QTest::qWait(4000);
    QVERIFY(rig.controller.tokenSource() == nullptr);
    QCOMPARE(accepted.count(), 0);
}

void TestSignInDialog::browserThroughTheUrlOpener()
{
    Rig rig(m_network);
    FakeBrowser browser;
    rig.controller.setUrlOpener(browser.opener());
    const ConnectionProfile saved = emulatorProfile(SignInMethod::Browser);
    rig.store.save(saved);
    SignInDialog &dialog = rig.open();
    QCOMPARE(dialog.currentId(), saved.id); // the only connection is selected
    QCOMPARE(rig.get<QLineEdit>(u"nameEdit"_s)->text(), saved.name);
    QSignalSpy accepted(&dialog, &QDialog::accepted);

    dialog.startSignIn();
    QVERIFY(accepted.wait(15'000));
    QCOMPARE(browser.opened.size(), 1);
    QCOMPARE(browser.opened.first().path(), u"/%1/oauth2/v2.0/authorize"_s.arg(saved.tenant));
    QVERIFY(rig.controller.tokenSource() != nullptr);
    QCOMPARE(rig.controller.profile().id, saved.id);
    QCOMPARE(graphScopes(rig.controller.tokenSource()->claims()),
             (QStringList{u"DeviceManagementServiceConfig.Read.All"_s, u"Group.Read.All"_s}));
    // Saved again with the account that signed in, and remembered as the last one used.
    QCOMPARE(rig.store.lastUsedId(), saved.id);
    const std::optional<ConnectionProfile> after = rig.store.find(saved.id);
    QVERIFY(after.has_value());
    QVERIFY2(after->account.contains(u'@'), qPrintable(after->account));
    // The refresh token went to the vault, not the settings.
    const VaultResult kept = loadNow(rig.memory, saved.id);
    QVERIFY(kept.ok && !kept.value.isEmpty());
    verifyClean(rig, {kept.value});
}

void TestSignInDialog::browserNotOpenedShowsTheLink()
{
    Rig rig(m_network);
    FakeBrowser browser;
    browser.openResult = false;
    browser.follow = false;
    rig.controller.setUrlOpener(browser.opener());
    rig.store.save(emulatorProfile(SignInMethod::Browser));
    SignInDialog &dialog = rig.open();

    dialog.startSignIn();
    QTRY_COMPARE_WITH_TIMEOUT(rig.pageName(), u"browserPage"_s, 5000);
    auto *link = rig.get<QLabel>(u"authorizeLinkLabel"_s);
    QTRY_VERIFY(link->isVisible());
    const QUrl authorize = rig.controller.authorizeUrl();
    QVERIFY(authorize.isValid());
    QVERIFY2(link->text().contains(authorize.toString(QUrl::FullyEncoded).toHtmlEscaped()), qPrintable(link->text()));
    QVERIFY(rig.get<QLabel>(u"browserText"_s)->text().contains("No browser could be opened"_L1));
    QTest::mouseClick(rig.get<QPushButton>(u"copyLinkButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), authorize.toString(QUrl::FullyEncoded));
    QVERIFY(rig.get<QPushButton>(u"openBrowserAgainButton"_s)->isVisible());
    QVERIFY(dialog.isSigningIn());

    // The user opens the link in a browser themself: the sign-in completes.
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    browser.get(authorize, true);
    QVERIFY(accepted.wait(15'000));
    QVERIFY(rig.controller.tokenSource() != nullptr);
}

void TestSignInDialog::appSecretWrongThenRight()
{
    Rig rig(m_network);
    const ConnectionProfile saved = emulatorProfile(SignInMethod::AppSecret);
    rig.store.save(saved);
    SignInDialog &dialog = rig.open();
    QCOMPARE(rig.get<QLineEdit>(u"clientIdEdit"_s)->text(), confidentialClient);
    auto *secret = rig.get<QLineEdit>(u"clientSecretEdit"_s);
    QVERIFY(secret->isVisible());
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(!rig.get<QWidget>(u"accessBox"_s)->isVisible()); // the app's roles decide
    // No secret yet: Sign in waits for one.
    QVERIFY(!rig.get<QPushButton>(u"signInButton"_s)->isEnabled());
    QVERIFY(rig.get<QLabel>(u"validationLabel"_s)->text().contains("client secret"_L1));

    const QString wrong = u"not-the-secret-value~42"_s;
    secret->setFocus();
    QTest::keyClicks(secret, wrong);
    QVERIFY(rig.get<QPushButton>(u"signInButton"_s)->isEnabled());
    dialog.startSignIn();
    QTRY_COMPARE_WITH_TIMEOUT(rig.pageName(), u"errorPage"_s, 10'000);
    QVERIFY(dialog.isVisible());
    const QString sentence = rig.get<QLabel>(u"errorLabel"_s)->text();
    QVERIFY2(sentence.contains("client secret is not valid"_L1), qPrintable(sentence));
    auto *details = rig.get<QPlainTextEdit>(u"detailsText"_s);
    QVERIFY(!details->isVisible());
    QTest::mouseClick(rig.get<QPushButton>(u"detailsButton"_s), Qt::LeftButton);
    QVERIFY(details->isVisible());
    QVERIFY(details->isReadOnly());
    QVERIFY2(details->toPlainText().contains("AADSTS7000215"_L1), qPrintable(details->toPlainText()));
    QVERIFY(!details->toPlainText().contains(wrong));
    QTest::mouseClick(rig.get<QPushButton>(u"copyDetailsButton"_s), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().contains("AADSTS7000215"_L1));
    QTest::mouseClick(rig.get<QPushButton>(u"detailsButton"_s), Qt::LeftButton);
    QVERIFY(!details->isVisible());
    // Everything typed is still there, the secret too, and Sign in works again.
    QCOMPARE(secret->text(), wrong);
    QCOMPARE(rig.get<QLineEdit>(u"tenantEdit"_s)->text(), saved.tenant);
    QCOMPARE(rig.get<QLineEdit>(u"clientIdEdit"_s)->text(), confidentialClient);
    QCOMPARE(rig.get<QComboBox>(u"methodCombo"_s)->currentText(),
             ConnectionProfile::methodName(SignInMethod::AppSecret));
    QVERIFY(rig.get<QPushButton>(u"signInButton"_s)->isEnabled());
    QVERIFY(rig.controller.tokenSource() == nullptr);

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    secret->setText(demoSecret);
    dialog.startSignIn();
    QVERIFY(accepted.wait(15'000));
    QVERIFY(rig.controller.tokenSource() != nullptr);
    const TokenClaims claims = rig.controller.tokenSource()->claims();
    QVERIFY2(!claims.roles.isEmpty(), "an app-only token carries roles");
    QVERIFY(claims.scopes.isEmpty());
    // Closing cleared the secret from the widget; it was never saved.
    QVERIFY(secret->text().isEmpty());
    QCOMPARE(rig.store.lastUsedId(), saved.id);
    verifyClean(rig, {wrong, demoSecret});
}

void TestSignInDialog::pastedOrLoadedToken()
{
    Rig rig(m_network);
    ConnectionProfile saved = emulatorProfile(SignInMethod::AccessToken);
    saved.tenant = u"contoso.com"_s;
    rig.store.save(saved);
    SignInDialog &dialog = rig.open();
    auto *token = rig.get<QPlainTextEdit>(u"accessTokenEdit"_s);
    QVERIFY(token->isVisible());
    QVERIFY(!rig.get<QWidget>(u"clientIdEdit"_s)->isVisible());
    QVERIFY(!rig.get<QWidget>(u"accessBox"_s)->isVisible());

    // Garbage: an error, and the text stays.
    token->setPlainText(u"this is not a token"_s);
    dialog.startSignIn();
    QCOMPARE(rig.pageName(), u"errorPage"_s);
    QVERIFY(!rig.get<QLabel>(u"errorLabel"_s)->text().isEmpty());
    QVERIFY(!rig.get<QPlainTextEdit>(u"detailsText"_s)->toPlainText().isEmpty());
    QCOMPARE(token->toPlainText(), u"this is not a token"_s);

    // Expired: says so.
    const QString expired = makeUserToken(QDateTime::currentDateTimeUtc().addSecs(-600));
    token->setPlainText(expired);
    dialog.startSignIn();
    QCOMPARE(rig.pageName(), u"errorPage"_s);
    QVERIFY2(rig.get<QLabel>(u"errorLabel"_s)->text().contains("expired"_L1),
             qPrintable(rig.get<QLabel>(u"errorLabel"_s)->text()));
    QVERIFY(rig.controller.tokenSource() == nullptr);

    // From a file: too large and missing files are refused with a reason; a good one loads.
    const QString big = rig.directory.filePath(u"big.txt"_s);
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(SignInDialog::maxTokenFileBytes + 10, 'a'));
    }
    QVERIFY(!dialog.loadTokenFile(big));
    QVERIFY(rig.get<QLabel>(u"tokenFileStatus"_s)->text().contains("too large"_L1));
    QCOMPARE(token->toPlainText(), expired); // nothing lost
    QVERIFY(!dialog.loadTokenFile(rig.directory.filePath(u"missing.txt"_s)));
    QVERIFY(rig.get<QLabel>(u"tokenFileStatus"_s)->text().contains("could not be read"_L1));
    const QString valid = makeUserToken(QDateTime::currentDateTimeUtc().addSecs(3600));
    const QString good = rig.directory.filePath(u"token.txt"_s);
    {
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Bearer " + valid.toLatin1() + "\n");
    }
    QVERIFY(dialog.loadTokenFile(good));
    QCOMPARE(token->toPlainText(), u"Bearer "_s + valid);
    QCOMPARE(dialog.formCredentials().accessTokenOrigin, u"token.txt"_s);
    // Edited by hand, it is a pasted token again.
    token->setPlainText(u"x"_s);
    QVERIFY(dialog.formCredentials().accessTokenOrigin.isEmpty());
    QVERIFY(dialog.loadTokenFile(good));
    QCOMPARE(dialog.formCredentials().accessTokenOrigin, u"token.txt"_s);

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.startSignIn(); // a pasted token needs no network: accepted before startSignIn() returns
    QCOMPARE(accepted.count(), 1);
    QVERIFY(rig.controller.tokenSource() != nullptr);
    QCOMPARE(rig.controller.tokenSource()->claims().userPrincipalName, u"adele@contoso.com"_s);
    QVERIFY(rig.controller.tokenSource()->methodDescription().contains("token.txt"_L1));
    QVERIFY(token->toPlainText().isEmpty()); // cleared on close
    verifyClean(rig, {valid, expired});
}

void TestSignInDialog::validationIsLive()
{
    Rig rig(m_network);
    SignInDialog &dialog = rig.open();
    // Nothing saved, no demo: a new connection with the defaults.
    QCOMPARE(rig.get<QListWidget>(u"connectionList"_s)->count(), 1);
    QCOMPARE(rig.get<QComboBox>(u"methodCombo"_s)->currentText(), ConnectionProfile::methodName(SignInMethod::Browser));
    QCOMPARE(rig.get<QLineEdit>(u"clientIdEdit"_s)->text(), QString(ConnectionProfile::defaultClientId));
    QCOMPARE(rig.get<QComboBox>(u"cloudCombo"_s)->currentText(), CloudInfo::displayName(Cloud::Global));
    QVERIFY(rig.get<QRadioButton>(u"readOnlyRadio"_s)->isChecked());
    QCOMPARE(rig.get<QLineEdit>(u"tenantEdit"_s)->placeholderText(), u"contoso.onmicrosoft.com or tenant ID"_s);

    auto *validation = rig.get<QLabel>(u"validationLabel"_s);
    auto *signIn = rig.get<QPushButton>(u"signInButton"_s);
    QVERIFY(!signIn->isEnabled());
    QVERIFY(validation->text().contains("name"_L1));

    QTest::keyClicks(rig.get<QLineEdit>(u"nameEdit"_s), u"Fabrikam"_s);
    QTest::keyClicks(rig.get<QLineEdit>(u"tenantEdit"_s), u"not a tenant"_s);
    QVERIFY2(validation->text().contains(u"“not a tenant” is not a tenant domain or tenant ID"_s),
             qPrintable(validation->text()));
    QVERIFY(validation->isVisible());
    QVERIFY(!signIn->isEnabled());

    rig.get<QLineEdit>(u"tenantEdit"_s)->setText(u"fabrikam.onmicrosoft.com"_s);
    QVERIFY(validation->text().isEmpty());
    QVERIFY(!validation->isVisible());
    QVERIFY(signIn->isEnabled());

    rig.get<QLineEdit>(u"clientIdEdit"_s)->setText(u"1234"_s);
    QVERIFY2(validation->text().contains("client ID must be"_L1), qPrintable(validation->text()));
    QVERIFY(!signIn->isEnabled());
    // Sign in does nothing while the form is invalid: nothing saved, nothing sent.
    dialog.startSignIn();
    QVERIFY(!dialog.isSigningIn());
    QVERIFY(rig.store.all().isEmpty());
    QCOMPARE(rig.pageName(), u"idlePage"_s);

    QTest::mouseClick(rig.get<QPushButton>(u"resetClientIdButton"_s), Qt::LeftButton);
    QCOMPARE(rig.get<QLineEdit>(u"clientIdEdit"_s)->text(), QString(ConnectionProfile::defaultClientId));
    QVERIFY(signIn->isEnabled());

    // "organizations" is for people, not apps.
    rig.get<QLineEdit>(u"tenantEdit"_s)->setText(u"organizations"_s);
    QVERIFY(signIn->isEnabled());
    rig.get<QComboBox>(u"methodCombo"_s)->setCurrentText(ConnectionProfile::methodName(SignInMethod::AppSecret));
    QVERIFY2(validation->text().contains("App-only"_L1), qPrintable(validation->text()));
    QVERIFY(!signIn->isEnabled());
    rig.get<QLineEdit>(u"tenantEdit"_s)->setText(u"fabrikam.onmicrosoft.com"_s);
    QVERIFY(validation->text().contains("client secret"_L1));
    rig.get<QLineEdit>(u"clientSecretEdit"_s)->setText(u"x"_s);
    QVERIFY(signIn->isEnabled());
    rig.get<QComboBox>(u"methodCombo"_s)->setCurrentText(ConnectionProfile::methodName(SignInMethod::AppCertificate));
    QVERIFY(validation->text().contains("certificate file"_L1));
    QVERIFY(!signIn->isEnabled());
    rig.get<QLineEdit>(u"certificatePathEdit"_s)->setText(u"/tmp/app.pfx"_s);
    QVERIFY(signIn->isEnabled());
    QVERIFY(rig.get<QLineEdit>(u"clientSecretEdit"_s)->text() == u"x"_s); // kept while the method changes
    QCOMPARE(dialog.formCredentials().clientSecret, QString()); // but not sent with another method
}

void TestSignInDialog::fieldsFollowTheMethodAndCloud()
{
    Rig rig(m_network);
    rig.open();
    auto *method = rig.get<QComboBox>(u"methodCombo"_s);
    QCOMPARE(method->count(), 5);
    const auto shown = [&rig](const char *name) { return rig.get<QWidget>(QString::fromLatin1(name))->isVisible(); };

    method->setCurrentText(ConnectionProfile::methodName(SignInMethod::Browser));
    QVERIFY(shown("clientIdEdit") && shown("readOnlyRadio") && shown("readWriteRadio"));
    QVERIFY(!shown("clientSecretEdit") && !shown("certificatePathEdit") && !shown("accessTokenEdit"));
    method->setCurrentText(ConnectionProfile::methodName(SignInMethod::DeviceCode));
    QVERIFY(shown("clientIdEdit") && shown("readOnlyRadio"));
    QVERIFY(!shown("clientSecretEdit") && !shown("certificatePasswordEdit") && !shown("accessTokenEdit"));
    method->setCurrentText(ConnectionProfile::methodName(SignInMethod::AppSecret));
    QVERIFY(shown("clientIdEdit") && shown("clientSecretEdit"));
    QVERIFY(!shown("readOnlyRadio") && !shown("certificatePathEdit") && !shown("accessTokenEdit"));
    method->setCurrentText(ConnectionProfile::methodName(SignInMethod::AppCertificate));
    QVERIFY(shown("clientIdEdit") && shown("certificatePathEdit") && shown("browseCertificateButton")
            && shown("certificatePasswordEdit"));
    QCOMPARE(rig.get<QLineEdit>(u"certificatePasswordEdit"_s)->echoMode(), QLineEdit::Password);
    QVERIFY(!shown("readOnlyRadio") && !shown("clientSecretEdit") && !shown("accessTokenEdit"));
    method->setCurrentText(ConnectionProfile::methodName(SignInMethod::AccessToken));
    QVERIFY(shown("accessTokenEdit") && shown("loadTokenFileButton"));
    QVERIFY(!shown("clientIdEdit") && !shown("readOnlyRadio") && !shown("clientSecretEdit"));

    // The access modes name the scopes each asks for.
    method->setCurrentText(ConnectionProfile::methodName(SignInMethod::Browser));
    const QString readOnly = rig.get<QLabel>(u"readOnlyText"_s)->text();
    const QString readWrite = rig.get<QLabel>(u"readWriteText"_s)->text();
    QVERIFY(readOnly.contains("DeviceManagementServiceConfig.Read.All"_L1) && readOnly.contains("Group.Read.All"_L1));
    QVERIFY(readWrite.contains("DeviceManagementServiceConfig.ReadWrite.All"_L1));
    rig.get<QRadioButton>(u"readWriteRadio"_s)->click();
    QCOMPARE(rig.dialog->formProfile().access, AccessMode::ReadWrite);

    // Azure China with Microsoft's global client id: a note says to use an own registration.
    auto *cloud = rig.get<QComboBox>(u"cloudCombo"_s);
    QCOMPARE(cloud->count(), 4);
    QVERIFY(!shown("chinaNote"));
    cloud->setCurrentText(CloudInfo::displayName(Cloud::China));
    QCOMPARE(rig.dialog->formProfile().cloud, Cloud::China);
    QVERIFY(shown("chinaNote"));
    QVERIFY(rig.get<QLabel>(u"chinaNote"_s)->text().contains("not available in Azure China"_L1));
    rig.get<QLineEdit>(u"clientIdEdit"_s)->setText(u"0b5e3c71-1b61-4cbd-9b5a-3f1cde2d3b11"_s);
    QVERIFY(!shown("chinaNote"));
    cloud->setCurrentText(CloudInfo::displayName(Cloud::UsGovDod));
    QCOMPARE(rig.dialog->formProfile().cloud, Cloud::UsGovDod);
}

void TestSignInDialog::connectionsListSelectEditSaveDelete()
{
    Rig rig(m_network);
    ConnectionProfile first = emulatorProfile(SignInMethod::Browser);
    first.name = u"Contoso production"_s;
    ConnectionProfile second = emulatorProfile(SignInMethod::AppSecret);
    second.name = u"Fabrikam automation"_s;
    second.tenant = u"fabrikam.onmicrosoft.com"_s;
    second.cloud = Cloud::UsGov;
    rig.store.save(first);
    rig.store.save(second);
    rig.store.setLastUsedId(second.id);
    QVERIFY(storeNow(rig.memory, second.id, u"saved-refresh-token"_s));
    SignInDialog &dialog = rig.open();
    dialog.setDemoProfile(demoProfile());

    // Demo first, then the saved ones in order; the last used one is selected.
    auto *list = rig.get<QListWidget>(u"connectionList"_s);
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(1)->text(), first.displayText());
    QCOMPARE(list->item(2)->text(), second.displayText());
    QCOMPARE(dialog.currentId(), second.id);
    QCOMPARE(rig.get<QLineEdit>(u"nameEdit"_s)->text(), second.name);
    QCOMPARE(rig.get<QLineEdit>(u"tenantEdit"_s)->text(), second.tenant);
    QCOMPARE(rig.get<QComboBox>(u"cloudCombo"_s)->currentText(), CloudInfo::displayName(Cloud::UsGov));
    QCOMPARE(rig.get<QComboBox>(u"methodCombo"_s)->currentText(),
             ConnectionProfile::methodName(SignInMethod::AppSecret));

    // Selecting fills the form; edits and typed secrets survive switching back and forth.
    rig.get<QLineEdit>(u"clientSecretEdit"_s)->setText(u"typed-secret"_s);
    list->setCurrentRow(1);
    QCOMPARE(dialog.currentId(), first.id);
    QCOMPARE(rig.get<QLineEdit>(u"nameEdit"_s)->text(), first.name);
    QCOMPARE(rig.get<QComboBox>(u"methodCombo"_s)->currentText(), ConnectionProfile::methodName(SignInMethod::Browser));
    QVERIFY(rig.get<QLineEdit>(u"clientSecretEdit"_s)->text().isEmpty());
    rig.get<QLineEdit>(u"nameEdit"_s)->setText(u"Contoso prod (EU)"_s);
    QVERIFY(list->item(1)->text().startsWith(u"Contoso prod (EU)"_s));
    list->setCurrentRow(2);
    QCOMPARE(rig.get<QLineEdit>(u"clientSecretEdit"_s)->text(), u"typed-secret"_s);
    list->setCurrentRow(1);
    QCOMPARE(rig.get<QLineEdit>(u"nameEdit"_s)->text(), u"Contoso prod (EU)"_s);
    QCOMPARE(rig.store.find(first.id)->name, first.name); // not saved before signing in

    // A new connection: defaults, saved when Sign in is pressed (even when the sign-in fails).
    QTest::mouseClick(rig.get<QPushButton>(u"newConnectionButton"_s), Qt::LeftButton);
    QCOMPARE(list->count(), 4);
    QVERIFY(list->currentItem()->text().contains("not saved yet"_L1));
    const QString newId = dialog.currentId();
    QVERIFY(!newId.isEmpty() && newId != first.id && newId != second.id);
    QVERIFY(rig.get<QLineEdit>(u"nameEdit"_s)->text().isEmpty());
    QCOMPARE(dialog.focusWidget(), rig.get<QWidget>(u"nameEdit"_s));
    QCOMPARE(rig.get<QLineEdit>(u"clientIdEdit"_s)->text(), QString(ConnectionProfile::defaultClientId));
    rig.get<QLineEdit>(u"nameEdit"_s)->setText(u"Northwind"_s);
    rig.get<QLineEdit>(u"tenantEdit"_s)->setText(u"northwind.example"_s);
    rig.get<QComboBox>(u"methodCombo"_s)->setCurrentText(ConnectionProfile::methodName(SignInMethod::AccessToken));
    rig.get<QPlainTextEdit>(u"accessTokenEdit"_s)->setPlainText(u"not a token"_s);
    dialog.startSignIn();
    QCOMPARE(rig.pageName(), u"errorPage"_s);
    std::optional<ConnectionProfile> northwind = rig.store.find(newId);
    QVERIFY(northwind.has_value());
    QCOMPARE(northwind->name, u"Northwind"_s);
    QCOMPARE(northwind->method, SignInMethod::AccessToken);
    QVERIFY(!list->currentItem()->text().contains("not saved yet"_L1));

    // Delete asks first; No keeps it.
    list->setCurrentRow(2);
    QCOMPARE(dialog.currentId(), second.id);
    QCOMPARE(rig.pageName(), u"idlePage"_s); // the other connection's failure is not shown here
    SignInDialog::setNextDeleteAnswer(false);
    QTest::mouseClick(rig.get<QPushButton>(u"deleteConnectionButton"_s), Qt::LeftButton);
    QVERIFY(rig.store.find(second.id).has_value());
    QCOMPARE(list->count(), 4);
    // Yes removes it from the store, the list and the vault.
    SignInDialog::setNextDeleteAnswer(true);
    QTest::mouseClick(rig.get<QPushButton>(u"deleteConnectionButton"_s), Qt::LeftButton);
    QVERIFY(!rig.store.find(second.id).has_value());
    QCOMPARE(list->count(), 3);
    QVERIFY(dialog.currentId() != second.id);
    QTRY_VERIFY(loadNow(rig.memory, second.id).notFound);
    QVERIFY(rig.store.lastUsedId().isEmpty());

    // The demo tenant cannot be deleted.
    dialog.selectConnection(u"demo"_s);
    QVERIFY(!rig.get<QPushButton>(u"deleteConnectionButton"_s)->isEnabled());
    SignInDialog::setNextDeleteAnswer(true);
    dialog.deleteSelectedConnection();
    QCOMPARE(list->count(), 3);
    SignInDialog::setNextDeleteAnswer(std::nullopt);

    // An unsaved new one goes without asking (there is nothing to lose but the form).
    dialog.startNewConnection();
    QCOMPARE(list->count(), 4);
    dialog.deleteSelectedConnection();
    QCOMPARE(list->count(), 3);

    // Closing clears the typed secrets; nothing secret was ever written.
    dialog.reject();
    QVERIFY(rig.get<QLineEdit>(u"clientSecretEdit"_s)->text().isEmpty());
    QVERIFY(rig.get<QPlainTextEdit>(u"accessTokenEdit"_s)->toPlainText().isEmpty());
    verifyClean(rig, {u"typed-secret"_s, u"not a token"_s, u"saved-refresh-token"_s});
}

void TestSignInDialog::liveConnectionIsMarked()
{
    Rig rig(m_network);
    ConnectionProfile live = emulatorProfile(SignInMethod::AccessToken);
    live.tenant = u"contoso.com"_s;
    ConnectionProfile other = emulatorProfile(SignInMethod::Browser);
    other.name = u"Other"_s;
    rig.store.save(other);
    rig.store.save(live);
    QSignalSpy signedIn(&rig.controller, &SignInController::signedIn);
    SignInCredentials credentials;
    credentials.accessToken = makeUserToken(QDateTime::currentDateTimeUtc().addSecs(3600));
    rig.controller.signIn(live, credentials);
    QCOMPARE(signedIn.count(), 1);

    SignInDialog &dialog = rig.open();
    auto *list = rig.get<QListWidget>(u"connectionList"_s);
    QCOMPARE(dialog.currentId(), live.id); // the live one is selected
    QVERIFY(list->item(1)->text().contains("(signed in)"_L1));
    QVERIFY(list->item(1)->font().bold());
    QVERIFY(!list->item(0)->text().contains("(signed in)"_L1));
    QVERIFY(!list->item(0)->font().bold());

    // Changed elsewhere (the access mode from the connection menu): selecting shows the change.
    other.access = AccessMode::ReadWrite;
    rig.store.save(other);
    dialog.selectConnection(other.id);
    QVERIFY(rig.get<QRadioButton>(u"readWriteRadio"_s)->isChecked());
    dialog.selectConnection(live.id);

    // Deleting it says the session stays; the session does stay.
    SignInDialog::setNextDeleteAnswer(true);
    dialog.deleteSelectedConnection();
    QVERIFY(!rig.store.find(live.id).has_value());
    QVERIFY(rig.controller.tokenSource() != nullptr);
    QCOMPARE(list->count(), 1);
}

void TestSignInDialog::keychainBanner()
{
    {
        MemoryVault vault(u"No D-Bus session: sign-ins stay in memory until Enrollment Desk closes."_s);
        Rig rig(m_network, &vault);
        rig.open();
        auto *banner = rig.get<QLabel>(u"keychainBanner"_s);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), vault.unavailableReason());
    }
    {
        Rig rig(m_network); // a MemoryVault without a reason: the default sentence
        rig.open();
        auto *banner = rig.get<QLabel>(u"keychainBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains("memory only"_L1) && banner->text().contains("restart"_L1),
                 qPrintable(banner->text()));
    }
    {
        PersistentVault vault;
        Rig rig(m_network, &vault);
        rig.open();
        auto *banner = rig.get<QLabel>(u"keychainBanner"_s);
        QVERIFY(!banner->isVisible());
        vault.loseKeychain(); // found unavailable on first use
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), vault.unavailableReason());
    }
}

void TestSignInDialog::returnSignsInAndEveryControlIsNamed()
{
    Rig rig(m_network);
    ConnectionProfile saved = emulatorProfile(SignInMethod::AccessToken);
    saved.tenant = u"contoso.com"_s;
    rig.store.save(saved);
    SignInDialog &dialog = rig.open();
    QVERIFY(showActive(dialog, QSize(860, 600)));
    QVERIFY2(unnamedControls(dialog, true).isEmpty(), qPrintable(unnamedControls(dialog, true).join(u'\n')));
    QVERIFY(rig.get<QPushButton>(u"signInButton"_s)->isDefault());

    // Return in a field is Sign in.
    rig.get<QPlainTextEdit>(u"accessTokenEdit"_s)->setPlainText(u"not a token"_s);
    auto *name = rig.get<QLineEdit>(u"nameEdit"_s);
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(rig.pageName(), u"errorPage"_s);
    QVERIFY(dialog.isVisible());
    QVERIFY2(unnamedControls(dialog, true).isEmpty(), qPrintable(unnamedControls(dialog, true).join(u'\n')));

    // The mnemonics lead to their fields.
    QCOMPARE(rig.get<QLabel>(u"tenantLabel"_s)->buddy(), rig.get<QWidget>(u"tenantEdit"_s));
    QCOMPARE(rig.get<QLabel>(u"methodLabel"_s)->buddy(), rig.get<QWidget>(u"methodCombo"_s));
    QCOMPARE(rig.get<QLabel>(u"connectionListLabel"_s)->buddy(), rig.get<QWidget>(u"connectionList"_s));
}

QTEST_MAIN(TestSignInDialog)
#include "tst_SignInDialog.moc"
