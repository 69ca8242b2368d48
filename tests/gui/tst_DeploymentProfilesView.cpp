// The deployment profiles view offscreen against the emulator over loopback (issue 6 points 1–3),
// driven through object names: it lists the emulator's eight profiles with counts and group names,
// searches and sorts, shows every setting of the selected profile (the legacy profile's OOBE marked
// as read from the deprecated object), opens the raw JSON, hands "Assign to devices…" to the main
// window with the profile id, lists the profile's devices in the second tab and forwards that tab's
// actions, follows an assignment, shows a failure inline with a retry, and keeps its layout.
#include "GraphTestEnvironment.h"
#include "WindowTestRig.h"
#include "app/Translator.h"
#include "dialogs/RawJsonDialog.h"
#include "models/AutopilotDeviceModel.h"
#include "models/DeploymentProfileModel.h"
#include "models/DeviceFilterProxyModel.h"
#include "models/DeviceLoader.h"
#include "models/ProfileLoader.h"
#include "models/SearchFilterProxyModel.h"
#include "views/AutopilotDevicesView.h"
#include "views/DeploymentProfilesView.h"
#include "widgets/ProfileDetailsPane.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;
using M = DeploymentProfileModel;
// Another profiles view on the same emulator, signed in with a token of only these scopes.
using SignedInWith = SignedInView<DeploymentProfilesView>;

namespace {
const QString profilesPath = u"/beta/deviceManagement/windowsAutopilotDeploymentProfiles"_s;
const QString legacyName = u"Convert existing devices"_s;

// "60 minutes" once the English catalogue has the plural forms, "60 minute(s)" before.
QRegularExpression minutes(int n)
{
    return QRegularExpression(u"^%1 minute(s|\\(s\\))$"_s.arg(n));
}
} // namespace

class TestDeploymentProfilesView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void listsTheEmulatorsProfiles();
    void searchFiltersAndSortSorts();
    void selectingShowsEverySetting();
    void legacyProfileSaysItsOobeIsDeprecated();
    void rawJsonDialogShowsTheJson();
    void assignToDevicesEmitsTheProfileId();
    void assignedDevicesTabListsAndForwards();
    void followsAnAssignment();
    void refreshKeepsTheCurrentProfile();
    void failureIsInlineWithRetry();
    void partialFailureIsNamed();
    void layoutPersists();
    void everyControlIsNamed();

private:
    // Clicks the table row of a profile, as a person would.
    void clickProfile(const QString &name)
    {
        auto *table = child<QTableView>(*m_view, u"profilesTable"_s);
        QVERIFY(table);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, M::NameColumn);
            if (index.data().toString() == name) {
                table->scrollTo(index);
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
                QCOMPARE(table->currentIndex().row(), row);
                return;
            }
        }
        QFAIL(qPrintable(u"No row named "_s + name));
    }
    QString idOf(const QString &name) const
    {
        for (const DeploymentProfile &p : m_view->profiles())
            if (p.displayName == name)
                return p.id;
        return {};
    }
    qint64 emulatorCount(const QString &profileId)
    {
        qint64 n = 0;
        QString next = profilesPath + u'/' + profileId + u"/assignedDevices"_s;
        while (!next.isEmpty()) {
            const HttpResult page = m_env->fixture().get(next);
            n += page.value().size();
            next = page.json().value(u"@odata.nextLink"_s).toString();
        }
        return n;
    }

    std::unique_ptr<GraphTestEnvironment> m_env;
    std::unique_ptr<DeploymentProfilesView> m_view;
    Translator m_translator;
};

