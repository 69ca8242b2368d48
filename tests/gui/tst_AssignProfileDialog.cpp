// The "Assign profile" picker offscreen against the emulator over loopback (issue 6, point 4):
// search, add, remove and the counts; a pasted list with unknown serials; each chosen device's
// current and intended profile read from Graph (and an error when they cannot be); replacing
// another profile asks first and sends nothing on No; and the end-to-end test: 40
// devices picked by a pasted list, assigned through the results dialog, verified on the server and
// in the devices view's status column (Pending → Assigned).
//
// Texts are compared in their source form ("3 device(s) chosen"): no catalogue is installed, so
// the test does not depend on the English plural forms being up to date.
#include "GraphTestEnvironment.h"
#include "dialogs/AssignProfileDialog.h"
#include "dialogs/PasteSerialsDialog.h"
#include "dialogs/ProfileAssignResultsDialog.h"
#include "emulator/RequestLog.h"
#include "models/AutopilotDeviceModel.h"
#include "models/DeviceFilterProxyModel.h"
#include "models/DeviceLoader.h"
#include "views/AutopilotDevicesView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

namespace {

// Chosen-devices columns (AssignProfileDialog's own model).
enum ChosenColumn { SerialColumn, ModelColumn, CurrentColumn, IntendedColumn, NoteColumn };

const QString devicesPath = u"/beta/deviceManagement/windowsAutopilotDeviceIdentities/"_s;

} // namespace

class TestAssignProfileDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void searchAddRemoveAndCounts();
    void enterAndDoubleClickAddWithoutAssigning();
    void pastedSerialsAddMatchesAndListUnknown();
    void profilesReadFromGraph();
    void unreadableProfilesSayWhy();
    void replacingAnotherProfileAsksFirst();
    void keyboardAndAccessibleNames();
    void closesWhenTheDevicesOrTheServiceGo();
    void assignsFortyPastedDevicesEndToEnd();

private:
    // The profile a device has (deploymentProfile) or is meant to get, as the emulator says now:
    // {id, name}, or empty strings when none.
    std::pair<QString, QString> serverProfile(const QString &deviceId, bool intended);
    std::unique_ptr<AssignProfileDialog> makeDialog(IntuneService *intune = nullptr);
    const DeploymentProfile &profileNamed(const QString &name) const;
    QString chosenText(AssignProfileDialog &dialog, int row, int column) const;
    QStringList serialsOf(const QStringList &deviceIds) const;
    QString serialOf(const QString &deviceId) const;
    // Answers the next modal PasteSerialsDialog with this text.
    void answerPasteDialog(const QString &text);
    int assignCalls() const;
    // What the app does with a confirmed picker: the results dialog runs the assignment and the
    // devices view follows the devices it reports.
    std::shared_ptr<QPointer<ProfileAssignResultsDialog>> runConfirmedAssignments(AssignProfileDialog &dialog);
    QList<std::shared_ptr<QPointer<ProfileAssignResultsDialog>>> m_results;

    std::unique_ptr<GraphTestEnvironment> m_env;
    std::unique_ptr<AutopilotDevicesView> m_view;
    QList<DeploymentProfile> m_profiles;
    // Device ids by the profile the emulator's demo tenant meant them to get at the start ("" none).
    QHash<QString, QStringList> m_byIntended;
};

