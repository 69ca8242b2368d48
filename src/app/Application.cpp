#include "Application.h"

#include "Settings.h"
#include "Translator.h"
#include "auth/ConnectionStatus.h"
#include "auth/KeychainVault.h"
#include "auth/SignInController.h"
#include "auth/StaticTokenSource.h"
#include "auth/TokenVault.h"
#include "core/BuildInfo.h"
#include "core/LogSink.h"
#include "core/Logging.h"
#include "core/TlsTrust.h"
#include "core/UnixSignalWatcher.h"
#include "dialogs/SignInDialog.h"
#include "emulator/EmulatorHost.h"
#include "emulator/GraphEmulator.h"
#include "emulator/IdentityApi.h"
#include "graph/GraphClient.h"
#include "graph/IntuneService.h"
#include "models/ActivityJournal.h"
#include "models/ActivityModel.h"
#include "views/MainWindow.h"
#include "widgets/ConnectionMenu.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

#include <csignal>
#include <cstdio>

namespace ed {

using namespace Qt::StringLiterals;

namespace {
// The demo admin approves the device code after this long, and the app polls every second.
constexpr int demoApproveMs = 1500;
constexpr int demoPollSeconds = 1;

void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fprintf(stream, "%s%s", bytes.constData(), text.endsWith(u'\n') ? "" : "\n");
}
} // namespace

Application::Application(StartupOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

Application::~Application()
{
    // Requests still pending are cancelled first; their callbacks may still touch the window.
    if (m_window)
        m_window->setIntuneService(nullptr, {});
    m_intune.reset();
    m_graph.reset();
    delete m_dialog.data();
    m_window.reset();
    m_signIn.reset(); // cancels a sign-in running; forgets the tokens held in memory
    m_journal.reset();
    m_demoTenant.reset(); // stops the emulator thread
    qCInfo(lcApp) << "Enrollment Desk stopped";
}

void Application::setIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(u"enrollment-desk"_s);
    QCoreApplication::setApplicationVersion(QLatin1StringView(build::version));
    QGuiApplication::setApplicationDisplayName(u"Enrollment Desk"_s);
    QGuiApplication::setDesktopFileName(appId);
}

bool Application::isConsoleOnly(const QStringList &arguments)
{
    static const QStringList consoleOptions{u"-h"_s, u"--help"_s, u"-help"_s, u"-v"_s, u"--version"_s, u"-version"_s};
    return std::any_of(arguments.cbegin() + std::min<qsizetype>(1, arguments.size()), arguments.cend(),
                       [](const QString &argument) { return consoleOptions.contains(argument); });
}

bool Application::hasDisplay(const QStringList &arguments)
{
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        if (!qEnvironmentVariableIsEmpty(variable))
            return true;
    return arguments.contains(u"-platform"_s) || arguments.contains(u"--platform"_s);
}

int Application::reportNoDisplay()
{
    printTo(stderr,
            u"enrollment-desk: no display found. Enrollment Desk is a desktop application: start it in a "
            "graphical session (DISPLAY or WAYLAND_DISPLAY set), or under xvfb-run."_s);
    return 1;
}

int Application::report(const StartupCommand &command)
{
    switch (command.action) {
    case StartupCommand::Action::ShowHelp:
    case StartupCommand::Action::ShowVersion:
        printTo(stdout, command.text);
        return 0;
    case StartupCommand::Action::Fail:
        printTo(stderr, u"enrollment-desk: %1\nTry 'enrollment-desk --help' for the options."_s.arg(command.text));
        return 2;
    case StartupCommand::Action::Run:
        break;
    }
    return 0;
}

QString Application::logDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/logs"_s;
}

QString Application::activityJournalPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/activity.jsonl"_s;
}

QString Application::logFilePath()
{
    return logDirectory() + u"/enrollment-desk.log"_s;
}

