// ProfileAssignJob against the emulator over loopback, with the real QNAM, GraphClient and
// IntuneService (issue 6 points 4–7): 100 devices per `assign` call and every device assigned
// exactly once (the emulator's write counters), a group Graph refuses is sent again device by
// device so only the removed device fails, a read-only account, a deleted profile, injected server
// errors and Dev Proxy faults, throttling waited out without an early retry, cancel, the
// follow-up from pending to assigned and its time limit, and the journal saying the same as the
// results. Transport failures and cut bodies come from the fake network: never "assigned".

#include "FakeGraphNetwork.h"
#include "GraphTestEnvironment.h"
#include "UnblockFixtures.h"
#include "emulator/GraphEmulator.h"
#include "emulator/RequestLog.h"
#include "models/ProfileAssignJob.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;
using Outcome = ProfileAssignJob::Outcome;
using State = ProfileAssignJob::State;

namespace {

const QString tenantName = u"contoso.onmicrosoft.com"_s;
const QString removedText = u"This device is no longer registered in Windows Autopilot (it was removed after the list "
                            u"was loaded)."_s;
const QString noAnswerText = u"No answer from Microsoft Graph: the assignment may or may not have been applied."_s;

// Every test here keeps its journal on disk too.
GraphTestOptions onDisk(emu::EmulatorOptions emulator, GraphClientOptions client = {}, QStringList scopes = {})
{
    return {.emulator = std::move(emulator),
            .client = std::move(client),
            .scopes = std::move(scopes),
            .journalFile = true};
}

// A small tenant whose assignments stay pending this long.
emu::EmulatorOptions pendingFor(int devices, int assignDelayMs)
{
    emu::EmulatorOptions options = tenantOf(devices);
    options.profileAssignDelayMs = assignDelayMs;
    return options;
}

// The emulator's first `count` devices (from `first`) as assign targets.
QList<ProfileAssignTarget> assignTargets(GraphTestEnvironment &env, int count, int first = 0)
{
    QList<ProfileAssignTarget> targets;
    env.fixture().host().runOnEmulatorThread([&](emu::GraphEmulator &emulator) {
        const emu::DemoTenant &tenant = emulator.tenant();
        for (int i = first; i < first + count && i < tenant.devices.size(); ++i) {
            const emu::Device &device = tenant.devices.at(i);
            targets.append(ProfileAssignTarget{device.id, device.serialNumber, device.model, {}, {}});
        }
    });
    return targets;
}

// A deployment profile of the demo tenant: id, name and its index there.
struct Profile
{
    QString id;
    QString name;
    int index = -1;
};
Profile profileAt(GraphTestEnvironment &env, int index)
{
    Profile p;
    env.fixture().host().runOnEmulatorThread([&](emu::GraphEmulator &emulator) {
        const emu::DeploymentProfile &profile = emulator.tenant().profiles.at(index);
        p = Profile{profile.id, profile.displayName, index};
    });
    return p;
}

// The profile the emulator holds as the device's intended one (-1: none).
int intendedProfile(GraphTestEnvironment &env, const QString &deviceId)
{
    int intended = -2;
    env.fixture().host().runOnEmulatorThread([&](emu::GraphEmulator &emulator) {
        for (const emu::Device &device : emulator.tenant().devices)
            if (device.id == deviceId)
                intended = device.intendedProfile;
    });
    return intended;
}

// The `assign` calls the emulator saw (inside $batch or alone), and how many device ids each.
QList<int> assignCalls(GraphTestEnvironment &env)
{
    QList<int> sizes;
    for (const emu::RequestLogEntry &entry : env.log().entries())
        if (entry.method == "POST" && entry.path.endsWith(u"/assign"_s))
            sizes.append(static_cast<int>(
                    QJsonDocument::fromJson(entry.body).object().value(u"deviceIds"_s).toArray().size()));
    return sizes;
}

// Requests the emulator saw that name the device, in the path or in the body.
int requestsFor(GraphTestEnvironment &env, const QString &deviceId)
{
    int n = 0;
    for (const emu::RequestLogEntry &entry : env.log().entries())
        n += entry.path.contains(deviceId) || (entry.insideBatch && entry.body.contains(deviceId.toUtf8())) ? 1 : 0;
    return n;
}

// What the job reported for each device over time, and the devices it refreshed, by id.
struct Watch
{
    explicit Watch(ProfileAssignJob &job)
    {
        QObject::connect(&job, &BulkDeviceJob::deviceReported, &job,
                         [this, &job](int index) { reported[index].append(job.results().at(index).reported); });
        QObject::connect(&job, &BulkDeviceJob::devicesRefreshed, &job, [this](const QList<AutopilotDevice> &list) {
            ++refreshes;
            for (const AutopilotDevice &device : list)
                byId.insert(device.id, device);
        });
        QObject::connect(&job, &ProfileAssignJob::followUpChanged, &job, [this, &job] {
            ++followUps;
            if (job.nextCheckAt() > 0)
                checksScheduled.append(job.nextCheckAt());
        });
    }
    QHash<int, QStringList> reported;
    QHash<QString, AutopilotDevice> byId;
    int refreshes = 0;
    int followUps = 0;
    QList<qint64> checksScheduled;
};

} // namespace