void TestAssignProfileDialog::initTestCase()
{
    GraphTestOptions options{.journalFile = true}; // 300 devices, no throttling
    options.emulator.profileAssignDelayMs = 1500; // long enough to see Pending in the view, short for a test
    options.client.writeWindowMs = 2'000; // throttling is off here: pace like the `fast` profile
    m_env = std::make_unique<GraphTestEnvironment>(options);
    QVERIFY2(m_env->fixture().started(), qPrintable(m_env->fixture().startError()));
    ProfileAssignResultsDialog::setFollowUpLimitMs(60'000);
    m_view = std::make_unique<AutopilotDevicesView>(m_env->journal());
    m_view->resize(1200, 700);
    m_view->show();
    m_view->setService(&m_env->intune(), m_env->tenant());
    QTRY_COMPARE_WITH_TIMEOUT(m_view->loader()->state(), DeviceLoader::State::Ready, 30'000);
    QCOMPARE(m_view->model()->rowCount(), 300);

    const HttpResult profiles = m_env->fixture().get(u"/beta/deviceManagement/windowsAutopilotDeploymentProfiles"_s);
    QCOMPARE(profiles.status, 200);
    m_profiles = DeploymentProfile::listFromJson(profiles.value());
    QVERIFY(m_profiles.size() >= 4);

    // What every device is meant to get, read from the server (not from the code under test).
    for (int row = 0; row < 80; ++row) {
        const QString id = m_view->model()->deviceId(row);
        m_byIntended[serverProfile(id, true).first].append(id);
    }
    QVERIFY(m_byIntended.value(QString()).size() >= 2);
    QVERIFY(m_byIntended.size() >= 4);
}

void TestAssignProfileDialog::cleanupTestCase()
{
    m_view.reset();
    m_env.reset();
}

void TestAssignProfileDialog::init()
{
    AssignProfileDialog::setNextConfirmAnswer(std::nullopt);
}

void TestAssignProfileDialog::cleanup()
{
    AssignProfileDialog::setNextConfirmAnswer(std::nullopt);
    for (const auto &results : std::as_const(m_results))
        delete results->data();
    m_results.clear();
}

std::shared_ptr<QPointer<ProfileAssignResultsDialog>>
TestAssignProfileDialog::runConfirmedAssignments(AssignProfileDialog &dialog)
{
    auto slot = std::make_shared<QPointer<ProfileAssignResultsDialog>>();
    m_results.append(slot);
    connect(&dialog, &AssignProfileDialog::assignRequested, this,
            [this, slot](const QString &profileId, const QString &profileName,
                         const QList<ProfileAssignTarget> &devices) {
                ProfileAssignResultsDialog *results =
                        ProfileAssignResultsDialog::open(m_env->intune(), m_env->journal(), m_env->tenant(), profileId,
                                                         profileName, devices, m_view.get());
                connect(results, &ProfileAssignResultsDialog::devicesRefreshed, m_view.get(),
                        &AutopilotDevicesView::applyDevices);
                *slot = results;
            });
    return slot;
}

std::pair<QString, QString> TestAssignProfileDialog::serverProfile(const QString &deviceId, bool intended)
{
    const HttpResult result = m_env->fixture().get(
            devicesPath + deviceId + (intended ? u"/intendedDeploymentProfile"_s : u"/deploymentProfile"_s));
    if (result.status == 404)
        return {};
    if (result.status != 200)
        qFatal("unexpected status %d reading a device profile", result.status);
    return {result.json().value("id"_L1).toString(), result.json().value("displayName"_L1).toString()};
}

std::unique_ptr<AssignProfileDialog> TestAssignProfileDialog::makeDialog(IntuneService *intune)
{
    auto dialog =
            std::make_unique<AssignProfileDialog>(intune ? *intune : m_env->intune(), *m_view->model(), m_profiles);
    dialog->show();
    QApplication::setActiveWindow(dialog.get());
    return dialog;
}

const DeploymentProfile &TestAssignProfileDialog::profileNamed(const QString &name) const
{
    for (const DeploymentProfile &p : m_profiles)
        if (p.displayName == name)
            return p;
    qFatal("no profile named %s", qPrintable(name));
}

QString TestAssignProfileDialog::chosenText(AssignProfileDialog &dialog, int row, int column) const
{
    auto *table = dialog.findChild<QTableView *>(u"chosenTable"_s);
    return table->model()->index(row, column).data().toString();
}

QString TestAssignProfileDialog::serialOf(const QString &deviceId) const
{
    return m_view->model()->row(m_view->model()->rowOfId(deviceId)).serialNumber;
}

QStringList TestAssignProfileDialog::serialsOf(const QStringList &deviceIds) const
{
    QStringList serials;
    for (const QString &id : deviceIds)
        serials.append(serialOf(id));
    return serials;
}

void TestAssignProfileDialog::answerPasteDialog(const QString &text)
{
    QTimer::singleShot(0, this, [text] {
        auto *paste = qobject_cast<PasteSerialsDialog *>(QApplication::activeModalWidget());
        QVERIFY(paste);
        paste->findChild<QPlainTextEdit *>(u"serialsEdit"_s)->setPlainText(text);
        paste->findChild<QPushButton *>(u"selectSerialsButton"_s)->click();
    });
}

int TestAssignProfileDialog::assignCalls() const
{
    return m_env->requestsMatching(u"/assign$"_s, "POST");
}

void TestAssignProfileDialog::searchAddRemoveAndCounts()
{
    auto dialog = makeDialog();
    const DeploymentProfile &kiosk = profileNamed(u"Autopilot – Kiosk self-deploying"_s);
    auto *combo = dialog->findChild<QComboBox *>(u"profileCombo"_s);
    auto *search = dialog->findChild<QLineEdit *>(u"deviceSearch"_s);
    auto *table = dialog->findChild<QTableView *>(u"deviceTable"_s);
    auto *chosen = dialog->findChild<QTableView *>(u"chosenTable"_s);
    auto *add = dialog->findChild<QPushButton *>(u"addButton"_s);
    auto *remove = dialog->findChild<QPushButton *>(u"removeButton"_s);
    auto *clear = dialog->findChild<QPushButton *>(u"clearButton"_s);
    auto *assign = dialog->findChild<QPushButton *>(u"assignButton"_s);
    auto *count = dialog->findChild<QLabel *>(u"chosenCount"_s);
    QVERIFY(combo && search && table && chosen && add && remove && clear && assign && count);

    // No profile yet and no devices: nothing to assign.
    QCOMPARE(combo->currentIndex(), -1);
    QVERIFY(combo->isEnabled());
    QVERIFY(!assign->isEnabled());
    QCOMPARE(table->model()->rowCount(), 300);
    QCOMPARE(dialog->findChild<QLabel *>(u"shownCount"_s)->text(), u"300 device(s)"_s);
    // The columns a person picks by, in this order; the rest hidden.
    QHeaderView *header = table->horizontalHeader();
    const QList<int> expected{AutopilotDeviceModel::SerialColumn,          AutopilotDeviceModel::ModelColumn,
                              AutopilotDeviceModel::GroupTagColumn,        AutopilotDeviceModel::UserColumn,
                              AutopilotDeviceModel::AssignedProfileColumn, AutopilotDeviceModel::ProfileStatusColumn};
    QList<int> visible;
    for (int v = 0; v < header->count(); ++v)
        if (!header->isSectionHidden(header->logicalIndex(v)))
            visible.append(header->logicalIndex(v));
    QCOMPARE(visible, expected);

    dialog->setProfile(kiosk.id, true);
    QCOMPARE(dialog->profileId(), kiosk.id);
    QCOMPARE(dialog->profileName(), kiosk.displayName);
    QVERIFY(!combo->isEnabled());
    QCOMPARE(dialog->findChild<QLabel *>(u"joinTypeLabel"_s)->text(), u"Microsoft Entra join"_s);
    QVERIFY(dialog->windowTitle().contains(kiosk.displayName));
    QVERIFY(!assign->isEnabled()); // still no devices

    // Search by model: debounced, then only that model's devices.
    const AutopilotDeviceModel &model = *m_view->model();
    const QString modelText = model.text(model.row(0).model);
    int withModel = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        withModel += model.text(model.row(row).model) == modelText ? 1 : 0;
    QVERIFY(withModel >= 3);
    QTest::keyClicks(search, modelText);
    QCOMPARE(table->model()->rowCount(), 300); // not yet: typing is debounced
    QTRY_VERIFY(table->model()->rowCount() < 300);
    QVERIFY(table->model()->rowCount() >= withModel);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QStringList cells{table->model()->index(row, AutopilotDeviceModel::ModelColumn).data().toString(),
                                table->model()->index(row, AutopilotDeviceModel::ManufacturerColumn).data().toString(),
                                table->model()->index(row, AutopilotDeviceModel::SerialColumn).data().toString(),
                                table->model()->index(row, AutopilotDeviceModel::GroupTagColumn).data().toString(),
                                table->model()->index(row, AutopilotDeviceModel::UserColumn).data().toString(),
                                table->model()->index(row, AutopilotDeviceModel::DeviceNameColumn).data().toString()};
        const QString joined = cells.join(u'\n');
        for (const QString &word : modelText.split(u' ', Qt::SkipEmptyParts))
            QVERIFY2(joined.contains(word, Qt::CaseInsensitive), qPrintable(joined));
    }
    QVERIFY(dialog->findChild<QLabel *>(u"shownCount"_s)->text().endsWith(u"of 300 device(s) shown"_s));

    // Select three rows and Add.
    QVERIFY(!add->isEnabled());
    table->selectionModel()->select(QItemSelection(table->model()->index(0, 0),
                                                   table->model()->index(2, AutopilotDeviceModel::ColumnCount - 1)),
                                    QItemSelectionModel::ClearAndSelect);
    QTRY_VERIFY(add->isEnabled());
    add->click();
    QCOMPARE(dialog->chosenCount(), 3);
    QCOMPARE(chosen->model()->rowCount(), 3);
    QVERIFY(assign->isEnabled());
    for (int row = 0; row < 3; ++row)
        QCOMPARE(chosenText(*dialog, row, SerialColumn),
                 table->model()->index(row, AutopilotDeviceModel::SerialColumn).data().toString());
    // Adding the same devices again changes nothing.
    add->click();
    QCOMPARE(dialog->chosenCount(), 3);
    QVERIFY(count->text().startsWith(u"3 device(s) chosen"_s));

    // Clearing the search shows every device at once (no debounce for the clear button).
    search->clear();
    QCOMPARE(table->model()->rowCount(), 300);

    // Remove with the Delete key; the next row is selected for another Delete.
    chosen->setFocus();
    chosen->selectionModel()->setCurrentIndex(chosen->model()->index(0, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString second = chosenText(*dialog, 1, SerialColumn);
    QTest::keyClick(chosen, Qt::Key_Delete);
    QCOMPARE(dialog->chosenCount(), 2);
    QCOMPARE(chosenText(*dialog, 0, SerialColumn), second);
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(dialog->chosenCount(), 1);
    QVERIFY(count->text().startsWith(u"1 device(s) chosen"_s));

    clear->click();
    QCOMPARE(dialog->chosenCount(), 0);
    QVERIFY(!assign->isEnabled());
    QVERIFY(!clear->isEnabled());
    QVERIFY(count->text().startsWith(u"No devices chosen"_s));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pendingReads(), 0, 15'000);
}

void TestAssignProfileDialog::enterAndDoubleClickAddWithoutAssigning()
{
    auto dialog = makeDialog();
    dialog->setProfile(profileNamed(u"Autopilot – Shared lab PCs"_s).id, false);
    QSignalSpy requested(dialog.get(), &AssignProfileDialog::assignRequested);
    auto *search = dialog->findChild<QLineEdit *>(u"deviceSearch"_s);
    auto *table = dialog->findChild<QTableView *>(u"deviceTable"_s);
    const AutopilotDeviceModel &model = *m_view->model();

    // Type a whole serial and press Enter: the one device is added; Enter does not assign.
    const QString serial = model.row(10).serialNumber;
    search->setFocus();
    QTest::keyClicks(search, serial);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(dialog->chosenCount(), 1);
    QCOMPARE(chosenText(*dialog, 0, SerialColumn), serial);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->result(), 0);
    QCOMPARE(requested.count(), 0);
    // The search text is selected: the next serial replaces it.
    QCOMPARE(search->selectedText(), serial);
    const QString next = model.row(11).serialNumber;
    QTest::keyClicks(search, next);
    QCOMPARE(search->text(), next);
    QTest::keyClick(search, Qt::Key_Enter);
    QCOMPARE(dialog->chosenCount(), 2);

    // Several matches: Enter moves to the table; Enter there adds the current row.
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(dialog->chosenCount(), 2);
    QVERIFY(table->hasFocus());
    // Rows of devices not chosen yet (the table is sorted by serial, not in model order).
    const auto unchosenRow = [&](int from) {
        for (int row = from; row < table->model()->rowCount(); ++row) {
            const QString s = table->model()->index(row, AutopilotDeviceModel::SerialColumn).data().toString();
            if (s != serial && s != next)
                return row;
        }
        return -1;
    };
    const int fifthRow = unchosenRow(5);
    table->selectionModel()->setCurrentIndex(table->model()->index(fifthRow, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString fifth = table->model()->index(fifthRow, AutopilotDeviceModel::SerialColumn).data().toString();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(dialog->chosenCount(), 3);
    QCOMPARE(chosenText(*dialog, 2, SerialColumn), fifth);

    // Double-click adds too.
    const QModelIndex ninth = table->model()->index(unchosenRow(fifthRow + 1), AutopilotDeviceModel::SerialColumn);
    table->scrollTo(ninth);
    const QRect rect = table->visualRect(ninth);
    QVERIFY(rect.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(dialog->chosenCount(), 4);
    QCOMPARE(chosenText(*dialog, 3, SerialColumn), ninth.data().toString());

    QCOMPARE(requested.count(), 0);
    QVERIFY(dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pendingReads(), 0, 15'000);
}

void TestAssignProfileDialog::pastedSerialsAddMatchesAndListUnknown()
{
    auto dialog = makeDialog();
    const AutopilotDeviceModel &model = *m_view->model();
    QStringList known;
    for (int row = 100; row < 105; ++row)
        known.append(model.row(row).serialNumber);
    const QStringList unknown{u"NOPE-0001"_s, u"NOPE-0002"_s, u"NOPE-0003"_s};
    // As pasted from a ticket: mixed separators, lower case, a repeat, the unknown ones between.
    const QString text = known.at(0) + u"\n"_s + known.at(1).toLower() + u", "_s + unknown.at(0) + u";"_s + known.at(2)
            + u"\t"_s + unknown.at(1) + u"\n"_s + known.at(3) + u" "_s + known.at(4) + u"\n"_s + unknown.at(2) + u"\n"_s
            + known.at(0);
    answerPasteDialog(text);
    dialog->findChild<QPushButton *>(u"pasteSerialsButton"_s)->click();

    QCOMPARE(dialog->chosenCount(), 5);
    QStringList chosen;
    for (int row = 0; row < 5; ++row)
        chosen.append(chosenText(*dialog, row, SerialColumn));
    QCOMPARE(chosen, known);

    auto *result = dialog->findChild<QLabel *>(u"pasteResult"_s);
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().contains(u"3 serial(s) not found: NOPE-0001, NOPE-0002, NOPE-0003"_s),
             qPrintable(result->text()));
    QVERIFY2(result->text().contains(u"Found 5 device(s) for 5 of 8 serial numbers."_s), qPrintable(result->text()));
    QVERIFY(result->textInteractionFlags() & Qt::TextSelectableByMouse);
    auto *copy = dialog->findChild<QToolButton *>(u"copyNotFoundButton"_s);
    QVERIFY(copy->isVisible());
    QApplication::clipboard()->clear();
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), unknown.join(u'\n'));

    // A list where everything is found hides the "not found" part and its button.
    QCOMPARE(dialog->addSerials({model.row(106).serialNumber}), QStringList());
    QCOMPARE(dialog->chosenCount(), 6);
    QVERIFY(!result->text().contains(u"not found"_s));
    QVERIFY(!copy->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pendingReads(), 0, 15'000);
}

void TestAssignProfileDialog::profilesReadFromGraph()
{
    // A profile some of the first devices are meant to get, and devices of two others and none.
    QString mine;
    for (auto it = m_byIntended.cbegin(); it != m_byIntended.cend(); ++it)
        if (!it.key().isEmpty() && it.value().size() >= 2
            && (mine.isEmpty() || it.value().size() > m_byIntended.value(mine).size()))
            mine = it.key();
    QVERIFY(!mine.isEmpty());
    QStringList others;
    for (auto it = m_byIntended.cbegin(); it != m_byIntended.cend() && others.size() < 2; ++it)
        if (!it.key().isEmpty() && it.key() != mine)
            others.append(it.key());
    QCOMPARE(others.size(), 2);
    const QStringList same = m_byIntended.value(mine).mid(0, 2);
    const QStringList replaced{m_byIntended.value(others.at(0)).constFirst(),
                               m_byIntended.value(others.at(1)).constFirst()};
    const QStringList none = m_byIntended.value(QString()).mid(0, 2);
    const QStringList ids = same + replaced + none;

    auto dialog = makeDialog();
    dialog->setProfile(mine, false);
    const qsizetype logBefore = m_env->log().entries().size();
    dialog->addDevices(ids);
    QCOMPARE(dialog->chosenCount(), 6);
    // Both profiles show "Reading…" until Graph answers.
    QCOMPARE(chosenText(*dialog, 0, CurrentColumn), u"Reading…"_s);
    QCOMPARE(chosenText(*dialog, 0, IntendedColumn), u"Reading…"_s);
    QVERIFY(dialog->pendingReads() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pendingReads(), 0, 15'000);

    for (int row = 0; row < ids.size(); ++row) {
        const auto current = serverProfile(ids.at(row), false);
        const auto intended = serverProfile(ids.at(row), true);
        QCOMPARE(chosenText(*dialog, row, CurrentColumn), current.first.isEmpty() ? u"None"_s : current.second);
        QCOMPARE(chosenText(*dialog, row, IntendedColumn), intended.first.isEmpty() ? u"None"_s : intended.second);
    }
    // Notes: this very profile, another one (with a warning icon), none.
    auto *chosen = dialog->findChild<QTableView *>(u"chosenTable"_s);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(chosenText(*dialog, row, NoteColumn), u"Already assigned"_s);
        QVERIFY(chosen->model()->index(row, NoteColumn).data(Qt::DecorationRole).isNull());
    }
    for (int row = 2; row < 4; ++row) {
        const QString name = serverProfile(ids.at(row), true).second;
        QCOMPARE(chosenText(*dialog, row, NoteColumn), u"Replaces “%1”"_s.arg(name));
        QVERIFY(!chosen->model()->index(row, NoteColumn).data(Qt::DecorationRole).isNull());
    }
    for (int row = 4; row < 6; ++row)
        QCOMPARE(chosenText(*dialog, row, NoteColumn), QString());
    QCOMPARE(dialog->replacingCount(), 2);
    QCOMPARE(dialog->alreadyAssignedCount(), 2);
    const QString count = dialog->findChild<QLabel *>(u"chosenCount"_s)->text();
    QVERIFY2(count.startsWith(u"6 device(s) chosen — 2 already have another profile, which this replaces"_s),
             qPrintable(count));

    // What the job gets: each device with the profile it replaces (as read).
    const QList<ProfileAssignTarget> targets = dialog->targets();
    QCOMPARE(targets.size(), 6);
    for (int i = 0; i < targets.size(); ++i) {
        QCOMPARE(targets.at(i).deviceId, ids.at(i));
        QCOMPARE(targets.at(i).serial, serialOf(ids.at(i)));
        QCOMPARE(targets.at(i).previousProfileId, serverProfile(ids.at(i), true).first);
    }

    // Another profile chosen: the notes follow.
    dialog->setProfile(others.at(0), false);
    QCOMPARE(chosenText(*dialog, 2, NoteColumn), u"Already assigned"_s);
    QVERIFY(chosenText(*dialog, 0, NoteColumn).startsWith(u"Replaces"_s));
    QCOMPARE(dialog->replacingCount(), 3);

    // Two reads per device, in $batch calls; removing and adding again reads nothing more.
    const auto readsOf = [this, logBefore](const QString &id) {
        int reads = 0;
        const QList<emu::RequestLogEntry> entries = m_env->log().entries();
        for (qsizetype i = logBefore; i < entries.size(); ++i)
            if (entries.at(i).insideBatch && entries.at(i).method == "GET" && entries.at(i).path.contains(id))
                ++reads;
        return reads;
    };
    for (const QString &id : ids)
        QCOMPARE(readsOf(id), 2);
    dialog->findChild<QPushButton *>(u"clearButton"_s)->click();
    dialog->addDevices(ids);
    QCOMPARE(dialog->pendingReads(), 0);
    QCOMPARE(chosenText(*dialog, 2, IntendedColumn), serverProfile(ids.at(2), true).second);
    for (const QString &id : ids)
        QCOMPARE(readsOf(id), 2);
    QCOMPARE(assignCalls(), 0);
}

void TestAssignProfileDialog::unreadableProfilesSayWhy()
{
    // A token without any Intune permission: Graph answers 403 for every read.
    GraphTestEnvironment other(m_env->fixture(), {.scopes = {u"Group.Read.All"_s}});
    auto dialog = makeDialog(&other.intune());
    const QString deviceId = m_byIntended.value(QString()).constFirst();
    dialog->addDevices({deviceId});
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pendingReads(), 0, 15'000);
    const QString current = chosenText(*dialog, 0, CurrentColumn);
    QVERIFY2(current.startsWith(u"Could not read: "_s), qPrintable(current));
    QVERIFY2(current.size() > u"Could not read: "_s.size() + 10, qPrintable(current));
    QVERIFY(chosenText(*dialog, 0, IntendedColumn).startsWith(u"Could not read: "_s));
    // The details (with the request id) are one hover away.
    auto *chosen = dialog->findChild<QTableView *>(u"chosenTable"_s);
    QVERIFY(!chosen->model()->index(0, IntendedColumn).data(Qt::ToolTipRole).toString().isEmpty());
    // Added again after a failure: read again.
    dialog->findChild<QPushButton *>(u"clearButton"_s)->click();
    dialog->addDevices({deviceId});
    QCOMPARE(chosenText(*dialog, 0, CurrentColumn), u"Reading…"_s);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pendingReads(), 0, 15'000);
    dialog.reset();
}

void TestAssignProfileDialog::replacingAnotherProfileAsksFirst()
{
    // A device meant to get profile X, assigned profile Y here.
    QString other;
    for (auto it = m_byIntended.cbegin(); it != m_byIntended.cend() && other.isEmpty(); ++it)
        if (!it.key().isEmpty())
            other = it.key();
    const QString deviceId = m_byIntended.value(other).constLast();
    const QString serial = serialOf(deviceId);
    const auto before = serverProfile(deviceId, true);
    QCOMPARE(before.first, other);
    const DeploymentProfile *target = nullptr;
    for (const DeploymentProfile &p : std::as_const(m_profiles))
        if (p.id != other && !target)
            target = &p;
    QVERIFY(target);

    auto dialog = makeDialog();
    QSignalSpy requested(dialog.get(), &AssignProfileDialog::assignRequested);
    dialog->setProfile(target->id, true);
    dialog->addDevices({deviceId});
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pendingReads(), 0, 15'000);
    QCOMPARE(dialog->replacingCount(), 1);

    // The real question: a warning, Cancel the default answer (Enter does not replace), Cancel
    // sends nothing.
    const int callsBefore = assignCalls();
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        auto *box = dialog->findChild<QMessageBox *>(u"assignConfirmation"_s);
        QVERIFY(box && box->isVisible());
        asked = true;
        QCOMPARE(box->icon(), QMessageBox::Warning);
        QCOMPARE(box->text(), u"Assign “%1” to 1 device(s)?"_s.arg(target->displayName));
        QVERIFY(box->informativeText().contains(serial));
        QCOMPARE(box->defaultButton()->objectName(), u"confirmCancelButton"_s);
        QTest::keyClick(box, Qt::Key_Return);
    });
    dialog->findChild<QPushButton *>(u"assignButton"_s)->click();
    QVERIFY(asked);
    QCOMPARE(requested.count(), 0);
    QVERIFY(dialog->isVisible());

    // No through the seam: the same, and the question stays inspectable.
    AssignProfileDialog::setNextConfirmAnswer(false);
    dialog->findChild<QPushButton *>(u"assignButton"_s)->click();
    const AssignProfileDialog::Confirmation &question = dialog->lastConfirmation();
    QCOMPARE(question.heading, u"Assign “%1” to 1 device(s)?"_s.arg(target->displayName));
    QVERIFY2(question.details.contains(u"%1: “%2”"_s.arg(serial, before.second)), qPrintable(question.text()));
    QVERIFY(question.details.contains(u"another profile, which this replaces"_s));
    QCOMPARE(question.replacing, 1);
    QVERIFY(question.cancelIsDefault);
    QCOMPARE(requested.count(), 0);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->result(), 0);
    QCOMPARE(dialog->chosenCount(), 1);
    QTest::qWait(300);
    QCOMPARE(assignCalls(), callsBefore);
    QCOMPARE(m_env->log().writes(u"assignProfile:"_s + deviceId), 0);
    QCOMPARE(serverProfile(deviceId, true).first, other);

    // Yes: the request names the profile and the device with the profile it replaces; the dialog
    // closes, and the results dialog assigns it.
    const auto results = runConfirmedAssignments(*dialog);
    AssignProfileDialog::setNextConfirmAnswer(true);
    dialog->findChild<QPushButton *>(u"assignButton"_s)->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), target->id);
    QCOMPARE(requested.at(0).at(1).toString(), target->displayName);
    const auto devices = requested.at(0).at(2).value<QList<ProfileAssignTarget>>();
    QCOMPARE(devices.size(), 1);
    QCOMPARE(devices.at(0).deviceId, deviceId);
    QCOMPARE(devices.at(0).serial, serial);
    QCOMPARE(devices.at(0).previousProfileId, other);
    QCOMPARE(devices.at(0).previousProfileName, before.second);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!dialog->isVisible());
    QVERIFY(!results->isNull());
    QTRY_COMPARE_WITH_TIMEOUT((*results)->job()->state(), BulkDeviceJob::State::Finished, 60'000);
    QCOMPARE((*results)->job()->succeededCount(), 1);
    QCOMPARE(m_env->log().writes(u"assignProfile:"_s + deviceId), 1);
    QCOMPARE(serverProfile(deviceId, true).first, target->id);
    QCOMPARE(serverProfile(deviceId, false).first, target->id);

    // Without another profile, the question does not warn and Assign is the default answer.
    auto plain = makeDialog();
    plain->setProfile(target->id, true);
    plain->addDevices({m_byIntended.value(QString()).constFirst()});
    QTRY_COMPARE_WITH_TIMEOUT(plain->pendingReads(), 0, 15'000);
    const AssignProfileDialog::Confirmation plainQuestion = plain->confirmation();
    QCOMPARE(plainQuestion.replacing, 0);
    QVERIFY(!plainQuestion.cancelIsDefault);
    QVERIFY(!plainQuestion.details.contains(u"replaces"_s));
}

void TestAssignProfileDialog::keyboardAndAccessibleNames()
{
    auto dialog = makeDialog();
    dialog->setProfile(m_profiles.constFirst().id, false);
    dialog->addDevices({m_view->model()->deviceId(0)});
    dialog->findChild<QLabel *>(u"pasteResult"_s)->show();
    dialog->findChild<QToolButton *>(u"copyNotFoundButton"_s)->show();
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    int controls = 0;
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QLabel *>(w);
        if (!control || w->parent() == nullptr || w->inherits("QHeaderView"))
            continue;
        // Qt's own pieces (the line edit's clear button, the combo's popup) are not ours.
        const auto insideQtWidget = [w] {
            for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
                if (p->inherits("QComboBox") || p->inherits("QLineEdit") || p->inherits("QAbstractScrollArea"))
                    return true;
            return false;
        };
        if (w->objectName().startsWith(u"qt_"_s) || insideQtWidget())
            continue;
        ++controls;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY(controls >= 15);

    // Tab reaches every control; the combo first, Assign near the end.
    QStringList order;
    QWidget *start = dialog->findChild<QComboBox *>(u"profileCombo"_s);
    QWidget *w = start;
    for (int i = 0; i < 500; ++i) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            order.append(w->objectName());
        w = w->nextInFocusChain();
        if (w == start)
            break;
    }
    for (const QString &name : {u"profileCombo"_s, u"deviceSearch"_s, u"deviceTable"_s, u"pasteSerialsButton"_s,
                                u"chosenTable"_s, u"clearButton"_s, u"assignButton"_s, u"cancelButton"_s})
        QVERIFY2(order.contains(name), qPrintable(name + u" not in "_s + order.join(u", "_s)));
    QVERIFY(order.indexOf(u"deviceSearch"_s) < order.indexOf(u"deviceTable"_s));
    QVERIFY(order.indexOf(u"deviceTable"_s) < order.indexOf(u"chosenTable"_s));
    QVERIFY(order.indexOf(u"chosenTable"_s) < order.indexOf(u"assignButton"_s));

    // Escape closes without assigning.
    QSignalSpy requested(dialog.get(), &AssignProfileDialog::assignRequested);
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(!dialog->isVisible());
    QCOMPARE(requested.count(), 0);
}

