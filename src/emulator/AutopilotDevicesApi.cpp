#include "AutopilotDevicesApi.h"

#include "DemoTenant.h"
#include "RequestLog.h"
#include "Throttler.h"
#include "TokenAuthority.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace ed::emu {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView collection{"deviceManagement/windowsAutopilotDeviceIdentities"};

// The $filter subset Intune accepts on Autopilot devices: contains(<field>,'<text>'), optionally
// joined with `and`. Everything else (eq above all) is rejected as the real service does.
struct ContainsFilter
{
    QString field;
    QString text;
};

const QStringList &filterableFields()
{
    static const QStringList fields{u"serialNumber"_s, u"groupTag"_s,    u"userPrincipalName"_s,      u"model"_s,
                                    u"manufacturer"_s, u"displayName"_s, u"purchaseOrderIdentifier"_s};
    return fields;
}

std::optional<QList<ContainsFilter>> parseFilter(const QString &filter)
{
    static const QRegularExpression term(uR"(^\s*contains\(\s*(\w+)\s*,\s*'((?:[^']|'')*)'\s*\)\s*$)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QList<ContainsFilter> terms;
    for (const QString &part : filter.split(u" and "_s, Qt::KeepEmptyParts, Qt::CaseInsensitive)) {
        const QRegularExpressionMatch match = term.match(part);
        if (!match.hasMatch())
            return std::nullopt;
        const QString field = match.captured(1);
        const auto known = std::find_if(filterableFields().cbegin(), filterableFields().cend(),
                                        [&](const QString &f) { return f.compare(field, Qt::CaseInsensitive) == 0; });
        if (known == filterableFields().cend())
            return std::nullopt;
        terms.append({*known, match.captured(2).replace(u"''"_s, u"'"_s)});
    }
    return terms;
}

const QString &fieldValue(const Device &d, const QString &field)
{
    if (field == u"serialNumber")
        return d.serialNumber;
    if (field == u"groupTag")
        return d.groupTag;
    if (field == u"userPrincipalName")
        return d.userPrincipalName;
    if (field == u"model")
        return d.model;
    if (field == u"manufacturer")
        return d.manufacturer;
    if (field == u"displayName")
        return d.displayName;
    return d.purchaseOrderIdentifier;
}

bool matches(const Device &d, const QList<ContainsFilter> &filters)
{
    for (const ContainsFilter &f : filters)
        if (!fieldValue(d, f.field).contains(f.text, Qt::CaseInsensitive))
            return false;
    return true;
}

QString versionOf(const EmuRequest &request)
{
    return request.segments.constFirst();
}

bool isBeta(const EmuRequest &request)
{
    return versionOf(request) == u"beta";
}

EmuResponse badQuery(const EmuRequest &request, const QString &phrase)
{
    return intuneError(request, 400, u"BadRequest"_s, phrase);
}

EmuResponse segmentNotFound(const EmuRequest &request, const QString &segment)
{
    return graphError(request, 400, u"BadRequest"_s, u"Resource not found for the segment '%1'."_s.arg(segment));
}

EmuResponse methodNotAllowed(const EmuRequest &request)
{
    return graphError(
            request, 405, u"BadRequest"_s,
            u"No OData route exists that match template ~/singleton/navigation/key with http verb %1 for request %2."_s
                    .arg(QString::fromLatin1(request.method), request.path));
}

QByteArray serializeSelected(const Device &d, bool beta, const QStringList &select)
{
    const QJsonObject full = deviceToJson(d, beta);
    QJsonObject selected{{u"@odata.type"_s, full.value(u"@odata.type"_s)}, {u"id"_s, d.id}};
    for (const QString &key : select)
        selected.insert(key, full.value(key));
    return QJsonDocument(selected).toJson(QJsonDocument::Compact);
}

} // namespace

bool AutopilotDevicesApi::canRead(const Caller &caller)
{
    return caller.hasAny({"DeviceManagementServiceConfig.Read.All", "DeviceManagementServiceConfig.ReadWrite.All",
                          "DeviceManagementConfiguration.Read.All", "DeviceManagementConfiguration.ReadWrite.All"});
}

