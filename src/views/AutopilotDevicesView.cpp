#include "AutopilotDevicesView.h"

#include "core/CsvWriter.h"
#include "core/Logging.h"
#include "dialogs/BulkUnblockDialog.h"
#include "dialogs/PasteSerialsDialog.h"
#include "dialogs/UnblockConfirmDialog.h"
#include "graph/GraphClient.h"
#include "graph/IntuneService.h"
#include "models/AutopilotDeviceModel.h"
#include "models/AutopilotSyncTracker.h"
#include "models/BulkUnblockJob.h"
#include "models/DeviceFilterProxyModel.h"
#include "models/DeviceLoader.h"
#include "widgets/AutopilotSyncWidget.h"
#include "widgets/DeviceDetailsPane.h"
#include "widgets/DeviceFacetBar.h"
#include "widgets/ViewStatusRows.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

// Columns shown on first start; the others are one right-click away.
constexpr int hiddenByDefault[] = {AutopilotDeviceModel::PurchaseOrderColumn, AutopilotDeviceModel::DateAssignedColumn,
                                   AutopilotDeviceModel::EntraDeviceIdColumn,
                                   AutopilotDeviceModel::IntuneDeviceIdColumn};

// Column order, visibility and width as on first start.
void applyDefaultColumns(QHeaderView *header)
{
    for (int column = 0; column < AutopilotDeviceModel::ColumnCount; ++column) {
        header->moveSection(header->visualIndex(column), column);
        header->setSectionHidden(column,
                                 std::find(std::begin(hiddenByDefault), std::end(hiddenByDefault), column)
                                         != std::end(hiddenByDefault));
        header->resizeSection(column, header->defaultSectionSize());
    }
    // What the help desk looks for first: the serial, then whether it is blocked.
    header->moveSection(header->visualIndex(AutopilotDeviceModel::UserlessStatusColumn), 1);
}

} // namespace

AutopilotDevicesView::AutopilotDevicesView(ActivityJournal *journal, QWidget *parent)
    : AutopilotDevicesView(journal, Scope::AllDevices, parent)
{ }

