#pragma once

#include "EmulatorContext.h"

namespace ed::emu {

class AutopilotDevicesApi;

// windowsAutopilotDeploymentProfiles (beta only, graph.md §2): list and get with their subtypes,
// assignedDevices (with the device actions beneath), assignments, and `assign` with deviceIds.
class DeploymentProfilesApi final : public ApiModule
{
public:
    DeploymentProfilesApi(EmulatorContext &context, AutopilotDevicesApi &devices);

    std::optional<EmuResponse> handle(const EmuRequest &request, const Caller *caller) override;

private:
    EmuResponse list(const EmuRequest &request);
    EmuResponse assignments(const EmuRequest &request, int profileIndex, const QString &assignmentId);

    AutopilotDevicesApi &m_devices;
};

} // namespace ed::emu
