// "Sync with Intune" (issue 5): AutopilotSyncTracker against the emulator over loopback — the
// last sync, a running sync (ours or one that answered 409), the ten-minute cooldown as a
// countdown and not an error (from a 429's Retry-After and from the settings after a restart),
// nothing else held back by the cooldown, and every sync request journalled — and, on the fake
// network, the answers the emulator does not give on demand: 5xx, malformed JSON, a sync Intune
// reports failed, and Graph showing the sync late.

#include "EmulatorFixture.h"
#include "FakeGraphNetwork.h"
#include "FakeTokenSource.h"
#include "emulator/GraphEmulator.h"
#include "emulator/RequestLog.h"
#include "graph/GraphClient.h"
#include "graph/IntuneService.h"
#include "models/ActivityJournal.h"
#include "models/ActivityModel.h"
#include "models/AutopilotSyncTracker.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;
using Answer = FakeGraphNetwork::Answer;
using State = AutopilotSyncTracker::State;
using FailedOperation = AutopilotSyncTracker::FailedOperation;

namespace {
const QString tenant = u"contoso.onmicrosoft.com"_s;
constexpr int pollMs = 100;
constexpr int syncDurationMs = 1500;

// A GraphClient and IntuneService over a network, with a journal: what Application wires.
struct Stack
{
    Stack(QNetworkAccessManager &network, const QString &token, const QUrl &baseUrl)
        : tokens(token)
        , client(network, tokens, clientOptions(baseUrl))
        , intune(client)
        , journal(model, QString())
    { }
    static GraphClientOptions clientOptions(const QUrl &baseUrl)
    {
        GraphClientOptions options;
        options.graphBaseUrl = baseUrl;
        options.backoffBaseMs = 1;
        options.backoffMaxMs = 5;
        return options;
    }
    std::unique_ptr<AutopilotSyncTracker> tracker(bool withJournal = true)
    {
        auto t = std::make_unique<AutopilotSyncTracker>(intune, withJournal ? &journal : nullptr, tenant);
        t->setPollIntervalMs(pollMs);
        return t;
    }

    FakeTokenSource tokens;
    GraphClient client;
    IntuneService intune;
    ActivityModel model;
    ActivityJournal journal;
};

QByteArray settingsJson(const QString &status, const QDateTime &lastSync, const QDateTime &trigger)
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : u"0001-01-01T00:00:00Z"_s;
    };
    return QJsonDocument(QJsonObject{{u"id"_s, u"settings-1"_s},
                                     {u"syncStatus"_s, status},
                                     {u"lastSyncDateTime"_s, time(lastSync)},
                                     {u"lastManualSyncTriggerDateTime"_s, time(trigger)}})
            .toJson(QJsonDocument::Compact);
}

Answer graphError(int status, const QByteArray &code, const QByteArray &requestId)
{
    return Answer::json(status, R"({"error":{"code":")" + code + R"(","message":"Something went wrong."}})",
                        {std::pair<QByteArray, QByteArray>("request-id", requestId)});
}

bool isSettings(const FakeGraphNetwork::Exchange &e)
{
    return e.method == "GET" && e.url.path().endsWith(u"/windowsAutopilotSettings"_s);
}
bool isSync(const FakeGraphNetwork::Exchange &e)
{
    return e.method == "POST" && e.url.path().endsWith(u"/windowsAutopilotSettings/sync"_s);
}
} // namespace

class TestAutopilotSyncTracker final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    // Against the emulator.
    void loadsLastSync();
    void syncRunsAndFinishes();
    void cooldownFromRetryAfterIsNotAnError();
    void cooldownFromSettingsAfterRestart();
    void conflictFollowsTheRunningSync();
    void forbiddenFailsWithASentence();

    // On the fake network.
    void serverErrorFailsThenRereads();
    void serverErrorButTheSyncRuns();
    void readFailures_data();
    void readFailures();
    void waitsForGraphToShowTheSync();
    void intuneReportsTheSyncFailed();
    void pollFailureEndsRunning();
    void tooManyRequestsWithoutRetryAfter();

