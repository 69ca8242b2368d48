// The "Assignments…" dialog offscreen against the emulator over loopback (issue 7 points 4 and 8),
// driven by object names. The test: a configuration with three targets on the server (set
// up after the view had read it, so the dialog must read them again), one group found with the
// picker and included, the preview saying +1 and nothing removed, Save confirmed, and the
// emulator's own state proving all four are assigned, with one assign call. Also: a group the
// directory no longer has is shown as deleted and posted back; a contradiction is refused with its
// reason; a removal shows "−" and the server loses exactly that target; a read-only token; Graph's
// faults on assign reported inline with the edits kept; a default configuration; closing with
// unsaved changes asks first.
//
// Texts are compared in their source form ("Unchanged: 3 target(s)"): no catalogue is installed.
#include "ConfigurationFixtures.h"
#include "GraphTestEnvironment.h"
#include "WindowTestRig.h"
#include "dialogs/ConfigurationAssignmentsDialog.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "emulator/RequestLog.h"
#include "models/GroupSearchModel.h"
#include "widgets/GroupPicker.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;
using State = ConfigurationAssignmentsDialog::State;
using Kind = AssignmentTarget::Kind;

namespace {

const QString deletedGroup = u"0badc0de-0000-4000-8000-00000000dead"_s;

// A target as a comparable word: "group:<id>", "exclusion:<id>", "allDevices", …
QString describe(const AssignmentTarget &t)
{
    switch (t.kind) {
    case Kind::Group:
        return u"group:"_s + t.groupId;
    case Kind::ExclusionGroup:
        return u"exclusion:"_s + t.groupId;
    case Kind::AllDevices:
        return u"allDevices"_s;
    case Kind::AllLicensedUsers:
        return u"allUsers"_s;
    case Kind::ConfigurationManagerCollection:
        return u"collection:"_s + t.collectionId;
    default:
        return u"other:"_s + t.odataType;
    }
}

QSet<QString> describe(const QList<Assignment> &assignments)
{
    QSet<QString> out;
    for (const Assignment &a : assignments)
        out.insert(describe(a.target));
    return out;
}

} // namespace

class TestConfigurationAssignmentsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addsOneGroupToThreeTargetsKeepingThemAll();
    void deletedGroupShownAndPostedBack();
    void contradictionsAreRefusedWithTheReason();
    void removalShowsMinusAndTheServerLosesExactlyIt();
    void allUsersDevicesAndCollections();
    void readOnlyTokenDisablesSaving();
    void faultsOnAssignAreReportedAndEditsKept();
    void defaultConfigurationIsReadOnly();
    void pickerStatusAndLoadMore();
    void closingWithChangesAsksFirst();
    void closesWhenSignedOut();
    void accessibleNames();

