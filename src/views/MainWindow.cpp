#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "ActivityView.h"
#include "AutopilotDevicesView.h"
#include "DeploymentProfilesView.h"
#include "EnrollmentConfigurationsView.h"
#include "app/Settings.h"
#include "core/Logging.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/AssignProfileDialog.h"
#include "dialogs/ConfigurationAssignmentsDialog.h"
#include "dialogs/EditLimitDialog.h"
#include "dialogs/ProfileAssignResultsDialog.h"
#include "graph/IntuneService.h"
#include "models/AutopilotDeviceModel.h"
#include "widgets/ConnectionMenu.h"
#include "widgets/ConnectionStatusBar.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

namespace ed {

using namespace Qt::StringLiterals;

namespace {
constexpr int searchDebounceMs = 200;
}

MainWindow::MainWindow(Dependencies dependencies, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_deps(std::move(dependencies))
    , m_search(new QLineEdit(this))
    , m_searchDebounce(new QTimer(this))
    , m_connectionBar(new ConnectionStatusBar(this))
    , m_connectionMenu(new ConnectionMenu(this))
    , m_storageBanner(new QLabel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QApplication::windowIcon());

    m_ui->actionRefresh->setIcon(QIcon(u":/icons/refresh.svg"_s));
    m_ui->actionFind->setIcon(QIcon(u":/icons/search.svg"_s));
    m_ui->actionQuit->setMenuRole(QAction::QuitRole);
    m_ui->actionAbout->setMenuRole(QAction::AboutRole);

    m_search->setObjectName(u"searchField"_s);
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(420);
    m_search->addAction(QIcon(u":/icons/search.svg"_s), QLineEdit::LeadingPosition);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addWidget(m_search);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(searchDebounceMs);

    statusBar()->addPermanentWidget(m_connectionBar);

    // Which tenant is live, in the toolbar and the menu: switching is two clicks.
    m_ui->mainToolBar->insertWidget(m_ui->mainToolBar->actions().value(0), m_connectionMenu->button());
    m_ui->mainToolBar->insertSeparator(m_ui->mainToolBar->actions().value(1));
    menuBar()->insertMenu(m_ui->menuView->menuAction(), m_connectionMenu->menu());
    addAction(m_connectionMenu->signInAction()); // its shortcut works with the menu closed

    m_storageBanner->setObjectName(u"tokenStorageBanner"_s);
    m_storageBanner->setAccessibleName(tr("Token storage notice"));
    m_storageBanner->setWordWrap(true);
    m_storageBanner->setFrameShape(QFrame::StyledPanel);
    m_storageBanner->setMargin(6);
    m_storageBanner->setTextFormat(Qt::PlainText);
    m_storageBanner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_storageBanner->hide();
    m_ui->centralLayout->insertWidget(1, m_storageBanner); // under the connection notice
    m_ui->centralLayout->setStretch(1, 0);
    m_ui->centralLayout->setStretch(2, 1);

    m_devices = new AutopilotDevicesView(m_deps.journal, this);
    addPage(m_devices, QKeySequence(u"Ctrl+1"_s));
    m_profiles = new DeploymentProfilesView(m_deps.journal, this);
    addPage(m_profiles, QKeySequence(u"Ctrl+2"_s));
    m_configurations = new EnrollmentConfigurationsView(m_deps.journal, this);
    addPage(m_configurations, QKeySequence(u"Ctrl+3"_s));
    addPage(new ActivityView(&m_deps.activity, m_deps.journal, this), QKeySequence(u"Ctrl+4"_s));

    connect(m_devices, &AutopilotDevicesView::assignProfileRequested, this,
            [this](const QStringList &ids) { openAssignProfile(ids, {}); });
    connect(m_profiles, &DeploymentProfilesView::assignProfileRequested, this,
            [this](const QStringList &ids) { openAssignProfile(ids, m_profiles->currentProfileId()); });
    connect(m_profiles, &DeploymentProfilesView::assignToDevicesRequested, this,
            [this](const QString &profileId) { openAssignProfile({}, profileId); });
    connect(m_configurations, &EnrollmentConfigurationsView::editLimitRequested, this,
            [this](const EnrollmentConfiguration &configuration) { openEditLimit(configuration); });
    connect(m_configurations, &EnrollmentConfigurationsView::assignmentsRequested, this,
            [this](const EnrollmentConfiguration &configuration) { openAssignments(configuration); });
    connect(m_profiles, &DeploymentProfilesView::showInDevicesViewRequested, this, [this](const QString &deviceId) {
        showView(m_devices->key());
        if (!m_devices->showDevice(deviceId))
            statusBar()->showMessage(tr("The device is not in the device list yet: refresh it (F5)."), 8000);
    });

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    connect(m_ui->pages, &QStackedWidget::currentChanged, this, &MainWindow::onCurrentPageChanged);
    connect(m_search, &QLineEdit::textEdited, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button: apply at once
            applySearch();
    });
    connect(m_searchDebounce, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] { currentPage()->refresh(); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionAboutQt, &QAction::triggered, this, [this] { QMessageBox::aboutQt(this); });
    connect(m_ui->actionOpenLogFolder, &QAction::triggered, this, [this] {
        QDir().mkpath(m_deps.logDirectory);
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_deps.logDirectory));
    });
    m_ui->actionOpenLogFolder->setEnabled(!m_deps.logDirectory.isEmpty());

    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({200, 980});
    restoreState();
    if (m_ui->navigationList->currentRow() < 0)
        m_ui->navigationList->setCurrentRow(0);
    onCurrentPageChanged();
    setConnectionStatus(m_status);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(ViewPage *page, const QKeySequence &shortcut)
{
    m_pages.append(page);
    m_ui->pages->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_ui->navigationList);
    item->setData(Qt::UserRole, page->key());
    item->setToolTip(tr("%1 (%2)").arg(page->title(), shortcut.toString(QKeySequence::NativeText)));

    auto *action = new QAction(page->icon(), page->title(), this);
    action->setObjectName(u"actionShow_"_s + page->key());
    action->setShortcut(shortcut);
    const int row = static_cast<int>(m_pages.size()) - 1;
    connect(action, &QAction::triggered, this, [this, row] { m_ui->navigationList->setCurrentRow(row); });
    m_ui->menuView->addAction(action);
    connect(page, &ViewPage::summaryChanged, this, &MainWindow::updateSummary);
    connect(page, &ViewPage::searchTextChangedByPage, this, [this, page](const QString &text) {
        if (page == currentPage()) {
            m_searchDebounce->stop();
            m_search->setText(text);
        }
    });
}