bool Application::startDemoTenant()
{
    emu::EmulatorOptions demo;
    demo.devices = m_options.demoDevices;
    demo.deviceCodeAutoApproveMs = demoApproveMs; // the demo admin "enters" the code by itself
    m_demoTenant = std::make_unique<emu::EmulatorHost>(demo);
    QString error;
    if (!m_demoTenant->start(&error)) {
        qCCritical(lcEmulator).noquote() << "Cannot start the demo tenant:" << error;
        printTo(stderr, u"enrollment-desk: cannot start the demo tenant: %1"_s.arg(error));
        return false;
    }
    m_demoTenant->runOnEmulatorThread(
            [](emu::GraphEmulator &emulator) { emulator.identity().setDeviceCodeInterval(demoPollSeconds); });
    // The demo signs in like any tenant: device code against the emulator's identity platform.
    ConnectionProfile profile;
    profile.id = u"demo"_s;
    profile.name = tr("Demo tenant");
    profile.tenant = demo.tenantDomain;
    profile.method = SignInMethod::DeviceCode;
    profile.access = AccessMode::ReadWrite;
    profile.loginUrl = m_demoTenant->baseUrl();
    profile.graphUrl = m_demoTenant->baseUrl();
    profile.demo = true;
    m_demoProfile = profile;
    qCInfo(lcEmulator).noquote() << "Demo tenant" << demo.tenantDomain << "served by the Graph emulator at"
                                 << m_demoTenant->baseUrl().toString() << "with" << demo.devices << "devices";
    return true;
}

bool Application::useTokenFile()
{
    // Read and checked now, so a bad file stops start-up with a clear message (exit status 2).
    auto loaded = StaticTokenSource::fromFile(m_options.accessTokenFile);
    if (!loaded) {
        qCCritical(lcAuth).noquote() << loaded.error();
        printTo(stderr, u"enrollment-desk: %1"_s.arg(loaded.error()));
        return false;
    }
    QFile file(m_options.accessTokenFile);
    if (!file.open(QIODevice::ReadOnly)) {
        printTo(stderr, u"enrollment-desk: cannot read %1: %2"_s.arg(m_options.accessTokenFile, file.errorString()));
        return false;
    }
    m_tokenFileText = QString::fromUtf8(file.read(StaticTokenSource::maxFileBytes));
    ConnectionProfile profile;
    profile.name = tr("Token from %1").arg(QFileInfo(m_options.accessTokenFile).fileName());
    profile.tenant = m_options.tenant;
    profile.cloud = m_options.cloud;
    profile.method = SignInMethod::AccessToken;
    profile.loginUrl = m_options.loginUrl;
    profile.graphUrl = m_options.graphUrl;
    m_tokenFileProfile = profile;
    return true;
}

