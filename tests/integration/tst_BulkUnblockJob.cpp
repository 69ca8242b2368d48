// BulkUnblockJob against the emulator over loopback, with the real QNAM, GraphClient and
// IntuneService (issue 5): every device unblocked exactly once (the emulator's write counters),
// cancel reports exactly what was sent and sends nothing more, throttling is waited out with no
// early retry, injected server errors and unknown ids end as per-device sentences with request-ids,
// "retry failed" completes the job, and the journal says the same as the results.

#include "GraphTestEnvironment.h"
#include "UnblockFixtures.h"
#include "emulator/GraphEmulator.h"
#include "emulator/RequestLog.h"
#include "models/BulkUnblockJob.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;
using Outcome = BulkUnblockJob::Outcome;
using State = BulkUnblockJob::State;

namespace {

// Requests the emulator saw whose path names the device (inside $batch or alone).
int requestsFor(GraphTestEnvironment &env, const QString &deviceId)
{
    int n = 0;
    for (const emu::RequestLogEntry &entry : env.log().entries())
        n += entry.path.contains(deviceId) ? 1 : 0;
    return n;
}

// Every device refreshed after the job, by id.
struct Refreshed
{
    explicit Refreshed(BulkUnblockJob &job)
    {
        QObject::connect(&job, &BulkUnblockJob::devicesRefreshed, &job, [this](const QList<AutopilotDevice> &list) {
            ++emissions;
            for (const AutopilotDevice &device : list)
                byId.insert(device.id, device);
        });
    }
    QHash<QString, AutopilotDevice> byId;
    int emissions = 0;
};

} // namespace

class TestBulkUnblockJob final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<State>(); }
    void unblocksEachDeviceExactlyOnce();
    void cancelMidway();
    void cancelWhileThrottled();
    void throttledThousandWithoutEarlyRetries();
    void serverErrorsThenRetryFailed();
    void unknownDeviceGetsA404Sentence();
    void emptyAndIdleCancel();

private:
    static void checkJournalMatches(GraphTestEnvironment &env, const BulkUnblockJob &job, int firstRow);
};

// The shared check, and: nothing else is journalled, and a failure's detail is its sentence alone.
void TestBulkUnblockJob::checkJournalMatches(GraphTestEnvironment &env, const BulkUnblockJob &job, int firstRow)
{
    QCOMPARE(env.activity().rowCount(), firstRow + job.total());
    ed::test::checkJournalMatches(env.activity(), job, firstRow, u"contoso.onmicrosoft.com"_s);
    if (QTest::currentTestFailed())
        return;
    for (int i = 0; i < job.total(); ++i)
        if (job.results().at(i).outcome == Outcome::Failed)
            QCOMPARE(env.activity().entry(firstRow + i).detail, job.results().at(i).message);
}

