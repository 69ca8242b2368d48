#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

namespace ed::emu {

struct RequestLogEntry
{
    QDateTime time;
    QByteArray method;
    QString path;
    QString query; // as sent
    QHash<QByteArray, QByteArray> headers; // lower-case names; Authorization kept only as "Bearer …"
    QByteArray body;
    int status = 0; // 0: the connection was dropped without an answer
    QString fault; // "", "latency", "5xx", "drop", "truncate", "devproxy"
    bool throttled = false; // answered 429 by the throttler
    bool earlyRetry = false; // arrived before an earlier Retry-After had passed
    bool insideBatch = false;
    QString requestId;
    QString clientRequestId;
    qint64 handlingUs = 0; // from the parsed request to the answer handed to the socket
};

// What the emulator saw and did, for tests: every request with its outcome, and per-entity write
// counters ("allowNextEnrollment:<deviceId>" → 1) that prove a change happened exactly once.
// Thread-safe: the emulator writes on its thread, tests read on theirs.
class RequestLog final
{
public:
    void append(RequestLogEntry entry);
    QList<RequestLogEntry> entries() const;
    void clear();

    // Counts one applied change to an entity. Key: "<operation>:<entity id>".
    void countWrite(const QString &key);
    int writes(const QString &key) const;
    QHash<QString, int> writeCounts() const;
    int earlyRetries() const;
    int count() const;

private:
    mutable QMutex m_mutex;
    QList<RequestLogEntry> m_entries;
    QHash<QString, int> m_writes;
    int m_earlyRetries = 0;
};

} // namespace ed::emu