private:
    void setSettings(const std::function<void(emu::AutopilotSettings &)> &change)
    {
        m_fixture->host().runOnEmulatorThread(
                [&change](emu::GraphEmulator &emulator) { change(emulator.tenant().autopilotSettings); });
    }
    QString settingsId()
    {
        QString id;
        m_fixture->host().runOnEmulatorThread(
                [&id](emu::GraphEmulator &emulator) { id = emulator.tenant().autopilotSettings.id; });
        return id;
    }
    int syncWrites() { return m_fixture->host().log().writes(u"sync:"_s + settingsId()); }
    int requests(const QByteArray &method, const QString &pathEnd)
    {
        int n = 0;
        for (const emu::RequestLogEntry &e : m_fixture->host().log().entries())
            n += e.method == method && e.path.endsWith(pathEnd) ? 1 : 0;
        return n;
    }
    std::unique_ptr<Stack> emulatorStack(const QString &token = {})
    {
        return std::make_unique<Stack>(*m_network, token.isEmpty() ? m_fixture->token() : token,
                                       m_fixture->host().baseUrl());
    }

    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestAutopilotSyncTracker::initTestCase()
{
    emu::EmulatorOptions options = EmulatorFixture::smallTenant();
    options.syncDurationMs = syncDurationMs;
    m_fixture = std::make_unique<EmulatorFixture>(options);
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->startError()));
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestAutopilotSyncTracker::init()
{
    // Every test starts from a tenant that never synced.
    setSettings([](emu::AutopilotSettings &s) {
        s.lastSyncDateTime = {};
        s.lastManualSyncTriggerDateTime = {};
        s.syncRunningUntilMs = 0;
        s.syncStatus = 2;
    });
    m_fixture->host().log().clear(); // requests and write counters per test
}

void TestAutopilotSyncTracker::cleanupTestCase()
{
    m_network.reset();
    m_fixture.reset();
}

