// "Paste a list": serial numbers pasted from a ticket, an e-mail or a spreadsheet column (any mix
// of new lines, commas, semicolons, spaces and tabs; a header; quoted cells), and the devices
// they name: exact matches ignoring case, the serials not found in pasted order, a serial two
// devices share selecting both.

#include "models/AutopilotDeviceModel.h"
#include "models/SerialList.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

namespace {

AutopilotDevice device(int n, const QString &serial)
{
    AutopilotDevice d;
    d.id = u"%1-0000-4000-8000-0000000000ef"_s.arg(n, 8, 16, QLatin1Char('0'));
    d.serialNumber = serial;
    d.manufacturer = u"Dell"_s;
    return d;
}

} // namespace

class TestSerialList final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void match();
    void matchIgnoresCaseAndBlanks();
    void matchEmpty();
    void pasteToSelection();
    void manySerials();
};

void TestSerialList::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("serials");

    const QStringList three{u"5CG1234XYZ"_s, u"PF3ABC12"_s, u"MXL9876Q"_s};
    QTest::newRow("new lines") << u"5CG1234XYZ\nPF3ABC12\nMXL9876Q"_s << three;
    QTest::newRow("CRLF, trailing line end") << u"5CG1234XYZ\r\nPF3ABC12\r\nMXL9876Q\r\n"_s << three;
    QTest::newRow("old Mac line ends") << u"5CG1234XYZ\rPF3ABC12\rMXL9876Q"_s << three;
    QTest::newRow("commas") << u"5CG1234XYZ,PF3ABC12,MXL9876Q"_s << three;
    QTest::newRow("commas and spaces") << u"5CG1234XYZ, PF3ABC12 ,  MXL9876Q"_s << three;
    QTest::newRow("semicolons") << u"5CG1234XYZ;PF3ABC12; MXL9876Q;"_s << three;
    QTest::newRow("spaces") << u"  5CG1234XYZ PF3ABC12   MXL9876Q "_s << three;
    QTest::newRow("tabs (a spreadsheet row)") << u"5CG1234XYZ\tPF3ABC12\tMXL9876Q"_s << three;
    QTest::newRow("everything mixed") << u"\n 5CG1234XYZ,\t PF3ABC12;;\r\n\r\n,MXL9876Q \n"_s << three;
    QTest::newRow("spreadsheet column, header Serial number")
            << u"Serial number\r\n5CG1234XYZ\r\nPF3ABC12\r\nMXL9876Q\r\n"_s << three;
    QTest::newRow("spreadsheet column, header SerialNumber")
            << u"SerialNumber\n5CG1234XYZ\nPF3ABC12\nMXL9876Q"_s << three;
    QTest::newRow("header in capitals") << u"SERIAL NUMBER\n5CG1234XYZ\nPF3ABC12\nMXL9876Q"_s << three;
    QTest::newRow("header serial_number") << u"serial_number\n5CG1234XYZ\nPF3ABC12\nMXL9876Q"_s << three;
    QTest::newRow("header S/N") << u"S/N\n5CG1234XYZ\nPF3ABC12\nMXL9876Q"_s << three;
    QTest::newRow("header Serials:") << u"Serials: 5CG1234XYZ, PF3ABC12, MXL9876Q"_s << three;
    QTest::newRow("Autopilot CSV header Device Serial Number")
            << u"Device Serial Number\r\n5CG1234XYZ\r\nPF3ABC12\r\nMXL9876Q\r\n"_s << three;
    QTest::newRow("quoted CSV cells") << u"\"Serial number\"\n\"5CG1234XYZ\"\n\"PF3ABC12\"\n\"MXL9876Q\""_s << three;
    QTest::newRow("quoted, comma separated") << u"\"5CG1234XYZ\",\"PF3ABC12\",\"MXL9876Q\""_s << three;
    QTest::newRow("single quotes") << u"'5CG1234XYZ' 'PF3ABC12' 'MXL9876Q'"_s << three;
    QTest::newRow("parentheses") << u"(5CG1234XYZ) (PF3ABC12), (MXL9876Q)"_s << three;
    QTest::newRow("trailing full stop") << u"5CG1234XYZ, PF3ABC12 and MXL9876Q."_s
                                        << QStringList{u"5CG1234XYZ"_s, u"PF3ABC12"_s, u"and"_s, u"MXL9876Q"_s};
    QTest::newRow("full stop after each") << u"5CG1234XYZ.\nPF3ABC12.\nMXL9876Q."_s << three;
    QTest::newRow("inner dots and dashes kept")
            << u"ABC.123\nPF-3ABC-12\nSN_9"_s << QStringList{u"ABC.123"_s, u"PF-3ABC-12"_s, u"SN_9"_s};
    QTest::newRow("duplicates ignoring case, first kept")
            << u"5cg1234xyz\nPF3ABC12\n5CG1234XYZ\nMXL9876Q\npf3abc12\n5CG1234XYZ"_s
            << QStringList{u"5cg1234xyz"_s, u"PF3ABC12"_s, u"MXL9876Q"_s};
    QTest::newRow("one serial") << u"5CG1234XYZ"_s << QStringList{u"5CG1234XYZ"_s};
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only separators") << u" \r\n\t,;;, \n"_s << QStringList();
    QTest::newRow("only a header") << u"Serial number\r\n"_s << QStringList();
    QTest::newRow("only quotes") << u"\"\" ''"_s << QStringList();
    QTest::newRow("non-ASCII kept as pasted") << u"\u00c4BC-1\n\u00e4bc-1"_s << QStringList{u"\u00c4BC-1"_s};
}

