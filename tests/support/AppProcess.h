#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace ed::test {

// Runs the real enrollment-desk executable the way a user or a script does.
struct Finished
{
    bool ended = false; // false: it hung and was killed
    int exitCode = -1;
    QString out;
    QString err;
};

// An environment whose settings, data and logs live under `home`; offscreen when display is
// true, and with no display at all when it is false.
QProcessEnvironment isolatedEnvironment(const QString &home, bool display = true);

Finished runToEnd(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs = 30'000);

// Reads a whole text file ("" when missing).
QString readText(const QString &path);

// Polls until `path` contains `text`, up to timeoutMs.
bool waitForFileContaining(const QString &path, const QString &text, int timeoutMs);

// The log file the app writes under an isolated home.
QString logFileUnder(const QString &home);
QString settingsFileUnder(const QString &home);

} // namespace ed::test