class TestProfileAssignJob final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<State>(); }
    void assignsInChunksAndFollowsUp();
    void removedDeviceFailsAlone();
    void readOnlyAccountAssignsNothing();
    void deletedProfileIsNotSplit();
    void serverErrorsThenRetryFailed();
    void devProxyFaults();
    void throttlingIsWaitedOut();
    void noAnswerIsNeverAssigned();
    void cancelLeavesTheRestUntouched();
    void followUpLimitAndCancel();
    void destroyedWhileOnTheWire();
    void emptyAndIdleCancel();

private:
    static void checkJournalMatches(const ActivityModel &activity, const ProfileAssignJob &job, int firstRow);
};

// The shared check, and: each entry says what it did and names the profile first.
void TestProfileAssignJob::checkJournalMatches(const ActivityModel &activity, const ProfileAssignJob &job, int firstRow)
{
    ed::test::checkJournalMatches(activity, job, firstRow, tenantName);
    if (QTest::currentTestFailed())
        return;
    for (int i = 0; i < job.total(); ++i) {
        const ActivityEntry &entry = activity.entry(firstRow + i);
        QCOMPARE(entry.action, u"Assign profile"_s);
        QVERIFY2(entry.detail.startsWith(u"Profile “%1”"_s.arg(job.profileName())), qPrintable(entry.detail));
    }
}

