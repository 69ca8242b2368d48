// ConfigurationLoader (issue 7 point 1) against the emulator over loopback and, for exact edge
// cases, the fake network: every configuration of the demo tenant with its assignments in one
// listing ($expand=assignments), the group names in one getByIds, a group the directory lacks shown
// as deleted (never dropped), no read permission a failed load, no directory permission a per-cell
// failure, 5xx faults retried to a complete load, assignments read one by one when the listing
// did not carry them (a failure staying in its row), names of new groups after a row was replaced,
// and cancel / reload ignoring earlier answers.
#include "ConfigurationFixtures.h"
#include "FakeGraphEnvironment.h"
#include "GraphTestEnvironment.h"
#include "emulator/GraphEmulator.h"
#include "emulator/RequestLog.h"
#include "models/ConfigurationLoader.h"
#include "models/EnrollmentConfigurationModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;
using Answer = FakeGraphNetwork::Answer;
using M = EnrollmentConfigurationModel;
using State = ConfigurationLoader::State;
using FakeRig = FakeLoaderRig<M, ConfigurationLoader>;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
const QString gone = u"0badc0de-0000-4000-8000-00000000dead"_s;
const QString sales = u"11111111-0000-4000-8000-000000000001"_s;

QString cell(const M &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

QJsonObject groupAssignment(const QString &id, const QString &groupId, bool exclusion = false)
{
    return QJsonObject{{u"id"_s, id}, {u"target"_s, groupTarget(groupId, exclusion)}};
}

// A device limit configuration as the fake network lists it, with these assignments (none:
// without `assignments`, as when the listing did not expand them).
QJsonObject limitJson(const QString &id, const QString &name, int priority, int limit,
                      const std::optional<QJsonArray> &assignments = std::nullopt)
{
    QJsonObject json{{u"@odata.type"_s, limitType},
                     {u"id"_s, id},
                     {u"displayName"_s, name},
                     {u"priority"_s, priority},
                     {u"limit"_s, limit}};
    if (assignments)
        json.insert(u"assignments"_s, *assignments);
    return json;
}

// A page of a Graph collection: {"value": [...]}.
Answer collection(const QJsonArray &values)
{
    return Answer::json(200, QJsonDocument(QJsonObject{{u"value"_s, values}}).toJson(QJsonDocument::Compact));
}

// getByIds' answer: the group `sales` is "Sales".
Answer salesNamed()
{
    return collection({QJsonObject{
            {u"@odata.type"_s, u"#microsoft.graph.group"_s}, {u"id"_s, sales}, {u"displayName"_s, u"Sales"_s}}});
}

Answer notFound()
{
    return Answer::json(404, R"({"error":{"code":"NotFound","message":"?"}})");
}

Answer noAnswer()
{
    Answer hang;
    hang.hang = true;
    return hang;
}

struct Rig : LoaderRig<M, ConfigurationLoader>
{
    explicit Rig(emu::EmulatorOptions options = EmulatorFixture::smallTenant(), const QStringList &scopes = {})
        : LoaderRig(std::move(options), quickRetries(), scopes)
    { }

    // The emulator's truth, read directly: every configuration with its assignments.
    QJsonArray served() { return env.fixture().get(configurationsPath + u"?$expand=assignments"_s).value(); }

    // "Sales; Excluded: Kiosks", built from the emulator's assignments and groups.
    QString expectedAssignments(const QJsonObject &configuration)
    {
        if (configuration.value(u"priority"_s).toInt() == 0)
            return u"All users and all devices"_s;
        return expectedAssignmentsText(env.fixture(), configuration.value(u"assignments"_s).toArray());
    }
};

} // namespace

class TestConfigurationLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsEveryConfigurationWithAssignments();
    void deletedGroupIsKept();
    void listWithoutReadPermissionFails();
    void namesWithoutDirectoryPermissionFailPerCell();
    void serverErrorsAreRetriedToACompleteLoad();
    void persistentFailureKeepsTheRowsReadBefore();
    void assignmentsNotInTheListAreReadPerConfiguration();
    void namesOfNewGroupsAfterAReplace();
    void cancelLeavesNothingPending();
    void reloadIgnoresEarlierAnswers();
};

