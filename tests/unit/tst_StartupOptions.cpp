#include "core/StartupOptions.h"

#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

class TestStartupOptions final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void fullSignedInCommandLine();
    void demo();
    void helpAndVersion();
    void rejects_data();
    void rejects();
    void loopbackHosts_data();
    void loopbackHosts();
};

static StartupCommand parse(QStringList arguments)
{
    arguments.prepend(u"enrollment-desk"_s);
    return parseStartupArguments(arguments);
}

void TestStartupOptions::defaults()
{
    const StartupCommand command = parse({});
    QCOMPARE(command.action, StartupCommand::Action::Run);
    const StartupOptions &o = command.options;
    QVERIFY(!o.demo);
    QCOMPARE(o.demoDevices, 2500);
    QCOMPARE(o.cloud, Cloud::Global);
    QCOMPARE(o.effectiveGraphUrl(), QUrl(u"https://graph.microsoft.com"_s));
    QCOMPARE(o.effectiveLoginUrl(), QUrl(u"https://login.microsoftonline.com"_s));
    QVERIFY(o.tenant.isEmpty() && o.accessTokenFile.isEmpty() && o.caFile.isEmpty() && o.language.isEmpty());
    QVERIFY(!o.verbose);
}

void TestStartupOptions::fullSignedInCommandLine()
{
    const StartupCommand command =
            parse({u"--graph-url"_s, u"http://127.0.0.1:8443/"_s, u"--login-url=https://login.example.test"_s,
                   u"--tenant"_s, u"contoso.onmicrosoft.com"_s, u"--cloud"_s, u"usgov"_s, u"--access-token-file"_s,
                   u"/tmp/token"_s, u"--ca-file"_s, u"/tmp/ca.pem"_s, u"--lang"_s, u"de"_s, u"--verbose"_s});
    QCOMPARE(command.action, StartupCommand::Action::Run);
    const StartupOptions &o = command.options;
    QCOMPARE(o.graphUrl, QUrl(u"http://127.0.0.1:8443"_s)); // trailing slash removed
    QCOMPARE(o.effectiveGraphUrl(), QUrl(u"http://127.0.0.1:8443"_s));
    QCOMPARE(o.effectiveLoginUrl(), QUrl(u"https://login.example.test"_s));
    QCOMPARE(o.tenant, u"contoso.onmicrosoft.com"_s);
    QCOMPARE(o.cloud, Cloud::UsGov);
    QCOMPARE(o.accessTokenFile, u"/tmp/token"_s);
    QCOMPARE(o.caFile, u"/tmp/ca.pem"_s);
    QCOMPARE(o.language, u"de"_s);
    QVERIFY(o.verbose);
}

void TestStartupOptions::demo()
{
    StartupCommand command = parse({u"--demo"_s, u"--demo-devices"_s, u"100000"_s, u"--cloud"_s, u"china"_s});
    QCOMPARE(command.action, StartupCommand::Action::Run);
    QVERIFY(command.options.demo);
    QCOMPARE(command.options.demoDevices, 100000);
    QCOMPARE(command.options.cloud, Cloud::China);
}

void TestStartupOptions::helpAndVersion()
{
    const StartupCommand help = parse({u"--help"_s});
    QCOMPARE(help.action, StartupCommand::Action::ShowHelp);
    for (const char *option : {"--demo", "--demo-devices", "--graph-url", "--login-url", "--tenant", "--cloud",
                               "--access-token-file", "--ca-file", "--lang", "--version", "--help", "--verbose"})
        QVERIFY2(help.text.contains(QLatin1StringView(option)), option);

    const StartupCommand version = parse({u"-v"_s});
    QCOMPARE(version.action, StartupCommand::Action::ShowVersion);
    QVERIFY(version.text.startsWith(u"enrollment-desk 0."_s));
    QVERIFY(version.text.contains(QLatin1StringView(qVersion())));
}

void TestStartupOptions::rejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("positional") << QStringList{u"devices"_s} << u"Unexpected argument"_s;
    QTest::newRow("bad cloud") << QStringList{u"--cloud"_s, u"mars"_s} << u"--cloud"_s;
    QTest::newRow("devices without demo") << QStringList{u"--demo-devices"_s, u"10"_s} << u"--demo"_s;
    QTest::newRow("devices zero") << QStringList{u"--demo"_s, u"--demo-devices"_s, u"0"_s} << u"--demo-devices"_s;
    QTest::newRow("devices too many") << QStringList{u"--demo"_s, u"--demo-devices"_s, u"1000001"_s}
                                      << u"--demo-devices"_s;
    QTest::newRow("devices not a number")
            << QStringList{u"--demo"_s, u"--demo-devices"_s, u"lots"_s} << u"--demo-devices"_s;
    QTest::newRow("relative url") << QStringList{u"--graph-url"_s, u"graph.microsoft.com"_s} << u"absolute URL"_s;
    QTest::newRow("ftp url") << QStringList{u"--graph-url"_s, u"ftp://graph.example"_s} << u"https"_s;
    QTest::newRow("plain http to a remote host")
            << QStringList{u"--graph-url"_s, u"http://graph.microsoft.com"_s} << u"clear text"_s;
    QTest::newRow("plain http login to a remote host")
            << QStringList{u"--login-url"_s, u"http://10.0.0.5:8080"_s} << u"clear text"_s;
    QTest::newRow("url with query") << QStringList{u"--graph-url"_s, u"https://proxy.example/?x=1"_s} << u"query"_s;
    QTest::newRow("bad tenant") << QStringList{u"--tenant"_s, u"not a tenant"_s} << u"--tenant"_s;
    QTest::newRow("bad language") << QStringList{u"--lang"_s, u"deutsch!"_s} << u"--lang"_s;
    QTest::newRow("empty token file") << QStringList{u"--access-token-file="_s} << u"--access-token-file"_s;
    QTest::newRow("missing value") << QStringList{u"--tenant"_s} << u"tenant"_s;
    QTest::newRow("demo with graph url") << QStringList{u"--demo"_s, u"--graph-url"_s, u"https://graph.microsoft.com"_s}
                                         << u"--demo"_s;
    QTest::newRow("demo with token") << QStringList{u"--demo"_s, u"--access-token-file"_s, u"x"_s} << u"--demo"_s;
}

void TestStartupOptions::rejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    const StartupCommand command = parse(arguments);
    QCOMPARE(command.action, StartupCommand::Action::Fail);
    QVERIFY2(command.text.contains(messagePart), qPrintable(command.text));
}

void TestStartupOptions::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.1.2.3") << u"127.1.2.3"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("localhost") << u"LocalHost"_s << true;
    QTest::newRow("lan") << u"192.168.1.10"_s << false;
    QTest::newRow("lookalike") << u"localhost.evil.example"_s << false;
    QTest::newRow("graph") << u"graph.microsoft.com"_s << false;
}

void TestStartupOptions::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(isLoopbackHost(host), loopback);
}

QTEST_GUILESS_MAIN(TestStartupOptions)
#include "tst_StartupOptions.moc"
