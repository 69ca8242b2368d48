#pragma once

#include "EmulatorOptions.h"

#include <QHash>
#include <QString>

namespace ed::emu {

// Intune's service limits (graph.md §7.3), per tenant and per app per tenant, for writes and for
// all requests, on a fixed window (20 s; 2 s with the `fast` profile). Once an app is throttled,
// its whole workload stays throttled until Retry-After has passed. A request that was itself told
// to retry after a time (recognised by its client-request-id, which clients keep across retries)
// and comes back earlier is an *early retry*: throttled again with the period restarted, as Dev
// Proxy's RetryAfterPlugin does, and counted. Other requests meeting the block (say, ones already
// in flight when the 429 went out) are throttled but not early.
class Throttler final
{
public:
    struct Limits
    {
        int appWrites;
        int appRequests;
        int tenantWrites;
        int tenantRequests;
        qint64 windowMs;
    };
    struct Decision
    {
        bool throttled = false;
        bool early = false; // arrived before an earlier Retry-After had passed
        qint64 retryAfterMs = 0;
    };

    explicit Throttler(ThrottleProfile profile);

    // Counts the request and says whether to answer 429. workload: "deviceManagement", "directory".
    Decision admit(const QString &tenantId, const QString &appId, const QString &workload, bool write,
                   const QString &clientRequestId, qint64 nowMs);
    // Throttles a workload for an app until nowMs + ms (injected 429s keep the same rule).
    void penalize(const QString &tenantId, const QString &appId, const QString &workload,
                  const QString &clientRequestId, qint64 nowMs, qint64 ms);
    static Limits limitsFor(ThrottleProfile profile, const QString &workload);
    // "2.128" or "5": seconds as Graph writes Retry-After.
    static QByteArray retryAfterValue(qint64 ms);

private:
    struct Window
    {
        qint64 startMs = 0;
        int writes = 0;
        int requests = 0;
    };
    Window &window(const QString &key, qint64 nowMs, qint64 windowMs);

    ThrottleProfile m_profile;
    QHash<QString, Window> m_windows;
    struct Block
    {
        qint64 untilMs = 0;
        qint64 periodMs = 0; // the Retry-After that was given; an early retry restarts it
    };
    QHash<QString, Block> m_blocked; // tenant + app + workload
    QHash<QString, qint64> m_toldToWait; // client-request-id → when its Retry-After ends
};

} // namespace ed::emu
