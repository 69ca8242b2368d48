#include "RequestLog.h"

#include <QMutexLocker>

namespace ed::emu {

void RequestLog::append(RequestLogEntry entry)
{
    QMutexLocker lock(&m_mutex);
    if (entry.earlyRetry)
        ++m_earlyRetries;
    m_entries.append(std::move(entry));
}

QList<RequestLogEntry> RequestLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

void RequestLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_writes.clear();
    m_earlyRetries = 0;
}

void RequestLog::countWrite(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    ++m_writes[key];
}

int RequestLog::writes(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    return m_writes.value(key);
}

QHash<QString, int> RequestLog::writeCounts() const
{
    QMutexLocker lock(&m_mutex);
    return m_writes;
}

int RequestLog::earlyRetries() const
{
    QMutexLocker lock(&m_mutex);
    return m_earlyRetries;
}

int RequestLog::count() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_entries.size());
}

} // namespace ed::emu
