#include "IntuneService.h"

#include "GraphClient.h"
#include "models/AutopilotDevice.h"
#include "models/DeploymentProfile.h"
#include "models/EnrollmentConfiguration.h"
#include "models/Group.h"

#include <algorithm>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

using Version = GraphRequest::Version;
using Method = GraphRequest::Method;

const QStringList serviceConfigRead{
        u"DeviceManagementServiceConfig.Read.All"_s, u"DeviceManagementServiceConfig.ReadWrite.All"_s,
        u"DeviceManagementConfiguration.Read.All"_s, u"DeviceManagementConfiguration.ReadWrite.All"_s};
const QStringList serviceConfigWrite{u"DeviceManagementServiceConfig.ReadWrite.All"_s,
                                     u"DeviceManagementConfiguration.ReadWrite.All"_s};

QString devicesPath(const QString &id = {})
{
    const QString base = u"/deviceManagement/windowsAutopilotDeviceIdentities"_s;
    return id.isEmpty() ? base : base + u'/' + id;
}

QString profilesPath(const QString &id = {})
{
    const QString base = u"/deviceManagement/windowsAutopilotDeploymentProfiles"_s;
    return id.isEmpty() ? base : base + u'/' + id;
}

QString configurationsPath(const QString &id = {})
{
    const QString base = u"/deviceManagement/deviceEnrollmentConfigurations"_s;
    return id.isEmpty() ? base : base + u'/' + id;
}

template<typename T>
GraphPager::Mapper mapperOf()
{
    return [](const QJsonArray &items) {
        QList<T> values;
        values.reserve(items.size());
        for (const QJsonValue &item : items)
            values.append(T::fromJson(item.toObject()));
        return QVariant::fromValue(values);
    };
}

// Devices share repeated strings (manufacturer, model, SKU, group tag) across a page.
GraphPager::Mapper deviceMapper()
{
    return [](const QJsonArray &items) { return QVariant::fromValue(AutopilotDevice::listFromJson(items)); };
}

} // namespace

IntuneService::OperationSpec IntuneService::spec(Operation operation)
{
    switch (operation) {
    case Operation::ListAutopilotDevices:
    case Operation::GetAutopilotDevice:
    case Operation::ListDeploymentProfiles:
    case Operation::GetDeploymentProfile:
    case Operation::ListProfileAssignedDevices:
    case Operation::ListProfileAssignments:
    case Operation::GetAutopilotSettings:
        return {Version::Beta, serviceConfigRead};
    case Operation::AllowNextEnrollment:
        // Seed 000 lists the Read scopes for this action.
        return {Version::Beta,
                {u"DeviceManagementServiceConfig.Read.All"_s, u"DeviceManagementConfiguration.Read.All"_s,
                 u"DeviceManagementServiceConfig.ReadWrite.All"_s, u"DeviceManagementConfiguration.ReadWrite.All"_s}};
    case Operation::AssignProfile: // seed 002
    case Operation::SetConfigurationPriority:
    case Operation::SyncAutopilot:
        return {Version::Beta, serviceConfigWrite};
    case Operation::ListEnrollmentConfigurations:
    case Operation::GetEnrollmentConfiguration:
    case Operation::ListConfigurationAssignments:
        return {Version::Beta, serviceConfigRead};
    case Operation::UpdateEnrollmentConfiguration: // seed 004
        return {Version::Beta, serviceConfigWrite};
    case Operation::AssignEnrollmentConfiguration: // seeds 001 and 003
        return {Version::Beta, {u"DeviceManagementServiceConfig.ReadWrite.All"_s}};
    case Operation::SearchGroups:
    case Operation::GetGroup:
        return {Version::V1, {u"GroupMember.Read.All"_s, u"Group.Read.All"_s, u"Directory.Read.All"_s}};
    case Operation::GetDirectoryObjectsByIds:
        return {Version::V1, {u"Directory.Read.All"_s}};
    }
    return {Version::Beta, {}};
}