int Application::start()
{
    m_log = std::make_unique<LogSink>(logFilePath(),
                                      m_options.verbose ? LogSink::Verbosity::Verbose : LogSink::Verbosity::Normal);
    if (const QString error = m_log->install(); !error.isEmpty())
        printTo(stderr, u"enrollment-desk: cannot write the log file %1: %2"_s.arg(logFilePath(), error));
    qCInfo(lcApp).noquote() << versionText();

    QApplication::setWindowIcon(QIcon(u":/icons/app/%1.svg"_s.arg(appId)));
    m_translator = std::make_unique<Translator>();
    m_translator->install(m_options.language);

    if (!m_options.caFile.isEmpty()) {
        const Expected<int> added = TlsTrust::addCaFile(m_options.caFile);
        if (!added) {
            qCCritical(lcApp).noquote() << added.error();
            printTo(stderr, u"enrollment-desk: %1"_s.arg(added.error()));
            return 2;
        }
    }

    if (m_options.demo && !startDemoTenant())
        return 1;
    if (!m_options.accessTokenFile.isEmpty() && !useTokenFile())
        return 2;

    m_store = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, u"enrollment-desk"_s,
                                          u"settings"_s);
    m_settings = std::make_unique<Settings>(*m_store);
    m_connections = std::make_unique<ConnectionStore>(*m_store);
    qCInfo(lcApp) << "Settings:" << m_settings->fileName() << "log:" << m_log->logFilePath();
    m_activity = std::make_unique<ActivityModel>();
    m_journal = std::make_unique<ActivityJournal>(*m_activity, activityJournalPath());
    const ActivityJournal::LoadResult journal = m_journal->load(); // logs its own errors
    qCInfo(lcApp) << "Activity journal:" << m_journal->filePath() << journal.entries << "entries,"
                  << journal.skippedLines << "unreadable lines skipped";

    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setTransferTimeout(30'000);
    m_window = std::make_unique<MainWindow>(
            MainWindow::Dependencies{*m_settings, *m_activity, m_journal.get(), logDirectory()});
    createSignIn();
    m_status = ConnectionStatus::fromConnection(m_demoProfile.value_or(ConnectionProfile{}), nullptr,
                                                QDateTime::currentDateTimeUtc());
    m_window->setConnectionStatus(m_status);
    updateConnectionMenu();

    m_signals = new UnixSignalWatcher(this);
    connect(m_signals, &UnixSignalWatcher::signalReceived, this, [this] {
        m_window->close(); // saves the window state
        QCoreApplication::quit();
    });
    m_signals->watch({SIGTERM, SIGINT, SIGHUP});

    m_window->show();
    qCInfo(lcUi) << "Main window shown";
    connectAtStart();
    return 0;
}

void Application::createSignIn()
{
    auto *keychain = new KeychainVault(QString(appId));
    m_vault.reset(keychain);
    // Known before any sign-in, so the banner is up from the start when there is no keychain.
    keychain->probe(this, [this](bool) { updateStatus(); });
    connect(keychain, &TokenVault::persistenceChanged, this, &Application::updateStatus);

    m_signIn = std::make_unique<SignInController>(*m_network, *m_vault);
    m_signIn->setUrlOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
    connect(m_signIn.get(), &SignInController::signedIn, this, &Application::onSignedIn);
    connect(m_signIn.get(), &SignInController::signedOut, this, &Application::onSignedOut);
    connect(m_signIn.get(), &SignInController::tokenRenewalFailed, this, &Application::onRenewalFailed);
    connect(m_signIn.get(), &SignInController::stageChanged, this,
            [this] { m_window->connectionMenu()->setBusy(m_signIn->isBusy()); });

    ConnectionMenu *menu = m_window->connectionMenu();
    connect(menu, &ConnectionMenu::connectionChosen, this, &Application::switchTo);
    connect(menu, &ConnectionMenu::signInRequested, this, [this] { openSignIn(); });
    connect(menu, &ConnectionMenu::signOutRequested, m_signIn.get(), &SignInController::signOut);
    connect(menu, &ConnectionMenu::accessModeRequested, this, &Application::changeAccessMode);
}

void Application::connectAtStart()
{
    if (m_tokenFileProfile) {
        SignInCredentials credentials;
        credentials.accessToken = std::exchange(m_tokenFileText, QString());
        credentials.accessTokenOrigin = QFileInfo(m_options.accessTokenFile).fileName();
        m_onFailure = connect(
                m_signIn.get(), &SignInController::failed, this,
                [this](const GraphError &, const QString &sentence) {
                    if (m_status.hasToken())
                        return;
                    m_status.state = ConnectionStatus::State::TokenExpired;
                    m_status.problem = sentence;
                    m_window->setConnectionStatus(m_status);
                },
                Qt::SingleShotConnection);
        m_signIn->signIn(*m_tokenFileProfile, credentials);
        return;
    }
    if (m_demoProfile) {
        openSignIn(m_demoProfile->id, true);
        return;
    }
    const QString last = m_connections->lastUsedId();
    if (!last.isEmpty() && m_connections->find(last)) {
        switchTo(last);
        return;
    }
    openSignIn();
}

