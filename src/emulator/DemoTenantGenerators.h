#pragma once

// The demo tenant's generators, one per area, all deterministic for a given Random state.
// DemoTenant's constructor calls them in a fixed order: users, groups, profiles, configurations,
// devices.

#include "DemoTenant.h"
#include "Random.h"

namespace ed::emu {

QList<User> generateUsers(Random &random, int count, const QString &domain);
QList<Group> generateGroups(Random &random, int count);
QList<DeploymentProfile> generateProfiles(Random &random, const QList<Group> &groups);
QList<EnrollmentConfiguration> generateConfigurations(const QString &tenantId, const QList<Group> &groups,
                                                      Random &random);
// Sorted by serial number. Every enum value of profile status, enrollment state and userless
// status appears; about 6 % of devices are blocked.
QList<Device> generateDevices(Random &random, int count, const QList<User> &users,
                              const QList<DeploymentProfile> &profiles, const QDateTime &now);

// A GUID string drawn from the random stream (version-4 shaped).
QString randomGuid(Random &random);

} // namespace ed::emu