bool AutopilotDevicesApi::canWrite(const Caller &caller)
{
    return caller.hasAny(
            {"DeviceManagementServiceConfig.ReadWrite.All", "DeviceManagementConfiguration.ReadWrite.All"});
}

std::optional<EmuResponse> AutopilotDevicesApi::handle(const EmuRequest &request, const Caller *caller)
{
    const QStringList &s = request.segments;
    if (!caller || s.size() < 3 || s.at(1) != u"deviceManagement")
        return std::nullopt;
    if (s.at(2) == u"windowsAutopilotSettings")
        return handleSettings(request, *caller);
    if (s.at(2) != u"windowsAutopilotDeviceIdentities")
        return std::nullopt;
    return handleDevice(request, *caller);
}

std::optional<EmuResponse> AutopilotDevicesApi::handleDevice(const EmuRequest &request, const Caller &caller)
{
    const QStringList &s = request.segments;
    const bool beta = isBeta(request);
    // Authorization comes before the resource is looked up, as in Graph: a caller without the
    // permission learns nothing about which ids exist.
    const bool readOnly = request.method == "GET" || s.constLast() == u"allowNextEnrollment";
    if (readOnly ? !canRead(caller) : !canWrite(caller))
        return forbidden(request);
    if (s.size() == 3) {
        if (request.method == "GET") {
            if (!canRead(caller))
                return forbidden(request);
            return listDevices(request, collection, {});
        }
        if (request.method == "POST")
            return badQuery(request, u"Register devices through importedWindowsAutopilotDeviceIdentities/import."_s);
        return methodNotAllowed(request);
    }
    if (s.at(3) == u"$count") {
        if (!canRead(caller))
            return forbidden(request);
        int count = 0;
        for (const Device &d : std::as_const(m_context.tenant.devices))
            count += d.deleted ? 0 : 1;
        return EmuResponse::raw(200, QByteArray::number(count), "text/plain;charset=utf-8");
    }
    if (s.at(3) == u"deleteDevices" && s.size() == 4) {
        if (!beta)
            return segmentNotFound(request, s.at(3));
        return deleteDevices(request, caller);
    }

    const int index = m_context.tenant.deviceIndex(s.at(3));
    if (index < 0)
        return notFound(request, u"windowsAutopilotDeviceIdentity"_s, s.at(3));
    Device &device = m_context.tenant.devices[index];

    if (s.size() == 4) {
        if (request.method == "GET") {
            if (!canRead(caller))
                return forbidden(request);
            return getDevice(request, index, QString(collection) + u"/$entity"_s);
        }
        if (request.method == "PATCH") // graph.md §1.1: the service rejects PATCH
            return graphError(
                    request, 400, u"No method match route template"_s,
                    u"No OData route exists that match template ~/singleton/navigation/key with http verb PATCH for "
                    "request /DeviceEnrollmentFE/StatelessDeviceEnrollmentFEService/deviceManagement/"
                    "windowsAutopilotDeviceIdentities('%1')."_s.arg(device.id));
        if (request.method == "DELETE") {
            if (!canWrite(caller))
                return forbidden(request);
            if (!device.managedDeviceId.isEmpty())
                return badQuery(request, u"The device is enrolled in Intune. Delete the managed device first."_s);
            device.deleted = true;
            m_context.log.countWrite(u"deleteDevice:"_s + device.id);
            return EmuResponse::noContent();
        }
        return methodNotAllowed(request);
    }

    const QString &next = s.at(4);
    if (next == u"deploymentProfile" || next == u"intendedDeploymentProfile") {
        if (!beta)
            return segmentNotFound(request, next);
        m_context.tenant.settle(device, m_context.nowMs());
        const int profile = next == u"deploymentProfile" ? device.deploymentProfile : device.intendedProfile;
        if (s.size() == 5) {
            if (request.method != "GET")
                return methodNotAllowed(request);
            if (!canRead(caller))
                return forbidden(request);
            if (profile < 0)
                return notFound(request, u"windowsAutopilotDeploymentProfile"_s, next);
            QJsonObject json = m_context.tenant.profiles.at(profile).toJson();
            json.insert(u"@odata.context"_s,
                        odataContext(m_context.baseUrl, versionOf(request),
                                     u"deviceManagement/windowsAutopilotDeviceIdentities('%1')/%2/$entity"_s.arg(
                                             device.id, next)));
            return EmuResponse::json(200, json);
        }
        if (profile < 0)
            return notFound(request, u"windowsAutopilotDeploymentProfile"_s, next);
        if (s.at(5) == u"assign" && s.size() == 6) {
            if (request.method != "POST")
                return methodNotAllowed(request);
            return assignProfile(request, caller, profile);
        }
        if (s.at(5) == u"assignedDevices") {
            if (s.size() == 6) {
                if (!canRead(caller))
                    return forbidden(request);
                return listDevices(request, collection,
                                   [profile](const Device &d) { return d.deploymentProfile == profile; });
            }
            const int other = m_context.tenant.deviceIndex(s.at(6));
            if (other < 0 || m_context.tenant.devices.at(other).deploymentProfile != profile)
                return notFound(request, u"windowsAutopilotDeviceIdentity"_s, s.at(6));
            if (s.size() == 7) {
                if (!canRead(caller))
                    return forbidden(request);
                return getDevice(request, other, QString(collection) + u"/$entity"_s);
            }
            if (s.size() == 8)
                return deviceAction(request, caller, other, s.at(7));
        }
        return segmentNotFound(request, s.last());
    }
    if (s.size() == 5)
        return deviceAction(request, caller, index, next);
    return segmentNotFound(request, s.last());
}

