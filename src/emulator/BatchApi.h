#pragma once

#include "EmulatorContext.h"

namespace ed::emu {

// POST /{version}/$batch (graph.md §7.2, §9 item 13): up to 20 requests with unique ids and
// relative urls, dependsOn sequencing with 424 for dependents of failures, each item run through
// the whole pipeline (throttling and injected faults included, so items get their own 429 with
// Retry-After in the item's headers), outer 200. Responses come back in reverse request order, as
// Graph may answer in any order.
class BatchApi final : public ApiModule
{
public:
    static constexpr int maxRequests = 20;
    using ApiModule::ApiModule;

    std::optional<EmuResponse> handle(const EmuRequest &request, const Caller *caller) override;
};

} // namespace ed::emu
