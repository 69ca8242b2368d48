// The enrollment configurations view offscreen against the emulator over loopback (issue 7 points
// 1, 2, 5 and 6 for the view), driven through object names: it lists the demo tenant's fourteen
// configurations in the portal's order with types, limits and assignments by name, searches,
// shows the type-specific settings of limits, restrictions, Windows Hello for Business, ESPs and
// co-management, opens the raw JSON, enables each action only where it applies (defaults cannot
// be assigned or reordered; the ends of a family cannot move further) and names the missing
// permission of a read-only token, moves a configuration down and up again through setPriority
// (the emulator's priorities change, the list is read again, the selection stays), shows a 403
// with the permission and details to copy, replaces a row after an edit, and keeps its layout.
#include "ConfigurationFixtures.h"
#include "GraphTestEnvironment.h"
#include "WindowTestRig.h"
#include "app/Translator.h"
#include "auth/GrantedPermissions.h"
#include "dialogs/RawJsonDialog.h"
#include "emulator/GraphEmulator.h"
#include "emulator/RequestLog.h"
#include "models/ConfigurationLoader.h"
#include "models/ConfigurationWriter.h"
#include "models/EnrollmentConfigurationModel.h"
#include "models/SearchFilterProxyModel.h"
#include "views/EnrollmentConfigurationsView.h"
#include "widgets/ConfigurationDetailsPane.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;
using M = EnrollmentConfigurationModel;
using State = ConfigurationLoader::State;
// Another configurations view on the same emulator, signed in with a token of only these scopes.
using SignedInWith = SignedInView<EnrollmentConfigurationsView>;

namespace {

// "10 devices" once the English catalogue has the plural forms, "10 device(s)" before.
QRegularExpression plural(const QString &prefix, int n, const QString &word)
{
    return QRegularExpression(u"^%1%2 %3(s|\\(s\\))$"_s.arg(QRegularExpression::escape(prefix)).arg(n).arg(word));
}

} // namespace

class TestEnrollmentConfigurationsView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void listsTheEmulatorsConfigurations();
    void searchFilters();
    void limitAndRestrictionDetails();
    void helloStatusPageAndComanagementDetails();
    void rawJsonDialogShowsTheJson();
    void malformedSettingsShowADash();
    void actionsFollowTheCurrentConfiguration();
    void editAndAssignmentsAreHandedOver();
    void readOnlyTokenNamesThePermission();
    void moveDownAndUpChangeTheEmulatorsPriorities();
    void moveRefusedWith403ShowsThePermission();
    void failureIsInlineWithRetry();
    void applyConfigurationReplacesTheRow();
    void refreshKeepsTheCurrentConfiguration();
    void layoutPersists();
    void everyControlIsNamed();

private:
    QString idOf(const QString &name) const
    {
        for (const EnrollmentConfiguration &c : m_view->configurations())
            if (c.displayName == name)
                return c.id;
        return {};
    }
    QString defaultId(const QString &suffix) const { return m_tenantId + u'_' + suffix; }
    // Clicks the table row of a configuration, as a person would.
    void clickConfiguration(const QString &id)
    {
        auto *table = child<QTableView>(*m_view, u"configurationsTable"_s);
        QVERIFY(table);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, M::NameColumn);
            if (index.data(M::ConfigurationIdRole).toString() == id) {
                table->scrollTo(index);
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
                QCOMPARE(table->currentIndex().row(), row);
                QCOMPARE(m_view->currentConfigurationId(), id);
                return;
            }
        }
        QFAIL(qPrintable(u"No row with id "_s + id));
    }
    void clickNamed(const QString &name) { clickConfiguration(idOf(name)); }
    QString field(const QString &key) const { return m_view->details()->fieldText(key); }
    // "key: text" of the details' field for each "key: …" in `expected`, "settings: <group>" for
    // the settings group shown: QCOMPARE(fields(e), e).
    QStringList fields(const QStringList &expected) const
    {
        QStringList shown;
        for (const QString &line : expected) {
            const QString key = line.section(u": "_s, 0, 0);
            shown.append(key + u": "_s
                         + (key == u"settings"_s ? m_view->details()->visibleSettingsGroup() : field(key)));
        }
        return shown;
    }
    // The same after clicking the row of the configuration with this name.
    QStringList fieldsOf(const QString &name, const QStringList &expected)
    {
        clickNamed(name);
        return fields(expected);
    }
    QJsonObject served(const QString &id) { return configurationJson(m_env->fixture(), id); }
    int emulatorPriority(const QString &id) { return served(id).value(u"priority"_s).toInt(-1); }
    int listRequests() { return m_env->requestsMatching(u"/deviceEnrollmentConfigurations$"_s, "GET"); }

    std::unique_ptr<GraphTestEnvironment> m_env;
    std::unique_ptr<EnrollmentConfigurationsView> m_view;
    QString m_tenantId;
    Translator m_translator;
};

