#include "DeploymentProfilesView.h"

#include "app/Settings.h"
#include "core/Logging.h"
#include "dialogs/RawJsonDialog.h"
#include "graph/IntuneService.h"
#include "models/DeploymentProfileModel.h"
#include "models/ProfileLoader.h"
#include "models/SearchFilterProxyModel.h"
#include "views/AutopilotDevicesView.h"
#include "widgets/ProfileDetailsPane.h"
#include "widgets/ViewStatusRows.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

constexpr int assignedDelayMs = 250;

// Column widths on first start; the group assignments take the rest.
int defaultWidth(int column)
{
    using M = DeploymentProfileModel;
    switch (column) {
    case M::NameColumn:
        return 240;
    case M::JoinTypeColumn:
        return 180;
    case M::DescriptionColumn:
        return 260;
    case M::DeviceTypeColumn:
    case M::LocaleColumn:
        return 110;
    case M::AssignedDevicesColumn:
        return 120;
    default:
        return 130;
    }
}

void applyDefaultColumns(QHeaderView *header)
{
    ViewTools::applyColumnDefaults(header, DeploymentProfileModel::ColumnCount, defaultWidth);
}

} // namespace

DeploymentProfilesView::DeploymentProfilesView(ActivityJournal *journal, QWidget *parent)
    : ViewPage(parent)
    , m_model(new DeploymentProfileModel(this))
    , m_proxy(new SearchFilterProxyModel(DeploymentProfileModel::RawValueRole, this))
    , m_toolBar(ViewTools::createToolBar(this, u"profilesToolBar"_s, tr("Profile actions")))
    , m_status(new ViewStatusRows(
              {.progressRow = {u"profilesProgressRow"_s, {}},
               .progressBar = {u"profilesProgressBar"_s, tr("Deployment profiles loading")},
               .progressLabel = {u"profilesProgressLabel"_s, tr("Loading progress")},
               .cancelButton = {u"cancelProfilesLoadButton"_s, tr("Cancel loading deployment profiles")},
               .messageRow = {u"profilesMessageRow"_s, {}},
               .message = {u"profilesMessage"_s, tr("Deployment profiles status")},
               .retryButton = {u"retryProfilesButton"_s, tr("Load the deployment profiles again")}},
              this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new QTableView(m_splitter))
    , m_tabs(new QTabWidget(m_splitter))
    , m_details(new ProfileDetailsPane(m_tabs))
    , m_assigned(new AutopilotDevicesView(journal, AutopilotDevicesView::Scope::Profile, m_tabs))
    , m_assignedDelay(new QTimer(this))
{
    setObjectName(u"profilesView"_s);
    setAccessibleName(tr("Deployment profiles"));
    m_proxy->setSourceModel(m_model);

    ViewTools::setUpTable(m_table, u"profilesTable"_s, tr("Deployment profiles"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(DeploymentProfileModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    applyDefaultColumns(m_table->horizontalHeader());

    m_tabs->setObjectName(u"profileTabs"_s);
    m_tabs->setAccessibleName(tr("Current profile"));
    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(SettingsTab, m_details, tr("Settings"));
    m_tabs->insertTab(AssignedDevicesTab, m_assigned, tr("Assigned devices"));
    m_tabs->setTabToolTip(SettingsTab, tr("Every setting of the profile, in readable form"));
    m_tabs->setTabToolTip(AssignedDevicesTab, tr("The devices this profile is assigned to"));

    ViewTools::setUpSplitter(m_splitter, u"profilesSplitter"_s, m_table, m_tabs, 260, 440);

    QVBoxLayout *layout = ViewTools::createPageLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_status);
    layout->addWidget(m_splitter, 1);

    buildActions();

    m_assignedDelay->setSingleShot(true);
    m_assignedDelay->setInterval(assignedDelayMs);
    connect(m_assignedDelay, &QTimer::timeout, this, &DeploymentProfilesView::pointAssignedDevices);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DeploymentProfilesView::onCurrentChanged);
    // A counted profile, resolved group names: the details and the tab title follow.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = currentRow();
        if (row >= from.row() && row <= to.row()) {
            showCurrentDetails();
            updateAssignedTabTitle();
        }
    });
    // A reload replaces the rows: the same profile stays current.
    ViewTools::keepCurrentAcrossReset(
            m_model, this, &m_keptCurrent, [this] { return currentProfileId(); },
            [this](const QString &id) { return selectProfile(id); }, [this] { onCurrentChanged(); });
    ViewTools::onRowsChanged(m_proxy, this, [this] {
        updateActions();
        Q_EMIT summaryChanged();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == AssignedDevicesTab)
            pointAssignedDevices();
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &DeploymentProfilesView::showContextMenu);
    connect(m_status, &ViewStatusRows::cancelRequested, this, [this] {
        if (m_loader)
            m_loader->cancel();
    });
    connect(m_status, &ViewStatusRows::retryRequested, this, &DeploymentProfilesView::refresh);
    connect(m_assigned, &AutopilotDevicesView::showInDevicesViewRequested, this,
            &DeploymentProfilesView::showInDevicesViewRequested);
    connect(m_assigned, &AutopilotDevicesView::assignProfileRequested, this,
            &DeploymentProfilesView::assignProfileRequested);
    setService(nullptr, {});
}

