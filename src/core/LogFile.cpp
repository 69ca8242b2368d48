#include "LogFile.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>

namespace ed {

LogFile::LogFile(QString path, qint64 maxBytes, int keep)
    : m_path(std::move(path))
    , m_maxBytes(maxBytes)
    , m_keep(keep)
{ }

LogFile::~LogFile() = default;

bool LogFile::open()
{
    QMutexLocker lock(&m_mutex);
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return false;
    m_file.setFileName(m_path);
    // Owner-only: logs carry tenant names and device serials even though secrets are redacted.
    const bool opened = m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
    if (opened)
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return opened;
}

void LogFile::writeLine(const QString &line)
{
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return;
    const QByteArray bytes = line.toUtf8() + '\n';
    if (m_file.size() + bytes.size() > m_maxBytes && m_file.size() > 0)
        rotate();
    m_file.write(bytes);
    m_file.flush();
}

QString LogFile::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_file.errorString();
}

void LogFile::rotate()
{
    m_file.close();
    const auto numbered = [this](int n) -> QString { return m_path + u'.' + QString::number(n); };
    QFile::remove(numbered(m_keep));
    for (int n = m_keep - 1; n >= 1; --n)
        QFile::rename(numbered(n), numbered(n + 1));
    if (m_keep > 0)
        QFile::rename(m_path, numbered(1));
    else
        QFile::remove(m_path);
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace ed
