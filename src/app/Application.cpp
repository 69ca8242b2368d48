#include "Application.h"

#include "Settings.h"
#include "Translator.h"
#include "auth/ConnectionStatus.h"
#include "auth/StaticTokenSource.h"
#include "core/BuildInfo.h"
#include "core/LogSink.h"
#include "core/Logging.h"
#include "core/TlsTrust.h"
#include "core/UnixSignalWatcher.h"
#include "emulator/EmulatorHost.h"
#include "graph/GraphClient.h"
#include "graph/IntuneService.h"
#include "models/ActivityJournal.h"
#include "models/ActivityModel.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>

namespace ed {

using namespace Qt::StringLiterals;

namespace {
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
    m_window.reset();
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
    demo.deviceCodeAutoApproveMs = 3000; // device-code sign-in completes by itself in the demo
    m_demoTenant = std::make_unique<emu::EmulatorHost>(demo);
    QString error;
    if (!m_demoTenant->start(&error)) {
        qCCritical(lcEmulator).noquote() << "Cannot start the demo tenant:" << error;
        printTo(stderr, u"enrollment-desk: cannot start the demo tenant: %1"_s.arg(error));
        return false;
    }
    m_options.graphUrl = m_demoTenant->baseUrl();
    m_options.loginUrl = m_demoTenant->baseUrl();
    m_options.tenant = demo.tenantDomain;
    auto token = StaticTokenSource::fromText(m_demoTenant->issueToken(emu::EmulatorHost::allScopes()),
                                             tr("the demo tenant"));
    if (!token)
        return false;
    m_tokenSource = std::move(token).value();
    qCInfo(lcEmulator).noquote() << "Demo tenant" << demo.tenantDomain << "served by the Graph emulator at"
                                 << m_demoTenant->baseUrl().toString() << "with" << demo.devices << "devices";
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

    if (!m_options.accessTokenFile.isEmpty()) {
        auto loaded = StaticTokenSource::fromFile(m_options.accessTokenFile);
        if (!loaded) {
            qCCritical(lcAuth).noquote() << loaded.error();
            printTo(stderr, u"enrollment-desk: %1"_s.arg(loaded.error()));
            return 2;
        }
        m_tokenSource = std::move(loaded).value();
    }

    m_store = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, u"enrollment-desk"_s,
                                          u"settings"_s);
    m_settings = std::make_unique<Settings>(*m_store);
    qCInfo(lcApp) << "Settings:" << m_settings->fileName() << "log:" << m_log->logFilePath();
    m_activity = std::make_unique<ActivityModel>();
    m_journal = std::make_unique<ActivityJournal>(*m_activity, activityJournalPath());
    const ActivityJournal::LoadResult journal = m_journal->load(); // logs its own errors
    qCInfo(lcApp) << "Activity journal:" << m_journal->filePath() << journal.entries << "entries,"
                  << journal.skippedLines << "unreadable lines skipped";

    const ConnectionStatus status =
            ConnectionStatus::fromStartup(m_options, m_tokenSource.get(), QDateTime::currentDateTimeUtc());
    qCInfo(lcApp).noquote() << "Tenant" << status.tenantText() << "cloud" << CloudInfo::key(status.cloud) << "Graph"
                            << status.graphUrl.toDisplayString() << "-" << status.stateText();

    m_window = std::make_unique<MainWindow>(
            MainWindow::Dependencies{*m_settings, *m_activity, m_journal.get(), logDirectory()});
    m_window->setConnectionStatus(status);
    if (status.hasToken())
        m_window->showView(u"devices"_s);

    m_signals = new UnixSignalWatcher(this);
    connect(m_signals, &UnixSignalWatcher::signalReceived, this, [this] {
        m_window->close(); // saves the window state
        QCoreApplication::quit();
    });
    m_signals->watch({SIGTERM, SIGINT, SIGHUP});

    m_window->show();
    qCInfo(lcUi) << "Main window shown";
    if (status.hasToken())
        verifyConnection(status);
    return 0;
}

void Application::verifyConnection(ConnectionStatus status)
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setTransferTimeout(30'000);
    GraphClientOptions options;
    options.graphBaseUrl = m_options.effectiveGraphUrl();
    options.http2 = m_settings->http2Enabled();
    m_graph = std::make_unique<GraphClient>(*m_network, *m_tokenSource, options);
    m_intune = std::make_unique<IntuneService>(*m_graph);
    m_window->setIntuneService(m_intune.get(), status.tenantText());
    GraphReply *reply = m_intune->getAutopilotSettings();
    reply->then(
            this,
            [this, status](const GraphResponse &response) mutable {
                qCInfo(lcApp).noquote() << "Connected to Microsoft Graph at"
                                        << m_options.effectiveGraphUrl().toDisplayString() << "request-id"
                                        << response.requestId;
                status.state = ConnectionStatus::State::Connected;
                m_window->setConnectionStatus(status);
            },
            [this, status](const GraphError &error) mutable {
                qCWarning(lcApp).noquote() << "Microsoft Graph check failed:" << error.summary();
                status.state = ConnectionStatus::State::Unreachable;
                status.problem = error.summary();
                m_window->setConnectionStatus(status);
            });
}

} // namespace ed
