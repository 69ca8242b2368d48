// graph-emulator: a local Microsoft Graph and identity platform serving the demo tenant.
// Run `graph-emulator --help` for the options; docs/EMULATOR.md describes what it emulates.

#include "core/UnixSignalWatcher.h"
#include "emulator/EmulatorHost.h"
#include "emulator/GraphEmulator.h"
#include "emulator/TokenAuthority.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using ed::emu::EmulatorOptions;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "graph-emulator: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"graph-emulator"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A local Microsoft Graph and identity platform with a deterministic demo "
                                     "tenant, for Enrollment Desk's demo mode, tests and benchmarks."_s);
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"TCP port on 127.0.0.1 (0: any free port; default 0)."_s, u"PORT"_s,
                                  u"0"_s);
    const QCommandLineOption devices(u"devices"_s, u"Autopilot devices in the tenant (default 2500, up to 1000000)."_s,
                                     u"N"_s, QString::number(EmulatorOptions::defaultDevices));
    const QCommandLineOption seed(u"seed"_s, u"Seed of the demo tenant and the token key (default 20261122)."_s, u"S"_s,
                                  QString::number(EmulatorOptions::defaultSeed));
    const QCommandLineOption latency(u"latency-ms"_s, u"Delay every Graph answer by A to B milliseconds."_s, u"A-B"_s);
    const QCommandLineOption faults(
            u"fault-profile"_s,
            u"none, latency (0-3 s), 5xx (10 %), drops (5 %), truncate (2 %) or devproxy (50 % errors, Retry-After 5)."_s,
            u"P"_s, u"none"_s);
    const QCommandLineOption throttle(u"throttle"_s,
                                      u"default (Intune limits, 20 s windows), off, or fast (2 s windows)."_s,
                                      u"MODE"_s, u"default"_s);
    const QCommandLineOption tls(u"tls"_s,
                                 u"Serve HTTPS with a fresh self-signed certificate for 127.0.0.1/localhost."_s);
    const QCommandLineOption certDir(
            u"cert-dir"_s, u"Where --tls writes its certificate (default: a new temporary directory)."_s, u"DIR"_s);
    const QCommandLineOption assignDelay(
            u"assign-delay-ms"_s, u"How long a profile assignment stays pending (default 5000)."_s, u"MS"_s, u"5000"_s);
    const QCommandLineOption issueToken(u"issue-token"_s, u"Print a valid access token for the demo admin and exit."_s);
    const QCommandLineOption scopes(u"scopes"_s, u"Scopes of --issue-token, space or comma separated (default: all)."_s,
                                    u"S"_s);
    const QCommandLineOption appOnly(u"app-only"_s, u"With --issue-token: an app-only token (roles, no user)."_s);
    for (const QCommandLineOption *option : {&port, &devices, &seed, &latency, &faults, &throttle, &tls, &certDir,
                                             &assignDelay, &issueToken, &scopes, &appOnly})
        parser.addOption(*option);
    parser.process(app);

    EmulatorOptions options;
    bool ok = false;
    options.port = static_cast<quint16>(parser.value(port).toUInt(&ok));
    if (!ok || parser.value(port).toUInt() > 65535)
        return fail(u"--port must be 0 to 65535."_s);
    options.devices = parser.value(devices).toInt(&ok);
    if (!ok || options.devices < 0 || options.devices > 1'000'000)
        return fail(u"--devices must be 0 to 1000000."_s);
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(u"--seed must be a non-negative whole number."_s);
    if (parser.isSet(latency)) {
        static const QRegularExpression range(u"^(\\d+)(?:-(\\d+))?$"_s);
        const QRegularExpressionMatch match = range.match(parser.value(latency));
        if (!match.hasMatch())
            return fail(u"--latency-ms takes A-B, e.g. 20-200."_s);
        options.latencyMinMs = match.captured(1).toInt();
        options.latencyMaxMs = match.captured(2).isEmpty() ? options.latencyMinMs : match.captured(2).toInt();
        if (options.latencyMaxMs < options.latencyMinMs)
            return fail(u"--latency-ms: B must not be smaller than A."_s);
    }
    const auto faultProfile = EmulatorOptions::faultProfileFromKey(parser.value(faults));
    if (!faultProfile)
        return fail(u"--fault-profile: unknown profile \"%1\"."_s.arg(parser.value(faults)));
    options.faults = *faultProfile;
    const auto throttleProfile = EmulatorOptions::throttleProfileFromKey(parser.value(throttle));
    if (!throttleProfile)
        return fail(u"--throttle: unknown mode \"%1\"."_s.arg(parser.value(throttle)));
    options.throttle = *throttleProfile;
    options.tls = parser.isSet(tls);
    options.certificateDirectory = parser.value(certDir);
    options.profileAssignDelayMs = parser.value(assignDelay).toInt(&ok);
    if (!ok || options.profileAssignDelayMs < 0)
        return fail(u"--assign-delay-ms must be a whole number of milliseconds."_s);

    if (parser.isSet(issueToken)) {
        QStringList granted = parser.value(scopes).split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
        if (granted.isEmpty())
            granted = ed::emu::EmulatorHost::allScopes();
        const ed::emu::EmulatorHost host(options);
        const QString token =
                host.issueToken(granted, parser.isSet(appOnly) ? QString() : u"admin@contoso.onmicrosoft.com"_s);
        std::printf("%s\n", qPrintable(token));
        return 0;
    }

    ed::emu::GraphEmulator emulator(options);
    QString error;
    if (!emulator.start(&error))
        return fail(error);
    std::printf("listening on %s\n", qPrintable(emulator.baseUrl().toString()));
    if (options.tls)
        std::printf("certificate %s\n", qPrintable(emulator.certificateFile()));
    std::printf("tenant %s (%s), %d devices, seed %llu, faults %s, throttle %s\n", qPrintable(options.tenantId),
                qPrintable(options.tenantDomain), options.devices, static_cast<unsigned long long>(options.seed),
                qPrintable(EmulatorOptions::faultProfileKey(options.faults)),
                qPrintable(EmulatorOptions::throttleProfileKey(options.throttle)));
    std::fflush(stdout);

    ed::UnixSignalWatcher signals;
    QObject::connect(&signals, &ed::UnixSignalWatcher::signalReceived, &app, &QCoreApplication::quit);
    signals.watch({SIGTERM, SIGINT});
    return QCoreApplication::exec();
}
