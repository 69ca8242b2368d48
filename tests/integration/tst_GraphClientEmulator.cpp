// The Graph client and IntuneService against the emulator over real loopback HTTP (issue 4,
// points 3, 4, 5, 6, 8, 10, 12): streamed paging, batched unblocking under the `fast` throttle
// profile and under Dev Proxy faults — every write applied exactly once or reported failed, no
// early retries — a cross-host redirect that never carries the token, and 401/403 handling.

#include "EmulatorFixture.h"
#include "FakeTokenSource.h"
#include "emulator/RequestLog.h"
#include "graph/GraphClient.h"
#include "graph/IntuneService.h"
#include "models/AutopilotDevice.h"

#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

class TestGraphClientEmulator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesStreamAndMap();
    void unblockManyUnderFastThrottling();
    void devProxyFaults();
    void crossHostRedirectCarriesNoToken();
    void forbiddenNamesThePermission();
    void unauthorizedWithoutRenewal();
    void limitPatchSendsOnlyTypeAndLimit();

private:
    struct Client
    {
        QNetworkAccessManager network;
        FakeTokenSource tokens;
        GraphClient client;
        IntuneService intune;
        Client(EmulatorFixture &fixture, const QString &token, GraphClientOptions options = {})
            : tokens(token)
            , client(network, tokens, withBase(std::move(options), fixture))
            , intune(client)
        { }
        static GraphClientOptions withBase(GraphClientOptions options, EmulatorFixture &fixture)
        {
            options.graphBaseUrl = fixture.host().baseUrl();
            return options;
        }
    };
};

