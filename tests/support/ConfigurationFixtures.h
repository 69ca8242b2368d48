#pragma once

#include "EmulatorFixture.h"
#include "models/EnrollmentConfiguration.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ed::test {

// Enrollment configurations on Graph (beta: the subtypes' settings are only there).
inline const QString configurationsPath = QStringLiteral("/beta/deviceManagement/deviceEnrollmentConfigurations");
inline const QString limitType = QStringLiteral("#microsoft.graph.deviceEnrollmentLimitConfiguration");

// The permissions the configuration tests give their tokens, or find named in refusals.
inline const QString configRead = QStringLiteral("DeviceManagementServiceConfig.Read.All");
inline const QString configReadWrite = QStringLiteral("DeviceManagementServiceConfig.ReadWrite.All");
inline const QString groupRead = QStringLiteral("Group.Read.All");
inline const QString directoryRead = QStringLiteral("Directory.Read.All");

// The demo tenant's custom configurations (emulator/DemoTenant.cpp), by display name.
struct DemoConfigurations
{
    QString helpDesk = QStringLiteral("Help desk technicians – 15 devices");
    QString executives = QStringLiteral("Executives – 10 devices");
    QString contractors = QStringLiteral("Contractors – 2 devices");
    QString windowsOnly = QStringLiteral("Windows – corporate devices only");
    QString iosSales = QStringLiteral("iOS – allow personal devices for sales");
    QString helloFinance = QStringLiteral("Windows Hello for Business – Finance");
    QString kioskEsp = QStringLiteral("Autopilot – Kiosk ESP");
    QString standardEsp = QStringLiteral("Autopilot – Standard ESP");
    QString comanagement = QStringLiteral("Co-management – Configuration Manager pilot");
};
inline const DemoConfigurations demo;

// The emulator's own state, read directly (not through the code under test). Every read rides out
// injected faults (the fault profiles hit the test's own requests too), waiting as long as
// Retry-After says, so the emulator sees no early retry; a read that still fails gives the last
// answer, or an empty result.
HttpResult getReliably(EmulatorFixture &fixture, const QString &pathAndQuery);
// One configuration's JSON with its assignments ($expand=assignments); {} when it cannot be read.
QJsonObject configurationJson(EmulatorFixture &fixture, const QString &id);
EnrollmentConfiguration configurationWithId(EmulatorFixture &fixture, const QString &id);
// Found in the listing by its display name, then read on its own (configurationWithId); an empty
// configuration (no id) when there is none of that name.
EnrollmentConfiguration configurationNamed(EmulatorFixture &fixture, const QString &displayName);
// Every configuration, listed with its assignments.
QList<EnrollmentConfiguration> listConfigurations(EmulatorFixture &fixture);
// The id of the one group with this display name; empty unless exactly one has it.
QString groupId(EmulatorFixture &fixture, const QString &displayName);

// What the app shows for these assignments (JSON as the emulator serves them), built from the
// emulator's directory: groups by name (one the directory lacks as "Deleted group (<id>)"), "All
// devices", Configuration Manager collections, then the exclusions ("Excluded: <name>"), joined
// by "; "; "Not assigned" for none. Profiles' assignments too.
QString expectedAssignmentsText(EmulatorFixture &fixture, const QJsonArray &assignments);

// Assignment JSON as the configurations' assign action takes it.
QJsonObject groupTarget(const QString &groupId, bool exclusion = false);
QJsonObject assignmentJson(const QJsonObject &target); // an enrollmentConfigurationAssignment
QJsonObject assignBody(const QJsonArray &targets); // {"enrollmentConfigurationAssignments": [...]}

// A device limit configuration as the fake network serves it ("c1_Limit", "Fake limit",
// priority 1).
QJsonObject fakeLimitJson(int limit, int version);

} // namespace ed::test