ViewPage *MainWindow::currentPage() const
{
    return qobject_cast<ViewPage *>(m_ui->pages->currentWidget());
}

QString MainWindow::currentViewKey() const
{
    const ViewPage *page = currentPage();
    return page ? page->key() : QString();
}

bool MainWindow::showView(const QString &key)
{
    for (int row = 0; row < m_pages.size(); ++row) {
        if (m_pages.at(row)->key() == key) {
            m_ui->navigationList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::onCurrentPageChanged()
{
    ViewPage *page = currentPage();
    if (!page)
        return;
    const QString placeholder = page->searchPlaceholder();
    m_search->setEnabled(!placeholder.isEmpty());
    m_ui->actionFind->setEnabled(!placeholder.isEmpty());
    m_search->setPlaceholderText(placeholder.isEmpty() ? tr("Search is not available in this view") : placeholder);
    // Typing just before switching still reaches the page it was meant for; each page keeps
    // its own search text and the field shows it again on return.
    if (m_searchDebounce->isActive())
        applySearch();
    m_searchTarget = page;
    m_search->setText(page->searchText());
    m_ui->actionRefresh->setEnabled(page->canRefresh());
    qCDebug(lcUi) << "Showing view" << page->key();
    updateSummary();
}

void MainWindow::applySearch()
{
    m_searchDebounce->stop();
    if (ViewPage *page = m_searchTarget.data())
        page->setSearchText(m_search->text());
}

void MainWindow::updateSummary()
{
    if (const ViewPage *page = currentPage())
        statusBar()->showMessage(page->summary());
}

void MainWindow::setConnectionStatus(const ConnectionStatus &status)
{
    m_status = status;
    m_connectionBar->setStatus(status);
    if (status.connectionName.isEmpty() || status.demo)
        setWindowTitle(tr("Enrollment Desk — %1 (%2)").arg(status.tenantText(), status.cloudText()));
    else
        setWindowTitle(tr("Enrollment Desk — %1: %2 (%3)", "connection name, tenant, cloud")
                               .arg(status.connectionName, status.tenantText(), status.cloudText()));
    const QString hint = status.hintText();
    m_ui->connectionBanner->setText(hint);
    m_ui->connectionBanner->setVisible(!hint.isEmpty());
    m_devices->setPermissions(status.permissions);
    m_profiles->setPermissions(status.permissions);
    m_configurations->setPermissions(status.permissions);
}

void MainWindow::setTokenStorageWarning(const QString &text)
{
    m_storageBanner->setText(text);
    m_storageBanner->setVisible(!text.isEmpty());
}

void MainWindow::setIntuneService(IntuneService *service, const QString &tenant)
{
    m_service = service;
    m_tenant = tenant;
    m_devices->setService(service, tenant);
    m_profiles->setService(service, tenant);
    m_configurations->setService(service, tenant);
}

EditLimitDialog *MainWindow::openEditLimit(const EnrollmentConfiguration &configuration)
{
    IntuneService *service = m_service.data();
    if (!service)
        return nullptr;
    auto *dialog = new EditLimitDialog(*service, m_deps.journal, m_tenant, configuration, m_status.permissions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditLimitDialog::saved, m_configurations, &EnrollmentConfigurationsView::applyConfiguration);
    connect(dialog, &QDialog::rejected, m_configurations, [this, dialog] {
        if (dialog->closedWhileSaving()) // the answer is the journal's now: show what the server has
            m_configurations->reload();
    });
    dialog->open();
    return dialog;
}

ConfigurationAssignmentsDialog *MainWindow::openAssignments(const EnrollmentConfiguration &configuration)
{
    IntuneService *service = m_service.data();
    if (!service)
        return nullptr;
    auto *dialog = new ConfigurationAssignmentsDialog(*service, m_deps.journal, m_tenant, configuration,
                                                      m_status.permissions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConfigurationAssignmentsDialog::saved, m_configurations,
            &EnrollmentConfigurationsView::applyConfiguration);
    dialog->open();
    return dialog;
}

AssignProfileDialog *MainWindow::openAssignProfile(const QStringList &deviceIds, const QString &profileId)
{
    IntuneService *service = m_service.data();
    if (!service)
        return nullptr;
    auto *picker = new AssignProfileDialog(*service, *m_devices->model(), m_profiles->profiles(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    if (!profileId.isEmpty())
        picker->setProfile(profileId, deviceIds.isEmpty()); // from the profile: fixed
    picker->addDevices(deviceIds);
    connect(picker, &AssignProfileDialog::assignRequested, this,
            [this](const QString &id, const QString &name, const QList<ProfileAssignTarget> &devices) {
                IntuneService *intune = m_service.data();
                if (!intune)
                    return;
                qCInfo(lcUi) << "Assigning a deployment profile to" << devices.size() << "devices";
                auto *results =
                        ProfileAssignResultsDialog::open(*intune, m_deps.journal, m_tenant, id, name, devices, this);
                // The device rows follow the status from pending to assigned; the profile's count
                // and assigned devices are read again once Intune is done.
                connect(results, &BulkJobDialog::devicesRefreshed, m_devices, &AutopilotDevicesView::applyDevices);
                connect(results, &BulkJobDialog::devicesRefreshed, m_profiles->assignedDevicesView(),
                        &AutopilotDevicesView::applyDevices);
                // The profiles the devices had lose them: count those again too.
                QStringList changed{id};
                for (const ProfileAssignTarget &device : devices)
                    if (!device.previousProfileId.isEmpty() && !changed.contains(device.previousProfileId))
                        changed.append(device.previousProfileId);
                connect(results, &BulkJobDialog::jobFinished, this, [this, results, name, changed] {
                    // Graph accepted these: the profile is theirs now (the column is read from the
                    // profiles' assignedDevices, which a refresh confirms).
                    QHash<QString, QString> assigned;
                    for (const BulkDeviceJob::Result &result : results->results())
                        if (result.outcome == BulkDeviceJob::Outcome::Succeeded)
                            assigned.insert(result.deviceId, name);
                    m_devices->model()->setAssignedProfiles(assigned);
                    for (const QString &changedId : changed)
                        m_profiles->profileAssignmentChanged(changedId);
                });
            });
    picker->open();
    return picker;
}

void MainWindow::restoreState()
{
    const Settings &settings = m_deps.settings;
    if (const QByteArray geometry = settings.windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.windowState(); !state.isEmpty())
        QMainWindow::restoreState(state);
    if (const QByteArray splitter = settings.splitterState(); !splitter.isEmpty())
        m_ui->mainSplitter->restoreState(splitter);
    for (ViewPage *page : std::as_const(m_pages))
        page->restoreState(settings);
    showView(settings.currentView());
}

void MainWindow::saveState()
{
    Settings &settings = m_deps.settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(QMainWindow::saveState());
    settings.setSplitterState(m_ui->mainSplitter->saveState());
    for (const ViewPage *page : std::as_const(m_pages))
        page->saveState(settings);
    settings.setCurrentView(currentViewKey());
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

} // namespace ed