AutopilotDevicesView::AutopilotDevicesView(ActivityJournal *journal, Scope scope, QWidget *parent)
    : ViewPage(parent)
    , m_scope(scope)
    , m_journal(journal)
    , m_model(new AutopilotDeviceModel(this))
    , m_proxy(new DeviceFilterProxyModel(this))
    , m_toolBar(ViewTools::createToolBar(this, u"devicesToolBar"_s, tr("Device actions")))
    , m_facets(new DeviceFacetBar(*m_model, this))
    , m_status(new ViewStatusRows({.progressRow = {u"loadProgressRow"_s, {}},
                                   .progressBar = {u"loadProgressBar"_s, tr("Devices loaded")},
                                   .progressLabel = {u"loadProgressLabel"_s, {}},
                                   .cancelButton = {u"cancelLoadButton"_s, tr("Cancel loading devices")},
                                   .messageRow = {u"devicesMessageRow"_s, {}},
                                   .message = {u"devicesMessage"_s, {}},
                                   .retryButton = {u"retryLoadButton"_s, tr("Load the devices again")}},
                                  this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView(m_splitter))
    , m_details(new DeviceDetailsPane(m_splitter))
    , m_syncWidget(new AutopilotSyncWidget(nullptr, this))
    , m_summaryTimer(new QTimer(this))
{
    const bool profileScope = scope == Scope::Profile;
    setObjectName(profileScope ? u"profileDevicesView"_s : u"devicesView"_s);
    m_proxy->setDeviceModel(m_model);
    m_proxy->setBackgroundSorting(true); // a click on a header never freezes the window

    ViewTools::setUpTable(m_table, u"devicesTable"_s,
                          profileScope ? tr("Devices assigned to the profile") : tr("Autopilot devices"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(AutopilotDeviceModel::SerialColumn, Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultSectionSize(140);
    applyDefaultColumns(header);

    m_splitter->setObjectName(u"devicesSplitter"_s);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({760, 320});
    m_details->clear();

    auto *top = new QHBoxLayout;
    if (profileScope) {
        // The main window's search field searches the profiles: this list has its own.
        m_searchField = new QLineEdit(this);
        m_searchField->setObjectName(u"profileDevicesSearch"_s);
        m_searchField->setAccessibleName(tr("Search the assigned devices"));
        m_searchField->setPlaceholderText(tr("Search assigned devices (* and ? wildcards)"));
        m_searchField->setClearButtonEnabled(true);
        m_searchField->setMaximumWidth(320);
        connect(m_searchField, &QLineEdit::textChanged, this, &AutopilotDevicesView::setSearchText);
        m_syncWidget->hide();
    }
    top->addWidget(m_toolBar, 1);
    if (m_searchField)
        top->addWidget(m_searchField);
    top->addWidget(m_syncWidget);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_facets);
    layout->addWidget(m_status);
    layout->addWidget(m_splitter, 1);

    buildActions();

    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(0);
    connect(m_summaryTimer, &QTimer::timeout, this, [this] {
        m_selectedCount = static_cast<int>(m_table->selectionModel()->selectedRows().size());
        updateActions();
        Q_EMIT summaryChanged();
    });
    connect(m_facets, &DeviceFacetBar::facetsChanged, this, [this] {
        DeviceFilter filter = m_facets->facets();
        filter.setSearchText(m_proxy->filter().searchText());
        m_proxy->setFilter(filter);
        scheduleSummary();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AutopilotDevicesView::scheduleSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AutopilotDevicesView::scheduleSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AutopilotDevicesView::scheduleSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AutopilotDevicesView::scheduleSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AutopilotDevicesView::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        onCurrentChanged();
    });
    connect(m_model, &AutopilotDeviceModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int current = m_proxy->mapToSource(m_table->currentIndex()).row();
        if (current >= from.row() && current <= to.row())
            onCurrentChanged();
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &AutopilotDevicesView::showContextMenu);
    connect(m_table, &QAbstractItemView::activated, this, [this] { m_detailsAction->trigger(); });
    connect(m_status, &ViewStatusRows::cancelRequested, this, [this] {
        if (m_loader)
            m_loader->cancel();
    });
    connect(m_status, &ViewStatusRows::retryRequested, this, &AutopilotDevicesView::refresh);
    setService(nullptr, {});
}

AutopilotDevicesView::~AutopilotDevicesView() = default;

void AutopilotDevicesView::buildActions()
{
    const auto make = [this](const QString &objectName, const QString &text, const QKeySequence &shortcut) {
        return ViewTools::addAction(this, objectName, text, shortcut);
    };
    m_unblockAction = make(u"actionUnblock"_s, tr("Unblock"), QKeySequence(u"Ctrl+U"_s));
    m_unblockAction->setStatusTip(
            tr("Allow the selected devices to enroll again without a user (allowNextEnrollment)"));
    m_detailsAction = make(u"actionDeviceDetails"_s, tr("Details"), QKeySequence(Qt::Key_Return));
    m_selectAllAction = make(u"actionSelectAllDevices"_s, tr("Select all"), QKeySequence(QKeySequence::SelectAll));
    m_pasteAction = make(u"actionPasteSerials"_s, tr("Paste serials…"), QKeySequence(u"Ctrl+Shift+V"_s));
    m_exportAction = make(u"actionExportDevices"_s, tr("Export CSV…"), QKeySequence(u"Ctrl+E"_s));
    m_exportSelectionAction = make(u"actionExportSelectedDevices"_s, tr("Export selected devices…"), {});
    m_copySerialsAction = make(u"actionCopySerials"_s, tr("Copy serial numbers"), QKeySequence(QKeySequence::Copy));
    m_columnsAction = make(u"actionDeviceColumns"_s, tr("Columns…"), {});
    m_assignAction = make(u"actionAssignProfile"_s, tr("Assign profile…"), QKeySequence(u"Ctrl+Shift+A"_s));
    m_assignAction->setStatusTip(tr("Assign a deployment profile to the selected devices"));
    if (m_scope == Scope::Profile) {
        m_showInDevicesAction = make(u"actionShowInDevicesView"_s, tr("Show in Autopilot devices"), {});
        m_showInDevicesAction->setStatusTip(tr("Show the current device in the list of every Autopilot device"));
        connect(m_showInDevicesAction, &QAction::triggered, this, [this] {
            const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
            if (current.isValid())
                Q_EMIT showInDevicesViewRequested(m_model->deviceId(current.row()));
        });
    }

    // Enter on the keypad too.
    m_detailsAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});

    for (QAction *action : {m_unblockAction, m_assignAction, m_pasteAction, m_exportAction, m_columnsAction})
        m_toolBar->addAction(action);
    if (m_showInDevicesAction) {
        m_toolBar->addAction(m_showInDevicesAction);
        m_toolBar->widgetForAction(m_showInDevicesAction)->setAccessibleName(tr("Show in Autopilot devices"));
    }
    m_toolBar->widgetForAction(m_assignAction)->setObjectName(u"assignProfileButton"_s);
    m_toolBar->widgetForAction(m_assignAction)->setAccessibleName(tr("Assign a deployment profile"));
    m_toolBar->widgetForAction(m_unblockAction)->setObjectName(u"unblockButton"_s);
    m_toolBar->widgetForAction(m_unblockAction)->setAccessibleName(tr("Unblock selected devices"));
    m_toolBar->widgetForAction(m_pasteAction)->setAccessibleName(tr("Select devices by pasting serial numbers"));
    m_toolBar->widgetForAction(m_exportAction)->setAccessibleName(tr("Export devices to CSV"));
    m_toolBar->widgetForAction(m_columnsAction)->setAccessibleName(tr("Choose columns"));

    connect(m_unblockAction, &QAction::triggered, this, &AutopilotDevicesView::unblockSelected);
    connect(m_assignAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedDeviceIds();
        if (!ids.isEmpty())
            Q_EMIT assignProfileRequested(ids);
    });
    connect(m_detailsAction, &QAction::triggered, this, [this] {
        if (m_details->isHidden() || m_splitter->sizes().value(1) == 0) {
            m_details->show();
            m_splitter->setSizes({m_splitter->width() * 2 / 3, m_splitter->width() / 3});
        }
        onCurrentChanged();
    });
    connect(m_selectAllAction, &QAction::triggered, m_table, &QAbstractItemView::selectAll);
    connect(m_pasteAction, &QAction::triggered, this, &AutopilotDevicesView::pasteSerials);
    connect(m_exportAction, &QAction::triggered, this, [this] { exportWithDialog(false); });
    connect(m_exportSelectionAction, &QAction::triggered, this, [this] { exportWithDialog(true); });
    connect(m_copySerialsAction, &QAction::triggered, this, &AutopilotDevicesView::copySelectedSerials);
    // The serial number identifies a row: it always stays.
    ViewTools::installColumnMenu(m_table->horizontalHeader(), m_toolBar, m_columnsAction, u"deviceColumnsMenu"_s,
                                 AutopilotDeviceModel::SerialColumn, applyDefaultColumns);
}