void TestConfigurationLoader::loadsEveryConfigurationWithAssignments()
{
    Rig rig;
    QVERIFY(rig.env.fixture().started());
    QAbstractItemModelTester tester(&rig.model, fatal);
    QSignalSpy states(&rig.loader, &ConfigurationLoader::stateChanged);
    QCOMPARE(rig.loader.state(), State::Idle);
    rig.loader.load();
    QCOMPARE(rig.loader.state(), State::Loading);
    QVERIFY(rig.waitFor(State::Ready));
    QCOMPARE(states.size(), 2); // Loading, Ready
    QVERIFY(!rig.loader.assignmentsError());
    QVERIFY(!rig.loader.groupNamesError());
    QVERIFY(!rig.loader.isResolvingNames());
    QVERIFY(rig.loader.lastLoaded().isValid());

    // What the loader asked, before the test reads the truth itself: one listing with the
    // assignments expanded, one getByIds for every group, no per-configuration reads.
    QCOMPARE(rig.env.requestsMatching(u"/deviceEnrollmentConfigurations$"_s, "GET"), 1);
    QCOMPARE(rig.env.requestsMatching(u"/assignments$"_s), 0);
    QCOMPARE(rig.env.requestsMatching(u"/directoryObjects/getByIds$"_s), 1);
    bool expanded = false;
    for (const auto &entry : rig.env.log().entries())
        if (entry.path.endsWith(u"/deviceEnrollmentConfigurations"_s))
            expanded = entry.query.contains(u"expand=assignments"_s);
    QVERIFY(expanded);

    const QJsonArray served = rig.served();
    QCOMPARE(served.size(), 14); // five defaults, nine customs
    QCOMPARE(rig.model.rowCount(), int(served.size()));
    int defaults = 0;
    int groupTargets = 0;
    bool sawExclusion = false;
    bool sawCollection = false;
    for (const QJsonValue &value : served) {
        const QJsonObject truth = value.toObject();
        const QString id = truth.value(u"id"_s).toString();
        const int row = rig.model.rowOfId(id);
        QVERIFY2(row >= 0, qPrintable(id));
        const EnrollmentConfiguration &c = rig.model.configuration(row);
        QCOMPARE(c.displayName, truth.value(u"displayName"_s).toString());
        QCOMPARE(c.priority, truth.value(u"priority"_s).toInt());
        QVERIFY2(!cell(rig.model, row, M::TypeColumn).startsWith(u"Other"_s), qPrintable(id));
        if (c.isDefault)
            ++defaults;
        const QString expected = rig.expectedAssignments(truth);
        QCOMPARE(cell(rig.model, row, M::AssignmentsColumn), expected);
        QVERIFY(!expected.contains(u"Deleted group"_s));
        sawExclusion = sawExclusion || expected.contains(u"Excluded: "_s);
        sawCollection = sawCollection || expected.contains(u"Configuration Manager collection P0100023"_s);
        for (const QJsonValue &a : truth.value(u"assignments"_s).toArray())
            if (a.toObject().value(u"target"_s).toObject().contains(u"groupId"_s))
                ++groupTargets;
    }
    QCOMPARE(defaults, 5);
    QVERIFY(groupTargets >= 10);
    QVERIFY(sawExclusion);
    QVERIFY(sawCollection);
    // Device limits first, customs by priority, the default last.
    QCOMPARE(cell(rig.model, 0, M::TypeColumn), u"Device limit"_s);
    QCOMPARE(cell(rig.model, 0, M::PriorityColumn), u"1"_s);
    QCOMPARE(cell(rig.model, 3, M::PriorityColumn), u"Default"_s);
    QCOMPARE(cell(rig.model, 3, M::LimitColumn), u"5"_s);
}