SignInDialog *Application::signInDialog() const
{
    return m_dialog.data();
}

std::optional<ConnectionProfile> Application::connection(const QString &id) const
{
    if (m_demoProfile && m_demoProfile->id == id)
        return m_demoProfile;
    return m_connections->find(id);
}

SignInDialog *Application::openSignIn(const QString &connectionId, bool start)
{
    SignInDialog *dialog = m_dialog.data();
    if (dialog == nullptr) {
        dialog = new SignInDialog(*m_signIn, *m_connections, m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (m_demoProfile)
            dialog->setDemoProfile(*m_demoProfile);
        m_dialog = dialog;
        connect(dialog, &QDialog::finished, this, &Application::updateConnectionMenu);
    }
    const QString id = connectionId.isEmpty() ? m_connections->lastUsedId() : connectionId;
    if (!id.isEmpty() && connection(id))
        dialog->selectConnection(id);
    else if (m_connections->all().isEmpty() && !m_demoProfile)
        dialog->startNewConnection();
    dialog->open();
    dialog->raise();
    dialog->activateWindow();
    if (start)
        dialog->startSignIn();
    return dialog;
}

void Application::switchTo(const QString &connectionId)
{
    const std::optional<ConnectionProfile> profile = connection(connectionId);
    if (!profile || m_signIn->isBusy())
        return;
    if (profile->demo || !profile->isDelegated()) {
        openSignIn(connectionId, profile->demo); // the secret, certificate password or token is asked again
        return;
    }
    // Silent when the keychain holds a refresh token for it; otherwise the dialog takes over.
    qCInfo(lcAuth).noquote() << "Switching to connection" << profile->id;
    // Only this attempt's failure opens the dialog; a success drops the handler (onSignedIn).
    disconnect(m_onFailure);
    m_onFailure = connect(
            m_signIn.get(), &SignInController::failed, this,
            [this, connectionId](const GraphError &error, const QString &sentence) {
                if (error.kind == GraphError::Kind::Cancelled)
                    return;
                openSignIn(connectionId, false);
                m_window->statusBar()->showMessage(sentence, 10'000);
            },
            Qt::SingleShotConnection);
    m_signIn->resume(*profile);
}

void Application::changeAccessMode(AccessMode mode)
{
    std::optional<ConnectionProfile> profile = connection(m_signIn->profile().id);
    if (!profile || !profile->isDelegated() || profile->access == mode)
        return;
    profile->access = mode;
    if (profile->demo)
        m_demoProfile = profile;
    else
        m_connections->save(*profile);
    // New permissions need a new consent: an interactive sign-in with the other scopes.
    openSignIn(profile->id, true);
}

void Application::onSignedIn(const ConnectionProfile &profile)
{
    disconnect(m_onFailure);
    if (!profile.demo && !profile.id.isEmpty()) {
        m_connections->save(profile); // with the account that signed in
        m_connections->setLastUsedId(profile.id);
    }
    // The pages drop the previous tenant's data before the new token is used.
    m_window->setIntuneService(nullptr, {});
    m_intune.reset();
    m_graph.reset();
    TokenSource *source = m_signIn->tokenSource();
    GraphClientOptions options;
    options.graphBaseUrl = profile.effectiveGraphUrl();
    options.http2 = m_settings->http2Enabled();
    m_graph = std::make_unique<GraphClient>(*m_network, *source, options);
    m_intune = std::make_unique<IntuneService>(*m_graph);
    connect(source, &TokenSource::changed, this, &Application::updateStatus);

    updateStatus();
    qCInfo(lcApp).noquote() << "Tenant" << m_status.tenantText() << "cloud" << CloudInfo::key(m_status.cloud) << "Graph"
                            << m_status.graphUrl.toDisplayString() << "-" << m_status.stateText();
    m_window->setIntuneService(m_intune.get(), m_status.tenantText());
    if (m_window->currentViewKey() == u"activity"_s || m_window->currentViewKey().isEmpty())
        m_window->showView(u"devices"_s);
    updateConnectionMenu();
    if (m_status.hasToken())
        verifyConnection(m_status);
}

void Application::onSignedOut()
{
    m_window->setIntuneService(nullptr, {});
    m_intune.reset();
    m_graph.reset();
    updateStatus();
    updateConnectionMenu();
}

void Application::onRenewalFailed(const GraphError &, const QString &sentence)
{
    updateStatus();
    if (m_status.state == ConnectionStatus::State::Connected || m_status.state == ConnectionStatus::State::SignedIn) {
        // Still valid for a while; say what will happen.
        m_window->statusBar()->showMessage(tr("Renewing the sign-in failed: %1").arg(sentence), 15'000);
        return;
    }
    m_status.state = ConnectionStatus::State::TokenExpired;
    m_status.problem = tr("%1 Sign in again (Connection ▸ Sign in, Ctrl+Shift+O).").arg(sentence);
    m_window->setConnectionStatus(m_status);
}

void Application::updateStatus()
{
    const ConnectionStatus previous = m_status;
    const TokenSource *source = m_signIn ? m_signIn->tokenSource() : nullptr;
    const ConnectionProfile profile =
            source ? m_signIn->profile() : m_demoProfile.value_or(m_tokenFileProfile.value_or(ConnectionProfile{}));
    m_status = ConnectionStatus::fromConnection(profile, source, QDateTime::currentDateTimeUtc());
    // Graph's verdict on this same token stays until the token changes hands.
    if (source && previous.hasToken() && previous.tenant == m_status.tenant && previous.identity == m_status.identity
        && m_status.state == ConnectionStatus::State::SignedIn
        && (previous.state == ConnectionStatus::State::Connected
            || previous.state == ConnectionStatus::State::Unreachable)) {
        m_status.state = previous.state;
        m_status.problem = previous.problem;
    }
    m_window->setConnectionStatus(m_status);
    const bool memoryOnly = m_vault && !m_vault->isPersistent();
    m_window->setTokenStorageWarning(
            memoryOnly ? (m_vault->unavailableReason().isEmpty()
                                  ? tr("No system keychain is available: sign-ins are kept in memory only, and you "
                                       "will sign in again after restarting Enrollment Desk.")
                                  : m_vault->unavailableReason())
                       : QString());
}

void Application::updateConnectionMenu()
{
    QList<ConnectionProfile> profiles;
    if (m_demoProfile)
        profiles.append(*m_demoProfile);
    profiles.append(m_connections->all());
    const ConnectionProfile live = m_signIn->tokenSource() ? m_signIn->profile() : ConnectionProfile{};
    m_window->connectionMenu()->setConnections(profiles, live);
    m_window->connectionMenu()->setBusy(m_signIn->isBusy());
}

void Application::verifyConnection(ConnectionStatus status)
{
    GraphReply *reply = m_intune->getAutopilotSettings();
    const QUrl graphUrl = status.graphUrl;
    reply->then(
            this,
            [this, status, graphUrl](const GraphResponse &response) mutable {
                qCInfo(lcApp).noquote() << "Connected to Microsoft Graph at" << graphUrl.toDisplayString()
                                        << "request-id" << response.requestId;
                if (m_status.tenant != status.tenant)
                    return; // switched meanwhile
                m_status.state = ConnectionStatus::State::Connected;
                m_window->setConnectionStatus(m_status);
            },
            [this, status](const GraphError &error) mutable {
                qCWarning(lcApp).noquote() << "Microsoft Graph check failed:" << error.summary();
                if (m_status.tenant != status.tenant)
                    return;
                m_status.state = ConnectionStatus::State::Unreachable;
                m_status.problem = error.summary();
                m_window->setConnectionStatus(m_status);
            });
}

} // namespace ed
