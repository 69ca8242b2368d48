// The Autopilot devices view offscreen against the emulator over loopback (issue 5): it loads,
// searches with wildcards, filters to blocked devices with one click, unblocks a selection of
// 250 (each exactly once on the server, shown as allowed afterwards, journalled), selects a
// pasted list, exports CSV that parses back, keeps the selection over a refresh, persists its
// columns, and every control is reachable by keyboard and named for screen readers.
#include "CsvReader.h"
#include "GraphTestEnvironment.h"
#include "WindowTestRig.h"
#include "app/Settings.h"
#include "app/Translator.h"
#include "dialogs/BulkUnblockDialog.h"
#include "dialogs/PasteSerialsDialog.h"
#include "dialogs/UnblockConfirmDialog.h"
#include "emulator/RequestLog.h"
#include "models/AutopilotDeviceModel.h"
#include "models/DeviceFilterProxyModel.h"
#include "models/DeviceLoader.h"
#include "views/AutopilotDevicesView.h"
#include "widgets/DeviceDetailsPane.h"
#include "widgets/DeviceFacetBar.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

namespace {

using Status = AutopilotDevice::UserlessEnrollmentStatus;

} // namespace

class TestAutopilotDevicesView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void loadsAndSummarises();
    void searchWithWildcards();
    void blockedFilterAndUnblockOf250();
    void pasteListSelectsAndReportsMissing();
    void exportParsesBack();
    void refreshKeepsSelection();
    void detailsPaneShowsEverything();
    void columnsPersist();
    void keyboardAndAccessibleNames();
    void permissionsDisableActions();

private:
    QList<int> shownRows() const { return m_view->proxy()->sourceRows(); }
    void selectProxyRows(int first, int count)
    {
        QItemSelection selection(m_view->proxy()->index(first, 0),
                                 m_view->proxy()->index(first + count - 1, AutopilotDeviceModel::ColumnCount - 1));
        m_view->table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }

    std::unique_ptr<GraphTestEnvironment> m_env;
    std::unique_ptr<AutopilotDevicesView> m_view;
    QTemporaryDir m_dir;
    Translator m_translator; // English plural forms ("1 device", "2 devices")
};

