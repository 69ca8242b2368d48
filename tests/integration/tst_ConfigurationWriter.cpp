// ConfigurationWriter (issue 7 points 3, 5, 6, 7) against the emulator over loopback and, for
// exact answers, the fake network: the limit PATCH body is exactly @odata.type + limit and the
// emulator's entity changes once (limit, version + 1, last modified); 0 and 16 are refused before
// anything is sent, 1 and 15 are accepted; non-limit configurations are refused; assign posts the
// complete set (three targets plus one leaves four) and re-reads; setPriority reorders the family
// and re-reads; a read-only token's 403 names the permission; 5xx faults are retried without
// duplicate writes; 429 is waited out; a 204 or an unreadable 200 is read again; cancelling before
// sending sends nothing, after sending leaves the real outcome to the journal; every write is
// journalled with its before and after values and its outcome.
#include "ConfigurationFixtures.h"
#include "FakeGraphEnvironment.h"
#include "GraphTestEnvironment.h"
#include "emulator/RequestLog.h"
#include "models/ConfigurationWriter.h"
#include "models/TargetNames.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <memory>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;
using Answer = FakeGraphNetwork::Answer;
using Change = ConfigurationWriter::Change;
using Outcome = ActivityEntry::Outcome;

namespace {

// What the writer said, in order.
struct Recorder
{
    explicit Recorder(ConfigurationWriter &writer)
    {
        QObject::connect(&writer, &ConfigurationWriter::started, &writer,
                         [this](Change change) { started.append(change); });
        QObject::connect(&writer, &ConfigurationWriter::succeeded, &writer,
                         [this](Change change, const EnrollmentConfiguration &c) {
                             changes.append(change);
                             succeeded.append(c);
                         });
        QObject::connect(&writer, &ConfigurationWriter::failed, &writer, [this](Change change, const GraphError &e) {
            changes.append(change);
            failed.append(e);
        });
    }
    int answers() const { return static_cast<int>(succeeded.size() + failed.size()); }

    QList<Change> started;
    QList<Change> changes;
    QList<EnrollmentConfiguration> succeeded;
    QList<GraphError> failed;
};

// "groupAssignmentTarget:<id>" per assignment, as the emulator holds them.
QSet<QString> emulatorTargets(EmulatorFixture &fixture, const QString &id)
{
    QSet<QString> set;
    for (const QJsonValue &a : fixture.get(configurationsPath + u'/' + id + u"/assignments"_s).value()) {
        const QJsonObject target = a.toObject().value(u"target"_s).toObject();
        set.insert(target.value(u"@odata.type"_s).toString().section(u'.', -1) + u':'
                   + target.value(u"groupId"_s).toString() + target.value(u"collectionId"_s).toString());
    }
    return set;
}

QSet<QString> targetsOf(const QList<Assignment> &assignments)
{
    QSet<QString> set;
    for (const Assignment &a : assignments)
        set.insert(GraphEnum::wireName(a.target.kind) + u':' + a.target.groupId + a.target.collectionId);
    return set;
}

// The bodies of the requests to paths matching the pattern with this method, in order.
QList<QJsonObject> bodiesOf(GraphTestEnvironment &env, const QString &pathPattern, const QByteArray &method)
{
    const QRegularExpression pattern(pathPattern);
    QList<QJsonObject> bodies;
    for (const emu::RequestLogEntry &entry : env.log().entries())
        if (entry.method == method && pattern.match(entry.path).hasMatch())
            bodies.append(QJsonDocument::fromJson(entry.body).object());
    return bodies;
}

Assignment assignmentOf(const AssignmentTarget &target)
{
    Assignment a;
    a.target = target;
    return a;
}

Answer noContent()
{
    Answer a;
    a.status = 204;
    return a;
}

// The writer on the fake network's Graph stack, and what it said.
struct FakeRig : FakeGraphEnvironment
{
    explicit FakeRig(GraphClientOptions options = quickRetries())
        : FakeGraphEnvironment(std::move(options))
        , writer(intune, &journal, u"contoso.onmicrosoft.com"_s)
        , recorder(writer)
    { }

    ConfigurationWriter writer;
    Recorder recorder;
    EnrollmentConfiguration configuration = EnrollmentConfiguration::fromJson(fakeLimitJson(5, 3));
};

} // namespace

class TestConfigurationWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patchSendsOnlyLimitAndType();
    void limitBoundaries_data();
    void limitBoundaries();
    void defaultLimitCanBeEdited();
    void nonLimitConfigurationsAreRefused_data();
    void nonLimitConfigurationsAreRefused();
    void assignAddsOneGroupToThreeTargets();
    void assignRefusesNonsense();
    void setPriorityReordersAndRereads();
    void setPriorityRefusesNonsense();
    void readOnlyTokenNamesThePermission();
    void serverErrorsAreRetriedWithoutDuplicateWrites();
    void throttlingIsWaitedOut();
    void throttlingThatDoesNotEndFails();
    void patch204IsReadAgain();
    void unreadableAnswerOfAcceptedWriteIsReadAgain();
    void rereadFailureStillSucceeds();
    void httpErrorsFailWithGraphsMessage_data();
    void httpErrorsFailWithGraphsMessage();
    void cancelBeforeSendingSendsNothing();
    void cancelAfterSendingLeavesTheOutcomeToTheJournal();
    void busyWriterRefusesASecondWrite();
};

