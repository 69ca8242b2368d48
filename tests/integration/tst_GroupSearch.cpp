// GroupSearchModel against the emulator over loopback (issue 7 points 4 and 8): $search with
// ConsistencyLevel finds words inside names and reports @odata.count; without the header (a
// network that drops it, as some proxies do) Graph answers 400 and the model falls back to
// startswith for this and later queries; 300 groups paged on demand with fetchMore; typing is
// debounced into one request; results of an older query never mix into a newer one (also while a
// further page is on its way); a token without group read gets Graph's 403 naming the permission.

#include "FakeGraphEnvironment.h"
#include "GraphTestEnvironment.h"
#include "emulator/RequestLog.h"
#include "graph/GraphClient.h"
#include "graph/IntuneService.h"
#include "models/GroupSearchModel.h"

#include <QNetworkRequest>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;
using State = GroupSearchModel::State;

namespace {

const Headers eventual{{"ConsistencyLevel", "eventual"}};

// A proxy that drops ConsistencyLevel on the way to Graph: everything else goes through.
class HeaderDroppingNetwork final : public QNetworkAccessManager
{
public:
    int dropped = 0;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *data) override
    {
        QNetworkRequest stripped(request);
        if (stripped.hasRawHeader("ConsistencyLevel")) {
            stripped.setRawHeader("ConsistencyLevel", QByteArray()); // a null value removes it
            ++dropped;
        }
        return QNetworkAccessManager::createRequest(operation, stripped, data);
    }
};

QStringList namesIn(const GroupSearchModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.group(row).displayName);
    return names;
}

QStringList namesIn(const QJsonArray &values)
{
    QStringList names;
    for (const QJsonValue &v : values)
        names.append(v.toObject().value(u"displayName"_s).toString());
    return names;
}