void AutopilotDevicesView::setService(IntuneService *service, const QString &tenant)
{
    m_service = service;
    m_tenant = tenant;
    m_details->setService(service);
    delete m_loader;
    m_loader = nullptr;
    m_syncWidget->setTracker(nullptr);
    delete m_syncTracker;
    m_syncTracker = nullptr;
    if (!service) {
        m_model->clear();
        m_status->showMessage(
                m_scope == Scope::Profile
                        ? QString()
                        : tr("Not signed in. Sign in to a tenant (or start with --demo) to see its Autopilot "
                             "devices."),
                false, false);
        updateActions();
        return;
    }
    m_loader = new DeviceLoader(*service, *m_model, this);
    connect(m_loader, &DeviceLoader::stateChanged, this, &AutopilotDevicesView::onLoadState);
    connect(m_loader, &DeviceLoader::progress, this, &AutopilotDevicesView::onProgress);
    connect(m_loader, &DeviceLoader::aboutToReplace, this, &AutopilotDevicesView::rememberSelection);
    connect(m_loader, &DeviceLoader::replaced, this, &AutopilotDevicesView::restoreSelection);
    if (m_scope == Scope::Profile) {
        updateActions(); // setProfile() loads
        return;
    }
    m_loader->load();
    m_syncTracker = new AutopilotSyncTracker(*service, m_journal, tenant, this);
    m_syncWidget->setTracker(m_syncTracker);
    // A finished sync may have imported devices: load them.
    connect(m_syncTracker, &AutopilotSyncTracker::syncFinished, this, [this](bool succeeded) {
        if (succeeded)
            refresh();
    });
    m_syncTracker->refresh();
}

