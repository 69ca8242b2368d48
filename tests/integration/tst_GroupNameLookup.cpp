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
    GraphTestEnvironment env;
    QVERIFY(env.fixture().started());
    const auto groups = demoGroups(env.fixture(), 3);
    QCOMPARE(groups.size(), 3);
    const QString gone = u"0badc0de-0000-4000-8000-00000000dead"_s;
    GroupNameLookup lookup(env.intune());
    QSignalSpy finished(&lookup, &GroupNameLookup::finished);
    lookup.lookup({groups[0].first, gone, groups[1].first, groups[0].first, QString(), groups[2].first});
    QVERIFY(lookup.isRunning());
    QVERIFY(finished.wait(10'000));
    QVERIFY(!lookup.isRunning());
    const auto found = finished.first().at(0).value<Found>();
    QCOMPARE(found.size(), 3);
    for (const auto &[id, name] : groups)
        QCOMPARE(found.value(id).displayName, name);
    QCOMPARE(finished.first().at(1).toStringList(), QStringList{gone});
    QCOMPARE(env.requestsMatching(getByIdsPath, "POST"), 1);
}

void TestGroupNameLookup::manyIdsInSeveralCalls()
{
    GraphTestEnvironment env;
    QVERIFY(env.fixture().started());
    const auto groups = demoGroups(env.fixture(), 2);
    QStringList ids;
    for (int i = 0; i < 2'400; ++i)
        ids.append(u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QLatin1Char('0')));
    ids.insert(5, groups[0].first);
    ids.append(groups[1].first); // the last call finds this one
    GroupNameLookup lookup(env.intune());
    QSignalSpy finished(&lookup, &GroupNameLookup::finished);
    lookup.lookup(ids);
    QVERIFY(finished.wait(20'000));
    QCOMPARE(env.requestsMatching(getByIdsPath, "POST"), 3); // 1,000 + 1,000 + 402
    const auto found = finished.first().at(0).value<Found>();
    QCOMPARE(found.size(), 2);
    QVERIFY(found.contains(groups[1].first));
    QCOMPARE(finished.first().at(1).toStringList().size(), 2'400);
}

void TestGroupNameLookup::noDirectoryPermissionFails()
{
    // Group.Read.All is not enough for getByIds (docs/EMULATOR-CONFIGURATIONS.md).
    GraphTestEnvironment env({.scopes = {u"DeviceManagementServiceConfig.Read.All"_s, u"Group.Read.All"_s}});
    QVERIFY(env.fixture().started());
    const auto groups = demoGroups(env.fixture(), 1);
    GroupNameLookup lookup(env.intune());
    QSignalSpy finished(&lookup, &GroupNameLookup::finished);
    QSignalSpy failed(&lookup, &GroupNameLookup::failed);
    lookup.lookup({groups[0].first});
    QVERIFY(failed.wait(10'000));
    const auto error = failed.first().at(0).value<GraphError>();
    QCOMPARE(error.httpStatus, 403);
    QVERIFY2(error.summary().contains(u"Directory.Read.All"_s), qPrintable(error.summary()));
    QCOMPARE(finished.size(), 0);
    QVERIFY(!lookup.isRunning());
}

void TestGroupNameLookup::noIdsNoCall()
{
    GraphTestEnvironment env;
    QVERIFY(env.fixture().started());
    GroupNameLookup lookup(env.intune());
    QSignalSpy finished(&lookup, &GroupNameLookup::finished);
    lookup.lookup({QString(), QString()});
    QVERIFY(finished.wait(1'000));
    QVERIFY(finished.first().at(0).value<Found>().isEmpty());
    QCOMPARE(env.requestsMatching(getByIdsPath), 0);
}

void TestGroupNameLookup::cancelIsSilent()
{
    GraphTestEnvironment env;
    QVERIFY(env.fixture().started());
    const auto groups = demoGroups(env.fixture(), 1);
    GroupNameLookup lookup(env.intune());
    QSignalSpy finished(&lookup, &GroupNameLookup::finished);
    QSignalSpy failed(&lookup, &GroupNameLookup::failed);
    lookup.lookup({groups[0].first});
    lookup.cancel();
    QVERIFY(!lookup.isRunning());
    QTest::qWait(300);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);
    // A new lookup after a cancel works, and only it answers.
    lookup.lookup({groups[0].first});
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.size(), 1);
}

QTEST_MAIN(TestGroupNameLookup)
#include "tst_GroupNameLookup.moc"