void TestSerialList::parse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, serials);
    QCOMPARE(SerialList::parse(text), serials);
}

void TestSerialList::match()
{
    AutopilotDeviceModel model;
    // Row 2 re-registers row 0's serial (a device imported twice).
    model.append({device(0, u"5CG1234XYZ"_s), device(1, u"pf3abc12"_s), device(2, u"5CG1234XYZ"_s),
                  device(3, QString()), device(4, u"MXL9876Q"_s), device(5, u"5CG1234XY"_s)});
    const SerialList::Match m = SerialList::match({u"PF3ABC12"_s, u"NOPE-1"_s, u"5cg1234xyz"_s, u"nope-0"_s}, model);
    // Rows in the order of the list; both devices of a shared serial.
    QCOMPARE(m.rows, QList<int>({1, 0, 2}));
    QCOMPARE(m.notFound, QStringList({u"NOPE-1"_s, u"nope-0"_s}));
    QCOMPARE(m.requested, 4);

    // Exact: a prefix or a longer serial is not a match.
    const SerialList::Match prefix = SerialList::match({u"5CG1234"_s, u"MXL9876QQ"_s, u"5CG1234XY"_s}, model);
    QCOMPARE(prefix.rows, QList<int>({5}));
    QCOMPARE(prefix.notFound, QStringList({u"5CG1234"_s, u"MXL9876QQ"_s}));
    QCOMPARE(prefix.requested, 3);

    // Repeated serials count once.
    const SerialList::Match repeated = SerialList::match({u"mxl9876q"_s, u"MXL9876Q"_s, u"Mxl9876Q"_s}, model);
    QCOMPARE(repeated.rows, QList<int>({4}));
    QCOMPARE(repeated.requested, 1);
    QVERIFY(repeated.notFound.isEmpty());

    // Everything found, and nothing found.
    const SerialList::Match all = SerialList::match({u"MXL9876Q"_s, u"PF3ABC12"_s}, model);
    QCOMPARE(all.rows, QList<int>({4, 1}));
    QVERIFY(all.notFound.isEmpty());
    const SerialList::Match none = SerialList::match({u"A"_s, u"B"_s, u"C"_s}, model);
    QVERIFY(none.rows.isEmpty());
    QCOMPARE(none.notFound, QStringList({u"A"_s, u"B"_s, u"C"_s}));
    QCOMPARE(none.requested, 3);
}

