#include "DeploymentProfilesApi.h"

#include "AutopilotDevicesApi.h"
#include "DemoTenant.h"
#include "TokenAuthority.h"

#include <QJsonArray>

namespace ed::emu {

using namespace Qt::StringLiterals;

namespace {
constexpr QLatin1StringView collection{"deviceManagement/windowsAutopilotDeploymentProfiles"};

EmuResponse segmentNotFound(const EmuRequest &request, const QString &segment)
{
    return graphError(request, 400, u"BadRequest"_s, u"Resource not found for the segment '%1'."_s.arg(segment));
}
} // namespace

DeploymentProfilesApi::DeploymentProfilesApi(EmulatorContext &context, AutopilotDevicesApi &devices)
    : ApiModule(context)
    , m_devices(devices)
{ }

std::optional<EmuResponse> DeploymentProfilesApi::handle(const EmuRequest &request, const Caller *caller)
{
    const QStringList &s = request.segments;
    if (!caller || s.size() < 3 || s.at(1) != u"deviceManagement" || s.at(2) != u"windowsAutopilotDeploymentProfiles")
        return std::nullopt;
    if (s.constFirst() != u"beta") // no v1.0 reference exists (graph.md §2)
        return segmentNotFound(request, s.at(2));
    const bool read = request.method == "GET";
    if (read ? !AutopilotDevicesApi::canRead(*caller) : !AutopilotDevicesApi::canWrite(*caller))
        return forbidden(request);

    if (s.size() == 3) {
        if (!read)
            return graphError(request, 405, u"BadRequest"_s, u"Creating profiles is not supported by the emulator."_s);
        return list(request);
    }
    const int index = m_context.tenant.profileIndex(s.at(3));
    if (index < 0)
        return notFound(request, u"windowsAutopilotDeploymentProfile"_s, s.at(3));
    const QString base = u"%1('%2')"_s.arg(collection, m_context.tenant.profiles.at(index).id);

    if (s.size() == 4) {
        if (!read)
            return graphError(request, 405, u"BadRequest"_s, u"Method not allowed."_s);
        QJsonObject json = m_context.tenant.profiles.at(index).toJson();
        json.insert(u"@odata.context"_s,
                    odataContext(m_context.baseUrl, u"beta"_s, QString(collection) + u"/$entity"_s));
        return EmuResponse::json(200, json);
    }
    const QString &next = s.at(4);
    if (next == u"assign" && s.size() == 5) {
        if (request.method != "POST")
            return graphError(request, 405, u"BadRequest"_s, u"Method not allowed."_s);
        return m_devices.assignProfile(request, *caller, index);
    }
    if (next == u"assignments" && s.size() <= 6)
        return assignments(request, index, s.size() == 6 ? s.at(5) : QString());
    if (next == u"assignedDevices") {
        if (s.size() == 5)
            return m_devices.listDevices(request, base + u"/assignedDevices"_s,
                                         [index](const Device &d) { return d.deploymentProfile == index; });
        const int device = m_context.tenant.deviceIndex(s.at(5));
        if (device < 0)
            return notFound(request, u"windowsAutopilotDeviceIdentity"_s, s.at(5));
        m_context.tenant.settle(m_context.tenant.devices[device], m_context.nowMs());
        if (m_context.tenant.devices.at(device).deploymentProfile != index)
            return notFound(request, u"windowsAutopilotDeviceIdentity"_s, s.at(5));
        if (s.size() == 6)
            return m_devices.getDevice(request, device, base + u"/assignedDevices/$entity"_s);
        if (s.size() == 7)
            return m_devices.deviceAction(request, *caller, device, s.at(6));
    }
    return segmentNotFound(request, s.last());
}

EmuResponse DeploymentProfilesApi::list(const EmuRequest &request)
{
    QJsonArray values;
    for (const DeploymentProfile &profile : std::as_const(m_context.tenant.profiles))
        values.append(profile.toJson());
    return EmuResponse::json(200,
                             QJsonObject{{u"@odata.context"_s,
                                          odataContext(m_context.baseUrl, request.segments.constFirst(), collection)},
                                         {u"value"_s, values}});
}

EmuResponse DeploymentProfilesApi::assignments(const EmuRequest &request, int profileIndex, const QString &assignmentId)
{
    if (request.method != "GET")
        return graphError(request, 405, u"BadRequest"_s, u"Use assign, or the portal, to change group assignments."_s);
    const DeploymentProfile &profile = m_context.tenant.profiles.at(profileIndex);
    const auto toJson = [](const Assignment &a) {
        return QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.windowsAutopilotDeploymentProfileAssignment"_s},
                           {u"id"_s, a.id},
                           {u"target"_s, a.target.toJson(true)},
                           {u"source"_s, a.source},
                           {u"sourceId"_s, a.sourceId}};
    };
    const QString context = u"%1('%2')/assignments"_s.arg(collection, profile.id);
    if (!assignmentId.isEmpty()) {
        for (const Assignment &a : profile.assignments) {
            if (a.id == assignmentId) {
                QJsonObject json = toJson(a);
                json.insert(u"@odata.context"_s, odataContext(m_context.baseUrl, u"beta"_s, context + u"/$entity"_s));
                return EmuResponse::json(200, json);
            }
        }
        return notFound(request, u"windowsAutopilotDeploymentProfileAssignment"_s, assignmentId);
    }
    QJsonArray values;
    for (const Assignment &a : profile.assignments)
        values.append(toJson(a));
    return EmuResponse::json(200,
                             QJsonObject{{u"@odata.context"_s, odataContext(m_context.baseUrl, u"beta"_s, context)},
                                         {u"value"_s, values}});
}

} // namespace ed::emu
