#include "AppProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

namespace ed::test {

using namespace Qt::StringLiterals;

QProcessEnvironment isolatedEnvironment(const QString &home, bool display)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    if (display)
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    else
        env.remove(u"QT_QPA_PLATFORM"_s);
    return env;
}

Finished runToEnd(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ED_APP_EXECUTABLE), arguments);
    Finished result;
    result.ended = process.waitForFinished(timeoutMs);
    if (!result.ended) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool waitForFileContaining(const QString &path, const QString &text, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (readText(path).contains(text))
            return true;
        QThread::msleep(50);
    }
    return false;
}

QString logFileUnder(const QString &home)
{
    return home + u"/data/enrollment-desk/logs/enrollment-desk.log"_s;
}

QString settingsFileUnder(const QString &home)
{
    return home + u"/config/enrollment-desk/settings.ini"_s;
}

} // namespace ed::test