void TestEnrollmentConfigurationsView::initTestCase()
{
    m_translator.install(u"en"_s);
    m_env = std::make_unique<GraphTestEnvironment>(GraphTestOptions{.journalFile = true});
    QVERIFY(m_env->fixture().started());
    m_env->fixture().host().runOnEmulatorThread(
            [this](emu::GraphEmulator &emulator) { m_tenantId = emulator.tenant().tenantId; });
    QVERIFY(!m_tenantId.isEmpty());
    m_view = std::make_unique<EnrollmentConfigurationsView>(m_env->journal());
    QVERIFY(showActive(*m_view, QSize(1280, 860)));
    // Before signing in: says so, nothing to do.
    QVERIFY(child<QLabel>(*m_view, u"configurationsMessage"_s)->text().contains(u"Not signed in"_s));
    QVERIFY(!m_view->editLimitAction()->isEnabled());
    QVERIFY(!m_view->moveUpAction()->isEnabled());

    m_view->setService(&m_env->intune(), m_env->tenant());
    QTRY_COMPARE_WITH_TIMEOUT(m_view->loader()->state(), State::Ready, 30'000);
}

void TestEnrollmentConfigurationsView::init()
{
    m_view->setSearchText({});
    m_view->setPermissions({});
}

void TestEnrollmentConfigurationsView::cleanupTestCase()
{
    m_view.reset();
    m_env.reset();
}

void TestEnrollmentConfigurationsView::listsTheEmulatorsConfigurations()
{
    QCOMPARE(describePage(*m_view),
             (QStringList{u"configurations"_s, u"Enrollment configurations"_s, u"icon"_s, u"refresh"_s, u"search"_s}));

    auto *table = child<QTableView>(*m_view, u"configurationsTable"_s);
    QCOMPARE(table->model()->rowCount(), 14);
    // The portal's order: each family's customs by priority, its default last.
    const QStringList expected = {
            idOf(demo.helpDesk),
            idOf(demo.executives),
            idOf(demo.contractors),
            defaultId(u"DefaultLimit"_s),
            idOf(demo.iosSales),
            idOf(demo.windowsOnly),
            defaultId(u"DefaultPlatformRestrictions"_s),
            idOf(demo.helloFinance),
            defaultId(u"DefaultWindowsHelloForBusiness"_s),
            idOf(demo.kioskEsp),
            idOf(demo.standardEsp),
            defaultId(u"DefaultWindows10EnrollmentCompletionPageConfiguration"_s),
            idOf(demo.comanagement),
            defaultId(u"WindowsRestore"_s),
    };
    QStringList shown;
    for (int row = 0; row < 14; ++row)
        shown.append(table->model()->index(row, 0).data(M::ConfigurationIdRole).toString());
    QCOMPARE(shown, expected);

    const auto text = [table](int row, int column) { return table->model()->index(row, column).data().toString(); };
    QCOMPARE(text(0, M::PriorityColumn), u"1"_s);
    QCOMPARE(text(0, M::TypeColumn), u"Device limit"_s);
    QCOMPARE(text(0, M::LimitColumn), u"15"_s);
    QCOMPARE(text(0, M::AssignmentsColumn), u"Intune - Help Desk Technicians; Intune - Device Enrollment Managers"_s);
    QCOMPARE(text(2, M::AssignmentsColumn), u"Intune - Contractors; Excluded: Intune - Help Desk Technicians"_s);
    QCOMPARE(text(3, M::PriorityColumn), u"Default"_s);
    QCOMPARE(text(3, M::LimitColumn), u"5"_s);
    QCOMPARE(text(3, M::AssignmentsColumn), u"All users and all devices"_s);
    QCOMPARE(text(4, M::TypeColumn), u"Device platform restriction (iOS/iPadOS)"_s);
    QCOMPARE(text(5, M::TypeColumn), u"Device platform restriction (Windows)"_s);
    QCOMPARE(text(6, M::TypeColumn), u"Device platform restrictions"_s);
    QCOMPARE(text(6, M::LimitColumn), QString());
    QCOMPARE(text(7, M::TypeColumn), u"Windows Hello for Business"_s);
    QCOMPARE(text(9, M::TypeColumn), u"Enrollment Status Page"_s);
    QCOMPARE(text(12, M::TypeColumn), u"Co-management authority"_s);
    QCOMPARE(text(12, M::AssignmentsColumn),
             u"Configuration Manager collection P0100023; Intune - Co-managed Devices"_s);
    QCOMPARE(text(13, M::TypeColumn), u"Windows restore"_s);
    for (int row = 0; row < 14; ++row) {
        const QString id = shown.at(row);
        const QJsonObject truth = served(id);
        QCOMPARE(text(row, M::VersionColumn), QString::number(truth.value(u"version"_s).toInt()));
        QCOMPARE(table->model()->index(row, M::ModifiedColumn).data(M::RawValueRole).toLongLong(),
                 QDateTime::fromString(truth.value(u"lastModifiedDateTime"_s).toString(), Qt::ISODateWithMs)
                         .toMSecsSinceEpoch());
        const QString assignments = text(row, M::AssignmentsColumn);
        QVERIFY2(!assignments.isEmpty() && assignments != u"…"_s && assignments != u"—"_s
                         && !assignments.contains(u"Group "_s),
                 qPrintable(assignments));
    }
    QVERIFY(table->horizontalHeader()->isSectionHidden(M::DescriptionColumn));
    QVERIFY(QRegularExpression(u"^14 configuration(s|\\(s\\))$"_s).match(m_view->summary()).hasMatch());
    QVERIFY(!child<QWidget>(*m_view, u"configurationsProgressRow"_s)->isVisible());
    QVERIFY(!child<QWidget>(*m_view, u"configurationsMessageRow"_s)->isVisible());
}

void TestEnrollmentConfigurationsView::searchFilters()
{
    QSignalSpy summary(m_view.get(), &ViewPage::summaryChanged);
    auto *table = child<QTableView>(*m_view, u"configurationsTable"_s);
    m_view->setSearchText(u"Enrollment Status Page"_s);
    QCOMPARE(m_view->searchText(), u"Enrollment Status Page"_s);
    QCOMPARE(table->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(table->model()->index(row, M::TypeColumn).data().toString(), u"Enrollment Status Page"_s);
    QVERIFY(summary.size() >= 1);
    QVERIFY(m_view->summary().contains(u"3 shown"_s));
    // Assignments are searched by group name.
    m_view->setSearchText(u"Kiosk Devices"_s);
    QCOMPARE(table->model()->rowCount(), 2); // one ESP includes it, the other excludes it
    m_view->setSearchText(u"no such configuration anywhere"_s);
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!m_view->editLimitAction()->isEnabled());
    QVERIFY(!m_view->details()->isShowingConfiguration());
    m_view->setSearchText({});
    QCOMPARE(table->model()->rowCount(), 14);
}

void TestEnrollmentConfigurationsView::limitAndRestrictionDetails()
{
    auto *pane = child<ConfigurationDetailsPane>(*m_view, u"configurationDetailsPane"_s);
    QVERIFY(pane);
    clickNamed(demo.executives);
    QCOMPARE(pane->configurationId(), idOf(demo.executives));
    QCOMPARE(child<QLabel>(*m_view, u"configurationDetailsTitle"_s)->text(), demo.executives);
    QVERIFY(child<QGroupBox>(*m_view, u"limitGroup"_s)->isVisible());
    QVERIFY(!child<QGroupBox>(*m_view, u"espGroup"_s)->isVisible());
    QVERIFY(plural({}, 10, u"device"_s).match(field(u"limit"_s)).hasMatch());
    QVERIFY(child<QLabel>(*m_view, u"configurationLimitNote"_s)->text().contains(u"Autopilot"_s));
    const QStringList limit{u"settings: limitGroup"_s,
                            u"type: Device limit"_s,
                            u"priority: 2"_s,
                            u"assignments: Intune - Executives"_s,
                            u"id: "_s + idOf(demo.executives),
                            u"scopeTags: Default (0)"_s};
    QCOMPARE(fields(limit), limit);
    QVERIFY(!field(u"created"_s).isEmpty() && field(u"created"_s) != u"—"_s);
    QCOMPARE(field(u"description"_s), u"Executives and their assistants use several phones, tablets and PCs."_s);
    // Copy of the id.
    QTest::mouseClick(child<QAbstractButton>(*m_view, u"configurationCopy_id"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), idOf(demo.executives));

    // The default platform restrictions: every platform in words.
    clickConfiguration(defaultId(u"DefaultPlatformRestrictions"_s));
    const QStringList restrictions{
            u"settings: restrictionsGroup"_s,
            u"restriction_windows: Allowed; personally owned devices blocked; OS 10.0.19045 or later"_s,
            u"restriction_ios: Allowed; personally owned devices blocked; OS 16.0 or later"_s,
            u"restriction_android: Blocked"_s,
            u"restriction_androidForWork: Allowed; personally owned devices blocked; OS 12.0 or later"_s,
            u"restriction_windowsMobile: Blocked"_s,
            u"restriction_macOS: Allowed; personally owned devices blocked; OS 13.0 or later"_s,
            u"priority: Default (0): applies last, to all users and all devices"_s,
            u"created: —"_s, // 0001-01-01
            u"assignments: All users and all devices"_s,
            u"scopeTags: None"_s};
    QCOMPARE(fields(restrictions), restrictions);
    QVERIFY(!child<QGroupBox>(*m_view, u"otherGroup"_s)->isVisible()); // every property in words

    // A single-platform restriction.
    const QStringList windows{u"settings: singleRestrictionGroup"_s,
                              u"type: Device platform restriction (Windows)"_s,
                              u"platformType: Windows"_s,
                              u"platformAllowed: Allowed"_s,
                              u"personalDevices: Blocked"_s,
                              u"osMinimum: 10.0.19045"_s,
                              u"osMaximum: No maximum"_s,
                              u"blockedManufacturers: None"_s,
                              u"assignments: Intune - BYOD Blocked Users\nDynamic - Finance Users"_s};
    QCOMPARE(fieldsOf(demo.windowsOnly, windows), windows);
    clickNamed(demo.iosSales);
    const QStringList ios{u"platformType: iOS/iPadOS"_s, u"personalDevices: Allowed"_s, u"osMinimum: 17.0"_s};
    QCOMPARE(fields(ios), ios);
}

void TestEnrollmentConfigurationsView::helloStatusPageAndComanagementDetails()
{
    const QStringList hello{u"settings: helloGroup"_s,
                            u"helloState: Enabled"_s,
                            u"pinMinimumLength: 8"_s,
                            u"pinMaximumLength: 127"_s,
                            u"pinSpecial: Required"_s,
                            u"pinUppercase: Allowed"_s,
                            u"pinLowercase: Allowed"_s,
                            u"pinHistory: 5"_s,
                            u"securityDeviceRequired: Yes"_s,
                            u"biometrics: Yes"_s,
                            u"enhancedAntiSpoofing: Not configured"_s,
                            u"securityKeys: Not configured"_s,
                            u"remotePassport: Yes"_s};
    QCOMPARE(fieldsOf(demo.helloFinance, hello), hello);
    QVERIFY(plural(u"After "_s, 180, u"day"_s).match(field(u"pinExpiration"_s)).hasMatch());
    clickConfiguration(defaultId(u"DefaultWindowsHelloForBusiness"_s));
    const QStringList helloDefault{u"helloState: Not configured"_s, u"pinExpiration: Never"_s, u"pinHistory: None"_s,
                                   u"pinSpecial: Not allowed"_s};
    QCOMPARE(fields(helloDefault), helloDefault);

    const QStringList kiosk{
            u"settings: espGroup"_s,
            u"espShowProgress: Yes"_s,
            u"espErrorMessage: The kiosk could not finish setup. Call the help desk on extension 4357."_s,
            u"espBlockRetry: No"_s,
            u"espAllowReset: Yes"_s,
            u"espAllowUseOnFailure: No"_s,
            u"espAutopilotOnly: Yes"_s};
    QCOMPARE(fieldsOf(demo.kioskEsp, kiosk), kiosk);
    QVERIFY(plural({}, 90, u"minute"_s).match(field(u"espTimeout"_s)).hasMatch());
    const QJsonArray apps = served(idOf(demo.kioskEsp)).value(u"selectedMobileAppIds"_s).toArray();
    QCOMPARE(apps.size(), 2);
    QVERIFY2(field(u"espSelectedApps"_s).contains(apps.at(0).toString())
                     && field(u"espSelectedApps"_s).contains(apps.at(1).toString())
                     && field(u"espSelectedApps"_s).startsWith(u"2 app"_s),
             qPrintable(field(u"espSelectedApps"_s)));
    clickConfiguration(defaultId(u"DefaultWindows10EnrollmentCompletionPageConfiguration"_s));
    const QStringList espDefault{u"espShowProgress: No"_s, u"espSelectedApps: None selected"_s,
                                 u"espErrorMessage: None"_s};
    QCOMPARE(fields(espDefault), espDefault);

    const QStringList comanaged{
            u"settings: comanagementGroup"_s, u"installAgent: Yes"_s, u"managedDeviceAuthority: 1"_s,
            u"assignments: Configuration Manager collection P0100023\nIntune - Co-managed Devices"_s};
    QCOMPARE(fieldsOf(demo.comanagement, comanaged), comanaged);
    QVERIFY(field(u"agentCommandLine"_s).startsWith(u"CCMSETUPCMD="_s));

    clickConfiguration(defaultId(u"WindowsRestore"_s));
    const QStringList restore{u"settings: restoreGroup"_s, u"restoreState: Not configured"_s};
    QCOMPARE(fields(restore), restore);
}

void TestEnrollmentConfigurationsView::rawJsonDialogShowsTheJson()
{
    clickNamed(demo.kioskEsp);
    const QString id = m_view->currentConfigurationId();
    const RawJsonView raw = openRawJson(*m_view, u"configurationRawJsonButton"_s, demo.kioskEsp);
    QVERIFY2(raw.problems.isEmpty(), qPrintable(raw.problems.join(u"; "_s)));
    const QJsonObject &shown = raw.json;
    // What Graph sent: every property, the assignments with it.
    const QJsonObject truth = served(id);
    QVERIFY(truth.contains(u"selectedMobileAppIds"_s));
    for (const QString &key : truth.keys()) {
        if (key.contains(u"@odata.context"_s))
            continue;
        QVERIFY2(shown.contains(key), qPrintable(key));
        if (key.endsWith(u"DateTime"_s))
            QCOMPARE(QDateTime::fromString(shown.value(key).toString(), Qt::ISODateWithMs),
                     QDateTime::fromString(truth.value(key).toString(), Qt::ISODateWithMs));
        else if (key == u"assignments"_s)
            QCOMPARE(shown.value(key).toArray().size(), truth.value(key).toArray().size());
        else
            QCOMPARE(shown.value(key), truth.value(key));
    }
    const QPointer<RawJsonDialog> guard(raw.dialog);
    raw.dialog->close();
    QTRY_VERIFY(guard.isNull()); // deleted on close

    // Ctrl+J, from the table.
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_J, Qt::ControlModifier);
    auto *again = m_view->findChild<RawJsonDialog *>(u"rawJsonDialog"_s);
    QVERIFY(again);
    QVERIFY(again->text().contains(id));
    const QPointer<RawJsonDialog> againGuard(again);
    again->close();
    QTRY_VERIFY(againGuard.isNull());
    // The closed dialog took the focus with it: the view is the active window again.
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
}

