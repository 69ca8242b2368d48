// GraphPager on the fake network (issue 4 point 3 and 11): nextLinks followed verbatim, pages
// streamed as they come, mapping on a worker thread, a repeating nextLink or one to another host
// refused, cancel.

#include "FakeGraphNetwork.h"
#include "FakeTokenSource.h"
#include "graph/GraphClient.h"
#include "graph/GraphPager.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;
using Answer = FakeGraphNetwork::Answer;

class TestGraphPager final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsNextLinksVerbatim();
    void mapsOnAWorkerThread();
    void refusesARepeatingNextLink();
    void refusesANextLinkToAnotherHost();
    void rejectsAPageWithoutValue();
    void invalidNextLinkNeverRestarts();
    void cancelStops();
    void fetchesTheNextPageWhileParsingInOrder();
};

namespace {
GraphClientOptions options()
{
    GraphClientOptions o;
    o.graphBaseUrl = QUrl(u"https://graph.test"_s);
    return o;
}
const GraphRequest first = GraphRequest::get(GraphRequest::Version::Beta, u"/deviceManagement/items"_s);

QByteArray page(int from, int count, const QString &next)
{
    QJsonArray value;
    for (int i = from; i < from + count; ++i)
        value.append(QJsonObject{{u"id"_s, QString::number(i)}});
    QJsonObject body{{u"value"_s, value}};
    if (!next.isEmpty())
        body.insert(u"@odata.nextLink"_s, next);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}
} // namespace

void TestGraphPager::followsNextLinksVerbatim()
{
    FakeGraphNetwork network;
    FakeTokenSource tokens(u"t"_s);
    GraphClient client(network, tokens, options());
    // The skip token is opaque and oddly encoded: it must come back exactly as given.
    const QString second =
            u"https://graph.test/beta/deviceManagement/items?$top=2&$skiptoken=LastSerialNumber%3D%27A%2B1%27"_s;
    network.setHandler([&](const FakeGraphNetwork::Exchange &e) {
        if (e.url.toString(QUrl::FullyEncoded) == second)
            return Answer::json(200, page(2, 1, {}));
        return Answer::json(200, page(0, 2, second));
    });
    auto *pager = new GraphPager(client, first);
    QSignalSpy pages(pager, &GraphPager::pageReady);
    QSignalSpy finished(pager, &GraphPager::finished);
    pager->start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(pages.count(), 2);
    QCOMPARE(pages.at(0).at(0).toJsonArray().size(), 2);
    QCOMPARE(pages.at(1).at(2).toInt(), 2);
    QCOMPARE(finished.at(0).at(1).toLongLong(), 3);
    QCOMPARE(network.exchanges().at(1).url.toString(QUrl::FullyEncoded), second);
}

void TestGraphPager::mapsOnAWorkerThread()
{
    FakeGraphNetwork network;
    FakeTokenSource tokens(u"t"_s);
    GraphClient client(network, tokens, options());
    network.setHandler([](const FakeGraphNetwork::Exchange &) { return Answer::json(200, page(0, 5, {})); });
    QThread *mapperThread = nullptr;
    auto *pager = new GraphPager(client, first, [&mapperThread](const QJsonArray &items) {
        mapperThread = QThread::currentThread();
        return QVariant(int(items.size()));
    });
    QSignalSpy pages(pager, &GraphPager::pageReady);
    pager->start();
    QTRY_COMPARE(pages.count(), 1);
    QCOMPARE(pages.at(0).at(1).toInt(), 5);
    QVERIFY(mapperThread != nullptr);
    QVERIFY(mapperThread != QThread::currentThread()); // not the GUI thread
}

void TestGraphPager::refusesARepeatingNextLink()
{
    FakeGraphNetwork network;
    FakeTokenSource tokens(u"t"_s);
    GraphClient client(network, tokens, options());
    const QString loop = u"https://graph.test/beta/deviceManagement/items?$skiptoken=same"_s;
    network.setHandler([&](const FakeGraphNetwork::Exchange &) { return Answer::json(200, page(0, 1, loop)); });
    auto *pager = new GraphPager(client, first);
    QSignalSpy failed(pager, &GraphPager::failed);
    QSignalSpy pages(pager, &GraphPager::pageReady);
    pager->start();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(network.exchanges().size(), 2); // the first page and the link once; never again
    QCOMPARE(pages.count(), 2);
    QCOMPARE(failed.at(0).at(0).value<GraphError>().kind, GraphError::Kind::InvalidResponse);
}

