#pragma once

#include "Cloud.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace ed {

// What the command line asked for, validated. Every field has a safe default, so a desktop
// launch without arguments runs with StartupOptions{}.
struct StartupOptions
{
    static constexpr int defaultDemoDevices = 2500;
    static constexpr int maxDemoDevices = 1'000'000;

    bool demo = false;
    int demoDevices = defaultDemoDevices;
    QUrl graphUrl; // empty: the cloud's Graph host
    QUrl loginUrl; // empty: the cloud's login host
    QString tenant; // domain or GUID; empty: from the token, or unknown
    Cloud cloud = Cloud::Global;
    QString accessTokenFile;
    QString caFile;
    QString language; // empty: the system's UI languages
    bool verbose = false;

    QUrl effectiveGraphUrl() const;
    QUrl effectiveLoginUrl() const;
};

struct StartupCommand
{
    enum class Action { Run, ShowHelp, ShowVersion, Fail };
    Action action = Action::Run;
    StartupOptions options;
    QString text; // help, version or error text for the console
};

// Parses and validates the full argument list (argv[0] first). Never exits the process.
StartupCommand parseStartupArguments(const QStringList &arguments);

// "enrollment-desk 0.1.0 (commit abc123, Qt 6.4.2)"
QString versionText();

// True for 127.0.0.1/8, ::1 and localhost: the only hosts plain http is allowed to.
bool isLoopbackHost(const QString &host);

} // namespace ed
