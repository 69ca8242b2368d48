// Assigning a deployment profile to many devices (issue 6), against an in-process emulator over
// loopback with Intune's default throttling (20-second windows): how long Graph takes to accept
// the assignment (the write phase: `assign` calls of IntuneService::assignChunkSize devices, 20
// calls to a $batch), how many calls and writes that is, how long until Intune reports every
// device assigned (the follow-up: the devices read again with backoff), and whether every device
// was written exactly once, with no early retry. Median of the rounds; each round uses devices
// that have not had the profile yet.
//
// usage: bench_profile_assign [devices=2000] [rounds=3] [assign-delay-ms=5000]

#include "auth/StaticTokenSource.h"
#include "emulator/DemoTenant.h"
#include "emulator/EmulatorHost.h"
#include "emulator/GraphEmulator.h"
#include "emulator/RequestLog.h"
#include "graph/GraphClient.h"
#include "graph/IntuneService.h"
#include "models/ProfileAssignJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Round
{
    qint64 writeMs = 0; // start → the last assign answered
    qint64 totalMs = 0; // start → Intune reports every device (or the follow-up gave up)
    int assignCalls = 0;
    int throttled = 0;
    int earlyRetries = 0;
    int succeeded = 0;
    int failed = 0;
    int confirmed = 0;
    bool eachOnce = true;
};

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int devices = args.size() > 1 ? args.at(1).toInt() : 2000;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 3;
    const int assignDelayMs = args.size() > 3 ? args.at(3).toInt() : 5000;
    if (devices <= 0 || rounds <= 0 || assignDelayMs < 0) {
        std::fprintf(stderr, "usage: bench_profile_assign [devices=2000] [rounds=3] [assign-delay-ms=5000]\n");
        return 2;
    }

    ed::emu::EmulatorOptions options;
    options.devices = devices * rounds * 3 / 2 + 100; // some already have the profile
    options.profileAssignDelayMs = assignDelayMs;
    ed::emu::EmulatorHost host(options);
    QString error;
    if (!host.start(&error)) {
        std::fprintf(stderr, "emulator: %s\n", qPrintable(error));
        return 1;
    }
    auto token = ed::StaticTokenSource::fromText(host.issueToken(ed::emu::EmulatorHost::allScopes()), u"bench"_s);
    if (!token) {
        std::fprintf(stderr, "token: %s\n", qPrintable(token.error()));
        return 1;
    }
    QString profileId;
    QString profileName;
    QList<ed::ProfileAssignTarget> all;
    host.runOnEmulatorThread([&](ed::emu::GraphEmulator &served) {
        ed::emu::DemoTenant &tenant = served.tenant();
        profileId = tenant.profiles.constFirst().id;
        profileName = tenant.profiles.constFirst().displayName;
        for (const ed::emu::Device &device : std::as_const(tenant.devices)) {
            if (device.intendedProfile == 0 || device.deploymentProfile == 0)
                continue; // already this profile's
            ed::ProfileAssignTarget target;
            target.deviceId = device.id;
            target.serial = device.serialNumber;
            all.append(target);
        }
    });
    if (all.size() < devices * rounds) {
        std::fprintf(stderr, "the tenant has only %lld devices without the profile\n",
                     static_cast<long long>(all.size()));
        return 1;
    }

    QNetworkAccessManager network;
    ed::GraphClientOptions clientOptions;
    clientOptions.graphBaseUrl = host.baseUrl();
    ed::GraphClient client(network, *token.value(), clientOptions);
    ed::IntuneService intune(client);

    QList<Round> results;
    for (int r = 0; r < rounds; ++r) {
        const QList<ed::ProfileAssignTarget> targets = all.mid(r * devices, devices);
        host.log().clear();
        ed::ProfileAssignJob job(profileId, profileName, targets, intune, nullptr, u"contoso.onmicrosoft.com"_s);
        job.setFollowUpLimitMs(10 * 60 * 1000);
        Round round;
        QElapsedTimer clock;
        QObject::connect(&job, &ed::BulkDeviceJob::stateChanged, &job, [&](ed::BulkDeviceJob::State state) {
            if (state == ed::BulkDeviceJob::State::Verifying && round.writeMs == 0)
                round.writeMs = clock.elapsed();
        });
        clock.start();
        job.start();
        if (!waitUntil([&job] { return !job.isActive() && job.state() != ed::BulkDeviceJob::State::Idle; },
                       15 * 60 * 1000)) {
            std::fprintf(stderr, "round %d did not end within 15 minutes\n", r + 1);
            return 1;
        }
        round.totalMs = clock.elapsed();
        if (round.writeMs == 0)
            round.writeMs = round.totalMs;
        round.succeeded = job.succeededCount();
        round.failed = job.failedCount();
        round.confirmed = job.confirmedCount();
        round.earlyRetries = host.log().earlyRetries();
        for (const ed::emu::RequestLogEntry &entry : host.log().entries()) {
            round.assignCalls += entry.insideBatch && entry.path.endsWith(u"/assign"_s) && !entry.throttled ? 1 : 0;
            round.throttled += entry.throttled ? 1 : 0;
        }
        const QHash<QString, int> counts = host.log().writeCounts();
        for (const ed::ProfileAssignTarget &target : targets)
            round.eachOnce = round.eachOnce && counts.value(u"assignProfile:"_s + target.deviceId) == 1;
        std::printf("round %d: %d devices, write phase %lld ms, assigned in Intune after %lld ms, %d assign calls, "
                    "%d succeeded, %d failed, %d confirmed, %d throttled answers, %d early retries, each device "
                    "written once: %s\n",
                    r + 1, devices, static_cast<long long>(round.writeMs), static_cast<long long>(round.totalMs),
                    round.assignCalls, round.succeeded, round.failed, round.confirmed, round.throttled,
                    round.earlyRetries, round.eachOnce ? "yes" : "NO");
        results.append(round);
    }
    host.stop();

    QList<qint64> writes, totals;
    bool ok = true;
    for (const Round &round : std::as_const(results)) {
        writes.append(round.writeMs);
        totals.append(round.totalMs);
        ok = ok && round.eachOnce && round.failed == 0 && round.earlyRetries == 0 && round.confirmed == devices;
    }
    std::printf("\n==== Profile assignment, %d devices, %d rounds (%s, %d cores), Intune's throttling (20 s windows), "
                "assignment settles after %d ms ====\n",
                devices, rounds, qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(), assignDelayMs);
    std::printf("assign calls per round: %d (%d devices per call)\n", results.constFirst().assignCalls,
                ed::IntuneService::assignChunkSize);
    std::printf("write phase (median): %lld ms\n", static_cast<long long>(median(writes)));
    std::printf("until Intune reports every device assigned (median): %lld ms\n",
                static_cast<long long>(median(totals)));
    std::printf("every device written exactly once, none failed, no early retry, all confirmed: %s\n",
                ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
