// GraphPager on demand (issue 7 point 4: the group picker asks for page 2 only when the user
// scrolls or clicks "Load more"), on the fake network: it stops after every page until
// fetchMore(), never asks early, re-sends the first request's headers (ConsistencyLevel) with
// every next link, still refuses a repeating link, can be cancelled while it waits, and can be
// switched back to fetching everything.

#include "FakeGraphEnvironment.h"
#include "graph/GraphPager.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;
using Answer = FakeGraphNetwork::Answer;

namespace {

GraphRequest first()
{
    GraphRequest r = GraphRequest::get(GraphRequest::Version::V1, u"/groups"_s);
    r.headers.append(std::pair<QByteArray, QByteArray>("ConsistencyLevel", "eventual"));
    return r;
}

// Pages of three items; page n links to page n + 1 until `pages`; the first carries @odata.count.
FakeGraphNetwork::Handler pagesOf(int pages)
{
    return [pages](const FakeGraphNetwork::Exchange &e) {
        const int n = QUrlQuery(e.url).queryItemValue(u"page"_s).toInt();
        QJsonArray value;
        for (int i = n * 3; i < n * 3 + 3; ++i)
            value.append(QJsonObject{{u"id"_s, QString::number(i)}});
        QJsonObject body{{u"value"_s, value}};
        if (n == 0)
            body.insert(u"@odata.count"_s, pages * 3);
        if (n + 1 < pages)
            body.insert(u"@odata.nextLink"_s, u"https://graph.test/v1.0/groups?page=%1&$skiptoken=x%1"_s.arg(n + 1));
        return Answer::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
}

// The fake network answering with `handler`, and a pager on it that stops after every page (it
// deletes itself once done), its signals recorded.
struct PagerRig : FakeGraphEnvironment
{
    explicit PagerRig(FakeGraphNetwork::Handler handler)
        : FakeGraphEnvironment(onFakeNetwork())
        , pager(new GraphPager(client, first()))
        , guard(pager)
        , pages(pager, &GraphPager::pageReady)
        , waiting(pager, &GraphPager::waitingForMore)
        , finished(pager, &GraphPager::finished)
        , failed(pager, &GraphPager::failed)
    {
        network.setHandler(std::move(handler));
        pager->setFollowNextLinks(false);
    }

    GraphPager *pager;
    const QPointer<GraphPager> guard;
    QSignalSpy pages;
    QSignalSpy waiting;
    QSignalSpy finished;
    QSignalSpy failed;
};

} // namespace

class TestGraphPagerOnDemand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stopsAfterEachPage();
    void fetchMoreFromThePageHandler();
    void cancelWhileWaiting();
    void followingAgainFetchesTheRest();
    void repeatingLinkStillRefused();
    void nothingMoreAfterTheLastPage();
};

void TestGraphPagerOnDemand::stopsAfterEachPage()
{
    PagerRig rig(pagesOf(3));
    GraphPager *pager = rig.pager;
    QVERIFY(!pager->followsNextLinks());
    QVERIFY(!pager->fetchMore()); // nothing to fetch before the first page
    pager->start();
    QVERIFY(pager->isFetching());
    QTRY_COMPARE(rig.waiting.count(), 1);
    QCOMPARE(rig.pages.count(), 1);
    QCOMPARE(rig.pages.at(0).at(3).toLongLong(), 9); // @odata.count
    QCOMPARE(rig.waiting.at(0).at(0).toInt(), 1);
    QCOMPARE(rig.waiting.at(0).at(1).toLongLong(), 3);
    // It waits: nothing is asked for, however long.
    QTest::qWait(150);
    QCOMPARE(rig.network.exchanges().size(), 1);
    QVERIFY(pager->hasMore());
    QVERIFY(!pager->isFetching());

    QVERIFY(pager->fetchMore());
    QVERIFY(!pager->fetchMore()); // one page at a time
    QVERIFY(!pager->hasMore());
    QTRY_COMPARE(rig.waiting.count(), 2);
    QCOMPARE(rig.network.exchanges().size(), 2);
    QCOMPARE(rig.pages.at(1).at(2).toInt(), 2);
    QCOMPARE(rig.pages.at(1).at(3).toLongLong(), -1); // the count comes with the first page only
    // The next link was followed verbatim, with the first request's headers again (graph.md §6:
    // ConsistencyLevel must be re-sent on nextLink requests).
    QCOMPARE(rig.network.exchanges().at(1).url.toString(), u"https://graph.test/v1.0/groups?page=1&$skiptoken=x1"_s);
    QCOMPARE(rig.network.exchanges().at(1).header("ConsistencyLevel"), QByteArray("eventual"));

    QVERIFY(pager->fetchMore());
    QTRY_COMPARE(rig.finished.count(), 1);
    QCOMPARE(rig.waiting.count(), 2); // not after the last page
    QCOMPARE(rig.pages.count(), 3);
    QCOMPARE(rig.finished.at(0).at(0).toInt(), 3);
    QCOMPARE(rig.finished.at(0).at(1).toLongLong(), 9);
    QTRY_VERIFY(rig.guard.isNull()); // deletes itself once done
}