DeploymentProfilesView::~DeploymentProfilesView() = default;

void DeploymentProfilesView::buildActions()
{
    // Not Ctrl+Shift+A: the assigned-devices tab inside this page uses it for "Assign profile…".
    m_assignAction = ViewTools::addAction(this, u"actionAssignToDevices"_s, tr("Assign to devices…"),
                                          QKeySequence(u"Ctrl+Shift+D"_s));
    m_assignAction->setStatusTip(tr("Pick devices and assign the current profile to them"));
    m_rawJsonAction =
            ViewTools::addAction(this, u"actionShowProfileJson"_s, tr("Show raw JSON"), QKeySequence(u"Ctrl+J"_s));
    m_rawJsonAction->setStatusTip(tr("Show the current profile as Microsoft Graph sent it"));
    m_copyIdAction = ViewTools::addAction(this, u"actionCopyProfileId"_s, tr("Copy profile ID"), {});
    m_columnsAction = ViewTools::addAction(this, u"actionProfileColumns"_s, tr("Columns…"), {});

    ViewTools::addToolBarButton(m_toolBar, m_assignAction, u"assignToDevicesButton"_s,
                                tr("Assign the current profile to devices"));
    ViewTools::addToolBarButton(m_toolBar, m_rawJsonAction, u"showProfileJsonButton"_s,
                                tr("Show the current profile's raw JSON"));
    ViewTools::addToolBarButton(m_toolBar, m_columnsAction, u"profileColumnsButton"_s, tr("Choose columns"));

    connect(m_assignAction, &QAction::triggered, this, [this] {
        const QString id = currentProfileId();
        if (!id.isEmpty() && m_service) {
            qCInfo(lcUi) << "Assign to devices requested for profile" << id;
            Q_EMIT assignToDevicesRequested(id);
        }
    });
    connect(m_rawJsonAction, &QAction::triggered, this, [this] { m_details->showRawJson(); });
    ViewTools::copyOnTrigger(m_copyIdAction, this, [this] { return currentProfileId(); });
    // The name identifies a row: it always stays.
    ViewTools::installColumnMenu(m_table->horizontalHeader(), m_toolBar, m_columnsAction, u"profileColumnsMenu"_s,
                                 DeploymentProfileModel::NameColumn, applyDefaultColumns);
    updateActions();
}

void DeploymentProfilesView::setService(IntuneService *service, const QString &tenant)
{
    m_service = service;
    m_tenant = tenant;
    delete m_loader;
    m_loader = nullptr;
    m_assignedDelay->stop();
    m_assigned->setProfile(service, tenant, {}, {});
    if (!service) {
        m_model->clear();
        m_status->setProgressVisible(false);
        showMessage(tr("Not signed in. Sign in to a tenant (or start with --demo) to see its deployment profiles."),
                    false, false);
        updateActions();
        Q_EMIT summaryChanged();
        return;
    }
    if (m_model->rowCount() > 0)
        m_model->clear(); // another tenant's profiles must not show under this one
    m_loader = new ProfileLoader(*service, *m_model, this);
    connect(m_loader, &ProfileLoader::stateChanged, this, &DeploymentProfilesView::onLoadState);
    connect(m_loader, &ProfileLoader::progress, this, &DeploymentProfilesView::updateProgress);
    m_loader->load();
}

