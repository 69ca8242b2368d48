#include "LogSink.h"

#include "LogFile.h"
#include "LogRedactor.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <atomic>
#include <cstdio>

namespace ed {

namespace {
// The one active sink. A C callback cannot carry state; this pointer is owned by nobody and
// only set between install() and the destructor.
std::atomic<LogSink *> activeSink{nullptr};
std::atomic<bool> activeVerbose{false};
LogFile *activeFile = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}
} // namespace

LogSink::LogSink(const QString &logFilePath, Verbosity verbosity)
    : m_file(std::make_unique<LogFile>(logFilePath))
    , m_verbosity(verbosity)
{ }

LogSink::~LogSink()
{
    if (activeSink.load() == this) {
        qInstallMessageHandler(m_previous);
        activeSink.store(nullptr);
        activeFile = nullptr;
    }
}

QString LogSink::install()
{
    const bool verbose = m_verbosity == Verbosity::Verbose;
    // Debug output of our own categories only when asked for; Qt's own stay at warning.
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("ed.*.debug=true\nqt.*.debug=false")
                                             : QStringLiteral("ed.*.debug=false"));
    const bool opened = m_file->open();
    activeFile = opened ? m_file.get() : nullptr;
    activeVerbose.store(verbose);
    activeSink.store(this);
    m_previous = qInstallMessageHandler(&LogSink::handle);
    return opened ? QString() : m_file->errorString();
}

QString LogSink::logFilePath() const
{
    return m_file->path();
}

QString LogSink::formatLine(QtMsgType type, const char *category, const QString &message)
{
    return QStringLiteral("%1 %2 %3: %4")
            .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs), QLatin1StringView(levelName(type)),
                 QLatin1StringView(category ? category : "default"), LogRedactor::redact(message));
}

void LogSink::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = formatLine(type, context.category, message);
    if (activeFile)
        activeFile->writeLine(line);
    if (activeVerbose.load() || type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        const QByteArray bytes = line.toLocal8Bit();
        std::fprintf(stderr, "%s\n", bytes.constData());
        std::fflush(stderr);
    }
}

} // namespace ed