void TestAutopilotDevicesView::initTestCase()
{
    m_translator.install(u"en"_s);
    GraphClientOptions client;
    client.writeWindowMs = 2'000; // throttling is off here: pace like the `fast` profile
    // 2,500 devices: 3 pages; about 150 blocked devices.
    m_env = std::make_unique<GraphTestEnvironment>(
            GraphTestOptions{.emulator = tenantOf(2500), .client = client, .journalFile = true});
    QVERIFY(m_env->fixture().started());
    m_view = std::make_unique<AutopilotDevicesView>(m_env->journal());
    QVERIFY(showActive(*m_view, QSize(1200, 700)));
    m_view->setService(&m_env->intune(), m_env->tenant());
    QTRY_COMPARE_WITH_TIMEOUT(m_view->loader()->state(), DeviceLoader::State::Ready, 30'000);
}

void TestAutopilotDevicesView::init()
{
    m_view->setSearchText({});
    m_view->facetBar()->clear();
    m_view->table()->clearSelection();
}

void TestAutopilotDevicesView::cleanupTestCase()
{
    m_view.reset();
    m_env.reset();
}

void TestAutopilotDevicesView::loadsAndSummarises()
{
    QCOMPARE(m_view->model()->rowCount(), 2500);
    QCOMPARE(m_view->table()->model()->rowCount(), 2500);
    QTRY_COMPARE(m_view->summary(), u"2,500 devices (2,500 shown, 0 selected)"_s);
    // Sorted by serial number, ascending.
    const QList<int> rows = shownRows();
    for (int i = 1; i < 50; ++i)
        QVERIFY(QString::compare(m_view->model()->row(rows.at(i - 1)).serialNumber,
                                 m_view->model()->row(rows.at(i)).serialNumber, Qt::CaseInsensitive)
                <= 0);
    QVERIFY(!m_view->findChild<QWidget *>(u"loadProgressRow"_s)->isVisible());
}

void TestAutopilotDevicesView::searchWithWildcards()
{
    m_view->setSearchText(u"5CG*"_s);
    QVERIFY(m_view->proxy()->rowCount() > 0);
    for (const int row : shownRows())
        QVERIFY(m_view->model()->row(row).serialNumber.startsWith(u"5CG"_s, Qt::CaseInsensitive));

    m_view->setSearchText(u"surface"_s); // model and manufacturer text, any case
    const int surfaces = m_view->proxy()->rowCount();
    QVERIFY(surfaces > 0 && surfaces < 2500);
    m_view->setSearchText(u"surface finance"_s); // both words
    QVERIFY(m_view->proxy()->rowCount() < surfaces);
    for (const int row : shownRows())
        QCOMPARE(m_view->model()->text(m_view->model()->row(row).groupTag).toUpper().contains(u"FINANCE"_s)
                         || m_view->model()->text(m_view->model()->row(row).userPrincipalName).contains(u"finance"_s),
                 true);
    m_view->setSearchText(u"no-such-device-anywhere"_s);
    QCOMPARE(m_view->proxy()->rowCount(), 0);
    QTRY_VERIFY(m_view->summary().contains(u"0 shown"_s));
}

void TestAutopilotDevicesView::blockedFilterAndUnblockOf250()
{
    auto *blockedOnly = m_view->findChild<QToolButton *>(u"blockedOnlyButton"_s);
    QVERIFY(blockedOnly);
    QTest::mouseClick(blockedOnly, Qt::LeftButton);
    const QList<int> blocked = shownRows();
    int blockedInModel = 0;
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        if (m_view->model()->row(row).userlessStatus == Status::Blocked)
            ++blockedInModel;
    QCOMPARE(blocked.size(), blockedInModel);
    for (const int row : blocked)
        QCOMPARE(m_view->model()->row(row).userlessStatus, Status::Blocked);
    QVERIFY(blocked.size() >= 100);
    QTest::mouseClick(blockedOnly, Qt::LeftButton);
    QCOMPARE(m_view->proxy()->rowCount(), 2500);

    // Sort by userless status so the blocked devices come first, then select 250 rows.
    m_view->table()->sortByColumn(AutopilotDeviceModel::UserlessStatusColumn, Qt::DescendingOrder);
    QTRY_VERIFY(!m_view->proxy()->isSortPending()); // ranks computed on a worker, then sorted
    QCOMPARE(m_view->proxy()->sortColumn(), int(AutopilotDeviceModel::UserlessStatusColumn));
    selectProxyRows(0, 250);
    const QList<int> selected = m_view->selectedRows();
    QCOMPARE(selected.size(), 250);
    QStringList ids;
    int blockedAmongSelected = 0;
    for (const int row : selected) {
        ids.append(m_view->model()->deviceId(row));
        if (m_view->model()->row(row).userlessStatus == Status::Blocked)
            ++blockedAmongSelected;
    }
    QVERIFY(blockedAmongSelected >= 100);

    bool asked = false;
    UnblockConfirmDialog::setNextAnswer([&asked](UnblockConfirmDialog &dialog) {
        asked = true;
        return dialog.heading().contains(u"250"_s);
    });
    m_env->log().clear();
    const int journalBefore = m_env->activity().rowCount();
    QTest::keyClick(m_view->table(), Qt::Key_U, Qt::ControlModifier);
    QVERIFY(asked);
    auto *dialog = m_view->findChild<BulkUnblockDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->job() == nullptr || dialog->job()->state() == BulkUnblockJob::State::Finished,
                             60'000);
    QCOMPARE(dialog->results().size(), 250);
    for (const auto &result : dialog->results())
        QCOMPARE(result.outcome, BulkUnblockJob::Outcome::Succeeded);

    // Exactly once each on the server, and nothing else unblocked.
    const QHash<QString, int> writes = m_env->log().writeCounts();
    int unblockWrites = 0;
    for (auto it = writes.cbegin(); it != writes.cend(); ++it)
        if (it.key().startsWith(u"allowNextEnrollment:"_s))
            unblockWrites += it.value();
    QCOMPARE(unblockWrites, 250);
    for (const QString &id : std::as_const(ids))
        QCOMPARE(writes.value(u"allowNextEnrollment:"_s + id), 1);

    // The view shows them as allowed (read back from the server).
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(),
                                         [this](const QString &id) {
                                             const int row = m_view->model()->rowOfId(id);
                                             return m_view->model()->row(row).userlessStatus == Status::Allowed;
                                         }),
                             20'000);
    const int row = m_view->model()->rowOfId(ids.constFirst());
    QCOMPARE(m_view->model()->data(m_view->model()->index(row, AutopilotDeviceModel::UserlessStatusColumn)).toString(),
             u"Allowed"_s);
    QTest::mouseClick(blockedOnly, Qt::LeftButton);
    QCOMPARE(m_view->proxy()->rowCount(), blockedInModel - blockedAmongSelected);

    // Journalled: one entry per device, succeeded, with a request-id.
    QCOMPARE(m_env->activity().rowCount(), journalBefore + 250);
    for (int r = journalBefore; r < m_env->activity().rowCount(); ++r) {
        QCOMPARE(m_env->activity().entry(r).outcome, ActivityEntry::Outcome::Succeeded);
        QVERIFY(!m_env->activity().entry(r).requestId.isEmpty());
        QCOMPARE(m_env->activity().entry(r).tenant, u"contoso.onmicrosoft.com"_s);
    }
    dialog->close();
    m_view->table()->sortByColumn(AutopilotDeviceModel::SerialColumn, Qt::AscendingOrder);
    QTRY_VERIFY(!m_view->proxy()->isSortPending());
}