void TestGraphPager::refusesANextLinkToAnotherHost()
{
    FakeGraphNetwork network;
    FakeTokenSource tokens(u"t"_s);
    GraphClient client(network, tokens, options());
    network.setHandler([](const FakeGraphNetwork::Exchange &) {
        return Answer::json(200, page(0, 1, u"https://attacker.example/beta/deviceManagement/items?x=1"_s));
    });
    auto *pager = new GraphPager(client, first);
    QSignalSpy failed(pager, &GraphPager::failed);
    pager->start();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<GraphError>().kind, GraphError::Kind::Redirect);
    QCOMPARE(network.exchanges().size(), 1); // the token never went to attacker.example
}

void TestGraphPager::rejectsAPageWithoutValue()
{
    FakeGraphNetwork network;
    FakeTokenSource tokens(u"t"_s);
    GraphClient client(network, tokens, options());
    network.setHandler([](const FakeGraphNetwork::Exchange &) { return Answer::json(200, R"({"value":"nope"})"); });
    auto *pager = new GraphPager(client, first);
    QSignalSpy failed(pager, &GraphPager::failed);
    pager->start();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<GraphError>().kind, GraphError::Kind::InvalidResponse);
}

void TestGraphPager::invalidNextLinkNeverRestarts()
{
    FakeGraphNetwork network;
    FakeTokenSource tokens(u"t"_s);
    GraphClient client(network, tokens, options());
    network.setHandler([](const FakeGraphNetwork::Exchange &) {
        return Answer::json(200, page(0, 1, u"https://graph.test/beta/x?$skiptoken=has space"_s));
    });
    auto *pager = new GraphPager(client, first);
    QSignalSpy failed(pager, &GraphPager::failed);
    pager->start();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<GraphError>().kind, GraphError::Kind::InvalidResponse);
    QTest::qWait(50);
    QCOMPARE(network.exchanges().size(), 1); // page 1 was not fetched again
}

void TestGraphPager::cancelStops()
{
    FakeGraphNetwork network;
    FakeTokenSource tokens(u"t"_s);
    GraphClient client(network, tokens, options());
    network.setHandler([](const FakeGraphNetwork::Exchange &) {
        Answer a = Answer::json(200, page(0, 1, u"https://graph.test/beta/deviceManagement/items?p=2"_s));
        a.delayMs = 100;
        return a;
    });
    auto *pager = new GraphPager(client, first);
    QSignalSpy failed(pager, &GraphPager::failed);
    QSignalSpy pages(pager, &GraphPager::pageReady);
    pager->start();
    QTRY_COMPARE(network.exchanges().size(), 1);
    pager->cancel();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<GraphError>().kind, GraphError::Kind::Cancelled);
    QTest::qWait(250);
    QCOMPARE(pages.count(), 0);
    QCOMPARE(network.exchanges().size(), 1);
}

QTEST_GUILESS_MAIN(TestGraphPager)

void TestGraphPager::fetchesTheNextPageWhileParsingInOrder()
{
    FakeGraphNetwork network;
    FakeTokenSource tokens(u"t"_s);
    GraphClient client(network, tokens, options());
    // Ten pages; the link has JSON escapes ("\/", "\u0027") that must be read as the parser reads them.
    network.setHandler([](const FakeGraphNetwork::Exchange &e) {
        const int n = QUrlQuery(e.url).queryItemValue(u"page"_s).toInt();
        QByteArray body = page(n * 3, 3, {});
        if (n < 9) {
            body.chop(1);
            body += ",\"@odata.nextLink\":\"https:\\/\\/graph.test\\/beta\\/deviceManagement\\/items?page="
                    + QByteArray::number(n + 1) + "&$skiptoken=\\u0027x\\u0027\"}";
        }
        return Answer::json(200, body);
    });
    QList<qsizetype> requestsSeenAtPage;
    std::atomic<int> mapping{0};
    auto *pager = new GraphPager(client, first, [&mapping](const QJsonArray &items) {
        ++mapping;
        QThread::msleep(30); // a slow mapper: the next page must not wait for it
        return QVariant(items.at(0).toObject().value(u"id"_s).toString());
    });
    QStringList firstIds;
    connect(pager, &GraphPager::pageReady, this, [&](const QJsonArray &, const QVariant &mapped) {
        firstIds.append(mapped.toString());
        requestsSeenAtPage.append(network.exchanges().size());
    });
    QSignalSpy finished(pager, &GraphPager::finished);
    pager->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10'000);
    // In order, every page once.
    QCOMPARE(firstIds,
             (QStringList{u"0"_s, u"3"_s, u"6"_s, u"9"_s, u"12"_s, u"15"_s, u"18"_s, u"21"_s, u"24"_s, u"27"_s}));
    QCOMPARE(network.exchanges().size(), 10);
    QCOMPARE(network.exchanges().at(1).url.query(QUrl::FullyDecoded), u"page=1&$skiptoken='x'"_s);
    // When page 1 was handed over, page 2 had already been asked for.
    QVERIFY(requestsSeenAtPage.at(0) >= 2);
}

#include "tst_GraphPager.moc"
