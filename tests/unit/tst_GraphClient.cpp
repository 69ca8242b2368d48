// GraphClient against an in-process fake network: headers, URLs, retries, Retry-After and the
// workload block, budgets, 401 renewal, deadlines, redirects, pacing and concurrency (issue 4
// points 1, 2, 5, 6, 8).

#include "FakeGraphNetwork.h"
#include "FakeTokenSource.h"
#include "core/Cloud.h"
#include "graph/GraphClient.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;
using Answer = FakeGraphNetwork::Answer;

// Waits like QTRY_VERIFY, inside helpers that return a value.
#define WAIT_UNTIL(expr, timeout) \
    do { \
        QElapsedTimer t; \
        t.start(); \
        while (!(expr) && t.elapsed() < (timeout)) \
            QTest::qWait(5); \
    } while (false)

class TestGraphClient final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headersAndUrl();
    void cloudBaseUrls_data();
    void cloudBaseUrls();
    void retryMatrix_data();
    void retryMatrix();
    void retryAfterBlocksTheWorkload();
    void backoffWithoutRetryAfter();
    void budgetExhaustedFailsWithRequestId();
    void renewsTokenOnceOn401();
    void secondUnauthorizedIsAFailure();
    void deadlineEndsAHangingRequest();
    void redirectIsNotFollowed();
    void refusesOtherHosts();
    void pacesWrites();
    void capsConcurrency();
    void cancelQueuedAndInFlight();
    void logsExchangesWithoutSecrets();
    void workloadUnderABasePath_data();
    void workloadUnderABasePath();
    void destroyingTheClientEndsEveryReply();
    void plainTextAndCooldownAnswers();

private:
    struct Rig
    {
        FakeGraphNetwork network;
        FakeTokenSource tokens{u"token-1"_s};
        std::unique_ptr<GraphClient> client;
        explicit Rig(GraphClientOptions options = fastOptions())
            : client(std::make_unique<GraphClient>(network, tokens, std::move(options)))
        { }
    };
    static GraphClientOptions fastOptions()
    {
        GraphClientOptions o;
        o.graphBaseUrl = QUrl(u"https://graph.test"_s);
        o.backoffBaseMs = 20;
        o.backoffMaxMs = 100;
        o.deadlineMs = 2000;
        return o;
    }
    // Sends and waits; returns {succeeded, error}.
    static std::pair<bool, GraphError> run(GraphClient &client, const GraphRequest &request, int timeoutMs = 10'000)
    {
        GraphReply *reply = client.send(request);
        bool done = false, ok = false;
        GraphError error;
        QObject::connect(reply, &GraphReply::finished, [&](const GraphResponse &) { done = ok = true; });
        QObject::connect(reply, &GraphReply::failed, [&](const GraphError &e) {
            done = true;
            error = e;
        });
        WAIT_UNTIL(done, timeoutMs);
        return {ok, error};
    }
};

static const GraphRequest devices = GraphRequest::get(
        GraphRequest::Version::Beta, u"/deviceManagement/windowsAutopilotDeviceIdentities"_s, QUrlQuery(u"$top=5"_s));

void TestGraphClient::headersAndUrl()
{
    Rig rig;
    QVERIFY(run(*rig.client, devices).first);
    QVERIFY(run(*rig.client, devices).first);
    const auto &sent = rig.network.exchanges();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).url,
             QUrl(u"https://graph.test/beta/deviceManagement/windowsAutopilotDeviceIdentities?$top=5"_s));
    QCOMPARE(sent.at(0).header("Authorization"), QByteArray("Bearer token-1"));
    QCOMPARE(sent.at(0).header("Accept"), QByteArray("application/json"));
    QVERIFY(!QUuid::fromString(QString::fromLatin1(sent.at(0).header("client-request-id"))).isNull());
    QVERIFY(sent.at(0).header("client-request-id") != sent.at(1).header("client-request-id")); // fresh per request

    GraphRequest patch =
            GraphRequest::patch(GraphRequest::Version::V1, u"/deviceManagement/deviceEnrollmentConfigurations/x"_s,
                                QJsonObject{{u"limit"_s, 7}});
    QVERIFY(run(*rig.client, patch).first);
    QCOMPARE(rig.network.exchanges().last().method, QByteArray("PATCH"));
    QCOMPARE(rig.network.exchanges().last().body, QByteArray(R"({"limit":7})"));
    QCOMPARE(rig.network.exchanges().last().header("Content-Type"), QByteArray("application/json"));
}

