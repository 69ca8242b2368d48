// Issue 6 through the main window, against the emulator over loopback: "Assign profile…" on a
// selection in the devices view opens the picker with those devices; the confirmed assignment runs
// in the results dialog; the device rows move from pending to assigned; the profiles view counts
// the profile's devices again; "Assign to devices…" on a profile fixes the profile and asks
// before sending; "Show in Autopilot devices" in a profile's assigned devices jumps to the device.
#include "GraphTestEnvironment.h"
#include "WindowTestRig.h"
#include "app/Translator.h"
#include "dialogs/AssignProfileDialog.h"
#include "dialogs/ProfileAssignResultsDialog.h"
#include "emulator/RequestLog.h"
#include "models/AutopilotDeviceModel.h"
#include "models/DeploymentProfileModel.h"
#include "models/DeviceLoader.h"
#include "models/ProfileLoader.h"
#include "views/AutopilotDevicesView.h"
#include "views/DeploymentProfilesView.h"
#include "views/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

namespace {

using ProfileStatus = AutopilotDevice::ProfileAssignmentStatus;

} // namespace

class TestProfileAssignFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void assignFromDevicesViewSelection();
    void assignToDevicesFromProfileAsksFirst();
    void showInDevicesViewJumps();

private:
    AssignProfileDialog *picker() const { return m_window->findChild<AssignProfileDialog *>(); }
    const DeploymentProfile &profileOtherThan(const QString &name) const;

    Translator m_translator;
    std::unique_ptr<GraphTestEnvironment> m_env;
    std::unique_ptr<MainWindowRig> m_rig;
    MainWindow *m_window = nullptr; // m_rig's
    QList<DeploymentProfile> m_profiles;
};

