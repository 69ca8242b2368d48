#include "GraphTestEnvironment.h"

#include "emulator/RequestLog.h"
#include "models/BulkDeviceJob.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace ed::test {

namespace {

GraphClientOptions onEmulator(GraphClientOptions options, EmulatorFixture &fixture)
{
    options.graphBaseUrl = fixture.host().baseUrl();
    return options;
}

} // namespace

GraphTestEnvironment::GraphTestEnvironment()
    : GraphTestEnvironment(Options{})
{ }

GraphTestEnvironment::GraphTestEnvironment(const Options &options)
    : GraphTestEnvironment(std::make_unique<EmulatorFixture>(options.emulator), nullptr, options)
{ }

GraphTestEnvironment::GraphTestEnvironment(EmulatorFixture &fixture, const Options &options)
    : GraphTestEnvironment(nullptr, &fixture, options)
{ }

GraphTestEnvironment::GraphTestEnvironment(std::unique_ptr<EmulatorFixture> owned, EmulatorFixture *borrowed,
                                           const Options &options)
    : m_directory(options.journalFile ? std::make_unique<QTemporaryDir>() : nullptr)
    , m_ownedFixture(std::move(owned))
    , m_fixture(borrowed ? borrowed : m_ownedFixture.get())
    , m_tokens(m_fixture->token(options.scopes))
{
    m_client = std::make_unique<GraphClient>(m_network, m_tokens, onEmulator(options.client, *m_fixture));
    m_intune = std::make_unique<IntuneService>(*m_client);
    m_journal = std::make_unique<ActivityJournal>(m_activity, journalPath());
}

GraphTestEnvironment::~GraphTestEnvironment() = default; // the members' order is the destruction order

emu::RequestLog &GraphTestEnvironment::log()
{
    return m_fixture->host().log();
}

QString GraphTestEnvironment::tenant() const
{
    return m_fixture->host().options().tenantDomain;
}

QString GraphTestEnvironment::journalPath() const
{
    return m_directory ? m_directory->filePath(u"activity.jsonl"_s) : QString();
}

int GraphTestEnvironment::requestsMatching(const QString &pathPattern, const QByteArray &method)
{
    const QRegularExpression pattern(pathPattern);
    int n = 0;
    for (const emu::RequestLogEntry &entry : log().entries())
        if ((method.isEmpty() || entry.method == method) && pattern.match(entry.path).hasMatch())
            ++n;
    return n;
}

emu::EmulatorOptions tenantOf(int devices, emu::ThrottleProfile throttle, emu::FaultProfile faults)
{
    emu::EmulatorOptions options = EmulatorFixture::smallTenant();
    options.devices = devices;
    options.throttle = throttle;
    options.faults = faults;
    return options;
}

GraphClientOptions unpaced()
{
    GraphClientOptions options;
    options.writesPerWindow = 10'000;
    return options;
}

bool waitFinished(BulkDeviceJob &job, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (job.isActive() && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    return !job.isActive();
}

void checkJournalMatches(const ActivityModel &activity, const BulkDeviceJob &job, int firstRow, const QString &tenant)
{
    using Outcome = BulkDeviceJob::Outcome;
    QVERIFY(activity.rowCount() >= firstRow + job.total());
    for (int i = 0; i < job.total(); ++i) {
        const ActivityEntry &entry = activity.entry(firstRow + i);
        const BulkDeviceJob::Result &result = job.results().at(i);
        QCOMPARE(entry.targetId, result.deviceId);
        QCOMPARE(entry.target, result.serial);
        QCOMPARE(entry.tenant, tenant);
        switch (result.outcome) {
        case Outcome::Succeeded:
            QCOMPARE(entry.outcome, ActivityEntry::Outcome::Succeeded);
            QVERIFY(!entry.requestId.isEmpty());
            QCOMPARE(entry.requestId, result.requestId);
            break;
        case Outcome::Failed:
            QCOMPARE(entry.outcome, ActivityEntry::Outcome::Failed);
            QVERIFY2(entry.detail.endsWith(result.message), qPrintable(entry.detail));
            QCOMPARE(entry.requestId, result.requestId);
            break;
        case Outcome::NotSent:
            QCOMPARE(entry.outcome, ActivityEntry::Outcome::Cancelled);
            break;
        case Outcome::Pending:
            QFAIL("a device ended without a result");
        }
    }
}

} // namespace ed::test