void TestGraphPagerOnDemand::fetchMoreFromThePageHandler()
{
    PagerRig rig(pagesOf(4));
    GraphPager *pager = rig.pager;
    // A model that wants two pages at once asks from the handler: no waitingForMore then.
    int handled = 0;
    connect(pager, &GraphPager::pageReady, this, [&handled, pager] {
        if (++handled == 1)
            QVERIFY(pager->fetchMore());
    });
    pager->start();
    QTRY_COMPARE(rig.waiting.count(), 1);
    QCOMPARE(handled, 2);
    QCOMPARE(rig.waiting.at(0).at(0).toInt(), 2);
    QCOMPARE(rig.network.exchanges().size(), 2);
    pager->cancel();
}

void TestGraphPagerOnDemand::cancelWhileWaiting()
{
    PagerRig rig(pagesOf(3));
    GraphPager *pager = rig.pager;
    pager->start();
    QTRY_COMPARE(rig.waiting.count(), 1);
    pager->cancel();
    QTRY_COMPARE(rig.failed.count(), 1);
    QCOMPARE(rig.failed.at(0).at(0).value<GraphError>().kind, GraphError::Kind::Cancelled);
    QTRY_VERIFY(rig.guard.isNull());
    QTest::qWait(50);
    QCOMPARE(rig.network.exchanges().size(), 1);
}

void TestGraphPagerOnDemand::followingAgainFetchesTheRest()
{
    PagerRig rig(pagesOf(5));
    GraphPager *pager = rig.pager;
    pager->start();
    QTRY_COMPARE(rig.waiting.count(), 1);
    pager->setFollowNextLinks(true); // "load everything"
    QTRY_COMPARE(rig.finished.count(), 1);
    QCOMPARE(rig.pages.count(), 5);
    QCOMPARE(rig.waiting.count(), 1);
    QCOMPARE(rig.network.exchanges().size(), 5);
}

void TestGraphPagerOnDemand::repeatingLinkStillRefused()
{
    const QString loop = u"https://graph.test/v1.0/groups?$skiptoken=same"_s;
    PagerRig rig([&loop](const FakeGraphNetwork::Exchange &) {
        return Answer::json(200,
                            QJsonDocument(QJsonObject{{u"value"_s, QJsonArray{QJsonObject{{u"id"_s, u"1"_s}}}},
                                                      {u"@odata.nextLink"_s, loop}})
                                    .toJson(QJsonDocument::Compact));
    });
    GraphPager *pager = rig.pager;
    pager->start();
    QTRY_COMPARE(rig.waiting.count(), 1);
    QVERIFY(pager->fetchMore());
    QTRY_COMPARE(rig.failed.count(), 1);
    QCOMPARE(rig.failed.at(0).at(0).value<GraphError>().kind, GraphError::Kind::InvalidResponse);
    QCOMPARE(rig.pages.count(), 2); // the second page is still handed over
    QCOMPARE(rig.network.exchanges().size(), 2);
}

void TestGraphPagerOnDemand::nothingMoreAfterTheLastPage()
{
    PagerRig rig(pagesOf(1));
    GraphPager *pager = rig.pager;
    bool moreAtTheEnd = true;
    connect(pager, &GraphPager::finished, this,
            [&moreAtTheEnd, pager] { moreAtTheEnd = pager->hasMore() || pager->fetchMore(); });
    pager->start();
    QTRY_COMPARE(rig.finished.count(), 1);
    QCOMPARE(rig.waiting.count(), 0);
    QVERIFY(!moreAtTheEnd);
    QTRY_VERIFY(rig.guard.isNull());
    QCOMPARE(rig.network.exchanges().size(), 1);
}

QTEST_GUILESS_MAIN(TestGraphPagerOnDemand)
#include "tst_GraphPagerOnDemand.moc"
