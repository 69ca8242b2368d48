#include "Throttler.h"

#include <cmath>

namespace ed::emu {

using namespace Qt::StringLiterals;

Throttler::Throttler(ThrottleProfile profile)
    : m_profile(profile)
{ }

Throttler::Limits Throttler::limitsFor(ThrottleProfile profile, const QString &workload)
{
    // Directory reads are far more generous (resource units, graph.md §7.3); writes are not ours.
    Limits limits =
            workload == u"directory" ? Limits{3000, 3500, 6000, 8000, 10'000} : Limits{100, 1000, 200, 2000, 20'000};
    if (profile == ThrottleProfile::Fast)
        limits.windowMs = limits.windowMs / 10;
    return limits;
}

QByteArray Throttler::retryAfterValue(qint64 ms)
{
    if (ms <= 0)
        return "0";
    if (ms % 1000 == 0)
        return QByteArray::number(ms / 1000);
    QByteArray text = QByteArray::number(double(ms) / 1000.0, 'f', 3);
    while (text.endsWith('0'))
        text.chop(1);
    return text;
}

Throttler::Window &Throttler::window(const QString &key, qint64 nowMs, qint64 windowMs)
{
    Window &w = m_windows[key];
    if (nowMs - w.startMs >= windowMs)
        w = Window{nowMs - (nowMs % windowMs), 0, 0};
    return w;
}

Throttler::Decision Throttler::admit(const QString &tenantId, const QString &appId, const QString &workload, bool write,
                                     const QString &clientRequestId, qint64 nowMs)
{
    const QString blockKey = tenantId + u'|' + appId + u'|' + workload;
    if (const auto told = m_toldToWait.constFind(clientRequestId); told != m_toldToWait.cend() && *told > nowMs) {
        // An early retry: throttled again with the full period restarted.
        const qint64 period = std::max(m_blocked.value(blockKey).periodMs, *told - nowMs);
        m_blocked.insert(blockKey, Block{nowMs + period, period});
        m_toldToWait.insert(clientRequestId, nowMs + period);
        return {true, true, period};
    }
    if (const auto block = m_blocked.constFind(blockKey); block != m_blocked.cend() && block->untilMs > nowMs) {
        const qint64 remaining = block->untilMs - nowMs;
        m_toldToWait.insert(clientRequestId, block->untilMs);
        return {true, false, remaining};
    }
    if (m_toldToWait.size() > 100'000) // forget waits long over
        m_toldToWait.removeIf([nowMs](const auto &entry) { return entry.value() < nowMs; });
    if (m_profile == ThrottleProfile::Off)
        return {};
    const Limits limits = limitsFor(m_profile, workload);

    Window &app = window(u"app|"_s + blockKey, nowMs, limits.windowMs);
    Window &tenant = window(u"tenant|"_s + tenantId + u'|' + workload, nowMs, limits.windowMs);
    const bool over = app.requests >= limits.appRequests || tenant.requests >= limits.tenantRequests
            || (write && (app.writes >= limits.appWrites || tenant.writes >= limits.tenantWrites));
    if (over) {
        const qint64 retryAfter = std::max<qint64>(1, app.startMs + limits.windowMs - nowMs);
        m_blocked.insert(blockKey, Block{nowMs + retryAfter, retryAfter});
        m_toldToWait.insert(clientRequestId, nowMs + retryAfter);
        return {true, false, retryAfter};
    }
    ++app.requests;
    ++tenant.requests;
    if (write) {
        ++app.writes;
        ++tenant.writes;
    }
    return {};
}

void Throttler::penalize(const QString &tenantId, const QString &appId, const QString &workload,
                         const QString &clientRequestId, qint64 nowMs, qint64 ms)
{
    const QString blockKey = tenantId + u'|' + appId + u'|' + workload;
    m_blocked.insert(blockKey, Block{nowMs + ms, ms});
    m_toldToWait.insert(clientRequestId, nowMs + ms);
}

} // namespace ed::emu
