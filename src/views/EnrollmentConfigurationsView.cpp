#include "EnrollmentConfigurationsView.h"

#include "app/Settings.h"
#include "core/Logging.h"
#include "graph/IntuneService.h"
#include "models/ActivityJournal.h"
#include "models/ConfigurationLoader.h"
#include "models/ConfigurationWriter.h"
#include "models/EnrollmentConfigurationModel.h"
#include "models/SearchFilterProxyModel.h"
#include "widgets/ConfigurationDetailsPane.h"
#include "widgets/ViewStatusRows.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

using M = EnrollmentConfigurationModel;
using Operation = IntuneService::Operation;

// Column widths on first start; the assignments take the rest.
int defaultWidth(int column)
{
    switch (column) {
    case M::PriorityColumn:
        return 70;
    case M::NameColumn:
        return 260;
    case M::TypeColumn:
        return 230;
    case M::LimitColumn:
        return 90;
    case M::AssignmentsColumn:
        return 320;
    case M::VersionColumn:
        return 70;
    case M::DescriptionColumn:
        return 280;
    default:
        return 140;
    }
}

void applyDefaultColumns(QHeaderView *header)
{
    ViewTools::applyColumnDefaults(header, M::ColumnCount, defaultWidth,
                                   [](int column) { return column == M::DescriptionColumn; });
}

QString nameOf(const EnrollmentConfiguration &c)
{
    return c.displayName.isEmpty() ? c.id : c.displayName;
}

} // namespace

