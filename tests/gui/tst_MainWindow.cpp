#include "app/Settings.h"
#include "app/Translator.h"
#include "auth/ConnectionStatus.h"
#include "dialogs/AboutDialog.h"
#include "models/ActivityModel.h"
#include "views/ActivityView.h"
#include "views/AutopilotDevicesView.h"
#include "views/DeploymentProfilesView.h"
#include "views/EnrollmentConfigurationsView.h"
#include "views/MainWindow.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void navigation();
    void keyboardShortcuts();
    void everyViewIsLive();
    void statusBarShowsConnection_data();
    void statusBarShowsConnection();
    void searchFiltersActivity();
    void searchTextStaysWithItsView();
    void statePersists();
    void aboutDialogOpens();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QLabel *label(const char *name) const { return m_window->findChild<QLabel *>(QLatin1StringView(name)); }

    Translator m_translator;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ActivityModel> m_activity;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    // As the application does: English carries the plural forms ("1 change", "2 changes").
    QCOMPARE(m_translator.install(u"en"_s), u"en"_s);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(*m_store);
    m_activity = std::make_unique<ActivityModel>();
    m_window = makeWindow();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_activity.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>(
            MainWindow::Dependencies{*m_settings, *m_activity, nullptr, m_dir->filePath(u"logs"_s)});
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void TestMainWindow::navigation()
{
    auto *list = m_window->findChild<QListWidget *>(u"navigationList"_s);
    auto *pages = m_window->findChild<QStackedWidget *>(u"pages"_s);
    QVERIFY(list && pages);
    QStringList titles;
    for (int row = 0; row < list->count(); ++row)
        titles.append(list->item(row)->text());
    QCOMPARE(titles,
             (QStringList{u"Autopilot devices"_s, u"Deployment profiles"_s, u"Enrollment configurations"_s,
                          u"Activity"_s}));
    QCOMPARE(m_window->currentViewKey(), u"devices"_s);
    list->setCurrentRow(2);
    QCOMPARE(m_window->currentViewKey(), u"configurations"_s);
    QCOMPARE(pages->currentIndex(), 2);
    QVERIFY(m_window->showView(u"activity"_s));
    QCOMPARE(list->currentRow(), 3);
    QVERIFY(!m_window->showView(u"nonsense"_s));
    QCOMPARE(m_window->currentViewKey(), u"activity"_s);
}

void TestMainWindow::keyboardShortcuts()
{
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentViewKey(), u"profiles"_s);
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->currentViewKey(), u"activity"_s);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->findChild<QLineEdit *>(u"searchField"_s)->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentViewKey(), u"devices"_s);
}

void TestMainWindow::everyViewIsLive()
{
    auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    auto *refresh = m_window->findChild<QAction *>(u"actionRefresh"_s);
    // No page is a placeholder any more: the configurations view is searchable and refreshable.
    QVERIFY(m_window->showView(u"configurations"_s));
    QCOMPARE(m_window->currentViewKey(), u"configurations"_s);
    QVERIFY(m_window->configurationsView());
    QVERIFY(m_window->findChild<EnrollmentConfigurationsView *>());
    QVERIFY(search->isEnabled());
    QVERIFY(refresh->isEnabled());
    // The profiles view is built: searchable and refreshable.
    QVERIFY(m_window->showView(u"profiles"_s));
    QVERIFY(m_window->findChild<DeploymentProfilesView *>(u"profilesView"_s));
    QVERIFY(search->isEnabled());
    QVERIFY(refresh->isEnabled());
    // The devices view is built: searchable and refreshable, and it says when not signed in.
    QVERIFY(m_window->showView(u"devices"_s));
    QVERIFY(search->isEnabled());
    QVERIFY(refresh->isEnabled());
    QVERIFY(m_window->devicesView()->findChild<QLabel *>(u"devicesMessage"_s)->text().contains(u"Not signed in"_s));
    QVERIFY(m_window->showView(u"activity"_s));
    QVERIFY(search->isEnabled());
    QCOMPARE(m_window->statusBar()->currentMessage(), u"0 changes"_s);
}

void TestMainWindow::statusBarShowsConnection_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("statePart");
    QTest::addColumn<bool>("banner");
    QTest::newRow("signed out") << int(ConnectionStatus::State::SignedOut) << u"No tenant"_s << u"Not signed in"_s
                                << u"Offline"_s << true;
    QTest::newRow("expired") << int(ConnectionStatus::State::TokenExpired) << u"No tenant"_s << u"Not signed in"_s
                             << u"Token expired"_s << true;
    QTest::newRow("signed in") << int(ConnectionStatus::State::SignedIn) << u"contoso.onmicrosoft.com"_s
                               << u"adele@contoso.com"_s << u"Token held"_s << false;
}