QSet<QString> setOf(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

int groupListings(GraphTestEnvironment &env)
{
    return env.requestsMatching(u"^/v1\\.0/groups$"_s, "GET");
}

bool waitForState(const GroupSearchModel &model, State state, int timeoutMs = 15'000)
{
    QElapsedTimer timer;
    timer.start();
    while ((model.state() != state || model.isQueryPending()) && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    return model.state() == state && !model.isQueryPending();
}

QByteArray groupsPage(const QStringList &names, const QString &next = {})
{
    QJsonArray value;
    for (const QString &name : names)
        value.append(QJsonObject{{u"id"_s, QString(u"id-"_s + name)},
                                 {u"displayName"_s, name},
                                 {u"securityEnabled"_s, true},
                                 {u"mailEnabled"_s, false}});
    QJsonObject body{{u"value"_s, value}};
    if (!next.isEmpty())
        body.insert(u"@odata.nextLink"_s, next);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

class TestGroupSearch final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void searchFindsWordsInsideNames_data();
    void searchFindsWordsInsideNames();
    void fallsBackToStartsWithWithoutTheHeader();
    void pagesThroughAllGroupsOnDemand();
    void typingIsDebounced();
    void enterSearchesAtOnce();
    void staleResultsNeverMix();
    void stalePageNeverMixes();
    void forbiddenNamesThePermission();
    void typeWords();

private:
    std::unique_ptr<GraphTestEnvironment> m_env;
};

void TestGroupSearch::initTestCase()
{
    m_env = std::make_unique<GraphTestEnvironment>();
    QVERIFY2(m_env->fixture().started(), qPrintable(m_env->fixture().startError()));
}

void TestGroupSearch::cleanupTestCase()
{
    m_env.reset();
}

void TestGroupSearch::searchFindsWordsInsideNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mustFind");
    QTest::newRow("a word inside the name") << u"Laptops"_s << u"Autopilot - Sales Laptops"_s;
    QTest::newRow("a word's start") << u"Video"_s << u"Video Production"_s;
    QTest::newRow("two words") << u"help desk"_s << u"Intune - Help Desk Technicians"_s;
}

void TestGroupSearch::searchFindsWordsInsideNames()
{
    QFETCH(QString, text);
    QFETCH(QString, mustFind);
    // The truth, asked of the emulator directly.
    const QString search = u"\"displayName:%1\""_s.arg(text);
    const HttpResult truth = m_env->fixture().get(u"/v1.0/groups?$top=999&$count=true&$search="_s
                                                          + QString::fromLatin1(QUrl::toPercentEncoding(search)),
                                                  eventual);
    QCOMPARE(truth.status, 200);
    const qint64 count = truth.json().value(u"@odata.count"_s).toInteger();
    QVERIFY(count > 0);

    GroupSearchModel model(m_env->intune());
    QSignalSpy changes(&model, &GroupSearchModel::stateChanged);
    model.searchNow(text);
    QCOMPARE(model.state(), State::Searching);
    QVERIFY(waitForState(model, State::Ready));
    QVERIFY(!model.usingFallback());
    QCOMPARE(model.query(), text);
    QCOMPARE(model.totalCount(), count);
    QCOMPARE(model.rowCount(), static_cast<int>(count));
    QVERIFY2(namesIn(model).contains(mustFind), qPrintable(namesIn(model).join(u", "_s)));
    QCOMPARE(setOf(namesIn(model)), setOf(namesIn(truth.value())));
    QVERIFY(!model.hasMore());
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(changes.count() >= 2);
    // Every cell is filled from the group.
    const int row = static_cast<int>(namesIn(model).indexOf(mustFind));
    QCOMPARE(model.data(model.index(row, GroupSearchModel::NameColumn)).toString(), mustFind);
    QCOMPARE(model.data(model.index(row, GroupSearchModel::IdColumn)).toString(), model.group(row).id);
    QVERIFY(!model.data(model.index(row, GroupSearchModel::TypeColumn)).toString().isEmpty());
    QVERIFY(model.data(model.index(row, GroupSearchModel::NameColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(model.group(row).id));
}

void TestGroupSearch::fallsBackToStartsWithWithoutTheHeader()
{
    // A client whose network drops ConsistencyLevel on the emulator: $search is refused (400).
    HeaderDroppingNetwork network;
    FakeTokenSource tokens(m_env->fixture().token());
    GraphClientOptions options;
    options.graphBaseUrl = m_env->fixture().host().baseUrl();
    GraphClient client(network, tokens, options);
    IntuneService intune(client);
    GroupSearchModel model(intune);
    const HttpResult truth = m_env->fixture().get(u"/v1.0/groups?$top=999&$filter=startswith(displayName,'Intune')"_s);
    QCOMPARE(truth.status, 200);
    QVERIFY(truth.value().size() >= 10);
    m_env->log().clear();

    model.searchNow(u"Intune"_s);
    QVERIFY(waitForState(model, State::Ready));
    QVERIFY(model.usingFallback());
    QVERIFY(network.dropped >= 1);
    QCOMPARE(setOf(namesIn(model)), setOf(namesIn(truth.value())));
    QCOMPARE(model.totalCount(), -1); // no @odata.count without advanced queries
    QCOMPARE(model.searchesStarted(), 2); // the refused $search and the startswith
    // What the emulator saw: one $search answered 400, then a startswith filter answered 200.
    int refused = 0;
    int filtered = 0;
    for (const emu::RequestLogEntry &e : m_env->log().entries()) {
        if (e.path != u"/v1.0/groups"_s)
            continue;
        if (e.query.contains(u"search"_s) && e.status == 400)
            ++refused;
        if (e.query.contains(u"startswith"_s) && e.status == 200)
            ++filtered;
    }
    QCOMPARE(refused, 1);
    QCOMPARE(filtered, 1);

    // Later queries go straight to startswith: no second refusal.
    model.searchNow(u"Autopilot"_s);
    QVERIFY(waitForState(model, State::Ready));
    QVERIFY(namesIn(model).contains(u"Autopilot - Kiosk Devices"_s));
    for (const QString &name : namesIn(model))
        QVERIFY2(name.startsWith(u"Autopilot"_s, Qt::CaseInsensitive), qPrintable(name));
    int searches = 0;
    for (const emu::RequestLogEntry &e : m_env->log().entries())
        searches += e.path == u"/v1.0/groups"_s && e.query.contains(u"search"_s) ? 1 : 0;
    QCOMPARE(searches, 1);
    QCOMPARE(model.searchesStarted(), 3);
}

void TestGroupSearch::pagesThroughAllGroupsOnDemand()
{
    GroupSearchModel model(m_env->intune());
    const int before = groupListings(*m_env);
    model.searchNow(QString()); // every group, 100 a page
    QVERIFY(waitForState(model, State::Ready));
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.hasMore());
    QVERIFY(model.canFetchMore({}));
    QTest::qWait(200);
    QCOMPARE(groupListings(*m_env) - before, 1); // page 2 only when asked for

    model.fetchMore({});
    QVERIFY(model.isFetchingMore());
    QVERIFY(!model.canFetchMore({})); // one page at a time
    QTRY_COMPARE(model.rowCount(), 200);
    QTRY_VERIFY(!model.isFetchingMore());
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 300);
    QTRY_VERIFY(!model.hasMore());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.state(), State::Ready);
    QCOMPARE(groupListings(*m_env) - before, 3);
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.group(row).id);
    QCOMPARE(ids.size(), 300); // every group once
    for (int row = 1; row < model.rowCount(); ++row) // by name, across the pages ($orderby)
        QVERIFY2(QString::compare(model.group(row - 1).displayName, model.group(row).displayName, Qt::CaseInsensitive)
                         <= 0,
                 qPrintable(model.group(row).displayName));
    model.fetchMore({}); // nothing more: nothing sent
    QTest::qWait(100);
    QCOMPARE(groupListings(*m_env) - before, 3);
}

