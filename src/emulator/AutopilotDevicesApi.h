#pragma once

#include "EmulatorContext.h"

#include <functional>

namespace ed::emu {

struct Device;

// windowsAutopilotDeviceIdentities (graph.md §1) and windowsAutopilotSettings (§5.1):
// list with Intune paging, get, delete, the device actions, the deploymentProfile relationships,
// and Autopilot sync. The device actions and the profile `assign` are public because the
// deployment-profile paths reach the same devices.
class AutopilotDevicesApi final : public ApiModule
{
public:
    static constexpr int pageSize = 1000;
    static constexpr int maxAssignDeviceIds = 1000;

    using ApiModule::ApiModule;

    std::optional<EmuResponse> handle(const EmuRequest &request, const Caller *caller) override;

    // A device action (allowNextEnrollment, assignUserToDevice, …) on one device.
    std::optional<EmuResponse> deviceAction(const EmuRequest &request, const Caller &caller, int deviceIndex,
                                            const QString &action);
    // `assign` with {"deviceIds": […]}: the profile becomes each device's intended profile, pending
    // until options.profileAssignDelayMs has passed, then assigned.
    EmuResponse assignProfile(const EmuRequest &request, const Caller &caller, int profileIndex);
    // A paged device collection, filtered by `include` (all devices when null).
    EmuResponse listDevices(const EmuRequest &request, const QString &contextFragment,
                            const std::function<bool(const Device &)> &include);
    EmuResponse getDevice(const EmuRequest &request, int deviceIndex, const QString &contextFragment);

    static bool canRead(const Caller &caller);
    static bool canWrite(const Caller &caller);

private:
    std::optional<EmuResponse> handleDevice(const EmuRequest &request, const Caller &caller);
    std::optional<EmuResponse> handleSettings(const EmuRequest &request, const Caller &caller);
    EmuResponse deleteDevices(const EmuRequest &request, const Caller &caller);

    QByteArray m_pageBuffer;
};

} // namespace ed::emu
