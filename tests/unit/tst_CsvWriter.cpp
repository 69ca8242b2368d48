#include "CsvReader.h"
#include "core/CsvWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace ed;
using ed::test::parseCsv;
using namespace Qt::StringLiterals;

using Table = QList<QStringList>;

class TestCsvWriter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exactBytes();
    void quoting_data();
    void quoting();
    void parsesBackToSameCells();
    void writesThroughSaveFile();
    void replacesExistingFileWhole();
    void directoryPathFailsWithoutPartialFile();
    void missingFolderFails();
    void emptyPathFails();
};

void TestCsvWriter::exactBytes()
{
    const QByteArray bytes =
            CsvWriter::encode({u"Serial"_s, u"Result"_s}, {{u"SN-1"_s, u"Succeeded"_s}, {u"SN-2"_s, {}}});
    QCOMPARE(bytes, QByteArray("\xEF\xBB\xBFSerial,Result\r\nSN-1,Succeeded\r\nSN-2,\r\n"));
    QCOMPARE(CsvWriter::encode({}, {}), QByteArray("\xEF\xBB\xBF"));
    QCOMPARE(CsvWriter::encode({}, {{u"a"_s}}),
             QByteArray("\xEF\xBB\xBF"
                        "a\r\n"));
}

void TestCsvWriter::quoting_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("plain") << u"PF3ABC12"_s << QByteArray("PF3ABC12");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << u"Contoso, Ltd"_s << QByteArray("\"Contoso, Ltd\"");
    QTest::newRow("quote") << u"the \"kiosk\" profile"_s << QByteArray("\"the \"\"kiosk\"\" profile\"");
    QTest::newRow("only a quote") << u"\""_s << QByteArray("\"\"\"\"");
    QTest::newRow("LF") << u"line 1\nline 2"_s << QByteArray("\"line 1\nline 2\"");
    QTest::newRow("CR") << u"a\rb"_s << QByteArray("\"a\rb\"");
    QTest::newRow("CRLF") << u"a\r\nb"_s << QByteArray("\"a\r\nb\"");
    QTest::newRow("leading space") << u" padded"_s << QByteArray("\" padded\"");
    QTest::newRow("trailing space") << u"padded "_s << QByteArray("\"padded \"");
    QTest::newRow("inner space") << u"two words"_s << QByteArray("two words");
    QTest::newRow("unicode") << u"Gerät für Müller — 東京 🚀"_s << u"Gerät für Müller — 東京 🚀"_s.toUtf8();
    QTest::newRow("semicolon") << u"a;b"_s << QByteArray("a;b");
}

void TestCsvWriter::quoting()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, encoded);
    const QByteArray bytes = CsvWriter::encode({u"h"_s, u"x"_s}, {{cell, u"x"_s}});
    QCOMPARE(bytes, QByteArray("\xEF\xBB\xBFh,x\r\n") + encoded + QByteArray(",x\r\n"));
    const auto parsed = parseCsv(bytes);
    QVERIFY(parsed);
    QCOMPARE(parsed->size(), 2);
    QCOMPARE(parsed->at(1), (QStringList{cell, u"x"_s}));
}

void TestCsvWriter::parsesBackToSameCells()
{
    const QStringList header{u"Time (UTC)"_s, u"Target"_s, u"Details"_s, u"Request ID"_s};
    const Table rows{
            {u"2025-03-01 14:05:09"_s, u"PF3ABC12"_s, QString(), u"0e6b8a49-63c5-4a7c-9e0e-0a7c1b8f0a11"_s},
            {u"2025-03-01 14:05:10"_s, u" Müller, \"Kiosk\"\r\nfloor 2 "_s, u"Forbidden: \"no\", really,\n"_s, u""_s},
            {u""_s, u""_s, u""_s, u""_s},
            {u"=1+1"_s, u"\"\""_s, u",,,"_s, u"\r"_s},
    };
    const auto parsed = parseCsv(CsvWriter::encode(header, rows));
    QVERIFY(parsed);
    Table expected{header};
    expected += rows;
    QCOMPARE(*parsed, expected);
}

void TestCsvWriter::writesThroughSaveFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"activity.csv"_s);
    const Table rows{{u"a"_s, u"b,c"_s}, {u"d"_s, u"ü"_s}};
    const Expected<qsizetype> written = CsvWriter::write(path, {u"x"_s, u"y"_s}, rows);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
    QCOMPARE(written.value(), qsizetype(2));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), CsvWriter::encode({u"x"_s, u"y"_s}, rows));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"activity.csv"_s});
}

void TestCsvWriter::replacesExistingFileWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.csv"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(10'000, 'z'));
    }
    QVERIFY(CsvWriter::write(path, {u"h"_s}, {{u"v"_s}}).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBFh\r\nv\r\n"));
}

void TestCsvWriter::directoryPathFailsWithoutPartialFile()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"export.csv"_s);
    QVERIFY(QDir().mkdir(target)); // the chosen "file" is a folder
    const Expected<qsizetype> written = CsvWriter::write(target, {u"h"_s}, {{u"v"_s}});
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QDir::toNativeSeparators(target)), qPrintable(written.error()));
    QVERIFY(QFileInfo(target).isDir());
    QVERIFY(QDir(target).isEmpty());
    // No temporary or partial file is left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"export.csv"_s});
}

void TestCsvWriter::missingFolderFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no/such/folder/out.csv"_s);
    const Expected<qsizetype> written = CsvWriter::write(path, {u"h"_s}, {});
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QDir::toNativeSeparators(path)), qPrintable(written.error()));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"no"_s)));
}

void TestCsvWriter::emptyPathFails()
{
    const Expected<qsizetype> written = CsvWriter::write(QString(), {u"h"_s}, {});
    QVERIFY(!written.ok());
    QVERIFY(!written.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_CsvWriter.moc"