void AutopilotDevicesView::setProfile(IntuneService *service, const QString &tenant, const QString &profileId,
                                      const QString &profileName)
{
    Q_ASSERT(m_scope == Scope::Profile);
    if (service != m_service.data() || tenant != m_tenant || !m_loader)
        setService(service, tenant);
    DeviceLoader *loader = m_loader;
    if (!loader)
        return;
    const bool sameProfile = loader->profileScope() == profileId;
    loader->setProfileScope(profileId, profileName);
    if (profileId.isEmpty()) {
        m_details->clear();
        m_status->clearMessage();
        return;
    }
    // The same profile again (after an assignment): a refresh in place keeps the selection.
    if (!sameProfile || loader->state() != DeviceLoader::State::Loading)
        loader->load();
}

QString AutopilotDevicesView::profileId() const
{
    return m_loader ? m_loader->profileScope() : QString();
}

QString AutopilotDevicesView::key() const
{
    return m_scope == Scope::Profile ? u"profileDevices"_s : u"devices"_s;
}

QString AutopilotDevicesView::title() const
{
    return tr("Autopilot devices");
}

QIcon AutopilotDevicesView::icon() const
{
    return QIcon(u":/icons/devices.svg"_s);
}

QString AutopilotDevicesView::searchPlaceholder() const
{
    return tr("Search serial, model, manufacturer, group tag, user, device name (* and ? wildcards)");
}

void AutopilotDevicesView::setSearchText(const QString &text)
{
    m_proxy->setSearchText(text);
    if (m_searchField && m_searchField->text() != text)
        m_searchField->setText(text);
    scheduleSummary();
}

QString AutopilotDevicesView::searchText() const
{
    return m_proxy->filter().searchText();
}

bool AutopilotDevicesView::canRefresh() const
{
    return true;
}

void AutopilotDevicesView::refresh()
{
    if (m_loader && (m_scope == Scope::AllDevices || !m_loader->profileScope().isEmpty()))
        m_loader->load();
    if (m_syncTracker)
        m_syncTracker->refresh();
}

void AutopilotDevicesView::saveState(Settings &settings) const
{
    ViewTools::saveLayout(settings, key(), m_table, m_splitter);
}

void AutopilotDevicesView::restoreState(const Settings &settings)
{
    ViewTools::restoreLayout(settings, key(), m_table, m_splitter);
}

QString AutopilotDevicesView::summary() const
{
    const QLocale locale;
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    return tr("%Ln device(s) (%1 shown, %2 selected)", nullptr, total)
            .arg(locale.toString(shown), locale.toString(m_selectedCount));
}

void AutopilotDevicesView::scheduleSummary()
{
    m_summaryTimer->start();
}

