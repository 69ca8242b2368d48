#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

namespace ed {

// An append-only log file that rotates by size: name.log, name.log.1 … name.log.<keep>.
// Thread-safe: Qt may deliver messages from any thread.
class LogFile final
{
    Q_DISABLE_COPY_MOVE(LogFile)
public:
    static constexpr qint64 defaultMaxBytes = qint64(2) * 1024 * 1024;
    static constexpr int defaultKeep = 5;

    explicit LogFile(QString path, qint64 maxBytes = defaultMaxBytes, int keep = defaultKeep);
    ~LogFile();

    // Opens (creating the directory). Returns false and leaves errorString() set on failure.
    bool open();
    void writeLine(const QString &line);

    QString path() const { return m_path; }
    QString errorString() const;

private:
    void rotate();

    const QString m_path;
    const qint64 m_maxBytes;
    const int m_keep;
    QFile m_file;
    mutable QMutex m_mutex;
};

} // namespace ed