void TestDeploymentProfilesView::initTestCase()
{
    m_translator.install(u"en"_s);
    m_env = std::make_unique<GraphTestEnvironment>(GraphTestOptions{.journalFile = true});
    QVERIFY(m_env->fixture().started());
    m_view = std::make_unique<DeploymentProfilesView>(m_env->journal());
    QVERIFY(showActive(*m_view, QSize(1280, 800)));
    // Before signing in: says so, nothing to assign.
    QVERIFY(child<QLabel>(*m_view, u"profilesMessage"_s)->text().contains(u"Not signed in"_s));
    QVERIFY(!m_view->assignAction()->isEnabled());

    m_view->setService(&m_env->intune(), m_env->tenant());
    QTRY_COMPARE_WITH_TIMEOUT(m_view->loader()->state(), ProfileLoader::State::Ready, 30'000);
}

void TestDeploymentProfilesView::init()
{
    m_view->setSearchText({});
    m_view->tabs()->setCurrentIndex(DeploymentProfilesView::SettingsTab);
}

void TestDeploymentProfilesView::cleanupTestCase()
{
    m_view.reset();
    m_env.reset();
}

void TestDeploymentProfilesView::listsTheEmulatorsProfiles()
{
    QCOMPARE(describePage(*m_view),
             (QStringList{u"profiles"_s, u"Deployment profiles"_s, u"icon"_s, u"refresh"_s, u"search"_s}));

    QStringList expected;
    for (const QJsonValue &value : m_env->fixture().get(profilesPath).value())
        expected.append(value.toObject().value(u"displayName"_s).toString());
    QCOMPARE(expected.size(), 8);
    auto *table = child<QTableView>(*m_view, u"profilesTable"_s);
    QCOMPARE(table->model()->rowCount(), 8);
    QStringList shown;
    for (int row = 0; row < 8; ++row)
        shown.append(table->model()->index(row, M::NameColumn).data().toString());
    // Sorted by name.
    QStringList sorted = shown;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    QCOMPARE(shown, sorted);
    std::sort(shown.begin(), shown.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(shown, expected);
    QCOMPARE(m_view->profiles().size(), 8);

    // Counts and group names are in, and true.
    for (int row = 0; row < 8; ++row) {
        const QString id = table->model()->index(row, 0).data(M::ProfileIdRole).toString();
        QCOMPARE(table->model()->index(row, M::AssignedDevicesColumn).data(M::RawValueRole).toLongLong(),
                 emulatorCount(id));
        const QString groups = table->model()->index(row, M::GroupAssignmentsColumn).data().toString();
        QVERIFY2(!groups.isEmpty() && groups != u"…"_s && groups != u"—"_s, qPrintable(groups));
    }
    QVERIFY(QRegularExpression(u"^8 profile(s|\\(s\\))$"_s).match(m_view->summary()).hasMatch());
    QVERIFY(!child<QWidget>(*m_view, u"profilesProgressRow"_s)->isVisible());
    QVERIFY(!child<QWidget>(*m_view, u"profilesMessageRow"_s)->isVisible());
}

void TestDeploymentProfilesView::searchFiltersAndSortSorts()
{
    QSignalSpy summary(m_view.get(), &ViewPage::summaryChanged);
    m_view->setSearchText(u"hybrid"_s);
    QCOMPARE(m_view->searchText(), u"hybrid"_s);
    auto *table = child<QTableView>(*m_view, u"profilesTable"_s);
    QCOMPARE(table->model()->rowCount(), 2); // the two hybrid join profiles
    for (int row = 0; row < 2; ++row)
        QCOMPARE(table->model()->index(row, M::JoinTypeColumn).data().toString(), u"Microsoft Entra hybrid join"_s);
    QVERIFY(summary.size() >= 1);
    QVERIFY(m_view->summary().contains(u"2 shown"_s));

    m_view->setSearchText(u"no such profile anywhere"_s);
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!m_view->assignAction()->isEnabled());
    m_view->setSearchText({});
    QCOMPARE(table->model()->rowCount(), 8);

    // A click on the header sorts by the raw value: the counts as numbers.
    table->sortByColumn(M::AssignedDevicesColumn, Qt::DescendingOrder);
    for (int row = 1; row < 8; ++row)
        QVERIFY(table->model()->index(row - 1, M::AssignedDevicesColumn).data(M::RawValueRole).toLongLong()
                >= table->model()->index(row, M::AssignedDevicesColumn).data(M::RawValueRole).toLongLong());
    table->sortByColumn(M::NameColumn, Qt::AscendingOrder);
}

void TestDeploymentProfilesView::selectingShowsEverySetting()
{
    auto *pane = child<ProfileDetailsPane>(*m_view, u"profileDetailsPane"_s);
    QVERIFY(pane);
    clickProfile(u"Autopilot – Kiosk self-deploying"_s);
    QCOMPARE(m_view->currentProfileId(), idOf(u"Autopilot – Kiosk self-deploying"_s));
    QCOMPARE(pane->profileId(), m_view->currentProfileId());
    QCOMPARE(child<QLabel>(*m_view, u"profileDetailsTitle"_s)->text(), u"Autopilot – Kiosk self-deploying"_s);
    QCOMPARE(pane->fieldText(u"joinType"_s), u"Microsoft Entra join"_s);
    QCOMPARE(pane->fieldText(u"deviceType"_s), u"Windows PC"_s);
    QCOMPARE(pane->fieldText(u"deploymentMode"_s), u"Self-deploying (shared)"_s);
    QCOMPARE(pane->fieldText(u"userType"_s), u"Standard user"_s);
    QCOMPARE(pane->fieldText(u"privacySettings"_s), u"Hidden"_s);
    QCOMPARE(pane->fieldText(u"eula"_s), u"Hidden"_s);
    QCOMPARE(pane->fieldText(u"keyboardPage"_s), u"Skipped"_s);
    QCOMPARE(pane->fieldText(u"deviceNameTemplate"_s), u"KIOSK-%RAND:5%"_s);
    QCOMPARE(pane->fieldText(u"preprovisioning"_s), u"No"_s);
    QCOMPARE(pane->fieldText(u"convertDevices"_s), u"No"_s);
    QCOMPARE(pane->fieldText(u"skipConnectivityCheck"_s), u"Not applicable (not a hybrid join profile)"_s);
    QCOMPARE(pane->fieldText(u"espAllowUseBeforeComplete"_s), u"Yes"_s);
    QVERIFY(minutes(60).match(pane->fieldText(u"espTimeout"_s)).hasMatch());
    QCOMPARE(pane->fieldText(u"espErrorMessage"_s), u"Setup could not finish. Call the help desk on extension 4357."_s);
    QCOMPARE(pane->fieldText(u"scopeTags"_s), u"Default (0)"_s);
    QCOMPARE(pane->fieldText(u"unknownValues"_s), u"None"_s);
    QCOMPARE(pane->fieldText(u"managementServiceAppId"_s), u"Not set"_s);
    QVERIFY(!pane->fieldText(u"created"_s).isEmpty());
    QCOMPARE(pane->fieldText(u"id"_s), m_view->currentProfileId());
    QCOMPARE(pane->fieldText(u"assignedDevices"_s).remove(u','), QString::number(emulatorCount(pane->profileId())));
    QVERIFY(!pane->fieldText(u"groupAssignments"_s).isEmpty());
    QVERIFY(!child<QLabel>(*m_view, u"profileOobeNote"_s)->isVisible());

    // The pre-provisioned profile, and a hybrid one that skips the connectivity check.
    clickProfile(u"Autopilot – Pre-provisioned"_s);
    QCOMPARE(pane->fieldText(u"preprovisioning"_s), u"Yes"_s);
    QVERIFY(minutes(90).match(pane->fieldText(u"espTimeout"_s)).hasMatch());
    QCOMPARE(pane->fieldText(u"groupAssignments"_s), u"All devices"_s);
    clickProfile(u"Hybrid join – Branch offices"_s);
    QCOMPARE(pane->fieldText(u"joinType"_s), u"Microsoft Entra hybrid join"_s);
    QCOMPARE(pane->fieldText(u"skipConnectivityCheck"_s), u"Yes"_s);
    QCOMPARE(pane->fieldText(u"deviceNameTemplate"_s), u"Not set"_s);
    QCOMPARE(pane->fieldText(u"keyboardPage"_s), u"Shown"_s);
    clickProfile(u"Autopilot – Admin workstations"_s);
    QCOMPARE(pane->fieldText(u"userType"_s), u"Administrator"_s);
    QCOMPARE(pane->fieldText(u"deploymentMode"_s), u"User-driven (single user)"_s);
}

void TestDeploymentProfilesView::legacyProfileSaysItsOobeIsDeprecated()
{
    auto *pane = m_view->details();
    clickProfile(legacyName);
    QCOMPARE(pane->fieldText(u"deploymentMode"_s),
             u"User-driven (single user) (from the deprecated outOfBoxExperienceSettings)"_s);
    QCOMPARE(pane->fieldText(u"userType"_s), u"Standard user (from the deprecated outOfBoxExperienceSettings)"_s);
    QCOMPARE(pane->fieldText(u"convertDevices"_s), u"Yes"_s);
    auto *note = child<QLabel>(*m_view, u"profileOobeNote"_s);
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"deprecated outOfBoxExperienceSettings"_s));
    // Still the values of the deprecated object, under the new names.
    QCOMPARE(pane->fieldText(u"privacySettings"_s), u"Hidden"_s);
    QCOMPARE(pane->fieldText(u"keyboardPage"_s), u"Skipped"_s);
}