void TestMainWindow::statusBarShowsConnection()
{
    QFETCH(int, state);
    QFETCH(QString, tenant);
    QFETCH(QString, identity);
    QFETCH(QString, statePart);
    QFETCH(bool, banner);
    ConnectionStatus status;
    status.state = static_cast<ConnectionStatus::State>(state);
    status.cloud = Cloud::UsGov;
    status.graphUrl = QUrl(u"https://graph.microsoft.us"_s);
    if (status.state == ConnectionStatus::State::SignedIn) {
        status.tenant = tenant;
        status.identity = identity;
        status.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    } else if (status.state == ConnectionStatus::State::TokenExpired) {
        status.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    }
    m_window->setConnectionStatus(status);
    QCOMPARE(label("tenantLabel")->text(), tenant);
    QCOMPARE(label("cloudLabel")->text(), u"US Government L4 (GCC High)"_s);
    QCOMPARE(label("identityLabel")->text(), identity);
    QVERIFY2(label("connectionStateLabel")->text().contains(statePart),
             qPrintable(label("connectionStateLabel")->text()));
    QCOMPARE(m_window->windowTitle(), u"Enrollment Desk — %1 (US Government L4 (GCC High))"_s.arg(tenant));
    QCOMPARE(label("connectionBanner")->isVisible(), banner);
    if (banner) { // a notice, not a wall: the views keep the space
        auto *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
        QTRY_VERIFY(label("connectionBanner")->height() * 4 < splitter->height());
    }
    for (const char *name : {"tenantLabel", "cloudLabel", "identityLabel", "connectionStateLabel"})
        QVERIFY(!label(name)->accessibleName().isEmpty());
}

void TestMainWindow::searchFiltersActivity()
{
    ActivityEntry a;
    a.time = QDateTime::currentDateTimeUtc();
    a.action = u"Unblock"_s;
    a.target = u"PF3ABC12"_s;
    ActivityEntry b = a;
    b.target = u"5CG1234XYZ"_s;
    m_activity->append({a, b});
    QVERIFY(m_window->showView(u"activity"_s));
    auto *view = m_window->findChild<ActivityView *>();
    QCOMPARE(view->table()->model()->rowCount(), 2);
    QVERIFY(!m_window->findChild<QLabel *>(u"activityEmptyLabel"_s)->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(), u"2 changes"_s);

    auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    QTest::keyClicks(search, u"pf3"_s);
    QTRY_COMPARE(view->table()->model()->rowCount(), 1);
    QCOMPARE(view->table()->model()->index(0, ActivityModel::TargetColumn).data().toString(), u"PF3ABC12"_s);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"2 changes (1 shown)"_s);
    search->clear(); // the clear button applies at once, without the debounce
    QCOMPARE(view->table()->model()->rowCount(), 2);
}

void TestMainWindow::searchTextStaysWithItsView()
{
    QVERIFY(m_window->showView(u"activity"_s));
    auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    QTest::keyClicks(search, u"abc"_s);
    QVERIFY(m_window->showView(u"profiles"_s)); // switch before the debounce fires
    QCOMPARE(search->text(), QString());
    QVERIFY(m_window->showView(u"activity"_s));
    QCOMPARE(search->text(), u"abc"_s);
    QCOMPARE(m_window->findChild<ActivityView *>()->searchText(), u"abc"_s);
}

void TestMainWindow::statePersists()
{
    QVERIFY(m_window->showView(u"activity"_s));
    m_window->resize(1000, 640);
    auto *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
    splitter->setSizes({260, 700});
    QHeaderView *header = m_window->findChild<ActivityView *>()->table()->horizontalHeader();
    header->resizeSection(ActivityModel::TargetColumn, 333);
    header->moveSection(header->visualIndex(ActivityModel::RequestIdColumn), 0);
    header->setSectionHidden(ActivityModel::DetailColumn, true);
    const QList<int> sizes = splitter->sizes();
    m_window->close();
    m_window.reset();

    m_window = makeWindow();
    QCOMPARE(m_window->currentViewKey(), u"activity"_s);
    QCOMPARE(m_window->size(), QSize(1000, 640));
    QCOMPARE(m_window->findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), sizes);
    QHeaderView *restored = m_window->findChild<ActivityView *>()->table()->horizontalHeader();
    QCOMPARE(restored->sectionSize(ActivityModel::TargetColumn), 333);
    QCOMPARE(restored->visualIndex(ActivityModel::RequestIdColumn), 0);
    QVERIFY(restored->isSectionHidden(ActivityModel::DetailColumn));
    QVERIFY(m_store->contains(u"window/geometry"_s));
}

void TestMainWindow::aboutDialogOpens()
{
    auto *about = m_window->findChild<QAction *>(u"actionAbout"_s);
    QVERIFY(about);
    about->trigger();
    AboutDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<AboutDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->isModal());
    dialog->reject();
}

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
