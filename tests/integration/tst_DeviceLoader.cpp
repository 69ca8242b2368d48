// DeviceLoader against the emulator over loopback (issue 5 point 2): rows page by page with a
// count, the assigned-profile column from one assignedDevices list per profile (never one call
// per device), a refresh that keeps the rows until the new ones are complete, cancel, failure.
#include "GraphTestEnvironment.h"
#include "emulator/RequestLog.h"
#include "models/AutopilotDeviceModel.h"
#include "models/DeviceLoader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

class TestDeviceLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsPagesCountAndProfiles();
    void refreshKeepsRowsUntilComplete();
    void cancelKeepsWhatWasLoaded();
    void failureIsAStateWithASentence();

private:
    struct Rig : LoaderRig<AutopilotDeviceModel, DeviceLoader>
    {
        explicit Rig(emu::EmulatorOptions options, const QStringList &scopes = {})
            : LoaderRig(std::move(options), clientOptions(), scopes)
        { }
        static GraphClientOptions clientOptions()
        {
            GraphClientOptions o;
            o.backoffBaseMs = 50;
            o.backoffMaxMs = 200;
            return o;
        }
    };
    static emu::EmulatorOptions tenant(int devices)
    {
        emu::EmulatorOptions o = EmulatorFixture::smallTenant();
        o.devices = devices;
        return o;
    }
};