private:
    void startEnvironment(const GraphTestOptions &options);
    EnrollmentConfiguration configurationNamed(const QString &name);
    EnrollmentConfiguration firstDefault();
    QList<Assignment> serverAssignments(const QString &configurationId);
    QString groupId(const QString &displayName);
    void serverAssign(const QString &configurationId, const QJsonArray &targets);
    std::unique_ptr<ConfigurationAssignmentsDialog> open(const EnrollmentConfiguration &configuration,
                                                         const GrantedPermissions &permissions = {});
    static bool waitLoaded(ConfigurationAssignmentsDialog &dialog, int timeoutMs = 60'000);
    static bool waitSettled(ConfigurationAssignmentsDialog &dialog, int timeoutMs = 120'000);
    // Types text into the picker, presses Enter, waits for the results and selects the group.
    static void pick(ConfigurationAssignmentsDialog &dialog, const QString &text, const QString &name);
    static QStringList listNames(ConfigurationAssignmentsDialog &dialog, const QString &list);
    int assignCalls(const QString &configurationId);

    std::unique_ptr<GraphTestEnvironment> m_env;
};

void TestConfigurationAssignmentsDialog::init()
{
    ConfigurationAssignmentsDialog::setNextConfirmAnswer(std::nullopt);
    ConfigurationAssignmentsDialog::setNextDiscardAnswer(std::nullopt);
}

void TestConfigurationAssignmentsDialog::cleanup()
{
    ConfigurationAssignmentsDialog::setNextConfirmAnswer(std::nullopt);
    ConfigurationAssignmentsDialog::setNextDiscardAnswer(std::nullopt);
    m_env.reset();
}

void TestConfigurationAssignmentsDialog::startEnvironment(const GraphTestOptions &options)
{
    m_env = std::make_unique<GraphTestEnvironment>(options);
    QVERIFY2(m_env->fixture().started(), qPrintable(m_env->fixture().startError()));
}

EnrollmentConfiguration TestConfigurationAssignmentsDialog::configurationNamed(const QString &name)
{
    for (const EnrollmentConfiguration &c : listConfigurations(m_env->fixture()))
        if (c.displayName == name)
            return c;
    qFatal("no configuration named %s", qPrintable(name));
}

EnrollmentConfiguration TestConfigurationAssignmentsDialog::firstDefault()
{
    for (const EnrollmentConfiguration &c : listConfigurations(m_env->fixture()))
        if (c.isDefault)
            return c;
    qFatal("no default configuration");
}

QList<Assignment> TestConfigurationAssignmentsDialog::serverAssignments(const QString &configurationId)
{
    const HttpResult r = getReliably(m_env->fixture(), configurationsPath + u'/' + configurationId + u"/assignments"_s);
    if (r.status != 200)
        qFatal("reading assignments: %d", r.status);
    return Assignment::listFromJson(r.value());
}

QString TestConfigurationAssignmentsDialog::groupId(const QString &displayName)
{
    const QString id = ed::test::groupId(m_env->fixture(), displayName);
    if (id.isEmpty())
        qFatal("no group named %s", qPrintable(displayName));
    return id;
}

void TestConfigurationAssignmentsDialog::serverAssign(const QString &configurationId, const QJsonArray &targets)
{
    const HttpResult r =
            m_env->fixture().postJson(configurationsPath + u'/' + configurationId + u"/assign"_s, assignBody(targets));
    if (r.status != 204)
        qFatal("preparing assignments: %d %s", r.status, r.body.constData());
}

std::unique_ptr<ConfigurationAssignmentsDialog>
TestConfigurationAssignmentsDialog::open(const EnrollmentConfiguration &configuration,
                                         const GrantedPermissions &permissions)
{
    auto dialog = std::make_unique<ConfigurationAssignmentsDialog>(m_env->intune(), m_env->journal(), m_env->tenant(),
                                                                   configuration, permissions);
    dialog->show();
    QApplication::setActiveWindow(dialog.get());
    return dialog;
}

bool TestConfigurationAssignmentsDialog::waitLoaded(ConfigurationAssignmentsDialog &dialog, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    const auto loaded = [&dialog] {
        return (dialog.state() == State::Editing || dialog.state() == State::ReadOnly)
                && !dialog.names().missingAny(dialog.editor().result());
    };
    while (!loaded() && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    return loaded();
}

bool TestConfigurationAssignmentsDialog::waitSettled(ConfigurationAssignmentsDialog &dialog, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (dialog.state() == State::Saving && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    return dialog.state() != State::Saving;
}

void TestConfigurationAssignmentsDialog::pick(ConfigurationAssignmentsDialog &dialog, const QString &text,
                                              const QString &name)
{
    auto *field = child<QLineEdit>(dialog, u"groupSearchField"_s);
    auto *results = child<QTableView>(dialog, u"groupResults"_s);
    GroupSearchModel *model = dialog.picker()->model();
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(model->state() == GroupSearchModel::State::Ready && model->query() == text
                                     && !model->isQueryPending(),
                             60'000);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->group(row).displayName == name) {
            results->selectionModel()->select(model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
    QFAIL(qPrintable(u"the search for “%1” did not find “%2”"_s.arg(text, name)));
}

QStringList TestConfigurationAssignmentsDialog::listNames(ConfigurationAssignmentsDialog &dialog, const QString &list)
{
    auto *tree = child<QTreeWidget>(dialog, list);
    QStringList names;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        names.append(tree->topLevelItem(i)->text(0));
    return names;
}

int TestConfigurationAssignmentsDialog::assignCalls(const QString &configurationId)
{
    return m_env->log().writes(u"assignConfiguration:"_s + configurationId);
}

// --- the test -----------------------------------------------------------------------------

void TestConfigurationAssignmentsDialog::addsOneGroupToThreeTargetsKeepingThemAll()
{
    startEnvironment({.client = unpaced()});
    // The configuration as the view read it: two groups (from the demo tenant).
    const EnrollmentConfiguration listed = configurationNamed(demo.helpDesk);
    QCOMPARE(listed.assignments.size(), 2);
    // Then someone else (the portal) set three targets: the dialog must not trust the list's copy.
    const QString helpDesk = groupId(u"Intune - Help Desk Technicians"_s);
    const QString contractors = groupId(u"Intune - Contractors"_s);
    serverAssign(listed.id,
                 {groupTarget(helpDesk), groupTarget(contractors, true),
                  QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.allDevicesAssignmentTarget"_s}}});
    const QList<Assignment> three = serverAssignments(listed.id);
    QCOMPARE(three.size(), 3);
    m_env->log().clear();

    auto dialog = open(listed);
    QCOMPARE(dialog->windowTitle(), u"Assignments — Help desk technicians – 15 devices"_s);
    QVERIFY(waitLoaded(*dialog));
    QCOMPARE(dialog->state(), State::Editing);
    QCOMPARE(listNames(*dialog, u"includedList"_s),
             (QStringList{u"Intune - Help Desk Technicians"_s, u"All devices"_s}));
    QCOMPARE(listNames(*dialog, u"excludedList"_s), QStringList{u"Intune - Contractors"_s});
    QCOMPARE(child<QLabel>(*dialog, u"previewLabel"_s)->text(), u"No changes."_s);
    auto *save = child<QPushButton>(*dialog, u"saveAssignmentsButton"_s);
    QVERIFY(!save->isEnabled());

    // Find a group by a word inside its name and include it.
    pick(*dialog, u"Pilot"_s, u"Intune - Pilot Users"_s);
    auto *include = child<QPushButton>(*dialog, u"includeGroupsButton"_s);
    QVERIFY(include->isEnabled());
    include->click();
    QVERIFY(!child<QLabel>(*dialog, u"editorMessage"_s)->isVisible());
    const QString preview = child<QLabel>(*dialog, u"previewLabel"_s)->text();
    QCOMPARE(preview, u"+ Include Intune - Pilot Users\nUnchanged: 3 target(s)"_s);
    QVERIFY(!preview.contains(u"−"_s));
    QVERIFY(listNames(*dialog, u"includedList"_s).contains(u"Intune - Pilot Users"_s));
    QVERIFY(save->isEnabled());
    QCOMPARE(assignCalls(listed.id), 0); // nothing is sent before Save

    // Save asks first (+1 / −0), then posts the complete set.
    QSignalSpy saved(dialog.get(), &ConfigurationAssignmentsDialog::saved);
    ConfigurationAssignmentsDialog::setNextConfirmAnswer(false);
    save->click();
    QCOMPARE(dialog->lastConfirmation().added, 1);
    QCOMPARE(dialog->lastConfirmation().removed, 0);
    QVERIFY(dialog->lastConfirmation().heading.contains(u"(+1 / −0)"_s));
    QVERIFY(!dialog->lastConfirmation().removesAll);
    QTest::qWait(100);
    QCOMPARE(assignCalls(listed.id), 0); // No: nothing sent
    ConfigurationAssignmentsDialog::setNextConfirmAnswer(true);
    save->click();
    QVERIFY(waitSettled(*dialog));
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY2(!child<QLabel>(*dialog, u"errorLabel"_s)->isVisible(),
             qPrintable(child<QLabel>(*dialog, u"errorLabel"_s)->text()));

    // The emulator's own state: all four assigned, by one assign call.
    const QString pilotUsers = groupId(u"Intune - Pilot Users"_s);
    const QList<Assignment> now = serverAssignments(listed.id);
    QCOMPARE(now.size(), 4);
    QCOMPARE(describe(now),
             (QSet<QString>{u"group:"_s + helpDesk, u"exclusion:"_s + contractors, u"allDevices"_s,
                            u"group:"_s + pilotUsers}));
    QCOMPARE(assignCalls(listed.id), 1);
    // What was posted is exactly that set, and every target read was sent back with its id.
    int posts = 0;
    for (const emu::RequestLogEntry &e : m_env->log().entries()) {
        if (!e.path.endsWith(u"/assign"_s))
            continue;
        ++posts;
        const QJsonArray sent =
                QJsonDocument::fromJson(e.body).object().value(u"enrollmentConfigurationAssignments"_s).toArray();
        QCOMPARE(sent.size(), 4);
        QSet<QString> ids;
        for (const QJsonValue &v : sent)
            ids.insert(v.toObject().value(u"id"_s).toString());
        for (const Assignment &a : three)
            QVERIFY2(ids.contains(a.id), qPrintable(a.id));
    }
    QCOMPARE(posts, 1);

    // The dialog shows the four read back, and says so.
    QCOMPARE(saved.at(0).at(0).value<EnrollmentConfiguration>().assignments.size(), 4);
    QCOMPARE(describe(dialog->configuration().assignments), describe(now));
    QCOMPARE(listNames(*dialog, u"includedList"_s).size(), 3);
    QVERIFY(listNames(*dialog, u"includedList"_s).contains(u"Intune - Pilot Users"_s));
    QCOMPARE(listNames(*dialog, u"excludedList"_s), QStringList{u"Intune - Contractors"_s});
    QCOMPARE(child<QLabel>(*dialog, u"saveStatus"_s)->text(), u"Saved. Intune now has 4 target(s)."_s);
    QCOMPARE(child<QLabel>(*dialog, u"previewLabel"_s)->text(), u"No changes."_s);
    QVERIFY(!save->isEnabled());
    // The new assignment has the id the server gave it (read back, not what was sent).
    for (const Assignment &a : dialog->configuration().assignments)
        QVERIFY(!a.id.isEmpty());

    // Journalled with the targets before and after, by name.
    bool journalled = false;
    for (int row = 0; row < m_env->activity().rowCount(); ++row) {
        const ActivityEntry &entry = m_env->activity().entry(row);
        if (entry.targetId != listed.id)
            continue;
        journalled = true;
        QCOMPARE(entry.outcome, ActivityEntry::Outcome::Succeeded);
        QVERIFY2(entry.detail.contains(u"Intune - Pilot Users"_s), qPrintable(entry.detail));
        QVERIFY2(entry.detail.contains(u"Intune - Contractors"_s), qPrintable(entry.detail));
    }
    QVERIFY(journalled);
}

// --- deleted groups -------------------------------------------------------------------------------

void TestConfigurationAssignmentsDialog::deletedGroupShownAndPostedBack()
{
    startEnvironment({.client = unpaced()});
    const EnrollmentConfiguration listed = configurationNamed(demo.executives);
    const int before = static_cast<int>(serverAssignments(listed.id).size());
    QVERIFY(before >= 1);
    // A group deleted from the directory while still assigned (Intune keeps such assignments).
    m_env->fixture().host().runOnEmulatorThread([&listed](emu::GraphEmulator &emulator) {
        emu::DemoTenant &tenant = emulator.tenant();
        emu::EnrollmentConfiguration &c = tenant.configurations[tenant.configurationIndex(listed.id)];
        emu::Assignment orphan;
        orphan.id = listed.id + u'_' + deletedGroup;
        orphan.target.odataType = u"#microsoft.graph.groupAssignmentTarget"_s;
        orphan.target.groupId = deletedGroup;
        c.assignments.append(orphan);
    });

    auto dialog = open(listed);
    QVERIFY(waitLoaded(*dialog));
    QCOMPARE(dialog->editor().result().size(), before + 1); // never dropped
    const QString shown = u"Deleted group (%1)"_s.arg(deletedGroup);
    QVERIFY(listNames(*dialog, u"includedList"_s).contains(shown));
    auto *included = child<QTreeWidget>(*dialog, u"includedList"_s);
    const QTreeWidgetItem *item = included->findItems(shown, Qt::MatchExactly, 0).value(0);
    QVERIFY(item);
    QVERIFY(!item->icon(0).isNull()); // the warning
    QVERIFY(item->toolTip(0).contains(u"Deleted"_s));
    auto *warning = child<QLabel>(*dialog, u"previewWarning"_s);
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(),
             u"1 assigned group(s) no longer exist in the directory; they stay assigned unless you remove them."_s);

    // A change elsewhere: the deleted group is posted back with the rest. This emulator refuses
    // groups that do not exist (400): the refusal is shown inline and the edits stay.
    child<QPushButton>(*dialog, u"addAllUsersButton"_s)->click();
    QCOMPARE(child<QLabel>(*dialog, u"previewLabel"_s)->text(),
             u"+ Include All users\nUnchanged: %1 target(s)"_s.arg(before + 1));
    ConfigurationAssignmentsDialog::setNextConfirmAnswer(true);
    child<QPushButton>(*dialog, u"saveAssignmentsButton"_s)->click();
    QVERIFY(dialog->lastConfirmation().details.contains(u"no longer in the directory"_s));
    QVERIFY(waitSettled(*dialog));
    auto *error = child<QLabel>(*dialog, u"errorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(u"Not saved: "_s), qPrintable(error->text()));
    QVERIFY2(error->text().contains(deletedGroup), qPrintable(error->text()));
    QVERIFY(child<QPushButton>(*dialog, u"copyDetailsButton"_s)->isVisible());
    child<QPushButton>(*dialog, u"copyDetailsButton"_s)->click();
    QVERIFY2(QApplication::clipboard()->text().contains(u"400"_s), qPrintable(QApplication::clipboard()->text()));
    QVERIFY(dialog->editor().hasChanges());
    QCOMPARE(child<QLabel>(*dialog, u"previewLabel"_s)->text(),
             u"+ Include All users\nUnchanged: %1 target(s)"_s.arg(before + 1));
    QCOMPARE(dialog->state(), State::Editing);
    QCOMPARE(assignCalls(listed.id), 0);
    bool postedBack = false;
    for (const emu::RequestLogEntry &e : m_env->log().entries())
        if (e.path.endsWith(listed.id + u"/assign"_s) && e.body.contains(deletedGroup.toLatin1()))
            postedBack = true;
    QVERIFY(postedBack);

    // The user removes the deleted group; now Intune accepts the set.
    included->clearSelection();
    included->findItems(shown, Qt::MatchExactly, 0).value(0)->setSelected(true);
    child<QPushButton>(*dialog, u"removeTargetButton"_s)->click();
    QVERIFY(child<QLabel>(*dialog, u"previewLabel"_s)->text().contains(u"− Include %1"_s.arg(shown)));
    QVERIFY(!warning->isVisible());
    ConfigurationAssignmentsDialog::setNextConfirmAnswer(true);
    child<QPushButton>(*dialog, u"saveAssignmentsButton"_s)->click();
    QVERIFY(waitSettled(*dialog));
    QVERIFY2(!error->isVisible(), qPrintable(error->text()));
    QCOMPARE(assignCalls(listed.id), 1);
    const QList<Assignment> now = serverAssignments(listed.id);
    QCOMPARE(now.size(), before + 1); // the original ones plus All users
    QVERIFY(describe(now).contains(u"allUsers"_s));
    QVERIFY(!describe(now).contains(u"group:"_s + deletedGroup));
}

// --- contradictions -------------------------------------------------------------------------------

void TestConfigurationAssignmentsDialog::contradictionsAreRefusedWithTheReason()
{
    startEnvironment({});
    const EnrollmentConfiguration listed = configurationNamed(demo.helpDesk);
    auto dialog = open(listed);
    QVERIFY(waitLoaded(*dialog));
    QVERIFY(listNames(*dialog, u"includedList"_s).contains(u"Intune - Help Desk Technicians"_s));
    auto *message = child<QLabel>(*dialog, u"editorMessage"_s);
    auto *exclude = child<QPushButton>(*dialog, u"excludeGroupsButton"_s);
    auto *include = child<QPushButton>(*dialog, u"includeGroupsButton"_s);

    // Excluding a group that is included.
    pick(*dialog, u"Help Desk"_s, u"Intune - Help Desk Technicians"_s);
    exclude->click();
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(),
             u"“Intune - Help Desk Technicians” is already included; a group cannot be both included and excluded."_s);
    QVERIFY(!dialog->editor().hasChanges());
    QVERIFY(!child<QPushButton>(*dialog, u"saveAssignmentsButton"_s)->isEnabled());

    // Including a group, then excluding the same one.
    pick(*dialog, u"Pilot"_s, u"Intune - Pilot Devices"_s);
    include->click();
    QVERIFY(!message->isVisible());
    exclude->click();
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(),
             u"“Intune - Pilot Devices” is already included; a group cannot be both included and excluded."_s);
    QCOMPARE(child<QLabel>(*dialog, u"previewLabel"_s)->text(),
             u"+ Include Intune - Pilot Devices\nUnchanged: 2 target(s)"_s);
    QVERIFY(listNames(*dialog, u"excludedList"_s).isEmpty());

    // Twice the same: refused as a duplicate.
    include->click();
    QCOMPARE(message->text(), u"“Intune - Pilot Devices” is already included."_s);

    // A malformed collection id, inline.
    auto *collection = child<QLineEdit>(*dialog, u"collectionIdField"_s);
    collection->setText(u"P01-23"_s);
    child<QPushButton>(*dialog, u"addCollectionButton"_s)->click();
    QVERIFY(message->text().startsWith(u"“P01-23” is not a Configuration Manager collection ID"_s));
    QCOMPARE(collection->text(), u"P01-23"_s); // kept for correcting
    QCOMPARE(dialog->editor().added().size(), 1);
    QCOMPARE(assignCalls(listed.id), 0);
}

// --- removal --------------------------------------------------------------------------------------

void TestConfigurationAssignmentsDialog::removalShowsMinusAndTheServerLosesExactlyIt()
{
    startEnvironment({.client = unpaced()});
    const EnrollmentConfiguration listed = configurationNamed(demo.helpDesk);
    const QList<Assignment> before = serverAssignments(listed.id);
    QCOMPARE(before.size(), 2);
    auto dialog = open(listed);
    QVERIFY(waitLoaded(*dialog));
    auto *included = child<QTreeWidget>(*dialog, u"includedList"_s);
    auto *remove = child<QPushButton>(*dialog, u"removeTargetButton"_s);
    QVERIFY(!remove->isEnabled());
    QTreeWidgetItem *managers =
            included->findItems(u"Intune - Device Enrollment Managers"_s, Qt::MatchExactly, 0).value(0);
    QVERIFY(managers);
    managers->setSelected(true);
    QVERIFY(remove->isEnabled());
    // Delete on the list removes too.
    included->setFocus();
    QTest::keyClick(included, Qt::Key_Delete);
    QCOMPARE(listNames(*dialog, u"includedList"_s), QStringList{u"Intune - Help Desk Technicians"_s});
    QCOMPARE(child<QLabel>(*dialog, u"previewLabel"_s)->text(),
             u"− Include Intune - Device Enrollment Managers\nUnchanged: 1 target(s)"_s);
    ConfigurationAssignmentsDialog::setNextConfirmAnswer(true);
    child<QPushButton>(*dialog, u"saveAssignmentsButton"_s)->click();
    QCOMPARE(dialog->lastConfirmation().removed, 1);
    QVERIFY(dialog->lastConfirmation().cancelIsDefault); // taking something away: Cancel is the default
    QVERIFY(waitSettled(*dialog));
    const QList<Assignment> now = serverAssignments(listed.id);
    QCOMPARE(now.size(), 1);
    const QString managersId = groupId(u"Intune - Device Enrollment Managers"_s);
    QSet<QString> expected = describe(before);
    expected.remove(u"group:"_s + managersId);
    QCOMPARE(describe(now), expected);
    // The one kept is the very assignment that was there (same id).
    QCOMPARE(now.first().id, before.at(before.at(0).target.groupId == managersId ? 1 : 0).id);
    QCOMPARE(child<QLabel>(*dialog, u"saveStatus"_s)->text(), u"Saved. Intune now has 1 target(s)."_s);

    // Removing the last one: a strong warning, before and in the question.
    included->topLevelItem(0)->setSelected(true);
    remove->click();
    auto *warning = child<QLabel>(*dialog, u"previewWarning"_s);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(u"ALL targets"_s));
    ConfigurationAssignmentsDialog::setNextConfirmAnswer(false);
    child<QPushButton>(*dialog, u"saveAssignmentsButton"_s)->click();
    QVERIFY(dialog->lastConfirmation().removesAll);
    QVERIFY(dialog->lastConfirmation().details.contains(u"WARNING: this removes ALL targets"_s));
    QTest::qWait(100);
    QCOMPARE(serverAssignments(listed.id).size(), 1); // answered No: unchanged
}

void TestConfigurationAssignmentsDialog::allUsersDevicesAndCollections()
{
    startEnvironment({.client = unpaced()});
    const EnrollmentConfiguration listed = configurationNamed(demo.helpDesk);
    auto dialog = open(listed);
    QVERIFY(waitLoaded(*dialog));
    child<QPushButton>(*dialog, u"addAllUsersButton"_s)->click();
    child<QPushButton>(*dialog, u"addAllDevicesButton"_s)->click();
    auto *collection = child<QLineEdit>(*dialog, u"collectionIdField"_s);
    collection->setFocus();
    QTest::keyClicks(collection, u" p0100023"_s);
    QTest::keyClick(collection, Qt::Key_Return); // Enter adds, never saves
    QVERIFY(collection->text().isEmpty());
    QCOMPARE(dialog->state(), State::Editing);
    QCOMPARE(child<QLabel>(*dialog, u"previewLabel"_s)->text(),
             u"+ Include All users\n+ Include All devices\n+ Include Configuration Manager collection P0100023\n"
             "Unchanged: 2 target(s)"_s);
    child<QPushButton>(*dialog, u"addAllUsersButton"_s)->click();
    QCOMPARE(child<QLabel>(*dialog, u"editorMessage"_s)->text(), u"“All users” is already included."_s);
    ConfigurationAssignmentsDialog::setNextConfirmAnswer(true);
    child<QPushButton>(*dialog, u"saveAssignmentsButton"_s)->click();
    QVERIFY(waitSettled(*dialog));
    const QSet<QString> now = describe(serverAssignments(listed.id));
    QCOMPARE(now.size(), 5);
    QVERIFY(now.contains(u"allUsers"_s));
    QVERIFY(now.contains(u"allDevices"_s));
    QVERIFY(now.contains(u"collection:P0100023"_s));
    QVERIFY(listNames(*dialog, u"includedList"_s).contains(u"Configuration Manager collection P0100023"_s));
}

// --- permissions ----------------------------------------------------------------------------------

void TestConfigurationAssignmentsDialog::readOnlyTokenDisablesSaving()
{
    const QStringList readOnly{configRead, groupRead, directoryRead};
    startEnvironment({.scopes = readOnly});
    const EnrollmentConfiguration listed = configurationNamed(demo.helpDesk);
    auto dialog = open(listed, GrantedPermissions::of(readOnly));
    QVERIFY(waitLoaded(*dialog));
    QCOMPARE(dialog->state(), State::ReadOnly);
    // The assignments are shown, by name.
    QCOMPARE(listNames(*dialog, u"includedList"_s).size(), 2);
    auto *banner = child<QLabel>(*dialog, u"readOnlyBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(configReadWrite), qPrintable(banner->text()));
    auto *save = child<QPushButton>(*dialog, u"saveAssignmentsButton"_s);
    QVERIFY(!save->isEnabled());
    QCOMPARE(save->toolTip(),
             GrantedPermissions::of(readOnly).denialText(
                     IntuneService::spec(IntuneService::Operation::AssignEnrollmentConfiguration).permissions));
    QVERIFY(save->toolTip().contains(configReadWrite));
    for (const QString &name : {u"addAllUsersButton"_s, u"addAllDevicesButton"_s, u"addCollectionButton"_s,
                                u"removeTargetButton"_s, u"includeGroupsButton"_s, u"excludeGroupsButton"_s})
        QVERIFY2(!child<QAbstractButton>(*dialog, name)->isEnabled(), qPrintable(name));
    QVERIFY(child<QAbstractButton>(*dialog, u"includeGroupsButton"_s)->toolTip().contains(u"ReadWrite"_s));
    // Even called directly, nothing changes and nothing is sent.
    dialog->addAllUsers();
    ConfigurationAssignmentsDialog::setNextConfirmAnswer(true);
    dialog->save();
    QVERIFY(!dialog->editor().hasChanges());
    QTest::qWait(100);
    QCOMPARE(assignCalls(listed.id), 0);
    QCOMPARE(m_env->requestsMatching(u"/assign$"_s), 0);
}

// --- faults ---------------------------------------------------------------------------------------

void TestConfigurationAssignmentsDialog::faultsOnAssignAreReportedAndEditsKept()
{
    // Microsoft Dev Proxy's defaults: half the requests fail (429 with Retry-After 5, 500, 502,
    // 503, 504, 507 on POST). What the client retries is retried; an assign that fails for good
    // is reported inline with the edits kept and the server unchanged, and saving again gets
    // through. Changes are made and saved until a save has failed for good and a later one
    // succeeded.
    startEnvironment(
            {.emulator = tenantOf(300, emu::ThrottleProfile::Off, emu::FaultProfile::DevProxy), .client = unpaced()});
    const EnrollmentConfiguration listed = configurationNamed(demo.helpDesk);
    QSet<QString> server = describe(serverAssignments(listed.id));
    auto dialog = open(listed);
    // The first read may itself fail for good (a fault answered on every attempt): try again then.
    for (int attempt = 0; attempt < 5 && dialog->state() != State::Editing; ++attempt) {
        QTRY_VERIFY_WITH_TIMEOUT(dialog->state() == State::Editing || dialog->state() == State::LoadFailed, 120'000);
        if (dialog->state() == State::LoadFailed) {
            QVERIFY(child<QPushButton>(*dialog, u"retryLoadButton"_s)->isVisible());
            child<QPushButton>(*dialog, u"retryLoadButton"_s)->click();
        }
    }
    QCOMPARE(dialog->state(), State::Editing);
    auto *error = child<QLabel>(*dialog, u"errorLabel"_s);
    auto *preview = child<QLabel>(*dialog, u"previewLabel"_s);
    int failures = 0;
    int successes = 0;
    bool lastSucceeded = false;
    for (int save = 0; save < 80 && !(failures > 0 && lastSucceeded); ++save) {
        if (!dialog->editor().hasChanges()) {
            // A change: All devices in, or out again.
            const bool hasAllDevices = server.contains(u"allDevices"_s);
            if (hasAllDevices) {
                auto *included = child<QTreeWidget>(*dialog, u"includedList"_s);
                included->clearSelection();
                included->findItems(u"All devices"_s, Qt::MatchExactly, 0).value(0)->setSelected(true);
                child<QPushButton>(*dialog, u"removeTargetButton"_s)->click();
            } else {
                child<QPushButton>(*dialog, u"addAllDevicesButton"_s)->click();
            }
            QVERIFY(dialog->editor().hasChanges());
        }
        const QString shown = preview->text();
        const QSet<QString> wanted = describe(dialog->editor().result());
        ConfigurationAssignmentsDialog::setNextConfirmAnswer(true);
        child<QPushButton>(*dialog, u"saveAssignmentsButton"_s)->click();
        QVERIFY(waitSettled(*dialog, 200'000));
        QCOMPARE(dialog->state(), State::Editing);
        if (error->isVisible()) {
            ++failures;
            lastSucceeded = false;
            QVERIFY2(error->text().startsWith(u"Not saved: "_s), qPrintable(error->text()));
            QVERIFY(child<QPushButton>(*dialog, u"copyDetailsButton"_s)->isVisible());
            // The edits stay, and the server has what it had.
            QVERIFY(dialog->editor().hasChanges());
            QCOMPARE(preview->text(), shown);
            QCOMPARE(describe(serverAssignments(listed.id)), server);
        } else {
            ++successes;
            lastSucceeded = true;
            server = describe(serverAssignments(listed.id));
            QCOMPARE(server, wanted);
            QCOMPARE(describe(dialog->configuration().assignments), wanted);
            QVERIFY(!dialog->editor().hasChanges());
        }
        QCOMPARE(assignCalls(listed.id), successes); // a failed save changed nothing
    }
    QVERIFY2(failures > 0, "no save failed for good: the inline report was not exercised");
    QVERIFY(lastSucceeded);
    QCOMPARE(m_env->log().earlyRetries(), 0);
    qInfo("Dev Proxy: %d saves failed for good, %d got through", failures, successes);
}

// --- defaults, picker, closing, names -------------------------------------------------------------

void TestConfigurationAssignmentsDialog::defaultConfigurationIsReadOnly()
{
    startEnvironment({});
    const EnrollmentConfiguration fallback = firstDefault();
    m_env->log().clear();
    auto dialog = open(fallback);
    QCOMPARE(dialog->state(), State::ReadOnly);
    auto *banner = child<QLabel>(*dialog, u"readOnlyBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"default configuration"_s));
    QVERIFY(!child<QPushButton>(*dialog, u"saveAssignmentsButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(*dialog, u"addAllUsersButton"_s)->isEnabled());
    QVERIFY(!child<QLineEdit>(*dialog, u"groupSearchField"_s)->isEnabled());
    dialog->addAllDevices();
    dialog->save();
    QTest::qWait(200);
    QCOMPARE(m_env->log().count(), 0); // nothing read, nothing sent
}

void TestConfigurationAssignmentsDialog::pickerStatusAndLoadMore()
{
    startEnvironment({});
    const EnrollmentConfiguration listed = configurationNamed(demo.helpDesk);
    auto dialog = open(listed);
    QVERIFY(waitLoaded(*dialog));
    GroupSearchModel *model = dialog->picker()->model();
    auto *status = child<QLabel>(*dialog, u"groupSearchStatus"_s);
    auto *more = child<QPushButton>(*dialog, u"loadMoreGroupsButton"_s);
    // On open the picker lists the first page of all groups.
    QTRY_VERIFY_WITH_TIMEOUT(model->state() == GroupSearchModel::State::Ready, 30'000);
    QCOMPARE(model->rowCount(), 100);
    QVERIFY(more->isVisible());
    QCOMPARE(status->text(), u"Showing 100 of 300 group(s)"_s); // the listing is counted too
    more->click();
    QTRY_COMPARE(model->rowCount(), 200);
    more->click();
    QTRY_COMPARE(model->rowCount(), 300);
    QTRY_VERIFY(!more->isVisible());
    QCOMPARE(status->text(), u"Showing 300 group(s)"_s);

    // A search: counted, typed and debounced.
    auto *field = child<QLineEdit>(*dialog, u"groupSearchField"_s);
    field->clear();
    QTest::keyClicks(field, u"Laptops"_s);
    QCOMPARE(status->text(), u"Searching…"_s);
    QTRY_VERIFY_WITH_TIMEOUT(model->state() == GroupSearchModel::State::Ready && model->query() == u"Laptops"_s
                                     && !model->isQueryPending(),
                             30'000);
    QCOMPARE(model->totalCount(), model->rowCount()); // counted, and all on one page
    QCOMPARE(status->text(), u"Showing %1 group(s)"_s.arg(model->rowCount()));
    QVERIFY(model->rowCount() >= 8);
    field->clear();
    QTest::keyClicks(field, u"zzqx"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(model->state() == GroupSearchModel::State::Ready && model->query() == u"zzqx"_s, 30'000);
    QCOMPARE(status->text(), u"No group matches “zzqx”."_s);
    QVERIFY(!child<QPushButton>(*dialog, u"includeGroupsButton"_s)->isEnabled()); // nothing selected
    QVERIFY(!child<QLabel>(*dialog, u"groupSearchNote"_s)->isVisible()); // full-text search works here
    QVERIFY(dialog->isVisible()); // Enter searched; it did not close or save
}

void TestConfigurationAssignmentsDialog::closingWithChangesAsksFirst()
{
    startEnvironment({});
    const EnrollmentConfiguration listed = configurationNamed(demo.helpDesk);
    auto dialog = open(listed);
    QVERIFY(waitLoaded(*dialog));
    child<QPushButton>(*dialog, u"addAllDevicesButton"_s)->click();
    ConfigurationAssignmentsDialog::setNextDiscardAnswer(false);
    child<QPushButton>(*dialog, u"closeButton"_s)->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->editor().hasChanges());
    ConfigurationAssignmentsDialog::setNextDiscardAnswer(true);
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(m_env->requestsMatching(u"/assign$"_s), 0);
}

void TestConfigurationAssignmentsDialog::closesWhenSignedOut()
{
    startEnvironment({});
    // A service of its own, which goes away (signing out) while the dialog is open.
    auto service = std::make_unique<IntuneService>(m_env->client());
    auto dialog = std::make_unique<ConfigurationAssignmentsDialog>(
            *service, m_env->journal(), m_env->tenant(), configurationNamed(demo.helpDesk), GrantedPermissions());
    dialog->show();
    QVERIFY(waitLoaded(*dialog));
    child<QPushButton>(*dialog, u"addAllDevicesButton"_s)->click();
    service.reset();
    QVERIFY(!dialog->isVisible()); // closed without asking: there is nothing left to save with
    QCOMPARE(dialog->state(), State::ReadOnly);
    // Nothing it does now reaches for the service.
    dialog->addAllUsers();
    ConfigurationAssignmentsDialog::setNextConfirmAnswer(true);
    dialog->save();
    dialog->reload();
    dialog->picker()->searchNow();
    QTest::qWait(100);
    QCOMPARE(m_env->requestsMatching(u"/assign$"_s), 0);
}

void TestConfigurationAssignmentsDialog::accessibleNames()
{
    startEnvironment({});
    auto dialog = open(configurationNamed(demo.helpDesk));
    QVERIFY(waitLoaded(*dialog));
    const QStringList required{
            u"includedList"_s,        u"excludedList"_s,          u"removeTargetButton"_s,   u"addAllUsersButton"_s,
            u"addAllDevicesButton"_s, u"collectionIdField"_s,     u"addCollectionButton"_s,  u"groupSearchField"_s,
            u"groupResults"_s,        u"groupSearchStatus"_s,     u"loadMoreGroupsButton"_s, u"includeGroupsButton"_s,
            u"excludeGroupsButton"_s, u"editorMessage"_s,         u"previewLabel"_s,         u"errorLabel"_s,
            u"copyDetailsButton"_s,   u"saveAssignmentsButton"_s, u"readOnlyBanner"_s};
    for (const QString &name : required) {
        auto *widget = dialog->findChild<QWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
    }
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        // Qt's own parts of a line edit (clear button) or a table (corner button) are not ours.
        if (qobject_cast<QLineEdit *>(button->parent()) || qobject_cast<QAbstractItemView *>(button->parent()))
            continue;
        QVERIFY2(!button->objectName().isEmpty(),
                 qPrintable(button->text() + u" / "_s + QString::fromLatin1(button->metaObject()->className())));
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
    }
    QCOMPARE(child<QLineEdit>(*dialog, u"groupSearchField"_s)->placeholderText(), u"Search groups by name"_s);
}

QTEST_MAIN(TestConfigurationAssignmentsDialog)
#include "tst_ConfigurationAssignmentsDialog.moc"