void TestEnrollmentConfigurationsView::malformedSettingsShowADash()
{
    // Whatever Graph sends, the pane shows what it can and "—" for the rest; it never crashes.
    ConfigurationDetailsPane pane;
    const auto show = [&pane](const QString &type, const QJsonObject &properties, int priority = 1) {
        QJsonObject json{{u"@odata.type"_s, QString(u"#microsoft.graph."_s + type)},
                         {u"id"_s, u"x_Custom"_s},
                         {u"displayName"_s, u"Odd"_s},
                         {u"priority"_s, priority},
                         {u"version"_s, u"seven"_s},
                         {u"createdDateTime"_s, u"not a date"_s}};
        for (auto it = properties.begin(); it != properties.end(); ++it)
            json.insert(it.key(), it.value());
        pane.showConfiguration(EnrollmentConfiguration::fromJson(json), {u"Not assigned"_s});
    };
    show(u"deviceEnrollmentLimitConfiguration"_s, {{u"limit"_s, u"many"_s}, {u"futureSetting"_s, 1}});
    QCOMPARE(pane.visibleSettingsGroup(), u"limitGroup"_s);
    QCOMPARE(pane.fieldText(u"limit"_s), u"—"_s);
    QCOMPARE(pane.fieldText(u"created"_s), u"—"_s);
    QCOMPARE(pane.fieldText(u"version"_s), u"0"_s);
    // A property the pane has no words for is listed, not dropped.
    QVERIFY(!pane.findChild<QGroupBox *>(u"otherGroup"_s)->isHidden());
    QCOMPARE(pane.fieldText(u"otherProperties"_s), u"futureSetting: 1"_s);

    show(u"deviceEnrollmentPlatformRestrictionsConfiguration"_s,
         {{u"windowsRestriction"_s, u"blocked"_s},
          {u"iosRestriction"_s, QJsonObject{{u"platformBlocked"_s, u"yes"_s}, {u"osMinimumVersion"_s, 16}}},
          {u"macOSRestriction"_s,
           QJsonObject{{u"platformBlocked"_s, false}, {u"personalDeviceEnrollmentBlocked"_s, true}}},
          {u"androidRestriction"_s,
           QJsonObject{{u"platformBlocked"_s, false},
                       {u"personalDeviceEnrollmentBlocked"_s, false},
                       {u"osMinimumVersion"_s, u""_s},
                       {u"osMaximumVersion"_s, u"14.0"_s},
                       {u"blockedManufacturers"_s, QJsonArray{u"Contoso"_s, u"Fabrikam"_s}}}}},
         0);
    QCOMPARE(pane.fieldText(u"restriction_windows"_s), u"—"_s);
    QCOMPARE(pane.fieldText(u"restriction_ios"_s),
             u"Allowed or blocked: —; personally owned devices: —; OS version: —"_s);
    QCOMPARE(
            pane.fieldText(u"restriction_android"_s),
            u"Allowed; personally owned devices allowed; OS 14.0 or earlier; blocked manufacturers: Contoso, Fabrikam"_s);
    QCOMPARE(pane.fieldText(u"restriction_macOS"_s), u"Allowed; personally owned devices blocked; any OS version"_s);
    QCOMPARE(pane.fieldText(u"restriction_tvos"_s), u"Not reported"_s);
    QVERIFY(pane.findChild<QGroupBox *>(u"otherGroup"_s)->isHidden());

    show(u"deviceEnrollmentPlatformRestrictionConfiguration"_s,
         {{u"platformType"_s, 3}, {u"platformRestriction"_s, QJsonArray()}});
    QCOMPARE(pane.fieldText(u"platformType"_s), u"—"_s);
    QCOMPARE(pane.fieldText(u"platformAllowed"_s), u"—"_s);
    QCOMPARE(pane.fieldText(u"osMinimum"_s), u"—"_s);

    show(u"deviceEnrollmentWindowsHelloForBusinessConfiguration"_s,
         {{u"state"_s, 5},
          {u"pinMinimumLength"_s, u"eight"_s},
          {u"pinSpecialCharactersUsage"_s, u"sometimes"_s},
          {u"pinExpirationInDays"_s, 1.5},
          {u"unlockWithBiometricsEnabled"_s, u"true"_s}});
    QCOMPARE(pane.fieldText(u"helloState"_s), u"—"_s);
    QCOMPARE(pane.fieldText(u"pinMinimumLength"_s), u"—"_s);
    QCOMPARE(pane.fieldText(u"pinSpecial"_s), u"sometimes"_s); // an unknown value: as Graph sent it
    QCOMPARE(pane.fieldText(u"pinExpiration"_s), u"—"_s);
    QCOMPARE(pane.fieldText(u"biometrics"_s), u"—"_s);
    QCOMPARE(pane.fieldText(u"pinMaximumLength"_s), u"—"_s); // missing

    show(u"windows10EnrollmentCompletionPageConfiguration"_s,
         {{u"selectedMobileAppIds"_s, u"all"_s}, {u"customErrorMessage"_s, 42}, {u"showInstallationProgress"_s, 1}});
    QCOMPARE(pane.fieldText(u"espSelectedApps"_s), u"—"_s);
    QCOMPARE(pane.fieldText(u"espErrorMessage"_s), u"—"_s);
    QCOMPARE(pane.fieldText(u"espShowProgress"_s), u"—"_s);
    QCOMPARE(pane.fieldText(u"espTimeout"_s), u"—"_s);

    // A type the app does not know: every property as "key: value".
    show(u"deviceEnrollmentFutureConfiguration"_s,
         {{u"mode"_s, u"strict"_s},
          {u"steps"_s, QJsonArray{1, 2}},
          {u"nested"_s, QJsonObject{{u"a"_s, true}}},
          {u"nothing"_s, QJsonValue::Null}});
    QCOMPARE(pane.visibleSettingsGroup(), u"otherGroup"_s);
    QCOMPARE(pane.findChild<QGroupBox *>(u"otherGroup"_s)->title(), u"Settings"_s);
    QCOMPARE(pane.fieldText(u"type"_s), u"Other: deviceEnrollmentFutureConfiguration"_s);
    QCOMPARE(pane.fieldText(u"otherProperties"_s), u"mode: strict\nnested: {\"a\":true}\nnothing: —\nsteps: [1,2]"_s);
    show(u"deviceEnrollmentFutureConfiguration"_s, {});
    QCOMPARE(pane.fieldText(u"otherProperties"_s), u"None"_s);
    QVERIFY(pane.showRawJson());
}