void TestProfileAssignFlow::initTestCase()
{
    m_translator.install(u"en"_s);
    GraphTestOptions options{.journalFile = true};
    options.emulator.profileAssignDelayMs = 1500; // long enough to see "pending" in the rows
    m_env = std::make_unique<GraphTestEnvironment>(options);
    QVERIFY(m_env->fixture().started());
    m_rig = std::make_unique<MainWindowRig>(*m_env);
    m_window = &m_rig->window();
    QVERIFY(m_rig->showSignedIn());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->devicesView()->loader()->state(), DeviceLoader::State::Ready, 30'000);
    ProfileLoader *profiles = m_window->profilesView()->loader();
    QTRY_COMPARE_WITH_TIMEOUT(profiles->state(), ProfileLoader::State::Ready, 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(profiles->countsPending(), 0, 30'000);
    m_profiles = m_window->profilesView()->profiles();
    QVERIFY(m_profiles.size() >= 2);
}

void TestProfileAssignFlow::cleanupTestCase()
{
    m_window = nullptr;
    m_rig.reset();
    m_env.reset();
}

const DeploymentProfile &TestProfileAssignFlow::profileOtherThan(const QString &name) const
{
    for (const DeploymentProfile &profile : m_profiles)
        if (profile.displayName != name)
            return profile;
    return m_profiles.constFirst();
}

void TestProfileAssignFlow::assignFromDevicesViewSelection()
{
    AutopilotDevicesView *devices = m_window->devicesView();
    AutopilotDeviceModel *model = devices->model();
    const DeploymentProfile &target = m_profiles.constFirst();
    const QString targetName = target.displayName;

    // 12 devices that do not have the profile yet.
    QStringList serials;
    QStringList ids;
    for (int row = 0; row < model->rowCount() && serials.size() < 12; ++row) {
        if (model->text(model->row(row).assignedProfile) == targetName)
            continue;
        serials.append(model->row(row).serialNumber);
        ids.append(model->deviceId(row));
    }
    QCOMPARE(serials.size(), 12);
    DeploymentProfileModel *profileModel = m_window->profilesView()->model();
    const std::optional<qint64> countBefore = profileModel->assignedCount(profileModel->rowOfId(target.id));
    QVERIFY(countBefore.has_value());

    QVERIFY(m_window->showView(u"devices"_s));
    QCOMPARE(devices->selectSerials(serials).rows.size(), 12);
    auto *assign = devices->findChild<QAction *>(u"actionAssignProfile"_s);
    QVERIFY(assign && assign->isEnabled());
    assign->trigger();

    AssignProfileDialog *dialog = picker();
    QVERIFY(dialog);
    QCOMPARE(dialog->chosenCount(), 12);
    dialog->setProfile(target.id, false);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pendingReads(), 0, 15'000);
    saveScreenshot(*dialog, u"assign-profile-picker.png"_s);

    // Record what the rows show while Intune works: pending first, assigned in the end.
    QHash<QString, QList<ProfileStatus>> seen;
    const QSet<QString> chosen(ids.cbegin(), ids.cend());
    connect(model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from, const QModelIndex &to) {
        for (int row = from.row(); row <= to.row(); ++row) {
            const QString id = model->deviceId(row);
            if (!chosen.contains(id))
                continue;
            QList<ProfileStatus> &statuses = seen[id];
            const ProfileStatus status = model->row(row).profileStatus;
            if (statuses.isEmpty() || statuses.constLast() != status)
                statuses.append(status);
        }
    });

    const int callsBefore = m_env->requestsMatching(u"/assign$"_s);
    // The picker closes (and goes away) once confirmed: read what it asked while it is there.
    QString asked;
    connect(dialog, &AssignProfileDialog::assignRequested, this,
            [&asked, dialog] { asked = dialog->lastConfirmation().heading; });
    AssignProfileDialog::setNextConfirmAnswer(true);
    dialog->findChild<QPushButton *>(u"assignButton"_s)->click();
    QVERIFY2(asked.contains(targetName), qPrintable(asked));

    auto *results = m_window->findChild<ProfileAssignResultsDialog *>();
    QVERIFY(results);
    QSignalSpy finished(results, &BulkJobDialog::jobFinished);
    QVERIFY(finished.wait(60'000));
    QCOMPARE(m_env->requestsMatching(u"/assign$"_s), callsBefore + 1); // 12 devices: one assign call
    for (const BulkDeviceJob::Result &result : results->results()) {
        QCOMPARE(result.outcome, BulkDeviceJob::Outcome::Succeeded);
        QCOMPARE(m_env->log().writes(u"assignProfile:"_s + result.deviceId), 1);
    }

    // The rows went from pending to assigned, and now name the profile.
    for (const QString &id : std::as_const(ids)) {
        const int row = model->rowOfId(id);
        QCOMPARE(model->row(row).profileStatus, ProfileStatus::AssignedInSync);
        QCOMPARE(model->text(model->row(row).assignedProfile), targetName);
        const QList<ProfileStatus> statuses = seen.value(id);
        QVERIFY2(statuses.size() >= 2, qPrintable(id));
        QCOMPARE(statuses.constFirst(), ProfileStatus::Pending);
        QCOMPARE(statuses.constLast(), ProfileStatus::AssignedInSync);
    }
    // The emulator agrees: the profile is every device's intended profile.
    for (const QString &id : std::as_const(ids)) {
        const HttpResult intended = m_env->fixture().get(
                u"/beta/deviceManagement/windowsAutopilotDeviceIdentities/%1/intendedDeploymentProfile"_s.arg(id));
        QCOMPARE(intended.status, 200);
        QCOMPARE(intended.json().value(u"id"_s).toString(), target.id);
    }
    // The profiles view counted the profile's devices again.
    QTRY_COMPARE_WITH_TIMEOUT(profileModel->assignedCount(profileModel->rowOfId(target.id)).value_or(-1),
                              *countBefore + 12, 15'000);
    // One journal entry per device, succeeded.
    int journalled = 0;
    for (int row = 0; row < m_env->activity().rowCount(); ++row)
        journalled += chosen.contains(m_env->activity().entry(row).targetId)
                && m_env->activity().entry(row).outcome == ActivityEntry::Outcome::Succeeded;
    QCOMPARE(journalled, 12);
    results->close();
}

void TestProfileAssignFlow::assignToDevicesFromProfileAsksFirst()
{
    DeploymentProfilesView *profiles = m_window->profilesView();
    QVERIFY(m_window->showView(u"profiles"_s));
    const DeploymentProfile &profile = profileOtherThan(m_profiles.constFirst().displayName);
    QVERIFY(profiles->selectProfile(profile.id));
    auto *assign = profiles->findChild<QAction *>(u"actionAssignToDevices"_s);
    QVERIFY(assign && assign->isEnabled());
    assign->trigger();

    AssignProfileDialog *dialog = picker();
    QVERIFY(dialog);
    QCOMPARE(dialog->profileId(), profile.id);
    QVERIFY(!dialog->findChild<QComboBox *>(u"profileCombo"_s)->isEnabled()); // fixed: opened from the profile
    const AutopilotDeviceModel *model = m_window->devicesView()->model();
    const QStringList serials{model->row(0).serialNumber, model->row(1).serialNumber, model->row(2).serialNumber};
    QVERIFY(dialog->addSerials(serials + QStringList{u"NO-SUCH-SERIAL"_s}) == QStringList{u"NO-SUCH-SERIAL"_s});
    QCOMPARE(dialog->chosenCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pendingReads(), 0, 15'000);

    // No: nothing is sent and the picker stays.
    const int callsBefore = m_env->requestsMatching(u"/assign$"_s);
    AssignProfileDialog::setNextConfirmAnswer(false);
    dialog->findChild<QPushButton *>(u"assignButton"_s)->click();
    QVERIFY(dialog->lastConfirmation().heading.contains(profile.displayName));
    QVERIFY(dialog->isVisible());
    QTest::qWait(200);
    QCOMPARE(m_env->requestsMatching(u"/assign$"_s), callsBefore);
    QVERIFY(!m_window->findChild<ProfileAssignResultsDialog *>());
    dialog->reject();
}

void TestProfileAssignFlow::showInDevicesViewJumps()
{
    DeploymentProfilesView *profiles = m_window->profilesView();
    QVERIFY(m_window->showView(u"profiles"_s));
    // A profile with devices.
    DeploymentProfileModel *profileModel = profiles->model();
    QString profileId;
    for (int row = 0; row < profileModel->rowCount() && profileId.isEmpty(); ++row)
        if (profileModel->assignedCount(row).value_or(0) > 0)
            profileId = profileModel->profile(row).id;
    QVERIFY(!profileId.isEmpty());
    QVERIFY(profiles->selectProfile(profileId));
    profiles->tabs()->setCurrentIndex(DeploymentProfilesView::AssignedDevicesTab);
    AutopilotDevicesView *assigned = profiles->assignedDevicesView();
    QCOMPARE(assigned->profileId(), profileId);
    QTRY_COMPARE_WITH_TIMEOUT(assigned->loader()->state(), DeviceLoader::State::Ready, 15'000);
    QVERIFY(assigned->model()->rowCount() > 0);
    const QString deviceId = assigned->model()->deviceId(assigned->model()->rowCount() - 1);
    QVERIFY(assigned->showDevice(deviceId));
    saveScreenshot(*m_window, u"profiles-assigned-devices.png"_s);
    profiles->tabs()->setCurrentIndex(DeploymentProfilesView::SettingsTab);
    saveScreenshot(*m_window, u"profiles-settings.png"_s);
    profiles->tabs()->setCurrentIndex(DeploymentProfilesView::AssignedDevicesTab);

    auto *jump = assigned->findChild<QAction *>(u"actionShowInDevicesView"_s);
    QVERIFY(jump && jump->isEnabled());
    jump->trigger();
    QCOMPARE(m_window->currentViewKey(), u"devices"_s);
    AutopilotDevicesView *devices = m_window->devicesView();
    const QModelIndex current = devices->table()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(devices->selectedDeviceIds(), QStringList{deviceId});
}

QTEST_MAIN(TestProfileAssignFlow)
#include "tst_ProfileAssignFlow.moc"
