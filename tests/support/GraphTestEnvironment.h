#pragma once

#include "EmulatorFixture.h"
#include "FakeTokenSource.h"
#include "graph/GraphClient.h"
#include "graph/IntuneService.h"
#include "models/ActivityJournal.h"
#include "models/ActivityModel.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ed {
class BulkDeviceJob;
}
namespace ed::emu {
class RequestLog;
}

namespace ed::test {

// How a GraphTestEnvironment is set up. Every member has an initializer, so a designated
// initializer may name any of them alone ({.scopes = {…}}) without -Wmissing-field-initializers.
struct GraphTestOptions
{
    emu::EmulatorOptions emulator = EmulatorFixture::smallTenant(); // ignored on a borrowed emulator
    GraphClientOptions client = {}; // graphBaseUrl is replaced by the emulator's
    QStringList scopes = {}; // of the token; empty: every scope the app uses
    bool journalFile = false; // true: the journal also writes activity.jsonl in a temporary directory
};

// What a Graph-backed test starts from, wired the way Application wires it: an emulator over
// loopback, a QNetworkAccessManager, a token of the emulator's, a GraphClient and an
// IntuneService on them, and an ActivityJournal feeding an ActivityModel (in memory, or also in a
// file of its own). Destroyed in the safe order: the journal before its model, the service
// before its client, the client before its network and token, all of it before the emulator and
// the journal's directory.
class GraphTestEnvironment final
{
    Q_DISABLE_COPY_MOVE(GraphTestEnvironment)
public:
    using Options = GraphTestOptions;

    GraphTestEnvironment();
    explicit GraphTestEnvironment(const Options &options);
    // A second client (other scopes, other pacing) on an emulator the test already runs: the
    // fixture is borrowed and must outlive this environment; options.emulator is not used.
    GraphTestEnvironment(EmulatorFixture &fixture, const Options &options);
    ~GraphTestEnvironment();

    EmulatorFixture &fixture() { return *m_fixture; }
    emu::RequestLog &log();
    // The demo tenant's domain ("contoso.onmicrosoft.com"), as the views and jobs are given it.
    QString tenant() const;

    QNetworkAccessManager &network() { return m_network; }
    FakeTokenSource &tokens() { return m_tokens; }
    GraphClient &client() { return *m_client; }
    IntuneService &intune() { return *m_intune; }
    ActivityModel &activity() { return m_activity; }
    ActivityJournal *journal() { return m_journal.get(); } // never null
    QString journalPath() const; // empty without Options::journalFile

    // Requests the emulator saw (inside $batch or alone) whose path matches the regular
    // expression, and whose method is `method` unless that is empty.
    int requestsMatching(const QString &pathPattern, const QByteArray &method = {});

private:
    GraphTestEnvironment(std::unique_ptr<EmulatorFixture> owned, EmulatorFixture *borrowed, const Options &options);

    std::unique_ptr<QTemporaryDir> m_directory; // the journal's, with Options::journalFile
    std::unique_ptr<EmulatorFixture> m_ownedFixture;
    EmulatorFixture *m_fixture; // m_ownedFixture or a borrowed one; never null
    QNetworkAccessManager m_network;
    FakeTokenSource m_tokens;
    std::unique_ptr<GraphClient> m_client;
    std::unique_ptr<IntuneService> m_intune;
    ActivityModel m_activity;
    std::unique_ptr<ActivityJournal> m_journal;
};

// A loader (DeviceLoader, ProfileLoader) filling its model through an environment of its own.
template<typename Model, typename Loader>
struct LoaderRig
{
    LoaderRig(emu::EmulatorOptions emulator, GraphClientOptions client, QStringList scopes)
        : env({.emulator = std::move(emulator), .client = std::move(client), .scopes = std::move(scopes)})
        , loader(env.intune(), model)
    { }

    // Runs the event loop (in 5 ms steps) until the loader is in `state` or timeoutMs have passed.
    bool waitFor(typename Loader::State state, int timeoutMs = 30'000)
    {
        QElapsedTimer timer;
        timer.start();
        while (loader.state() != state && timer.elapsed() < timeoutMs)
            QTest::qWait(5);
        return loader.state() == state;
    }

    GraphTestEnvironment env;
    Model model;
    Loader loader;
};

// EmulatorFixture::smallTenant() with this many devices and these throttle and fault profiles.
emu::EmulatorOptions tenantOf(int devices, emu::ThrottleProfile throttle = emu::ThrottleProfile::Off,
                              emu::FaultProfile faults = emu::FaultProfile::None);

// Client options for tests where throttling is not the point: writes go as fast as the emulator
// answers.
GraphClientOptions unpaced();

// Runs the event loop (in 5 ms steps) until the job is no longer active or timeoutMs have passed;
// true when it ended.
bool waitFinished(BulkDeviceJob &job, int timeoutMs);

// Checks that the journal rows from firstRow say what the job's results say, device by device:
// the device, its serial and the tenant; succeeded with the request-id, failed with the sentence
// (at the end of the entry's detail) and the request-id, cancelled when not sent. A mismatch is a
// test failure (the caller may check QTest::currentTestFailed()).
void checkJournalMatches(const ActivityModel &activity, const BulkDeviceJob &job, int firstRow, const QString &tenant);

} // namespace ed::test