void TestAutopilotDevicesView::pasteListSelectsAndReportsMissing()
{
    const QList<int> rows = shownRows();
    const QString a = m_view->model()->row(rows.at(3)).serialNumber;
    const QString b = m_view->model()->row(rows.at(700)).serialNumber;
    const QString c = m_view->model()->row(rows.at(2400)).serialNumber;
    // Pasting while a filter hides them clears the filter.
    m_view->setSearchText(u"zzz-hides-everything"_s);
    PasteSerialsDialog dialog;
    dialog.setText(u"Serial number\r\n%1\r\n\"%2\"\t%3, NOPE-404\n%1"_s.arg(a, b.toLower(), c));
    const QStringList serials = dialog.serials();
    QCOMPARE(serials.size(), 4);
    const SerialList::Match match = m_view->selectSerials(serials);
    QCOMPARE(match.rows.size(), 3);
    QCOMPARE(match.notFound, QStringList{u"NOPE-404"_s});
    QCOMPARE(m_view->selectedRows().size(), 3);
    QCOMPARE(m_view->searchText(), QString());
    const QString message = m_view->findChild<QLabel *>(u"devicesMessage"_s)->text();
    QVERIFY2(message.contains(u"NOPE-404"_s) && message.contains(u"3"_s), qPrintable(message));
    QTRY_VERIFY(m_view->summary().contains(u"3 selected"_s));
}

void TestAutopilotDevicesView::exportParsesBack()
{
    m_view->setSearchText(u"PF*"_s);
    const QList<int> rows = shownRows();
    QVERIFY(!rows.isEmpty());
    const QString path = m_dir.filePath(u"devices.csv"_s);
    const Expected<qsizetype> written = m_view->exportCsv(path, false);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error()));
    QCOMPARE(written.value(), rows.size());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto parsed = test::parseCsv(file.readAll()); // strict RFC 4180, BOM and CRLF
    QVERIFY(parsed.has_value());
    const QList<QStringList> csv = *parsed;
    QCOMPARE(csv.size(), rows.size() + 1);
    const QHeaderView *header = m_view->table()->horizontalHeader();
    QStringList titles;
    for (int visual = 0; visual < header->count(); ++visual)
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            titles.append(AutopilotDeviceModel::columnTitle(header->logicalIndex(visual)));
    QCOMPARE(csv.constFirst(), titles);
    const auto serialColumn = titles.indexOf(AutopilotDeviceModel::columnTitle(AutopilotDeviceModel::SerialColumn));
    const auto userColumn = titles.indexOf(AutopilotDeviceModel::columnTitle(AutopilotDeviceModel::UserColumn));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(csv.at(i + 1).at(serialColumn), m_view->model()->row(rows.at(i)).serialNumber);
        QCOMPARE(csv.at(i + 1).at(userColumn),
                 m_view->model()->text(m_view->model()->row(rows.at(i)).userPrincipalName));
    }
    // Only the selection.
    selectProxyRows(1, 2);
    QCOMPARE(m_view->exportCsv(path, true).value(), 2);
    // An unwritable place is an error sentence, not a crash or a partial file.
    const Expected<qsizetype> failed = m_view->exportCsv(m_dir.filePath(u"missing/dir/devices.csv"_s), false);
    QVERIFY(!failed.ok());
    QVERIFY(!failed.error().isEmpty());
}