std::optional<EmuResponse> AutopilotDevicesApi::deviceAction(const EmuRequest &request, const Caller &caller,
                                                             int deviceIndex, const QString &action)
{
    static const QStringList betaOnly{u"allowNextEnrollment"_s, u"assignResourceAccountToDevice"_s,
                                      u"unassignResourceAccountFromDevice"_s};
    static const QStringList all{u"allowNextEnrollment"_s,           u"assignUserToDevice"_s,
                                 u"unassignUserFromDevice"_s,        u"updateDeviceProperties"_s,
                                 u"assignResourceAccountToDevice"_s, u"unassignResourceAccountFromDevice"_s};
    const bool beta = isBeta(request);
    if (!all.contains(action) || (!beta && betaOnly.contains(action)))
        return segmentNotFound(request, action);
    if (request.method != "POST")
        return methodNotAllowed(request);
    // allowNextEnrollment's permission table lists the Read scopes (seed 000); the others need ReadWrite.
    if (action == u"allowNextEnrollment" ? !canRead(caller) : !canWrite(caller))
        return forbidden(request);

    Device &device = m_context.tenant.devices[deviceIndex];
    QJsonObject body;
    const bool needsBody = action == u"assignUserToDevice" || action == u"updateDeviceProperties"
            || action == u"assignResourceAccountToDevice";
    if (needsBody) {
        QString error;
        const auto parsed = request.jsonBody(&error);
        if (!parsed)
            return badQuery(request, error);
        body = *parsed;
    }

    if (action == u"allowNextEnrollment") {
        device.userlessStatus = UsAllowed;
    } else if (action == u"assignUserToDevice") {
        const QString upn = body.value(u"userPrincipalName"_s).toString();
        if (upn.isEmpty())
            return badQuery(request, u"userPrincipalName is required."_s);
        const int user = m_context.tenant.userIndex(upn);
        if (user < 0)
            return badQuery(request, u"The user %1 was not found in the tenant."_s.arg(upn));
        device.userPrincipalName = m_context.tenant.users.at(user).userPrincipalName;
        device.addressableUserName = body.value(u"addressableUserName"_s).toString();
    } else if (action == u"unassignUserFromDevice") {
        device.userPrincipalName.clear();
        device.addressableUserName.clear();
    } else if (action == u"updateDeviceProperties") {
        static const QStringList v1{u"userPrincipalName"_s, u"addressableUserName"_s, u"groupTag"_s, u"displayName"_s};
        static const QStringList betaKeys =
                v1 + QStringList{u"deviceAccountUpn"_s, u"deviceAccountPassword"_s, u"deviceFriendlyName"_s};
        const QStringList &allowed = beta ? betaKeys : v1;
        for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
            if (!allowed.contains(it.key()))
                return graphError(
                        request, 400, u"BadRequest"_s,
                        u"The parameter '%1' in the request payload is not a valid parameter for the operation "
                        "'updateDeviceProperties'."_s.arg(it.key()));
            if (!it.value().isString() && !it.value().isNull())
                return badQuery(request, u"%1 must be a string."_s.arg(it.key()));
        }
        static const QRegularExpression netbios(u"^(?!\\d+$)[A-Za-z0-9-]{1,15}$"_s);
        if (body.contains(u"displayName"_s) && !body.value(u"displayName"_s).toString().isEmpty()
            && !netbios.match(body.value(u"displayName"_s).toString()).hasMatch())
            return badQuery(request, u"displayName must be 1-15 letters, digits or hyphens and not only digits."_s);
        if (body.contains(u"userPrincipalName"_s) && !body.value(u"userPrincipalName"_s).toString().isEmpty()
            && m_context.tenant.userIndex(body.value(u"userPrincipalName"_s).toString()) < 0)
            return badQuery(request, u"The user was not found in the tenant."_s);
        if (body.contains(u"userPrincipalName"_s))
            device.userPrincipalName = body.value(u"userPrincipalName"_s).toString();
        if (body.contains(u"addressableUserName"_s))
            device.addressableUserName = body.value(u"addressableUserName"_s).toString();
        if (body.contains(u"groupTag"_s))
            device.groupTag = body.value(u"groupTag"_s).toString();
        if (body.contains(u"displayName"_s))
            device.displayName = body.value(u"displayName"_s).toString();
        if (body.contains(u"deviceAccountUpn"_s))
            device.deviceAccountUpn = body.value(u"deviceAccountUpn"_s).toString();
        if (body.contains(u"deviceFriendlyName"_s))
            device.deviceFriendlyName = body.value(u"deviceFriendlyName"_s).toString();
    } else if (action == u"assignResourceAccountToDevice") {
        device.deviceAccountUpn = body.value(u"userPrincipalName"_s).toString();
        device.deviceFriendlyName = body.value(u"resourceAccountName"_s).toString();
        if (device.deviceAccountUpn.isEmpty())
            return badQuery(request, u"userPrincipalName is required."_s);
    } else if (action == u"unassignResourceAccountFromDevice") {
        device.deviceAccountUpn.clear();
        device.deviceFriendlyName.clear();
    }
    m_context.tenant.touch(device);
    m_context.log.countWrite(action + u':' + device.id);
    return EmuResponse::noContent();
}

