#include "FaultInjector.h"

namespace ed::emu {

FaultInjector::FaultInjector(const EmulatorOptions &options)
    : m_profile(options.faults)
    , m_latencyMinMs(options.latencyMinMs)
    , m_latencyMaxMs(options.latencyMaxMs)
    , m_random(options.seed ^ 0x4641554C54ULL)
{ }

FaultInjector::Decision FaultInjector::decide(const QByteArray &method, bool insideBatch)
{
    Decision decision;
    if (m_latencyMaxMs > 0 && !insideBatch)
        decision.delayMs = m_random.between(m_latencyMinMs, m_latencyMaxMs);
    switch (m_profile) {
    case FaultProfile::None:
        break;
    case FaultProfile::Latency:
        if (!insideBatch) {
            decision.delayMs += m_random.between(0, 3000);
            decision.label = "latency";
        }
        break;
    case FaultProfile::ServerErrors:
        if (m_random.chance(0.10)) {
            constexpr int statuses[] = {500, 502, 503, 504};
            decision.kind = Kind::ErrorStatus;
            decision.status = statuses[m_random.below(4)];
            decision.retryAfterMs = decision.status == 503 ? 2000 : 0;
            decision.label = "5xx";
        }
        break;
    case FaultProfile::Drops:
        if (!insideBatch && m_random.chance(0.05)) {
            decision.kind = Kind::Drop;
            decision.label = "drop";
        }
        break;
    case FaultProfile::Truncation:
        if (!insideBatch && m_random.chance(0.02)) {
            decision.kind = Kind::Truncate;
            decision.label = "truncate";
        }
        break;
    case FaultProfile::DevProxy:
        // GraphRandomErrorPlugin defaults: 50 %; GET/PATCH 429/500/502/503/504, other writes also 507;
        // 429 with Retry-After: 5.
        if (m_random.chance(0.5)) {
            const bool extended = method == "POST" || method == "PUT" || method == "DELETE";
            constexpr int statuses[] = {429, 500, 502, 503, 504, 507};
            decision.kind = Kind::ErrorStatus;
            decision.status = statuses[m_random.below(extended ? 6 : 5)];
            decision.retryAfterMs = decision.status == 429 ? 5000 : 0;
            decision.label = "devproxy";
        }
        break;
    }
    return decision;
}

} // namespace ed::emu