void TestEnrollmentConfigurationsView::actionsFollowTheCurrentConfiguration()
{
    QAction *edit = m_view->editLimitAction();
    QAction *assign = m_view->assignmentsAction();
    QAction *up = m_view->moveUpAction();
    QAction *down = m_view->moveDownAction();
    QCOMPARE(edit->objectName(), u"actionEditLimit"_s);
    QCOMPARE(assign->objectName(), u"actionAssignments"_s);
    QCOMPARE(up->objectName(), u"actionMoveUp"_s);
    QCOMPARE(down->objectName(), u"actionMoveDown"_s);
    QCOMPARE(m_view->rawJsonAction()->objectName(), u"actionRawJson"_s);
    QCOMPARE(m_view->copyIdAction()->objectName(), u"actionCopyId"_s);

    // The default limit: its limit can be edited; it cannot be assigned or reordered.
    clickConfiguration(defaultId(u"DefaultLimit"_s));
    QVERIFY(edit->isEnabled());
    QVERIFY(!assign->isEnabled());
    QCOMPARE(assign->toolTip(), u"Default configurations apply to all users and all devices and cannot be assigned."_s);
    QVERIFY(!up->isEnabled());
    QVERIFY(!down->isEnabled());
    QCOMPARE(up->toolTip(), u"Default configurations always apply last and cannot be reordered."_s);

    // The first custom limit: not higher, but lower.
    clickNamed(demo.helpDesk);
    QVERIFY(edit->isEnabled());
    QVERIFY(assign->isEnabled());
    QVERIFY(!up->isEnabled());
    QCOMPARE(up->toolTip(), u"“%1” already has the highest priority of its kind."_s.arg(demo.helpDesk));
    QVERIFY(down->isEnabled());
    QVERIFY(down->toolTip().contains(u"Ctrl+Down"_s) || down->toolTip().contains(u"Move down"_s));
    clickNamed(demo.executives);
    QVERIFY(up->isEnabled());
    QVERIFY(down->isEnabled());
    clickNamed(demo.contractors);
    QVERIFY(up->isEnabled());
    QVERIFY(!down->isEnabled());
    QVERIFY(down->toolTip().contains(u"only the default comes after it"_s));

    // Not a device limit: no limit to edit; a family of one: nowhere to move.
    clickNamed(demo.kioskEsp);
    QVERIFY(!edit->isEnabled());
    QCOMPARE(edit->toolTip(), u"Only device limit configurations have a device limit."_s);
    QVERIFY(assign->isEnabled());
    QVERIFY(!up->isEnabled());
    QVERIFY(down->isEnabled());
    clickNamed(demo.iosSales); // the only iOS restriction; the Windows one is another family
    QVERIFY(!up->isEnabled());
    QVERIFY(!down->isEnabled());
    QVERIFY(m_view->rawJsonAction()->isEnabled());
    m_view->copyIdAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), idOf(demo.iosSales));

    // No current configuration: nothing.
    m_view->table()->selectionModel()->clearCurrentIndex();
    for (QAction *action : {edit, assign, up, down, m_view->rawJsonAction(), m_view->copyIdAction()})
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
}

