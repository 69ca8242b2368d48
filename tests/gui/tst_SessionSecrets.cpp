// A full session through the real Application against the emulator over loopback: sign in with a
// device code through the sign-in dialog, load the pages, renew the token twice (rotation), switch
// to write mode, sign out, quit — then grep every file under the settings, data and cache folders
// for the tokens seen, "eyJ" and "refresh_token".
//
// ED_SESSION_MODE=memory (no D-Bus: the default for tests): the banner says tokens stay in memory
// and a restart needs a new sign-in. ED_SESSION_MODE=keychain (run through with-keyring.sh: a
// private D-Bus session with gnome-keyring): the restart signs in silently from the keychain.

#include "EmulatorFixture.h"
#include "app/Application.h"
#include "auth/RefreshingTokenSource.h"
#include "auth/SignInController.h"
#include "auth/TokenVault.h"
#include "dialogs/SignInDialog.h"
#include "emulator/GraphEmulator.h"
#include "emulator/IdentityApi.h"
#include "models/AutopilotDeviceModel.h"
#include "views/AutopilotDevicesView.h"
#include "views/MainWindow.h"
#include "widgets/ConnectionMenu.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

namespace {

bool keychainMode()
{
    return qEnvironmentVariable("ED_SESSION_MODE") == u"keychain"_s;
}

// Every folder the app may write to: settings, data (logs, journal), cache.
QStringList writableFolders()
{
    QStringList folders;
    for (QStandardPaths::StandardLocation location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
          QStandardPaths::GenericCacheLocation, QStandardPaths::AppConfigLocation, QStandardPaths::AppLocalDataLocation,
          QStandardPaths::CacheLocation})
        folders.append(QStandardPaths::writableLocation(location));
    folders.removeDuplicates();
    return folders;
}

struct Finding
{
    QString file;
    QString what;
};

// Files (not the keychain's own encrypted store) holding any of `needles`.
QList<Finding> grepFolders(const QStringList &needles, int *filesRead)
{
    QList<Finding> findings;
    for (const QString &folder : writableFolders()) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(u"/keyrings/"_s)) // gnome-keyring's file: encrypted with the login password
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++*filesRead;
            const QByteArray content = file.readAll();
            for (const QString &needle : needles)
                if (!needle.isEmpty() && content.contains(needle.toUtf8()))
                    findings.append({path, needle.left(12) + u"…"_s});
        }
    }
    return findings;
}

} // namespace

class TestSessionSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullSessionWritesNoTokenAnywhere();

private:
    // Writes a saved connection to the emulator's tenant into the settings, as the dialog would.
    ConnectionProfile saveConnection();
    bool signInThroughTheDialog(Application &app);
    void remember(Application &app);

    std::unique_ptr<EmulatorFixture> m_fixture;
    QStringList m_secrets; // every token seen during the session
};

void TestSessionSecrets::initTestCase()
{
    if (keychainMode() && !qEnvironmentVariableIsEmpty("ED_KEYRING_MISSING"))
        QSKIP(qPrintable(u"no private keychain: %1 is not installed (./dev installs it)"_s.arg(
                qEnvironmentVariable("ED_KEYRING_MISSING"))));
    emu::EmulatorOptions options = EmulatorFixture::smallTenant();
    options.deviceCodeAutoApproveMs = 300;
    m_fixture = std::make_unique<EmulatorFixture>(options);
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->startError()));
    m_fixture->host().runOnEmulatorThread(
            [](emu::GraphEmulator &emulator) { emulator.identity().setDeviceCodeInterval(1); });
    // Nothing from an earlier run.
    for (const QString &folder : writableFolders())
        QDir(folder + u"/enrollment-desk"_s).removeRecursively();
}

ConnectionProfile TestSessionSecrets::saveConnection()
{
    QSettings store(QSettings::IniFormat, QSettings::UserScope, u"enrollment-desk"_s, u"settings"_s);
    ConnectionStore connections(store);
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.name = u"Contoso (emulator)"_s;
    profile.tenant = m_fixture->host().options().tenantDomain;
    profile.method = SignInMethod::DeviceCode;
    profile.loginUrl = m_fixture->host().baseUrl();
    profile.graphUrl = m_fixture->host().baseUrl();
    connections.save(profile);
    connections.setLastUsedId(profile.id);
    store.sync();
    return profile;
}

void TestSessionSecrets::remember(Application &app)
{
    const TokenSource *source = app.signInController()->tokenSource();
    if (!source)
        return;
    m_secrets.append(source->accessToken());
    if (const auto *refreshing = qobject_cast<const RefreshingTokenSource *>(source))
        m_secrets.append(refreshing->refreshToken());
}

