// The emulator as a server: the graph-emulator executable (plain and TLS), in-process start on a
// worker thread, Graph's headers and error envelope, authentication (401) and permissions (403),
// and the request log tests rely on (graph.md §9 items 14–16; issue points 1, 11, 14).

#include "EmulatorFixture.h"
#include "emulator/RequestLog.h"
#include "emulator/TokenAuthority.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

class TestEmulatorServer final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void executablePrintsListeningAndServes();
    void executableIssuesTokensForItsSeed();
    void executableServesHttps();
    void standardHeadersAndClientRequestId();
    void errorEnvelope();
    void authentication_data();
    void authentication();
    void permissions();
    void unknownSegmentsAndVersions();
    void requestLogRedactsTokens();
};

namespace {

struct RunningEmulator
{
    QProcess process;
    QUrl baseUrl;
    QString certificate;

    bool start(const QStringList &arguments)
    {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(ED_EMULATOR_EXECUTABLE), arguments);
        if (!process.waitForStarted(10'000))
            return false;
        static const QRegularExpression listening(u"listening on (\\S+)"_s);
        static const QRegularExpression certificateLine(u"certificate (\\S+)"_s);
        QString output;
        for (int i = 0; i < 300 && !output.contains(u"tenant "_s); ++i) {
            process.waitForReadyRead(100);
            output += QString::fromUtf8(process.readAllStandardOutput());
        }
        baseUrl = QUrl(listening.match(output).captured(1));
        certificate = certificateLine.match(output).captured(1);
        return baseUrl.isValid() && !baseUrl.isEmpty();
    }
    ~RunningEmulator()
    {
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
    }
};

} // namespace

void TestEmulatorServer::executablePrintsListeningAndServes()
{
    RunningEmulator emulator;
    QVERIFY(emulator.start({u"--port"_s, u"0"_s, u"--devices"_s, u"50"_s, u"--throttle"_s, u"off"_s}));
    QCOMPARE(emulator.baseUrl.scheme(), u"http"_s);
    QCOMPARE(emulator.baseUrl.host(), u"127.0.0.1"_s);
    QVERIFY(emulator.baseUrl.port() > 0);

    // An in-process fixture with the same seed signs tokens the same way.
    EmulatorFixture fixture;
    const HttpResult result = fixture.get(emulator.baseUrl.toString()
                                          + u"/beta/deviceManagement/windowsAutopilotDeviceIdentities?$count=true"_s);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"@odata.count"_s).toInt(), 50);
    emulator.process.terminate();
    QVERIFY(emulator.process.waitForFinished(5000));
    QCOMPARE(emulator.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(emulator.process.exitCode(), 0);
}