void AutopilotDevicesView::onLoadState()
{
    const DeviceLoader::State state = m_loader->state();
    m_status->setProgressVisible(state == DeviceLoader::State::Loading);
    const QLocale locale;
    switch (state) {
    case DeviceLoader::State::Idle:
    case DeviceLoader::State::Loading:
        m_status->clearMessage();
        break;
    case DeviceLoader::State::Ready: {
        const std::optional<GraphError> &profiles = m_loader->profileError();
        m_status->showMessage(profiles ? tr("Assigned profiles could not be read: %1").arg(profiles->summary())
                                       : QString(),
                              false, false);
        // Ranks for every column, on workers: the next filter and sort need no pause.
        if (m_proxy->sortColumn() >= 0)
            m_model->prepareSortRanks(m_proxy->sortColumn());
        for (int column = 0; column < AutopilotDeviceModel::ColumnCount; ++column)
            m_model->prepareSortRanks(column);
        break;
    }
    case DeviceLoader::State::Failed: {
        const GraphError &error = m_loader->error();
        QString text = tr("The devices could not be loaded: %1").arg(error.summary());
        if (m_model->rowCount() > 0)
            text += u' '
                    + tr("The table shows the %Ln device(s) read before the failure.", nullptr, m_model->rowCount());
        if (!error.requestId.isEmpty())
            text += u' ' + tr("Request ID: %1").arg(error.requestId);
        m_status->showMessage(text, true, true, error.details());
        break;
    }
    case DeviceLoader::State::Cancelled:
        m_status->showMessage(
                tr("Loading was cancelled: %1 of about %2 devices are shown. Refresh (F5) loads them all.")
                        .arg(locale.toString(m_model->rowCount()),
                             locale.toString(std::max<qint64>(m_loader->expected(), m_model->rowCount()))),
                false, true);
        break;
    }
    updateActions();
    scheduleSummary();
}

void AutopilotDevicesView::onProgress(int loaded, qint64 expected)
{
    const QLocale locale;
    const QString verb = m_loader && m_loader->isRefreshing() ? tr("Refreshing") : tr("Loading");
    // Busy while the count is not known yet.
    m_status->setProgress(
            loaded, expected,
            expected > 0
                    ? tr("%1: %2 of ~%3 devices loaded").arg(verb, locale.toString(loaded), locale.toString(expected))
                    : tr("%1: %2 devices loaded").arg(verb, locale.toString(loaded)));
}

QList<int> AutopilotDevicesView::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_proxy->mapToSource(m_table->currentIndex()).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void AutopilotDevicesView::onSelectionChanged()
{
    updateActions();
    scheduleSummary();
}

void AutopilotDevicesView::onCurrentChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const int row = current.row();
    m_details->showDevice(m_model->device(row), m_model->text(m_model->row(row).assignedProfile));
}

void AutopilotDevicesView::setPermissions(const GrantedPermissions &permissions)
{
    m_permissions = permissions;
    updateActions();
}

void AutopilotDevicesView::updateActions()
{
    const bool hasRows = m_model->rowCount() > 0;
    const bool hasSelection = m_table->selectionModel()->hasSelection() || m_table->currentIndex().isValid();
    using Op = IntuneService::Operation;
    ViewTools::setActionAllowed(m_unblockAction, m_service && hasSelection, m_permissions,
                                IntuneService::spec(Op::AllowNextEnrollment).permissions);
    ViewTools::setActionAllowed(m_assignAction, m_service && hasSelection, m_permissions,
                                IntuneService::spec(Op::AssignProfile).permissions);
    if (m_showInDevicesAction)
        m_showInDevicesAction->setEnabled(m_table->currentIndex().isValid());
    m_exportAction->setEnabled(m_proxy->rowCount() > 0);
    m_exportSelectionAction->setEnabled(m_table->selectionModel()->hasSelection());
    m_copySerialsAction->setEnabled(hasSelection);
    m_pasteAction->setEnabled(hasRows);
    m_detailsAction->setEnabled(hasSelection);
}

