#include "AutopilotSettings.h"

#include "GraphJson.h"

namespace ed {

using namespace Qt::StringLiterals;

AutopilotSettings AutopilotSettings::fromJson(const QJsonObject &json)
{
    AutopilotSettings settings;
    settings.id = GraphJson::string(json, "id"_L1);
    settings.lastSyncDateTime = GraphJson::dateTime(json, "lastSyncDateTime"_L1);
    settings.lastManualSyncTriggerDateTime = GraphJson::dateTime(json, "lastManualSyncTriggerDateTime"_L1);
    settings.syncStatus = GraphEnum::read(json, "syncStatus"_L1, SyncStatus::Unknown, settings.unknownEnums);
    return settings;
}

} // namespace ed
