#pragma once

#include "ViewPage.h"
#include "auth/GrantedPermissions.h"
#include "models/DeploymentProfile.h"

#include <QPointer>

class QAction;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QToolBar;

namespace ed {

class ActivityJournal;
class AutopilotDevicesView;
class DeploymentProfileModel;
class IntuneService;
class ProfileDetailsPane;
class ProfileLoader;
class SearchFilterProxyModel;
class ViewStatusRows;

// Every Autopilot deployment profile in a searchable, sortable table (join type, device type,
// locale, times, assigned-device count, group assignments by name) and, for the current profile,
// two tabs: its settings in readable form (raw JSON one click away) and the devices assigned to
// it (the devices view in profile scope: same columns, search and actions, Unblock included).
// "Assign to devices…" hands the profile to the main window, which opens the picker.
class DeploymentProfilesView final : public ViewPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentProfilesView)
public:
    enum Tab { SettingsTab, AssignedDevicesTab };

    explicit DeploymentProfilesView(ActivityJournal *journal, QWidget *parent = nullptr);
    ~DeploymentProfilesView() override;

    // Connected: loads the profiles. nullptr: not signed in.
    void setService(IntuneService *service, const QString &tenant);
    // What the signed-in token allows (also passed to the assigned-devices tab).
    void setPermissions(const GrantedPermissions &permissions);

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    QString searchPlaceholder() const override;
    void setSearchText(const QString &text) override;
    QString searchText() const override;
    bool canRefresh() const override;
    void refresh() override;
    void saveState(Settings &settings) const override;
    void restoreState(const Settings &settings) override;
    QString summary() const override;

    QList<DeploymentProfile> profiles() const;
    // The id of the current profile; empty when none.
    QString currentProfileId() const;
    // Makes the profile current (clearing the search when it hides it); false when there is none.
    bool selectProfile(const QString &profileId);
    // An assignment to the profile went through: count its devices again and reload the
    // assigned-devices tab if it shows that profile.
    void profileAssignmentChanged(const QString &profileId);

    DeploymentProfileModel *model() const { return m_model; }
    SearchFilterProxyModel *proxy() const { return m_proxy; }
    ProfileLoader *loader() const { return m_loader; }
    QTableView *table() const { return m_table; }
    ProfileDetailsPane *details() const { return m_details; }
    QTabWidget *tabs() const { return m_tabs; }
    AutopilotDevicesView *assignedDevicesView() const { return m_assigned; }
    QAction *assignAction() const { return m_assignAction; }
    QAction *rawJsonAction() const { return m_rawJsonAction; }

Q_SIGNALS:
    // "Assign to devices…" on the current profile.
    void assignToDevicesRequested(const QString &profileId);
    // From the assigned-devices tab: "Show in Autopilot devices" on a device.
    void showInDevicesViewRequested(const QString &deviceId);
    // From the assigned-devices tab: "Assign profile…" on a selection of its devices.
    void assignProfileRequested(const QStringList &deviceIds);

private:
    void buildActions();
    void onLoadState();
    void updateProgress();
    void onCurrentChanged();
    void showCurrentDetails();
    void pointAssignedDevices();
    void updateAssignedTabTitle();
    void showMessage(const QString &text, bool isError, bool offerRetry, const QString &details = {});
    void showContextMenu(const QPoint &pos);
    void updateActions();
    int currentRow() const;

    QPointer<IntuneService> m_service;
    GrantedPermissions m_permissions;
    QString m_tenant;
    DeploymentProfileModel *m_model;
    SearchFilterProxyModel *m_proxy;
    ProfileLoader *m_loader = nullptr;
    QToolBar *m_toolBar;
    ViewStatusRows *m_status;
    QSplitter *m_splitter;
    QTableView *m_table;
    QTabWidget *m_tabs;
    ProfileDetailsPane *m_details;
    AutopilotDevicesView *m_assigned;
    QTimer *m_assignedDelay; // arrowing through profiles does not load each one's devices
    QAction *m_assignAction = nullptr;
    QAction *m_rawJsonAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_columnsAction = nullptr;
    QString m_keptCurrent; // the current profile across a reload
};

} // namespace ed
