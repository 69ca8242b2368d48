// GraphBatch on the fake network (issue 4 point 4): ≤ 20 per $batch, results mapped back by id,
// only failed items retried after their own Retry-After, 424 dependents retried with their
// dependency, permanent failures reported once.

#include "FakeGraphNetwork.h"
#include "FakeTokenSource.h"
#include "graph/GraphBatch.h"
#include "graph/GraphClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;
using Answer = FakeGraphNetwork::Answer;

class TestGraphBatch final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsIntoTwenties();
    void retriesOnlyFailedItems();
    void dependentsOf424();
    void permanentFailuresOnce();
    void cancelWhileWaitingFinishes();
    void dependentNeverOvertakesItsDependency();
};

namespace {
GraphClientOptions options()
{
    GraphClientOptions o;
    o.graphBaseUrl = QUrl(u"https://graph.test"_s);
    o.backoffBaseMs = 10;
    return o;
}

QList<GraphRequest> writes(int n)
{
    QList<GraphRequest> requests;
    for (int i = 0; i < n; ++i)
        requests.append(GraphRequest::post(GraphRequest::Version::Beta, u"/deviceManagement/devices/%1/act"_s.arg(i)));
    return requests;
}

// Answers a $batch with a status per item chosen by `status(url, attempt)`.
FakeGraphNetwork::Handler batchHandler(const std::function<int(const QString &url, int seen)> &status,
                                       QHash<QString, int> *seenCount)
{
    return [status, seenCount](const FakeGraphNetwork::Exchange &e) {
        const QJsonArray requests = QJsonDocument::fromJson(e.body).object().value(u"requests"_s).toArray();
        QJsonArray responses;
        for (const QJsonValue &v : requests) {
            const QJsonObject r = v.toObject();
            const QString url = r.value(u"url"_s).toString();
            const int seen = ++(*seenCount)[url];
            const int s = status(url, seen);
            QJsonObject answer{{u"id"_s, r.value(u"id"_s)}, {u"status"_s, s}};
            if (s == 429)
                answer.insert(u"headers"_s, QJsonObject{{u"Retry-After"_s, u"0.1"_s}});
            if (s >= 400)
                answer.insert(
                        u"body"_s,
                        QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"E%1"_s.arg(s)}, {u"message"_s, u"m"_s}}}});
            responses.prepend(answer); // any order
        }
        return Answer::json(200, QJsonDocument(QJsonObject{{u"responses"_s, responses}}).toJson());
    };
}
} // namespace

void TestGraphBatch::splitsIntoTwenties()
{
    FakeGraphNetwork network;
    FakeTokenSource tokens(u"t"_s);
    GraphClient client(network, tokens, options());
    QHash<QString, int> seen;
    network.setHandler(batchHandler([](const QString &, int) { return 204; }, &seen));
    auto *batch = new GraphBatch(client, writes(45), GraphRequest::Version::Beta);
    QSignalSpy succeeded(batch, &GraphBatch::itemSucceeded);
    QSignalSpy finished(batch, &GraphBatch::finished);
    batch->start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(succeeded.count(), 45);
    QCOMPARE(network.exchanges().size(), 3);
    QList<int> sizes;
    for (const auto &e : network.exchanges()) {
        QCOMPARE(e.url, QUrl(u"https://graph.test/beta/$batch"_s));
        sizes.append(int(QJsonDocument::fromJson(e.body).object().value(u"requests"_s).toArray().size()));
    }
    QCOMPARE(sizes, (QList<int>{20, 20, 5}));
    QSet<int> indexes;
    for (const auto &args : succeeded)
        indexes.insert(args.at(0).toInt());
    QCOMPARE(indexes.size(), 45); // every index exactly once
}

void TestGraphBatch::retriesOnlyFailedItems()
{
    FakeGraphNetwork network;
    FakeTokenSource tokens(u"t"_s);
    GraphClient client(network, tokens, options());
    QHash<QString, int> seen;
    // Items 3 and 7 are throttled the first time.
    network.setHandler(
            batchHandler([](const QString &url,
                            int n) { return (url.contains(u"/3/"_s) || url.contains(u"/7/"_s)) && n == 1 ? 429 : 204; },
                         &seen));
    auto *batch = new GraphBatch(client, writes(10), GraphRequest::Version::Beta);
    QSignalSpy succeeded(batch, &GraphBatch::itemSucceeded);
    QSignalSpy finished(batch, &GraphBatch::finished);
    batch->start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(succeeded.count(), 10);
    QCOMPARE(network.exchanges().size(), 2);
    const QJsonArray retried =
            QJsonDocument::fromJson(network.exchanges().at(1).body).object().value(u"requests"_s).toArray();
    QCOMPARE(retried.size(), 2); // only the throttled ones
    QVERIFY(network.exchanges().at(1).atMs - network.exchanges().at(0).atMs >= 95); // after their Retry-After
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        QCOMPARE(it.value(), (it.key().contains(u"/3/"_s) || it.key().contains(u"/7/"_s)) ? 2 : 1);
    // The same client-request-id travels with an item's retry.
    QString firstId, secondId;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(network.exchanges().at(0).body).object().value(u"requests"_s).toArray())
        if (v.toObject().value(u"url"_s).toString().contains(u"/3/"_s))
            firstId = v.toObject().value(u"headers"_s).toObject().value(u"client-request-id"_s).toString();
    for (const QJsonValue &v : retried)
        if (v.toObject().value(u"url"_s).toString().contains(u"/3/"_s))
            secondId = v.toObject().value(u"headers"_s).toObject().value(u"client-request-id"_s).toString();
    QVERIFY(!firstId.isEmpty());
    QCOMPARE(secondId, firstId);
}

