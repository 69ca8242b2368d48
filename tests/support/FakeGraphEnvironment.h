#pragma once

#include "FakeGraphNetwork.h"
#include "FakeTokenSource.h"
#include "graph/GraphClient.h"
#include "graph/IntuneService.h"
#include "models/ActivityJournal.h"
#include "models/ActivityModel.h"

namespace ed::test {

// Client options on the fake network: its base URL (https://graph.test), the client's defaults
// otherwise.
GraphClientOptions onFakeNetwork();

// Client options for tests of failures: retries 20 ms apart, growing to at most 100 ms, so no test
// waits out the real backoff. The base URL is the fake network's; a GraphTestEnvironment puts the
// emulator's in its place.
GraphClientOptions quickRetries();

// The fake network's Graph stack, wired the way GraphTestEnvironment wires the emulator's: a
// fixed token ("t"), a GraphClient and an IntuneService on them, and a journal (in memory)
// feeding an ActivityModel. The members' order is the destruction order: the journal before its
// model, the service before its client, the client before its network and token.
struct FakeGraphEnvironment
{
    explicit FakeGraphEnvironment(GraphClientOptions options = quickRetries());
    Q_DISABLE_COPY_MOVE(FakeGraphEnvironment)
    ~FakeGraphEnvironment() = default;

    FakeGraphNetwork network;
    FakeTokenSource tokens{QStringLiteral("t")};
    GraphClient client;
    IntuneService intune;
    ActivityModel activity;
    ActivityJournal journal;
};

// A loader (ProfileLoader, ConfigurationLoader) filling its model through the fake network.
template<typename Model, typename Loader>
struct FakeLoaderRig : FakeGraphEnvironment
{
    FakeLoaderRig()
        : loader(intune, model)
    { }

    Model model;
    Loader loader;
};

} // namespace ed::test
