// Full runs of the real executable, ended the way a desktop session ends them (SIGTERM): the log
// tells what happened and never holds a token; the settings file is saved and holds no secret.

#include "AppProcess.h"
#include "TestJwt.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ed::test;
using namespace Qt::StringLiterals;

class TestLogSafety final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoRun();
    void signedInRunNeverLogsTheToken();

private:
    struct Run
    {
        QString log;
        QString settings;
        QString err;
        int exitCode = -1;
    };
    Run runUntilShownThenTerminate(const QString &home, const QStringList &arguments,
                                   const QString &waitFor = QStringLiteral("Main window shown"));
};

TestLogSafety::Run TestLogSafety::runUntilShownThenTerminate(const QString &home, const QStringList &arguments,
                                                             const QString &waitFor)
{
    Run run;
    QProcess process;
    process.setProcessEnvironment(isolatedEnvironment(home));
    process.start(QStringLiteral(ED_APP_EXECUTABLE), arguments);
    if (!process.waitForStarted(10'000))
        return run;
    const bool shown = waitForFileContaining(logFileUnder(home), waitFor, 30'000);
    process.terminate(); // SIGTERM
    if (!process.waitForFinished(15'000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = shown && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.log = readText(logFileUnder(home));
    run.settings = readText(settingsFileUnder(home));
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

void TestLogSafety::demoRun()
{
    QTemporaryDir home;
    const Run run = runUntilShownThenTerminate(home.path(), {u"--demo"_s, u"--verbose"_s},
                                               u"Connected to Microsoft Graph at http://127.0.0.1:"_s);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.log.contains(u"info ed.app: enrollment-desk 0."_s), qPrintable(run.log));
    // The demo tenant runs in-process on the Graph emulator, and the app signs in to it like to any
    // tenant: a device code, approved by the demo admin after a moment…
    QVERIFY(run.log.contains(u"served by the Graph emulator at http://127.0.0.1:"_s));
    QVERIFY(run.log.contains(u"Device code sign-in: code issued"_s));
    QVERIFY(run.log.contains(u"Signed in to contoso.onmicrosoft.com with deviceCode as admin@"_s));
    QVERIFY(!run.log.contains(u"refresh_token"_s));
    QVERIFY(run.settings.contains(u"currentView=devices"_s));
    // The client's exchange with it is logged, with its ids (--verbose adds the request line)…
    QVERIFY(run.log.contains(u"GET http://127.0.0.1:"_s));
    QVERIFY(run.log.contains(u"/beta/deviceManagement/windowsAutopilotSettings"_s));
    // …and the token never reaches the log, nor does any other JWT.
    QVERIFY(!run.log.contains(u"eyJ"_s));
    QVERIFY(run.log.contains(u"debug ed.ui: Showing view \"devices\""_s)); // --verbose reached the file
    QVERIFY(run.log.contains(u"Received signal 15"_s));
    QVERIFY(run.log.contains(u"Enrollment Desk stopped"_s));
    QVERIFY(run.settings.contains(u"geometry="_s)); // state saved on SIGTERM
}

void TestLogSafety::signedInRunNeverLogsTheToken()
{
    QTemporaryDir home;
    const QString token = makeUserToken(QDateTime::currentDateTimeUtc().addSecs(3600));
    const QString tokenFile = home.filePath(u"token.txt"_s);
    QFile file(tokenFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Bearer " + token.toLatin1() + "\n");
    file.close();

    const Run run = runUntilShownThenTerminate(
            home.path(),
            {u"--graph-url"_s, u"http://127.0.0.1:9"_s, u"--access-token-file"_s, tokenFile, u"--verbose"_s});
    QCOMPARE(run.exitCode, 0);
    // It says what it loaded, by fingerprint and claims…
    QVERIFY2(run.log.contains(u"Loaded an access token from token.txt fingerprint sha256:"_s), qPrintable(run.log));
    QVERIFY(run.log.contains(u"11111111-2222-3333-4444-555555555555"_s));
    QVERIFY(run.log.contains(u"Token held, expires"_s));
    QVERIFY(run.settings.contains(u"currentView=devices"_s)); // started signed in, on the devices view
    // …and never the token or any of its three parts, in the log, the settings or on stderr.
    const QStringList parts = token.split(u'.');
    QCOMPARE(parts.size(), 3);
    for (const QString &haystack : {run.log, run.settings, run.err}) {
        QVERIFY(!haystack.contains(token));
        for (const QString &part : parts)
            QVERIFY(!haystack.contains(part));
    }
}

QTEST_GUILESS_MAIN(TestLogSafety)
#include "tst_LogSafety.moc"