void TestConfigurationLoader::deletedGroupIsKept()
{
    Rig rig;
    QVERIFY(rig.env.fixture().started());
    QString configurationId;
    rig.env.fixture().host().runOnEmulatorThread([&configurationId](emu::GraphEmulator &emulator) {
        for (emu::EnrollmentConfiguration &c : emulator.tenant().configurations) {
            if (c.isDefault)
                continue;
            configurationId = c.id;
            emu::Assignment a;
            a.id = c.id + u'_' + gone;
            a.target.odataType = u"#microsoft.graph.exclusionGroupAssignmentTarget"_s;
            a.target.groupId = gone;
            c.assignments.append(a);
            return;
        }
    });
    QVERIFY(!configurationId.isEmpty());
    rig.loader.load();
    QVERIFY(rig.waitFor(State::Ready));
    const int row = rig.model.rowOfId(configurationId);
    QVERIFY(row >= 0);
    const QString text = cell(rig.model, row, M::AssignmentsColumn);
    QVERIFY2(text.endsWith(u"Excluded: Deleted group (%1)"_s.arg(gone)), qPrintable(text));
    QVERIFY(!text.startsWith(u"Deleted"_s)); // the real groups keep their names
    QVERIFY(cell(rig.model, row, M::AssignmentsColumn, Qt::ToolTipRole)
                    .contains(u"Excluded: Deleted group (%1)"_s.arg(gone)));
    QVERIFY(rig.model.targetNames().isDeleted(gone));
    QVERIFY(!rig.loader.groupNamesError());
    QCOMPARE(rig.env.requestsMatching(u"/directoryObjects/getByIds$"_s), 1);
}

void TestConfigurationLoader::listWithoutReadPermissionFails()
{
    Rig rig(EmulatorFixture::smallTenant(), {u"Directory.Read.All"_s});
    QVERIFY(rig.env.fixture().started());
    rig.loader.load();
    QVERIFY(rig.waitFor(State::Failed));
    QCOMPARE(rig.loader.error().httpStatus, 403);
    QVERIFY(rig.loader.error().summary().contains(u"DeviceManagementServiceConfig.Read.All"_s));
    QVERIFY(!rig.loader.error().requestId.isEmpty());
    QCOMPARE(rig.model.rowCount(), 0);
    // Nothing was asked after the list failed.
    QCOMPARE(rig.env.requestsMatching(u"/directoryObjects/getByIds$"_s), 0);
    QCOMPARE(rig.env.requestsMatching(u"/assignments$"_s), 0);
}

void TestConfigurationLoader::namesWithoutDirectoryPermissionFailPerCell()
{
    Rig rig(EmulatorFixture::smallTenant(), {u"DeviceManagementServiceConfig.Read.All"_s});
    QVERIFY(rig.env.fixture().started());
    rig.loader.load();
    QVERIFY(rig.waitFor(State::Ready));
    QCOMPARE(rig.model.rowCount(), 14);
    QVERIFY(rig.loader.groupNamesError());
    QCOMPARE(rig.loader.groupNamesError()->httpStatus, 403);
    QVERIFY(rig.loader.groupNamesError()->summary().contains(u"Directory.Read.All"_s));
    QVERIFY(!rig.loader.assignmentsError());
    int groupRows = 0;
    for (int row = 0; row < rig.model.rowCount(); ++row) {
        const QString text = cell(rig.model, row, M::AssignmentsColumn);
        QVERIFY2(text != u"…"_s && text != u"—"_s, qPrintable(text));
        if (text.contains(u"Group "_s)) {
            ++groupRows;
            QVERIFY(cell(rig.model, row, M::AssignmentsColumn, Qt::ToolTipRole)
                            .contains(u"Group names could not be read: "_s));
        }
    }
    QCOMPARE(groupRows, 9); // every custom targets groups
}

void TestConfigurationLoader::serverErrorsAreRetriedToACompleteLoad()
{
    QHash<QString, QString> truth;
    {
        Rig clean;
        QVERIFY(clean.env.fixture().started());
        for (const QJsonValue &value : clean.served())
            truth.insert(value.toObject().value(u"id"_s).toString(), clean.expectedAssignments(value.toObject()));
    }
    QCOMPARE(truth.size(), 14);
    emu::EmulatorOptions options = EmulatorFixture::smallTenant();
    options.faults = emu::FaultProfile::ServerErrors; // 10 % 500/502/503/504
    Rig rig(options);
    QVERIFY(rig.env.fixture().started());
    const auto faults = [&rig] {
        int n = 0;
        for (const auto &entry : rig.env.log().entries())
            n += entry.status >= 500 ? 1 : 0;
        return n;
    };
    // Loads until some answers surely failed and were retried (the faults are seeded: the same
    // runs every time), at least three.
    for (int run = 0; run < 40 && (run < 3 || faults() == 0); ++run) {
        rig.loader.load();
        QVERIFY(rig.waitFor(State::Ready));
        QCOMPARE(rig.model.rowCount(), 14);
        for (int row = 0; row < rig.model.rowCount(); ++row)
            QCOMPARE(cell(rig.model, row, M::AssignmentsColumn), truth.value(rig.model.configuration(row).id));
    }
    QVERIFY2(faults() > 0, "no fault was injected: the test proves nothing");
}