void TestConfigurationWriter::patchSendsOnlyLimitAndType()
{
    GraphTestEnvironment env({.client = quickRetries()});
    QVERIFY(env.fixture().started());
    const EnrollmentConfiguration before = configurationNamed(env.fixture(), demo.executives);
    QCOMPARE(before.limit.value_or(-1), 10);
    QVERIFY(!before.assignments.isEmpty());
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);

    ConfigurationWriter writer(env.intune(), env.journal(), env.tenant());
    Recorder recorder(writer);
    const int firstRow = env.activity().rowCount();
    QVERIFY(writer.updateLimit(before, 12));
    QVERIFY(writer.isBusy());
    QCOMPARE(recorder.started, QList<Change>{Change::Limit});
    // The intent is on record before the answer.
    QCOMPARE(env.activity().rowCount(), firstRow + 1);
    QCOMPARE(env.activity().entry(firstRow).outcome, Outcome::Pending);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.answers(), 1, 30'000);
    QVERIFY(!writer.isBusy());
    QCOMPARE(recorder.failed.size(), 0);
    QCOMPARE(recorder.changes, QList<Change>{Change::Limit});
    QVERIFY(!writer.rereadError());

    // Exactly the subtype and the limit, nothing else.
    const QList<QJsonObject> patches = bodiesOf(env, u"deviceEnrollmentConfigurations/"_s + before.id, "PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.first(), (QJsonObject{{u"@odata.type"_s, limitType}, {u"limit"_s, 12}}));
    QCOMPARE(env.log().writes(u"patchConfiguration:"_s + before.id), 1);

    // The 200 carried the entity: no second read was needed (the one GET is the test's own).
    QCOMPARE(env.requestsMatching(u"deviceEnrollmentConfigurations/"_s + before.id + u'$', "GET"), 1);

    // The emulator's entity changed once, and succeeded() carries what the server answered.
    const QJsonObject server = configurationJson(env.fixture(), before.id);
    QCOMPARE(server.value(u"limit"_s).toInt(), 12);
    QCOMPARE(server.value(u"version"_s).toInt(), before.version + 1);
    const QDateTime modified =
            QDateTime::fromString(server.value(u"lastModifiedDateTime"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(modified >= start);
    const EnrollmentConfiguration &after = recorder.succeeded.first();
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.limit.value_or(-1), 12);
    QCOMPARE(after.version, before.version + 1);
    QCOMPARE(after.lastModifiedDateTime, modified);
    QCOMPARE(after.displayName, before.displayName);
    // PATCH does not answer assignments: the caller's are kept.
    QCOMPARE(targetsOf(after.assignments), targetsOf(before.assignments));
    QVERIFY(after.assignmentsExpanded);

    // The journal: action, target, before → after, outcome, ids.
    QCOMPARE(env.activity().rowCount(), firstRow + 1);
    const ActivityEntry &entry = env.activity().entry(firstRow);
    QCOMPARE(entry.action, u"Edit device limit"_s);
    QCOMPARE(entry.target, before.displayName);
    QCOMPARE(entry.targetId, before.id);
    QCOMPARE(entry.tenant, env.tenant());
    QCOMPARE(entry.detail, u"Device limit 10 → 12"_s);
    QCOMPARE(entry.outcome, Outcome::Succeeded);
    const QList<emu::RequestLogEntry> log = env.log().entries();
    const auto patch =
            std::find_if(log.begin(), log.end(), [](const emu::RequestLogEntry &e) { return e.method == "PATCH"; });
    QVERIFY(patch != log.end());
    QVERIFY(!entry.requestId.isEmpty());
    QCOMPARE(entry.requestId, patch->requestId);
    QCOMPARE(entry.clientRequestId, patch->clientRequestId);
}

void TestConfigurationWriter::limitBoundaries_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("0") << 0 << false;
    QTest::newRow("1") << 1 << true;
    QTest::newRow("15") << 15 << true;
    QTest::newRow("16") << 16 << false;
    QTest::newRow("-1") << -1 << false;
    QTest::newRow("1000") << 1000 << false;
}