EmuResponse AutopilotDevicesApi::assignProfile(const EmuRequest &request, const Caller &caller, int profileIndex)
{
    if (!canWrite(caller))
        return forbidden(request);
    QString error;
    const auto body = request.jsonBody(&error);
    if (!body)
        return badQuery(request, error);
    const QJsonValue ids = body->value(u"deviceIds"_s);
    if (!ids.isArray())
        return badQuery(request, u"deviceIds must be a collection of device ids."_s);
    const QJsonArray array = ids.toArray();
    if (array.isEmpty())
        return badQuery(request, u"deviceIds must not be empty."_s);
    if (array.size() > maxAssignDeviceIds)
        return badQuery(request, u"deviceIds holds more than %1 ids."_s.arg(maxAssignDeviceIds));
    QList<int> devices;
    QStringList unknown;
    QSet<int> seen;
    for (const QJsonValue &value : array) {
        if (!value.isString())
            return badQuery(request, u"deviceIds must hold strings."_s);
        const int index = m_context.tenant.deviceIndex(value.toString());
        if (index < 0)
            unknown.append(value.toString());
        else if (!seen.contains(index)) {
            seen.insert(index);
            devices.append(index);
        }
    }
    if (!unknown.isEmpty()) // all or nothing: no device changes when one id is wrong
        return badQuery(request, u"Devices not found: %1"_s.arg(unknown.mid(0, 20).join(u", "_s)));

    const qint64 now = m_context.nowMs();
    for (int index : std::as_const(devices)) {
        Device &device = m_context.tenant.devices[index];
        device.intendedProfile = profileIndex;
        device.profileStatus = PsPending;
        device.detailedStatus = 0;
        device.pendingUntilMs = now + std::max(1, m_context.options.profileAssignDelayMs);
        m_context.tenant.touch(device);
        m_context.log.countWrite(u"assignProfile:"_s + device.id);
    }
    return EmuResponse::noContent();
}