EnrollmentConfigurationsView::EnrollmentConfigurationsView(ActivityJournal *journal, QWidget *parent)
    : ViewPage(parent)
    , m_journal(journal)
    , m_model(new EnrollmentConfigurationModel(this))
    , m_proxy(new SearchFilterProxyModel(EnrollmentConfigurationModel::RawValueRole, this))
    , m_toolBar(ViewTools::createToolBar(this, u"configurationsToolBar"_s, tr("Configuration actions")))
    , m_status(new ViewStatusRows(
              {.progressRow = {u"configurationsProgressRow"_s, {}},
               .progressBar = {u"configurationsProgressBar"_s, tr("Enrollment configurations loading")},
               .progressLabel = {u"configurationsProgressLabel"_s, tr("Loading progress")},
               .cancelButton = {u"cancelConfigurationsLoadButton"_s, tr("Cancel loading enrollment configurations")},
               .messageRow = {u"configurationsMessageRow"_s, {}},
               .message = {u"configurationsMessage"_s, tr("Enrollment configurations status")},
               .retryButton = {u"retryConfigurationsButton"_s, tr("Load the enrollment configurations again")}},
              this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new QTableView(m_splitter))
    , m_details(new ConfigurationDetailsPane(m_splitter))
    , m_copyDetails(new QPushButton(tr("Copy details"), this))
{
    setObjectName(u"configurationsView"_s);
    setAccessibleName(tr("Enrollment configurations"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSearchColumns({M::NameColumn, M::TypeColumn, M::AssignmentsColumn, M::DescriptionColumn});

    ViewTools::setUpTable(m_table, u"configurationsTable"_s, tr("Enrollment configurations"));
    m_table->setModel(m_proxy);
    // The priority column sorts by the portal order: families, customs by priority, default last.
    m_table->sortByColumn(M::PriorityColumn, Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    applyDefaultColumns(m_table->horizontalHeader());

    ViewTools::setUpSplitter(m_splitter, u"configurationsSplitter"_s, m_table, m_details, 280, 420);

    // The status rows say what failed; this button copies the details (request ids and all).
    m_copyDetails->setObjectName(u"configurationsCopyDetailsButton"_s);
    m_copyDetails->setAccessibleName(tr("Copy the error details"));
    m_copyDetails->setToolTip(tr("Copy the full error, with the request IDs Microsoft support asks for"));
    m_copyDetails->hide();
    auto *statusLine = new QHBoxLayout;
    statusLine->setContentsMargins(0, 0, 0, 0);
    statusLine->addWidget(m_status, 1);
    statusLine->addWidget(m_copyDetails, 0, Qt::AlignTop);

    QVBoxLayout *layout = ViewTools::createPageLayout(this);
    layout->addWidget(m_toolBar);
    layout->addLayout(statusLine);
    layout->addWidget(m_splitter, 1);

    buildActions();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EnrollmentConfigurationsView::onCurrentChanged);
    // Resolved group names, a replaced row: the details and the actions follow.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = currentRow();
        if (row >= from.row() && row <= to.row()) {
            showCurrentDetails();
            updateActions();
        }
    });
    connect(m_model, &QAbstractItemModel::rowsMoved, this, [this] { onCurrentChanged(); });
    // A reload replaces the rows: the same configuration stays current.
    ViewTools::keepCurrentAcrossReset(
            m_model, this, &m_keptCurrent, [this] { return currentConfigurationId(); },
            [this](const QString &id) { return selectConfiguration(id); }, [this] { onCurrentChanged(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { Q_EMIT configurationsChanged(); });
    ViewTools::onRowsChanged(m_proxy, this, [this] {
        updateActions();
        Q_EMIT summaryChanged();
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &EnrollmentConfigurationsView::showContextMenu);
    connect(m_status, &ViewStatusRows::cancelRequested, this, [this] {
        if (m_loader)
            m_loader->cancel();
    });
    connect(m_status, &ViewStatusRows::retryRequested, this, &EnrollmentConfigurationsView::refresh);
    connect(m_copyDetails, &QPushButton::clicked, this, [this] {
        if (!m_errorDetails.isEmpty())
            QApplication::clipboard()->setText(m_errorDetails);
    });
    setService(nullptr, {});
}

EnrollmentConfigurationsView::~EnrollmentConfigurationsView()
{
    // A priority change still running: its journal entry completes without us (see the writer).
    if (m_writer)
        m_writer->cancel();
}

void EnrollmentConfigurationsView::buildActions()
{
    const auto make = [this](const QString &objectName, const QString &text, const QKeySequence &shortcut) {
        return ViewTools::addAction(this, objectName, text, shortcut);
    };
    m_editLimitAction = make(u"actionEditLimit"_s, tr("Edit device limit…"), {});
    m_editLimitAction->setStatusTip(tr("Change how many devices a user may enroll"));
    m_editLimitAction->setToolTip(tr("Change how many devices a user may enroll"));
    m_assignmentsAction = make(u"actionAssignments"_s, tr("Assignments…"), QKeySequence(u"Ctrl+Shift+G"_s));
    m_assignmentsAction->setStatusTip(tr("See and change who the configuration is assigned to"));
    m_moveUpAction = make(u"actionMoveUp"_s, tr("Move up"), QKeySequence(u"Ctrl+Up"_s));
    m_moveUpAction->setStatusTip(tr("Give the configuration a higher priority (a lower number)"));
    m_moveDownAction = make(u"actionMoveDown"_s, tr("Move down"), QKeySequence(u"Ctrl+Down"_s));
    m_moveDownAction->setStatusTip(tr("Give the configuration a lower priority (a higher number)"));
    m_rawJsonAction = make(u"actionRawJson"_s, tr("Show raw JSON"), QKeySequence(u"Ctrl+J"_s));
    m_rawJsonAction->setStatusTip(tr("Show the current configuration as Microsoft Graph sent it"));
    m_copyIdAction = make(u"actionCopyId"_s, tr("Copy configuration ID"), {});
    m_columnsAction = make(u"actionConfigurationColumns"_s, tr("Columns…"), {});

    ViewTools::addToolBarButton(m_toolBar, m_editLimitAction, u"editLimitButton"_s,
                                tr("Edit the device limit of the current configuration"));
    ViewTools::addToolBarButton(m_toolBar, m_assignmentsAction, u"assignmentsButton"_s,
                                tr("Assignments of the current configuration"));
    m_toolBar->addSeparator();
    ViewTools::addToolBarButton(m_toolBar, m_moveUpAction, u"moveUpButton"_s, tr("Move the current configuration up"));
    ViewTools::addToolBarButton(m_toolBar, m_moveDownAction, u"moveDownButton"_s,
                                tr("Move the current configuration down"));
    m_toolBar->addSeparator();
    ViewTools::addToolBarButton(m_toolBar, m_rawJsonAction, u"showConfigurationJsonButton"_s,
                                tr("Show the current configuration's raw JSON"));
    ViewTools::addToolBarButton(m_toolBar, m_columnsAction, u"configurationColumnsButton"_s, tr("Choose columns"));

    connect(m_editLimitAction, &QAction::triggered, this, [this] {
        const int row = currentRow();
        if (row < 0 || !m_service || !m_editLimitAction->isEnabled())
            return;
        qCInfo(lcUi) << "Edit device limit requested for configuration" << m_model->configuration(row).id;
        Q_EMIT editLimitRequested(m_model->configuration(row));
    });
    connect(m_assignmentsAction, &QAction::triggered, this, [this] {
        const int row = currentRow();
        if (row < 0 || !m_service || !m_assignmentsAction->isEnabled())
            return;
        qCInfo(lcUi) << "Assignments requested for configuration" << m_model->configuration(row).id;
        Q_EMIT assignmentsRequested(m_model->configuration(row));
    });
    connect(m_moveUpAction, &QAction::triggered, this, [this] { move(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { move(+1); });
    connect(m_rawJsonAction, &QAction::triggered, this, [this] { m_details->showRawJson(); });
    ViewTools::copyOnTrigger(m_copyIdAction, this, [this] { return currentConfigurationId(); });
    // The name identifies a row: it always stays.
    ViewTools::installColumnMenu(m_table->horizontalHeader(), m_toolBar, m_columnsAction, u"configurationColumnsMenu"_s,
                                 M::NameColumn, applyDefaultColumns);
    updateActions();
}

void EnrollmentConfigurationsView::setService(IntuneService *service, const QString &tenant)
{
    if (m_writer) {
        m_writer->cancel();
        delete m_writer;
        m_writer = nullptr;
    }
    delete m_loader;
    m_loader = nullptr;
    m_service = service;
    m_tenant = tenant;
    m_movingId.clear();
    m_rereadAfterMove = false;
    m_moveDoneText.clear();
    if (!service) {
        m_model->clear();
        m_status->setProgressVisible(false);
        showMessage(tr("Not signed in. Sign in to a tenant (or start with --demo) to see its enrollment "
                       "configurations."),
                    false, false);
        updateActions();
        Q_EMIT summaryChanged();
        return;
    }
    if (m_model->rowCount() > 0)
        m_model->clear(); // another tenant's configurations must not show under this one
    m_loader = new ConfigurationLoader(*service, *m_model, this);
    connect(m_loader, &ConfigurationLoader::stateChanged, this, &EnrollmentConfigurationsView::onLoadState);
    connect(m_loader, &ConfigurationLoader::progress, this, &EnrollmentConfigurationsView::updateProgress);
    m_writer = new ConfigurationWriter(*service, m_journal.data(), tenant, this);
    connect(m_writer, &ConfigurationWriter::started, this, [this](ConfigurationWriter::Change change) {
        if (change == ConfigurationWriter::Change::Priority)
            onMoveStarted();
    });
    connect(m_writer, &ConfigurationWriter::succeeded, this,
            [this](ConfigurationWriter::Change change, const EnrollmentConfiguration &configuration) {
                if (change == ConfigurationWriter::Change::Priority)
                    onMoveSucceeded(configuration);
            });
    connect(m_writer, &ConfigurationWriter::failed, this,
            [this](ConfigurationWriter::Change change, const GraphError &error) {
                if (change == ConfigurationWriter::Change::Priority)
                    onMoveFailed(error);
            });
    m_loader->load();
}

void EnrollmentConfigurationsView::setPermissions(const GrantedPermissions &permissions)
{
    m_permissions = permissions;
    updateActions();
}

QString EnrollmentConfigurationsView::key() const
{
    return u"configurations"_s;
}

QString EnrollmentConfigurationsView::title() const
{
    return tr("Enrollment configurations");
}

QIcon EnrollmentConfigurationsView::icon() const
{
    return QIcon(u":/icons/configurations.svg"_s);
}

QString EnrollmentConfigurationsView::searchPlaceholder() const
{
    return tr("Search configuration name, type, assignments, description");
}

void EnrollmentConfigurationsView::setSearchText(const QString &text)
{
    m_proxy->setSearchText(text);
    Q_EMIT summaryChanged();
}

QString EnrollmentConfigurationsView::searchText() const
{
    return m_proxy->searchText();
}

bool EnrollmentConfigurationsView::canRefresh() const
{
    return true;
}

void EnrollmentConfigurationsView::refresh()
{
    reload();
}

void EnrollmentConfigurationsView::reload()
{
    if (m_loader)
        m_loader->load();
}

void EnrollmentConfigurationsView::saveState(Settings &settings) const
{
    ViewTools::saveLayout(settings, key(), m_table, m_splitter);
}

void EnrollmentConfigurationsView::restoreState(const Settings &settings)
{
    ViewTools::restoreLayout(settings, key(), m_table, m_splitter);
}

QString EnrollmentConfigurationsView::summary() const
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == total)
        return tr("%Ln configuration(s)", nullptr, total);
    return tr("%Ln configuration(s) (%1 shown)", nullptr, total).arg(QLocale().toString(shown));
}

void EnrollmentConfigurationsView::applyConfiguration(const EnrollmentConfiguration &updated)
{
    if (!m_model->replaceConfiguration(updated)) {
        // Not in the list (another tenant's, or the list was read again without it): read it all.
        qCInfo(lcUi) << "Configuration" << updated.id << "is not in the list; reading the list again";
        reload();
        return;
    }
    if (m_loader)
        m_loader->resolveUnknownGroups();
    showCurrentDetails();
    updateActions();
    Q_EMIT configurationsChanged();
}

QList<EnrollmentConfiguration> EnrollmentConfigurationsView::configurations() const
{
    return m_model->configurations();
}

int EnrollmentConfigurationsView::currentRow() const
{
    return ViewTools::currentSourceRow(m_table, m_proxy);
}

QString EnrollmentConfigurationsView::currentConfigurationId() const
{
    const int row = currentRow();
    return row >= 0 ? m_model->configuration(row).id : QString();
}

bool EnrollmentConfigurationsView::selectConfiguration(const QString &configurationId)
{
    const int row = m_model->rowOfId(configurationId);
    return row >= 0 && ViewTools::makeSourceRowCurrent(m_table, m_proxy, m_model->index(row, M::NameColumn), [this] {
               m_proxy->setSearchText({});
               Q_EMIT searchTextChangedByPage(QString());
           });
}

bool EnrollmentConfigurationsView::isMoving() const
{
    return !m_movingId.isEmpty();
}

void EnrollmentConfigurationsView::onLoadState()
{
    if (!m_loader)
        return;
    switch (m_loader->state()) {
    case ConfigurationLoader::State::Idle:
    case ConfigurationLoader::State::Loading:
        if (!m_rereadAfterMove)
            showMessage({}, false, false);
        break;
    case ConfigurationLoader::State::Ready: {
        const QString unread = ViewTools::unreadDetailsText(m_loader->assignmentsError(), m_loader->groupNamesError());
        QString text = std::exchange(m_moveDoneText, {});
        if (!unread.isEmpty())
            text = text.isEmpty() ? unread : text + u' ' + unread;
        showMessage(text, false, !unread.isEmpty());
        if (m_rereadAfterMove) {
            m_rereadAfterMove = false;
            const QString moved = std::exchange(m_movingId, {});
            selectConfiguration(moved);
        }
        break;
    }
    case ConfigurationLoader::State::Failed: {
        const GraphError &error = m_loader->error();
        QString text = ViewTools::loadFailedText(
                tr("The enrollment configurations could not be loaded: %1").arg(error.summary()),
                m_model->rowCount() > 0 ? tr("The table shows the configurations read before.") : QString(), error);
        if (m_rereadAfterMove) {
            text = std::exchange(m_moveDoneText, {}) + u' ' + text;
            m_rereadAfterMove = false;
            m_movingId.clear();
            m_keptCurrent.clear();
        }
        showMessage(text, true, true, error.details());
        break;
    }
    case ConfigurationLoader::State::Cancelled:
        if (m_rereadAfterMove) {
            m_rereadAfterMove = false;
            m_movingId.clear();
            m_moveDoneText.clear();
            m_keptCurrent.clear();
        }
        showMessage(ViewTools::loadCancelledText(), false, true);
        break;
    }
    updateProgress();
    updateActions();
    Q_EMIT summaryChanged();
}

void EnrollmentConfigurationsView::updateProgress()
{
    if (!m_loader) {
        m_status->setProgressVisible(false);
        return;
    }
    if (!m_movingId.isEmpty() && !m_rereadAfterMove) {
        m_status->setCancelVisible(false);
        m_status->setProgress(0, 0,
                              tr("Moving “%1” to priority %2…").arg(m_movingName, QLocale().toString(m_movingTo)));
        m_status->setProgressVisible(true);
        return;
    }
    const bool loading = m_loader->state() == ConfigurationLoader::State::Loading;
    const bool busy = loading || m_loader->isResolvingNames();
    m_status->setProgressVisible(busy);
    if (!busy)
        return;
    m_status->setCancelVisible(true);
    QString text;
    if (loading && m_model->rowCount() == 0)
        text = tr("Loading enrollment configurations…");
    else if (m_loader->isReadingAssignments())
        text = tr("Reading assignments…");
    else if (m_loader->isResolvingNames())
        text = tr("Reading group names…");
    else
        text = tr("Loading enrollment configurations…");
    if (m_rereadAfterMove)
        text = tr("Reading the configurations again after moving “%1”…").arg(m_movingName);
    m_status->setProgress(0, 0, text);
}

void EnrollmentConfigurationsView::showMessage(const QString &text, bool isError, bool offerRetry,
                                               const QString &details)
{
    // Trying again needs a connection.
    m_status->showMessage(text, isError, offerRetry && m_service, details);
    m_errorDetails = text.isEmpty() ? QString() : details;
    m_copyDetails->setVisible(!m_errorDetails.isEmpty());
}

void EnrollmentConfigurationsView::onCurrentChanged()
{
    showCurrentDetails();
    updateActions();
}

void EnrollmentConfigurationsView::showCurrentDetails()
{
    const int row = currentRow();
    if (row < 0) {
        m_details->clear();
        return;
    }
    m_details->showConfiguration(m_model->configuration(row), m_model->assignmentLines(row));
}

void EnrollmentConfigurationsView::updateActions()
{
    const int row = currentRow();
    const bool connected = !m_service.isNull();
    const bool moving = isMoving();
    const QString notSignedIn = tr("Not signed in.");
    const QString noCurrent = tr("Select a configuration first.");
    const QString busy = tr("Wait until the priority change has finished.");
    const EnrollmentConfiguration *c = row >= 0 ? &m_model->configuration(row) : nullptr;

    QString reason;
    if (!connected)
        reason = notSignedIn;
    else if (!c)
        reason = noCurrent;
    else if (c->kind != EnrollmentConfiguration::Kind::DeviceLimit)
        reason = tr("Only device limit configurations have a device limit.");
    else if (moving)
        reason = busy;
    ViewTools::setActionAllowed(m_editLimitAction, reason.isEmpty(), m_permissions,
                                IntuneService::spec(Operation::UpdateEnrollmentConfiguration).permissions, reason);

    // Reading the assignments needs no write permission: without it the dialog opens read-only.
    reason.clear();
    if (!connected)
        reason = notSignedIn;
    else if (!c)
        reason = noCurrent;
    else if (c->isDefault)
        reason = tr("Default configurations apply to all users and all devices and cannot be assigned.");
    else if (moving)
        reason = busy;
    ViewTools::setActionAllowed(m_assignmentsAction, reason.isEmpty(), m_permissions, {}, reason);
    const QStringList assignPermissions = IntuneService::spec(Operation::AssignEnrollmentConfiguration).permissions;
    if (m_assignmentsAction->isEnabled() && !m_permissions.allowsAny(assignPermissions))
        m_assignmentsAction->setToolTip(
                tr("Shows the assignments read-only. %1").arg(GrantedPermissions::missingText(assignPermissions)));

    const QStringList priorityPermissions = IntuneService::spec(Operation::SetConfigurationPriority).permissions;
    for (const auto &[action, step] :
         {std::pair<QAction *, int>(m_moveUpAction, -1), std::pair<QAction *, int>(m_moveDownAction, +1)}) {
        reason.clear();
        if (!connected)
            reason = notSignedIn;
        else if (!c)
            reason = noCurrent;
        else if (moving)
            reason = busy;
        else
            reason = m_model->moveBlockedReason(row, step);
        ViewTools::setActionAllowed(action, reason.isEmpty(), m_permissions, priorityPermissions, reason);
    }

    m_rawJsonAction->setEnabled(c != nullptr);
    m_copyIdAction->setEnabled(c != nullptr);
}

void EnrollmentConfigurationsView::move(int step)
{
    const int row = currentRow();
    if (row < 0 || !m_writer || isMoving())
        return;
    const QAction *action = step < 0 ? m_moveUpAction : m_moveDownAction;
    if (!action->isEnabled())
        return;
    const int neighbour = m_model->familyNeighbour(row, step);
    if (neighbour < 0)
        return;
    const EnrollmentConfiguration configuration = m_model->configuration(row);
    // The neighbour's place: with priorities 1…n this is the current one ∓ 1; with gaps it still
    // swaps the two.
    const int target = m_model->configuration(neighbour).priority;
    m_movingId = configuration.id;
    m_movingName = nameOf(configuration);
    m_movingTo = target;
    m_rereadAfterMove = false;
    qCInfo(lcUi) << "Moving configuration" << configuration.id << "from priority" << configuration.priority << "to"
                 << target;
    if (!m_writer->setPriority(configuration, target)) {
        m_movingId.clear();
        showMessage(tr("“%1” could not be moved: another change is still being written, or the new priority is not "
                       "valid.")
                            .arg(m_movingName),
                    true, false);
        updateActions();
        return;
    }
    // The writer may say started() synchronously or later; either way the row says so now.
    onMoveStarted();
}

void EnrollmentConfigurationsView::onMoveStarted()
{
    if (m_movingId.isEmpty())
        return;
    showMessage({}, false, false);
    updateProgress();
    updateActions();
}

void EnrollmentConfigurationsView::onMoveSucceeded(const EnrollmentConfiguration &configuration)
{
    if (m_movingId.isEmpty())
        return;
    QString text = tr("“%1” moved to priority %2.")
                           .arg(m_movingName,
                                QLocale().toString(configuration.priority > 0 ? configuration.priority : m_movingTo));
    if (const auto &e = m_writer->rereadError())
        text += u' ' + tr("The change was made, but the configuration could not be read back: %1").arg(e->summary());
    m_moveDoneText = text;
    // Every other configuration of the family was renumbered: read the whole list again.
    m_rereadAfterMove = true;
    m_keptCurrent = m_movingId;
    if (m_loader)
        m_loader->load();
    updateProgress();
    updateActions();
}

void EnrollmentConfigurationsView::onMoveFailed(const GraphError &error)
{
    if (m_movingId.isEmpty())
        return;
    const QString name = m_movingName;
    m_movingId.clear();
    showMessage(ViewTools::withRequestId(tr("“%1” could not be moved: %2").arg(name, error.summary()), error), true,
                false, error.details());
    updateProgress();
    updateActions();
}

void EnrollmentConfigurationsView::showContextMenu(const QPoint &pos)
{
    ViewTools::execContextMenu(m_table, u"configurationContextMenu"_s,
                               {m_editLimitAction, m_assignmentsAction, nullptr, m_moveUpAction, m_moveDownAction,
                                nullptr, m_rawJsonAction, m_copyIdAction},
                               pos);
}

} // namespace ed