void TestConfigurationWriter::limitBoundaries()
{
    QFETCH(int, limit);
    QFETCH(bool, accepted);
    GraphTestEnvironment env({.client = quickRetries()});
    const EnrollmentConfiguration before = configurationNamed(env.fixture(), demo.contractors);
    QCOMPARE(before.limit.value_or(-1), 2);
    ConfigurationWriter writer(env.intune(), env.journal(), env.tenant());
    Recorder recorder(writer);

    QCOMPARE(writer.updateLimit(before, limit), accepted);
    if (!accepted) {
        // Refused locally: nothing started, journalled or sent.
        QVERIFY(!writer.isBusy());
        QVERIFY(recorder.started.isEmpty());
        QCOMPARE(env.activity().rowCount(), 0);
        QTest::qWait(100);
        QCOMPARE(env.requestsMatching(u"deviceEnrollmentConfigurations"_s, "PATCH"), 0);
        QCOMPARE(recorder.answers(), 0);
        QCOMPARE(configurationJson(env.fixture(), before.id).value(u"limit"_s).toInt(), 2);
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(recorder.answers(), 1, 30'000);
    QVERIFY2(recorder.failed.isEmpty(), qPrintable(recorder.failed.value(0).summary()));
    QCOMPARE(recorder.succeeded.first().limit.value_or(-1), limit);
    QCOMPARE(configurationJson(env.fixture(), before.id).value(u"limit"_s).toInt(), limit);
    QCOMPARE(env.log().writes(u"patchConfiguration:"_s + before.id), 1);
    QCOMPARE(env.activity().entry(0).detail, u"Device limit 2 → %1"_s.arg(limit));
}

void TestConfigurationWriter::defaultLimitCanBeEdited()
{
    GraphTestEnvironment env({.client = quickRetries()});
    const QString id = env.fixture().host().options().tenantId + u"_DefaultLimit"_s;
    const EnrollmentConfiguration before = configurationWithId(env.fixture(), id);
    QVERIFY(before.isDefault);
    QCOMPARE(before.limit.value_or(-1), 5);
    ConfigurationWriter writer(env.intune(), env.journal(), env.tenant());
    Recorder recorder(writer);
    QVERIFY(writer.updateLimit(before, 6));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.answers(), 1, 30'000);
    QVERIFY2(recorder.failed.isEmpty(), qPrintable(recorder.failed.value(0).summary()));
    QCOMPARE(configurationJson(env.fixture(), id).value(u"limit"_s).toInt(), 6);
    QCOMPARE(recorder.succeeded.first().priority, 0);
    QVERIFY(recorder.succeeded.first().isDefault);
}

void TestConfigurationWriter::nonLimitConfigurationsAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("ESP") << demo.kioskEsp;
    QTest::newRow("WHfB") << demo.helloFinance;
    QTest::newRow("single platform restriction") << demo.windowsOnly;
    QTest::newRow("co-management") << demo.comanagement;
    QTest::newRow("unknown subtype") << QString();
}

void TestConfigurationWriter::nonLimitConfigurationsAreRefused()
{
    QFETCH(QString, name);
    GraphTestEnvironment env({.client = quickRetries()});
    EnrollmentConfiguration configuration;
    if (name.isEmpty()) {
        // A subtype the app does not know, even with a `limit` property, is never PATCHed as a limit.
        configuration = EnrollmentConfiguration::fromJson(
                QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.someFutureConfiguration"_s},
                            {u"id"_s, u"x_Future"_s},
                            {u"priority"_s, 1},
                            {u"limit"_s, 3}});
        QCOMPARE(configuration.kind, EnrollmentConfiguration::Kind::Other);
    } else {
        configuration = configurationNamed(env.fixture(), name);
        QVERIFY(!configuration.id.isEmpty());
    }
    ConfigurationWriter writer(env.intune(), env.journal(), env.tenant());
    Recorder recorder(writer);
    QVERIFY(!writer.updateLimit(configuration, 5));
    QVERIFY(!writer.isBusy());
    QTest::qWait(100);
    QCOMPARE(env.requestsMatching(u"deviceEnrollmentConfigurations"_s, "PATCH"), 0);
    QCOMPARE(env.activity().rowCount(), 0);
    QVERIFY(recorder.started.isEmpty());
}

void TestConfigurationWriter::assignAddsOneGroupToThreeTargets()
{
    GraphTestEnvironment env({.client = quickRetries()});
    EmulatorFixture &fixture = env.fixture();
    const QString id = configurationNamed(fixture, demo.executives).id;
    const QString executives = groupId(fixture, u"Intune - Executives"_s);
    const QString pilot = groupId(fixture, u"Intune - Pilot Users"_s);
    const QString contractors = groupId(fixture, u"Intune - Contractors"_s);
    // Any fourth group the directory has.
    QString fourth;
    for (const QJsonValue &g : fixture.get(u"/v1.0/groups?$select=id"_s).value()) {
        const QString gid = g.toObject().value(u"id"_s).toString();
        if (gid != executives && gid != pilot && gid != contractors) {
            fourth = gid;
            break;
        }
    }
    QVERIFY(!executives.isEmpty() && !pilot.isEmpty() && !contractors.isEmpty() && !fourth.isEmpty());

    // Three targets to start from, set directly on the emulator.
    const HttpResult setUp =
            fixture.postJson(configurationsPath + u'/' + id + u"/assign"_s,
                             assignBody({groupTarget(executives), groupTarget(pilot), groupTarget(contractors, true)}));
    QCOMPARE(setUp.status, 204);
    const EnrollmentConfiguration before = configurationWithId(fixture, id);
    QCOMPARE(before.assignments.size(), 3);
    const int writesBefore = env.log().writes(u"assignConfiguration:"_s + id);

    QList<Assignment> wanted = before.assignments;
    wanted.append(assignmentOf(AssignmentTarget::group(fourth)));
    ConfigurationWriter writer(env.intune(), env.journal(), env.tenant());
    Recorder recorder(writer);
    QVERIFY(writer.assign(before, wanted,
                          u"Intune - Executives; Intune - Pilot Users; Excluded: Intune - Contractors"_s,
                          u"Intune - Executives; Intune - Pilot Users; Fourth; Excluded: Intune - Contractors"_s));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.answers(), 1, 30'000);
    QVERIFY2(recorder.failed.isEmpty(), qPrintable(recorder.failed.value(0).summary()));
    QCOMPARE(recorder.changes, QList<Change>{Change::Assignments});

    // The emulator's state: all four, none lost.
    const QSet<QString> expected{u"groupAssignmentTarget:"_s + executives, u"groupAssignmentTarget:"_s + pilot,
                                 u"exclusionGroupAssignmentTarget:"_s + contractors,
                                 u"groupAssignmentTarget:"_s + fourth};
    QCOMPARE(emulatorTargets(fixture, id), expected);
    QCOMPARE(env.log().writes(u"assignConfiguration:"_s + id), writesBefore + 1);

    // One POST with the complete set, each item typed as an enrollment configuration assignment.
    const QList<QJsonObject> posts = bodiesOf(env, u"deviceEnrollmentConfigurations/"_s + id + u"/assign$"_s, "POST");
    QCOMPARE(posts.size(), 2); // the set-up's and the writer's
    const QJsonArray items = posts.last().value(u"enrollmentConfigurationAssignments"_s).toArray();
    QCOMPARE(items.size(), 4);
    for (const QJsonValue &item : items)
        QCOMPARE(item.toObject().value(u"@odata.type"_s).toString(),
                 u"#microsoft.graph.enrollmentConfigurationAssignment"_s);
    QCOMPARE(posts.last().keys(), QStringList{u"enrollmentConfigurationAssignments"_s});

    // Re-read after the write: succeeded() carries the server's assignments (with its ids).
    const EnrollmentConfiguration &after = recorder.succeeded.first();
    QVERIFY(!writer.rereadError());
    QVERIFY(after.assignmentsExpanded);
    QCOMPARE(targetsOf(after.assignments),
             (QSet<QString>{u"groupAssignmentTarget:"_s + executives, u"groupAssignmentTarget:"_s + pilot,
                            u"exclusionGroupAssignmentTarget:"_s + contractors, u"groupAssignmentTarget:"_s + fourth}));
    for (const Assignment &a : after.assignments)
        QVERIFY2(a.id.startsWith(id + u'_'), qPrintable(a.id));
    QVERIFY(env.requestsMatching(u"deviceEnrollmentConfigurations/"_s + id + u'$', "GET") >= 2);

    const ActivityEntry &entry = env.activity().entry(0);
    QCOMPARE(entry.action, u"Change assignments"_s);
    QCOMPARE(entry.target, before.displayName);
    QCOMPARE(entry.targetId, id);
    QCOMPARE(entry.detail,
             u"Before: Intune - Executives; Intune - Pilot Users; Excluded: Intune - Contractors. "
             "After: Intune - Executives; Intune - Pilot Users; Fourth; Excluded: Intune - Contractors."_s);
    QCOMPARE(entry.outcome, Outcome::Succeeded);
    QVERIFY(!entry.requestId.isEmpty());

    // An empty set clears every target (assign replaces); the journal says so in words.
    const EnrollmentConfiguration four = recorder.succeeded.first();
    QVERIFY(writer.assign(four, {}, TargetNames{}.summary(four.assignments), {}));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.answers(), 2, 30'000);
    QCOMPARE(recorder.failed.size(), 0);
    QVERIFY(emulatorTargets(fixture, id).isEmpty());
    QVERIFY(recorder.succeeded.last().assignments.isEmpty());
    QVERIFY(env.activity().entry(1).detail.endsWith(u"After: Not assigned."_s));
}