void TestAutopilotSyncTracker::loadsLastSync()
{
    const QDateTime lastSync(QDate(2025, 1, 15), QTime(8, 30), Qt::UTC);
    setSettings([&](emu::AutopilotSettings &s) { s.lastSyncDateTime = lastSync; });
    auto stack = emulatorStack();
    auto tracker = stack->tracker();
    QCOMPARE(tracker->state(), State::Unknown);
    QVERIFY(!tracker->hasSettings());

    QSignalSpy changed(tracker.get(), &AutopilotSyncTracker::changed);
    tracker->refresh();
    QVERIFY(tracker->isLoading());
    QCOMPARE(tracker->state(), State::Unknown);
    tracker->refresh(); // a read in flight: no second one
    QVERIFY(QTest::qWaitFor([&] { return !tracker->isLoading(); }, 10'000));

    QCOMPARE(tracker->state(), State::Idle);
    QVERIFY(tracker->hasSettings());
    QCOMPARE(tracker->lastSync(), lastSync);
    QCOMPARE(tracker->settings().id, settingsId());
    QCOMPARE(tracker->cooldownRemainingMs(), 0);
    QVERIFY(!tracker->nextSyncPossibleAt().isValid());
    QVERIFY(tracker->canSync());
    QVERIFY(!tracker->error());
    QCOMPARE(tracker->failedOperation(), FailedOperation::None);
    QVERIFY(changed.count() >= 2); // loading, loaded
    QCOMPARE(requests("GET", u"/windowsAutopilotSettings"_s), 1);
    QCOMPARE(stack->model.rowCount(), 0); // a read is not a write: nothing journalled
}

void TestAutopilotSyncTracker::syncRunsAndFinishes()
{
    auto stack = emulatorStack();
    auto tracker = stack->tracker();
    tracker->refresh();
    QVERIFY(QTest::qWaitFor([&] { return tracker->hasSettings(); }, 10'000));
    QVERIFY(!tracker->lastSync().isValid()); // never synced
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const int readsBefore = requests("GET", u"/windowsAutopilotSettings"_s);

    QSignalSpy finished(tracker.get(), &AutopilotSyncTracker::syncFinished);
    QVERIFY(tracker->sync());
    QVERIFY(tracker->isStarting());
    QVERIFY(!tracker->canSync());
    QVERIFY(!tracker->sync()); // one at a time

    // The intent is in the journal before the answer.
    QCOMPARE(stack->model.rowCount(), 1);
    ActivityEntry entry = stack->model.entry(0);
    QCOMPARE(entry.outcome, ActivityEntry::Outcome::Pending);
    QCOMPARE(entry.action, u"Sync with Intune"_s);
    QCOMPARE(entry.target, u"Windows Autopilot"_s);
    QCOMPARE(entry.targetId, settingsId());
    QCOMPARE(entry.tenant, tenant);

    QVERIFY(QTest::qWaitFor([&] { return tracker->state() == State::Running; }, 10'000));
    QVERIFY(!tracker->isStarting());
    QVERIFY(!tracker->canSync());
    entry = stack->model.entry(0);
    QCOMPARE(entry.outcome, ActivityEntry::Outcome::Succeeded);
    QVERIFY(!entry.requestId.isEmpty());
    QVERIFY(!entry.clientRequestId.isEmpty());
    QCOMPARE(syncWrites(), 1);

    QVERIFY(finished.wait(syncDurationMs + 10'000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(tracker->lastSync().isValid());
    QVERIFY(tracker->lastSync() >= before.addSecs(-1));
    // Polled while running: more than the one read that showed it running.
    QVERIFY(requests("GET", u"/windowsAutopilotSettings"_s) - readsBefore >= 2);

    // Intune's ten minutes count from the trigger: the countdown shows, the button stays off.
    QCOMPARE(tracker->state(), State::CoolingDown);
    QVERIFY(tracker->cooldownRemainingMs() > AutopilotSyncTracker::cooldownMs - 30'000);
    QVERIFY(tracker->cooldownRemainingMs() <= AutopilotSyncTracker::cooldownMs);
    QVERIFY(tracker->nextSyncPossibleAt() > QDateTime::currentDateTime().addSecs(9 * 60 - 30));
    QVERIFY(!tracker->error());
    QVERIFY(!tracker->canSync());
    QVERIFY(!tracker->sync());
    QCOMPARE(syncWrites(), 1);
    QCOMPARE(stack->model.rowCount(), 1);

    // Polling stops once the sync ended.
    const int reads = requests("GET", u"/windowsAutopilotSettings"_s);
    QTest::qWait(pollMs * 5);
    QCOMPARE(requests("GET", u"/windowsAutopilotSettings"_s), reads);
}

void TestAutopilotSyncTracker::cooldownFromRetryAfterIsNotAnError()
{
    // Another admin synced three minutes ago; this tracker knows nothing yet (just started).
    const qint64 ago = 3 * 60 * 1000;
    setSettings([&](emu::AutopilotSettings &s) {
        s.lastManualSyncTriggerDateTime = QDateTime::currentDateTimeUtc().addMSecs(-ago);
        s.lastSyncDateTime = s.lastManualSyncTriggerDateTime.addSecs(20);
    });
    const QString deviceId = m_fixture->get(u"/beta/deviceManagement/windowsAutopilotDeviceIdentities?$top=1"_s)
                                     .value()
                                     .at(0)
                                     .toObject()
                                     .value(u"id"_s)
                                     .toString();
    QVERIFY(!deviceId.isEmpty());
    auto stack = emulatorStack();
    auto tracker = stack->tracker();
    QVERIFY(tracker->canSync());
    QVERIFY(tracker->sync());
    QVERIFY(QTest::qWaitFor([&] { return !tracker->isStarting(); }, 10'000));

    QCOMPARE(tracker->state(), State::CoolingDown);
    QVERIFY(!tracker->error());
    QCOMPARE(tracker->failedOperation(), FailedOperation::None);
    const qint64 expected = AutopilotSyncTracker::cooldownMs - ago; // what Retry-After says
    QVERIFY2(qAbs(tracker->cooldownRemainingMs() - expected) < 5'000,
             qPrintable(QString::number(tracker->cooldownRemainingMs())));
    QVERIFY(!tracker->canSync());
    QCOMPARE(syncWrites(), 0);

    const ActivityEntry entry = stack->model.entry(0);
    QCOMPARE(entry.outcome, ActivityEntry::Outcome::Cancelled);
    QVERIFY2(entry.detail.contains(u"one sync every 10 minutes"_s), qPrintable(entry.detail));
    QVERIFY(!entry.requestId.isEmpty());

    // The cooldown holds back nothing else: the next Intune call goes out at once.
    QCOMPARE(stack->client.blockedUntil(u"deviceManagement"_s), 0);
    QElapsedTimer timer;
    timer.start();
    int status = 0;
    stack->intune.getAutopilotDevice(deviceId)->then(
            this, [&](const GraphResponse &r) { status = r.status; }, [&](const GraphError &) { status = -1; });
    QVERIFY(QTest::qWaitFor([&] { return status != 0; }, 20'000));
    QCOMPARE(status, 200);
    // Held back it would wait the cooldown's 7 minutes; a busy machine still answers in seconds.
    QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_fixture->host().log().earlyRetries(), 0);

    // Having learnt of the cooldown it reads the settings (for the last sync) and sends no more.
    QVERIFY(QTest::qWaitFor([&] { return tracker->hasSettings(); }, 10'000));
    QVERIFY(tracker->lastSync().isValid());
    QCOMPARE(tracker->state(), State::CoolingDown);
    QVERIFY(!tracker->sync());
    QCOMPARE(requests("POST", u"/windowsAutopilotSettings/sync"_s), 1);
    QCOMPARE(stack->model.rowCount(), 1);
}

void TestAutopilotSyncTracker::cooldownFromSettingsAfterRestart()
{
    const qint64 left = 4000; // long enough for a busy machine to read it before it ends
    setSettings([&](emu::AutopilotSettings &s) {
        s.lastManualSyncTriggerDateTime =
                QDateTime::currentDateTimeUtc().addMSecs(-(AutopilotSyncTracker::cooldownMs - left));
        s.lastSyncDateTime = s.lastManualSyncTriggerDateTime.addSecs(30);
    });
    auto stack = emulatorStack();
    auto tracker = stack->tracker();
    // The state at each change signal, from the start: on a busy machine the cooldown may end
    // soon after the settings are read.
    QList<State> announced;
    connect(tracker.get(), &AutopilotSyncTracker::changed, this,
            [&announced, t = tracker.get()] { announced.append(t->state()); });
    tracker->refresh();
    QVERIFY(QTest::qWaitFor([&] { return tracker->hasSettings(); }, 10'000));
    QElapsedTimer timer;
    timer.start();
    const qint64 remaining = tracker->cooldownRemainingMs();
    QCOMPARE(tracker->state(), State::CoolingDown);
    // The server's Date header has whole seconds: at most a second more than the truth.
    QVERIFY2(remaining > 0 && remaining <= left + 1'100, qPrintable(QString::number(remaining)));
    QVERIFY(!tracker->canSync());
    QVERIFY(!tracker->sync());

    QVERIFY(QTest::qWaitFor([&] { return tracker->state() == State::Idle; }, 5'000));
    QVERIFY(timer.elapsed() >= remaining - 20);
    // The view learns without polling: the timer's signal follows within a moment (the wait
    // above reads the clock, so it can see Idle a few milliseconds before the timer has fired).
    QTRY_VERIFY_WITH_TIMEOUT(announced.contains(State::Idle), 1'000);
    QVERIFY(tracker->canSync());

    // Never earlier than Intune: the sync is accepted.
    QVERIFY(tracker->sync());
    QVERIFY(QTest::qWaitFor([&] { return !tracker->isStarting(); }, 10'000));
    QCOMPARE(tracker->state(), State::Running);
    QCOMPARE(stack->model.entry(0).outcome, ActivityEntry::Outcome::Succeeded);
    QCOMPARE(syncWrites(), 1);
}

void TestAutopilotSyncTracker::conflictFollowsTheRunningSync()
{
    // A sync started elsewhere (the portal) is running, until the test lets it end.
    QCOMPARE(m_fixture->send("POST", u"/beta/deviceManagement/windowsAutopilotSettings/sync"_s).status, 204);
    setSettings([](emu::AutopilotSettings &s) { s.syncRunningUntilMs = QDateTime::currentMSecsSinceEpoch() + 60'000; });
    auto stack = emulatorStack();
    auto tracker = stack->tracker();
    QSignalSpy finished(tracker.get(), &AutopilotSyncTracker::syncFinished);
    QVERIFY(tracker->sync());
    QVERIFY(QTest::qWaitFor([&] { return !tracker->isStarting(); }, 10'000));

    QCOMPARE(tracker->state(), State::Running); // 409: a state, not an error
    QVERIFY(!tracker->error());
    QCOMPARE(tracker->failedOperation(), FailedOperation::None);
    const ActivityEntry entry = stack->model.entry(0);
    QCOMPARE(entry.outcome, ActivityEntry::Outcome::Cancelled);
    QCOMPARE(entry.detail, u"A sync was already running."_s);
    QVERIFY(!entry.requestId.isEmpty());
    QTest::qWait(pollMs * 3);
    QCOMPARE(tracker->state(), State::Running); // followed by polling
    QCOMPARE(finished.count(), 0);

    setSettings([](emu::AutopilotSettings &s) { s.syncRunningUntilMs = QDateTime::currentMSecsSinceEpoch(); });
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(tracker->lastSync().isValid());
    QCOMPARE(tracker->state(), State::CoolingDown); // ten minutes from the portal's trigger
    QCOMPARE(syncWrites(), 1); // only the portal's
}

void TestAutopilotSyncTracker::forbiddenFailsWithASentence()
{
    auto stack = emulatorStack(m_fixture->token({u"DeviceManagementServiceConfig.Read.All"_s}));
    auto tracker = stack->tracker();
    tracker->refresh();
    QVERIFY(QTest::qWaitFor([&] { return tracker->hasSettings(); }, 10'000));
    QCOMPARE(tracker->state(), State::Idle);
    const int reads = requests("GET", u"/windowsAutopilotSettings"_s);

    QVERIFY(tracker->sync());
    QVERIFY(QTest::qWaitFor([&] { return !tracker->isStarting(); }, 10'000));
    QCOMPARE(tracker->state(), State::Failed);
    QCOMPARE(tracker->failedOperation(), FailedOperation::StartSync);
    QVERIFY(tracker->error());
    QCOMPARE(tracker->error()->httpStatus, 403);
    const QString summary = tracker->error()->summary();
    QVERIFY2(summary.contains(u"DeviceManagementServiceConfig.ReadWrite.All"_s), qPrintable(summary));
    QVERIFY(!tracker->error()->requestId.isEmpty());
    QVERIFY(tracker->canSync()); // nothing happened: trying again (with more rights) is allowed

    const ActivityEntry entry = stack->model.entry(0);
    QCOMPARE(entry.outcome, ActivityEntry::Outcome::Failed);
    QCOMPARE(entry.detail, summary);
    QCOMPARE(entry.requestId, tracker->error()->requestId);
    QCOMPARE(syncWrites(), 0);
    QTest::qWait(pollMs * 3);
    QCOMPARE(requests("GET", u"/windowsAutopilotSettings"_s), reads); // a 403 changed nothing: no re-read
}

void TestAutopilotSyncTracker::serverErrorFailsThenRereads()
{
    FakeGraphNetwork network;
    network.setHandler([](const FakeGraphNetwork::Exchange &e) {
        if (isSync(e))
            return graphError(500, "InternalServerError", "req-500");
        return Answer::json(200, settingsJson(u"completed"_s, {}, {}));
    });
    Stack stack(network, u"t"_s, QUrl(u"https://graph.test"_s));
    auto tracker = stack.tracker();
    QVERIFY(tracker->sync());
    QVERIFY(QTest::qWaitFor([&] { return !tracker->isStarting(); }, 10'000));
    QCOMPARE(tracker->state(), State::Failed);
    QCOMPARE(tracker->failedOperation(), FailedOperation::StartSync);
    QCOMPARE(tracker->error()->httpStatus, 500);
    QVERIFY(!tracker->error()->summary().isEmpty());
    const ActivityEntry entry = stack.model.entry(0);
    QCOMPARE(entry.outcome, ActivityEntry::Outcome::Failed);
    QCOMPARE(entry.requestId, u"req-500"_s);
    QCOMPARE(entry.detail, tracker->error()->summary());
    // A write is never retried; whether it ran is read back instead.
    QCOMPARE(std::count_if(network.exchanges().cbegin(), network.exchanges().cend(), isSync), 1);
    QVERIFY(QTest::qWaitFor([&] { return tracker->hasSettings() && !tracker->isLoading(); }, 10'000));
    QCOMPARE(tracker->state(), State::Failed); // it did not
    QVERIFY(tracker->canSync());
}

void TestAutopilotSyncTracker::serverErrorButTheSyncRuns()
{
    FakeGraphNetwork network;
    int reads = 0;
    network.setHandler([&reads](const FakeGraphNetwork::Exchange &e) {
        if (isSync(e))
            return graphError(502, "BadGateway", "req-502");
        ++reads;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return Answer::json(200,
                            reads < 3 ? settingsJson(u"inProgress"_s, {}, now.addSecs(-1))
                                      : settingsJson(u"completed"_s, now, now.addSecs(-2)));
    });
    Stack stack(network, u"t"_s, QUrl(u"https://graph.test"_s));
    auto tracker = stack.tracker();
    QSignalSpy finished(tracker.get(), &AutopilotSyncTracker::syncFinished);
    QVERIFY(tracker->sync());
    QVERIFY(QTest::qWaitFor([&] { return tracker->state() == State::Running; }, 10'000));
    QVERIFY(!tracker->error()); // the answer was lost, the sync was not
    QCOMPARE(stack.model.entry(0).outcome, ActivityEntry::Outcome::Failed); // what the answer said
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(tracker->state(), State::CoolingDown);
}

void TestAutopilotSyncTracker::readFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("malformed JSON") << 200 << QByteArray("{\"id\": \"x\", \"syncStatus\": ")
                                    << int(GraphError::Kind::InvalidResponse);
    QTest::newRow("not an object") << 200 << QByteArray("[1,2]") << int(GraphError::Kind::InvalidResponse);
    QTest::newRow("forbidden")
            << 403 << QByteArray(R"({"error":{"code":"Forbidden","message":"Application is not authorized."}})")
            << int(GraphError::Kind::Http);
}

void TestAutopilotSyncTracker::readFailures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    FakeGraphNetwork network;
    bool healthy = false;
    network.setHandler([&](const FakeGraphNetwork::Exchange &) {
        return healthy ? Answer::json(200, settingsJson(u"completed"_s, {}, {})) : Answer::json(status, body);
    });
    Stack stack(network, u"t"_s, QUrl(u"https://graph.test"_s));
    auto tracker = stack.tracker();
    tracker->refresh();
    QVERIFY(QTest::qWaitFor([&] { return !tracker->isLoading(); }, 20'000));
    QCOMPARE(tracker->state(), State::Failed);
    QCOMPARE(tracker->failedOperation(), FailedOperation::ReadSettings);
    QVERIFY(tracker->error());
    QCOMPARE(int(tracker->error()->kind), kind);
    QVERIFY(!tracker->error()->summary().isEmpty());
    QVERIFY(!tracker->hasSettings());
    QVERIFY(tracker->canSync()); // the server decides; a 409 or 429 would become state

    healthy = true;
    tracker->refresh();
    QVERIFY(QTest::qWaitFor([&] { return !tracker->isLoading(); }, 10'000));
    QCOMPARE(tracker->state(), State::Idle);
    QVERIFY(!tracker->error());
}

void TestAutopilotSyncTracker::waitsForGraphToShowTheSync()
{
    // Right after the 204 Graph still serves the old state once; the sync shows on the next read.
    const QDateTime earlier = QDateTime::currentDateTimeUtc().addSecs(-3600);
    FakeGraphNetwork network;
    int readsAfterSync = -1;
    network.setHandler([&](const FakeGraphNetwork::Exchange &e) {
        if (isSync(e)) {
            readsAfterSync = 0;
            return Answer{204, {}, {}, 0, QNetworkReply::NoError, false};
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (readsAfterSync < 0 || ++readsAfterSync == 1)
            return Answer::json(200, settingsJson(u"completed"_s, earlier, earlier.addSecs(-60)));
        if (readsAfterSync == 2)
            return Answer::json(200, settingsJson(u"inProgress"_s, earlier, now));
        return Answer::json(200, settingsJson(u"completed"_s, now, now.addSecs(-1)));
    });
    Stack stack(network, u"t"_s, QUrl(u"https://graph.test"_s));
    auto tracker = stack.tracker();
    tracker->refresh();
    QVERIFY(QTest::qWaitFor([&] { return tracker->hasSettings(); }, 10'000));
    QCOMPARE(tracker->state(), State::Idle);
    QCOMPARE(tracker->lastSync(), earlier);

    QSignalSpy finished(tracker.get(), &AutopilotSyncTracker::syncFinished);
    QVERIFY(tracker->sync());
    QVERIFY(QTest::qWaitFor([&] { return readsAfterSync >= 1 && !tracker->isLoading(); }, 10'000));
    QCOMPARE(tracker->state(), State::Running); // the stale read did not end it
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(readsAfterSync, 3);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(tracker->lastSync() > earlier);
    QCOMPARE(tracker->state(), State::CoolingDown);
}

void TestAutopilotSyncTracker::intuneReportsTheSyncFailed()
{
    FakeGraphNetwork network;
    int readsAfterSync = -1;
    network.setHandler([&](const FakeGraphNetwork::Exchange &e) {
        if (isSync(e)) {
            readsAfterSync = 0;
            return Answer{204, {}, {}, 0, QNetworkReply::NoError, false};
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (readsAfterSync < 0)
            return Answer::json(200, settingsJson(u"completed"_s, {}, {}));
        return Answer::json(200, settingsJson(++readsAfterSync == 1 ? u"inProgress"_s : u"failed"_s, {}, now));
    });
    Stack stack(network, u"t"_s, QUrl(u"https://graph.test"_s));
    auto tracker = stack.tracker(false); // no journal: nothing to record, nothing breaks
    QSignalSpy finished(tracker.get(), &AutopilotSyncTracker::syncFinished);
    QVERIFY(tracker->sync());
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(tracker->state(), State::Failed);
    QCOMPARE(tracker->failedOperation(), FailedOperation::IntuneSync);
    QVERIFY(!tracker->error()); // no Graph error: Intune's own verdict
    QVERIFY(tracker->cooldownRemainingMs() > 0); // and the ten minutes still apply
    QVERIFY(!tracker->canSync());
    QCOMPARE(stack.model.rowCount(), 0);
}

void TestAutopilotSyncTracker::pollFailureEndsRunning()
{
    FakeGraphNetwork network;
    bool synced = false;
    network.setHandler([&](const FakeGraphNetwork::Exchange &e) {
        if (isSync(e)) {
            synced = true;
            return Answer{204, {}, {}, 0, QNetworkReply::NoError, false};
        }
        if (synced)
            return graphError(403, "Forbidden", "req-403");
        return Answer::json(200, settingsJson(u"completed"_s, {}, {}));
    });
    Stack stack(network, u"t"_s, QUrl(u"https://graph.test"_s));
    auto tracker = stack.tracker();
    QVERIFY(tracker->sync());
    QVERIFY(QTest::qWaitFor([&] { return tracker->state() == State::Failed; }, 10'000));
    QCOMPARE(tracker->failedOperation(), FailedOperation::ReadSettings);
    QCOMPARE(tracker->error()->requestId, u"req-403"_s);
    QCOMPARE(stack.model.entry(0).outcome, ActivityEntry::Outcome::Succeeded); // the sync was accepted
    QVERIFY(tracker->cooldownRemainingMs() > 0);
    // No endless polling of a status that cannot be read.
    const auto reads = [&] {
        return std::count_if(network.exchanges().cbegin(), network.exchanges().cend(), isSettings);
    };
    const auto n = reads();
    QTest::qWait(pollMs * 5);
    QCOMPARE(reads(), n);
}

void TestAutopilotSyncTracker::tooManyRequestsWithoutRetryAfter()
{
    // The first read is stale (the last trigger long ago), so the button is on; the sync meets a
    // 429 without Retry-After; the read after it shows another admin's trigger of 4 minutes ago.
    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QDateTime recent = QDateTime::currentDateTimeUtc().addSecs(-4 * 60);
    FakeGraphNetwork network;
    bool refused = false;
    network.setHandler([&](const FakeGraphNetwork::Exchange &e) {
        if (isSync(e)) {
            refused = true;
            return graphError(429, "TooManyRequests", "req-429");
        }
        if (!refused)
            return Answer::json(200, settingsJson(u"completed"_s, longAgo, longAgo));
        Answer a = Answer::json(200, settingsJson(u"completed"_s, recent, recent));
        a.delayMs = 500; // time to look at the state before it
        return a;
    });
    Stack stack(network, u"t"_s, QUrl(u"https://graph.test"_s));
    auto tracker = stack.tracker();
    tracker->refresh();
    QVERIFY(QTest::qWaitFor([&] { return tracker->hasSettings(); }, 10'000));
    QVERIFY(tracker->canSync());

    QVERIFY(tracker->sync());
    QVERIFY(QTest::qWaitFor([&] { return !tracker->isStarting(); }, 10'000));
    QCOMPARE(tracker->state(), State::CoolingDown);
    QVERIFY(!tracker->error());
    QVERIFY(tracker->isLoading()); // reading when the last sync was triggered
    QVERIFY(tracker->cooldownRemainingMs() > 50'000 && tracker->cooldownRemainingMs() <= 60'000);
    QCOMPARE(stack.model.entry(0).outcome, ActivityEntry::Outcome::Cancelled);
    QCOMPARE(stack.model.entry(0).requestId, u"req-429"_s);

    QVERIFY(QTest::qWaitFor([&] { return !tracker->isLoading(); }, 10'000));
    const qint64 remaining = tracker->cooldownRemainingMs();
    QVERIFY2(remaining > 5 * 60'000 && remaining <= 6 * 60'000 + 1'000, qPrintable(QString::number(remaining)));
    QCOMPARE(tracker->state(), State::CoolingDown);
    QCOMPARE(std::count_if(network.exchanges().cbegin(), network.exchanges().cend(), isSync), 1);
}

QTEST_MAIN(TestAutopilotSyncTracker)
#include "tst_AutopilotSyncTracker.moc"