void TestDeviceLoader::loadsPagesCountAndProfiles()
{
    Rig rig(tenant(2500));
    QVERIFY(rig.env.fixture().started());
    QAbstractItemModelTester tester(&rig.model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy progress(&rig.loader, &DeviceLoader::progress);
    QList<int> rowCountsSeen;
    connect(&rig.model, &QAbstractItemModel::rowsInserted, this,
            [&rig, &rowCountsSeen] { rowCountsSeen.append(rig.model.rowCount()); });

    rig.loader.load();
    QCOMPARE(rig.loader.state(), DeviceLoader::State::Loading);
    QVERIFY(rig.waitFor(DeviceLoader::State::Ready));

    QCOMPARE(rig.model.rowCount(), 2500);
    QCOMPARE(rig.loader.loaded(), 2500);
    QCOMPARE(rig.loader.expected(), 2500);
    // Page by page: 1,000 + 1,000 + 500, each its own insert.
    QCOMPARE(rowCountsSeen, QList<int>({1000, 2000, 2500}));
    QVERIFY(rig.loader.firstRowsMs() >= 0 && rig.loader.firstRowsMs() <= rig.loader.elapsedMs());
    // The count arrived (from $count) before the end: some progress named ~2,500.
    const bool countSeen = std::any_of(progress.cbegin(), progress.cend(),
                                       [](const QList<QVariant> &args) { return args.at(1).toLongLong() == 2500; });
    QVERIFY(countSeen);
    QCOMPARE(rig.env.requestsMatching(u"windowsAutopilotDeviceIdentities/\\$count$"_s), 1);

    // The assigned-profile column: one assignedDevices list per profile, no per-device call.
    const int profiles = static_cast<int>(
            rig.env.fixture().get(u"/beta/deviceManagement/windowsAutopilotDeploymentProfiles"_s).value().size());
    QVERIFY(profiles >= 2);
    QTRY_COMPARE_WITH_TIMEOUT(rig.env.requestsMatching(u"windowsAutopilotDeploymentProfiles/[^/]+/assignedDevices$"_s),
                              profiles, 10'000);
    QCOMPARE(rig.env.requestsMatching(u"windowsAutopilotDeviceIdentities/[^/$]+$"_s), 0);
    QCOMPARE(rig.env.requestsMatching(u"windowsAutopilotDeviceIdentities/[^/]+/deploymentProfile$"_s), 0);

    // The names match what Graph says each device's deployment profile is.
    QTest::qWait(200); // the last assignedDevices pages map on a worker thread
    int checkedAssigned = 0;
    int checkedNone = 0;
    for (int row = 0; row < rig.model.rowCount() && (checkedAssigned < 5 || checkedNone < 3); ++row) {
        const QString id = rig.model.deviceId(row);
        const HttpResult profile = rig.env.fixture().get(
                u"/beta/deviceManagement/windowsAutopilotDeviceIdentities/%1/deploymentProfile"_s.arg(id));
        const QString shown =
                rig.model.data(rig.model.index(row, AutopilotDeviceModel::AssignedProfileColumn)).toString();
        if (profile.status == 200 && checkedAssigned < 5) {
            QCOMPARE(shown, profile.json().value(u"displayName"_s).toString());
            ++checkedAssigned;
        } else if (profile.status == 404 && checkedNone < 3) {
            QCOMPARE(shown, QString());
            ++checkedNone;
        }
    }
    QCOMPARE(checkedAssigned, 5);
    QCOMPARE(checkedNone, 3);
}

void TestDeviceLoader::refreshKeepsRowsUntilComplete()
{
    emu::EmulatorOptions options = tenant(2500);
    Rig rig(options);
    QVERIFY(rig.env.fixture().started());
    QAbstractItemModelTester tester(&rig.model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    rig.loader.load();
    QVERIFY(rig.waitFor(DeviceLoader::State::Ready));
    const QString firstId = rig.model.deviceId(0);

    // Block one device on the server; the refresh must pick the change up.
    int blockedBefore = 0;
    for (int row = 0; row < rig.model.rowCount(); ++row)
        if (rig.model.row(row).userlessStatus == AutopilotDevice::UserlessEnrollmentStatus::Blocked)
            ++blockedBefore;
    int row = 0;
    while (rig.model.row(row).userlessStatus != AutopilotDevice::UserlessEnrollmentStatus::Blocked)
        ++row;
    const QString unblocked = rig.model.deviceId(row);
    QCOMPARE(rig.env.fixture()
                     .postJson(u"/beta/deviceManagement/windowsAutopilotDeviceIdentities/%1/allowNextEnrollment"_s.arg(
                                       unblocked),
                               {})
                     .status,
             204);

    QSignalSpy about(&rig.loader, &DeviceLoader::aboutToReplace);
    QSignalSpy replaced(&rig.loader, &DeviceLoader::replaced);
    int smallestDuringRefresh = rig.model.rowCount();
    connect(&rig.loader, &DeviceLoader::progress, this,
            [&] { smallestDuringRefresh = std::min(smallestDuringRefresh, rig.model.rowCount()); });
    rig.loader.load();
    QVERIFY(rig.loader.isRefreshing());
    QVERIFY(rig.waitFor(DeviceLoader::State::Ready));
    QCOMPARE(smallestDuringRefresh, 2500); // the old rows stayed until the swap
    QCOMPARE(about.size(), 1);
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(rig.model.rowCount(), 2500);
    QCOMPARE(rig.model.deviceId(0), firstId);
    const int refreshedRow = rig.model.rowOfId(unblocked);
    QVERIFY(refreshedRow >= 0);
    QCOMPARE(rig.model.row(refreshedRow).userlessStatus, AutopilotDevice::UserlessEnrollmentStatus::Allowed);
    int blockedAfter = 0;
    for (int r = 0; r < rig.model.rowCount(); ++r)
        if (rig.model.row(r).userlessStatus == AutopilotDevice::UserlessEnrollmentStatus::Blocked)
            ++blockedAfter;
    QCOMPARE(blockedAfter, blockedBefore - 1);
}

void TestDeviceLoader::cancelKeepsWhatWasLoaded()
{
    emu::EmulatorOptions options = tenant(5000);
    options.latencyMinMs = 300; // each page takes a while: time to cancel after the first
    options.latencyMaxMs = 300;
    Rig rig(options);
    QVERIFY(rig.env.fixture().started());
    rig.loader.load();
    QTRY_VERIFY_WITH_TIMEOUT(rig.model.rowCount() >= 1000, 15'000);
    rig.loader.cancel();
    QCOMPARE(rig.loader.state(), DeviceLoader::State::Cancelled);
    const int kept = rig.model.rowCount();
    QVERIFY(kept >= 1000 && kept < 5000);
    const int pageRequests = rig.env.requestsMatching(u"windowsAutopilotDeviceIdentities$"_s);
    QTest::qWait(1000);
    // Nothing more arrives or is asked for.
    QCOMPARE(rig.model.rowCount(), kept);
    QVERIFY(rig.env.requestsMatching(u"windowsAutopilotDeviceIdentities$"_s) <= pageRequests);

    // Loading again (a refresh, since rows are there) completes.
    rig.loader.load();
    QVERIFY(rig.waitFor(DeviceLoader::State::Ready));
    QCOMPARE(rig.model.rowCount(), 5000);
}

void TestDeviceLoader::failureIsAStateWithASentence()
{
    // A token without any Intune permission: Graph answers 403.
    Rig rig(tenant(300), {u"User.Read"_s});
    QVERIFY(rig.env.fixture().started());
    rig.loader.load();
    QVERIFY(rig.waitFor(DeviceLoader::State::Failed));
    QCOMPARE(rig.loader.error().httpStatus, 403);
    QVERIFY(!rig.loader.error().summary().isEmpty());
    QVERIFY(!rig.loader.error().requestId.isEmpty());
    QCOMPARE(rig.model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestDeviceLoader)
#include "tst_DeviceLoader.moc"