void TestEnrollmentConfigurationsView::editAndAssignmentsAreHandedOver()
{
    QSignalSpy edit(m_view.get(), &EnrollmentConfigurationsView::editLimitRequested);
    QSignalSpy assignments(m_view.get(), &EnrollmentConfigurationsView::assignmentsRequested);
    clickNamed(demo.executives);
    auto *editButton = child<QAbstractButton>(*m_view, u"editLimitButton"_s);
    QVERIFY(editButton && editButton->isEnabled());
    QTest::mouseClick(editButton, Qt::LeftButton);
    QCOMPARE(edit.size(), 1);
    const auto configuration = edit.at(0).at(0).value<EnrollmentConfiguration>();
    QCOMPARE(configuration.id, idOf(demo.executives));
    QCOMPARE(configuration.limit.value_or(0), 10);

    // Assignments by keyboard: Ctrl+Shift+G; the configuration carries its assignments.
    clickNamed(demo.standardEsp);
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(assignments.size(), 1);
    const auto esp = assignments.at(0).at(0).value<EnrollmentConfiguration>();
    QCOMPARE(esp.id, idOf(demo.standardEsp));
    QCOMPARE(esp.assignments.size(), 3);

    // A default: the shortcut does nothing.
    clickConfiguration(defaultId(u"DefaultWindows10EnrollmentCompletionPageConfiguration"_s));
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    m_view->assignmentsAction()->trigger();
    QCOMPARE(assignments.size(), 1);
}