void TestGraphClient::cloudBaseUrls_data()
{
    QTest::addColumn<int>("cloud");
    QTest::addColumn<QString>("expected");
    QTest::newRow("global") << int(Cloud::Global) << u"https://graph.microsoft.com/v1.0/groups"_s;
    QTest::newRow("usgov") << int(Cloud::UsGov) << u"https://graph.microsoft.us/v1.0/groups"_s;
    QTest::newRow("dod") << int(Cloud::UsGovDod) << u"https://dod-graph.microsoft.us/v1.0/groups"_s;
    QTest::newRow("china") << int(Cloud::China) << u"https://microsoftgraph.chinacloudapi.cn/v1.0/groups"_s;
}

void TestGraphClient::cloudBaseUrls()
{
    QFETCH(int, cloud);
    QFETCH(QString, expected);
    GraphClientOptions options = fastOptions();
    options.graphBaseUrl = CloudInfo::graphBaseUrl(static_cast<Cloud>(cloud));
    Rig rig(options);
    QVERIFY(run(*rig.client, GraphRequest::get(GraphRequest::Version::V1, u"/groups"_s)).first);
    QCOMPARE(rig.network.exchanges().constFirst().url, QUrl(expected));
}

void TestGraphClient::retryMatrix_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("expectedAttempts"); // the first failure, then success if retried
    QTest::newRow("GET 429") << QByteArray("GET") << 429 << 0 << 2;
    QTest::newRow("POST 429") << QByteArray("POST") << 429 << 0 << 2;
    QTest::newRow("GET 503") << QByteArray("GET") << 503 << 0 << 2;
    QTest::newRow("POST 503") << QByteArray("POST") << 503 << 0 << 2;
    QTest::newRow("POST 504") << QByteArray("POST") << 504 << 0 << 2;
    QTest::newRow("GET 500") << QByteArray("GET") << 500 << 0 << 2;
    QTest::newRow("POST 500") << QByteArray("POST") << 500 << 0 << 1;
    QTest::newRow("GET 502") << QByteArray("GET") << 502 << 0 << 2;
    QTest::newRow("PATCH 502") << QByteArray("PATCH") << 502 << 0 << 1;
    QTest::newRow("GET transport") << QByteArray("GET") << 0 << int(QNetworkReply::RemoteHostClosedError) << 2;
    QTest::newRow("POST transport") << QByteArray("POST") << 0 << int(QNetworkReply::RemoteHostClosedError) << 1;
    QTest::newRow("GET 400") << QByteArray("GET") << 400 << 0 << 1;
    QTest::newRow("GET 404") << QByteArray("GET") << 404 << 0 << 1;
    QTest::newRow("POST 409") << QByteArray("POST") << 409 << 0 << 1;
    QTest::newRow("read-only POST 500") << QByteArray("READPOST") << 500 << 0 << 2;
    QTest::newRow("read-only POST transport")
            << QByteArray("READPOST") << 0 << int(QNetworkReply::RemoteHostClosedError) << 2;
}

void TestGraphClient::retryMatrix()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(int, error);
    QFETCH(int, expectedAttempts);
    Rig rig;
    int calls = 0;
    rig.network.setHandler([&](const FakeGraphNetwork::Exchange &) {
        if (++calls > 1)
            return Answer::json(200, "{}");
        Answer a = Answer::json(status, R"({"error":{"code":"X","message":"m"}})", {{"request-id", "req-1"}});
        a.error = static_cast<QNetworkReply::NetworkError>(error);
        if (status == 429)
            a.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "0.05"));
        return a;
    });
    GraphRequest request =
            method == "GET" ? devices : GraphRequest::post(GraphRequest::Version::Beta, u"/deviceManagement/x"_s);
    if (method == "PATCH")
        request.method = GraphRequest::Method::Patch;
    request.readOnly = method == "READPOST"; // getByIds: a POST that only reads
    const auto [ok, failure] = run(*rig.client, request);
    QCOMPARE(rig.network.exchanges().size(), expectedAttempts);
    QCOMPARE(ok, expectedAttempts == 2);
    if (!ok && status > 0)
        QCOMPARE(failure.requestId, u"req-1"_s);
}

