#include "EmulatorOptions.h"

namespace ed::emu {

using namespace Qt::StringLiterals;

QString EmulatorOptions::faultProfileKey(FaultProfile profile)
{
    switch (profile) {
    case FaultProfile::None:
        return u"none"_s;
    case FaultProfile::Latency:
        return u"latency"_s;
    case FaultProfile::ServerErrors:
        return u"5xx"_s;
    case FaultProfile::Drops:
        return u"drops"_s;
    case FaultProfile::Truncation:
        return u"truncate"_s;
    case FaultProfile::DevProxy:
        return u"devproxy"_s;
    }
    return {};
}

std::optional<FaultProfile> EmulatorOptions::faultProfileFromKey(const QString &key)
{
    for (FaultProfile p : {FaultProfile::None, FaultProfile::Latency, FaultProfile::ServerErrors, FaultProfile::Drops,
                           FaultProfile::Truncation, FaultProfile::DevProxy})
        if (faultProfileKey(p) == key)
            return p;
    return std::nullopt;
}

QString EmulatorOptions::throttleProfileKey(ThrottleProfile profile)
{
    switch (profile) {
    case ThrottleProfile::Default:
        return u"default"_s;
    case ThrottleProfile::Off:
        return u"off"_s;
    case ThrottleProfile::Fast:
        return u"fast"_s;
    }
    return {};
}

std::optional<ThrottleProfile> EmulatorOptions::throttleProfileFromKey(const QString &key)
{
    for (ThrottleProfile p : {ThrottleProfile::Default, ThrottleProfile::Off, ThrottleProfile::Fast})
        if (throttleProfileKey(p) == key)
            return p;
    return std::nullopt;
}

} // namespace ed::emu