void TestAssignProfileDialog::closesWhenTheDevicesOrTheServiceGo()
{
    // Signing out (the service goes) or closing the window (the device table goes) while the
    // picker is open: it closes, sends nothing, and does not touch what is gone.
    for (const bool modelGoes : {true, false}) {
        auto devices = std::make_unique<AutopilotDeviceModel>();
        devices->append({m_view->model()->device(0), m_view->model()->device(1)});
        auto client = std::make_unique<GraphClient>(m_env->network(), m_env->tokens(), m_env->client().options());
        auto intune = std::make_unique<IntuneService>(*client);
        AssignProfileDialog dialog(*intune, *devices, m_profiles);
        QSignalSpy requested(&dialog, &AssignProfileDialog::assignRequested);
        dialog.show();
        dialog.setProfile(m_profiles.constFirst().id, false);
        dialog.addDevices({devices->deviceId(0)}); // reads in flight
        QCOMPARE(dialog.chosenCount(), 1);
        const int callsBefore = assignCalls();
        if (modelGoes)
            devices.reset();
        else
            intune.reset();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        // Whatever still reaches it does nothing.
        dialog.addDevices({m_view->model()->deviceId(1)});
        QCOMPARE(dialog.addSerials({m_view->model()->row(1).serialNumber}), QStringList());
        AssignProfileDialog::setNextConfirmAnswer(true);
        dialog.findChild<QPushButton *>(u"assignButton"_s)->click();
        QCOMPARE(requested.count(), 0);
        AssignProfileDialog::setNextConfirmAnswer(std::nullopt);
        QTest::qWait(100);
        QCOMPARE(assignCalls(), callsBefore);
    }
}