QString DeploymentProfilesView::key() const
{
    return u"profiles"_s;
}

QString DeploymentProfilesView::title() const
{
    return tr("Deployment profiles");
}

QIcon DeploymentProfilesView::icon() const
{
    return QIcon(u":/icons/profiles.svg"_s);
}

QString DeploymentProfilesView::searchPlaceholder() const
{
    return tr("Search profile name, description, join type, locale, group assignments");
}

void DeploymentProfilesView::setSearchText(const QString &text)
{
    m_proxy->setSearchText(text);
    Q_EMIT summaryChanged();
}

QString DeploymentProfilesView::searchText() const
{
    return m_proxy->searchText();
}

bool DeploymentProfilesView::canRefresh() const
{
    return true;
}

void DeploymentProfilesView::refresh()
{
    if (m_loader)
        m_loader->load();
    if (m_tabs->currentIndex() == AssignedDevicesTab && !m_assigned->profileId().isEmpty())
        m_assigned->refresh();
}

void DeploymentProfilesView::saveState(Settings &settings) const
{
    ViewTools::saveLayout(settings, key(), m_table, m_splitter);
    settings.setViewValue(key(), u"tab"_s, m_tabs->currentIndex());
    m_assigned->saveState(settings);
}

void DeploymentProfilesView::restoreState(const Settings &settings)
{
    ViewTools::restoreLayout(settings, key(), m_table, m_splitter);
    bool ok = false;
    const int tab = settings.viewValue(key(), u"tab"_s).toInt(&ok);
    if (ok && tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
    m_assigned->restoreState(settings);
}

QString DeploymentProfilesView::summary() const
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == total)
        return tr("%Ln profile(s)", nullptr, total);
    return tr("%Ln profile(s) (%1 shown)", nullptr, total).arg(QLocale().toString(shown));
}

QList<DeploymentProfile> DeploymentProfilesView::profiles() const
{
    return m_model->profiles();
}

int DeploymentProfilesView::currentRow() const
{
    return ViewTools::currentSourceRow(m_table, m_proxy);
}

QString DeploymentProfilesView::currentProfileId() const
{
    const int row = currentRow();
    return row >= 0 ? m_model->profile(row).id : QString();
}

bool DeploymentProfilesView::selectProfile(const QString &profileId)
{
    const int row = m_model->rowOfId(profileId);
    return row >= 0 && ViewTools::makeSourceRowCurrent(m_table, m_proxy, m_model->index(row, 0), [this] {
               m_proxy->setSearchText({});
               Q_EMIT searchTextChangedByPage(QString());
           });
}

void DeploymentProfilesView::profileAssignmentChanged(const QString &profileId)
{
    if (m_loader)
        m_loader->recount(profileId);
    if (m_assigned->profileId() == profileId) {
        const int row = m_model->rowOfId(profileId);
        const QString name = row >= 0 ? m_model->profile(row).displayName : QString();
        m_assigned->setProfile(m_service.data(), m_tenant, profileId, name);
    }
}

void DeploymentProfilesView::onLoadState()
{
    if (!m_loader)
        return;
    const ProfileLoader::State state = m_loader->state();
    switch (state) {
    case ProfileLoader::State::Idle:
    case ProfileLoader::State::Loading:
        showMessage({}, false, false);
        break;
    case ProfileLoader::State::Ready: {
        // The profiles are in; say which details could not be read (the cells show "—").
        QStringList counts;
        if (const auto &e = m_loader->countError())
            counts.append(tr("the assigned-device counts (%1)").arg(e->summary()));
        const QString unread =
                ViewTools::unreadDetailsText(m_loader->assignmentsError(), m_loader->groupNamesError(), counts);
        showMessage(unread, false, !unread.isEmpty());
        break;
    }
    case ProfileLoader::State::Failed: {
        const GraphError &error = m_loader->error();
        showMessage(ViewTools::loadFailedText(
                            tr("The deployment profiles could not be loaded: %1").arg(error.summary()),
                            m_model->rowCount() > 0 ? tr("The table shows the profiles read before.") : QString(),
                            error),
                    true, true, error.details());
        break;
    }
    case ProfileLoader::State::Cancelled:
        showMessage(ViewTools::loadCancelledText(), false, true);
        break;
    }
    updateProgress();
    updateActions();
    Q_EMIT summaryChanged();
}

