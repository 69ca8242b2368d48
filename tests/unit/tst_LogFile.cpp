#include "core/LogFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

class TestLogFile final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendsAcrossOpens();
    void rotatesBySizeAndKeepsN();
    void privateToOwner();
    void unwritableDirectory();
};

static QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestLogFile::appendsAcrossOpens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"logs/app.log"_s);
    {
        LogFile log(path);
        QVERIFY(log.open());
        log.writeLine(u"first"_s);
    }
    {
        LogFile log(path);
        QVERIFY(log.open());
        log.writeLine(u"second"_s);
    }
    QCOMPARE(read(path), u"first\nsecond\n"_s);
}

void TestLogFile::rotatesBySizeAndKeepsN()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"app.log"_s);
    LogFile log(path, 100, 2);
    QVERIFY(log.open());
    const QString line(40, u'x'); // 41 bytes with the newline: two lines per file
    for (int i = 0; i < 10; ++i)
        log.writeLine(line.left(38) + QString::number(i).rightJustified(2, u'0'));
    QVERIFY(QFile::exists(path));
    QVERIFY(QFile::exists(path + u".1"_s));
    QVERIFY(QFile::exists(path + u".2"_s));
    QVERIFY(!QFile::exists(path + u".3"_s));
    for (const QString &file : QStringList{path, path + u".1"_s, path + u".2"_s})
        QVERIFY(QFileInfo(file).size() <= 100);
    QVERIFY(read(path).endsWith(u"09\n"_s));
    QVERIFY(read(path + u".1"_s).contains(u"07\n"_s));
    QVERIFY(!read(path + u".2"_s).contains(u"00\n"_s)); // the oldest was dropped
}

void TestLogFile::privateToOwner()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"app.log"_s);
    LogFile log(path);
    QVERIFY(log.open());
    log.writeLine(u"x"_s);
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
}

void TestLogFile::unwritableDirectory()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"not-a-dir"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    LogFile log(dir.filePath(u"not-a-dir/app.log"_s));
    QVERIFY(!log.open());
    log.writeLine(u"dropped, not crashed"_s);
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_LogFile.moc"