IntuneService::IntuneService(GraphClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

GraphRequest IntuneService::request(Operation operation, Method method, const QString &path) const
{
    const OperationSpec s = spec(operation);
    GraphRequest r;
    r.method = method;
    r.version = s.version;
    r.path = path;
    r.permissions = s.permissions;
    return r;
}

GraphReply *IntuneService::send(GraphRequest request)
{
    return m_client.send(request);
}

GraphPager *IntuneService::pager(GraphRequest request, GraphPager::Mapper mapper)
{
    return new GraphPager(m_client, std::move(request), std::move(mapper), this);
}

GraphPager *IntuneService::listAutopilotDevices(const QString &serialContains)
{
    GraphRequest r = request(Operation::ListAutopilotDevices, Method::Get, devicesPath());
    if (!serialContains.isEmpty()) // `eq` is rejected by the service (graph.md §1.4)
        r.query.addQueryItem(u"$filter"_s,
                             u"contains(serialNumber,'%1')"_s.arg(QString(serialContains).replace(u"'"_s, u"''"_s)));
    return pager(r, deviceMapper());
}

GraphReply *IntuneService::countAutopilotDevices()
{
    return send(request(Operation::ListAutopilotDevices, Method::Get, devicesPath() + u"/$count"_s));
}

GraphReply *IntuneService::getAutopilotDevice(const QString &deviceId)
{
    return send(request(Operation::GetAutopilotDevice, Method::Get, devicesPath(deviceId)));
}

GraphBatch *IntuneService::getAutopilotDevices(const QStringList &deviceIds)
{
    QList<GraphRequest> requests;
    requests.reserve(deviceIds.size());
    for (const QString &id : deviceIds)
        requests.append(request(Operation::GetAutopilotDevice, Method::Get, devicesPath(id)));
    return new GraphBatch(m_client, requests, spec(Operation::GetAutopilotDevice).version, this);
}

GraphReply *IntuneService::getDeviceDeploymentProfile(const QString &deviceId, bool intended)
{
    return send(
            request(Operation::GetAutopilotDevice, Method::Get,
                    devicesPath(deviceId) + (intended ? u"/intendedDeploymentProfile"_s : u"/deploymentProfile"_s)));
}

GraphBatch *IntuneService::getDeviceDeploymentProfiles(const QStringList &deviceIds, bool intended)
{
    QList<GraphRequest> requests;
    requests.reserve(deviceIds.size());
    for (const QString &id : deviceIds)
        requests.append(
                request(Operation::GetAutopilotDevice, Method::Get,
                        devicesPath(id) + (intended ? u"/intendedDeploymentProfile"_s : u"/deploymentProfile"_s)));
    return new GraphBatch(m_client, requests, spec(Operation::GetAutopilotDevice).version, this);
}

GraphReply *IntuneService::allowNextEnrollment(const QString &deviceId, UnblockPath path)
{
    const QString p = path == UnblockPath::Device
            ? QString(devicesPath(deviceId) + u"/allowNextEnrollment"_s)
            : QString(devicesPath(deviceId) + u"/deploymentProfile/assignedDevices/"_s + deviceId
                      + u"/allowNextEnrollment"_s);
    return send(request(Operation::AllowNextEnrollment, Method::Post, p));
}

GraphBatch *IntuneService::allowNextEnrollment(const QStringList &deviceIds)
{
    QList<GraphRequest> requests;
    requests.reserve(deviceIds.size());
    for (const QString &id : deviceIds)
        requests.append(
                request(Operation::AllowNextEnrollment, Method::Post, devicesPath(id) + u"/allowNextEnrollment"_s));
    return new GraphBatch(m_client, requests, spec(Operation::AllowNextEnrollment).version, this);
}

GraphPager *IntuneService::listDeploymentProfiles()
{
    return pager(request(Operation::ListDeploymentProfiles, Method::Get, profilesPath()),
                 mapperOf<DeploymentProfile>());
}

GraphReply *IntuneService::getDeploymentProfile(const QString &profileId)
{
    return send(request(Operation::GetDeploymentProfile, Method::Get, profilesPath(profileId)));
}

GraphPager *IntuneService::listProfileAssignedDevices(const QString &profileId)
{
    return pager(request(Operation::ListProfileAssignedDevices, Method::Get,
                         profilesPath(profileId) + u"/assignedDevices"_s),
                 deviceMapper());
}

GraphPager *IntuneService::countProfileAssignedDevices(const QString &profileId)
{
    GraphRequest r = request(Operation::ListProfileAssignedDevices, Method::Get,
                             profilesPath(profileId) + u"/assignedDevices"_s);
    r.query.addQueryItem(u"$select"_s, u"id"_s);
    return pager(r, {});
}

GraphReply *IntuneService::listProfileAssignments(const QString &profileId)
{
    return send(request(Operation::ListProfileAssignments, Method::Get, profilesPath(profileId) + u"/assignments"_s));
}

GraphBatch *IntuneService::listProfileAssignments(const QStringList &profileIds)
{
    QList<GraphRequest> requests;
    requests.reserve(profileIds.size());
    for (const QString &id : profileIds)
        requests.append(request(Operation::ListProfileAssignments, Method::Get, profilesPath(id) + u"/assignments"_s));
    return new GraphBatch(m_client, requests, spec(Operation::ListProfileAssignments).version, this);
}

GraphReply *IntuneService::assignProfile(const QString &profileOrDeviceId, const QStringList &deviceIds,
                                         AssignPath path)
{
    QString p;
    switch (path) {
    case AssignPath::Profile:
        p = profilesPath(profileOrDeviceId) + u"/assign"_s;
        break;
    case AssignPath::DeviceDeploymentProfile:
        p = devicesPath(profileOrDeviceId) + u"/deploymentProfile/assign"_s;
        break;
    case AssignPath::DeviceIntendedDeploymentProfile:
        p = devicesPath(profileOrDeviceId) + u"/intendedDeploymentProfile/assign"_s;
        break;
    }
    GraphRequest r = request(Operation::AssignProfile, Method::Post, p);
    r.body = QJsonObject{{u"deviceIds"_s, QJsonArray::fromStringList(deviceIds)}};
    r.idempotent = true;
    return send(r);
}

GraphBatch *IntuneService::assignProfileInChunks(const QString &profileId, const QStringList &deviceIds, int chunkSize)
{
    chunkSize = std::clamp(chunkSize, 1, assignChunkSize);
    QList<GraphRequest> requests;
    for (qsizetype start = 0; start < deviceIds.size(); start += chunkSize) {
        GraphRequest r = request(Operation::AssignProfile, Method::Post, profilesPath(profileId) + u"/assign"_s);
        r.body = QJsonObject{{u"deviceIds"_s, QJsonArray::fromStringList(deviceIds.mid(start, chunkSize))}};
        r.idempotent = true;
        requests.append(r);
    }
    return new GraphBatch(m_client, requests, spec(Operation::AssignProfile).version, this);
}

GraphPager *IntuneService::listEnrollmentConfigurations(bool withAssignments)
{
    GraphRequest r = request(Operation::ListEnrollmentConfigurations, Method::Get, configurationsPath());
    if (withAssignments)
        r.query.addQueryItem(u"$expand"_s, u"assignments"_s);
    return pager(r, mapperOf<EnrollmentConfiguration>());
}

GraphReply *IntuneService::getEnrollmentConfiguration(const QString &configurationId)
{
    GraphRequest r = request(Operation::GetEnrollmentConfiguration, Method::Get, configurationsPath(configurationId));
    r.query.addQueryItem(u"$expand"_s, u"assignments"_s);
    return send(r);
}

GraphReply *IntuneService::listConfigurationAssignments(const QString &configurationId)
{
    return send(request(Operation::ListConfigurationAssignments, Method::Get,
                        configurationsPath(configurationId) + u"/assignments"_s));
}

GraphReply *IntuneService::updateEnrollmentConfiguration(const QString &configurationId, const QString &odataType,
                                                         const QJsonObject &changedFields)
{
    GraphRequest r =
            request(Operation::UpdateEnrollmentConfiguration, Method::Patch, configurationsPath(configurationId));
    QJsonObject body = changedFields;
    body.insert(u"@odata.type"_s, odataType.startsWith(u'#') ? odataType : u'#' + odataType);
    r.body = body;
    r.idempotent = true; // the same values again change nothing more
    return send(r);
}

GraphReply *IntuneService::updateEnrollmentLimit(const QString &configurationId, const QString &odataType, int limit)
{
    return updateEnrollmentConfiguration(configurationId, odataType, QJsonObject{{u"limit"_s, limit}});
}

GraphReply *IntuneService::assignEnrollmentConfiguration(const QString &configurationId, const QJsonArray &assignments)
{
    GraphRequest r = request(Operation::AssignEnrollmentConfiguration, Method::Post,
                             configurationsPath(configurationId) + u"/assign"_s);
    r.body = QJsonObject{{u"enrollmentConfigurationAssignments"_s, assignments}};
    r.idempotent = true; // the same complete set again changes nothing
    return send(r);
}

GraphReply *IntuneService::setConfigurationPriority(const QString &configurationId, int priority)
{
    GraphRequest r = request(Operation::SetConfigurationPriority, Method::Post,
                             configurationsPath(configurationId) + u"/setPriority"_s);
    r.body = QJsonObject{{u"priority"_s, priority}};
    return send(r);
}

GraphPager *IntuneService::searchGroups(const QString &text, GroupQuery query)
{
    GraphRequest r = request(Operation::SearchGroups, Method::Get, u"/groups"_s);
    r.query.addQueryItem(u"$select"_s,
                         u"id,displayName,description,mail,mailEnabled,securityEnabled,groupTypes,membershipRule"_s);
    r.query.addQueryItem(u"$top"_s, u"100"_s);
    if (!text.trimmed().isEmpty() && query == GroupQuery::StartsWith) {
        r.query.addQueryItem(u"$filter"_s,
                             u"startswith(displayName,'%1')"_s.arg(text.trimmed().replace(u"'"_s, u"''"_s)));
    } else if (query == GroupQuery::Search) {
        // $search needs ConsistencyLevel: eventual (graph.md §6); quotes inside are escaped. The
        // header also makes $count count (the picker says "100 of 300" for the plain listing) and
        // allows sorting by name.
        if (!text.trimmed().isEmpty()) {
            QString term = text.trimmed();
            term.replace(u'"', u"\\\""_s);
            r.query.addQueryItem(u"$search"_s, u"\"displayName:%1\""_s.arg(term));
        }
        r.query.addQueryItem(u"$count"_s, u"true"_s);
        r.query.addQueryItem(u"$orderby"_s, u"displayName"_s); // with $search: needs both of these
        r.headers.append(std::pair<QByteArray, QByteArray>("ConsistencyLevel", "eventual"));
    }
    return pager(r, mapperOf<Group>());
}

GraphReply *IntuneService::getDirectoryObjectsByIds(const QStringList &ids, const QStringList &types)
{
    GraphRequest r = request(Operation::GetDirectoryObjectsByIds, Method::Post, u"/directoryObjects/getByIds"_s);
    r.body = QJsonObject{{u"ids"_s, QJsonArray::fromStringList(ids)}, {u"types"_s, QJsonArray::fromStringList(types)}};
    r.readOnly = true;
    return send(r);
}

GraphBatch *IntuneService::getGroups(const QStringList &groupIds)
{
    QList<GraphRequest> requests;
    requests.reserve(groupIds.size());
    for (const QString &id : groupIds) {
        GraphRequest r = request(Operation::GetGroup, Method::Get, u"/groups/"_s + id);
        // What Group::fromJson reads.
        r.query.addQueryItem(
                u"$select"_s,
                u"id,displayName,description,mail,mailEnabled,securityEnabled,groupTypes,membershipRule"_s);
        requests.append(r);
    }
    return new GraphBatch(m_client, requests, spec(Operation::GetGroup).version, this);
}

GraphReply *IntuneService::getAutopilotSettings()
{
    return send(request(Operation::GetAutopilotSettings, Method::Get, u"/deviceManagement/windowsAutopilotSettings"_s));
}

GraphReply *IntuneService::syncAutopilot()
{
    GraphRequest r =
            request(Operation::SyncAutopilot, Method::Post, u"/deviceManagement/windowsAutopilotSettings/sync"_s);
    r.cooldownOn429 = true; // 429: "synced less than 10 minutes ago" (graph.md §5.1)
    return send(r);
}

} // namespace ed
