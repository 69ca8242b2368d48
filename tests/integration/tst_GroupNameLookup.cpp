// GroupNameLookup against the emulator over loopback: names for the ids asked, a deleted group
// reported as missing (never dropped), more than 1,000 ids in several getByIds calls, duplicates
// asked once, cancel silent, no ids no call. Read-only scopes (no Directory.Read.All): getByIds
// is denied once, then the groups are read by id through $batch, and the 403 is remembered; no
// group permission at all a failure that names the permissions; Dev Proxy faults waited out.
#include "GraphTestEnvironment.h"
#include "auth/GrantedPermissions.h"
#include "emulator/GraphEmulator.h"
#include "emulator/RequestLog.h"
#include "models/GroupNameLookup.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

namespace {

const QString getByIdsPath = u"/v1.0/directoryObjects/getByIds"_s;
const QString batchPath = u"^/v1.0/\\$batch$"_s;
const QString groupReadPath = u"^/v1.0/groups/[0-9a-fA-F-]{36}$"_s;
const QStringList readOnlyScopes{u"DeviceManagementServiceConfig.Read.All"_s, u"Group.Read.All"_s};

QList<std::pair<QString, QString>> demoGroups(EmulatorFixture &fixture, int count)
{
    QList<std::pair<QString, QString>> groups;
    fixture.host().runOnEmulatorThread([&groups, count](emu::GraphEmulator &emulator) {
        for (const emu::Group &group : emulator.tenant().groups.mid(0, count))
            groups.append(std::pair(group.id, group.displayName));
    });
    return groups;
}

using Found = QHash<QString, Group>;

// A lookup on an emulator of its own, its answers recorded.
struct LookupRig
{
    explicit LookupRig(const GraphTestOptions &options = {})
        : env(options)
        , lookup(env.intune())
        , finished(&lookup, &GroupNameLookup::finished)
        , failed(&lookup, &GroupNameLookup::failed)
    { }

    GraphTestEnvironment env;
    GroupNameLookup lookup;
    QSignalSpy finished;
    QSignalSpy failed;
};

// Index in the request log of the first entry for which `match` is true; -1 when none.
template<typename Match>
qsizetype firstEntry(const QList<emu::RequestLogEntry> &entries, Match match)
{
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (match(entries.at(i)))
            return i;
    return -1;
}

// Ids of deleted groups: GUIDs the tenant never had.
QStringList deletedIds(int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids.append(u"0badc0de-0000-4000-8000-%1"_s.arg(i, 12, 10, QLatin1Char('0')));
    return ids;
}

// The answer of a lookup: every real group found under its name, every deleted id missing.
void checkAnswer(const QSignalSpy &finished, const QList<std::pair<QString, QString>> &groups,
                 const QStringList &deleted)
{
    QCOMPARE(finished.size(), 1);
    const auto found = finished.first().at(0).value<Found>();
    QCOMPARE(found.size(), groups.size());
    for (const auto &[id, name] : groups) {
        QVERIFY2(found.contains(id), qPrintable(id));
        QCOMPARE(found.value(id).displayName, name);
        QCOMPARE(found.value(id).id, id);
        QVERIFY(found.value(id).isGroup());
    }
    QCOMPARE(finished.first().at(1).toStringList(), deleted);
}

} // namespace

class TestGroupNameLookup final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesAndDeletedGroups();
    void manyIdsInSeveralCalls();
    void readOnlyScopesReadGroupsById();
    void knownPermissionsSkipGetByIds();
    void groupReadsInBatchesOfTwenty();
    void noGroupPermissionFails();
    void notGuidsAreMissingWithoutACall();
    void serverErrorsAreRetried();
    void devProxyFaultsAreWaitedOut();
    void cancelDuringGroupReadsIsSilent();
    void noIdsNoCall();
    void cancelIsSilent();
};