void TestConfigurationLoader::persistentFailureKeepsTheRowsReadBefore()
{
    FakeRig rig;
    QAbstractItemModelTester tester(&rig.model, fatal);
    enum class Mode { Good, Unavailable, Malformed } mode = Mode::Good;
    int listCalls = 0;
    rig.network.setHandler([&](const FakeGraphNetwork::Exchange &e) {
        if (!e.url.path().endsWith(u"/deviceEnrollmentConfigurations"_s))
            return notFound();
        ++listCalls;
        switch (mode) {
        case Mode::Good:
            break;
        case Mode::Unavailable:
            return Answer::json(503, R"({"error":{"code":"ServiceUnavailable","message":"Try later."}})");
        case Mode::Malformed:
            return Answer::json(200, R"({"value": [ {"id": "c1", )");
        }
        return collection({limitJson(u"c1"_s, u"Limit"_s, 1, 3, QJsonArray())});
    });
    rig.loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(rig.loader.state(), State::Ready, 10'000);
    QCOMPARE(rig.model.rowCount(), 1);
    QCOMPARE(cell(rig.model, 0, M::AssignmentsColumn), u"Not assigned"_s);

    // 503 on every try: retried, then a clear failure; the rows read before stay.
    mode = Mode::Unavailable;
    listCalls = 0;
    rig.loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(rig.loader.state(), State::Failed, 20'000);
    QVERIFY2(listCalls > 1, "a 503 is retried");
    QCOMPARE(rig.loader.error().httpStatus, 503);
    QVERIFY(rig.loader.error().summary().contains(u"503"_s));
    QCOMPARE(rig.model.rowCount(), 1);
    QCOMPARE(rig.model.configuration(0).id, u"c1"_s);

    // Malformed JSON: a failure that says so, the rows stay.
    mode = Mode::Malformed;
    rig.loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(rig.loader.state(), State::Failed, 20'000);
    QCOMPARE(rig.loader.error().kind, GraphError::Kind::InvalidResponse);
    QVERIFY(!rig.loader.error().summary().isEmpty());
    QCOMPARE(rig.model.rowCount(), 1);
}

void TestConfigurationLoader::assignmentsNotInTheListAreReadPerConfiguration()
{
    FakeRig rig;
    QAbstractItemModelTester tester(&rig.model, fatal);
    rig.network.setHandler([&](const FakeGraphNetwork::Exchange &e) {
        const QString path = e.url.path();
        if (path.endsWith(u"/deviceEnrollmentConfigurations"_s)) {
            QJsonArray values{limitJson(u"t_DefaultLimit"_s, u"All users and all devices"_s, 0, 5)};
            for (const QString &id : {u"c1"_s, u"c2"_s, u"c3"_s})
                values.append(limitJson(id, u"Limit "_s + id, id.back().digitValue(), 3));
            return collection(values);
        }
        if (path.endsWith(u"/c1/assignments"_s))
            return collection({groupAssignment(u"a1"_s, sales), groupAssignment(u"a2"_s, gone, true)});
        if (path.endsWith(u"/c2/assignments"_s))
            return Answer::json(404, R"({"error":{"code":"ResourceNotFound","message":"Gone."}})");
        if (path.endsWith(u"/c3/assignments"_s)) // not a Graph collection
            return Answer::json(200, R"({"items": []})");
        if (path.endsWith(u"/directoryObjects/getByIds"_s))
            return salesNamed();
        return notFound();
    });

    rig.loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(rig.loader.state(), State::Ready, 10'000);
    const M &model = rig.model;
    QCOMPARE(model.rowCount(), 4);
    const int c1 = model.rowOfId(u"c1"_s);
    const int c2 = model.rowOfId(u"c2"_s);
    const int c3 = model.rowOfId(u"c3"_s);
    QCOMPARE(cell(model, c1, M::AssignmentsColumn), u"Sales; Excluded: Deleted group (%1)"_s.arg(gone));
    QCOMPARE(cell(model, c2, M::AssignmentsColumn), u"—"_s);
    QVERIFY(cell(model, c2, M::AssignmentsColumn, Qt::ToolTipRole)
                    .startsWith(u"The assignments could not be read: "_s));
    QCOMPARE(cell(model, c3, M::AssignmentsColumn), u"—"_s);
    QCOMPARE(cell(model, model.rowOfId(u"t_DefaultLimit"_s), M::AssignmentsColumn), u"All users and all devices"_s);
    QVERIFY(rig.loader.assignmentsError());
    QCOMPARE(rig.loader.assignmentsError()->httpStatus, 404);
    QVERIFY(!rig.loader.groupNamesError());
    // One read per custom, none for the default; the names once, after the assignments.
    int assignmentReads = 0;
    int lookups = 0;
    for (const auto &exchange : rig.network.exchanges()) {
        const QString path = exchange.url.path();
        QVERIFY(!path.contains(u"_DefaultLimit/assignments"_s));
        assignmentReads += path.endsWith(u"/assignments"_s) ? 1 : 0;
        if (path.endsWith(u"/getByIds"_s)) {
            ++lookups;
            const QJsonArray ids = QJsonDocument::fromJson(exchange.body).object().value(u"ids"_s).toArray();
            QCOMPARE(ids.size(), 2);
        }
    }
    QCOMPARE(assignmentReads, 3);
    QCOMPARE(lookups, 1);
}

void TestConfigurationLoader::namesOfNewGroupsAfterAReplace()
{
    Rig rig;
    QVERIFY(rig.env.fixture().started());
    rig.loader.load();
    QVERIFY(rig.waitFor(State::Ready));
    QCOMPARE(rig.env.requestsMatching(u"/directoryObjects/getByIds$"_s), 1);
    // A group no configuration targets yet.
    const QStringList known = rig.model.assignedGroupIds();
    QString newId;
    QString newName;
    rig.env.fixture().host().runOnEmulatorThread([&](emu::GraphEmulator &emulator) {
        for (const emu::Group &g : emulator.tenant().groups) {
            if (!known.contains(g.id)) {
                newId = g.id;
                newName = g.displayName;
                return;
            }
        }
    });
    QVERIFY(!newId.isEmpty());
    int row = -1;
    for (int r = 0; r < rig.model.rowCount() && row < 0; ++r)
        if (!rig.model.configuration(r).isDefault)
            row = r;
    EnrollmentConfiguration updated = rig.model.configuration(row);
    const QString before = cell(rig.model, row, M::AssignmentsColumn);
    updated.assignments.append(Assignment::fromJson(groupAssignment(u"new"_s, newId)));
    QVERIFY(rig.model.replaceConfiguration(updated));
    QCOMPARE(cell(rig.model, row, M::AssignmentsColumn), u"…"_s);
    rig.loader.resolveUnknownGroups();
    QVERIFY(rig.loader.isResolvingNames());
    QCOMPARE(rig.loader.state(), State::Ready); // not a reload
    QTRY_VERIFY_WITH_TIMEOUT(!rig.loader.isResolvingNames(), 10'000);
    const QString after = cell(rig.model, row, M::AssignmentsColumn);
    QVERIFY2(after.contains(newName), qPrintable(after));
    QVERIFY(after.startsWith(before.section(u"; Excluded"_s, 0, 0)));
    QCOMPARE(rig.env.requestsMatching(u"/directoryObjects/getByIds$"_s), 2);
    // Only the new id was asked for.
    const auto entries = rig.env.log().entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (!it->path.endsWith(u"/getByIds"_s))
            continue;
        QCOMPARE(QJsonDocument::fromJson(it->body).object().value(u"ids"_s).toArray(), QJsonArray{newId});
        break;
    }
    // Nothing unknown: nothing asked.
    rig.loader.resolveUnknownGroups();
    QVERIFY(!rig.loader.isResolvingNames());
    QTest::qWait(50);
    QCOMPARE(rig.env.requestsMatching(u"/directoryObjects/getByIds$"_s), 2);
}

void TestConfigurationLoader::cancelLeavesNothingPending()
{
    FakeRig rig;
    QAbstractItemModelTester tester(&rig.model, fatal);
    ConfigurationLoader &loader = rig.loader;
    const M &model = rig.model;
    const QJsonObject c1 = limitJson(u"c1"_s, u"Limit"_s, 1, 3, QJsonArray{groupAssignment(u"a1"_s, sales)});
    bool namesHang = true;
    rig.network.setHandler([&](const FakeGraphNetwork::Exchange &e) {
        const QString path = e.url.path();
        if (path.endsWith(u"/deviceEnrollmentConfigurations"_s))
            return collection(
                    {c1, limitJson(u"c2"_s, u"Limit 2"_s, 2, 4)}); // c2 without its assignments: read on its own
        if (path.endsWith(u"/assignments"_s) || (path.endsWith(u"/getByIds"_s) && namesHang))
            return noAnswer();
        if (path.endsWith(u"/getByIds"_s))
            return salesNamed();
        return notFound();
    });

    // Cancelled while c2's assignments are read: that row says it was not read.
    loader.load();
    QTRY_VERIFY_WITH_TIMEOUT(loader.isReadingAssignments(), 10'000);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 1, M::AssignmentsColumn), u"…"_s);
    QSignalSpy states(&loader, &ConfigurationLoader::stateChanged);
    loader.cancel();
    QCOMPARE(loader.state(), State::Cancelled);
    QCOMPARE(states.size(), 1);
    QVERIFY(!loader.isReadingAssignments());
    QCOMPARE(cell(model, 1, M::AssignmentsColumn), u"—"_s);
    QCOMPARE(cell(model, 1, M::AssignmentsColumn, Qt::ToolTipRole),
             u"The assignments could not be read: Not read: loading was cancelled."_s);
    QTRY_COMPARE_WITH_TIMEOUT(rig.network.inFlight(), 0, 5'000); // the hanging read was aborted
    loader.cancel(); // nothing running: nothing happens
    QCOMPARE(states.size(), 1);

    // c1's names were not read either: its group shows by id, with the reason.
    QCOMPARE(cell(model, 0, M::AssignmentsColumn), u"Group %1"_s.arg(sales));
    QVERIFY(cell(model, 0, M::AssignmentsColumn, Qt::ToolTipRole)
                    .contains(u"Group names could not be read: Not read: loading was cancelled."_s));

    // Only c1 now; cancelled while the names are read: the ids stay, with the reason.
    rig.network.setHandler([&](const FakeGraphNetwork::Exchange &e) {
        const QString path = e.url.path();
        if (path.endsWith(u"/deviceEnrollmentConfigurations"_s))
            return collection({c1});
        if (path.endsWith(u"/getByIds"_s) && namesHang)
            return noAnswer();
        return salesNamed();
    });
    loader.load();
    QTRY_VERIFY_WITH_TIMEOUT(loader.isResolvingNames(), 10'000);
    QCOMPARE(cell(model, 0, M::AssignmentsColumn), u"…"_s);
    loader.cancel();
    QCOMPARE(loader.state(), State::Cancelled);
    QVERIFY(!loader.isResolvingNames());
    QCOMPARE(cell(model, 0, M::AssignmentsColumn), u"Group %1"_s.arg(sales));
    QVERIFY(cell(model, 0, M::AssignmentsColumn, Qt::ToolTipRole)
                    .contains(u"Group names could not be read: Not read: loading was cancelled."_s));

    // Loaded again, it completes.
    namesHang = false;
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(loader.state(), State::Ready, 10'000);
    QCOMPARE(cell(model, 0, M::AssignmentsColumn), u"Sales"_s);
}

void TestConfigurationLoader::reloadIgnoresEarlierAnswers()
{
    Rig rig;
    QVERIFY(rig.env.fixture().started());
    QAbstractItemModelTester tester(&rig.model, fatal);
    QSignalSpy states(&rig.loader, &ConfigurationLoader::stateChanged);
    QSignalSpy resets(&rig.model, &QAbstractItemModel::modelReset);
    rig.loader.load();
    rig.loader.load(); // the first listing is abandoned
    rig.loader.reload();
    QVERIFY(rig.waitFor(State::Ready));
    QTest::qWait(200); // anything late from the abandoned loads would arrive now
    QCOMPARE(states.size(), 2); // Loading once, Ready once
    QCOMPARE(resets.size(), 1); // only the last listing reached the model
    QCOMPARE(rig.model.rowCount(), 14);
    QSet<QString> ids;
    for (int row = 0; row < rig.model.rowCount(); ++row)
        ids.insert(rig.model.configuration(row).id);
    QCOMPARE(ids.size(), 14);
    QCOMPARE(rig.loader.state(), State::Ready);
}

QTEST_GUILESS_MAIN(TestConfigurationLoader)
#include "tst_ConfigurationLoader.moc"
