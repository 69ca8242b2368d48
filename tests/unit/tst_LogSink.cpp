#include "core/LogSink.h"
#include "core/Logging.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

class TestLogSink final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesRedactedLinesWithCategory();
    void verboseEnablesDebug();
    void restoresPreviousHandler();
};

static QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestLogSink::writesRedactedLinesWithCategory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"logs/enrollment-desk.log"_s);
    {
        LogSink sink(path, LogSink::Verbosity::Normal);
        QVERIFY(sink.install().isEmpty());
        qCInfo(lcGraph) << "GET /beta/deviceManagement Authorization: Bearer sekrit-token-value";
        qCDebug(lcGraph) << "debug detail that normal verbosity drops";
        qCWarning(lcAuth) << "refresh_token=1.AQ-refresh-value";
    }
    const QString log = read(path);
    QVERIFY2(log.contains(u"info ed.graph: GET /beta/deviceManagement"_s), qPrintable(log));
    QVERIFY(log.contains(u"warning ed.auth: "_s));
    QVERIFY(!log.contains(u"sekrit-token-value"_s));
    QVERIFY(!log.contains(u"1.AQ-refresh-value"_s));
    QVERIFY(!log.contains(u"debug detail"_s));
}

void TestLogSink::verboseEnablesDebug()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v.log"_s);
    {
        LogSink sink(path, LogSink::Verbosity::Verbose);
        QVERIFY(sink.install().isEmpty());
        qCDebug(lcModels) << "page 3 appended";
    }
    QVERIFY(read(path).contains(u"debug ed.models: page 3 appended"_s));
}

static QStringList captured;
static void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    captured.append(message);
}

void TestLogSink::restoresPreviousHandler()
{
    QTemporaryDir dir;
    const QtMessageHandler original = qInstallMessageHandler(&capture);
    {
        LogSink sink(dir.filePath(u"r.log"_s), LogSink::Verbosity::Normal);
        sink.install();
        qCInfo(lcUi) << "into the sink";
    }
    qCInfo(lcUi) << "back to the previous handler";
    qInstallMessageHandler(original);
    QCOMPARE(captured, QStringList{u"back to the previous handler"_s});
}

QTEST_GUILESS_MAIN(TestLogSink)
#include "tst_LogSink.moc"