void TestGraphClient::retryAfterBlocksTheWorkload()
{
    Rig rig;
    bool throttledOnce = false;
    rig.network.setHandler([&](const FakeGraphNetwork::Exchange &e) {
        if (e.url.path().contains(u"deviceManagement"_s) && !throttledOnce) {
            throttledOnce = true;
            return Answer::json(429, R"({"error":{"code":"TooManyRequests","message":"Please retry again later."}})",
                                {{"Retry-After", "0.4"}});
        }
        return Answer::json(200, "{}");
    });
    QSignalSpy throttled(rig.client.get(), &GraphClient::throttled);
    GraphReply *first = rig.client->send(devices);
    QTRY_COMPARE(throttled.count(), 1);
    QCOMPARE(throttled.at(0).at(0).toString(), u"deviceManagement"_s);
    // Another Intune request now waits; a directory request does not.
    GraphReply *second = rig.client->send(devices);
    GraphReply *groups = rig.client->send(GraphRequest::get(GraphRequest::Version::V1, u"/groups"_s));
    QSignalSpy firstDone(first, &GraphReply::finished), secondDone(second, &GraphReply::finished),
            groupsDone(groups, &GraphReply::finished);
    QTRY_COMPARE(groupsDone.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(firstDone.count() + secondDone.count(), 2, 5000);
    const auto &sent = rig.network.exchanges();
    const qint64 throttledAt = sent.at(0).atMs;
    for (const auto &e : sent)
        if (e.url.path().contains(u"deviceManagement"_s) && e.atMs != throttledAt)
            QVERIFY2(e.atMs - throttledAt >= 400, qPrintable(QString::number(e.atMs - throttledAt)));
}

void TestGraphClient::backoffWithoutRetryAfter()
{
    Rig rig;
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &) { return Answer::json(503, "{}"); });
    const auto [ok, error] = run(*rig.client, devices);
    QVERIFY(!ok);
    const auto &sent = rig.network.exchanges();
    QCOMPARE(sent.size(), fastOptions().maxAttempts);
    for (int i = 1; i < sent.size(); ++i)
        QVERIFY(sent.at(i).atMs - sent.at(i - 1).atMs >= 9); // at least half of the 20 ms base
    QCOMPARE(error.httpStatus, 503);
}

void TestGraphClient::budgetExhaustedFailsWithRequestId()
{
    GraphClientOptions options = fastOptions();
    options.retryBudgetMs = 300;
    Rig rig(options);
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &) {
        return Answer::json(429, R"({"error":{"code":"TooManyRequests","message":"Please retry again later."}})",
                            {{"Retry-After", "0.2"}, {"request-id", "the-request-id"}});
    });
    const auto [ok, error] = run(*rig.client, devices);
    QVERIFY(!ok);
    QCOMPARE(rig.network.exchanges().size(), 2); // 200 ms waited; another 200 would pass the 300 ms budget
    QCOMPARE(error.httpStatus, 429);
    QCOMPARE(error.requestId, u"the-request-id"_s);
    QVERIFY(!error.summary().isEmpty());
}

void TestGraphClient::renewsTokenOnceOn401()
{
    Rig rig;
    rig.tokens.renewTo = u"token-2"_s;
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &e) {
        return e.header("Authorization") == "Bearer token-2"
                ? Answer::json(200, "{}")
                : Answer::json(401, R"({"error":{"code":"InvalidAuthenticationToken","message":"expired"}})");
    });
    QVERIFY(run(*rig.client, devices).first);
    QCOMPARE(rig.tokens.refreshes, 1);
    QCOMPARE(rig.network.exchanges().size(), 2);
}

void TestGraphClient::secondUnauthorizedIsAFailure()
{
    Rig rig;
    rig.tokens.renewTo = u"token-2"_s; // renewal "works" but Graph still refuses
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &) {
        return Answer::json(401, R"({"error":{"code":"InvalidAuthenticationToken","message":"nope"}})");
    });
    const auto [ok, error] = run(*rig.client, devices);
    QVERIFY(!ok);
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(rig.tokens.refreshes, 1);
    QCOMPARE(rig.network.exchanges().size(), 2); // once replayed, never a loop
}

void TestGraphClient::deadlineEndsAHangingRequest()
{
    GraphClientOptions options = fastOptions();
    options.deadlineMs = 200;
    options.maxAttempts = 2;
    Rig rig(options);
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &) {
        Answer a;
        a.hang = true;
        return a;
    });
    QElapsedTimer timer;
    timer.start();
    const auto [ok, error] = run(*rig.client, devices);
    QVERIFY(!ok);
    QCOMPARE(error.kind, GraphError::Kind::Timeout);
    QCOMPARE(rig.network.exchanges().size(), 2); // a read: retried once, then given up
    QVERIFY(timer.elapsed() < 3000);
}

