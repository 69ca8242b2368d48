#pragma once

#include "auth/ConnectionStatus.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace ed {

class ActivityJournal;
class ActivityModel;
class AssignProfileDialog;
class AutopilotDevicesView;
class ConfigurationAssignmentsDialog;
class EditLimitDialog;
class EnrollmentConfigurationsView;
struct EnrollmentConfiguration;
class ConnectionStatusBar;
class ConnectionMenu;
class DeploymentProfilesView;
class IntuneService;
class Settings;
class ViewPage;

// The shell: navigation list, toolbar with search, the pages, and a status bar that always
// names the live tenant, cloud, identity and connection state.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    struct Dependencies
    {
        Settings &settings;
        ActivityModel &activity;
        ActivityJournal *journal = nullptr; // every write is recorded here
        QString logDirectory;
    };

    explicit MainWindow(Dependencies dependencies, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setConnectionStatus(const ConnectionStatus &status);
    // The Connection menu and toolbar button (switch tenant, sign in, write mode, sign out).
    ConnectionMenu *connectionMenu() const { return m_connectionMenu; }
    // A standing warning about where tokens are kept (no keychain: memory only); empty hides it.
    void setTokenStorageWarning(const QString &text);
    // Signed in: the pages load their data through this service. tenant names the tenant in the
    // activity log.
    void setIntuneService(IntuneService *service, const QString &tenant);
    AutopilotDevicesView *devicesView() const { return m_devices; }
    DeploymentProfilesView *profilesView() const { return m_profiles; }
    EnrollmentConfigurationsView *configurationsView() const { return m_configurations; }
    // "Assign profile…": the picker, with these devices chosen and/or this profile fixed (empty:
    // the user picks). The confirmed assignment runs in a ProfileAssignResultsDialog.
    AssignProfileDialog *openAssignProfile(const QStringList &deviceIds, const QString &profileId);
    // The enrollment configuration dialogs, with the signed-in token's permissions; a save
    // updates the configuration's row. nullptr when not signed in.
    EditLimitDialog *openEditLimit(const EnrollmentConfiguration &configuration);
    ConfigurationAssignmentsDialog *openAssignments(const EnrollmentConfiguration &configuration);
    // Shows the page with this key ("devices", "profiles", "configurations", "activity").
    bool showView(const QString &key);
    QString currentViewKey() const;
    // Writes geometry, splitter and column state to the settings now.
    void saveState();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(ViewPage *page, const QKeySequence &shortcut);
    void onCurrentPageChanged();
    void updateSummary();
    void applySearch();
    void restoreState();
    ViewPage *currentPage() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Dependencies m_deps;
    QList<ViewPage *> m_pages;
    AutopilotDevicesView *m_devices;
    DeploymentProfilesView *m_profiles;
    EnrollmentConfigurationsView *m_configurations;
    QPointer<IntuneService> m_service;
    QString m_tenant;
    QLineEdit *m_search;
    QTimer *m_searchDebounce;
    QPointer<ViewPage> m_searchTarget; // the page the pending search text belongs to
    ConnectionStatusBar *m_connectionBar;
    ConnectionMenu *m_connectionMenu;
    QLabel *m_storageBanner;
    ConnectionStatus m_status;
};

} // namespace ed