bool TestSessionSecrets::signInThroughTheDialog(Application &app)
{
    SignInDialog *dialog = app.signInDialog();
    if (!dialog)
        return false;
    auto *signIn = dialog->findChild<QAbstractButton *>(u"signInButton"_s);
    if (!signIn || !signIn->isEnabled())
        return false;
    QSignalSpy signedIn(app.signInController(), &SignInController::signedIn);
    signIn->click();
    return signedIn.wait(15'000);
}

void TestSessionSecrets::fullSessionWritesNoTokenAnywhere()
{
    const ConnectionProfile profile = saveConnection();

    // --- first run: sign in, work, renew, write mode, sign out -----------------------------
    {
        Application app(StartupOptions{});
        QCOMPARE(app.start(), 0);
        SignInController &controller = *app.signInController();
        MainWindow &window = *app.mainWindow();
        // Nothing saved yet: the dialog opens on the connection used last.
        QTRY_VERIFY_WITH_TIMEOUT(app.signInDialog() != nullptr, 10'000);
        QCOMPARE(app.signInDialog()->currentId(), profile.id);
        QVERIFY(signInThroughTheDialog(app));
        remember(app);
        QTRY_VERIFY_WITH_TIMEOUT(window.windowTitle().contains(profile.tenant), 5000);
        QVERIFY(window.windowTitle().contains(u"Contoso (emulator)"_s));
        QTRY_VERIFY_WITH_TIMEOUT(window.devicesView()->model()->rowCount() > 0, 15'000);

        auto *banner = window.findChild<QLabel *>(u"tokenStorageBanner"_s);
        QVERIFY(banner);
        QTRY_COMPARE_WITH_TIMEOUT(banner->isVisible(), !keychainMode(), 15'000);
        if (!keychainMode())
            QVERIFY2(banner->text().contains(u"memory"_s), qPrintable(banner->text()));

        // Silent renewals: the refresh token rotates each time.
        for (int i = 0; i < 2; ++i) {
            auto *source = qobject_cast<RefreshingTokenSource *>(controller.tokenSource());
            QVERIFY(source);
            QSignalSpy renewed(source, &TokenSource::refreshFinished);
            QTest::qWait(1100); // a new iat
            source->refreshAccessToken();
            QVERIFY(renewed.wait(10'000));
            QVERIFY(renewed.at(0).at(0).toBool());
            remember(app);
        }

        // Write mode: an interactive sign-in asking for the write scopes.
        QAction *writeMode = window.connectionMenu()->writeModeAction();
        QVERIFY(writeMode->isEnabled());
        writeMode->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(controller.profile().access == AccessMode::ReadWrite && controller.tokenSource()
                                         && controller.tokenSource()->claims().scopes.contains(
                                                 u"DeviceManagementServiceConfig.ReadWrite.All"_s),
                                 15'000);
        remember(app);
        QTRY_VERIFY_WITH_TIMEOUT(app.signInDialog() == nullptr, 5000);
        QTest::qWait(200); // the keychain write of the last rotation
    }

    // --- second run: the keychain signs in silently; memory-only needs a new sign-in ---------
    {
        Application app(StartupOptions{});
        QCOMPARE(app.start(), 0);
        SignInController &controller = *app.signInController();
        if (keychainMode()) {
            QTRY_VERIFY_WITH_TIMEOUT(controller.tokenSource() != nullptr, 15'000);
            QCOMPARE(controller.profile().id, profile.id);
            QCOMPARE(controller.profile().access, AccessMode::ReadWrite); // the mode was saved
            QVERIFY(app.signInDialog() == nullptr);
            remember(app);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(app.signInDialog() != nullptr, 15'000);
            QVERIFY(controller.tokenSource() == nullptr);
            QVERIFY(signInThroughTheDialog(app));
            remember(app);
        }
        // Sign-out forgets the token, in memory and in the keychain.
        QSignalSpy signedOut(&controller, &SignInController::signedOut);
        app.mainWindow()->connectionMenu()->signOutAction()->trigger();
        QCOMPARE(signedOut.count(), 1);
        QVERIFY(controller.tokenSource() == nullptr);
        QTest::qWait(300); // the keychain delete
    }

    if (keychainMode()) {
        // Signed out: the next start has nothing to sign in with.
        Application app(StartupOptions{});
        QCOMPARE(app.start(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(app.signInDialog() != nullptr, 15'000);
        QVERIFY(app.signInController()->tokenSource() == nullptr);
    }

    m_secrets.removeAll(QString());
    m_secrets.removeDuplicates();
    QVERIFY2(m_secrets.size() >= 6, qPrintable(QString::number(m_secrets.size())));
    QStringList needles = m_secrets;
    needles << u"eyJ"_s << u"refresh_token"_s;
    int filesRead = 0;
    const QList<Finding> findings = grepFolders(needles, &filesRead);
    QVERIFY2(filesRead >= 3, qPrintable(QString::number(filesRead))); // settings, log, journal at least
    for (const Finding &finding : findings)
        qWarning("%s holds %s", qPrintable(finding.file), qPrintable(finding.what));
    QVERIFY(findings.isEmpty());
}

QTEST_MAIN(TestSessionSecrets)
#include "tst_SessionSecrets.moc"