EmuResponse AutopilotDevicesApi::getDevice(const EmuRequest &request, int deviceIndex, const QString &contextFragment)
{
    Device &device = m_context.tenant.devices[deviceIndex];
    m_context.tenant.settle(device, m_context.nowMs());
    const bool beta = isBeta(request);
    QByteArray body = request.hasQuery(u"$select"_s)
            ? serializeSelected(device, beta, request.queryValue(u"$select"_s).split(u',', Qt::SkipEmptyParts))
            : deviceJsonBytes(device, beta);
    const QByteArray context =
            QJsonDocument(QJsonObject{{u"@odata.context"_s,
                                       odataContext(m_context.baseUrl, versionOf(request), contextFragment)}})
                    .toJson(QJsonDocument::Compact);
    // {"@odata.context":"…"} + {…device…} → one object
    body = context.chopped(1) + ',' + body.mid(1);
    return EmuResponse::raw(200, body, "application/json;odata.metadata=minimal;odata.streaming=true;charset=utf-8");
}

EmuResponse AutopilotDevicesApi::listDevices(const EmuRequest &request, const QString &contextFragment,
                                             const std::function<bool(const Device &)> &include)
{
    for (const char *unsupported : {"$skip", "$orderby", "$search", "$expand"})
        if (request.hasQuery(QLatin1StringView(unsupported)))
            return badQuery(
                    request,
                    u"The query option %1 is not supported on this collection."_s.arg(QLatin1StringView(unsupported)));
    QList<ContainsFilter> filters;
    if (request.hasQuery(u"$filter"_s)) {
        const auto parsed = parseFilter(request.queryValue(u"$filter"_s));
        if (!parsed) // eq and every other operator: graph.md §1.4
            return badQuery(request, QString());
        filters = *parsed;
    }
    int top = pageSize;
    if (request.hasQuery(u"$top"_s)) {
        bool ok = false;
        top = request.queryValue(u"$top"_s).toInt(&ok);
        if (!ok || top < 1)
            return graphError(request, 400, u"BadRequest"_s,
                              u"Invalid value '%1' for $top query option found."_s.arg(request.queryValue(u"$top"_s)));
        top = std::min(top, pageSize);
    }
    QStringList select;
    if (request.hasQuery(u"$select"_s)) {
        const QJsonObject sample = deviceToJson(Device{}, isBeta(request));
        select = request.queryValue(u"$select"_s).split(u',', Qt::SkipEmptyParts);
        for (QString &key : select) {
            key = key.trimmed();
            if (!sample.contains(key))
                return graphError(
                        request, 400, u"BadRequest"_s,
                        u"Could not find a property named '%1' on type 'microsoft.graph.windowsAutopilotDeviceIdentity'."_s
                                .arg(key));
        }
    }
    QString afterSerial;
    const bool firstPage = !request.hasQuery(u"$skiptoken"_s);
    if (!firstPage) {
        static const QRegularExpression token(u"^LastSerialNumber='((?:[^']|'')*)'$"_s);
        const QRegularExpressionMatch match = token.match(request.queryValue(u"$skiptoken"_s));
        if (!match.hasMatch())
            return badQuery(request, u"The skip token is not valid."_s);
        afterSerial = match.captured(1).replace(u"''"_s, u"'"_s);
    }

    QList<Device> &devices = m_context.tenant.devices;
    auto begin = devices.begin();
    if (!firstPage)
        begin = std::upper_bound(devices.begin(), devices.end(), afterSerial,
                                 [](const QString &serial, const Device &d) { return serial < d.serialNumber; });
    const qint64 now = m_context.nowMs();
    // Settled first: a pending assignment whose time has come belongs to its new profile.
    const auto accept = [&](Device &d) {
        m_context.tenant.settle(d, now);
        return !d.deleted && (!include || include(d)) && (filters.isEmpty() || matches(d, filters));
    };

    const bool beta = isBeta(request);
    // One buffer, reused from page to page: a fresh megabyte costs more in page faults (≈3 ms on
    // this VM) than writing the page into it. resize(0) keeps the capacity once the previous
    // response has been written and released it.
    QByteArray &body = m_pageBuffer;
    body.resize(0);
    body.reserve(top * 1100 + 1024);
    body += "{\"@odata.context\":\"" + odataContext(m_context.baseUrl, versionOf(request), contextFragment).toUtf8()
            + '"';
    if (firstPage && request.queryValue(u"$count"_s) == u"true") {
        const qsizetype total = std::count_if(devices.begin(), devices.end(), accept);
        body += ",\"@odata.count\":" + QByteArray::number(total);
    }
    body += ",\"value\":[";
    int taken = 0;
    auto it = begin;
    const Device *last = nullptr;
    for (; it != devices.end() && taken < top; ++it) {
        if (!accept(*it))
            continue;
        if (taken > 0)
            body += ',';
        body += select.isEmpty() ? deviceJsonBytes(*it, beta) : serializeSelected(*it, beta, select);
        last = &*it;
        ++taken;
    }
    const bool more = last && std::any_of(it, devices.end(), accept);

    body += ']';
    if (more) {
        QUrlQuery next;
        for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded))
            if (key != u"$skiptoken")
                next.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
        next.addQueryItem(u"$skiptoken"_s,
                          QString::fromUtf8(QUrl::toPercentEncoding(u"LastSerialNumber='%1'"_s.arg(
                                  QString(last->serialNumber).replace(u"'"_s, u"''"_s)))));
        const QString link = m_context.baseUrl + request.path + u'?' + next.toString(QUrl::FullyEncoded);
        body += ",\"@odata.nextLink\":"
                + QJsonDocument(QJsonArray{link}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    }
    body += '}';
    return EmuResponse::raw(200, body, "application/json;odata.metadata=minimal;odata.streaming=true;charset=utf-8");
}

