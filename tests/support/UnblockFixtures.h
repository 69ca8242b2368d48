#pragma once

#include "EmulatorFixture.h"
#include "emulator/GraphEmulator.h"
#include "models/BulkUnblockJob.h"

namespace ed::test {

// Marks the emulator's first `count` devices blocked (userless enrollment) and returns them as
// unblock targets.
inline QList<UnblockTarget> blockDevices(EmulatorFixture &fixture, int count)
{
    QList<UnblockTarget> targets;
    fixture.host().runOnEmulatorThread([&](emu::GraphEmulator &emulator) {
        emu::DemoTenant &tenant = emulator.tenant();
        for (int i = 0; i < count && i < tenant.devices.size(); ++i) {
            emu::Device &device = tenant.devices[i];
            device.userlessStatus = emu::UsBlocked;
            tenant.touch(device);
            targets.append(UnblockTarget{device.id, device.serialNumber, device.model, device.userPrincipalName, true});
        }
    });
    return targets;
}

// Deletes (or restores) a device in the emulator's tenant.
inline void setDeviceDeleted(EmulatorFixture &fixture, const QString &deviceId, bool deleted)
{
    fixture.host().runOnEmulatorThread([&](emu::GraphEmulator &emulator) {
        for (emu::Device &device : emulator.tenant().devices)
            if (device.id == deviceId) {
                device.deleted = deleted;
                emulator.tenant().touch(device);
            }
    });
}

} // namespace ed::test
