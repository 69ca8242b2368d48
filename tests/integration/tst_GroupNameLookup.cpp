// GroupNameLookup against the emulator over loopback: names for the ids asked, a deleted group
// reported as missing (never dropped), more than 1,000 ids in several getByIds calls, duplicates
// asked once, no directory permission a failure that names it, cancel silent, no ids no call.
#include "GraphTestEnvironment.h"
#include "emulator/GraphEmulator.h"
#include "models/GroupNameLookup.h"

#include <QSignalSpy>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

namespace {

const QString getByIdsPath = u"/v1.0/directoryObjects/getByIds"_s;

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

} // namespace

class TestGroupNameLookup final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesAndDeletedGroups();
    void manyIdsInSeveralCalls();
    void noDirectoryPermissionFails();
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

void TestGroupNameLookup::noDirectoryPermissionFails()
{
    // Group.Read.All is not enough for getByIds (docs/EMULATOR-CONFIGURATIONS.md).
    LookupRig rig({.scopes = {u"DeviceManagementServiceConfig.Read.All"_s, u"Group.Read.All"_s}});
    QVERIFY(rig.env.fixture().started());
    const auto groups = demoGroups(rig.env.fixture(), 1);
    rig.lookup.lookup({groups[0].first});
    QVERIFY(rig.failed.wait(10'000));
    const auto error = rig.failed.first().at(0).value<GraphError>();
    QCOMPARE(error.httpStatus, 403);
    QVERIFY2(error.summary().contains(u"Directory.Read.All"_s), qPrintable(error.summary()));
    QCOMPARE(rig.finished.size(), 0);
    QVERIFY(!rig.lookup.isRunning());
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
