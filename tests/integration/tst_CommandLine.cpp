// The command line of the real executable: help, version, every error path, and the exit
// statuses scripts rely on (0 fine, 1 no display, 2 bad input).

#include "AppProcess.h"
#include "TestJwt.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ed::test;
using namespace Qt::StringLiterals;

class TestCommandLine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionWithoutDisplay();
    void helpListsEveryOption();
    void badOptions_data();
    void badOptions();
    void noDisplayIsExplained();
    void startupInputErrors_data();
    void startupInputErrors();
};

void TestCommandLine::versionWithoutDisplay()
{
    QTemporaryDir home;
    const Finished run = runToEnd({u"--version"_s}, isolatedEnvironment(home.path(), false));
    QVERIFY(run.ended);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"enrollment-desk 0."_s), qPrintable(run.out));
    QVERIFY(run.err.isEmpty());
}

void TestCommandLine::helpListsEveryOption()
{
    QTemporaryDir home;
    const Finished run = runToEnd({u"--help"_s}, isolatedEnvironment(home.path(), false));
    QCOMPARE(run.exitCode, 0);
    for (const char *option :
         {"--demo", "--demo-devices <N>", "--graph-url <URL>", "--login-url <URL>", "--tenant <T>", "--cloud <CLOUD>",
          "--access-token-file <FILE>", "--ca-file <FILE>", "--lang <CODE>", "--version", "--help", "--verbose"})
        QVERIFY2(run.out.contains(QLatin1StringView(option)), option);
}

void TestCommandLine::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown") << QStringList{u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("cloud") << QStringList{u"--cloud=moon"_s} << u"--cloud"_s;
    QTest::newRow("http remote") << QStringList{u"--graph-url"_s, u"http://graph.example.com"_s} << u"clear text"_s;
    QTest::newRow("demo devices") << QStringList{u"--demo"_s, u"--demo-devices"_s, u"-5"_s} << u"--demo-devices"_s;
}

void TestCommandLine::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    QTemporaryDir home;
    // With and without a display: option errors never need one.
    for (bool display : {false, true}) {
        const Finished run = runToEnd(arguments, isolatedEnvironment(home.path(), display));
        QVERIFY(run.ended);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
        QVERIFY(run.err.contains(u"--help"_s));
    }
}

void TestCommandLine::noDisplayIsExplained()
{
    QTemporaryDir home;
    const Finished run = runToEnd({u"--demo"_s}, isolatedEnvironment(home.path(), false));
    QVERIFY(run.ended);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"no display found"_s), qPrintable(run.err));
}

void TestCommandLine::startupInputErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing token file") << QStringList{u"--access-token-file"_s, u"/nonexistent/token"_s}
                                        << u"does not exist"_s;
    QTest::newRow("token file with junk")
            << QStringList{u"--access-token-file"_s, u"@junk"_s} << u"does not hold exactly one access token"_s;
    QTest::newRow("missing CA file") << QStringList{u"--ca-file"_s, u"/nonexistent/ca.pem"_s} << u"does not exist"_s;
    QTest::newRow("CA file without certificates")
            << QStringList{u"--ca-file"_s, QStringLiteral(ED_TEST_DATA_DIR "/not-a-certificate.pem")}
            << u"no PEM or DER certificate"_s;
}

void TestCommandLine::startupInputErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    QTemporaryDir home;
    const QString junk = home.filePath(u"junk.txt"_s);
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("two tokens\nin one file\n");
    file.close();
    arguments.replaceInStrings(u"@junk"_s, junk);

    const Finished run = runToEnd(arguments, isolatedEnvironment(home.path()));
    QVERIFY(run.ended);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
    // The reason is in the log too, for people who start the app from a menu.
    QVERIFY(readText(logFileUnder(home.path())).contains(messagePart));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_CommandLine.moc"