void TestAutopilotDevicesView::refreshKeepsSelection()
{
    selectProxyRows(10, 5);
    const QList<int> before = m_view->selectedRows();
    QStringList ids;
    for (const int row : before)
        ids.append(m_view->model()->deviceId(row));
    m_view->refresh();
    QCOMPARE(m_view->loader()->state(), DeviceLoader::State::Loading);
    QCOMPARE(m_view->model()->rowCount(), 2500); // still there while the refresh loads
    QTRY_COMPARE_WITH_TIMEOUT(m_view->loader()->state(), DeviceLoader::State::Ready, 30'000);
    QStringList after;
    for (const int row : m_view->selectedRows())
        after.append(m_view->model()->deviceId(row));
    std::sort(ids.begin(), ids.end());
    std::sort(after.begin(), after.end());
    QCOMPARE(after, ids);
}

void TestAutopilotDevicesView::detailsPaneShowsEverything()
{
    // A device with an assigned profile: the details read its current profile by name.
    int row = -1;
    for (int r = 0; r < m_view->model()->rowCount(); ++r)
        if (m_view->model()->row(r).profileStatus == AutopilotDevice::ProfileAssignmentStatus::AssignedInSync) {
            row = r;
            break;
        }
    QVERIFY(row >= 0);
    const QModelIndex index = m_view->proxy()->mapFromSource(m_view->model()->index(row, 0));
    m_view->table()->setCurrentIndex(index);
    QTest::keyClick(m_view->table(), Qt::Key_Return);
    DeviceDetailsPane *details = m_view->details();
    QVERIFY(details->isVisible());
    const AutopilotDeviceModel::Row &r = m_view->model()->row(row);
    QCOMPARE(details->fieldText(u"serialNumber"_s), r.serialNumber);
    QCOMPARE(details->fieldText(u"id"_s), m_view->model()->deviceId(row));
    QVERIFY(details->fieldText(u"lastContacted"_s).contains(u"ago"_s));
    const QString assigned = m_view->model()->text(r.assignedProfile);
    QVERIFY(!assigned.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(details->fieldText(u"deploymentProfile"_s), assigned, 10'000);
    // Copy buttons put the exact value on the clipboard.
    QTest::mouseClick(details->findChild<QToolButton *>(u"copy_serialNumber"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), r.serialNumber);
}

void TestAutopilotDevicesView::columnsPersist()
{
    QSettings store(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    QHeaderView *header = m_view->table()->horizontalHeader();
    const ColumnChanges changes{.hide = {AutopilotDeviceModel::ModelColumn},
                                .show = {AutopilotDeviceModel::IntuneDeviceIdColumn},
                                .moveToSecond = AutopilotDeviceModel::DeviceNameColumn,
                                .resize = AutopilotDeviceModel::SerialColumn,
                                .width = 233};
    applyColumnChanges(*header, changes);
    m_view->saveState(settings);

    AutopilotDevicesView other(nullptr);
    other.restoreState(settings);
    QCOMPARE(missingColumnChanges(*other.table()->horizontalHeader(), changes), QStringList());
    header->setSectionHidden(AutopilotDeviceModel::ModelColumn, false);
}

void TestAutopilotDevicesView::keyboardAndAccessibleNames()
{
    const auto shortcutOf = [this](const QString &name) {
        auto *action = m_view->findChild<QAction *>(name);
        return action ? action->shortcut() : QKeySequence();
    };
    QCOMPARE(shortcutOf(u"actionUnblock"_s), QKeySequence(u"Ctrl+U"_s));
    QCOMPARE(shortcutOf(u"actionDeviceDetails"_s), QKeySequence(Qt::Key_Return));
    QCOMPARE(shortcutOf(u"actionSelectAllDevices"_s), QKeySequence(QKeySequence::SelectAll));

    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_view->selectedRows().size(), 2500);
    QTRY_VERIFY(m_view->summary().contains(u"2,500 selected"_s));
    m_view->table()->clearSelection();

    // Every control a keyboard or screen reader reaches has a name.
    for (QWidget *widget : m_view->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        if (button || qobject_cast<QAbstractItemView *>(widget))
            QVERIFY2(!widget->accessibleName().isEmpty() || (button && !button->text().isEmpty()),
                     qPrintable(widget->objectName() + u" has no accessible name"_s));
    }
}

void TestAutopilotDevicesView::permissionsDisableActions()
{
    selectProxyRows(0, 3);
    auto *unblock = m_view->findChild<QAction *>(u"actionUnblock"_s);
    auto *assign = m_view->findChild<QAction *>(u"actionAssignProfile"_s);
    QVERIFY(unblock && assign);
    QVERIFY(unblock->isEnabled());
    QVERIFY(assign->isEnabled());
    const QString assignTip = assign->toolTip();

    // A read-only token: allowNextEnrollment accepts the Read scopes (seed 000), assign does not.
    m_view->setPermissions(GrantedPermissions::of({u"DeviceManagementServiceConfig.Read.All"_s}));
    QVERIFY(unblock->isEnabled());
    QVERIFY(!assign->isEnabled());
    QVERIFY2(assign->toolTip().contains(u"DeviceManagementServiceConfig.ReadWrite.All"_s),
             qPrintable(assign->toolTip()));
    m_view->table()->clearSelection();
    selectProxyRows(1, 2); // a new selection does not re-enable it
    QVERIFY(!assign->isEnabled());

    // Nothing known (an opaque token): everything is offered again, with its own tooltip.
    m_view->setPermissions(GrantedPermissions{});
    QVERIFY(assign->isEnabled());
    QCOMPARE(assign->toolTip(), assignTip);
    m_view->table()->clearSelection();
}

QTEST_MAIN(TestAutopilotDevicesView)
#include "tst_AutopilotDevicesView.moc"