void TestEnrollmentConfigurationsView::readOnlyTokenNamesThePermission()
{
    m_view->setPermissions(GrantedPermissions::of({configRead, directoryRead}));
    clickNamed(demo.executives);
    QVERIFY(!m_view->editLimitAction()->isEnabled());
    QVERIFY2(m_view->editLimitAction()->toolTip().contains(configReadWrite),
             qPrintable(m_view->editLimitAction()->toolTip()));
    QVERIFY(!m_view->moveUpAction()->isEnabled());
    QVERIFY(!m_view->moveDownAction()->isEnabled());
    QVERIFY(m_view->moveDownAction()->toolTip().contains(configReadWrite));
    // Assignments open read-only, and say so.
    QVERIFY(m_view->assignmentsAction()->isEnabled());
    QVERIFY2(m_view->assignmentsAction()->toolTip().startsWith(u"Shows the assignments read-only."_s)
                     && m_view->assignmentsAction()->toolTip().contains(configReadWrite),
             qPrintable(m_view->assignmentsAction()->toolTip()));
    QVERIFY(!child<QAbstractButton>(*m_view, u"moveDownButton"_s)->isEnabled());

    // With the permission, everything is back, with the action's own tooltip.
    m_view->setPermissions(GrantedPermissions::of({configReadWrite, directoryRead}));
    QVERIFY(m_view->editLimitAction()->isEnabled());
    QVERIFY(m_view->moveUpAction()->isEnabled());
    QVERIFY(m_view->moveDownAction()->isEnabled());
    QVERIFY(!m_view->assignmentsAction()->toolTip().contains(u"read-only"_s));
    QVERIFY(!m_view->moveDownAction()->toolTip().contains(configReadWrite));
}