void TestGroupSearch::typingIsDebounced()
{
    GroupSearchModel model(m_env->intune());
    const int before = groupListings(*m_env);
    QElapsedTimer typing;
    typing.start();
    for (const QString &text : {u"I"_s, u"In"_s, u"Int"_s, u"Intu"_s, u"Intun"_s, u"Intune"_s}) {
        model.setQuery(text);
        QVERIFY(model.isQueryPending());
        QTest::qWait(40);
    }
    QCOMPARE(groupListings(*m_env) - before, 0); // nothing while typing
    QVERIFY(waitForState(model, State::Ready));
    QVERIFY(typing.elapsed() >= GroupSearchModel::debounceMs);
    QCOMPARE(model.searchesStarted(), 1);
    QCOMPARE(model.query(), u"Intune"_s);
    QCOMPARE(groupListings(*m_env) - before, 1);
    QVERIFY(namesIn(model).contains(u"Intune - Kiosk Devices"_s));
    // The same text again (spaces do not count) searches nothing.
    model.setQuery(u" Intune "_s);
    QVERIFY(!model.isQueryPending());
    QTest::qWait(GroupSearchModel::debounceMs + 100);
    QCOMPARE(groupListings(*m_env) - before, 1);
    QCOMPARE(model.searchesStarted(), 1);
}

void TestGroupSearch::enterSearchesAtOnce()
{
    GroupSearchModel model(m_env->intune());
    model.setQuery(u"Proj"_s);
    model.searchNow(u"Project"_s); // Enter: no waiting, and the pending text is dropped
    QVERIFY(!model.isQueryPending());
    QCOMPARE(model.state(), State::Searching);
    QVERIFY(waitForState(model, State::Ready));
    QTest::qWait(GroupSearchModel::debounceMs + 100);
    QCOMPARE(model.searchesStarted(), 1);
    QVERIFY(namesIn(model).contains(u"Project Falcon"_s));
}

void TestGroupSearch::staleResultsNeverMix()
{
    FakeGraphEnvironment graph(onFakeNetwork());
    FakeGraphNetwork &network = graph.network;
    network.setHandler([](const FakeGraphNetwork::Exchange &e) {
        const QString search = QUrlQuery(e.url).queryItemValue(u"$search"_s, QUrl::FullyDecoded);
        if (search.contains(u"Slow"_s)) {
            FakeGraphNetwork::Answer a = FakeGraphNetwork::Answer::json(200, groupsPage({u"Slow one"_s}));
            a.delayMs = 400;
            return a;
        }
        return FakeGraphNetwork::Answer::json(200, groupsPage({u"Fast one"_s, u"Fast two"_s}));
    });
    GroupSearchModel model(graph.intune);
    model.searchNow(u"Slow"_s);
    QTRY_COMPARE(network.exchanges().size(), 1);
    model.searchNow(u"Fast"_s);
    QVERIFY(waitForState(model, State::Ready));
    QCOMPARE(namesIn(model), (QStringList{u"Fast one"_s, u"Fast two"_s}));
    QTest::qWait(700); // the slow answer's time has come and gone
    QCOMPARE(namesIn(model), (QStringList{u"Fast one"_s, u"Fast two"_s}));
    QCOMPARE(model.query(), u"Fast"_s);
    QCOMPARE(model.state(), State::Ready);
}

