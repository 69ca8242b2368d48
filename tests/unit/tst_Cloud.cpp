#include "core/Cloud.h"

#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

class TestCloud final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hosts_data();
    void hosts();
    void unknownKey();
};

void TestCloud::hosts_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("login");
    QTest::newRow("global") << u"global"_s << u"https://graph.microsoft.com"_s
                            << u"https://login.microsoftonline.com"_s;
    QTest::newRow("usgov") << u"usgov"_s << u"https://graph.microsoft.us"_s << u"https://login.microsoftonline.us"_s;
    QTest::newRow("dod") << u"dod"_s << u"https://dod-graph.microsoft.us"_s << u"https://login.microsoftonline.us"_s;
    QTest::newRow("china") << u"china"_s << u"https://microsoftgraph.chinacloudapi.cn"_s
                           << u"https://login.chinacloudapi.cn"_s;
    QTest::newRow("case and spaces") << u" China "_s << u"https://microsoftgraph.chinacloudapi.cn"_s
                                     << u"https://login.chinacloudapi.cn"_s;
}

void TestCloud::hosts()
{
    QFETCH(QString, key);
    QFETCH(QString, graph);
    QFETCH(QString, login);
    const auto cloud = CloudInfo::fromKey(key);
    QVERIFY(cloud.has_value());
    QCOMPARE(CloudInfo::graphBaseUrl(*cloud), QUrl(graph));
    QCOMPARE(CloudInfo::loginBaseUrl(*cloud), QUrl(login));
    QCOMPARE(CloudInfo::fromKey(CloudInfo::key(*cloud)), cloud);
    QVERIFY(!CloudInfo::displayName(*cloud).isEmpty());
}

void TestCloud::unknownKey()
{
    QVERIFY(!CloudInfo::fromKey(u"mars"_s).has_value());
    QVERIFY(!CloudInfo::fromKey(QString()).has_value());
    QVERIFY(!CloudInfo::fromKey(u"gcc"_s).has_value());
}

QTEST_GUILESS_MAIN(TestCloud)
#include "tst_Cloud.moc"