void TestEmulatorServer::executableIssuesTokensForItsSeed()
{
    QProcess issue;
    issue.start(QStringLiteral(ED_EMULATOR_EXECUTABLE),
                {u"--issue-token"_s, u"--scopes"_s, u"DeviceManagementServiceConfig.Read.All"_s, u"--seed"_s, u"77"_s});
    QVERIFY(issue.waitForFinished(10'000));
    QCOMPARE(issue.exitCode(), 0);
    const QString token = QString::fromLatin1(issue.readAllStandardOutput()).trimmed();
    QCOMPARE(token.count(u'.'), 2);

    emu::EmulatorOptions sameSeed = EmulatorFixture::smallTenant();
    sameSeed.seed = 77;
    EmulatorFixture accepting(sameSeed);
    QCOMPARE(accepting.get(u"/beta/deviceManagement/windowsAutopilotDeviceIdentities?$top=1"_s, {}, token).status, 200);
    // Read-only: a write is forbidden.
    const HttpResult write =
            accepting.postJson(u"/beta/deviceManagement/windowsAutopilotSettings/sync"_s, {}, {}, token);
    QCOMPARE(write.status, 403);

    EmulatorFixture otherSeed; // default seed: a different signing key
    const HttpResult rejected =
            otherSeed.get(u"/beta/deviceManagement/windowsAutopilotDeviceIdentities?$top=1"_s, {}, token);
    QCOMPARE(rejected.status, 401);
    QCOMPARE(rejected.errorCode(), u"InvalidAuthenticationToken"_s);
}

void TestEmulatorServer::executableServesHttps()
{
    QTemporaryDir certificates;
    RunningEmulator emulator;
    QVERIFY(emulator.start(
            {u"--tls"_s, u"--cert-dir"_s, certificates.path(), u"--devices"_s, u"1500"_s, u"--throttle"_s, u"off"_s}));
    QCOMPARE(emulator.baseUrl.scheme(), u"https"_s);
    QCOMPARE(emulator.certificate, certificates.filePath(u"graph-emulator-certificate.pem"_s));
    QVERIFY(QFile::exists(emulator.certificate));

    EmulatorFixture fixture; // for its network and token; trust the executable's certificate
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(emulator.certificate);
    QSslConfiguration::setDefaultConfiguration(configuration);
    const HttpResult page =
            fixture.get(emulator.baseUrl.toString() + u"/beta/deviceManagement/windowsAutopilotDeviceIdentities"_s);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.value().size(), 1000);
    const QString nextLink = page.json().value(u"@odata.nextLink"_s).toString();
    QVERIFY2(nextLink.startsWith(emulator.baseUrl.toString() + u"/beta/"_s), qPrintable(nextLink));
    QCOMPARE(fixture.get(nextLink).value().size(), 500);
    QVERIFY(!page.header("strict-transport-security").isEmpty());
}

void TestEmulatorServer::standardHeadersAndClientRequestId()
{
    EmulatorFixture fixture;
    QVERIFY2(fixture.started(), qPrintable(fixture.startError()));
    const QString clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const HttpResult result = fixture.get(u"/v1.0/deviceManagement/windowsAutopilotDeviceIdentities?$top=2"_s,
                                          {{"client-request-id", clientRequestId.toLatin1()}});
    QCOMPARE(result.status, 200);
    QCOMPARE(QString::fromLatin1(result.header("client-request-id")), clientRequestId);
    QVERIFY(!QUuid::fromString(QString::fromLatin1(result.header("request-id"))).isNull());
    QVERIFY(result.header("date").endsWith(" GMT"));
    QVERIFY(result.header("x-ms-ags-diagnostic").contains("ServerInfo"));
    QVERIFY(result.header("content-type").startsWith("application/json"));
    QVERIFY(result.json()
                    .value(u"@odata.context"_s)
                    .toString()
                    .endsWith(u"/v1.0/$metadata#deviceManagement/windowsAutopilotDeviceIdentities"_s));

    // Without one, the emulator makes one up and still echoes it.
    const HttpResult generated = fixture.get(u"/v1.0/deviceManagement/windowsAutopilotDeviceIdentities?$top=1"_s);
    QVERIFY(!QUuid::fromString(QString::fromLatin1(generated.header("client-request-id"))).isNull());
}

void TestEmulatorServer::errorEnvelope()
{
    EmulatorFixture fixture;
    const HttpResult result = fixture.get(
            u"/beta/deviceManagement/windowsAutopilotDeviceIdentities/00000000-0000-0000-0000-000000000001"_s,
            {{"client-request-id", "11111111-2222-3333-4444-555555555555"}});
    QCOMPARE(result.status, 404);
    const QJsonObject error = result.json().value(u"error"_s).toObject();
    QVERIFY(!error.value(u"code"_s).toString().isEmpty());
    const QJsonObject inner = error.value(u"innerError"_s).toObject();
    QCOMPARE(inner.value(u"request-id"_s).toString(), QString::fromLatin1(result.header("request-id")));
    QCOMPARE(inner.value(u"client-request-id"_s).toString(), u"11111111-2222-3333-4444-555555555555"_s);
    QVERIFY(QDateTime::fromString(inner.value(u"date"_s).toString(), Qt::ISODate).isValid());
    // Intune's message is JSON inside the string, naming the client-request-id as Activity ID.
    const QJsonObject embedded = QJsonDocument::fromJson(error.value(u"message"_s).toString().toUtf8()).object();
    QCOMPARE(embedded.value(u"_version"_s).toInt(), 3);
    QVERIFY(embedded.value(u"Message"_s).toString().contains(u"Activity ID: 11111111-2222-3333-4444-555555555555"_s));
}

void TestEmulatorServer::authentication_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing") << QString() << u"Access token is empty."_s;
    QTest::newRow("not a jwt") << u"opaque-garbage"_s << QString();
    QTest::newRow("tampered payload") << u"@tampered"_s << QString();
    QTest::newRow("expired") << u"@expired"_s << QString();
    QTest::newRow("wrong audience") << u"@audience"_s << QString();
}