void TestGraphClientEmulator::pagesStreamAndMap()
{
    emu::EmulatorOptions options = EmulatorFixture::smallTenant();
    options.devices = 2500;
    EmulatorFixture fixture(options);
    Client c(fixture, fixture.token());
    GraphPager *pager = c.intune.listAutopilotDevices();
    QList<int> pageSizes;
    QSet<QString> ids;
    bool finished = false;
    connect(pager, &GraphPager::pageReady, this, [&](const QJsonArray &, const QVariant &mapped, int page, qint64) {
        const auto devices = mapped.value<QList<AutopilotDevice>>();
        QCOMPARE(page, pageSizes.size() + 1);
        QVERIFY(!finished); // pages arrive before the end
        pageSizes.append(int(devices.size()));
        for (const AutopilotDevice &d : devices)
            ids.insert(d.id);
    });
    connect(pager, &GraphPager::finished, this, [&] { finished = true; });
    pager->start();
    QTRY_VERIFY_WITH_TIMEOUT(finished, 20'000);
    QCOMPARE(pageSizes, (QList<int>{1000, 1000, 500}));
    QCOMPARE(ids.size(), 2500);
}

void TestGraphClientEmulator::unblockManyUnderFastThrottling()
{
    emu::EmulatorOptions options = EmulatorFixture::smallTenant();
    options.throttle = emu::ThrottleProfile::Fast; // 100 writes per app per 2 s
    EmulatorFixture fixture(options);
    QStringList ids;
    for (const QJsonValue &v :
         fixture.get(u"/beta/deviceManagement/windowsAutopilotDeviceIdentities?$top=250"_s).value())
        ids.append(v.toObject().value(u"id"_s).toString());
    QCOMPARE(ids.size(), 250);
    fixture.host().log().clear();

    GraphClientOptions clientOptions;
    clientOptions.writesPerWindow = 1000; // pacing off: let the emulator throttle us
    Client c(fixture, fixture.token(), clientOptions);
    GraphBatch *batch = c.intune.allowNextEnrollment(ids);
    int succeeded = 0, failed = 0;
    bool done = false;
    connect(batch, &GraphBatch::itemSucceeded, this, [&] { ++succeeded; });
    connect(batch, &GraphBatch::itemFailed, this, [&](int, const GraphError &e) {
        ++failed;
        qWarning() << e.details();
    });
    connect(batch, &GraphBatch::finished, this, [&] { done = true; });
    batch->start();
    QTRY_VERIFY_WITH_TIMEOUT(done, 60'000);
    QCOMPARE(succeeded, 250);
    QCOMPARE(failed, 0);
    for (const QString &id : std::as_const(ids))
        QCOMPARE(fixture.host().log().writes(u"allowNextEnrollment:"_s + id), 1); // exactly once
    QCOMPARE(fixture.host().log().earlyRetries(), 0);
    int throttled = 0;
    for (const auto &entry : fixture.host().log().entries())
        throttled += entry.status == 429 ? 1 : 0;
    QVERIFY2(throttled > 0, "the fast profile must have throttled 250 writes"); // and we coped
}

void TestGraphClientEmulator::devProxyFaults()
{
    emu::EmulatorOptions options = EmulatorFixture::smallTenant();
    options.faults = emu::FaultProfile::DevProxy;
    EmulatorFixture fixture(options);
    EmulatorFixture clean; // same seed and tenant, no faults: the device ids
    QStringList ids;
    for (const QJsonValue &v : clean.get(u"/beta/deviceManagement/windowsAutopilotDeviceIdentities?$top=40"_s).value())
        ids.append(v.toObject().value(u"id"_s).toString());

    GraphClientOptions clientOptions;
    clientOptions.maxAttempts = 10; // the Graph SDKs' hard maximum
    clientOptions.retryBudgetMs = 120'000;
    clientOptions.backoffBaseMs = 100;
    Client c(fixture, fixture.token(), clientOptions);

    // Reads: ten single-page lists.
    int readsOk = 0;
    int readsDone = 0;
    for (int i = 0; i < 10; ++i) {
        GraphReply *reply = c.client.send(GraphRequest::get(GraphRequest::Version::Beta,
                                                            u"/deviceManagement/windowsAutopilotDeviceIdentities"_s,
                                                            QUrlQuery(u"$top=50"_s)));
        connect(reply, &GraphReply::finished, this, [&] { ++readsOk, ++readsDone; });
        connect(reply, &GraphReply::failed, this, [&](const GraphError &e) {
            ++readsDone;
            qWarning().noquote() << "read failed:" << e.details();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(readsDone, 10, 150'000);
    QVERIFY2(readsOk >= 10, qPrintable(QString::number(readsOk))); // ≥ 99 % of reads succeed

    // Writes: every device ends applied exactly once, or reported failed and not applied.
    GraphBatch *batch = c.intune.allowNextEnrollment(ids);
    QSet<int> succeeded, failed;
    bool done = false;
    connect(batch, &GraphBatch::itemSucceeded, this, [&](int i) { succeeded.insert(i); });
    connect(batch, &GraphBatch::itemFailed, this, [&](int i, const GraphError &e) {
        failed.insert(i);
        QVERIFY(!e.summary().isEmpty());
    });
    connect(batch, &GraphBatch::finished, this, [&] { done = true; });
    batch->start();
    QTRY_VERIFY_WITH_TIMEOUT(done, 150'000);
    QCOMPARE(succeeded.size() + failed.size(), ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        const int writes = fixture.host().log().writes(u"allowNextEnrollment:"_s + ids.at(i));
        if (succeeded.contains(i))
            QCOMPARE(writes, 1); // not lost, not duplicated
        else
            QCOMPARE(writes, 0); // reported failed, and indeed not applied
    }
    QCOMPARE(fixture.host().log().earlyRetries(), 0);
}

void TestGraphClientEmulator::crossHostRedirectCarriesNoToken()
{
    // Two real loopback servers: the "Graph" one answers 302 to the other, which records
    // anything it receives.
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost));
    QByteArray receivedByOther;
    connect(&other, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = other.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, this, [&, socket] { receivedByOther += socket->readAll(); });
    });
    QTcpServer graph;
    QVERIFY(graph.listen(QHostAddress::LocalHost));
    QByteArray receivedByGraph;
    connect(&graph, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = graph.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, this, [&, socket] {
            receivedByGraph += socket->readAll();
            if (receivedByGraph.contains("\r\n\r\n")) {
                socket->write("HTTP/1.1 302 Found\r\nLocation: http://localhost:"
                              + QByteArray::number(other.serverPort()) + "/steal\r\nContent-Length: 0\r\n\r\n");
            }
        });
    });

    QNetworkAccessManager network;
    FakeTokenSource tokens(u"secret-bearer-token"_s);
    GraphClientOptions options;
    options.graphBaseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(graph.serverPort()));
    GraphClient client(network, tokens, options);
    GraphReply *reply = client.send(GraphRequest::get(GraphRequest::Version::Beta, u"/deviceManagement/x"_s));
    GraphError error;
    bool failed = false;
    connect(reply, &GraphReply::failed, this, [&](const GraphError &e) {
        error = e;
        failed = true;
    });
    QTRY_VERIFY(failed);
    QCOMPARE(error.kind, GraphError::Kind::Redirect);
    QVERIFY(receivedByGraph.contains("Authorization: Bearer secret-bearer-token"));
    QTest::qWait(200);
    QVERIFY2(!receivedByOther.contains("secret-bearer-token"), receivedByOther.constData());
    QVERIFY(receivedByOther.isEmpty()); // not followed at all
}