void TestAssignProfileDialog::assignsFortyPastedDevicesEndToEnd()
{
    // The test: a help desk pastes 40 serials from a ticket into "Assign to devices…" of a
    // profile, confirms, and watches the devices go from pending to assigned.
    const DeploymentProfile &profile = profileNamed(u"Autopilot – Standard user laptops"_s);
    AutopilotDeviceModel &model = *m_view->model();
    QStringList ids;
    for (int row = 150; row < 190; ++row)
        ids.append(model.deviceId(row));
    const QSet<QString> chosenIds(ids.cbegin(), ids.cend());
    const QStringList serials = serialsOf(ids);

    // The status column of those rows in the devices view, every value it takes.
    QHash<QString, QStringList> statuses;
    const auto record = [&](int row) {
        const QString id = model.deviceId(row);
        if (!chosenIds.contains(id))
            return;
        const QString status = model.index(row, AutopilotDeviceModel::ProfileStatusColumn).data().toString();
        QStringList &seen = statuses[id];
        if (seen.isEmpty() || seen.constLast() != status)
            seen.append(status);
    };
    for (const QString &id : ids)
        record(model.rowOfId(id));
    const QMetaObject::Connection watch = connect(&model, &QAbstractItemModel::dataChanged, this,
                                                  [&](const QModelIndex &from, const QModelIndex &to) {
                                                      for (int row = from.row(); row <= to.row(); ++row)
                                                          record(row);
                                                  });
    const QHash<QString, int> writesBefore = m_env->log().writeCounts();
    QStringList statusBefore;
    for (int row = 0; row < model.rowCount(); ++row)
        statusBefore.append(model.index(row, AutopilotDeviceModel::ProfileStatusColumn).data().toString());

    auto dialog = makeDialog();
    dialog->setProfile(profile.id, true);
    const auto results = runConfirmedAssignments(*dialog);
    answerPasteDialog(serials.join(u"\r\n"_s));
    dialog->findChild<QPushButton *>(u"pasteSerialsButton"_s)->click();
    QCOMPARE(dialog->chosenCount(), 40);
    QVERIFY(!dialog->findChild<QLabel *>(u"pasteResult"_s)->text().contains(u"not found"_s));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pendingReads(), 0, 15'000);
    int replacing = 0;
    for (const QString &id : ids) {
        const QString intended = serverProfile(id, true).first;
        replacing += !intended.isEmpty() && intended != profile.id ? 1 : 0;
    }
    QCOMPARE(dialog->replacingCount(), replacing);

    AssignProfileDialog::setNextConfirmAnswer(true);
    dialog->findChild<QPushButton *>(u"assignButton"_s)->click();
    QCOMPARE(dialog->lastConfirmation().heading, u"Assign “%1” to 40 device(s)?"_s.arg(profile.displayName));
    QCOMPARE(dialog->lastConfirmation().replacing, replacing);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!results->isNull());
    ProfileAssignResultsDialog *resultsDialog = results->data();
    QCOMPARE(resultsDialog->results().size(), 40);

    // The job ends when Intune reports every device assigned.
    QTRY_COMPARE_WITH_TIMEOUT(resultsDialog->job()->state(), BulkDeviceJob::State::Finished, 90'000);
    const auto *job = qobject_cast<ProfileAssignJob *>(resultsDialog->job());
    QVERIFY(job);
    QCOMPARE(job->succeededCount(), 40);
    QCOMPARE(job->failedCount(), 0);
    QCOMPARE(job->confirmedCount(), 40);
    disconnect(watch);

    // The server: exactly these 40 devices were assigned, each once, and now have the profile.
    QHash<QString, int> written;
    const QHash<QString, int> writesAfter = m_env->log().writeCounts();
    for (auto it = writesAfter.cbegin(); it != writesAfter.cend(); ++it)
        if (it.key().startsWith(u"assignProfile:"_s) && it.value() != writesBefore.value(it.key()))
            written.insert(it.key().mid(u"assignProfile:"_s.size()), it.value() - writesBefore.value(it.key()));
    QCOMPARE(written.size(), 40);
    for (const QString &id : ids) {
        QCOMPARE(written.value(id), 1);
        QCOMPARE(serverProfile(id, true).first, profile.id);
        QCOMPARE(serverProfile(id, false).first, profile.id);
        const HttpResult device = m_env->fixture().get(devicesPath + id);
        QCOMPARE(device.json().value("deploymentProfileAssignmentStatus"_L1).toString(), u"assignedInSync"_s);
    }
    QCOMPARE(m_env->log().earlyRetries(), 0);

    // The view: each row went through Pending and ends Assigned.
    for (const QString &id : ids) {
        const QStringList &seen = statuses.value(id);
        const qsizetype pending = seen.indexOf(u"Pending"_s);
        QVERIFY2(pending >= 0, qPrintable(serialOf(id) + u": "_s + seen.join(u" → "_s)));
        QCOMPARE(seen.constLast(), u"Assigned"_s);
        QVERIFY(seen.lastIndexOf(u"Assigned"_s) > pending);
    }
    // Nobody else's row changed status.
    for (int row = 0; row < model.rowCount(); ++row)
        if (!chosenIds.contains(model.deviceId(row)))
            QCOMPARE(model.index(row, AutopilotDeviceModel::ProfileStatusColumn).data().toString(),
                     statusBefore.at(row));
}

QTEST_MAIN(TestAssignProfileDialog)
#include "tst_AssignProfileDialog.moc"