void TestEmulatorServer::authentication()
{
    QFETCH(QString, token);
    QFETCH(QString, messagePart);
    EmulatorFixture fixture;
    emu::TokenAuthority authority(fixture.host().options().seed, fixture.host().options().tenantId);
    emu::TokenAuthority::Grant grant;
    grant.userPrincipalName = u"admin@contoso.onmicrosoft.com"_s;
    grant.appId = u"14d82eec-204b-4c2f-b7e8-296a70dab67e"_s;
    grant.scopes = emu::EmulatorHost::allScopes();
    if (token == u"@tampered") {
        QStringList parts = fixture.token().split(u'.');
        QByteArray payload = QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding);
        payload.replace("admin@", "other@");
        parts[1] =
                QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        token = parts.join(u'.');
    } else if (token == u"@expired") {
        token = authority.issue(grant, QDateTime::currentDateTimeUtc().addSecs(-7200));
    } else if (token == u"@audience") {
        grant.audience = u"https://management.azure.com"_s;
        token = authority.issue(grant, QDateTime::currentDateTimeUtc());
    }
    const HttpResult result =
            fixture.get(u"/beta/deviceManagement/windowsAutopilotDeviceIdentities?$top=1"_s, {}, token);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.errorCode(), u"InvalidAuthenticationToken"_s);
    if (!messagePart.isEmpty())
        QCOMPARE(result.json().value(u"error"_s).toObject().value(u"message"_s).toString(), messagePart);
}

void TestEmulatorServer::permissions()
{
    EmulatorFixture fixture;
    const QString readOnly = fixture.token({u"DeviceManagementServiceConfig.Read.All"_s});
    const QString groupsOnly = fixture.token({u"Group.Read.All"_s});
    const QString path = u"/beta/deviceManagement/windowsAutopilotDeviceIdentities"_s;
    QCOMPARE(fixture.get(path + u"?$top=1"_s, {}, readOnly).status, 200);
    QCOMPARE(fixture.get(path + u"?$top=1"_s, {}, groupsOnly).status, 403);
    const QString id = fixture.get(path + u"?$top=1"_s).value().at(0).toObject().value(u"id"_s).toString();
    // allowNextEnrollment's documented permissions are the Read scopes (seed 000)…
    QCOMPARE(fixture.postJson(path + u'/' + id + u"/allowNextEnrollment"_s, {}, {}, readOnly).status, 204);
    QCOMPARE(fixture.postJson(path + u'/' + id + u"/allowNextEnrollment"_s, {}, {}, groupsOnly).status, 403);
    // …while changing properties needs ReadWrite.
    const HttpResult denied = fixture.postJson(path + u'/' + id + u"/updateDeviceProperties"_s,
                                               QJsonObject{{u"groupTag"_s, u"X"_s}}, {}, readOnly);
    QCOMPARE(denied.status, 403);
}

void TestEmulatorServer::unknownSegmentsAndVersions()
{
    EmulatorFixture fixture;
    const HttpResult segment = fixture.get(u"/beta/deviceManagement/notAThing"_s);
    QCOMPARE(segment.status, 400);
    QVERIFY(segment.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"notAThing"_s));
    QCOMPARE(fixture.get(u"/v2.5/deviceManagement/windowsAutopilotDeviceIdentities"_s).status, 400);
    // v1.0 has no deployment profiles or allowNextEnrollment (graph.md §9 item 1).
    QCOMPARE(fixture.get(u"/v1.0/deviceManagement/windowsAutopilotDeploymentProfiles"_s).status, 400);
}

void TestEmulatorServer::requestLogRedactsTokens()
{
    EmulatorFixture fixture;
    fixture.host().log().clear();
    fixture.get(u"/beta/deviceManagement/windowsAutopilotDeviceIdentities?$top=3"_s, {{"x-test", "yes"}});
    const QList<emu::RequestLogEntry> entries = fixture.host().log().entries();
    QCOMPARE(entries.size(), 1);
    const emu::RequestLogEntry &entry = entries.constFirst();
    QCOMPARE(entry.method, QByteArray("GET"));
    QCOMPARE(entry.path, u"/beta/deviceManagement/windowsAutopilotDeviceIdentities"_s);
    QCOMPARE(entry.query, u"$top=3"_s);
    QCOMPARE(entry.status, 200);
    QCOMPARE(entry.headers.value("x-test"), QByteArray("yes"));
    QCOMPARE(entry.headers.value("authorization"), QByteArray("Bearer …"));
    QVERIFY(!entry.earlyRetry && !entry.throttled && entry.fault.isEmpty());
}

QTEST_GUILESS_MAIN(TestEmulatorServer)
#include "tst_EmulatorServer.moc"
