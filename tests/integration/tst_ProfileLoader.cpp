// ProfileLoader (issue 6 point 1) against the emulator over loopback and, for exact failures, the
// fake network: all eight profiles, assignments read through $batch, group names resolved with one
// getByIds per 1,000 ids (a group the directory lacks shown as deleted, never dropped), assigned
// devices counted per profile over every page, a recount after an assignment, and every failure
// a state with a sentence: no read permission (the list fails), no directory permission (names
// fail, the rest loads), 5xx faults (retried to a complete load), single items failing in a batch.
#include "ConfigurationFixtures.h"
#include "FakeGraphEnvironment.h"
#include "GraphTestEnvironment.h"
#include "emulator/GraphEmulator.h"
#include "emulator/RequestLog.h"
#include "models/DeploymentProfileModel.h"
#include "models/ProfileLoader.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;
using Answer = FakeGraphNetwork::Answer;
using M = DeploymentProfileModel;
using FakeRig = FakeLoaderRig<M, ProfileLoader>;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
const QString profilesPath = u"/beta/deviceManagement/windowsAutopilotDeploymentProfiles"_s;

QString cell(const M &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class TestProfileLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsProfilesAssignmentsNamesAndCounts();
    void deletedGroupIsKept();
    void recountAfterAssignment();
    void listWithoutReadPermissionFails();
    void namesWithoutDirectoryPermissionShowIds();
    void serverErrorsAreRetriedToACompleteLoad();
    void singleFailuresStayInTheirCells();
    void groupIdsGoInChunksOf1000();
    void cancelAndReloadIgnoreEarlierAnswers();

private:
    struct Rig : LoaderRig<M, ProfileLoader>
    {
        explicit Rig(emu::EmulatorOptions options, const QStringList &scopes = {})
            : LoaderRig(std::move(options), quickRetries(), scopes)
        { }
        // The emulator's truth, read directly: every page of a profile's assignedDevices.
        qint64 assignedDevices(const QString &profileId)
        {
            qint64 n = 0;
            QString next = profilesPath + u'/' + profileId + u"/assignedDevices"_s;
            while (!next.isEmpty()) {
                const HttpResult page = env.fixture().get(next);
                if (page.status != 200)
                    return -1;
                n += page.value().size();
                next = page.json().value(u"@odata.nextLink"_s).toString();
            }
            return n;
        }
        // "Sales laptops; Excluded: Kiosk test", built from the emulator's assignments and groups.
        QString expectedAssignments(const QString &profileId)
        {
            return expectedAssignmentsText(
                    env.fixture(), env.fixture().get(profilesPath + u'/' + profileId + u"/assignments"_s).value());
        }
    };
};