EmuResponse AutopilotDevicesApi::deleteDevices(const EmuRequest &request, const Caller &caller)
{
    if (request.method != "POST")
        return methodNotAllowed(request);
    if (!canWrite(caller))
        return forbidden(request);
    QString error;
    const auto body = request.jsonBody(&error);
    if (!body || !body->value(u"serialNumbers"_s).isArray())
        return badQuery(request, error.isEmpty() ? u"serialNumbers must be a collection."_s : error);
    QJsonArray results;
    for (const QJsonValue &value : body->value(u"serialNumbers"_s).toArray()) {
        const QString serial = value.toString();
        auto it = std::lower_bound(m_context.tenant.devices.begin(), m_context.tenant.devices.end(), serial,
                                   [](const Device &d, const QString &s) { return d.serialNumber < s; });
        QJsonObject result{{u"@odata.type"_s, u"#microsoft.graph.deletedWindowsAutopilotDeviceState"_s},
                           {u"serialNumber"_s, serial},
                           {u"deviceRegistrationId"_s, QString()}};
        if (it == m_context.tenant.devices.end() || it->serialNumber != serial || it->deleted) {
            result.insert(u"deletionState"_s, u"failed"_s);
            result.insert(u"errorMessage"_s, u"Device not found."_s);
        } else if (!it->managedDeviceId.isEmpty()) {
            result.insert(u"deletionState"_s, u"failed"_s);
            result.insert(u"errorMessage"_s, u"The device is enrolled in Intune."_s);
        } else {
            it->deleted = true;
            result.insert(u"deviceRegistrationId"_s, it->id);
            result.insert(u"deletionState"_s, u"deleted"_s);
            result.insert(u"errorMessage"_s, QString());
            m_context.log.countWrite(u"deleteDevice:"_s + it->id);
        }
        results.append(result);
    }
    return EmuResponse::json(
            200,
            QJsonObject{{u"@odata.context"_s,
                         odataContext(m_context.baseUrl, versionOf(request),
                                      u"Collection(microsoft.graph.deletedWindowsAutopilotDeviceState)"_s)},
                        {u"value"_s, results}});
}