void TestEnrollmentConfigurationsView::moveDownAndUpChangeTheEmulatorsPriorities()
{
    const QString helpDeskId = idOf(demo.helpDesk);
    const QString executivesId = idOf(demo.executives);
    QCOMPARE(emulatorPriority(helpDeskId), 1);
    QCOMPARE(emulatorPriority(executivesId), 2);
    clickNamed(demo.helpDesk);
    const int listedBefore = listRequests();
    const int journalBefore = m_env->activity().rowCount();

    m_view->moveDownAction()->trigger();
    QVERIFY(m_view->isMoving());
    auto *progress = child<QLabel>(*m_view, u"configurationsProgressLabel"_s);
    QCOMPARE(progress->text(), u"Moving “%1” to priority 2…"_s.arg(demo.helpDesk));
    QVERIFY(child<QWidget>(*m_view, u"configurationsProgressRow"_s)->isVisible());
    for (QAction *action :
         {m_view->editLimitAction(), m_view->assignmentsAction(), m_view->moveUpAction(), m_view->moveDownAction()})
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isMoving(), 15'000);
    QCOMPARE(m_view->loader()->state(), State::Ready);

    // The emulator renumbered the family; the whole list was read again; the row stays current.
    QCOMPARE(m_env->log().writes(u"setPriority:"_s + helpDeskId), 1);
    QCOMPARE(emulatorPriority(helpDeskId), 2);
    QCOMPARE(emulatorPriority(executivesId), 1);
    QVERIFY(listRequests() > listedBefore);
    QCOMPARE(m_view->currentConfigurationId(), helpDeskId);
    auto *table = m_view->table();
    QCOMPARE(table->model()->index(0, 0).data(M::ConfigurationIdRole).toString(), executivesId);
    QCOMPARE(table->model()->index(1, 0).data(M::ConfigurationIdRole).toString(), helpDeskId);
    QCOMPARE(table->model()->index(1, M::PriorityColumn).data().toString(), u"2"_s);
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(field(u"priority"_s), u"2"_s);
    const QString message = child<QLabel>(*m_view, u"configurationsMessage"_s)->text();
    QVERIFY2(message.startsWith(u"“%1” moved to priority 2."_s.arg(demo.helpDesk)), qPrintable(message));
    QVERIFY(!child<QWidget>(*m_view, u"configurationsProgressRow"_s)->isVisible());
    QVERIFY(m_view->moveUpAction()->isEnabled());
    // Journalled, with the before and after.
    QVERIFY(m_env->activity().rowCount() > journalBefore);

    // And back up, by keyboard.
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier);
    QVERIFY(m_view->isMoving());
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isMoving(), 15'000);
    QCOMPARE(m_env->log().writes(u"setPriority:"_s + helpDeskId), 2);
    QCOMPARE(emulatorPriority(helpDeskId), 1);
    QCOMPARE(emulatorPriority(executivesId), 2);
    QCOMPARE(m_view->currentConfigurationId(), helpDeskId);
    QCOMPARE(table->model()->index(0, 0).data(M::ConfigurationIdRole).toString(), helpDeskId);
    QCOMPARE(m_env->log().writes(u"setPriority:"_s + executivesId), 0);
}