void TestProfileLoader::loadsProfilesAssignmentsNamesAndCounts()
{
    emu::EmulatorOptions options = EmulatorFixture::smallTenant();
    options.devices = 16'000; // about 1,200 devices a profile: counting crosses a page
    Rig rig(options);
    QVERIFY(rig.env.fixture().started());
    QAbstractItemModelTester tester(&rig.model, fatal);
    QSignalSpy states(&rig.loader, &ProfileLoader::stateChanged);

    rig.loader.load();
    QCOMPARE(rig.loader.state(), ProfileLoader::State::Loading);
    QVERIFY(rig.waitFor(ProfileLoader::State::Ready));
    QCOMPARE(states.size(), 2); // Loading, Ready

    QCOMPARE(rig.model.rowCount(), 8);
    QVERIFY(!rig.loader.assignmentsError());
    QVERIFY(!rig.loader.groupNamesError());
    QVERIFY(!rig.loader.countError());
    QCOMPARE(rig.loader.countsPending(), 0);
    QCOMPARE(rig.loader.countsTotal(), 8);
    QVERIFY(rig.loader.lastLoaded().isValid());

    // What the loader asked (before the test reads the truth itself): the assignments through one
    // $batch, never one call per profile; the names in one getByIds; one assignedDevices list per
    // profile (and its next pages); no per-device calls.
    QCOMPARE(rig.env.requestsMatching(u"/\\$batch$"_s), 1);
    QCOMPARE(rig.env.requestsMatching(u"/directoryObjects/getByIds$"_s), 1);
    QCOMPARE(rig.env.requestsMatching(u"windowsAutopilotDeviceIdentities/[^/]+"_s), 0);
    int firstPages = 0;
    int nextPages = 0;
    for (const auto &entry : rig.env.log().entries()) {
        if (!entry.path.endsWith(u"/assignedDevices"_s))
            continue;
        (entry.query.contains(u"skiptoken"_s) ? nextPages : firstPages) += 1;
    }
    QCOMPARE(firstPages, 8);
    QVERIFY(nextPages >= 1);

    int hybrid = 0;
    bool sawSecondPage = false;
    bool sawExclusion = false;
    for (int row = 0; row < rig.model.rowCount(); ++row) {
        const DeploymentProfile &p = rig.model.profile(row);
        const qint64 truth = rig.assignedDevices(p.id);
        QVERIFY(truth >= 0);
        QCOMPARE(rig.model.assignedCount(row).value_or(-1), truth);
        sawSecondPage = sawSecondPage || truth > 1000;
        const QString expected = rig.expectedAssignments(p.id);
        QCOMPARE(cell(rig.model, row, M::GroupAssignmentsColumn), expected);
        sawExclusion = sawExclusion || expected.contains(u"Excluded: "_s);
        QVERIFY(!expected.contains(u"Deleted group"_s));
        if (p.isHybridJoin()) {
            ++hybrid;
            QCOMPARE(cell(rig.model, row, M::JoinTypeColumn), u"Microsoft Entra hybrid join"_s);
        }
    }
    QCOMPARE(hybrid, 2);
    QVERIFY(sawSecondPage);
    QVERIFY(sawExclusion);
}

void TestProfileLoader::deletedGroupIsKept()
{
    Rig rig(EmulatorFixture::smallTenant());
    QVERIFY(rig.env.fixture().started());
    const QString gone = u"0badc0de-0000-4000-8000-00000000dead"_s;
    QString profileId;
    rig.env.fixture().host().runOnEmulatorThread([&gone, &profileId](emu::GraphEmulator &emulator) {
        emu::DeploymentProfile &profile = emulator.tenant().profiles.first();
        profileId = profile.id;
        emu::Assignment a;
        a.id = profile.id + u'_' + gone;
        a.target.odataType = u"#microsoft.graph.exclusionGroupAssignmentTarget"_s;
        a.target.groupId = gone;
        profile.assignments.append(a);
    });
    rig.loader.load();
    QVERIFY(rig.waitFor(ProfileLoader::State::Ready));
    const int row = rig.model.rowOfId(profileId);
    QVERIFY(row >= 0);
    const QString text = cell(rig.model, row, M::GroupAssignmentsColumn);
    QVERIFY2(text.endsWith(u"Excluded: Deleted group (%1)"_s.arg(gone)), qPrintable(text));
    QCOMPARE(text, rig.expectedAssignments(profileId));
    QVERIFY(!text.startsWith(u"Deleted"_s)); // the real groups keep their names
    QVERIFY(!rig.loader.groupNamesError());
}