std::optional<EmuResponse> AutopilotDevicesApi::handleSettings(const EmuRequest &request, const Caller &caller)
{
    const QStringList &s = request.segments;
    if (!isBeta(request))
        return segmentNotFound(request, s.at(2));
    AutopilotSettings &settings = m_context.tenant.autopilotSettings;
    const qint64 now = m_context.nowMs();
    if (settings.syncRunningUntilMs != 0 && now >= settings.syncRunningUntilMs) {
        settings.syncStatus = 2; // completed
        settings.lastSyncDateTime = QDateTime::fromMSecsSinceEpoch(settings.syncRunningUntilMs, Qt::UTC);
        settings.syncRunningUntilMs = 0;
    }
    if (s.size() == 3 && request.method == "GET") {
        if (!canRead(caller))
            return forbidden(request);
        static constexpr const char *statuses[] = {"unknown", "inProgress", "completed", "failed"};
        return EmuResponse::json(
                200,
                QJsonObject{{u"@odata.context"_s,
                             odataContext(m_context.baseUrl, u"beta"_s,
                                          u"deviceManagement/windowsAutopilotSettings/$entity"_s)},
                            {u"@odata.type"_s, u"#microsoft.graph.windowsAutopilotSettings"_s},
                            {u"id"_s, settings.id},
                            {u"lastSyncDateTime"_s, graphTime(settings.lastSyncDateTime)},
                            {u"lastManualSyncTriggerDateTime"_s, graphTime(settings.lastManualSyncTriggerDateTime)},
                            {u"syncStatus"_s, QLatin1StringView(statuses[settings.syncStatus])}});
    }
    if (s.size() == 4 && s.at(3) == u"sync") {
        if (request.method != "POST")
            return methodNotAllowed(request);
        if (!canWrite(caller))
            return forbidden(request);
        if (settings.syncStatus == 1)
            return intuneError(request, 409, u"Conflict"_s, u"An Autopilot sync is already in progress."_s);
        constexpr qint64 cooldownMs = 10 * 60 * 1000;
        const qint64 last = settings.lastManualSyncTriggerDateTime.isValid()
                ? settings.lastManualSyncTriggerDateTime.toMSecsSinceEpoch()
                : 0;
        if (last > 0 && now - last < cooldownMs) {
            EmuResponse r = intuneError(request, 429, u"TooManyRequests"_s,
                                        u"Autopilot sync can only be triggered once every 10 minutes."_s);
            r.setHeader("Retry-After", Throttler::retryAfterValue(((cooldownMs - (now - last) + 999) / 1000) * 1000));
            return r;
        }
        settings.lastManualSyncTriggerDateTime = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        settings.syncStatus = 1;
        settings.syncRunningUntilMs = now + std::max(1, m_context.options.syncDurationMs);
        m_context.log.countWrite(u"sync:"_s + settings.id);
        return EmuResponse::noContent();
    }
    return s.size() == 3 ? methodNotAllowed(request) : segmentNotFound(request, s.last());
}

} // namespace ed::emu
