#pragma once

#include "ViewPage.h"
#include "auth/GrantedPermissions.h"
#include "graph/GraphError.h"
#include "models/EnrollmentConfiguration.h"

#include <QPointer>

class QAction;
class QPushButton;
class QSplitter;
class QTableView;
class QToolBar;

namespace ed {

class ActivityJournal;
class ConfigurationDetailsPane;
class ConfigurationLoader;
class ConfigurationWriter;
class EnrollmentConfigurationModel;
class IntuneService;
class SearchFilterProxyModel;
class ViewStatusRows;

// Every device enrollment configuration of the tenant in the portal's order (device limits,
// platform restrictions, Windows Hello for Business, Enrollment Status Pages, …; in each family
// the custom ones by priority and the default last), searchable, with the current configuration's
// settings in words below. Actions: edit the device limit and manage assignments (both handed to
// the main window, which opens the dialogs), move a custom configuration up or down in its family
// (done here with a ConfigurationWriter, then the whole list is read again), raw JSON, copy id.
// An action the signed-in token cannot perform is disabled with a tooltip naming the permission.
class EnrollmentConfigurationsView final : public ViewPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollmentConfigurationsView)
public:
    explicit EnrollmentConfigurationsView(ActivityJournal *journal, QWidget *parent = nullptr);
    ~EnrollmentConfigurationsView() override;

    // Connected: loads the configurations. nullptr: not signed in.
    void setService(IntuneService *service, const QString &tenant);
    // What the token may do; unknown (the default) allows everything.
    void setPermissions(const GrantedPermissions &permissions);
    const GrantedPermissions &permissions() const { return m_permissions; }

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

    // Reads the whole list again (the current configuration stays current).
    void reload();
    // A configuration as the server now has it (after a limit edit or an assignment change):
    // replaces its row in place, keeps the selection, reads the names of groups not known yet.
    void applyConfiguration(const EnrollmentConfiguration &updated);

    QList<EnrollmentConfiguration> configurations() const;
    // The current configuration's id; empty when none.
    QString currentConfigurationId() const;
    // Makes the configuration current (clearing the search when it hides it); false when none.
    bool selectConfiguration(const QString &configurationId);
    bool isMoving() const;

    EnrollmentConfigurationModel *model() const { return m_model; }
    SearchFilterProxyModel *proxy() const { return m_proxy; }
    ConfigurationLoader *loader() const { return m_loader; }
    ConfigurationWriter *writer() const { return m_writer; }
    QTableView *table() const { return m_table; }
    ConfigurationDetailsPane *details() const { return m_details; }
    QAction *editLimitAction() const { return m_editLimitAction; }
    QAction *assignmentsAction() const { return m_assignmentsAction; }
    QAction *moveUpAction() const { return m_moveUpAction; }
    QAction *moveDownAction() const { return m_moveDownAction; }
    QAction *rawJsonAction() const { return m_rawJsonAction; }
    QAction *copyIdAction() const { return m_copyIdAction; }
    QPushButton *copyDetailsButton() const { return m_copyDetails; }

Q_SIGNALS:
    // "Edit device limit…" on the current (device-limit) configuration.
    void editLimitRequested(const ed::EnrollmentConfiguration &configuration);
    // "Assignments…" on the current (custom) configuration; readOnly when the token cannot assign.
    void assignmentsRequested(const ed::EnrollmentConfiguration &configuration);
    // The list was read again or a row was replaced.
    void configurationsChanged();

private:
    void buildActions();
    void onLoadState();
    void updateProgress();
    void onCurrentChanged();
    void showCurrentDetails();
    void showMessage(const QString &text, bool isError, bool offerRetry, const QString &details = {});
    void showContextMenu(const QPoint &pos);
    void updateActions();
    void move(int step);
    void onMoveStarted();
    void onMoveSucceeded(const EnrollmentConfiguration &configuration);
    void onMoveFailed(const GraphError &error);
    int currentRow() const;

    QPointer<ActivityJournal> m_journal;
    QPointer<IntuneService> m_service;
    QString m_tenant;
    GrantedPermissions m_permissions;
    EnrollmentConfigurationModel *m_model;
    SearchFilterProxyModel *m_proxy;
    ConfigurationLoader *m_loader = nullptr;
    ConfigurationWriter *m_writer = nullptr;
    QToolBar *m_toolBar;
    ViewStatusRows *m_status;
    QSplitter *m_splitter;
    QTableView *m_table;
    ConfigurationDetailsPane *m_details;
    QAction *m_editLimitAction = nullptr;
    QAction *m_assignmentsAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_rawJsonAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_columnsAction = nullptr;
    QPushButton *m_copyDetails; // beside the status rows: the last error's details
    QString m_errorDetails;
    QString m_keptCurrent; // the current configuration across a reload
    // The priority change under way (or whose re-read is under way): its configuration and target.
    QString m_movingId;
    QString m_movingName;
    int m_movingTo = 0;
    bool m_rereadAfterMove = false;
    QString m_moveDoneText; // said once the list has been read again
};

} // namespace ed