void TestConfigurationWriter::assignRefusesNonsense()
{
    GraphTestEnvironment env({.client = quickRetries()});
    EmulatorFixture &fixture = env.fixture();
    const QString pilot = groupId(fixture, u"Intune - Pilot Users"_s);
    const EnrollmentConfiguration custom = configurationNamed(fixture, demo.executives);
    const EnrollmentConfiguration defaultLimit =
            configurationWithId(fixture, fixture.host().options().tenantId + u"_DefaultLimit"_s);
    const EnrollmentConfiguration restore =
            configurationWithId(fixture, fixture.host().options().tenantId + u"_WindowsRestore"_s);
    QVERIFY(!custom.id.isEmpty() && defaultLimit.isDefault && !pilot.isEmpty());

    ConfigurationWriter writer(env.intune(), env.journal(), env.tenant());
    Recorder recorder(writer);
    const QList<Assignment> one{assignmentOf(AssignmentTarget::group(pilot))};
    QVERIFY(!writer.assign(defaultLimit, one, {}, {}));
    QVERIFY(!writer.assign(restore, one, {}, {}));
    // The same group included and excluded: Graph would refuse the whole set.
    QVERIFY(!writer.assign(
            custom,
            {assignmentOf(AssignmentTarget::group(pilot)), assignmentOf(AssignmentTarget::exclusionGroup(pilot))}, {},
            {}));
    EnrollmentConfiguration noId = custom;
    noId.id.clear();
    QVERIFY(!writer.assign(noId, one, {}, {}));
    QTest::qWait(100);
    QCOMPARE(env.requestsMatching(u"/assign$"_s, "POST"), 0);
    QCOMPARE(env.activity().rowCount(), 0);
    QVERIFY(recorder.started.isEmpty());
}

void TestConfigurationWriter::setPriorityReordersAndRereads()
{
    GraphTestEnvironment env({.client = quickRetries()});
    EmulatorFixture &fixture = env.fixture();
    const EnrollmentConfiguration contractors = configurationNamed(fixture, demo.contractors);
    QCOMPARE(contractors.priority, 3);
    ConfigurationWriter writer(env.intune(), env.journal(), env.tenant());
    Recorder recorder(writer);
    QVERIFY(writer.setPriority(contractors, 1));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.answers(), 1, 30'000);
    QVERIFY2(recorder.failed.isEmpty(), qPrintable(recorder.failed.value(0).summary()));
    QCOMPARE(recorder.changes, QList<Change>{Change::Priority});
    QCOMPARE(recorder.succeeded.first().priority, 1);
    QCOMPARE(recorder.succeeded.first().limit.value_or(-1), 2);
    QVERIFY(recorder.succeeded.first().assignmentsExpanded); // re-read with $expand=assignments
    QVERIFY(!writer.rereadError());

    const QList<QJsonObject> posts = bodiesOf(env, u"/setPriority$"_s, "POST");
    QCOMPARE(posts, (QList<QJsonObject>{QJsonObject{{u"priority"_s, 1}}}));
    QCOMPARE(env.log().writes(u"setPriority:"_s + contractors.id), 1);
    // The family is renumbered on the server.
    QCOMPARE(configurationNamed(fixture, demo.contractors).priority, 1);
    QCOMPARE(configurationNamed(fixture, demo.helpDesk).priority, 2);
    QCOMPARE(configurationNamed(fixture, demo.executives).priority, 3);

    const ActivityEntry &entry = env.activity().entry(0);
    QCOMPARE(entry.action, u"Change priority"_s);
    QCOMPARE(entry.detail, u"Priority 3 → 1"_s);
    QCOMPARE(entry.outcome, Outcome::Succeeded);
}