void DeploymentProfilesView::updateProgress()
{
    if (!m_loader) {
        m_status->setProgressVisible(false);
        return;
    }
    const QLocale locale;
    const int total = m_loader->countsTotal();
    const int pending = m_loader->countsPending();
    const bool listing = m_loader->state() == ProfileLoader::State::Loading && m_model->rowCount() == 0;
    const bool busy = m_loader->state() == ProfileLoader::State::Loading || pending > 0;
    m_status->setProgressVisible(busy);
    if (!busy)
        return;
    m_status->setCancelVisible(m_loader->state() == ProfileLoader::State::Loading);
    if (listing || total == 0) {
        m_status->setProgress(0, 0, tr("Loading deployment profiles…"));
        return;
    }
    QString text = tr("Counting assigned devices: %1 of %2 profiles done")
                           .arg(locale.toString(total - pending), locale.toString(total));
    if (m_loader->isReadingAssignments())
        text = tr("Reading group assignments. %1").arg(text);
    m_status->setProgress(total - pending, total, text);
}

void DeploymentProfilesView::showMessage(const QString &text, bool isError, bool offerRetry, const QString &details)
{
    // Trying again needs a connection.
    m_status->showMessage(text, isError, offerRetry && m_service, details);
}

void DeploymentProfilesView::onCurrentChanged()
{
    showCurrentDetails();
    updateAssignedTabTitle();
    updateActions();
    if (m_tabs->currentIndex() == AssignedDevicesTab)
        m_assignedDelay->start();
}

void DeploymentProfilesView::showCurrentDetails()
{
    const int row = currentRow();
    if (row < 0) {
        m_details->clear();
        return;
    }
    using M = DeploymentProfileModel;
    const auto cell = [this, row](int column, int role) {
        return m_model->data(m_model->index(row, column), role).toString();
    };
    // The table's short forms ("…", "—") say little in a form: the pane gets the tooltips'
    // sentences, and the group assignments one target a line.
    const QString devices = m_model->assignedCount(row) ? cell(M::AssignedDevicesColumn, Qt::DisplayRole)
                                                        : cell(M::AssignedDevicesColumn, Qt::ToolTipRole);
    m_details->showProfile(m_model->profile(row), cell(M::GroupAssignmentsColumn, Qt::ToolTipRole), devices);
}

void DeploymentProfilesView::pointAssignedDevices()
{
    m_assignedDelay->stop();
    const int row = currentRow();
    const QString id = row >= 0 ? m_model->profile(row).id : QString();
    if (id == m_assigned->profileId())
        return;
    const QString name = row >= 0 ? m_model->profile(row).displayName : QString();
    m_assigned->setProfile(m_service.data(), m_tenant, id, name);
}

void DeploymentProfilesView::updateAssignedTabTitle()
{
    const int row = currentRow();
    const std::optional<qint64> count = row >= 0 ? m_model->assignedCount(row) : std::nullopt;
    m_tabs->setTabText(AssignedDevicesTab,
                       count ? tr("Assigned devices (%1)").arg(QLocale().toString(*count)) : tr("Assigned devices"));
}

void DeploymentProfilesView::setPermissions(const GrantedPermissions &permissions)
{
    m_permissions = permissions;
    m_assigned->setPermissions(permissions);
    updateActions();
}

void DeploymentProfilesView::updateActions()
{
    const bool hasCurrent = currentRow() >= 0;
    ViewTools::setActionAllowed(m_assignAction, hasCurrent && m_service, m_permissions,
                                IntuneService::spec(IntuneService::Operation::AssignProfile).permissions);
    m_rawJsonAction->setEnabled(hasCurrent);
    m_copyIdAction->setEnabled(hasCurrent);
}

void DeploymentProfilesView::showContextMenu(const QPoint &pos)
{
    ViewTools::execContextMenu(m_table, u"profileContextMenu"_s,
                               {m_assignAction, m_rawJsonAction, nullptr, m_copyIdAction}, pos);
}

} // namespace ed