void TestDeploymentProfilesView::rawJsonDialogShowsTheJson()
{
    clickProfile(legacyName);
    const QString id = m_view->currentProfileId();
    const RawJsonView raw = openRawJson(*m_view, u"profileRawJsonButton"_s, legacyName);
    QVERIFY2(raw.problems.isEmpty(), qPrintable(raw.problems.join(u"; "_s)));
    RawJsonDialog *dialog = raw.dialog;
    QPlainTextEdit *text = raw.text;
    const QJsonObject &shown = raw.json;
    QCOMPARE(text->font(), QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QVERIFY(text->toPlainText().contains(u"\n    \""_s)); // indented
    // Exactly what Graph sent.
    const QJsonObject served = m_env->fixture().get(profilesPath + u'/' + id).json();
    for (const QString &key : served.keys())
        if (!key.startsWith(u"@odata.context"_s))
            QCOMPARE(shown.value(key), served.value(key));
    QVERIFY(shown.contains(u"outOfBoxExperienceSettings"_s));
    QVERIFY(!shown.contains(u"outOfBoxExperienceSetting"_s));

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"copyJsonButton"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), text->toPlainText());
    QVERIFY(!dialog->findChild<QLabel *>(u"rawJsonStatus"_s)->text().isEmpty());
    const QPointer<RawJsonDialog> guard(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"closeJsonButton"_s), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull()); // deleted on close

    // The toolbar's "Show raw JSON" opens the same.
    m_view->rawJsonAction()->trigger();
    auto *again = m_view->findChild<RawJsonDialog *>(u"rawJsonDialog"_s);
    QVERIFY(again);
    QVERIFY(again->text().contains(id));
    again->close();
}