void TestConfigurationWriter::setPriorityRefusesNonsense()
{
    GraphTestEnvironment env({.client = quickRetries()});
    EmulatorFixture &fixture = env.fixture();
    const EnrollmentConfiguration executives = configurationNamed(fixture, demo.executives);
    const EnrollmentConfiguration defaultLimit =
            configurationWithId(fixture, fixture.host().options().tenantId + u"_DefaultLimit"_s);
    ConfigurationWriter writer(env.intune(), env.journal(), env.tenant());
    QVERIFY(!writer.setPriority(defaultLimit, 1)); // defaults stay at 0
    QVERIFY(!writer.setPriority(executives, 0));
    QVERIFY(!writer.setPriority(executives, -2));
    QVERIFY(!writer.setPriority(executives, executives.priority)); // Graph answers 400 to the same again
    QTest::qWait(100);
    QCOMPARE(env.requestsMatching(u"/setPriority$"_s, "POST"), 0);
    QCOMPARE(env.activity().rowCount(), 0);
}

void TestConfigurationWriter::readOnlyTokenNamesThePermission()
{
    GraphTestEnvironment env({.client = quickRetries(), .scopes = {configRead}});
    EmulatorFixture &fixture = env.fixture();
    const EnrollmentConfiguration before = configurationNamed(fixture, demo.executives);
    ConfigurationWriter writer(env.intune(), env.journal(), env.tenant());
    Recorder recorder(writer);

    QVERIFY(writer.updateLimit(before, 11));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.answers(), 1, 30'000);
    QCOMPARE(recorder.failed.size(), 1);
    const GraphError &error = recorder.failed.first();
    QCOMPARE(error.httpStatus, 403);
    QVERIFY2(error.summary().contains(configReadWrite), qPrintable(error.summary()));
    QVERIFY(error.details().contains(configReadWrite));
    QCOMPARE(env.log().writes(u"patchConfiguration:"_s + before.id), 0);
    QCOMPARE(configurationJson(fixture, before.id).value(u"limit"_s).toInt(), 10);
    QVERIFY(!writer.isBusy());

    const ActivityEntry &entry = env.activity().entry(0);
    QCOMPARE(entry.outcome, Outcome::Failed);
    QVERIFY2(entry.detail.startsWith(u"Device limit 10 → 11 — "_s), qPrintable(entry.detail));
    QVERIFY2(entry.detail.endsWith(error.summary()), qPrintable(entry.detail));

    // assign needs DeviceManagementServiceConfig.ReadWrite.All (seeds 001, 003).
    QVERIFY(writer.assign(before, before.assignments, u"x"_s, u"x"_s));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.answers(), 2, 30'000);
    QCOMPARE(recorder.failed.size(), 2);
    QCOMPARE(recorder.failed.last().httpStatus, 403);
    QVERIFY(recorder.failed.last().summary().contains(configReadWrite));
    QCOMPARE(env.activity().entry(1).outcome, Outcome::Failed);

    QVERIFY(writer.setPriority(before, 1));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.answers(), 3, 30'000);
    QCOMPARE(recorder.failed.last().httpStatus, 403);
    QVERIFY(recorder.failed.last().summary().contains(configReadWrite));
    QCOMPARE(env.log().writes(u"setPriority:"_s + before.id), 0);
}

