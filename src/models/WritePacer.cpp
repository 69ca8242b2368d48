#include "WritePacer.h"

#include <algorithm>

namespace ed {

WritePacer::WritePacer(int writesPerWindow, qint64 windowMs)
    : m_perWindow(std::max(1, writesPerWindow))
    , m_windowMs(windowMs)
{ }

void WritePacer::record(qint64 at, int writes)
{
    m_handedOver.emplace_back(at, writes);
}

void WritePacer::forget(qint64 now)
{
    while (!m_handedOver.empty() && now - m_handedOver.front().first >= m_windowMs)
        m_handedOver.pop_front();
}

int WritePacer::writesInWindow(qint64 now) const
{
    int writes = 0;
    for (const auto &[at, count] : m_handedOver)
        if (now - at < m_windowMs)
            writes += count;
    return writes;
}

qint64 WritePacer::freesAt(qint64 now, int needed) const
{
    int inWindow = writesInWindow(now);
    for (const auto &[at, count] : m_handedOver) {
        if (now - at >= m_windowMs)
            continue;
        if (inWindow + needed <= m_perWindow)
            break;
        inWindow -= count;
        if (inWindow + needed <= m_perWindow)
            return at + m_windowMs;
    }
    return now;
}

qint64 WritePacer::waitMs(qint64 now, qint64 count) const
{
    const int room = std::max(0, m_perWindow - writesInWindow(now));
    if (count <= room)
        return 0;
    // What fits now goes now; the rest a window's worth at a time, the first when the oldest
    // write in the window leaves it.
    const qint64 windows = (count - room + m_perWindow - 1) / m_perWindow;
    qint64 oldest = now;
    for (const auto &[at, writes] : m_handedOver)
        if (now - at < m_windowMs) {
            oldest = at;
            break;
        }
    return (oldest + m_windowMs - now) + (windows - 1) * m_windowMs;
}

qint64 WritePacer::minimumDurationMs(qint64 count) const
{
    if (count <= m_perWindow)
        return 0;
    const qint64 windows = (count - 1) / m_perWindow;
    return windows * m_windowMs;
}

} // namespace ed