void TestDeploymentProfilesView::assignToDevicesEmitsTheProfileId()
{
    QSignalSpy requested(m_view.get(), &DeploymentProfilesView::assignToDevicesRequested);
    clickProfile(u"Autopilot – Standard user laptops"_s);
    auto *button = child<QAbstractButton>(*m_view, u"assignToDevicesButton"_s);
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), idOf(u"Autopilot – Standard user laptops"_s));

    // By keyboard, from the table.
    clickProfile(u"Hybrid join – Head office"_s);
    QApplication::setActiveWindow(m_view.get());
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1).at(0).toString(), idOf(u"Hybrid join – Head office"_s));

    // Without a current profile there is nothing to assign.
    m_view->table()->selectionModel()->clearCurrentIndex();
    QVERIFY(!button->isEnabled());
    QVERIFY(!m_view->details()->isShowingProfile());
}

void TestDeploymentProfilesView::assignedDevicesTabListsAndForwards()
{
    clickProfile(u"Autopilot – Admin workstations"_s);
    const QString id = m_view->currentProfileId();
    auto *tabs = child<QTabWidget>(*m_view, u"profileTabs"_s);
    QVERIFY(tabs);
    const qint64 count = emulatorCount(id);
    QVERIFY(count > 0);
    QCOMPARE(tabs->tabText(DeploymentProfilesView::AssignedDevicesTab), u"Assigned devices (%1)"_s.arg(count));
    tabs->setCurrentIndex(DeploymentProfilesView::AssignedDevicesTab);
    AutopilotDevicesView *devices = m_view->assignedDevicesView();
    QCOMPARE(devices->scope(), AutopilotDevicesView::Scope::Profile);
    QCOMPARE(devices->profileId(), id);
    QTRY_COMPARE_WITH_TIMEOUT(devices->loader()->state(), DeviceLoader::State::Ready, 15'000);
    QCOMPARE(devices->model()->rowCount(), int(count));

    // Arrowing to another profile points the tab there (once, after a short pause).
    clickProfile(u"Autopilot – Kiosk self-deploying"_s);
    const QString kiosk = m_view->currentProfileId();
    QTRY_COMPARE_WITH_TIMEOUT(devices->profileId(), kiosk, 5'000);
    QTRY_COMPARE_WITH_TIMEOUT(devices->loader()->state(), DeviceLoader::State::Ready, 15'000);
    QCOMPARE(devices->model()->rowCount(), int(emulatorCount(kiosk)));

    // Its actions reach the main window through this view.
    QSignalSpy show(m_view.get(), &DeploymentProfilesView::showInDevicesViewRequested);
    QSignalSpy assign(m_view.get(), &DeploymentProfilesView::assignProfileRequested);
    devices->table()->selectionModel()->setCurrentIndex(
            devices->proxy()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString deviceId =
            devices->model()->deviceId(devices->proxy()->mapToSource(devices->proxy()->index(0, 0)).row());
    auto *showAction = devices->findChild<QAction *>(u"actionShowInDevicesView"_s);
    QVERIFY(showAction);
    QTRY_VERIFY(showAction->isEnabled());
    showAction->trigger();
    QCOMPARE(show.size(), 1);
    QCOMPARE(show.at(0).at(0).toString(), deviceId);
    auto *assignAction = devices->findChild<QAction *>(u"actionAssignProfile"_s);
    QVERIFY(assignAction);
    QTRY_VERIFY(assignAction->isEnabled());
    assignAction->trigger();
    QCOMPARE(assign.size(), 1);
    QCOMPARE(assign.at(0).at(0).toStringList(), QStringList{deviceId});
}

void TestDeploymentProfilesView::followsAnAssignment()
{
    clickProfile(u"Autopilot – Shared lab PCs"_s);
    const QString id = m_view->currentProfileId();
    const int row = m_view->model()->rowOfId(id);
    const qint64 before = m_view->model()->assignedCount(row).value_or(-1);
    QCOMPARE(before, emulatorCount(id));
    m_view->tabs()->setCurrentIndex(DeploymentProfilesView::AssignedDevicesTab);
    AutopilotDevicesView *devices = m_view->assignedDevicesView();
    QTRY_COMPARE_WITH_TIMEOUT(devices->profileId(), id, 5'000);
    QTRY_COMPARE_WITH_TIMEOUT(devices->loader()->state(), DeviceLoader::State::Ready, 15'000);
    QCOMPARE(devices->model()->rowCount(), int(before));

    // Two devices without a profile get this one (as the assign dialog would do it).
    QStringList ids;
    for (const QJsonValue &value :
         m_env->fixture().get(u"/beta/deviceManagement/windowsAutopilotDeviceIdentities"_s).value()) {
        const QString deviceId = value.toObject().value(u"id"_s).toString();
        if (m_env->fixture()
                    .get(u"/beta/deviceManagement/windowsAutopilotDeviceIdentities/%1/deploymentProfile"_s.arg(
                            deviceId))
                    .status
            == 404)
            ids.append(deviceId);
        if (ids.size() == 2)
            break;
    }
    QCOMPARE(ids.size(), 2);
    QCOMPARE(m_env->fixture()
                     .postJson(profilesPath + u'/' + id + u"/assign"_s,
                               QJsonObject{{u"deviceIds"_s, QJsonArray::fromStringList(ids)}})
                     .status,
             204);
    QTRY_COMPARE_WITH_TIMEOUT(emulatorCount(id), before + 2, 10'000);

    m_view->profileAssignmentChanged(id);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->assignedCount(row).value_or(-1), before + 2, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(devices->model()->rowCount(), int(before + 2), 15'000);
    QCOMPARE(m_view->tabs()->tabText(DeploymentProfilesView::AssignedDevicesTab),
             u"Assigned devices (%1)"_s.arg(before + 2));
    QCOMPARE(m_view->details()->fieldText(u"assignedDevices"_s), QString::number(before + 2));
}

void TestDeploymentProfilesView::refreshKeepsTheCurrentProfile()
{
    clickProfile(u"Hybrid join – Branch offices"_s);
    const QString id = m_view->currentProfileId();
    QSignalSpy states(m_view->loader(), &ProfileLoader::stateChanged);
    m_view->refresh();
    QCOMPARE(m_view->loader()->state(), ProfileLoader::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->loader()->state(), ProfileLoader::State::Ready, 15'000);
    QCOMPARE(states.size(), 2);
    QCOMPARE(m_view->model()->rowCount(), 8);
    QCOMPARE(m_view->currentProfileId(), id);
    QCOMPARE(m_view->details()->profileId(), id);
    QVERIFY(m_view->table()->selectionModel()->isRowSelected(m_view->table()->currentIndex().row()));
    QCOMPARE(m_view->details()->fieldText(u"assignedDevices"_s), QString::number(emulatorCount(id)));
}

void TestDeploymentProfilesView::failureIsInlineWithRetry()
{
    // A token without any Intune read permission.
    SignedInWith other(m_env->fixture(), {u"Directory.Read.All"_s});
    DeploymentProfilesView &view = other.view;
    QTRY_COMPARE_WITH_TIMEOUT(view.loader()->state(), ProfileLoader::State::Failed, 15'000);
    auto *row = view.findChild<QWidget *>(u"profilesMessageRow"_s);
    auto *message = view.findChild<QLabel *>(u"profilesMessage"_s);
    auto *retry = view.findChild<QPushButton *>(u"retryProfilesButton"_s);
    QVERIFY(row->isVisible());
    QVERIFY2(message->text().startsWith(u"The deployment profiles could not be loaded: "_s),
             qPrintable(message->text()));
    QVERIFY(message->text().contains(u"Request ID: "_s + view.loader()->error().requestId));
    QVERIFY(!message->toolTip().isEmpty());
    QVERIFY(retry->isVisible());
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(!view.assignAction()->isEnabled());

    // With the permission granted, Try again loads them.
    other.grantEveryScope();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view.loader()->state(), ProfileLoader::State::Ready, 15'000);
    QCOMPARE(view.model()->rowCount(), 8);
    QVERIFY(!row->isVisible());
}

void TestDeploymentProfilesView::partialFailureIsNamed()
{
    // Intune may be read, the directory not: the profiles load, the message names what is missing.
    SignedInWith other(m_env->fixture(), {u"DeviceManagementServiceConfig.Read.All"_s});
    DeploymentProfilesView &view = other.view;
    QTRY_COMPARE_WITH_TIMEOUT(view.loader()->state(), ProfileLoader::State::Ready, 15'000);
    QCOMPARE(view.model()->rowCount(), 8);
    auto *message = view.findChild<QLabel *>(u"profilesMessage"_s);
    QVERIFY(view.findChild<QWidget *>(u"profilesMessageRow"_s)->isVisible());
    QVERIFY2(message->text().startsWith(u"Some details could not be read: the group names ("_s),
             qPrintable(message->text()));
    QVERIFY(!message->property("error").toBool()); // not the red banner: the profiles are there
    QVERIFY(view.findChild<QPushButton *>(u"retryProfilesButton"_s)->isVisible());
    view.selectProfile(view.model()->profile(0).id);
    QVERIFY(view.assignAction()->isEnabled());
}

void TestDeploymentProfilesView::layoutPersists()
{
    DeploymentProfilesView other(nullptr);
    m_view->tabs()->setCurrentIndex(DeploymentProfilesView::AssignedDevicesTab);
    const ColumnChanges changes{.hide = {M::DescriptionColumn},
                                .moveToSecond = M::AssignedDevicesColumn,
                                .resize = M::NameColumn,
                                .width = 277};
    QCOMPARE(columnChangesLost(*m_view, other, changes), QStringList());
    QCOMPARE(other.tabs()->currentIndex(), int(DeploymentProfilesView::AssignedDevicesTab));
    QHeaderView *header = m_view->table()->horizontalHeader();
    header->setSectionHidden(M::DescriptionColumn, false);
    header->moveSection(header->visualIndex(M::AssignedDevicesColumn), M::AssignedDevicesColumn);
}

void TestDeploymentProfilesView::everyControlIsNamed()
{
    clickProfile(u"Autopilot – Standard user laptops"_s);
    QCOMPARE(m_view->assignAction()->shortcut(), QKeySequence(u"Ctrl+Shift+D"_s));
    QCOMPARE(m_view->rawJsonAction()->shortcut(), QKeySequence(u"Ctrl+J"_s));
    for (const int tab : {DeploymentProfilesView::SettingsTab, DeploymentProfilesView::AssignedDevicesTab}) {
        m_view->tabs()->setCurrentIndex(tab);
        QCOMPARE(unnamedControls(*m_view, false), QStringList());
    }
    // Every value label of the details is named after its field.
    for (const QString &key : m_view->details()->fieldKeys()) {
        auto *label = m_view->findChild<QLabel *>(u"profileDetail_"_s + key);
        QVERIFY2(label && !label->accessibleName().isEmpty(), qPrintable(key));
    }
}

QTEST_MAIN(TestDeploymentProfilesView)
#include "tst_DeploymentProfilesView.moc"