void TestConfigurationWriter::serverErrorsAreRetriedWithoutDuplicateWrites()
{
    // 10 % of requests meet 500/502/503/504 before the service sees them. Limit PATCHes and
    // assigns are idempotent, so every kind is retried; setPriority (not idempotent) is left out.
    GraphClientOptions client = quickRetries();
    client.maxAttempts = 8;
    GraphTestEnvironment env(
            {.emulator = tenantOf(300, emu::ThrottleProfile::Off, emu::FaultProfile::ServerErrors), .client = client});
    EmulatorFixture &fixture = env.fixture();
    // The test's own reads ride out the faults (ConfigurationFixtures reads again after a 5xx).
    EnrollmentConfiguration configuration = configurationNamed(fixture, demo.executives);
    QVERIFY(!configuration.id.isEmpty());
    const QString pilot = groupId(fixture, u"Intune - Pilot Users"_s);
    QVERIFY(!pilot.isEmpty());
    env.log().clear();

    ConfigurationWriter writer(env.intune(), env.journal(), env.tenant());
    Recorder recorder(writer);
    constexpr int rounds = 12;
    for (int i = 0; i < rounds; ++i) {
        const int limit = 1 + (i % 15);
        QVERIFY(writer.updateLimit(configuration, limit));
        QTRY_COMPARE_WITH_TIMEOUT(recorder.answers(), 2 * i + 1, 60'000);
        QVERIFY2(recorder.failed.isEmpty(), qPrintable(recorder.failed.value(0).details()));
        configuration = recorder.succeeded.last();
        QCOMPARE(configuration.limit.value_or(-1), limit);

        const QList<Assignment> set = (i % 2 == 0) ? QList<Assignment>{assignmentOf(AssignmentTarget::group(pilot))}
                                                   : QList<Assignment>{assignmentOf(AssignmentTarget::allDevices())};
        QVERIFY(writer.assign(configuration, set, u"before"_s, u"after"_s));
        QTRY_COMPARE_WITH_TIMEOUT(recorder.answers(), 2 * i + 2, 60'000);
        QVERIFY2(recorder.failed.isEmpty(), qPrintable(recorder.failed.value(0).details()));
        configuration = recorder.succeeded.last();
        // What succeeded() carries is the server's state, or the re-read failed and says so.
        if (!writer.rereadError())
            QCOMPARE(targetsOf(configuration.assignments), targetsOf(set));
    }
    // Faults happened, on writes too: the retries were needed.
    int writeFaults = 0;
    int faults = 0;
    for (const emu::RequestLogEntry &e : env.log().entries()) {
        if (e.fault == u"5xx"_s) {
            ++faults;
            if (e.method != "GET")
                ++writeFaults;
        }
    }
    QVERIFY2(writeFaults > 0, qPrintable(u"faults %1, on writes %2"_s.arg(faults).arg(writeFaults)));

    // Each write applied once: an injected fault never reaches the service, and a retry is only
    // sent after a failure.
    QCOMPARE(env.log().writes(u"patchConfiguration:"_s + configuration.id), rounds);
    QCOMPARE(env.log().writes(u"assignConfiguration:"_s + configuration.id), rounds);
    const QJsonObject server = configurationJson(fixture, configuration.id);
    QCOMPARE(server.value(u"limit"_s).toInt(), 1 + ((rounds - 1) % 15));
    QCOMPARE(server.value(u"assignments"_s).toArray().size(), 1);

    // One journal entry per write, all succeeded.
    QCOMPARE(env.activity().rowCount(), 2 * rounds);
    for (int row = 0; row < env.activity().rowCount(); ++row)
        QCOMPARE(env.activity().entry(row).outcome, Outcome::Succeeded);
}

void TestConfigurationWriter::throttlingIsWaitedOut()
{
    FakeRig rig;
    int patches = 0;
    rig.network.setHandler([&](const FakeGraphNetwork::Exchange &e) {
        if (e.method == "PATCH" && ++patches == 1)
            return Answer::json(
                    429,
                    R"({"error":{"code":"TooManyRequests","message":"Too many requests","innerError":{"request-id":"r-429"}}})",
                    {std::pair<QByteArray, QByteArray>("Retry-After", "1")});
        if (e.method == "PATCH")
            return Answer::json(200, QJsonDocument(fakeLimitJson(9, 4)).toJson(),
                                {std::pair<QByteArray, QByteArray>("request-id", "r-ok")});
        return Answer::json(404, R"({"error":{"code":"NotFound","message":"unexpected"}})");
    });
    QVERIFY(rig.writer.updateLimit(rig.configuration, 9));
    QTRY_COMPARE_WITH_TIMEOUT(rig.recorder.answers(), 1, 10'000);
    QVERIFY2(rig.recorder.failed.isEmpty(), qPrintable(rig.recorder.failed.value(0).summary()));
    QCOMPARE(rig.recorder.succeeded.first().limit.value_or(-1), 9);
    QCOMPARE(rig.recorder.succeeded.first().version, 4);
    // Sent twice, the second time after the Retry-After.
    QCOMPARE(rig.network.exchanges().size(), 2);
    QVERIFY(rig.network.exchanges().at(1).atMs - rig.network.exchanges().at(0).atMs >= 950);
    QCOMPARE(rig.activity.rowCount(), 1);
    QCOMPARE(rig.activity.entry(0).outcome, Outcome::Succeeded);
    QCOMPARE(rig.activity.entry(0).requestId, u"r-ok"_s);
}

void TestConfigurationWriter::throttlingThatDoesNotEndFails()
{
    GraphClientOptions options = quickRetries();
    options.maxAttempts = 2;
    FakeRig rig(options);
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &) {
        return Answer::json(429, R"({"error":{"code":"TooManyRequests","message":"Too many requests"}})",
                            {std::pair<QByteArray, QByteArray>("Retry-After", "0")});
    });
    QVERIFY(rig.writer.updateLimit(rig.configuration, 9));
    QTRY_COMPARE_WITH_TIMEOUT(rig.recorder.answers(), 1, 10'000);
    QCOMPARE(rig.recorder.failed.size(), 1);
    QVERIFY(rig.recorder.failed.first().isThrottling());
    QCOMPARE(rig.network.exchanges().size(), 2);
    QCOMPARE(rig.activity.entry(0).outcome, Outcome::Failed);
    QVERIFY(rig.activity.entry(0).detail.endsWith(rig.recorder.failed.first().summary()));
}

void TestConfigurationWriter::patch204IsReadAgain()
{
    FakeRig rig;
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &e) {
        if (e.method == "PATCH")
            return noContent();
        if (e.method == "GET" && e.url.path().endsWith(u"/c1_Limit"_s)
            && e.url.query(QUrl::FullyDecoded).contains(u"$expand=assignments"_s)) {
            QJsonObject json = fakeLimitJson(7, 8);
            json.insert(
                    u"assignments"_s,
                    QJsonArray{QJsonObject{{u"id"_s, u"c1_Limit_g1"_s},
                                           {u"target"_s,
                                            QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.groupAssignmentTarget"_s},
                                                        {u"groupId"_s, u"g1"_s}}}}});
            return Answer::json(200, QJsonDocument(json).toJson());
        }
        return Answer::json(400, R"({"error":{"code":"BadRequest","message":"unexpected"}})");
    });
    QVERIFY(rig.writer.updateLimit(rig.configuration, 7));
    QTRY_COMPARE_WITH_TIMEOUT(rig.recorder.answers(), 1, 10'000);
    QVERIFY2(rig.recorder.failed.isEmpty(), qPrintable(rig.recorder.failed.value(0).summary()));
    const EnrollmentConfiguration &after = rig.recorder.succeeded.first();
    QCOMPARE(after.limit.value_or(-1), 7);
    QCOMPARE(after.version, 8);
    QCOMPARE(after.assignments.size(), 1);
    QVERIFY(!rig.writer.rereadError());
    QCOMPARE(rig.network.exchanges().size(), 2);
    QCOMPARE(rig.network.exchanges().at(0).method, QByteArray("PATCH"));
    QCOMPARE(QJsonDocument::fromJson(rig.network.exchanges().at(0).body).object(),
             (QJsonObject{{u"@odata.type"_s, limitType}, {u"limit"_s, 7}}));
    QCOMPARE(rig.network.exchanges().at(1).method, QByteArray("GET"));
    QCOMPARE(rig.activity.entry(0).outcome, Outcome::Succeeded);
}

