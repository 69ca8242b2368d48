#pragma once

#include "EmulatorContext.h"

#include <QString>
#include <QStringList>

namespace ed::emu {

struct EnrollmentConfiguration;

// /{beta|v1.0}/deviceManagement/deviceEnrollmentConfigurations…: list, get, PATCH, DELETE, assign,
// assignments and setPriority over the demo tenant (graph.md §3, §9 items 2, 3, 5, 6, 9).
// The semantics Graph leaves undocumented are written down in docs/EMULATOR-CONFIGURATIONS.md.
class EnrollmentConfigurationsApi final : public ApiModule
{
public:
    explicit EnrollmentConfigurationsApi(EmulatorContext &context);

    std::optional<EmuResponse> handle(const EmuRequest &request, const Caller *caller) override;

private:
    struct Target
    {
        QString version; // "beta" or "v1.0"
        int index = -1; // into tenant.configurations; -1 for the collection
        QString id; // as addressed
        QStringList rest; // segments after the configuration id
    };

    EmuResponse list(const EmuRequest &request, const QString &version) const;
    EmuResponse get(const EmuRequest &request, const Target &target) const;
    EmuResponse patch(const EmuRequest &request, const Target &target);
    EmuResponse remove(const EmuRequest &request, const Target &target);
    EmuResponse assign(const EmuRequest &request, const Target &target);
    EmuResponse assignments(const EmuRequest &request, const Target &target) const;
    EmuResponse setPriority(const EmuRequest &request, const Target &target);

    // Linear lookup (a tenant has a few dozen configurations), so deleting one never leaves a
    // stale index behind.
    int indexOf(const QString &id) const;
    // The customs that share one priority sequence with `configuration`, in priority order.
    QList<int> family(const EnrollmentConfiguration &configuration) const;
    void renumber(const QList<int> &ordered);
};

// The shape of every enrollment configuration subtype per API version (graph.md §3.3, the v1.0
// and beta resource pages): used to serialise, to validate PATCH bodies and to check $select.
namespace enrollmentSchema {

// "#microsoft.graph.deviceEnrollmentConfiguration" for subtypes v1.0 does not know.
QString typeFor(const QString &odataType, bool beta);
// The subtype's own properties (not the base ones), in the given version.
QStringList ownProperties(const QString &odataType, bool beta);
// The base properties every configuration has in the given version.
QStringList baseProperties(bool beta);
// Properties of deviceEnrollmentPlatformRestriction (v1.0 has only the first four).
QStringList restrictionProperties(bool beta);
bool isRestrictionValued(const QString &property);

} // namespace enrollmentSchema

} // namespace ed::emu
