#include "FakeGraphEnvironment.h"

using namespace Qt::StringLiterals;

namespace ed::test {

GraphClientOptions onFakeNetwork()
{
    GraphClientOptions options;
    options.graphBaseUrl = QUrl(u"https://graph.test"_s);
    return options;
}

GraphClientOptions quickRetries()
{
    GraphClientOptions options = onFakeNetwork();
    options.backoffBaseMs = 20;
    options.backoffMaxMs = 100;
    return options;
}

FakeGraphEnvironment::FakeGraphEnvironment(GraphClientOptions options)
    : client(network, tokens, std::move(options))
    , intune(client)
    , journal(activity, QString())
{ }

} // namespace ed::test
