#pragma once

#include "GraphEnum.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace ed {

// The tenant's Autopilot sync state (windowsAutopilotSettings, beta, graph.md §5.1).
struct AutopilotSettings
{
    // windowsAutopilotSyncStatus.
    enum class SyncStatus : std::uint8_t { Unknown, InProgress, Completed, Failed, Other };

    SyncStatus syncStatus = SyncStatus::Unknown;
    QString id;
    QDateTime lastSyncDateTime; // invalid: never
    QDateTime lastManualSyncTriggerDateTime; // invalid: never
    UnknownEnumValues unknownEnums;

    static AutopilotSettings fromJson(const QJsonObject &json);
};

template<>
struct GraphEnumTraits<AutopilotSettings::SyncStatus>
{
    static constexpr QLatin1StringView names[] = {QLatin1StringView("unknown"), QLatin1StringView("inProgress"),
                                                  QLatin1StringView("completed"), QLatin1StringView("failed")};
};

} // namespace ed