void TestGraphClientEmulator::forbiddenNamesThePermission()
{
    EmulatorFixture fixture;
    Client c(fixture, fixture.token({u"Group.Read.All"_s}));
    GraphError error;
    bool failed = false;
    GraphReply *reply = c.intune.getAutopilotDevice(u"00000000-0000-4000-8000-000000000000"_s);
    connect(reply, &GraphReply::failed, this, [&](const GraphError &e) {
        error = e;
        failed = true;
    });
    QTRY_VERIFY(failed);
    QCOMPARE(error.httpStatus, 403);
    QVERIFY(error.requiredPermissions.contains(u"DeviceManagementServiceConfig.Read.All"_s));
    QVERIFY2(error.summary().contains(u"DeviceManagementServiceConfig"_s)
                     || error.details().contains(u"DeviceManagementServiceConfig"_s),
             qPrintable(error.summary()));
}

void TestGraphClientEmulator::unauthorizedWithoutRenewal()
{
    EmulatorFixture fixture;
    Client c(fixture, u"not-a-valid-token"_s); // FakeTokenSource cannot renew unless told
    GraphError error;
    bool failed = false;
    GraphReply *reply = c.intune.getAutopilotSettings();
    connect(reply, &GraphReply::failed, this, [&](const GraphError &e) {
        error = e;
        failed = true;
    });
    QTRY_VERIFY(failed);
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(c.tokens.refreshes, 1);
}

void TestGraphClientEmulator::limitPatchSendsOnlyTypeAndLimit()
{
    EmulatorFixture fixture;
    Client c(fixture, fixture.token());
    const QString id = fixture.host().options().tenantId + u"_DefaultLimit"_s;
    fixture.host().log().clear();
    GraphReply *reply = c.intune.updateEnrollmentLimit(id, u"#microsoft.graph.deviceEnrollmentLimitConfiguration"_s, 9);
    bool done = false;
    GraphResponse response;
    connect(reply, &GraphReply::finished, this, [&](const GraphResponse &r) {
        response = r;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value(u"limit"_s).toInt(), 9);
    const auto entries = fixture.host().log().entries();
    QCOMPARE(entries.constLast().method, QByteArray("PATCH"));
    const QJsonObject sent = QJsonDocument::fromJson(entries.constLast().body).object();
    QCOMPARE(sent.keys(), (QStringList{u"@odata.type"_s, u"limit"_s}));
}

QTEST_GUILESS_MAIN(TestGraphClientEmulator)
#include "tst_GraphClientEmulator.moc"