void AutopilotDevicesView::rememberSelection()
{
    m_keptSelection.clear();
    for (const int row : selectedRows())
        m_keptSelection.append(m_model->deviceId(row));
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    m_keptCurrent = current.isValid() ? m_model->deviceId(current.row()) : QString();
    const QModelIndex top = m_proxy->mapToSource(m_table->indexAt(QPoint(0, 0)));
    m_keptTop = top.isValid() ? m_model->deviceId(top.row()) : QString();
}

void AutopilotDevicesView::restoreSelection()
{
    QList<int> rows;
    rows.reserve(m_keptSelection.size());
    for (const QString &id : std::as_const(m_keptSelection))
        if (const int row = m_model->rowOfId(id); row >= 0)
            rows.append(row);
    selectRows(rows);
    if (const int current = m_model->rowOfId(m_keptCurrent); current >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(current, 0));
        if (index.isValid())
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
    if (const int top = m_model->rowOfId(m_keptTop); top >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(top, 0));
        if (index.isValid())
            m_table->scrollTo(index, QAbstractItemView::PositionAtTop);
    }
    m_keptSelection.clear();
}

void AutopilotDevicesView::selectRows(const QList<int> &modelRows)
{
    // Proxy rows, merged into ranges: one selection range per run, not one per device.
    QList<int> proxyRows;
    proxyRows.reserve(modelRows.size());
    for (const int row : modelRows) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            proxyRows.append(index.row());
    }
    std::sort(proxyRows.begin(), proxyRows.end());
    QItemSelection selection;
    const int lastColumn = m_proxy->columnCount() - 1;
    for (qsizetype i = 0; i < proxyRows.size();) {
        qsizetype j = i;
        while (j + 1 < proxyRows.size() && proxyRows.at(j + 1) <= proxyRows.at(j) + 1)
            ++j;
        selection.select(m_proxy->index(proxyRows.at(i), 0), m_proxy->index(proxyRows.at(j), lastColumn));
        i = j + 1;
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!proxyRows.isEmpty()) {
        const QModelIndex first = m_proxy->index(proxyRows.constFirst(), 0);
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
    }
}

SerialList::Match AutopilotDevicesView::selectSerials(const QStringList &serials)
{
    SerialList::Match match = SerialList::match(serials, *m_model);
    // A device a filter hides cannot be selected: show everything again first.
    const bool hidden = std::any_of(match.rows.cbegin(), match.rows.cend(), [this](int row) {
        return !m_proxy->mapFromSource(m_model->index(row, 0)).isValid();
    });
    if (hidden)
        clearFilters();
    selectRows(match.rows);
    const QLocale locale;
    QString text =
            tr("Selected %Ln device(s) for %1 of %2 serial numbers.", nullptr, static_cast<int>(match.rows.size()))
                    .arg(locale.toString(match.requested - match.notFound.size()), locale.toString(match.requested));
    if (!match.notFound.isEmpty())
        text += u' '
                + tr("Not found (%1): %2").arg(locale.toString(match.notFound.size()), match.notFound.join(u", "_s));
    if (hidden)
        text += u' ' + tr("Search and quick filters were cleared to show them.");
    m_status->showMessage(text, false, false);
    m_table->setFocus();
    return match;
}

void AutopilotDevicesView::clearFilters()
{
    m_facets->clear();
    m_proxy->setSearchText({});
    if (m_searchField)
        m_searchField->clear();
    else
        Q_EMIT searchTextChangedByPage(QString());
}

