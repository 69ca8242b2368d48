#pragma once

#include "EmulatorOptions.h"
#include "Random.h"

#include <QByteArray>

namespace ed::emu {

// Decides, per request and reproducibly for a seed, which fault a request meets (graph.md §9,
// qt-notes A2). Transport faults (drop, truncate) only apply outside $batch.
class FaultInjector final
{
public:
    enum class Kind { None, ErrorStatus, Drop, Truncate };
    struct Decision
    {
        Kind kind = Kind::None;
        int status = 0; // for ErrorStatus
        qint64 retryAfterMs = 0; // 429 and 503 carry Retry-After
        int delayMs = 0; // latency before answering
        const char *label = ""; // for the request log
    };

    FaultInjector(const EmulatorOptions &options);

    Decision decide(const QByteArray &method, bool insideBatch);

private:
    FaultProfile m_profile;
    int m_latencyMinMs;
    int m_latencyMaxMs;
    Random m_random;
};

} // namespace ed::emu
