#pragma once

#include <QString>

#include <memory>

namespace ed {

class LogFile;

// Routes every Qt message (qDebug/qInfo/qWarning… of every category) through LogRedactor into
// the rotating log file and to stderr. Installed by the composition root for the lifetime of
// the application; qInstallMessageHandler is process-wide, so at most one sink is active.
class LogSink final
{
    Q_DISABLE_COPY_MOVE(LogSink)
public:
    enum class Verbosity { Normal, Verbose };

    LogSink(const QString &logFilePath, Verbosity verbosity);
    ~LogSink();

    // Opens the file and installs the handler. On failure to open, messages still go to stderr
    // and the reason is returned.
    QString install();
    QString logFilePath() const;

    // Formats one line exactly as it is written to the file (redacted). Exposed for tests.
    static QString formatLine(QtMsgType type, const char *category, const QString &message);

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);

    std::unique_ptr<LogFile> m_file;
    const Verbosity m_verbosity;
    QtMessageHandler m_previous = nullptr;
};

} // namespace ed
