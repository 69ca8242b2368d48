#pragma once

#include "auth/ConnectionProfile.h"
#include "auth/ConnectionStatus.h"
#include "core/StartupOptions.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSettings;

namespace ed {

class ActivityJournal;
class ActivityModel;
class GraphClient;
class IntuneService;
namespace emu {
class EmulatorHost;
}
class LogSink;
class MainWindow;
class Settings;
class SignInController;
class SignInDialog;
class TokenSource;
class TokenVault;
struct GraphError;
class Translator;
class UnixSignalWatcher;

// The composition root: creates every long-lived object and hands each its dependencies.
// Nothing else in the program creates services or looks them up globally.
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)
public:
    static constexpr QLatin1StringView appId{"org.enrollmentdesk.EnrollmentDesk"};

    explicit Application(StartupOptions options, QObject *parent = nullptr);
    ~Application() override;

    // Names, version and desktop file name; call before anything reads settings or paths.
    static void setIdentity();
    // Handles --help, --version and option errors: prints and returns the exit status.
    static int report(const StartupCommand &command);
    // True when the arguments only ask for console output (no display needed).
    static bool isConsoleOnly(const QStringList &arguments);
    // True when a window can be opened: DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM or -platform.
    static bool hasDisplay(const QStringList &arguments);
    // Explains that a desktop session is needed; returns the exit status.
    static int reportNoDisplay();

    static QString logDirectory();
    static QString logFilePath();
    // The append-only activity log (ActivityJournal), beside the log folder.
    static QString activityJournalPath();

    // Sets up logging, language, TLS trust, the token and the main window, and shows it.
    // Returns 0, or an exit status after printing why start-up is impossible.
    int start();

    MainWindow *mainWindow() const { return m_window.get(); }
    SignInController *signInController() const { return m_signIn.get(); }
    ConnectionStore *connections() const { return m_connections.get(); }
    // The sign-in dialog while it is open, else nullptr.
    SignInDialog *signInDialog() const;
    // Opens the sign-in dialog (or raises it) on this connection (empty: the last used, or a new
    // one); `start` signs in at once, as after choosing a connection that needs interaction.
    SignInDialog *openSignIn(const QString &connectionId = {}, bool start = false);

private:
    // Sets up the built-in demo tenant: the Graph emulator on a worker thread, and its connection.
    bool startDemoTenant();
    // Reads --access-token-file; false (after printing why) when it cannot be used.
    bool useTokenFile();
    // Signs in to the connection used last (silently when the keychain has its refresh token),
    // the demo, or opens the sign-in dialog.
    void connectAtStart();
    void createSignIn();
    // A new token is live: the Graph stack is rebuilt on it and the pages reload.
    void onSignedIn(const ConnectionProfile &profile);
    void onSignedOut();
    void onRenewalFailed(const GraphError &error, const QString &sentence);
    void switchTo(const QString &connectionId);
    void changeAccessMode(AccessMode mode);
    void updateConnectionMenu();
    void updateStatus();
    std::optional<ConnectionProfile> connection(const QString &id) const;
    // One cheap read with the token, so the status bar says "Connected" only once Graph answered.
    void verifyConnection(ConnectionStatus status);

    StartupOptions m_options; // the demo tenant fills in its URLs and tenant
    std::unique_ptr<emu::EmulatorHost> m_demoTenant;
    std::unique_ptr<LogSink> m_log;
    std::unique_ptr<Translator> m_translator;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<SignInController> m_signIn;
    std::optional<ConnectionProfile> m_demoProfile;
    std::optional<ConnectionProfile> m_tokenFileProfile; // --access-token-file: not saved
    QString m_tokenFileText; // its content until the sign-in took it; never logged
    QPointer<SignInDialog> m_dialog;
    QMetaObject::Connection m_onFailure; // what a failure of the sign-in under way does
    ConnectionStatus m_status;
    std::unique_ptr<ActivityModel> m_activity;
    std::unique_ptr<ActivityJournal> m_journal;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<GraphClient> m_graph;
    std::unique_ptr<IntuneService> m_intune;
    std::unique_ptr<MainWindow> m_window;
    UnixSignalWatcher *m_signals = nullptr;
};

} // namespace ed