bool AutopilotDevicesView::showDevice(const QString &deviceId)
{
    const int row = m_model->rowOfId(deviceId);
    if (row < 0)
        return false;
    if (!m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
        clearFilters();
    selectRows({row});
    m_table->setFocus();
    return true;
}

QStringList AutopilotDevicesView::selectedDeviceIds() const
{
    QStringList ids;
    for (const int row : selectedRows())
        ids.append(m_model->deviceId(row));
    return ids;
}

void AutopilotDevicesView::applyDevices(const QList<AutopilotDevice> &devices)
{
    m_model->update(devices);
}

void AutopilotDevicesView::pasteSerials()
{
    const std::optional<QStringList> serials = PasteSerialsDialog::ask(this);
    if (serials && !serials->isEmpty())
        selectSerials(*serials);
}

Expected<qsizetype> AutopilotDevicesView::exportCsv(const QString &path, bool selectionOnly) const
{
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QStringList titles;
    for (const int column : std::as_const(columns))
        titles.append(AutopilotDeviceModel::columnTitle(column));

    QList<int> rows;
    if (selectionOnly) {
        rows = selectedRows();
    } else {
        rows = m_proxy->sourceRows();
    }
    QList<QStringList> cells;
    cells.reserve(rows.size());
    for (const int row : std::as_const(rows)) {
        const AutopilotDeviceModel::Row &r = m_model->row(row);
        QStringList line;
        line.reserve(columns.size());
        for (const int column : std::as_const(columns)) {
            // Times as ISO 8601 (UTC), which every spreadsheet and script reads.
            if (column == AutopilotDeviceModel::LastContactedColumn
                || column == AutopilotDeviceModel::DateAssignedColumn) {
                const qint64 ms =
                        column == AutopilotDeviceModel::LastContactedColumn ? r.lastContactedMs : r.profileAssignedMs;
                line.append(ms == AutopilotDeviceModel::invalidTime
                                    ? QString()
                                    : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate));
            } else {
                line.append(m_model->data(m_model->index(row, column)).toString());
            }
        }
        cells.append(line);
    }
    return CsvWriter::write(path, titles, cells);
}

void AutopilotDevicesView::exportWithDialog(bool selectionOnly)
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + u"/autopilot-devices-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export devices"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Expected<qsizetype> written = exportCsv(path, selectionOnly);
    if (!written) {
        m_status->showMessage(tr("The export failed: %1").arg(written.error()), true, false);
        return;
    }
    m_status->showMessage(tr("Exported %Ln device(s) to %1.", nullptr, static_cast<int>(written.value())).arg(path),
                          false, false);
}

void AutopilotDevicesView::copySelectedSerials() const
{
    QStringList serials;
    for (const int row : selectedRows())
        serials.append(m_model->row(row).serialNumber);
    if (!serials.isEmpty())
        QApplication::clipboard()->setText(serials.join(u'\n'));
}

void AutopilotDevicesView::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setObjectName(u"deviceContextMenu"_s);
    menu.addAction(m_unblockAction);
    menu.addAction(m_assignAction);
    menu.addAction(m_detailsAction);
    if (m_showInDevicesAction)
        menu.addAction(m_showInDevicesAction);
    menu.addSeparator();
    menu.addAction(m_copySerialsAction);
    QAction *copyId = menu.addAction(tr("Copy device IDs"));
    connect(copyId, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedDeviceIds().join(u'\n')); });
    menu.addAction(m_exportSelectionAction);
    menu.addSeparator();
    menu.addAction(m_selectAllAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void AutopilotDevicesView::unblockSelected()
{
    IntuneService *service = m_service.data();
    if (!service)
        return;
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QList<UnblockTarget> targets;
    targets.reserve(rows.size());
    for (const int row : rows)
        targets.append(UnblockTarget::fromDevice(m_model->device(row)));
    const qint64 minimum =
            BulkUnblockJob::minimumDurationMs(static_cast<int>(targets.size()), service->client().options());
    if (!UnblockConfirmDialog::confirm(this, targets, minimum))
        return;
    qCInfo(lcUi) << "Unblocking" << targets.size() << "devices";
    BulkUnblockDialog *dialog = BulkUnblockDialog::open(*service, m_journal, m_tenant, targets, this);
    // The rows show the userless enrollment status Graph reports once the writes are through.
    connect(dialog, &BulkUnblockDialog::devicesRefreshed, this, &AutopilotDevicesView::applyDevices);
}

} // namespace ed
