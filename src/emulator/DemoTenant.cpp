#include "DemoTenant.h"

#include "DemoTenantGenerators.h"

#include <QUuid>

namespace ed::emu {

using namespace Qt::StringLiterals;

QString randomGuid(Random &random)
{
    const std::uint64_t high = random.next();
    const std::uint64_t low = random.next();
    const QUuid uuid(static_cast<uint>(high >> 32), static_cast<ushort>(high >> 16),
                     static_cast<ushort>((high & 0x0FFF) | 0x4000), static_cast<uchar>(((low >> 56) & 0x3F) | 0x80),
                     static_cast<uchar>(low >> 48), static_cast<uchar>(low >> 40), static_cast<uchar>(low >> 32),
                     static_cast<uchar>(low >> 24), static_cast<uchar>(low >> 16), static_cast<uchar>(low >> 8),
                     static_cast<uchar>(low));
    return uuid.toString(QUuid::WithoutBraces);
}

DemoTenant::DemoTenant(const EmulatorOptions &options)
    : tenantId(options.tenantId)
    , tenantDomain(options.tenantDomain)
{
    // One stream per area, so adding devices never changes the groups or profiles.
    Random userRandom(options.seed ^ 0x5553455253ULL);
    Random groupRandom(options.seed ^ 0x47524F555053ULL);
    Random profileRandom(options.seed ^ 0x50524F46ULL);
    Random configurationRandom(options.seed ^ 0x434F4E46ULL);
    Random deviceRandom(options.seed ^ 0x444556ULL);
    // A fixed "now" for generated history, so the same seed gives the same tenant on any day.
    const QDateTime generatedAt(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);

    users = generateUsers(userRandom, 400, tenantDomain);
    groups = generateGroups(groupRandom, 300);
    profiles = generateProfiles(profileRandom, groups);
    configurations = generateConfigurations(tenantId, groups, configurationRandom);
    devices = generateDevices(deviceRandom, options.devices, users, profiles, generatedAt);
    rebuildIndexes();
}

void DemoTenant::rebuildIndexes()
{
    m_deviceById.clear();
    m_deviceById.reserve(devices.size());
    for (int i = 0; i < devices.size(); ++i)
        m_deviceById.insert(devices.at(i).id, i);
    m_profileById.clear();
    for (int i = 0; i < profiles.size(); ++i)
        m_profileById.insert(profiles.at(i).id, i);
    m_configurationById.clear();
    for (int i = 0; i < configurations.size(); ++i)
        m_configurationById.insert(configurations.at(i).id, i);
    m_groupById.clear();
    for (int i = 0; i < groups.size(); ++i)
        m_groupById.insert(groups.at(i).id, i);
    m_userByUpn.clear();
    for (int i = 0; i < users.size(); ++i)
        m_userByUpn.insert(users.at(i).userPrincipalName.toLower(), i);
}

int DemoTenant::deviceIndex(const QString &id) const
{
    const int index = m_deviceById.value(id.toLower(), -1);
    return index >= 0 && !devices.at(index).deleted ? index : -1;
}

int DemoTenant::profileIndex(const QString &id) const
{
    return m_profileById.value(id.toLower(), -1);
}

int DemoTenant::configurationIndex(const QString &id) const
{
    // Default ids carry the tenant id and a case-sensitive suffix; GUIDs are compared lower-case.
    const int exact = m_configurationById.value(id, -1);
    return exact >= 0 ? exact : m_configurationById.value(id.toLower(), -1);
}

int DemoTenant::groupIndex(const QString &id) const
{
    return m_groupById.value(id.toLower(), -1);
}

int DemoTenant::userIndex(const QString &userPrincipalName) const
{
    return m_userByUpn.value(userPrincipalName.toLower(), -1);
}

void DemoTenant::settle(Device &device, qint64 nowMs) const
{
    if (device.profileStatus != PsPending || device.pendingUntilMs == 0 || nowMs < device.pendingUntilMs)
        return;
    device.deploymentProfile = device.intendedProfile;
    device.profileStatus = PsAssignedInSync;
    device.deploymentProfileAssignedDateTime = QDateTime::fromMSecsSinceEpoch(device.pendingUntilMs, Qt::UTC);
    device.pendingUntilMs = 0;
    touch(device);
}

} // namespace ed::emu
