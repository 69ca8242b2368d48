#include "EmulatorContext.h"
#include "TokenAuthority.h"

namespace ed::emu {

using namespace Qt::StringLiterals;

qint64 EmulatorContext::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime EmulatorContext::now() const
{
    return QDateTime::currentDateTimeUtc();
}

EmuResponse forbidden(const EmuRequest &request)
{
    const bool directory = request.segments.size() > 1 && request.segments.at(1) != u"deviceManagement";
    if (directory)
        return graphError(request, 403, u"Authorization_RequestDenied"_s,
                          u"Insufficient privileges to complete the operation."_s);
    return intuneError(
            request, 403, u"Forbidden"_s,
            u"Application is not authorized to perform this operation. Application must have one of the following "
            "scopes: DeviceManagementServiceConfig.ReadWrite.All, DeviceManagementConfiguration.ReadWrite.All"_s);
}

bool Caller::hasAny(std::initializer_list<const char *> permissions) const
{
    for (const char *permission : permissions) {
        const QLatin1StringView name(permission);
        if (scopes.contains(name, Qt::CaseInsensitive) || roles.contains(name, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace ed::emu