void TestSerialList::matchIgnoresCaseAndBlanks()
{
    AutopilotDeviceModel model;
    // Some OEMs pad serials; Graph passes them on as registered.
    model.append({device(0, u"abc-1"_s), device(1, u" PADDED-2 "_s), device(2, u"Stra\u00dfe-3"_s)});
    const SerialList::Match m =
            SerialList::match({u"  ABC-1\t"_s, u"padded-2"_s, u"STRASSE-3"_s, u"\u00e4BC-1"_s}, model);
    QCOMPARE(m.rows, QList<int>({0, 1, 2}));
    // Not found: as pasted, without the blanks around it.
    QCOMPARE(m.notFound, QStringList({u"\u00e4BC-1"_s}));
    QCOMPARE(m.requested, 4);
}

void TestSerialList::matchEmpty()
{
    AutopilotDeviceModel model;
    model.append({device(0, u"5CG1"_s), device(1, QString())});
    // Blank entries are not serials (and never match a device without one).
    const SerialList::Match blanks = SerialList::match({QString(), u"   "_s, u"\t"_s}, model);
    QVERIFY(blanks.rows.isEmpty());
    QVERIFY(blanks.notFound.isEmpty());
    QCOMPARE(blanks.requested, 0);
    const SerialList::Match nothing = SerialList::match({}, model);
    QCOMPARE(nothing.requested, 0);
    // An empty model finds nothing.
    AutopilotDeviceModel empty;
    const SerialList::Match m = SerialList::match({u"5CG1"_s}, empty);
    QVERIFY(m.rows.isEmpty());
    QCOMPARE(m.notFound, QStringList({u"5CG1"_s}));
    QCOMPARE(m.requested, 1);
}

void TestSerialList::pasteToSelection()
{
    AutopilotDeviceModel model;
    for (int page = 0; page < 3; ++page) {
        QList<AutopilotDevice> devices;
        for (int n = page * 100; n < (page + 1) * 100; ++n)
            devices.append(device(n, u"SN%1"_s.arg(n, 4, 10, QLatin1Char('0'))));
        model.append(devices);
    }
    // A column copied from a spreadsheet, with a header, a blank line, a repeat and a typo.
    const QString pasted = u"Serial number\r\nsn0007\r\nSN0250\r\n\r\nSN0007\r\nSN02500\r\n\"SN0123\"\r\n"_s;
    const QStringList serials = SerialList::parse(pasted);
    QCOMPARE(serials, QStringList({u"sn0007"_s, u"SN0250"_s, u"SN02500"_s, u"SN0123"_s}));
    const SerialList::Match m = SerialList::match(serials, model);
    QCOMPARE(m.rows, QList<int>({7, 250, 123}));
    QCOMPARE(m.notFound, QStringList({u"SN02500"_s}));
    QCOMPARE(m.requested, 4);
    for (const int row : m.rows)
        QVERIFY(serials.contains(model.row(row).serialNumber, Qt::CaseInsensitive));
}

void TestSerialList::manySerials()
{
    // A long ticket against a big tenant: one pass over the rows, not one per serial.
    AutopilotDeviceModel model;
    QList<AutopilotDevice> devices;
    devices.reserve(20'000);
    for (int n = 0; n < 20'000; ++n)
        devices.append(device(n, u"5CG%1"_s.arg(n, 6, 10, QLatin1Char('0'))));
    model.append(devices);
    QString pasted;
    for (int n = 0; n < 4'000; ++n)
        pasted += u"5cg%1\n"_s.arg(n * 7, 6, 10, QLatin1Char('0'));
    QElapsedTimer timer;
    timer.start();
    const SerialList::Match m = SerialList::match(SerialList::parse(pasted), model);
    const qint64 ms = timer.elapsed();
    QCOMPARE(m.requested, 4'000);
    QCOMPARE(m.rows.size(), 20'000 / 7 + 1);
    QCOMPARE(m.notFound.size(), 4'000 - (20'000 / 7 + 1));
    QCOMPARE(m.rows.first(), 0);
    QCOMPARE(m.rows.last(), 19'999);
    QCOMPARE(m.notFound.first(), u"5cg020006"_s);
    qInfo("4,000 serials against 20,000 devices: %lld ms", ms);
    QVERIFY2(ms < 500, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(TestSerialList)
#include "tst_SerialList.moc"
