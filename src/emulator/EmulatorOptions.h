#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace ed::emu {

enum class FaultProfile {
    None,
    Latency, // 0–3 s on every request
    ServerErrors, // 10 % 500/502/503/504
    Drops, // 5 % connections closed without an answer
    Truncation, // 2 % bodies cut short
    DevProxy, // Microsoft Dev Proxy defaults: 50 % 429/500/502/503/504 (+507 on writes), Retry-After 5
};

enum class ThrottleProfile {
    Default, // graph.md §7.3: per app 100 writes / 1000 requests per 20 s, per tenant 200 / 2000
    Off,
    Fast, // the same limits on a 2-second window, for quick tests
};

struct EmulatorOptions
{
    static constexpr std::uint64_t defaultSeed = 20261122;
    static constexpr int defaultDevices = 2500;

    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0; // 0: any free port
    int devices = defaultDevices;
    std::uint64_t seed = defaultSeed;
    int latencyMinMs = 0;
    int latencyMaxMs = 0;
    FaultProfile faults = FaultProfile::None;
    ThrottleProfile throttle = ThrottleProfile::Default;
    bool tls = false;
    QString certificateDirectory; // where --tls writes its certificate; empty: a temporary directory
    int profileAssignDelayMs = 5000; // pending → assigned after an `assign`
    int syncDurationMs = 5000; // windowsAutopilotSettings: inProgress for this long
    int deviceCodeAutoApproveMs = -1; // demo mode: approve device codes after this long; -1 never
    QString tenantId = QStringLiteral("5c2f9e33-7a1d-4b6e-9f0a-2d8c4e1b7a55");
    QString tenantDomain = QStringLiteral("contoso.onmicrosoft.com");

    static QString faultProfileKey(FaultProfile profile);
    static std::optional<FaultProfile> faultProfileFromKey(const QString &key);
    static QString throttleProfileKey(ThrottleProfile profile);
    static std::optional<ThrottleProfile> throttleProfileFromKey(const QString &key);
};

} // namespace ed::emu