void TestProfileAssignJob::assignsInChunksAndFollowsUp()
{
    // Pending for 1.5 s: the first follow-up read (after 1 s) still sees it pending.
    GraphTestEnvironment env(onDisk(pendingFor(300, 1500), unpaced()));
    QVERIFY(env.fixture().started());
    const Profile kiosk = profileAt(env, 1);
    const Profile sales = profileAt(env, 2);
    QList<ProfileAssignTarget> targets = assignTargets(env, 250);
    QCOMPARE(targets.size(), 250);
    targets[0].previousProfileId = sales.id;
    targets[0].previousProfileName = sales.name;
    targets[1].previousProfileId = kiosk.id; // the same profile again: nothing replaced
    targets[1].previousProfileName = kiosk.name;
    const QList<ProfileAssignTarget> others = assignTargets(env, 50, 250);

    ProfileAssignJob job(kiosk.id, kiosk.name, targets, env.intune(), env.journal(), tenantName);
    Watch watch(job);
    QSignalSpy states(&job, &BulkDeviceJob::stateChanged);
    QSignalSpy finished(&job, &BulkDeviceJob::finished);
    QSignalSpy progress(&job, &BulkDeviceJob::progressChanged);
    QCOMPARE(job.outcomeText(Outcome::Succeeded), u"Assigned"_s);
    job.start();
    // The intent is journalled before anything is sent.
    QCOMPARE(env.activity().rowCount(), 250);
    QCOMPARE(env.activity().entry(0).outcome, ActivityEntry::Outcome::Pending);
    QCOMPARE(env.activity().entry(0).action, u"Assign profile"_s);
    QVERIFY(job.remainingMs() > 0);

    QTRY_COMPARE_WITH_TIMEOUT(job.state(), State::Verifying, 15'000);
    QCOMPARE(job.remainingMs(), -1);
    QCOMPARE(job.succeededCount(), 250);
    QVERIFY(job.nextCheckAt() > GraphClient::now());
    QCOMPARE(job.waitingCount(), 250);
    QVERIFY(waitFinished(job, 30'000));

    QCOMPARE(job.state(), State::Finished);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job.succeededCount(), 250);
    QCOMPARE(job.failedCount(), 0);
    QCOMPARE(job.notSentCount(), 0);
    QVERIFY(job.failedDevices().isEmpty());
    QCOMPARE(progress.constLast().at(0).toInt(), 250);
    QCOMPARE(job.remainingMs(), 0);

    // 100 devices per call: three calls, in one $batch.
    QList<int> calls = assignCalls(env);
    std::sort(calls.begin(), calls.end());
    QCOMPARE(calls, (QList<int>{50, 100, 100}));
    int assignBatches = 0;
    for (const emu::RequestLogEntry &entry : env.log().entries())
        assignBatches +=
                !entry.insideBatch && entry.path.endsWith(u"/$batch"_s) && entry.body.contains("/assign") ? 1 : 0;
    QCOMPARE(assignBatches, 1); // all three in one $batch
    const QHash<QString, int> counts = env.log().writeCounts();
    for (const ProfileAssignTarget &target : std::as_const(targets)) {
        QCOMPARE(counts.value(u"assignProfile:"_s + target.deviceId), 1);
        QCOMPARE(intendedProfile(env, target.deviceId), kiosk.index);
    }
    for (const ProfileAssignTarget &target : others)
        QCOMPARE(counts.value(u"assignProfile:"_s + target.deviceId), 0);
    for (const BulkDeviceJob::Result &result : job.results()) {
        QCOMPARE(result.outcome, Outcome::Succeeded);
        QVERIFY(!result.requestId.isEmpty());
        QVERIFY(!result.clientRequestId.isEmpty());
        QCOMPARE(result.reported, u"Assigned"_s);
    }

    // Pending → Assigned, seen by the devices too; the follow-up ran more than one read.
    for (int i = 0; i < 250; ++i)
        QCOMPARE(watch.reported.value(i), (QStringList{u"Pending"_s, u"Assigned"_s}));
    QCOMPARE(watch.byId.size(), 250);
    for (const ProfileAssignTarget &target : std::as_const(targets))
        QCOMPARE(watch.byId.value(target.deviceId).deploymentProfileAssignmentStatus,
                 AutopilotDevice::ProfileAssignmentStatus::AssignedInSync);
    QVERIFY(watch.refreshes >= 2);
    QVERIFY(watch.checksScheduled.size() >= 2);
    QVERIFY(watch.checksScheduled.at(1) - watch.checksScheduled.at(0) >= 1900); // backoff: 1 s, then 2 s
    QCOMPARE(job.confirmedCount(), 250);
    QCOMPARE(job.waitingCount(), 0);
    QCOMPARE(job.nextCheckAt(), 0);
    QVERIFY(states.contains(QVariantList{QVariant::fromValue(State::Verifying)}));

    // The profile lists them as assigned now (its assigned-device count).
    const HttpResult assigned = env.fixture().get(
            u"/beta/deviceManagement/windowsAutopilotDeploymentProfiles/%1/assignedDevices"_s.arg(kiosk.id));
    QCOMPARE(assigned.status, 200);
    QSet<QString> assignedIds;
    for (const QJsonValue &value : assigned.value())
        assignedIds.insert(value.toObject().value(u"id"_s).toString());
    for (const ProfileAssignTarget &target : std::as_const(targets))
        QVERIFY(assignedIds.contains(target.deviceId));

    // The journal says the same, on disk too, naming the profile and what it replaces.
    checkJournalMatches(env.activity(), job, 0);
    QCOMPARE(env.activity().entry(0).detail, u"Profile “%1” (replaces “%2”)"_s.arg(kiosk.name, sales.name));
    QCOMPARE(env.activity().entry(1).detail, u"Profile “%1”"_s.arg(kiosk.name));
    QCOMPARE(env.activity().entry(2).detail, u"Profile “%1”"_s.arg(kiosk.name));
    ActivityModel reloaded;
    ActivityJournal again(reloaded, env.journalPath());
    const ActivityJournal::LoadResult loaded = again.load();
    QCOMPARE(loaded.entries, 250);
    QCOMPARE(loaded.skippedLines, 0);
    for (int row = 0; row < reloaded.rowCount(); ++row)
        QCOMPARE(reloaded.entry(row).outcome, ActivityEntry::Outcome::Succeeded);
    QCOMPARE(reloaded.entry(0).detail, env.activity().entry(0).detail);
}

void TestProfileAssignJob::removedDeviceFailsAlone()
{
    GraphTestEnvironment env(onDisk(tenantOf(100), unpaced()));
    QVERIFY(env.fixture().started());
    const Profile profile = profileAt(env, 0);
    QList<ProfileAssignTarget> targets = assignTargets(env, 30);
    setDeviceDeleted(env.fixture(), targets.at(7).deviceId, true); // removed in the portal after the list was loaded
    const QString unknown = u"0badc0de-0000-4000-8000-000000000404"_s;
    targets.insert(20, ProfileAssignTarget{unknown, u"NOSUCHSERIAL"_s, {}, {}, {}});

    ProfileAssignJob job(profile.id, profile.name, targets, env.intune(), env.journal(), tenantName);
    Watch watch(job);
    job.start();
    QVERIFY(waitFinished(job, 30'000));
    QCOMPARE(job.state(), State::Finished);
    QCOMPARE(job.succeededCount(), 29);
    QCOMPARE(job.failedCount(), 2);
    for (int i : {7, 20}) {
        const BulkDeviceJob::Result &result = job.results().at(i);
        QCOMPARE(result.outcome, Outcome::Failed);
        QCOMPARE(result.message, removedText);
        QVERIFY(!result.requestId.isEmpty());
        QVERIFY(!result.clientRequestId.isEmpty());
        QVERIFY(result.reported.isEmpty());
    }
    // Graph refused the 31 together (all or nothing); each went again alone.
    const QList<int> calls = assignCalls(env);
    QCOMPARE(calls.size(), 1 + 31);
    QCOMPARE(calls.count(31), 1);
    QCOMPARE(calls.count(1), 31);
    const QHash<QString, int> counts = env.log().writeCounts();
    for (int i = 0; i < targets.size(); ++i) {
        const BulkDeviceJob::Result &result = job.results().at(i);
        QCOMPARE(counts.value(u"assignProfile:"_s + result.deviceId), result.outcome == Outcome::Succeeded ? 1 : 0);
        if (result.outcome == Outcome::Succeeded) {
            QCOMPARE(result.reported, u"Assigned"_s);
            QVERIFY(watch.byId.contains(result.deviceId));
        }
    }
    QCOMPARE(watch.byId.size(), 29); // only the assigned ones are followed
    checkJournalMatches(env.activity(), job, 0);

    // "Retry failed" offers exactly those two; restored, the removed one is assigned.
    const QList<ProfileAssignTarget> failed = job.failedDevices();
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(0).deviceId, targets.at(7).deviceId);
    setDeviceDeleted(env.fixture(), targets.at(7).deviceId, false);
    ProfileAssignJob retry(profile.id, profile.name, failed, env.intune(), env.journal(), tenantName);
    retry.start();
    QVERIFY(waitFinished(retry, 30'000));
    QCOMPARE(retry.results().at(0).outcome, Outcome::Succeeded);
    QCOMPARE(retry.results().at(1).outcome, Outcome::Failed);
    QCOMPARE(retry.results().at(1).message, removedText);
    QCOMPARE(env.log().writes(u"assignProfile:"_s + targets.at(7).deviceId), 1);
    checkJournalMatches(env.activity(), retry, targets.size());
}

void TestProfileAssignJob::readOnlyAccountAssignsNothing()
{
    GraphTestEnvironment env(onDisk(tenantOf(300), unpaced(), {u"DeviceManagementServiceConfig.Read.All"_s}));
    QVERIFY(env.fixture().started());
    const Profile profile = profileAt(env, 0);
    const QList<ProfileAssignTarget> targets = assignTargets(env, 150);
    ProfileAssignJob job(profile.id, profile.name, targets, env.intune(), env.journal(), tenantName);
    QSignalSpy states(&job, &BulkDeviceJob::stateChanged);
    job.start();
    QVERIFY(waitFinished(job, 20'000));
    QCOMPARE(job.state(), State::Finished);
    QCOMPARE(job.failedCount(), 150);
    QVERIFY(!states.contains(QVariantList{QVariant::fromValue(State::Verifying)})); // nothing to follow
    for (const BulkDeviceJob::Result &result : job.results()) {
        QVERIFY2(result.message.contains(u"DeviceManagementServiceConfig.ReadWrite.All"_s), qPrintable(result.message));
        QVERIFY2(result.message.contains(u"403"_s), qPrintable(result.message));
        QVERIFY(!result.requestId.isEmpty());
        QVERIFY(result.reported.isEmpty());
        QCOMPARE(env.log().writes(u"assignProfile:"_s + result.deviceId), 0);
    }
    QCOMPARE(assignCalls(env).size(), 2); // refused, not split
    QCOMPARE(job.failedDevices().size(), 150);
    checkJournalMatches(env.activity(), job, 0);
}

void TestProfileAssignJob::deletedProfileIsNotSplit()
{
    // The profile was deleted after the list was loaded: every call answers 404. The job reads the
    // profile once instead of sending 250 calls device by device.
    GraphTestEnvironment env(onDisk(tenantOf(300), unpaced()));
    QVERIFY(env.fixture().started());
    const QString gone = u"0badc0de-0000-4000-8000-00000000dead"_s;
    const QList<ProfileAssignTarget> targets = assignTargets(env, 250);
    ProfileAssignJob job(gone, u"Retired kiosks"_s, targets, env.intune(), env.journal(), tenantName);
    job.start();
    QVERIFY(waitFinished(job, 20'000));
    QCOMPARE(job.state(), State::Finished);
    QCOMPARE(job.failedCount(), 250);
    for (const BulkDeviceJob::Result &result : job.results()) {
        QCOMPARE(result.message,
                 u"The deployment profile “Retired kiosks” no longer exists in Intune (it was deleted after the list "
                 u"was loaded)."_s);
        QVERIFY(!result.requestId.isEmpty());
    }
    QCOMPARE(assignCalls(env).size(), 3);
    int profileReads = 0;
    for (const emu::RequestLogEntry &entry : env.log().entries())
        profileReads += entry.method == "GET" && entry.path.endsWith(gone) ? 1 : 0;
    QCOMPARE(profileReads, 1);
    checkJournalMatches(env.activity(), job, 0);
}

void TestProfileAssignJob::serverErrorsThenRetryFailed()
{
    // 10 % of requests meet an injected 500/502/503/504 before the service sees them. A call inside
    // a $batch is retried (assign is idempotent); a $batch of writes that fails as a whole with 500
    // or 502 is not (Graph may have run some of it), so its devices fail with the sentence. Nothing
    // is reported assigned that the emulator did not assign, nothing is assigned twice, and "retry
    // failed" gets the rest done.
    GraphTestEnvironment env(
            onDisk(tenantOf(1000, emu::ThrottleProfile::Off, emu::FaultProfile::ServerErrors), unpaced()));
    QVERIFY(env.fixture().started());
    const Profile profile = profileAt(env, 3);
    const QList<ProfileAssignTarget> targets = assignTargets(env, 1000);
    QList<ProfileAssignTarget> pending = targets;
    int row = 0;
    int rounds = 0;
    int failedSeen = 0;
    while (!pending.isEmpty() && rounds < 10) {
        ++rounds;
        ProfileAssignJob job(profile.id, profile.name, pending, env.intune(), env.journal(), tenantName);
        job.setFollowUpLimitMs(20'000);
        job.start();
        QVERIFY(waitFinished(job, 120'000));
        QCOMPARE(job.state(), State::Finished);
        QCOMPARE(job.notSentCount(), 0);
        const QHash<QString, int> counts = env.log().writeCounts();
        for (const BulkDeviceJob::Result &result : job.results()) {
            QVERIFY(result.outcome == Outcome::Succeeded || result.outcome == Outcome::Failed);
            if (result.outcome == Outcome::Succeeded) {
                QCOMPARE(counts.value(u"assignProfile:"_s + result.deviceId), 1);
                QVERIFY(!result.reported.isEmpty());
            } else {
                ++failedSeen;
                QCOMPARE(counts.value(u"assignProfile:"_s + result.deviceId), 0);
                QVERIFY2(result.message.contains(u"(500"_s) || result.message.contains(u"(502"_s)
                                 || result.message.contains(u"(503"_s) || result.message.contains(u"(504"_s),
                         qPrintable(result.message));
                QVERIFY(!result.requestId.isEmpty());
            }
        }
        checkJournalMatches(env.activity(), job, row);
        row += job.total();
        pending = job.failedDevices();
    }
    QVERIFY(pending.isEmpty());
    int faults = 0;
    for (const emu::RequestLogEntry &entry : env.log().entries())
        faults += entry.fault == u"5xx"_s ? 1 : 0;
    qInfo("5xx: %d injected faults, %d devices failed, %d rounds", faults, failedSeen, rounds);
    QVERIFY2(faults > 0, "the faults met some requests");
    const QHash<QString, int> counts = env.log().writeCounts();
    for (const ProfileAssignTarget &target : std::as_const(targets)) {
        QCOMPARE(counts.value(u"assignProfile:"_s + target.deviceId), 1);
        QCOMPARE(intendedProfile(env, target.deviceId), profile.index);
    }
}

void TestProfileAssignJob::devProxyFaults()
{
    // Microsoft Dev Proxy's defaults: half the requests fail (429 with Retry-After 5, 5xx, 507 on
    // POST). Every device ends assigned or failed with a sentence; none is reported assigned that
    // the emulator did not assign; the follow-up survives failed reads and keeps to its limit.
    GraphTestEnvironment env(onDisk(tenantOf(300, emu::ThrottleProfile::Off, emu::FaultProfile::DevProxy), unpaced()));
    QVERIFY(env.fixture().started());
    const Profile profile = profileAt(env, 4);
    const QList<ProfileAssignTarget> targets = assignTargets(env, 250);
    ProfileAssignJob job(profile.id, profile.name, targets, env.intune(), env.journal(), tenantName);
    job.setFollowUpLimitMs(10'000);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(job.state() == State::Verifying || !job.isActive(), 200'000);
    QElapsedTimer followUp;
    followUp.start();
    QVERIFY(waitFinished(job, 60'000));
    QVERIFY2(followUp.elapsed() < 10'000 + 15'000 + 1000, "a round is cut off after the limit and its grace");
    QCOMPARE(job.state(), State::Finished);
    QCOMPARE(job.settled(), 250);
    QCOMPARE(job.notSentCount(), 0);
    const QHash<QString, int> counts = env.log().writeCounts();
    for (const BulkDeviceJob::Result &result : job.results()) {
        QVERIFY(result.outcome == Outcome::Succeeded || result.outcome == Outcome::Failed);
        QCOMPARE(counts.value(u"assignProfile:"_s + result.deviceId), result.outcome == Outcome::Succeeded ? 1 : 0);
        if (result.outcome == Outcome::Failed)
            QVERIFY(!result.message.isEmpty());
        else
            QVERIFY(!result.reported.isEmpty());
    }
    qInfo("Dev Proxy: %d assigned, %d failed, %d confirmed, %d still waiting", job.succeededCount(), job.failedCount(),
          job.confirmedCount(), job.waitingCount());
    QCOMPARE(env.log().earlyRetries(), 0);
    checkJournalMatches(env.activity(), job, 0);
}

void TestProfileAssignJob::throttlingIsWaitedOut()
{
    // Another copy of the app used up the window's write budget (`fast`: 100 writes per app per 2 s):
    // Graph answers 429 with Retry-After; the job says it is throttled, waits, and then assigns all.
    GraphTestEnvironment env(onDisk(tenantOf(300, emu::ThrottleProfile::Fast), unpaced()));
    QVERIFY(env.fixture().started());
    const Profile profile = profileAt(env, 0);
    const QList<ProfileAssignTarget> targets = assignTargets(env, 250);
    const QList<ProfileAssignTarget> busy = assignTargets(env, 20, 280);
    ProfileAssignJob job(profile.id, profile.name, targets, env.intune(), env.journal(), tenantName);
    QSignalSpy states(&job, &BulkDeviceJob::stateChanged);
    EmulatorFixture::waitForFreshThrottleWindow();
    for (int b = 0; b < 5; ++b) {
        QJsonArray requests;
        for (int i = 0; i < busy.size(); ++i)
            requests.append(
                    QJsonObject{{u"id"_s, QString::number(i)},
                                {u"method"_s, u"POST"_s},
                                {u"url"_s,
                                 u"/deviceManagement/windowsAutopilotDeviceIdentities/%1/allowNextEnrollment"_s.arg(
                                         busy.at(i).deviceId)}});
        QCOMPARE(env.fixture().postJson(u"/beta/$batch"_s, QJsonObject{{u"requests"_s, requests}}).status, 200);
    }
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(job.state(), State::Throttled, 5000);
    QVERIFY(job.throttledUntil() > GraphClient::now());
    QVERIFY(job.remainingMs() >= job.throttledUntil() - GraphClient::now() - 50);
    QVERIFY(waitFinished(job, 30'000));
    QCOMPARE(job.state(), State::Finished);
    QCOMPARE(job.succeededCount(), 250);
    QCOMPARE(env.log().earlyRetries(), 0);
    int throttledAssigns = 0;
    for (const emu::RequestLogEntry &entry : env.log().entries())
        throttledAssigns += entry.throttled && entry.path.endsWith(u"/assign"_s) ? 1 : 0;
    QVERIFY(throttledAssigns > 0);
    const QHash<QString, int> counts = env.log().writeCounts();
    for (const ProfileAssignTarget &target : targets)
        QCOMPARE(counts.value(u"assignProfile:"_s + target.deviceId), 1);
    checkJournalMatches(env.activity(), job, 0);
}

void TestProfileAssignJob::noAnswerIsNeverAssigned()
{
    // The connection closes without an answer, or the answer is cut short: Graph may or may not
    // have applied it, and the job says exactly that.
    FakeGraphNetwork network;
    FakeTokenSource tokens(u"t"_s);
    GraphClientOptions options;
    options.graphBaseUrl = QUrl(u"https://graph.test"_s);
    options.backoffBaseMs = 10;
    GraphClient client(network, tokens, options);
    IntuneService intune(client);
    ActivityModel activity;
    ActivityJournal journal(activity, QString());
    QList<ProfileAssignTarget> targets;
    for (int i = 0; i < 120; ++i)
        targets.append(ProfileAssignTarget{
                u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QLatin1Char('0')), u"SERIAL%1"_s.arg(i), {}, {}, {}});

    for (const bool cut : {false, true}) {
        network.setHandler([cut](const FakeGraphNetwork::Exchange &) {
            FakeGraphNetwork::Answer answer;
            if (cut) {
                answer = FakeGraphNetwork::Answer::json(200, R"({"responses":[{"id":"0","status":204},{"id":"1","st)");
            } else {
                answer.status = 0;
                answer.error = QNetworkReply::RemoteHostClosedError;
            }
            return answer;
        });
        const int firstRow = activity.rowCount();
        ProfileAssignJob job(u"profile-1"_s, u"Kiosk"_s, targets, intune, &journal, tenantName);
        job.start();
        QVERIFY(waitFinished(job, 10'000));
        QCOMPARE(job.state(), State::Finished);
        QCOMPARE(job.succeededCount(), 0);
        QCOMPARE(job.failedCount(), 120);
        for (const BulkDeviceJob::Result &result : job.results())
            QVERIFY2(result.message.startsWith(noAnswerText), qPrintable(result.message));
        checkJournalMatches(activity, job, firstRow);
    }
    for (const FakeGraphNetwork::Exchange &exchange : network.exchanges())
        QVERIFY(exchange.url.path().endsWith(u"/$batch"_s)); // no split, no follow-up
}

void TestProfileAssignJob::cancelLeavesTheRestUntouched()
{
    // One write per 2 s window: the first call goes, the other two wait for the pacing. A cancel
    // then ends them unsent, and the emulator never hears of their devices.
    GraphClientOptions pacing;
    pacing.writesPerWindow = 1;
    pacing.writeWindowMs = 2000;
    GraphTestEnvironment env(onDisk(tenantOf(300), pacing));
    QVERIFY(env.fixture().started());
    const Profile profile = profileAt(env, 0);
    const QList<ProfileAssignTarget> targets = assignTargets(env, 300);
    ProfileAssignJob job(profile.id, profile.name, targets, env.intune(), env.journal(), tenantName);
    QSignalSpy states(&job, &BulkDeviceJob::stateChanged);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(job.answered() >= 100, 10'000);
    QVERIFY(job.remainingMs() >= 1000); // the pacing holds the next call back
    QElapsedTimer cancelling;
    cancelling.start();
    job.cancel();
    QVERIFY(states.contains(QVariantList{QVariant::fromValue(State::Cancelling)}));
    QTRY_VERIFY_WITH_TIMEOUT(job.state() != State::Cancelling, 1000);
    QVERIFY(cancelling.elapsed() < 1000);
    QVERIFY(waitFinished(job, 15'000)); // the assigned ones are followed up
    QCOMPARE(job.state(), State::Cancelled);
    QCOMPARE(job.succeededCount(), 100);
    QCOMPARE(job.notSentCount(), 200);
    QCOMPARE(job.failedCount(), 0);
    const QHash<QString, int> counts = env.log().writeCounts();
    for (const BulkDeviceJob::Result &result : job.results()) {
        if (result.outcome == Outcome::Succeeded) {
            QCOMPARE(counts.value(u"assignProfile:"_s + result.deviceId), 1);
            QCOMPARE(result.reported, u"Assigned"_s);
        } else {
            QCOMPARE(result.outcome, Outcome::NotSent);
            QCOMPARE(requestsFor(env, result.deviceId), 0); // not even a request
            QVERIFY(!result.message.isEmpty());
        }
    }
    QCOMPARE(assignCalls(env).size(), 1);
    checkJournalMatches(env.activity(), job, 0);
    QCOMPARE(job.failedDevices().size(), 200);
}

void TestProfileAssignJob::followUpLimitAndCancel()
{
    // Intune takes 20 s to settle; the follow-up gives up after 2 s and says so.
    GraphTestEnvironment env(onDisk(pendingFor(100, 20'000), unpaced()));
    QVERIFY(env.fixture().started());
    const Profile profile = profileAt(env, 0);
    const QList<ProfileAssignTarget> targets = assignTargets(env, 20);
    ProfileAssignJob job(profile.id, profile.name, targets, env.intune(), env.journal(), tenantName);
    QCOMPARE(job.followUpLimitMs(), 5 * 60 * 1000);
    job.setFollowUpLimitMs(2000);
    Watch watch(job);
    QElapsedTimer elapsed;
    elapsed.start();
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(job.state(), State::Verifying, 10'000);
    const qint64 verifyingAt = elapsed.elapsed();
    QVERIFY(waitFinished(job, 10'000));
    QVERIFY(elapsed.elapsed() - verifyingAt >= 1900);
    QVERIFY(elapsed.elapsed() - verifyingAt < 4000);
    QCOMPARE(job.state(), State::Finished);
    QCOMPARE(job.succeededCount(), 20);
    QCOMPARE(job.waitingCount(), 20);
    QCOMPARE(job.confirmedCount(), 0);
    for (int i = 0; i < job.total(); ++i) {
        QCOMPARE(job.results().at(i).reported, u"Still pending after 2 s"_s);
        QCOMPARE(watch.reported.value(i), (QStringList{u"Pending"_s, u"Still pending after 2 s"_s}));
        QCOMPARE(watch.byId.value(targets.at(i).deviceId).deploymentProfileAssignmentStatus,
                 AutopilotDevice::ProfileAssignmentStatus::Pending);
    }
    QVERIFY(watch.refreshes >= 2); // at 1 s and at the limit

    // A cancel while following up stops the reads only: the assignments stand.
    ProfileAssignJob again(profile.id, profile.name, targets, env.intune(), env.journal(), tenantName);
    again.start();
    QTRY_COMPARE_WITH_TIMEOUT(again.state(), State::Verifying, 10'000);
    QVERIFY(again.nextCheckAt() > 0);
    again.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!again.isActive(), 1000);
    QCOMPARE(again.state(), State::Finished);
    QCOMPARE(again.succeededCount(), 20);
    QCOMPARE(again.nextCheckAt(), 0);
    for (const BulkDeviceJob::Result &result : again.results())
        QCOMPARE(result.reported, u"Pending"_s);
    checkJournalMatches(env.activity(), again, 20);
}

void TestProfileAssignJob::destroyedWhileOnTheWire()
{
    // The window closes while the first call is on the wire (500 ms latency) and the others wait
    // for the pacing: the first call's answer still completes its journal entries, and the others
    // are journalled as not sent.
    emu::EmulatorOptions options = tenantOf(300);
    options.latencyMinMs = 500;
    options.latencyMaxMs = 500;
    GraphClientOptions pacing;
    pacing.writesPerWindow = 1;
    pacing.writeWindowMs = 10'000;
    GraphTestEnvironment env(onDisk(options, pacing));
    QVERIFY(env.fixture().started());
    const Profile profile = profileAt(env, 0);
    const QList<ProfileAssignTarget> targets = assignTargets(env, 300);
    auto job = std::make_unique<ProfileAssignJob>(profile.id, profile.name, targets, env.intune(), env.journal(),
                                                  tenantName);
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(env.client().inFlight() > 0, 2000);
    job.reset();
    QCOMPARE(env.activity().rowCount(), 300);
    for (int row = 100; row < 300; ++row)
        QCOMPARE(env.activity().entry(row).outcome, ActivityEntry::Outcome::Cancelled);
    QCOMPARE(env.activity().entry(0).outcome, ActivityEntry::Outcome::Pending);
    QTRY_COMPARE_WITH_TIMEOUT(env.activity().entry(99).outcome, ActivityEntry::Outcome::Succeeded, 5000);
    const QHash<QString, int> counts = env.log().writeCounts();
    for (int row = 0; row < 300; ++row) {
        const ActivityEntry &entry = env.activity().entry(row);
        QCOMPARE(entry.outcome, row < 100 ? ActivityEntry::Outcome::Succeeded : ActivityEntry::Outcome::Cancelled);
        QCOMPARE(counts.value(u"assignProfile:"_s + entry.targetId), row < 100 ? 1 : 0);
        if (row < 100)
            QVERIFY(!entry.requestId.isEmpty());
    }
}

void TestProfileAssignJob::emptyAndIdleCancel()
{
    GraphTestEnvironment env(onDisk(tenantOf(20)));
    QVERIFY(env.fixture().started());
    const Profile profile = profileAt(env, 0);
    ProfileAssignJob empty(profile.id, profile.name, {}, env.intune(), env.journal(), tenantName);
    QSignalSpy finished(&empty, &BulkDeviceJob::finished);
    empty.start();
    QVERIFY(finished.wait(2000));
    QCOMPARE(empty.state(), State::Finished);
    QCOMPARE(env.activity().rowCount(), 0);

    const QList<ProfileAssignTarget> targets = assignTargets(env, 5);
    ProfileAssignJob idle(profile.id, profile.name, targets, env.intune(), env.journal(), tenantName);
    idle.cancel(); // before start: nothing sent, nothing journalled
    QCOMPARE(idle.state(), State::Cancelled);
    QCOMPARE(idle.notSentCount(), 5);
    QCOMPARE(idle.failedDevices().size(), 5);
    idle.start(); // no effect once ended
    QTest::qWait(50);
    QCOMPARE(idle.state(), State::Cancelled);
    QCOMPARE(env.activity().rowCount(), 0);
    for (const ProfileAssignTarget &target : targets)
        QCOMPARE(requestsFor(env, target.deviceId), 0);
}

QTEST_GUILESS_MAIN(TestProfileAssignJob)
#include "tst_ProfileAssignJob.moc"