void TestProfileLoader::recountAfterAssignment()
{
    Rig rig(EmulatorFixture::smallTenant());
    QVERIFY(rig.env.fixture().started());
    rig.loader.load();
    QVERIFY(rig.waitFor(ProfileLoader::State::Ready));
    const DeploymentProfile target = rig.model.profile(0);
    const qint64 before = rig.model.assignedCount(0).value_or(-1);
    QCOMPARE(before, rig.assignedDevices(target.id));

    // Three devices that have no deployment profile get this one.
    QStringList ids;
    const HttpResult devices = rig.env.fixture().get(u"/beta/deviceManagement/windowsAutopilotDeviceIdentities"_s);
    for (const QJsonValue &value : devices.value()) {
        const QString id = value.toObject().value(u"id"_s).toString();
        if (rig.env.fixture()
                    .get(u"/beta/deviceManagement/windowsAutopilotDeviceIdentities/%1/deploymentProfile"_s.arg(id))
                    .status
            == 404)
            ids.append(id);
        if (ids.size() == 3)
            break;
    }
    QCOMPARE(ids.size(), 3);
    const HttpResult assign =
            rig.env.fixture().postJson(profilesPath + u'/' + target.id + u"/assign"_s,
                                       QJsonObject{{u"deviceIds"_s, QJsonArray::fromStringList(ids)}});
    QCOMPARE(assign.status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(rig.assignedDevices(target.id), before + 3, 10'000); // pending → assigned

    QSignalSpy counted(&rig.loader, &ProfileLoader::countFinished);
    rig.loader.recount(target.id);
    QCOMPARE(cell(rig.model, 0, M::AssignedDevicesColumn), u"…"_s);
    QCOMPARE(rig.loader.countsPending(), 1);
    QCOMPARE(rig.loader.state(), ProfileLoader::State::Ready); // a recount is not a reload
    QTRY_COMPARE_WITH_TIMEOUT(counted.size(), 1, 10'000);
    QCOMPARE(counted.at(0).at(0).toString(), target.id);
    QCOMPARE(rig.model.assignedCount(0).value_or(-1), before + 3);
    // Only that profile was counted again.
    QCOMPARE(rig.model.assignedCount(1).value_or(-1), rig.assignedDevices(rig.model.profile(1).id));

    // A recount asked twice at once counts once (the first is replaced).
    counted.clear();
    rig.loader.recount(target.id);
    rig.loader.recount(target.id);
    QCOMPARE(rig.loader.countsPending(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(counted.size(), 1, 10'000);
    QTest::qWait(100);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(rig.model.assignedCount(0).value_or(-1), before + 3);

    // A profile the table does not have is ignored.
    rig.loader.recount(u"no-such-profile"_s);
    QCOMPARE(rig.loader.countsPending(), 0);
}

void TestProfileLoader::listWithoutReadPermissionFails()
{
    Rig rig(EmulatorFixture::smallTenant(), {u"Directory.Read.All"_s});
    QVERIFY(rig.env.fixture().started());
    rig.loader.load();
    QVERIFY(rig.waitFor(ProfileLoader::State::Failed));
    QCOMPARE(rig.loader.error().httpStatus, 403);
    QVERIFY(!rig.loader.error().summary().isEmpty());
    QVERIFY(!rig.loader.error().requestId.isEmpty());
    QCOMPARE(rig.model.rowCount(), 0);
    QCOMPARE(rig.loader.countsPending(), 0);
    // Nothing was asked after the list failed.
    QCOMPARE(rig.env.requestsMatching(u"/assignedDevices$"_s), 0);
    QCOMPARE(rig.env.requestsMatching(u"/\\$batch$"_s), 0);
}

void TestProfileLoader::namesWithoutDirectoryPermissionShowIds()
{
    Rig rig(EmulatorFixture::smallTenant(), {u"DeviceManagementServiceConfig.Read.All"_s});
    QVERIFY(rig.env.fixture().started());
    rig.loader.load();
    QVERIFY(rig.waitFor(ProfileLoader::State::Ready));
    QCOMPARE(rig.model.rowCount(), 8);
    QVERIFY(rig.loader.groupNamesError());
    QCOMPARE(rig.loader.groupNamesError()->httpStatus, 403);
    QVERIFY(!rig.loader.assignmentsError());
    QVERIFY(!rig.loader.countError());
    int groupRows = 0;
    for (int row = 0; row < rig.model.rowCount(); ++row) {
        QVERIFY(rig.model.assignedCount(row)); // counted all the same
        const QString text = cell(rig.model, row, M::GroupAssignmentsColumn);
        QVERIFY2(text != u"…"_s && text != u"—"_s, qPrintable(text));
        if (text.contains(u"Group "_s)) {
            ++groupRows;
            QVERIFY(cell(rig.model, row, M::GroupAssignmentsColumn, Qt::ToolTipRole)
                            .contains(u"Group names could not be read: "_s));
        }
    }
    QVERIFY(groupRows >= 6); // every profile but the all-devices one targets groups
}

void TestProfileLoader::serverErrorsAreRetriedToACompleteLoad()
{
    // The truth from a clean emulator of the same seed (the same tenant).
    QHash<QString, qint64> truth;
    {
        Rig clean(EmulatorFixture::smallTenant());
        QVERIFY(clean.env.fixture().started());
        for (const QJsonValue &value : clean.env.fixture().get(profilesPath).value()) {
            const QString id = value.toObject().value(u"id"_s).toString();
            truth.insert(id, clean.assignedDevices(id));
        }
    }
    QCOMPARE(truth.size(), 8);
    emu::EmulatorOptions options = EmulatorFixture::smallTenant();
    options.faults = emu::FaultProfile::ServerErrors; // 10 % 500/502/503/504
    Rig rig(options);
    QVERIFY(rig.env.fixture().started());
    // Several loads, so some answers surely failed and were retried.
    for (int run = 0; run < 3; ++run) {
        rig.loader.load();
        QVERIFY(rig.waitFor(ProfileLoader::State::Ready));
        QCOMPARE(rig.model.rowCount(), 8);
        for (int row = 0; row < rig.model.rowCount(); ++row) {
            QCOMPARE(rig.model.assignedCount(row).value_or(-1), truth.value(rig.model.profile(row).id));
            const QString groups = cell(rig.model, row, M::GroupAssignmentsColumn);
            QVERIFY2(groups != u"—"_s && groups != u"…"_s && !groups.contains(u"Group "_s), qPrintable(groups));
        }
    }
    int faults = 0;
    for (const auto &entry : rig.env.log().entries())
        if (entry.status >= 500)
            ++faults;
    QVERIFY2(faults > 0, "no fault was injected: the test proves nothing");
}

void TestProfileLoader::singleFailuresStayInTheirCells()
{
    FakeRig rig;
    FakeGraphNetwork &network = rig.network;
    const M &model = rig.model;
    ProfileLoader &loader = rig.loader;
    const QString sales = u"11111111-0000-4000-8000-000000000001"_s;
    const QString gone = u"33333333-0000-4000-8000-000000000003"_s;
    network.setHandler([&](const FakeGraphNetwork::Exchange &e) {
        const QString path = e.url.path();
        if (path.endsWith(u"/windowsAutopilotDeploymentProfiles"_s)) {
            QJsonArray values;
            for (const QString &id : {u"p1"_s, u"p2"_s, u"p3"_s})
                values.append(
                        QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.azureADWindowsAutopilotDeploymentProfile"_s},
                                    {u"id"_s, id},
                                    {u"displayName"_s, QString(u"Profile "_s + id)}});
            return Answer::json(200, QJsonDocument(QJsonObject{{u"value"_s, values}}).toJson());
        }
        if (path.endsWith(u"/$batch"_s)) {
            QJsonArray responses;
            for (const QJsonValue &v : QJsonDocument::fromJson(e.body).object().value(u"requests"_s).toArray()) {
                const QJsonObject r = v.toObject();
                const QString url = r.value(u"url"_s).toString();
                QJsonObject answer{{u"id"_s, r.value(u"id"_s)}};
                if (url.contains(u"/p1/"_s)) {
                    answer.insert(u"status"_s, 200);
                    answer.insert(u"body"_s,
                                  QJsonObject{{u"value"_s,
                                               QJsonArray{QJsonObject{{u"id"_s, u"a1"_s},
                                                                      {u"target"_s,
                                                                       QJsonObject{{u"@odata.type"_s,
                                                                                    u"#microsoft.graph."
                                                                                    "groupAssignmentTarget"_s},
                                                                                   {u"groupId"_s, sales}}}},
                                                          QJsonObject{{u"id"_s, u"a2"_s},
                                                                      {u"target"_s,
                                                                       QJsonObject{{u"@odata.type"_s,
                                                                                    u"#microsoft.graph."
                                                                                    "groupAssignmentTarget"_s},
                                                                                   {u"groupId"_s, gone}}}}}}});
                } else if (url.contains(u"/p2/"_s)) {
                    answer.insert(u"status"_s, 404);
                    answer.insert(
                            u"body"_s,
                            QJsonObject{{u"error"_s,
                                         QJsonObject{{u"code"_s, u"ResourceNotFound"_s}, {u"message"_s, u"Gone."_s}}}});
                } else {
                    answer.insert(u"status"_s, 200);
                    answer.insert(u"body"_s, QJsonObject{{u"value"_s, QJsonArray()}});
                }
                responses.append(answer);
            }
            return Answer::json(200, QJsonDocument(QJsonObject{{u"responses"_s, responses}}).toJson());
        }
        if (path.endsWith(u"/directoryObjects/getByIds"_s)) {
            const QJsonArray values{QJsonObject{
                    {u"@odata.type"_s, u"#microsoft.graph.group"_s}, {u"id"_s, sales}, {u"displayName"_s, u"Sales"_s}}};
            return Answer::json(200, QJsonDocument(QJsonObject{{u"value"_s, values}}).toJson());
        }
        if (path.endsWith(u"/p1/assignedDevices"_s)) {
            const QJsonArray values{QJsonObject{{u"id"_s, u"d1"_s}}, QJsonObject{{u"id"_s, u"d2"_s}}};
            return Answer::json(200, QJsonDocument(QJsonObject{{u"value"_s, values}}).toJson());
        }
        if (path.endsWith(u"/p2/assignedDevices"_s)) // not a Graph collection
            return Answer::json(200, R"({"items": []})");
        if (path.endsWith(u"/p3/assignedDevices"_s))
            return Answer::json(403, R"({"error":{"code":"Forbidden","message":"Not allowed."}})");
        return Answer::json(404, R"({"error":{"code":"NotFound","message":"?"}})");
    });

    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), ProfileLoader::State::Ready, 10'000);
    QCOMPARE(model.rowCount(), 3);
    const int p1 = model.rowOfId(u"p1"_s);
    const int p2 = model.rowOfId(u"p2"_s);
    const int p3 = model.rowOfId(u"p3"_s);
    QCOMPARE(cell(model, p1, M::GroupAssignmentsColumn), u"Sales; Deleted group (%1)"_s.arg(gone));
    QCOMPARE(cell(model, p1, M::AssignedDevicesColumn), u"2"_s);
    QCOMPARE(cell(model, p2, M::GroupAssignmentsColumn), u"—"_s);
    QVERIFY(cell(model, p2, M::GroupAssignmentsColumn, Qt::ToolTipRole)
                    .startsWith(u"The assignments could not be read"_s));
    QCOMPARE(cell(model, p2, M::AssignedDevicesColumn), u"—"_s);
    QCOMPARE(cell(model, p3, M::GroupAssignmentsColumn), u"Not assigned"_s);
    QCOMPARE(cell(model, p3, M::AssignedDevicesColumn), u"—"_s);
    QVERIFY(cell(model, p3, M::AssignedDevicesColumn, Qt::ToolTipRole)
                    .startsWith(u"The assigned devices could not be counted: "_s));
    QVERIFY(loader.assignmentsError());
    QCOMPARE(loader.assignmentsError()->httpStatus, 404);
    QVERIFY(loader.countError());
    QVERIFY(!loader.groupNamesError());
    QCOMPARE(loader.error().httpStatus, 0); // the load itself did not fail
}

void TestProfileLoader::groupIdsGoInChunksOf1000()
{
    FakeRig rig;
    FakeGraphNetwork &network = rig.network;
    const M &model = rig.model;
    ProfileLoader &loader = rig.loader;
    const auto groupId = [](int n) { return u"%1-0000-4000-8000-000000000000"_s.arg(n, 8, 10, QLatin1Char('0')); };
    QList<int> lookupSizes;
    network.setHandler([&](const FakeGraphNetwork::Exchange &e) {
        const QString path = e.url.path();
        if (path.endsWith(u"/windowsAutopilotDeploymentProfiles"_s))
            return Answer::json(200, R"({"value":[{"id":"p1","displayName":"Many groups"}]})");
        if (path.endsWith(u"/$batch"_s)) {
            const QJsonObject r =
                    QJsonDocument::fromJson(e.body).object().value(u"requests"_s).toArray().first().toObject();
            QJsonArray assignments;
            for (int n = 0; n < 1200; ++n)
                assignments.append(
                        QJsonObject{{u"id"_s, u"a%1"_s.arg(n)},
                                    {u"target"_s,
                                     QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.groupAssignmentTarget"_s},
                                                 {u"groupId"_s, groupId(n)}}}});
            const QJsonObject answer{{u"id"_s, r.value(u"id"_s)},
                                     {u"status"_s, 200},
                                     {u"body"_s, QJsonObject{{u"value"_s, assignments}}}};
            return Answer::json(200, QJsonDocument(QJsonObject{{u"responses"_s, QJsonArray{answer}}}).toJson());
        }
        if (path.endsWith(u"/directoryObjects/getByIds"_s)) {
            const QJsonArray ids = QJsonDocument::fromJson(e.body).object().value(u"ids"_s).toArray();
            lookupSizes.append(int(ids.size()));
            QJsonArray values;
            for (const QJsonValue &id : ids)
                values.append(QJsonObject{{u"id"_s, id}, {u"displayName"_s, QString(u"G "_s + id.toString().left(8))}});
            return Answer::json(200, QJsonDocument(QJsonObject{{u"value"_s, values}}).toJson());
        }
        if (path.endsWith(u"/assignedDevices"_s))
            return Answer::json(200, R"({"value":[]})");
        return Answer::json(404, R"({"error":{"code":"NotFound","message":"?"}})");
    });
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), ProfileLoader::State::Ready, 10'000);
    std::sort(lookupSizes.begin(), lookupSizes.end());
    QCOMPARE(lookupSizes, QList<int>({200, 1000}));
    const QString text = cell(model, 0, M::GroupAssignmentsColumn);
    QVERIFY(text.startsWith(u"G 00000000; G 00000001; "_s));
    QVERIFY(text.endsWith(u"G 00001199"_s));
    QVERIFY(!text.contains(u"Deleted"_s));
}

void TestProfileLoader::cancelAndReloadIgnoreEarlierAnswers()
{
    emu::EmulatorOptions options = EmulatorFixture::smallTenant();
    options.latencyMinMs = 100;
    options.latencyMaxMs = 150;
    Rig rig(options);
    QVERIFY(rig.env.fixture().started());
    QAbstractItemModelTester tester(&rig.model, fatal);

    // Cancelled while counting: what was not read says so, nothing stays "…".
    rig.loader.load();
    QTRY_VERIFY_WITH_TIMEOUT(rig.model.rowCount() == 8, 10'000);
    rig.loader.cancel();
    QCOMPARE(rig.loader.state(), ProfileLoader::State::Cancelled);
    QCOMPARE(rig.loader.countsPending(), 0);
    QTest::qWait(400); // answers still on the way must not change the table
    for (int row = 0; row < rig.model.rowCount(); ++row) {
        QVERIFY(cell(rig.model, row, M::AssignedDevicesColumn) != u"…"_s);
        QVERIFY(cell(rig.model, row, M::GroupAssignmentsColumn) != u"…"_s);
    }
    const bool someNotRead = [&rig] {
        for (int row = 0; row < rig.model.rowCount(); ++row)
            if (cell(rig.model, row, M::AssignedDevicesColumn, Qt::ToolTipRole).contains(u"cancelled"_s))
                return true;
        return false;
    }();
    QVERIFY(someNotRead);

    // Two loads in a row: the first one's answers are ignored, the second completes.
    QSignalSpy counted(&rig.loader, &ProfileLoader::countFinished);
    rig.loader.load();
    rig.loader.load();
    QVERIFY(rig.waitFor(ProfileLoader::State::Ready));
    QCOMPARE(counted.size(), 8);
    for (int row = 0; row < rig.model.rowCount(); ++row)
        QCOMPARE(rig.model.assignedCount(row).value_or(-1), rig.assignedDevices(rig.model.profile(row).id));
}

QTEST_GUILESS_MAIN(TestProfileLoader)
#include "tst_ProfileLoader.moc"