void TestConfigurationWriter::unreadableAnswerOfAcceptedWriteIsReadAgain()
{
    FakeRig rig;
    int gets = 0;
    rig.network.setHandler([&](const FakeGraphNetwork::Exchange &e) {
        if (e.method == "PATCH")
            return Answer::json(200,
                                R"({"@odata.type":"#microsoft.graph.deviceEnrollmentLimitConfiguration","id":"c1_Li)");
        ++gets;
        return Answer::json(200, QJsonDocument(fakeLimitJson(6, 4)).toJson());
    });
    QVERIFY(rig.writer.updateLimit(rig.configuration, 6));
    QTRY_COMPARE_WITH_TIMEOUT(rig.recorder.answers(), 1, 10'000);
    // Graph made the change; the writer says so and shows what the server has.
    QVERIFY2(rig.recorder.failed.isEmpty(), qPrintable(rig.recorder.failed.value(0).summary()));
    QCOMPARE(rig.recorder.succeeded.first().version, 4);
    QCOMPARE(gets, 1);
    // Sent once: an unreadable 2xx is not a reason to send the write again.
    int patches = 0;
    for (const FakeGraphNetwork::Exchange &e : rig.network.exchanges())
        patches += e.method == "PATCH" ? 1 : 0;
    QCOMPARE(patches, 1);
    QCOMPARE(rig.activity.entry(0).outcome, Outcome::Succeeded);
    QVERIFY(rig.activity.entry(0).detail.startsWith(u"Device limit 5 → 6"_s));
}

void TestConfigurationWriter::rereadFailureStillSucceeds()
{
    FakeRig rig;
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &e) {
        if (e.method == "POST")
            return noContent();
        return Answer::json(200, "<html>not json</html>");
    });
    const QList<Assignment> set{assignmentOf(AssignmentTarget::allDevices()),
                                assignmentOf(AssignmentTarget::exclusionGroup(u"g2"_s))};
    QVERIFY(rig.writer.assign(rig.configuration, set, u"Not assigned"_s, u"All devices; Excluded: G2"_s));
    QTRY_COMPARE_WITH_TIMEOUT(rig.recorder.answers(), 1, 10'000);
    QVERIFY(rig.recorder.failed.isEmpty());
    QVERIFY(rig.writer.rereadError());
    QCOMPARE(rig.writer.rereadError()->kind, GraphError::Kind::InvalidResponse);
    // What is known: the set that was sent and accepted.
    QCOMPARE(targetsOf(rig.recorder.succeeded.first().assignments), targetsOf(set));
    QCOMPARE(rig.activity.entry(0).outcome, Outcome::Succeeded);
    QCOMPARE(rig.activity.entry(0).detail, u"Before: Not assigned. After: All devices; Excluded: G2."_s);

    // The next write starts clean.
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &e) {
        if (e.method == "PATCH")
            return Answer::json(200, QJsonDocument(fakeLimitJson(3, 5)).toJson());
        return Answer::json(404, "{}");
    });
    QVERIFY(rig.writer.updateLimit(rig.configuration, 3));
    QTRY_COMPARE_WITH_TIMEOUT(rig.recorder.answers(), 2, 10'000);
    QVERIFY(!rig.writer.rereadError());
}

void TestConfigurationWriter::httpErrorsFailWithGraphsMessage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    // Intune's error: JSON inside the message (graph.md §8).
    QTest::newRow("400 Intune")
            << 400
            << QByteArray(
                       R"({"error":{"code":"BadRequest","message":"{\r\n  \"_version\": 3,\r\n  \"Message\": \"Limit must be between 1 and 15. - Operation ID (for customer support): 00000000-0000-0000-0000-000000000000 - Activity ID: 11111111-2222-3333-4444-555555555555 - Url: https://fef.msua06.manage.microsoft.com/x\",\r\n  \"CustomApiErrorPhrase\": \"\",\r\n  \"RetryAfter\": null,\r\n  \"ErrorSourceService\": \"\",\r\n  \"HttpHeaders\": \"{}\"\r\n}","innerError":{"date":"2025-03-01T10:00:00","request-id":"rq-400","client-request-id":"c-400"}}})")
            << u"Limit must be between 1 and 15."_s;
    QTest::newRow("409")
            << 409
            << QByteArray(
                       R"({"error":{"code":"Conflict","message":"The configuration was changed by someone else.","innerError":{"request-id":"rq-409"}}})")
            << u"changed by someone else"_s;
    QTest::newRow("404")
            << 404
            << QByteArray(
                       R"({"error":{"code":"ResourceNotFound","message":"Resource not found","innerError":{"request-id":"rq-404"}}})")
            << QString();
    QTest::newRow("403")
            << 403
            << QByteArray(
                       R"({"error":{"code":"Forbidden","message":"Application is not authorized to perform this operation.","innerError":{"request-id":"rq-403"}}})")
            << u"DeviceManagementServiceConfig.ReadWrite.All"_s;
}

