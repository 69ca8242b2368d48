#pragma once

#include "ViewPage.h"
#include "auth/GrantedPermissions.h"
#include "core/Expected.h"
#include "models/AutopilotDevice.h"
#include "models/SerialList.h"

#include <QPointer>

class QAction;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;

namespace ed {

class ActivityJournal;
class AutopilotDeviceModel;
class AutopilotSyncTracker;
class AutopilotSyncWidget;
class DeviceDetailsPane;
class DeviceFacetBar;
class DeviceFilterProxyModel;
class DeviceLoader;
class IntuneService;
class ViewStatusRows;

// The help desk's main screen: every Autopilot device in a fast table that fills page by page,
// instant search with wildcards, quick filters, a paste-a-list selection, a details pane, CSV
// export, Unblock (allowNextEnrollment) for one device or thousands, and Sync with Intune.
class AutopilotDevicesView final : public ViewPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutopilotDevicesView)
public:
    // What the view lists: every Autopilot device (the main page), or the devices assigned to one
    // deployment profile (the profiles view's "Assigned devices" tab: its own search field, no
    // sync, and "Show in Autopilot devices").
    enum class Scope { AllDevices, Profile };

    explicit AutopilotDevicesView(ActivityJournal *journal, QWidget *parent = nullptr);
    AutopilotDevicesView(ActivityJournal *journal, Scope scope, QWidget *parent = nullptr);
    ~AutopilotDevicesView() override;

    Scope scope() const { return m_scope; }
    // Connected: loads the devices (Scope::AllDevices). nullptr: not signed in.
    void setService(IntuneService *service, const QString &tenant);
    // What the signed-in token allows: Unblock and Assign profile are disabled, with the
    // permission named in their tooltip, when it cannot.
    void setPermissions(const GrantedPermissions &permissions);
    // Scope::Profile: lists the devices assigned to this profile (empty id: none).
    void setProfile(IntuneService *service, const QString &tenant, const QString &profileId,
                    const QString &profileName);
    QString profileId() const;

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

    // Model rows of the selected devices (the current one when nothing is selected).
    QList<int> selectedRows() const;
    // Selects exactly the devices with these serials (clearing filters that hide them) and
    // reports which serials no device has.
    SerialList::Match selectSerials(const QStringList &serials);
    // The visible columns of the shown rows (or only the selected ones) as CSV.
    Expected<qsizetype> exportCsv(const QString &path, bool selectionOnly) const;
    // Asks for confirmation and unblocks the selected devices.
    void unblockSelected();
    // Rows of these devices show what Graph now reports (after an unblock or an assignment).
    void applyDevices(const QList<ed::AutopilotDevice> &devices);
    // Makes the device the current row, selected and visible (clearing filters that hide it);
    // false when the table does not have it.
    bool showDevice(const QString &deviceId);
    // Device ids of the selected rows (the current one when nothing is selected).
    QStringList selectedDeviceIds() const;

    AutopilotDeviceModel *model() const { return m_model; }
    DeviceFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    DeviceLoader *loader() const { return m_loader; }
    DeviceDetailsPane *details() const { return m_details; }
    DeviceFacetBar *facetBar() const { return m_facets; }

Q_SIGNALS:
    // "Assign profile…" on these devices.
    void assignProfileRequested(const QStringList &deviceIds);
    // Scope::Profile: "Show in Autopilot devices" on the current device.
    void showInDevicesViewRequested(const QString &deviceId);

private:
    void buildActions();
    void onLoadState();
    void onProgress(int loaded, qint64 expected);
    void onCurrentChanged();
    void onSelectionChanged();
    void rememberSelection();
    void restoreSelection();
    void selectRows(const QList<int> &modelRows);
    void showContextMenu(const QPoint &pos);
    void pasteSerials();
    void exportWithDialog(bool selectionOnly);
    void copySelectedSerials() const;
    void updateActions();
    void scheduleSummary();
    void clearFilters();

    const Scope m_scope;
    ActivityJournal *m_journal;
    QPointer<IntuneService> m_service;
    GrantedPermissions m_permissions;
    QString m_tenant;
    AutopilotDeviceModel *m_model;
    DeviceFilterProxyModel *m_proxy;
    DeviceLoader *m_loader = nullptr;
    AutopilotSyncTracker *m_syncTracker = nullptr;
    QToolBar *m_toolBar;
    DeviceFacetBar *m_facets;
    ViewStatusRows *m_status;
    QSplitter *m_splitter;
    QTableView *m_table;
    DeviceDetailsPane *m_details;
    AutopilotSyncWidget *m_syncWidget;
    QTimer *m_summaryTimer;
    QAction *m_unblockAction;
    QAction *m_detailsAction;
    QAction *m_selectAllAction;
    QAction *m_pasteAction;
    QAction *m_exportAction;
    QAction *m_exportSelectionAction;
    QAction *m_copySerialsAction;
    QAction *m_columnsAction;
    QAction *m_assignAction;
    QAction *m_showInDevicesAction = nullptr; // Scope::Profile
    QLineEdit *m_searchField = nullptr; // Scope::Profile
    int m_selectedCount = 0;
    // Kept across a refresh: device ids of the selection, the current row and the top row.
    QStringList m_keptSelection;
    QString m_keptCurrent;
    QString m_keptTop;
};

} // namespace ed