void TestGraphBatch::dependentsOf424()
{
    FakeGraphNetwork network;
    FakeTokenSource tokens(u"t"_s);
    GraphClient client(network, tokens, options());
    QHash<QString, int> seen;
    network.setHandler(batchHandler(
            [](const QString &url, int n) {
                if (url.contains(u"/0/"_s))
                    return n == 1 ? 503 : 204; // the dependency fails once
                return n == 1 ? 424 : 204; // so its dependent fails with 424
            },
            &seen));
    QList<GraphRequest> requests = writes(2);
    requests[1].dependsOn = {u"0"_s};
    auto *batch = new GraphBatch(client, requests, GraphRequest::Version::Beta);
    QSignalSpy succeeded(batch, &GraphBatch::itemSucceeded);
    QSignalSpy finished(batch, &GraphBatch::finished);
    batch->start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(succeeded.count(), 2);
    const QJsonArray first =
            QJsonDocument::fromJson(network.exchanges().at(0).body).object().value(u"requests"_s).toArray();
    bool dependsSent = false;
    for (const QJsonValue &v : first)
        dependsSent |= v.toObject().value(u"dependsOn"_s).toArray().contains(u"0"_s);
    QVERIFY(dependsSent);
}

void TestGraphBatch::permanentFailuresOnce()
{
    FakeGraphNetwork network;
    FakeTokenSource tokens(u"t"_s);
    GraphClient client(network, tokens, options());
    QHash<QString, int> seen;
    network.setHandler(batchHandler([](const QString &url, int) { return url.contains(u"/1/"_s) ? 404 : 204; }, &seen));
    auto *batch = new GraphBatch(client, writes(3), GraphRequest::Version::Beta);
    QSignalSpy failed(batch, &GraphBatch::itemFailed);
    QSignalSpy finished(batch, &GraphBatch::finished);
    batch->start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toInt(), 1);
    QCOMPARE(failed.at(0).at(1).value<GraphError>().httpStatus, 404);
    QCOMPARE(finished.at(0).at(0).toInt(), 2);
    QCOMPARE(finished.at(0).at(1).toInt(), 1);
    QCOMPARE(network.exchanges().size(), 1); // 404 is not retried
}

void TestGraphBatch::cancelWhileWaitingFinishes()
{
    FakeGraphNetwork network;
    FakeTokenSource tokens(u"t"_s);
    GraphClient client(network, tokens, options());
    QHash<QString, int> seen;
    network.setHandler(batchHandler([](const QString &, int) { return 429; }, &seen)); // always throttled
    auto *batch = new GraphBatch(client, writes(3), GraphRequest::Version::Beta);
    QSignalSpy failed(batch, &GraphBatch::itemFailed);
    QSignalSpy finished(batch, &GraphBatch::finished);
    batch->start();
    QTRY_COMPARE(network.exchanges().size(), 1); // now every item waits out its Retry-After
    batch->cancel();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 3);
    QCOMPARE(failed.at(0).at(1).value<GraphError>().kind, GraphError::Kind::Cancelled);
}

void TestGraphBatch::dependentNeverOvertakesItsDependency()
{
    FakeGraphNetwork network;
    FakeTokenSource tokens(u"t"_s);
    GraphClientOptions o = options();
    o.backoffBaseMs = 5; // the dependent's own backoff would end long before the dependency's 429
    GraphClient client(network, tokens, o);
    QHash<QString, int> seen;
    network.setHandler(batchHandler(
            [](const QString &url, int n) {
                if (url.contains(u"/0/"_s))
                    return n == 1 ? 429 : 204; // Retry-After 0.1 s
                return n == 1 ? 424 : 204;
            },
            &seen));
    QList<GraphRequest> requests = writes(2);
    requests[1].dependsOn = {u"0"_s};
    auto *batch = new GraphBatch(client, requests, GraphRequest::Version::Beta);
    QSignalSpy finished(batch, &GraphBatch::finished);
    batch->start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), 2);
    // Every $batch that carries item 1 also carries item 0 (or comes after item 0 succeeded).
    bool dependencyDone = false;
    for (const auto &exchange : network.exchanges()) {
        bool hasDependency = false, hasDependent = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(exchange.body).object().value(u"requests"_s).toArray()) {
            hasDependency |= v.toObject().value(u"id"_s).toString() == u"0";
            hasDependent |= v.toObject().value(u"id"_s).toString() == u"1";
        }
        QVERIFY(!hasDependent || hasDependency || dependencyDone);
        dependencyDone |= hasDependency && seen.value(u"/deviceManagement/devices/0/act"_s) >= 2;
    }
}

QTEST_GUILESS_MAIN(TestGraphBatch)
#include "tst_GraphBatch.moc"