void TestGraphClient::redirectIsNotFollowed()
{
    Rig rig;
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &) {
        Answer a;
        a.status = 302;
        a.headers = {{"Location", "https://evil.example/steal"}};
        return a;
    });
    const auto [ok, error] = run(*rig.client, devices);
    QVERIFY(!ok);
    QCOMPARE(error.kind, GraphError::Kind::Redirect);
    QCOMPARE(rig.network.exchanges().size(), 1); // nothing went to evil.example
}

void TestGraphClient::refusesOtherHosts()
{
    Rig rig;
    GraphRequest next = devices;
    next.absoluteUrl =
            QUrl(u"https://graph.test.evil.example/beta/deviceManagement/windowsAutopilotDeviceIdentities"_s);
    const auto [ok, error] = run(*rig.client, next);
    QVERIFY(!ok);
    QCOMPARE(error.kind, GraphError::Kind::Redirect);
    QVERIFY(rig.network.exchanges().isEmpty()); // the token never left
}

void TestGraphClient::pacesWrites()
{
    GraphClientOptions options = fastOptions();
    options.writesPerWindow = 3;
    options.writeWindowMs = 400;
    Rig rig(options);
    QList<GraphReply *> replies;
    int done = 0;
    for (int i = 0; i < 7; ++i) {
        GraphReply *reply = rig.client->send(GraphRequest::post(GraphRequest::Version::Beta, u"/deviceManagement/x"_s));
        connect(reply, &GraphReply::finished, this, [&done] { ++done; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 7, 5000);
    const auto &sent = rig.network.exchanges();
    for (int i = 3; i < sent.size(); ++i) // no window of 400 ms ever held more than three writes
        QVERIFY2(sent.at(i).atMs - sent.at(i - 3).atMs >= 395, qPrintable(QString::number(i)));
}

void TestGraphClient::capsConcurrency()
{
    GraphClientOptions options = fastOptions();
    options.maxConcurrent = 2;
    Rig rig(options);
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &) {
        Answer a = Answer::json(200, "{}");
        a.delayMs = 30;
        return a;
    });
    int done = 0;
    for (int i = 0; i < 8; ++i)
        connect(rig.client->send(devices), &GraphReply::finished, this, [&done] { ++done; });
    QTRY_COMPARE(done, 8);
    QCOMPARE(rig.network.maxInFlight(), 2);
}

void TestGraphClient::cancelQueuedAndInFlight()
{
    GraphClientOptions options = fastOptions();
    options.maxConcurrent = 1;
    Rig rig(options);
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &) {
        Answer a;
        a.hang = true;
        return a;
    });
    GraphReply *inFlight = rig.client->send(devices);
    GraphReply *queued = rig.client->send(devices);
    QSignalSpy inFlightFailed(inFlight, &GraphReply::failed), queuedFailed(queued, &GraphReply::failed);
    QTRY_COMPARE(rig.network.exchanges().size(), 1);
    queued->cancel();
    inFlight->cancel();
    QTRY_COMPARE(inFlightFailed.count() + queuedFailed.count(), 2);
    QCOMPARE(inFlightFailed.at(0).at(0).value<GraphError>().kind, GraphError::Kind::Cancelled);
    QCOMPARE(queuedFailed.at(0).at(0).value<GraphError>().kind, GraphError::Kind::Cancelled);
    QTest::qWait(50);
    QCOMPARE(rig.network.exchanges().size(), 1); // the queued one was never sent
}

void TestGraphClient::workloadUnderABasePath_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("workload");
    QTest::newRow("plain") << u"https://graph.test/beta/deviceManagement/x?$skiptoken=a"_s << u"deviceManagement"_s;
    QTest::newRow("base path") << u"https://proxy.test/graph/v1.0/deviceManagement/x"_s << u"deviceManagement"_s;
    QTest::newRow("groups") << u"https://proxy.test/graph/v1.0/groups?$skiptoken=b"_s << u"directory"_s;
}

void TestGraphClient::workloadUnderABasePath()
{
    QFETCH(QString, url);
    QFETCH(QString, workload);
    GraphRequest next = devices;
    next.absoluteUrl = QUrl(url);
    QCOMPARE(next.workload(), workload);
}