void TestBulkUnblockJob::unblocksEachDeviceExactlyOnce()
{
    GraphTestEnvironment env({.emulator = tenantOf(300), .client = unpaced()});
    QVERIFY(env.fixture().started());
    const QList<UnblockTarget> targets = blockDevices(env.fixture(), 250);
    QCOMPARE(targets.size(), 250);
    QList<QString> others;
    env.fixture().host().runOnEmulatorThread([&](emu::GraphEmulator &emulator) {
        for (int i = 250; i < emulator.tenant().devices.size(); ++i)
            others.append(emulator.tenant().devices.at(i).id);
    });

    BulkUnblockJob job(targets, env.intune(), env.journal(), env.tenant());
    Refreshed refreshed(job);
    QSignalSpy progress(&job, &BulkUnblockJob::progressChanged);
    QSignalSpy states(&job, &BulkUnblockJob::stateChanged);
    QSignalSpy finished(&job, &BulkUnblockJob::finished);
    job.start();
    QCOMPARE(env.activity().rowCount(), 250); // the intent is journalled before anything is sent
    QCOMPARE(env.activity().entry(0).outcome, ActivityEntry::Outcome::Pending);
    QVERIFY(waitFinished(job, 30'000));

    QCOMPARE(job.state(), State::Finished);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job.succeededCount(), 250);
    QCOMPARE(job.failedCount(), 0);
    QCOMPARE(job.notSentCount(), 0);
    QVERIFY(job.failedDevices().isEmpty());
    QCOMPARE(progress.constLast().at(0).toInt(), 250);
    QVERIFY(states.contains(QVariantList{QVariant::fromValue(State::Verifying)}));

    const QHash<QString, int> counts = env.log().writeCounts();
    for (const UnblockTarget &target : targets)
        QCOMPARE(counts.value(u"allowNextEnrollment:"_s + target.deviceId), 1);
    for (const QString &id : std::as_const(others))
        QCOMPARE(counts.value(u"allowNextEnrollment:"_s + id), 0);

    // 20 to a $batch at most, and every result carries its ids.
    int batches = 0;
    for (const emu::RequestLogEntry &entry : env.log().entries())
        if (!entry.insideBatch && entry.path.endsWith(u"/$batch"_s)) {
            ++batches;
            const QJsonArray requests = QJsonDocument::fromJson(entry.body).object().value(u"requests"_s).toArray();
            QVERIFY(requests.size() <= 20);
        }
    QVERIFY(batches >= 13 + 13); // 250 writes and 250 reads
    for (const BulkUnblockJob::Result &result : job.results()) {
        QCOMPARE(result.outcome, Outcome::Succeeded);
        QVERIFY(!result.requestId.isEmpty());
        QVERIFY(!result.clientRequestId.isEmpty());
    }

    // The rows refresh from the server: userless enrollment is allowed now.
    QCOMPARE(refreshed.byId.size(), 250);
    QVERIFY(refreshed.emissions >= 2); // in groups, not one device at a time nor all at the end only
    for (const UnblockTarget &target : targets)
        QCOMPARE(refreshed.byId.value(target.deviceId).userlessEnrollmentStatus,
                 AutopilotDevice::UserlessEnrollmentStatus::Allowed);
    QCOMPARE(job.refreshFailures(), 0);
    checkJournalMatches(env, job, 0);
    QCOMPARE(job.remainingMs(), 0);
}

void TestBulkUnblockJob::cancelMidway()
{
    // 10 writes per 250 ms: 100 devices take 2.25 s, so a cancel after the first answers is midway.
    GraphClientOptions pacing;
    pacing.writesPerWindow = 10;
    pacing.writeWindowMs = 250;
    GraphTestEnvironment env({.emulator = tenantOf(300), .client = pacing});
    QVERIFY(env.fixture().started());
    const QList<UnblockTarget> targets = blockDevices(env.fixture(), 100);
    BulkUnblockJob job(targets, env.intune(), env.journal(), env.tenant());
    Refreshed refreshed(job);
    QSignalSpy states(&job, &BulkUnblockJob::stateChanged);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(job.answered() >= 10, 10'000);
    QElapsedTimer cancelling;
    cancelling.start();
    job.cancel();
    QVERIFY(waitFinished(job, 10'000));
    QVERIFY2(cancelling.elapsed() < 1500, "a cancel waits only for the answers on the wire");

    QCOMPARE(job.state(), State::Cancelled);
    QVERIFY(states.contains(QVariantList{QVariant::fromValue(State::Cancelling)}));
    QCOMPARE(job.failedCount(), 0);
    QVERIFY(job.succeededCount() >= 10);
    QVERIFY(job.notSentCount() >= 50);
    QCOMPARE(job.succeededCount() + job.notSentCount(), 100);
    QCOMPARE(job.settled(), 100);

    const QHash<QString, int> counts = env.log().writeCounts();
    for (int i = 0; i < job.total(); ++i) {
        const BulkUnblockJob::Result &result = job.results().at(i);
        const QString key = u"allowNextEnrollment:"_s + result.deviceId;
        if (result.outcome == Outcome::Succeeded) {
            QCOMPARE(counts.value(key), 1);
            QVERIFY(refreshed.byId.contains(result.deviceId)); // sent ones are read again even after a cancel
        } else {
            QCOMPARE(result.outcome, Outcome::NotSent);
            QCOMPARE(counts.value(key), 0);
            QCOMPARE(requestsFor(env, result.deviceId), 0); // not even a request
            QVERIFY(!result.message.isEmpty());
        }
    }
    checkJournalMatches(env, job, 0);

    // Retrying the rest is a new job over exactly the devices not sent.
    const QList<UnblockTarget> rest = job.failedDevices();
    QCOMPARE(rest.size(), job.notSentCount());
    BulkUnblockJob retry(rest, env.intune(), env.journal(), env.tenant());
    retry.start();
    QVERIFY(waitFinished(retry, 20'000));
    QCOMPARE(retry.state(), State::Finished);
    QCOMPARE(retry.succeededCount(), rest.size());
    const QHash<QString, int> after = env.log().writeCounts();
    for (const UnblockTarget &target : targets)
        QCOMPARE(after.value(u"allowNextEnrollment:"_s + target.deviceId), 1);
    checkJournalMatches(env, retry, 100);
}

void TestBulkUnblockJob::cancelWhileThrottled()
{
    // No client pacing to speak of on the `fast` profile: Graph takes 100 writes in the window and
    // throttles the rest until it ends. A cancel then ends the waiting ones unsent at once.
    GraphClientOptions pacing;
    pacing.writesPerWindow = 10'000;
    GraphTestEnvironment env({.emulator = tenantOf(300, emu::ThrottleProfile::Fast), .client = pacing});
    QVERIFY(env.fixture().started());
    const QList<UnblockTarget> targets = blockDevices(env.fixture(), 240);
    BulkUnblockJob job(targets, env.intune(), env.journal(), env.tenant());
    EmulatorFixture::waitForFreshThrottleWindow();
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(job.state(), State::Throttled, 5000);
    QVERIFY(job.throttledUntil() > GraphClient::now());
    QVERIFY(job.remainingMs() >= job.throttledUntil() - GraphClient::now() - 50);
    QElapsedTimer cancelling;
    cancelling.start();
    job.cancel();
    QVERIFY(job.state() != State::Running && job.state() != State::Throttled);
    QTRY_VERIFY_WITH_TIMEOUT(job.state() != State::Cancelling, 1000); // no Retry-After is waited out
    QVERIFY(job.state() == State::Verifying || job.state() == State::Cancelled);
    QVERIFY(waitFinished(job, 10'000)); // the unblocked ones are read once the throttling ends
    QCOMPARE(job.state(), State::Cancelled);
    QCOMPARE(job.failedCount(), 0);
    QVERIFY(job.succeededCount() > 0);
    QVERIFY(job.notSentCount() > 0);
    const QHash<QString, int> counts = env.log().writeCounts();
    int refusedThenCancelled = 0; // sent, told to retry later (429), then cancelled while waiting
    for (const BulkUnblockJob::Result &result : job.results()) {
        QCOMPARE(counts.value(u"allowNextEnrollment:"_s + result.deviceId),
                 result.outcome == Outcome::Succeeded ? 1 : 0);
        if (result.outcome == Outcome::NotSent && requestsFor(env, result.deviceId) > 0)
            ++refusedThenCancelled;
    }
    QVERIFY(refusedThenCancelled > 0);
    QCOMPARE(env.log().earlyRetries(), 0);
    checkJournalMatches(env, job, 0);
}

void TestBulkUnblockJob::throttledThousandWithoutEarlyRetries()
{
    // A client paced for twice what Graph allows (the `fast` profile: 100 writes per app per 2 s):
    // Graph throttles, the job says so, waits out every Retry-After, and ends with all unblocked.
    GraphClientOptions pacing;
    pacing.writesPerWindow = 200;
    pacing.writeWindowMs = 2000;
    GraphTestEnvironment env({.emulator = tenantOf(1000, emu::ThrottleProfile::Fast), .client = pacing});
    QVERIFY(env.fixture().started());
    const QList<UnblockTarget> targets = blockDevices(env.fixture(), 1000);
    BulkUnblockJob job(targets, env.intune(), env.journal(), env.tenant());
    Refreshed refreshed(job);
    QSignalSpy states(&job, &BulkUnblockJob::stateChanged);
    EmulatorFixture::waitForFreshThrottleWindow();
    QElapsedTimer elapsed;
    elapsed.start();
    job.start();
    // Honest from the start: never less than the pacing allows.
    QVERIFY(job.remainingMs() >= BulkUnblockJob::minimumDurationMs(1000, env.client().options()));

    // The estimate a third of the way through, against what it really took.
    qint64 estimate = -1;
    qint64 estimatedAt = 0;
    QElapsedTimer limit;
    limit.start();
    while (job.isActive() && limit.elapsed() < 90'000) {
        if (estimate < 0 && job.settled() >= 330 && job.state() != State::Verifying) {
            estimate = job.remainingMs();
            estimatedAt = elapsed.elapsed();
        }
        QTest::qWait(5);
    }
    QVERIFY(!job.isActive());
    QCOMPARE(job.state(), State::Finished);
    QVERIFY(states.contains(QVariantList{QVariant::fromValue(State::Throttled)}));
    for (const BulkUnblockJob::Result &result : job.results())
        QVERIFY2(result.outcome == Outcome::Succeeded, qPrintable(result.message));
    QCOMPARE(job.succeededCount(), 1000);
    QCOMPARE(env.log().earlyRetries(), 0);
    const QHash<QString, int> counts = env.log().writeCounts();
    for (const UnblockTarget &target : targets)
        QCOMPARE(counts.value(u"allowNextEnrollment:"_s + target.deviceId), 1);
    int throttled = 0;
    QHash<QString, int> throttledPerDevice; // a retried item keeps its client-request-id
    for (const emu::RequestLogEntry &entry : env.log().entries())
        if (entry.throttled) {
            ++throttled;
            if (entry.insideBatch && entry.method == "POST")
                ++throttledPerDevice[entry.clientRequestId];
        }
    QVERIFY(throttled > 0);
    // Retries go before new batches: no device loses the race window after window.
    int worst = 0;
    for (int n : std::as_const(throttledPerDevice))
        worst = std::max(worst, n);
    QVERIFY2(worst <= 3, qPrintable(u"a device was throttled %1 times"_s.arg(worst)));
    QCOMPARE(refreshed.byId.size(), 1000);

    const qint64 actual = job.writePhaseMs() - estimatedAt;
    qInfo("1,000 devices on `fast` at 200 writes/2 s: writes took %lld ms, %d throttled answers (at most %d for one "
          "device); estimate at 33 %%: %lld ms left, actually %lld ms",
          job.writePhaseMs(), throttled, worst, estimate, actual);
    QVERIFY(estimate > 0);
    // Honest: not (much) faster than it turned out, and not wildly slower.
    QVERIFY2(estimate >= actual * 8 / 10 && estimate <= actual * 3 / 2 + 1000, "the estimate holds");
    checkJournalMatches(env, job, 0);
}

void TestBulkUnblockJob::serverErrorsThenRetryFailed()
{
    // 10 % of requests meet an injected 500/502/503/504 before the service sees them: 500 and
    // 502 on a write are not retried (Graph may or may not have applied it), so devices fail with
    // Graph's sentence and request-id; "retry failed" then unblocks them, still exactly once each.
    GraphTestEnvironment env({.emulator = tenantOf(300, emu::ThrottleProfile::Off, emu::FaultProfile::ServerErrors),
                              .client = unpaced()});
    QVERIFY(env.fixture().started());
    const QList<UnblockTarget> targets = blockDevices(env.fixture(), 100);
    BulkUnblockJob job(targets, env.intune(), env.journal(), env.tenant());
    job.start();
    QVERIFY(waitFinished(job, 60'000));
    QCOMPARE(job.state(), State::Finished);
    QVERIFY(job.failedCount() > 0);
    QCOMPARE(job.notSentCount(), 0);
    for (const BulkUnblockJob::Result &result : job.results()) {
        if (result.outcome != Outcome::Failed)
            continue;
        QVERIFY2(result.message.contains(u"(500"_s) || result.message.contains(u"(502"_s)
                         || result.message.contains(u"(503"_s) || result.message.contains(u"(504"_s),
                 qPrintable(result.message));
        QVERIFY(!result.requestId.isEmpty());
        QCOMPARE(env.log().writes(u"allowNextEnrollment:"_s + result.deviceId), 0);
    }
    checkJournalMatches(env, job, 0);

    QList<UnblockTarget> failed = job.failedDevices();
    QCOMPARE(failed.size(), job.failedCount());
    int row = 100;
    for (int round = 0; round < 8 && !failed.isEmpty(); ++round) {
        BulkUnblockJob retry(failed, env.intune(), env.journal(), env.tenant());
        retry.start();
        QVERIFY(waitFinished(retry, 60'000));
        QVERIFY(retry.failedCount() < failed.size());
        checkJournalMatches(env, retry, row);
        row += retry.total();
        failed = retry.failedDevices();
    }
    QVERIFY(failed.isEmpty());
    const QHash<QString, int> counts = env.log().writeCounts();
    for (const UnblockTarget &target : targets)
        QCOMPARE(counts.value(u"allowNextEnrollment:"_s + target.deviceId), 1);
}

void TestBulkUnblockJob::unknownDeviceGetsA404Sentence()
{
    GraphTestEnvironment env({.emulator = tenantOf(50)});
    QVERIFY(env.fixture().started());
    QList<UnblockTarget> targets = blockDevices(env.fixture(), 3);
    const QString missing = u"0badc0de-0000-4000-8000-000000000404"_s;
    targets.insert(1, UnblockTarget{missing, u"NOSUCHSERIAL"_s, {}, {}, true});
    setDeviceDeleted(env.fixture(), targets.at(3).deviceId, true); // deleted in the portal meanwhile

    BulkUnblockJob job(targets, env.intune(), env.journal(), env.tenant());
    Refreshed refreshed(job);
    job.start();
    QVERIFY(waitFinished(job, 20'000));
    QCOMPARE(job.state(), State::Finished);
    QCOMPARE(job.succeededCount(), 2);
    QCOMPARE(job.failedCount(), 2);
    for (int i : {1, 3}) {
        const BulkUnblockJob::Result &result = job.results().at(i);
        QCOMPARE(result.outcome, Outcome::Failed);
        QVERIFY2(result.message.startsWith(u"The requested item was not found (404"_s), qPrintable(result.message));
        QVERIFY(!result.requestId.isEmpty());
    }
    QCOMPARE(job.results().at(0).outcome, Outcome::Succeeded);
    QCOMPARE(job.results().at(2).outcome, Outcome::Succeeded);
    QCOMPARE(refreshed.byId.size(), 2); // only the unblocked ones are read again
    checkJournalMatches(env, job, 0);

    // Restored: retrying the failed ones unblocks it; the unknown id fails the same way again.
    setDeviceDeleted(env.fixture(), targets.at(3).deviceId, false);
    const QList<UnblockTarget> failed = job.failedDevices();
    QCOMPARE(failed.size(), 2);
    BulkUnblockJob retry(failed, env.intune(), env.journal(), env.tenant());
    retry.start();
    QVERIFY(waitFinished(retry, 20'000));
    QCOMPARE(retry.results().at(0).outcome, Outcome::Failed);
    QCOMPARE(retry.results().at(1).outcome, Outcome::Succeeded);
    QCOMPARE(env.log().writes(u"allowNextEnrollment:"_s + targets.at(3).deviceId), 1);
}

void TestBulkUnblockJob::emptyAndIdleCancel()
{
    GraphTestEnvironment env({.emulator = tenantOf(20)});
    QVERIFY(env.fixture().started());
    BulkUnblockJob empty({}, env.intune(), env.journal(), env.tenant());
    QSignalSpy finished(&empty, &BulkUnblockJob::finished);
    empty.start();
    QVERIFY(finished.wait(2000));
    QCOMPARE(empty.state(), State::Finished);
    QCOMPARE(env.activity().rowCount(), 0);

    const QList<UnblockTarget> targets = blockDevices(env.fixture(), 5);
    BulkUnblockJob idle(targets, env.intune(), env.journal(), env.tenant());
    idle.cancel(); // before start: nothing sent, nothing journalled
    QCOMPARE(idle.state(), State::Cancelled);
    QCOMPARE(idle.notSentCount(), 5);
    idle.start(); // no effect once ended
    QTest::qWait(50);
    QCOMPARE(idle.state(), State::Cancelled);
    QCOMPARE(env.activity().rowCount(), 0);
    for (const UnblockTarget &target : targets)
        QCOMPARE(requestsFor(env, target.deviceId), 0);
}

QTEST_GUILESS_MAIN(TestBulkUnblockJob)
#include "tst_BulkUnblockJob.moc"
