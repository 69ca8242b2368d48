#include "AutopilotDevice.h"

#include "GraphJson.h"

#include <QSet>

#include <algorithm>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView profileStatusKey("deploymentProfileAssignmentStatus");
constexpr QLatin1StringView detailedStatusKey("deploymentProfileAssignmentDetailedStatus");
constexpr QLatin1StringView enrollmentStateKey("enrollmentState");
constexpr QLatin1StringView remediationStateKey("remediationState");
constexpr QLatin1StringView userlessStatusKey("userlessEnrollmentStatus");
constexpr QLatin1StringView azureAdDeviceIdKey("azureAdDeviceId");

// Properties only beta has (graph.md §1.2): any of them marks a beta response.
constexpr QLatin1StringView betaOnlyKeys[] = {profileStatusKey,
                                              detailedStatusKey,
                                              remediationStateKey,
                                              userlessStatusKey,
                                              azureAdDeviceIdKey,
                                              QLatin1StringView("deploymentProfileAssignedDateTime"),
                                              QLatin1StringView("remediationStateLastModifiedDateTime")};

// Shares equal strings between the devices of one page: a fleet has a few manufacturers, models,
// SKUs, families and group tags, repeated on every device.
class StringPool final
{
public:
    QString intern(const QString &text)
    {
        if (text.isEmpty())
            return {};
        const auto it = m_strings.constFind(text);
        if (it != m_strings.cend())
            return *it;
        m_strings.insert(text);
        return text;
    }

private:
    QSet<QString> m_strings;
};

// Graph reports "no managed device" as the all-zero GUID.
bool isZeroGuid(const QString &id)
{
    return !id.isEmpty() && std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c == u'0' || c == u'-'; });
}

AutopilotDevice parse(const QJsonObject &json, StringPool *pool)
{
    const auto shared = [&json, pool](QLatin1StringView key) {
        const QString value = GraphJson::string(json, key);
        return pool ? pool->intern(value) : value;
    };
    AutopilotDevice d;
    d.id = GraphJson::string(json, "id"_L1);
    d.serialNumber = GraphJson::string(json, "serialNumber"_L1);
    d.manufacturer = shared("manufacturer"_L1);
    d.model = shared("model"_L1);
    d.groupTag = shared("groupTag"_L1);
    d.purchaseOrderIdentifier = shared("purchaseOrderIdentifier"_L1);
    d.productKey = GraphJson::string(json, "productKey"_L1);
    d.skuNumber = shared("skuNumber"_L1);
    d.systemFamily = shared("systemFamily"_L1);
    d.userPrincipalName = GraphJson::string(json, "userPrincipalName"_L1);
    d.addressableUserName = GraphJson::string(json, "addressableUserName"_L1);
    d.displayName = GraphJson::string(json, "displayName"_L1);
    d.resourceName = shared("resourceName"_L1);
    d.azureAdDeviceId = GraphJson::string(json, azureAdDeviceIdKey);
    if (d.azureAdDeviceId.isEmpty())
        d.azureAdDeviceId = GraphJson::string(json, "azureActiveDirectoryDeviceId"_L1);
    d.managedDeviceId = GraphJson::string(json, "managedDeviceId"_L1);
    if (isZeroGuid(d.managedDeviceId))
        d.managedDeviceId.clear();

    d.lastContactedDateTime = GraphJson::dateTime(json, "lastContactedDateTime"_L1);
    d.deploymentProfileAssignedDateTime = GraphJson::dateTime(json, "deploymentProfileAssignedDateTime"_L1);
    d.remediationStateLastModifiedDateTime = GraphJson::dateTime(json, "remediationStateLastModifiedDateTime"_L1);

    using D = AutopilotDevice;
    d.deploymentProfileAssignmentStatus =
            GraphEnum::read(json, profileStatusKey, D::ProfileAssignmentStatus::Unknown, d.unknownEnums);
    d.deploymentProfileAssignmentDetailedStatus =
            GraphEnum::read(json, detailedStatusKey, D::ProfileAssignmentDetailedStatus::None, d.unknownEnums);
    d.enrollmentState = GraphEnum::read(json, enrollmentStateKey, D::EnrollmentState::Unknown, d.unknownEnums);
    d.remediationState = GraphEnum::read(json, remediationStateKey, D::RemediationState::Unknown, d.unknownEnums);
    d.userlessEnrollmentStatus =
            GraphEnum::read(json, userlessStatusKey, D::UserlessEnrollmentStatus::Unknown, d.unknownEnums);
    d.hasBetaProperties = std::any_of(std::begin(betaOnlyKeys), std::end(betaOnlyKeys),
                                      [&json](QLatin1StringView key) { return json.contains(key); });
    return d;
}

} // namespace

AutopilotDevice AutopilotDevice::fromJson(const QJsonObject &json)
{
    return parse(json, nullptr);
}

QList<AutopilotDevice> AutopilotDevice::listFromJson(const QJsonArray &values)
{
    StringPool pool;
    QList<AutopilotDevice> devices;
    devices.reserve(values.size());
    for (const QJsonValue &value : values)
        if (value.isObject())
            devices.append(parse(value.toObject(), &pool));
    return devices;
}

} // namespace ed