void TestConfigurationWriter::httpErrorsFailWithGraphsMessage()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    FakeRig rig;
    rig.network.setHandler([&](const FakeGraphNetwork::Exchange &) { return Answer::json(status, body); });
    QVERIFY(rig.writer.updateLimit(rig.configuration, 8));
    QTRY_COMPARE_WITH_TIMEOUT(rig.recorder.answers(), 1, 10'000);
    QCOMPARE(rig.recorder.failed.size(), 1);
    const GraphError &error = rig.recorder.failed.first();
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(error.summary().contains(expected), qPrintable(error.summary()));
    QVERIFY(!error.details().isEmpty());
    // Not retried: 4xx other than 429 is an answer, not a fault.
    QCOMPARE(rig.network.exchanges().size(), 1);
    const ActivityEntry &entry = rig.activity.entry(0);
    QCOMPARE(entry.outcome, Outcome::Failed);
    QCOMPARE(entry.detail, u"Device limit 5 → 8 — "_s + error.summary());
    QVERIFY(!entry.requestId.isEmpty());
    QCOMPARE(entry.requestId, error.requestId);
}

void TestConfigurationWriter::cancelBeforeSendingSendsNothing()
{
    FakeRig rig;
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &) {
        return Answer::json(200, QJsonDocument(fakeLimitJson(9, 4)).toJson());
    });
    // Intune's workload is throttled: the write waits in the client's queue.
    rig.client.noteRetryAfter(u"deviceManagement"_s, 5'000);
    QVERIFY(rig.writer.updateLimit(rig.configuration, 9));
    QTest::qWait(50);
    QVERIFY(rig.network.exchanges().isEmpty());
    rig.writer.cancel();
    QVERIFY(!rig.writer.isBusy());
    QCOMPARE(rig.activity.entry(0).outcome, Outcome::Cancelled);
    QVERIFY(rig.activity.entry(0).detail.startsWith(u"Device limit 5 → 9 — "_s));
    QTest::qWait(100);
    QVERIFY(rig.network.exchanges().isEmpty());
    QCOMPARE(rig.recorder.answers(), 0);
    QCOMPARE(rig.client.queued(), 0);

    // The writer is free again, and a writer destroyed with an unsent write sends nothing either.
    auto writer = std::make_unique<ConfigurationWriter>(rig.intune, &rig.journal, u"t"_s);
    QVERIFY(writer->updateLimit(rig.configuration, 10));
    writer.reset();
    QCOMPARE(rig.activity.entry(1).outcome, Outcome::Cancelled);
    QCOMPARE(rig.client.queued(), 0);
}

void TestConfigurationWriter::cancelAfterSendingLeavesTheOutcomeToTheJournal()
{
    FakeRig rig;
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &) {
        Answer a = Answer::json(200, QJsonDocument(fakeLimitJson(9, 4)).toJson(),
                                {std::pair<QByteArray, QByteArray>("request-id", "r-late")});
        a.delayMs = 300;
        return a;
    });
    auto writer = std::make_unique<ConfigurationWriter>(rig.intune, &rig.journal, u"t"_s);
    Recorder recorder(*writer);
    QVERIFY(writer->updateLimit(rig.configuration, 9));
    QTRY_COMPARE_WITH_TIMEOUT(rig.network.exchanges().size(), qsizetype(1), 5'000);
    writer->cancel();
    QVERIFY(!writer->isBusy());
    // On the wire: not aborted, its answer still completes the entry.
    QCOMPARE(rig.activity.entry(0).outcome, Outcome::Pending);
    writer.reset(); // the dialog closed: no crash when the answer comes
    QTRY_COMPARE_WITH_TIMEOUT(rig.activity.entry(0).outcome, Outcome::Succeeded, 5'000);
    QCOMPARE(rig.activity.entry(0).requestId, u"r-late"_s);
    QCOMPARE(rig.activity.entry(0).detail, u"Device limit 5 → 9"_s);
    QCOMPARE(recorder.answers(), 0);

    // The same for a failure: the journal says Failed, with the reason.
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &) {
        Answer a = Answer::json(400, R"({"error":{"code":"BadRequest","message":"Nope."}})");
        a.delayMs = 300;
        return a;
    });
    QVERIFY(rig.writer.updateLimit(rig.configuration, 9));
    QTRY_COMPARE_WITH_TIMEOUT(rig.network.exchanges().size(), qsizetype(2), 5'000);
    rig.writer.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(rig.activity.entry(1).outcome, Outcome::Failed, 5'000);
    QVERIFY(rig.activity.entry(1).detail.contains(u"Nope."_s));
    QCOMPARE(rig.recorder.answers(), 0);
}

void TestConfigurationWriter::busyWriterRefusesASecondWrite()
{
    FakeRig rig;
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &) {
        Answer a = Answer::json(200, QJsonDocument(fakeLimitJson(9, 4)).toJson());
        a.delayMs = 100;
        return a;
    });
    QVERIFY(rig.writer.updateLimit(rig.configuration, 9));
    QVERIFY(rig.writer.isBusy());
    QVERIFY(!rig.writer.updateLimit(rig.configuration, 10));
    QVERIFY(!rig.writer.setPriority(rig.configuration, 2));
    QVERIFY(!rig.writer.assign(rig.configuration, {}, {}, {}));
    QTRY_COMPARE_WITH_TIMEOUT(rig.recorder.answers(), 1, 5'000);
    QCOMPARE(rig.activity.rowCount(), 1);
    QCOMPARE(rig.network.exchanges().size(), 1);
    QVERIFY(rig.writer.setPriority(rig.configuration, 2));
}

QTEST_GUILESS_MAIN(TestConfigurationWriter)
#include "tst_ConfigurationWriter.moc"
