#pragma once

#include "EmulatorOptions.h"

#include <QHash>
#include <QString>

namespace ed::emu {

// Intune's service limits (graph.md §7.3), per tenant and per app per tenant, for writes and for
// all requests, on a fixed window (20 s; 2 s with the `fast` profile). Once an app is throttled,
// its whole workload stays throttled until Retry-After has passed, and a request arriving earlier
// is throttled again and restarts the timer, as Dev Proxy's RetryAfterPlugin does.
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
    Decision admit(const QString &tenantId, const QString &appId, const QString &workload, bool write, qint64 nowMs);
    // Throttles a workload for an app until nowMs + ms (injected 429s keep the same rule).
    void penalize(const QString &tenantId, const QString &appId, const QString &workload, qint64 nowMs, qint64 ms);
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
};

} // namespace ed::emu
