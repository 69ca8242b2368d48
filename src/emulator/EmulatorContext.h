#pragma once

#include "EmuHttp.h"

#include <functional>

namespace ed::emu {

class DemoTenant;
class RequestLog;
class TokenAuthority;
struct Caller;
struct EmulatorOptions;

// What every API module may use. Owned by GraphEmulator; lives on its thread.
struct EmulatorContext
{
    const EmulatorOptions &options;
    DemoTenant &tenant;
    TokenAuthority &tokens;
    RequestLog &log;
    QString baseUrl; // "http://127.0.0.1:PORT" (https with --tls), no trailing slash
    // Runs an inner request through the full pipeline ($batch uses it).
    std::function<EmuResponse(const EmuRequest &)> dispatch;

    qint64 nowMs() const;
    QDateTime now() const;
};

// One area of Graph (Autopilot devices, profiles, …). Graph requests reach a module after
// authentication and throttling; identity-platform requests are not authenticated.
class ApiModule
{
public:
    explicit ApiModule(EmulatorContext &context)
        : m_context(context)
    { }
    virtual ~ApiModule() = default;
    ApiModule(const ApiModule &) = delete;
    ApiModule &operator=(const ApiModule &) = delete;

    // The response when this module owns request.path; nullopt when it does not.
    // `caller` is null for identity-platform requests.
    virtual std::optional<EmuResponse> handle(const EmuRequest &request, const Caller *caller) = 0;

protected:
    EmulatorContext &m_context;
};

// 403 with Graph's shape when the caller lacks every one of the permissions.
EmuResponse forbidden(const EmuRequest &request);

} // namespace ed::emu