void TestEnrollmentConfigurationsView::moveRefusedWith403ShowsThePermission()
{
    // A token that may read but not write; the view is not told (permissions unknown), so the
    // action is enabled and Graph's 403 has to say what is missing.
    SignedInWith other(m_env->fixture(), {configRead, directoryRead});
    EnrollmentConfigurationsView &view = other.view;
    QTRY_COMPARE_WITH_TIMEOUT(view.loader()->state(), State::Ready, 15'000);
    const QString id = idOf(demo.executives);
    QVERIFY(view.selectConfiguration(id));
    QVERIFY(view.moveDownAction()->isEnabled());
    view.moveDownAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!view.isMoving(), 15'000);
    auto *message = view.findChild<QLabel *>(u"configurationsMessage"_s);
    QVERIFY(view.findChild<QWidget *>(u"configurationsMessageRow"_s)->isVisible());
    QVERIFY2(message->text().startsWith(u"“%1” could not be moved: "_s.arg(demo.executives)),
             qPrintable(message->text()));
    QVERIFY2(message->text().contains(configReadWrite), qPrintable(message->text()));
    QVERIFY(message->property("error").toBool());
    auto *copy = view.findChild<QPushButton *>(u"configurationsCopyDetailsButton"_s);
    QVERIFY(copy && copy->isVisible());
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QVERIFY2(QApplication::clipboard()->text().contains(u"403"_s), qPrintable(QApplication::clipboard()->text()));
    QVERIFY(QApplication::clipboard()->text().contains(configReadWrite));
    // Nothing changed, nothing was re-read for it, the row is where it was.
    QCOMPARE(m_env->log().writes(u"setPriority:"_s + id), 0);
    QCOMPARE(emulatorPriority(id), 2);
    QCOMPARE(view.currentConfigurationId(), id);
    QVERIFY(view.moveDownAction()->isEnabled()); // may be tried again
    // A successful refresh clears the message and the button.
    view.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(view.loader()->state(), State::Ready, 15'000);
    QVERIFY(!copy->isVisible());
}

void TestEnrollmentConfigurationsView::failureIsInlineWithRetry()
{
    // A token without any Intune read permission.
    SignedInWith other(m_env->fixture(), {directoryRead});
    EnrollmentConfigurationsView &view = other.view;
    QTRY_COMPARE_WITH_TIMEOUT(view.loader()->state(), State::Failed, 15'000);
    auto *row = view.findChild<QWidget *>(u"configurationsMessageRow"_s);
    auto *message = view.findChild<QLabel *>(u"configurationsMessage"_s);
    auto *retry = view.findChild<QPushButton *>(u"retryConfigurationsButton"_s);
    QVERIFY(row->isVisible());
    QVERIFY2(message->text().startsWith(u"The enrollment configurations could not be loaded: "_s),
             qPrintable(message->text()));
    QVERIFY(message->text().contains(configRead));
    QVERIFY(message->text().contains(u"Request ID: "_s + view.loader()->error().requestId));
    QVERIFY(view.findChild<QPushButton *>(u"configurationsCopyDetailsButton"_s)->isVisible());
    QVERIFY(retry->isVisible());
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(!view.assignmentsAction()->isEnabled());

    // With the permission granted, Try again loads them.
    other.grantEveryScope();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view.loader()->state(), State::Ready, 15'000);
    QCOMPARE(view.model()->rowCount(), 14);
    QVERIFY(!row->isVisible());
}

void TestEnrollmentConfigurationsView::applyConfigurationReplacesTheRow()
{
    clickNamed(demo.executives);
    const QString id = m_view->currentConfigurationId();
    const int row = m_view->table()->currentIndex().row();
    QSignalSpy changed(m_view.get(), &EnrollmentConfigurationsView::configurationsChanged);
    const int listedBefore = listRequests();

    // What a limit edit hands back: the PATCH answer (no assignments), a new limit and version.
    EnrollmentConfiguration updated = *m_view->model()->byId(id);
    updated.limit = 11;
    updated.properties.insert(u"limit"_s, 11);
    updated.version += 1;
    updated.lastModifiedDateTime = QDateTime::currentDateTimeUtc();
    updated.assignments.clear();
    updated.assignmentsExpanded = false;
    m_view->applyConfiguration(updated);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_view->currentConfigurationId(), id);
    QCOMPARE(m_view->table()->currentIndex().row(), row);
    auto *table = m_view->table();
    QCOMPARE(table->model()->index(row, M::LimitColumn).data().toString(), u"11"_s);
    QCOMPARE(table->model()->index(row, M::VersionColumn).data().toString(), QString::number(updated.version));
    QCOMPARE(table->model()->index(row, M::AssignmentsColumn).data().toString(), u"Intune - Executives"_s);
    QVERIFY(plural({}, 11, u"device"_s).match(field(u"limit"_s)).hasMatch());
    QCOMPARE(listRequests(), listedBefore); // replaced in place, not read again

    // What an assignment change hands back: a group the table has not named yet.
    QString groupId;
    QString groupName;
    const QStringList known = m_view->model()->assignedGroupIds();
    m_env->fixture().host().runOnEmulatorThread([&](emu::GraphEmulator &emulator) {
        for (const emu::Group &g : emulator.tenant().groups)
            if (!known.contains(g.id) && groupId.isEmpty()) {
                groupId = g.id;
                groupName = g.displayName;
            }
    });
    EnrollmentConfiguration assigned = *m_view->model()->byId(id);
    Assignment added;
    added.target = AssignmentTarget::group(groupId);
    assigned.assignments.append(added);
    assigned.assignmentsExpanded = true;
    m_view->applyConfiguration(assigned);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(row, M::AssignmentsColumn).data().toString(),
                              u"Intune - Executives; "_s + groupName, 10'000);
    QCOMPARE(field(u"assignments"_s), u"Intune - Executives\n"_s + groupName);

    // One the list does not have: the list is read again.
    EnrollmentConfiguration unknown = updated;
    unknown.id = u"not-in-the-list_Limit"_s;
    m_view->applyConfiguration(unknown);
    QCOMPARE(m_view->loader()->state(), State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->loader()->state(), State::Ready, 15'000);
    // The emulator was never changed: the truth is back.
    QCOMPARE(table->model()->index(m_view->model()->rowOfId(id), M::LimitColumn).data().toString(), u"10"_s);
    QCOMPARE(m_view->currentConfigurationId(), id);
}

void TestEnrollmentConfigurationsView::refreshKeepsTheCurrentConfiguration()
{
    clickNamed(demo.windowsOnly);
    const QString id = m_view->currentConfigurationId();
    QSignalSpy states(m_view->loader(), &ConfigurationLoader::stateChanged);
    m_view->refresh();
    QCOMPARE(m_view->loader()->state(), State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->loader()->state(), State::Ready, 15'000);
    QCOMPARE(states.size(), 2);
    QCOMPARE(m_view->model()->rowCount(), 14);
    QCOMPARE(m_view->currentConfigurationId(), id);
    QCOMPARE(m_view->details()->configurationId(), id);
    QVERIFY(m_view->table()->selectionModel()->isRowSelected(m_view->table()->currentIndex().row()));

    // Selecting a configuration the search hides clears the search.
    QSignalSpy searchChanged(m_view.get(), &ViewPage::searchTextChangedByPage);
    m_view->setSearchText(u"Enrollment Status Page"_s);
    QVERIFY(m_view->selectConfiguration(idOf(demo.helpDesk)));
    QCOMPARE(searchChanged.size(), 1);
    QCOMPARE(m_view->searchText(), QString());
    QCOMPARE(m_view->currentConfigurationId(), idOf(demo.helpDesk));
    QVERIFY(!m_view->selectConfiguration(u"no-such-id"_s));
}

void TestEnrollmentConfigurationsView::layoutPersists()
{
    EnrollmentConfigurationsView other(nullptr);
    QVERIFY(other.table()->horizontalHeader()->isSectionHidden(M::DescriptionColumn)); // the default
    const ColumnChanges changes{.hide = {M::VersionColumn},
                                .show = {M::DescriptionColumn},
                                .moveToSecond = M::AssignmentsColumn,
                                .resize = M::NameColumn,
                                .width = 277};
    QCOMPARE(columnChangesLost(*m_view, other, changes), QStringList());
    QVERIFY(other.findChild<QLabel *>(u"configurationsMessage"_s)->text().contains(u"Not signed in"_s));
    QHeaderView *header = m_view->table()->horizontalHeader();
    header->setSectionHidden(M::DescriptionColumn, true);
    header->setSectionHidden(M::VersionColumn, false);
    header->moveSection(header->visualIndex(M::AssignmentsColumn), M::AssignmentsColumn);
}

void TestEnrollmentConfigurationsView::everyControlIsNamed()
{
    clickNamed(demo.kioskEsp);
    QCOMPARE(m_view->assignmentsAction()->shortcut(), QKeySequence(u"Ctrl+Shift+G"_s));
    QCOMPARE(m_view->moveUpAction()->shortcut(), QKeySequence(u"Ctrl+Up"_s));
    QCOMPARE(m_view->moveDownAction()->shortcut(), QKeySequence(u"Ctrl+Down"_s));
    QCOMPARE(m_view->rawJsonAction()->shortcut(), QKeySequence(u"Ctrl+J"_s));
    QCOMPARE(unnamedControls(*m_view, true), QStringList());
    // Every value label of the details is named after its field.
    for (const QString &key : m_view->details()->fieldKeys()) {
        auto *label = m_view->findChild<QLabel *>(u"configurationDetail_"_s + key);
        QVERIFY2(label && !label->accessibleName().isEmpty(), qPrintable(key));
    }
}

QTEST_MAIN(TestEnrollmentConfigurationsView)
#include "tst_EnrollmentConfigurationsView.moc"