void TestGroupNameLookup::namesAndDeletedGroups()
{
    LookupRig rig;
    QVERIFY(rig.env.fixture().started());
    const auto groups = demoGroups(rig.env.fixture(), 3);
    QCOMPARE(groups.size(), 3);
    const QString gone = u"0badc0de-0000-4000-8000-00000000dead"_s;
    rig.lookup.lookup({groups[0].first, gone, groups[1].first, groups[0].first, QString(), groups[2].first});
    QVERIFY(rig.lookup.isRunning());
    QVERIFY(rig.finished.wait(10'000));
    QVERIFY(!rig.lookup.isRunning());
    const auto found = rig.finished.first().at(0).value<Found>();
    QCOMPARE(found.size(), 3);
    for (const auto &[id, name] : groups)
        QCOMPARE(found.value(id).displayName, name);
    QCOMPARE(rig.finished.first().at(1).toStringList(), QStringList{gone});
    QCOMPARE(rig.env.requestsMatching(getByIdsPath, "POST"), 1);
    // With Directory.Read.All nothing else is asked.
    QCOMPARE(rig.env.requestsMatching(batchPath), 0);
    QCOMPARE(rig.env.requestsMatching(groupReadPath), 0);
    QVERIFY(rig.lookup.directoryReadAllowed());
}

void TestGroupNameLookup::manyIdsInSeveralCalls()
{
    LookupRig rig;
    QVERIFY(rig.env.fixture().started());
    const auto groups = demoGroups(rig.env.fixture(), 2);
    QStringList ids;
    for (int i = 0; i < 2'400; ++i)
        ids.append(u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QLatin1Char('0')));
    ids.insert(5, groups[0].first);
    ids.append(groups[1].first); // the last call finds this one
    rig.lookup.lookup(ids);
    QVERIFY(rig.finished.wait(20'000));
    QCOMPARE(rig.env.requestsMatching(getByIdsPath, "POST"), 3); // 1,000 + 1,000 + 402
    const auto found = rig.finished.first().at(0).value<Found>();
    QCOMPARE(found.size(), 2);
    QVERIFY(found.contains(groups[1].first));
    QCOMPARE(rig.finished.first().at(1).toStringList().size(), 2'400);
}

void TestGroupNameLookup::readOnlyScopesReadGroupsById()
{
    // The read-only sign-in: Group.Read.All is not enough for getByIds (graph.md §6), so it is
    // denied once and the groups are read by id through $batch.
    LookupRig rig({.scopes = readOnlyScopes});
    QVERIFY(rig.env.fixture().started());
    const auto groups = demoGroups(rig.env.fixture(), 3);
    const QStringList gone = deletedIds(1);
    rig.lookup.lookup({groups[0].first, gone[0], groups[1].first, groups[0].first, QString(), groups[2].first});
    QVERIFY(rig.lookup.isRunning());
    QVERIFY(rig.finished.wait(10'000));
    QVERIFY(!rig.lookup.isRunning());
    QCOMPARE(rig.failed.size(), 0);
    checkAnswer(rig.finished, groups, gone);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!rig.lookup.directoryReadAllowed());

    // One getByIds, answered 403; then one $batch of GETs, the duplicate asked once.
    const QList<emu::RequestLogEntry> entries = rig.env.log().entries();
    QCOMPARE(rig.env.requestsMatching(getByIdsPath, "POST"), 1);
    const qsizetype denied = firstEntry(
            entries, [](const emu::RequestLogEntry &e) { return e.path == getByIdsPath && e.status == 403; });
    const qsizetype batch = firstEntry(
            entries, [](const emu::RequestLogEntry &e) { return !e.insideBatch && e.path == u"/v1.0/$batch"_s; });
    QVERIFY(denied >= 0);
    QVERIFY(batch > denied);
    QCOMPARE(entries.at(batch).status, 200);
    QCOMPARE(rig.env.requestsMatching(batchPath, "POST"), 1);
    QCOMPARE(rig.env.requestsMatching(groupReadPath, "GET"), 4);
    int notFound = 0;
    for (const emu::RequestLogEntry &e : entries) {
        if (!QRegularExpression(groupReadPath).match(e.path).hasMatch())
            continue;
        QVERIFY(e.insideBatch);
        QVERIFY2(e.query.contains(u"select"_s), qPrintable(e.query));
        notFound += e.status == 404 ? 1 : 0;
        QVERIFY(e.status == 200 || e.status == 404);
    }
    QCOMPARE(notFound, 1);

    // The 403 is remembered: the next lookup on the same object goes straight to the reads.
    rig.env.log().clear();
    rig.lookup.lookup({groups[2].first, gone[0]});
    QVERIFY(rig.finished.wait(10'000));
    QCOMPARE(rig.finished.size(), 2);
    const auto found = rig.finished.at(1).at(0).value<Found>();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.value(groups[2].first).displayName, groups[2].second);
    QCOMPARE(rig.finished.at(1).at(1).toStringList(), gone);
    QCOMPARE(rig.env.requestsMatching(getByIdsPath), 0);
    QCOMPARE(rig.env.requestsMatching(batchPath, "POST"), 1);
    QCOMPARE(rig.env.requestsMatching(groupReadPath, "GET"), 2);
    QCOMPARE(rig.failed.size(), 0);
}

void TestGroupNameLookup::knownPermissionsSkipGetByIds()
{
    LookupRig rig({.scopes = readOnlyScopes});
    QVERIFY(rig.env.fixture().started());
    // Unknown permissions change nothing; known ones without Directory.Read.All skip getByIds.
    rig.lookup.setPermissions(GrantedPermissions());
    QVERIFY(rig.lookup.directoryReadAllowed());
    rig.lookup.setPermissions(GrantedPermissions::of({u"Directory.ReadWrite.All"_s}));
    QVERIFY(rig.lookup.directoryReadAllowed());
    rig.lookup.setPermissions(GrantedPermissions::of(readOnlyScopes));
    QVERIFY(!rig.lookup.directoryReadAllowed());
    const auto groups = demoGroups(rig.env.fixture(), 2);
    rig.lookup.lookup({groups[0].first, groups[1].first});
    QVERIFY(rig.finished.wait(10'000));
    checkAnswer(rig.finished, groups, {});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(rig.env.requestsMatching(getByIdsPath), 0);
    QCOMPARE(rig.env.requestsMatching(batchPath, "POST"), 1);

    // Allowed again (a token with Directory.Read.All): getByIds is used again.
    rig.lookup.setPermissions(GrantedPermissions::of({u"directory.read.all"_s}));
    QVERIFY(rig.lookup.directoryReadAllowed());
}

void TestGroupNameLookup::groupReadsInBatchesOfTwenty()
{
    LookupRig rig({.scopes = readOnlyScopes});
    QVERIFY(rig.env.fixture().started());
    const auto groups = demoGroups(rig.env.fixture(), 40);
    QCOMPARE(groups.size(), 40);
    const QStringList gone = deletedIds(5);
    QStringList ids;
    for (int i = 0; i < groups.size(); ++i) {
        ids.append(groups.at(i).first);
        if (i % 8 == 3)
            ids.append(gone.at(i / 8));
    }
    QCOMPARE(ids.size(), 45);
    rig.lookup.lookup(ids);
    QVERIFY(rig.finished.wait(20'000));
    checkAnswer(rig.finished, groups, gone);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(rig.env.requestsMatching(getByIdsPath), 1);
    QCOMPARE(rig.env.requestsMatching(batchPath, "POST"), 3); // 20 + 20 + 5
    QCOMPARE(rig.env.requestsMatching(groupReadPath, "GET"), 45);
}

void TestGroupNameLookup::noGroupPermissionFails()
{
    // Neither Directory.Read.All nor Group.Read.All: the reads by id are denied too, and the
    // failure names the permissions that would let them through.
    LookupRig rig({.scopes = {u"DeviceManagementServiceConfig.Read.All"_s}});
    QVERIFY(rig.env.fixture().started());
    const auto groups = demoGroups(rig.env.fixture(), 25);
    QStringList ids;
    for (const auto &group : groups)
        ids.append(group.first);
    rig.lookup.lookup(ids);
    QVERIFY(rig.failed.wait(10'000));
    QVERIFY(!rig.lookup.isRunning());
    const auto error = rig.failed.first().at(0).value<GraphError>();
    QCOMPARE(error.httpStatus, 403);
    QCOMPARE(error.requiredPermissions, IntuneService::spec(IntuneService::Operation::GetGroup).permissions);
    QVERIFY2(error.summary().contains(u"Group.Read.All"_s), qPrintable(error.summary()));
    QCOMPARE(rig.env.requestsMatching(getByIdsPath), 1);
    QVERIFY(rig.env.requestsMatching(batchPath, "POST") >= 1);
    // Failed once, and nothing after it.
    QTest::qWait(300);
    QCOMPARE(rig.failed.size(), 1);
    QCOMPARE(rig.finished.size(), 0);
}

void TestGroupNameLookup::notGuidsAreMissingWithoutACall()
{
    // A damaged assignment's id names no group: reported missing, never sent (GET /groups/{id}
    // would refuse it with a 400 and lose the names of the others).
    LookupRig rig({.scopes = readOnlyScopes});
    QVERIFY(rig.env.fixture().started());
    const auto groups = demoGroups(rig.env.fixture(), 1);
    rig.lookup.setDirectoryReadAllowed(false);
    rig.lookup.lookup({u"not-a-guid"_s, groups[0].first, u"../users"_s});
    QVERIFY(rig.finished.wait(10'000));
    checkAnswer(rig.finished, groups, {u"not-a-guid"_s, u"../users"_s});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(rig.env.requestsMatching(groupReadPath, "GET"), 1);
    QCOMPARE(rig.env.requestsMatching(u"not-a-guid|users"_s), 0);

    // Only such ids: no call at all, still an answer.
    rig.env.log().clear();
    rig.lookup.lookup({u"not-a-guid"_s});
    QVERIFY(rig.finished.wait(1'000));
    QCOMPARE(rig.finished.at(1).at(1).toStringList(), QStringList{u"not-a-guid"_s});
    QCOMPARE(rig.env.log().count(), 0);
}

namespace {

// A read-only lookup of some groups and 3 deleted ones on an emulator with these faults, with the
// Graph SDKs' retry limits; the lookup's answer is checked by the caller.
struct FaultRun
{
    FaultRun(emu::FaultProfile faults, std::uint64_t seed, int groupCount)
        : rig({.emulator = withSeed(tenantOf(300, emu::ThrottleProfile::Off, faults), seed),
               .client = retrying(),
               .scopes = readOnlyScopes})
        , count(groupCount)
    { }

    static emu::EmulatorOptions withSeed(emu::EmulatorOptions options, std::uint64_t seed)
    {
        options.seed = seed;
        return options;
    }

    static GraphClientOptions retrying()
    {
        GraphClientOptions client;
        client.maxAttempts = 10; // the Graph SDKs' hard maximum
        client.retryBudgetMs = 120'000;
        client.backoffBaseMs = 100;
        return client;
    }

    bool run()
    {
        if (!rig.env.fixture().started())
            return false;
        groups = demoGroups(rig.env.fixture(), count);
        gone = deletedIds(3);
        QStringList ids;
        for (const auto &group : groups)
            ids.append(group.first);
        ids.append(gone);
        rig.lookup.lookup(ids);
        QElapsedTimer timer;
        timer.start();
        while (rig.finished.isEmpty() && rig.failed.isEmpty() && timer.elapsed() < 150'000)
            QTest::qWait(20);
        return !rig.finished.isEmpty() || !rig.failed.isEmpty();
    }

    // Injected faults answered with this status (0: any).
    int faults(int status = 0)
    {
        int n = 0;
        for (const emu::RequestLogEntry &e : rig.env.log().entries())
            n += !e.fault.isEmpty() && (status == 0 || e.status == status) ? 1 : 0;
        return n;
    }

    LookupRig rig;
    int count;
    QList<std::pair<QString, QString>> groups;
    QStringList gone;
};

} // namespace

void TestGroupNameLookup::serverErrorsAreRetried()
{
    // 10 % of the calls (getByIds, the $batch calls, the reads inside them) answer 500/502/503/
    // 504: all of them reads, all retried; the answer is complete and exact.
    FaultRun f(emu::FaultProfile::ServerErrors, emu::EmulatorOptions::defaultSeed, 120);
    QVERIFY(f.run());
    if (!f.rig.failed.isEmpty())
        QFAIL(qPrintable(f.rig.failed.first().at(0).value<GraphError>().details()));
    checkAnswer(f.rig.finished, f.groups, f.gone);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!f.rig.lookup.directoryReadAllowed());
    QVERIFY(!f.rig.lookup.isRunning());
    QVERIFY2(f.faults() >= 3, qPrintable(QString::number(f.faults())));
    QCOMPARE(f.rig.env.log().earlyRetries(), 0);
    qInfo("%d faults injected", f.faults());
}

void TestGroupNameLookup::devProxyFaultsAreWaitedOut()
{
    // Microsoft Dev Proxy's defaults: half the calls answer 429 (Retry-After 5) or 5xx, and a
    // POST (getByIds, a $batch call) may get 507, which no client retries; a read that fails ten
    // times is given up. Every run ends, either with the complete, exact answer or with one of
    // those injected errors: never a partial answer, never a hang, no retry before its
    // Retry-After. Runs on other seeds until one answers after waiting out at least one 429.
    const QList<int> injected{429, 500, 502, 503, 504, 507};
    bool answered = false;
    for (std::uint64_t seed = emu::EmulatorOptions::defaultSeed;
         !answered && seed < emu::EmulatorOptions::defaultSeed + 8; ++seed) {
        FaultRun f(emu::FaultProfile::DevProxy, seed, 5);
        QVERIFY(f.run());
        QVERIFY2(f.faults() > 0, "Dev Proxy must have failed some requests");
        QCOMPARE(f.rig.env.log().earlyRetries(), 0);
        QTest::qWait(200);
        QCOMPARE(f.rig.finished.size() + f.rig.failed.size(), 1);
        QVERIFY(!f.rig.lookup.isRunning());
        if (!f.rig.failed.isEmpty()) {
            const auto error = f.rig.failed.first().at(0).value<GraphError>();
            QVERIFY2(injected.contains(error.httpStatus) && error.message == u"Injected fault"_s,
                     qPrintable(error.details()));
            qInfo("seed %llu: ended with %d after %d faults", static_cast<unsigned long long>(seed), error.httpStatus,
                  f.faults());
            continue;
        }
        checkAnswer(f.rig.finished, f.groups, f.gone);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!f.rig.lookup.directoryReadAllowed());
        qInfo("seed %llu: answered after %d faults, %d of them 429", static_cast<unsigned long long>(seed), f.faults(),
              f.faults(429));
        answered = f.faults(429) > 0;
    }
    QVERIFY2(answered, "no run answered after a 429");
}

void TestGroupNameLookup::cancelDuringGroupReadsIsSilent()
{
    // Every call takes 600 ms: the cancel comes while the $batch calls are on their way.
    emu::EmulatorOptions slow = EmulatorFixture::smallTenant();
    slow.latencyMinMs = 600;
    slow.latencyMaxMs = 600;
    LookupRig rig({.emulator = slow, .scopes = readOnlyScopes});
    QVERIFY(rig.env.fixture().started());
    rig.lookup.setDirectoryReadAllowed(false);
    const auto groups = demoGroups(rig.env.fixture(), 60);
    QStringList ids;
    for (const auto &group : groups)
        ids.append(group.first);
    rig.lookup.lookup(ids);
    QTest::qWait(200);
    QVERIFY(rig.lookup.isRunning());
    rig.lookup.cancel();
    QVERIFY(!rig.lookup.isRunning());
    QTest::qWait(1'000);
    QCOMPARE(rig.finished.size(), 0);
    QCOMPARE(rig.failed.size(), 0);
    // A new lookup after the cancel answers, and only it.
    rig.lookup.lookup({groups[0].first});
    QVERIFY(rig.finished.wait(10'000));
    QCOMPARE(rig.finished.size(), 1);
    QCOMPARE(rig.finished.first().at(0).value<Found>().value(groups[0].first).displayName, groups[0].second);
    QTest::qWait(300);
    QCOMPARE(rig.finished.size(), 1);
    QCOMPARE(rig.failed.size(), 0);
}

void TestGroupNameLookup::noIdsNoCall()
{
    LookupRig rig;
    QVERIFY(rig.env.fixture().started());
    rig.lookup.lookup({QString(), QString()});
    QVERIFY(rig.finished.wait(1'000));
    QVERIFY(rig.finished.first().at(0).value<Found>().isEmpty());
    QCOMPARE(rig.env.requestsMatching(getByIdsPath), 0);
}

void TestGroupNameLookup::cancelIsSilent()
{
    LookupRig rig;
    QVERIFY(rig.env.fixture().started());
    const auto groups = demoGroups(rig.env.fixture(), 1);
    rig.lookup.lookup({groups[0].first});
    rig.lookup.cancel();
    QVERIFY(!rig.lookup.isRunning());
    QTest::qWait(300);
    QCOMPARE(rig.finished.size(), 0);
    QCOMPARE(rig.failed.size(), 0);
    // A new lookup after a cancel works, and only it answers.
    rig.lookup.lookup({groups[0].first});
    QVERIFY(rig.finished.wait(10'000));
    QCOMPARE(rig.finished.size(), 1);
}

QTEST_MAIN(TestGroupNameLookup)
#include "tst_GroupNameLookup.moc"