void TestGraphClient::destroyingTheClientEndsEveryReply()
{
    auto rig = std::make_unique<Rig>();
    rig->network.setHandler([](const FakeGraphNetwork::Exchange &) {
        Answer a;
        a.hang = true;
        return a;
    });
    int cancelled = 0;
    for (int i = 0; i < 10; ++i) // 6 in flight, 4 queued
        connect(rig->client->send(devices), &GraphReply::failed, this,
                [&cancelled](const GraphError &e) { cancelled += e.kind == GraphError::Kind::Cancelled ? 1 : 0; });
    QTRY_COMPARE(rig->network.inFlight(), 6);
    rig->client.reset();
    QCOMPARE(cancelled, 10);
}

static QStringList graphLog;
static void captureGraphLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "ed.graph")
        graphLog.append(message);
}

void TestGraphClient::logsExchangesWithoutSecrets()
{
    QLoggingCategory::setFilterRules(u"ed.graph.debug=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(&captureGraphLog);
    Rig rig;
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &) {
        return Answer::json(200, R"({"access_token":"leaked-token-value"})", {{"request-id", "rid-9"}});
    });
    GraphRequest post = GraphRequest::post(GraphRequest::Version::Beta, u"/deviceManagement/x/assign"_s,
                                           QJsonObject{{u"client_secret"_s, u"s3cr3t-value"_s}});
    QVERIFY(run(*rig.client, post).first);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    const QString all = graphLog.join(u'\n');
    const QString clientRequestId =
            QString::fromLatin1(rig.network.exchanges().constFirst().header("client-request-id"));
    QVERIFY2(all.contains(u"POST"_s) && all.contains(u"https://graph.test/beta/deviceManagement/x/assign"_s),
             qPrintable(all));
    QVERIFY(all.contains(u"200"_s));
    QVERIFY(all.contains(u"rid-9"_s));
    QVERIFY(all.contains(clientRequestId));
    for (const char *secret : {"token-1", "s3cr3t-value", "leaked-token-value"})
        QVERIFY2(!all.contains(QLatin1StringView(secret)), secret);
}

QTEST_GUILESS_MAIN(TestGraphClient)

void TestGraphClient::plainTextAndCooldownAnswers()
{
    Rig rig;
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &exchange) {
        FakeGraphNetwork::Answer answer;
        if (exchange.url.path().endsWith(u"/$count"_s)) {
            answer.headers = {std::pair<QByteArray, QByteArray>("Content-Type", "text/plain;charset=utf-8")};
            answer.body = "2500";
        } else if (exchange.url.path().endsWith(u"/sync"_s)) {
            answer = FakeGraphNetwork::Answer::json(
                    429, R"({"error":{"code":"TooManyRequests","message":"Once every 10 minutes."}})",
                    {std::pair<QByteArray, QByteArray>("Retry-After", "420")});
        } else {
            answer = FakeGraphNetwork::Answer::json(200, R"({"value":[]})");
        }
        return answer;
    });
    // $count answers text/plain: delivered as is, not refused as unreadable JSON.
    GraphReply *count = rig.client->send(GraphRequest::get(
            GraphRequest::Version::Beta, u"/deviceManagement/windowsAutopilotDeviceIdentities/$count"_s));
    QByteArray body;
    bool counted = false;
    QObject::connect(count, &GraphReply::finished, [&](const GraphResponse &response) {
        body = response.body;
        counted = true;
    });
    WAIT_UNTIL(counted, 5000);
    QCOMPARE(body, QByteArray("2500"));

    // A 429 that is the operation's own cooldown fails at once and does not hold the workload.
    GraphRequest sync =
            GraphRequest::post(GraphRequest::Version::Beta, u"/deviceManagement/windowsAutopilotSettings/sync"_s);
    sync.cooldownOn429 = true;
    const auto [ok, error] = run(*rig.client, sync);
    QVERIFY(!ok);
    QCOMPARE(error.httpStatus, 429);
    QCOMPARE(error.retryAfterMs.value_or(0), 420'000);
    QCOMPARE(rig.client->blockedUntil(sync.workload()), 0);
    const qsizetype before = rig.network.exchanges().size();
    QVERIFY(run(*rig.client, devices).first);
    QCOMPARE(rig.network.exchanges().size(), before + 1); // sent at once, no retry of the sync either
}

#include "tst_GraphClient.moc"