void TestGroupSearch::stalePageNeverMixes()
{
    FakeGraphEnvironment graph(onFakeNetwork());
    FakeGraphNetwork &network = graph.network;
    network.setHandler([](const FakeGraphNetwork::Exchange &e) {
        const QUrlQuery query(e.url);
        if (query.hasQueryItem(u"page"_s)) { // page 2 of "Alpha", slow
            FakeGraphNetwork::Answer a = FakeGraphNetwork::Answer::json(200, groupsPage({u"Alpha two"_s}));
            a.delayMs = 400;
            return a;
        }
        if (query.queryItemValue(u"$search"_s, QUrl::FullyDecoded).contains(u"Alpha"_s))
            return FakeGraphNetwork::Answer::json(
                    200, groupsPage({u"Alpha one"_s}, u"https://graph.test/v1.0/groups?page=2&$skiptoken=a"_s));
        return FakeGraphNetwork::Answer::json(200, groupsPage({u"Beta one"_s}));
    });
    GroupSearchModel model(graph.intune);
    model.searchNow(u"Alpha"_s);
    QVERIFY(waitForState(model, State::Ready));
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE(network.exchanges().size(), 2);
    model.searchNow(u"Beta"_s); // while Alpha's page 2 is on its way
    QVERIFY(waitForState(model, State::Ready));
    QTest::qWait(700);
    QCOMPARE(namesIn(model), QStringList{u"Beta one"_s});
    QVERIFY(!model.isFetchingMore());
    QVERIFY(!model.hasMore());
}

void TestGroupSearch::forbiddenNamesThePermission()
{
    // Intune rights, no directory rights at all.
    GraphTestEnvironment env(m_env->fixture(), {.scopes = {u"DeviceManagementServiceConfig.ReadWrite.All"_s}});
    GroupSearchModel model(env.intune());
    model.searchNow(u"Intune"_s);
    QVERIFY(waitForState(model, State::Failed));
    QCOMPARE(model.error().httpStatus, 403);
    QVERIFY2(model.error().summary().contains(u"Group.Read.All"_s), qPrintable(model.error().summary()));
    QVERIFY(!model.usingFallback()); // a 403 is not a missing header
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.searchesStarted(), 1);
    // Trying again asks again (and fails the same way).
    model.retry();
    QVERIFY(waitForState(model, State::Failed));
    QCOMPARE(model.searchesStarted(), 2);
}

void TestGroupSearch::typeWords()
{
    GroupSearchModel model(m_env->intune());
    model.searchNow(QString());
    QVERIFY(waitForState(model, State::Ready));
    while (model.canFetchMore({})) {
        const int rows = model.rowCount();
        model.fetchMore({});
        QTRY_VERIFY(model.rowCount() > rows && !model.isFetchingMore());
    }
    QHash<QString, QString> typeOf;
    for (int row = 0; row < model.rowCount(); ++row)
        typeOf.insert(model.group(row).displayName,
                      model.data(model.index(row, GroupSearchModel::TypeColumn)).toString());
    QCOMPARE(typeOf.value(u"Intune - Kiosk Devices"_s), u"Security"_s);
    QCOMPARE(typeOf.value(u"Autopilot - Kiosk Devices"_s), u"Security, dynamic"_s);
    QCOMPARE(typeOf.value(u"Video Production"_s), u"Microsoft 365"_s);
    QCOMPARE(typeOf.value(u"IT Alerts"_s), u"Mail-enabled security"_s);
    Group distribution;
    distribution.mailEnabled = true;
    QCOMPARE(GroupSearchModel::typeText(distribution), u"Distribution"_s);
    distribution.groupTypes = {u"Unified"_s, u"DynamicMembership"_s};
    QCOMPARE(GroupSearchModel::typeText(distribution), u"Microsoft 365, dynamic"_s);
}

QTEST_GUILESS_MAIN(TestGroupSearch)
#include "tst_GroupSearch.moc"
