#pragma once

#include "GraphBatch.h"
#include "GraphPager.h"
#include "GraphReply.h"
#include "GraphRequest.h"

#include <QJsonArray>
#include <QObject>

namespace ed {

class GraphClient;

// The only place that knows Graph's paths, API versions and the permission each call needs (the
// seeds' permission tables). Views and models ask for typed operations; lists come back through
// GraphPager with the items already mapped to domain structs on a worker thread.
class IntuneService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntuneService)
public:
    // Every operation, for the version and permission table.
    enum class Operation {
        ListAutopilotDevices,
        GetAutopilotDevice,
        AllowNextEnrollment,
        ListDeploymentProfiles,
        GetDeploymentProfile,
        ListProfileAssignedDevices,
        ListProfileAssignments,
        AssignProfile,
        ListEnrollmentConfigurations,
        GetEnrollmentConfiguration,
        ListConfigurationAssignments,
        UpdateEnrollmentConfiguration,
        AssignEnrollmentConfiguration,
        SetConfigurationPriority,
        SearchGroups,
        GetGroup,
        GetDirectoryObjectsByIds,
        GetAutopilotSettings,
        SyncAutopilot,
    };
    struct OperationSpec
    {
        GraphRequest::Version version;
        QStringList permissions; // any one of them suffices (least privileged first)
    };
    static OperationSpec spec(Operation operation);

    // A profile `assign` takes this many deviceIds per call; larger selections go in several
    // calls (through $batch). Graph documents no limit (the emulator refuses more than 1,000);
    // 100 keeps each call small enough to retry, and a failed call small enough to retry device
    // by device to find out which device Graph refused.
    static constexpr int assignChunkSize = 100;

    explicit IntuneService(GraphClient &client, QObject *parent = nullptr);

    // Autopilot devices (beta: the userless enrollment status exists only there). The pager's
    // mapped pages hold QList<AutopilotDevice>.
    GraphPager *listAutopilotDevices(const QString &serialContains = {});
    // GET …/$count: the number of devices, as text/plain (GraphResponse::body).
    GraphReply *countAutopilotDevices();
    GraphReply *getAutopilotDevice(const QString &deviceId);
    // Many devices by id: GETs, 20 to a $batch; item i is deviceIds[i] (its json is the device).
    GraphBatch *getAutopilotDevices(const QStringList &deviceIds);
    // The device's deploymentProfile (the profile it has) or intendedDeploymentProfile (the one
    // assigned to it); 404 when it has none.
    GraphReply *getDeviceDeploymentProfile(const QString &deviceId, bool intended);
    // The same for many devices, 20 to a $batch; item i is deviceIds[i] (404: no profile).
    GraphBatch *getDeviceDeploymentProfiles(const QStringList &deviceIds, bool intended);
    enum class UnblockPath { Device, DeploymentProfileAssignedDevice };
    GraphReply *allowNextEnrollment(const QString &deviceId, UnblockPath path = UnblockPath::Device);
    // One call per device, 20 to a $batch; item i is deviceIds[i].
    GraphBatch *allowNextEnrollment(const QStringList &deviceIds);

    // Deployment profiles (beta only). Mapped pages hold QList<DeploymentProfile>.
    GraphPager *listDeploymentProfiles();
    GraphReply *getDeploymentProfile(const QString &profileId);
    GraphPager *listProfileAssignedDevices(const QString &profileId);
    // The same list for counting: only ids are asked for ($select=id) and pages are not mapped.
    GraphPager *countProfileAssignedDevices(const QString &profileId);
    GraphReply *listProfileAssignments(const QString &profileId);
    // The assignments of many profiles, 20 to a $batch; item i is profileIds[i] (json "value").
    GraphBatch *listProfileAssignments(const QStringList &profileIds);
    enum class AssignPath { Profile, DeviceDeploymentProfile, DeviceIntendedDeploymentProfile };
    // The seed's three `assign` paths: the profile's own, or a device's (intended) deployment profile.
    // Assigning is idempotent (the same intended profile again), so failures of unknown outcome
    // are retried.
    GraphReply *assignProfile(const QString &profileOrDeviceId, const QStringList &deviceIds,
                              AssignPath path = AssignPath::Profile);
    // Any number of devices: chunkSize ids per call, the calls through $batch; item i covers
    // deviceIds[i·chunkSize …]. chunkSize 1 sends one call per device (to learn which one fails).
    GraphBatch *assignProfileInChunks(const QString &profileId, const QStringList &deviceIds,
                                      int chunkSize = assignChunkSize);

    // Enrollment configurations. Mapped pages hold QList<EnrollmentConfiguration>.
    GraphPager *listEnrollmentConfigurations(bool withAssignments = true);
    GraphReply *getEnrollmentConfiguration(const QString &configurationId);
    GraphReply *listConfigurationAssignments(const QString &configurationId);
    // PATCH with only the subtype's @odata.type and the changed fields (graph.md §3.5, seed 004).
    GraphReply *updateEnrollmentConfiguration(const QString &configurationId, const QString &odataType,
                                              const QJsonObject &changedFields);
    GraphReply *updateEnrollmentLimit(const QString &configurationId, const QString &odataType, int limit);
    // Replaces the whole assignment set: pass every assignment that should remain (seeds 001/003).
    GraphReply *assignEnrollmentConfiguration(const QString &configurationId, const QJsonArray &assignments);
    GraphReply *setConfigurationPriority(const QString &configurationId, int priority);

    // Directory. Mapped pages hold QList<Group>.
    // Search: `$search="displayName:…"` with ConsistencyLevel: eventual and $count (graph.md §6;
    // finds words inside names). StartsWith: `$filter=startswith(displayName,'…')`, which needs no
    // advanced query support: the fallback when $search is refused (a proxy that drops the
    // header, a cloud without advanced queries). Empty text lists groups in either mode.
    enum class GroupQuery { Search, StartsWith };
    GraphPager *searchGroups(const QString &text, GroupQuery query = GroupQuery::Search);
    GraphReply *getDirectoryObjectsByIds(const QStringList &ids, const QStringList &types = {QStringLiteral("group")});
    // Many groups by id: GET /groups/{id}, 20 to a $batch; item i is groupIds[i] (its json is the
    // group; 404: the directory has no such group). Needs only Group.Read.All (or
    // GroupMember.Read.All), where getByIds needs Directory.Read.All.
    GraphBatch *getGroups(const QStringList &groupIds);

    // Autopilot settings and sync (beta).
    GraphReply *getAutopilotSettings();
    GraphReply *syncAutopilot();

    GraphClient &client() { return m_client; }

private:
    GraphRequest request(Operation operation, GraphRequest::Method method, const QString &path) const;
    GraphReply *send(GraphRequest request);
    GraphPager *pager(GraphRequest request, GraphPager::Mapper mapper);

    GraphClient &m_client;
};

} // namespace ed
