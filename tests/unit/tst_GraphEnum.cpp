// GraphEnum (wire names ↔ enums, unknown values kept) and GraphJson (lenient readers, Graph's
// DateTimeOffset including the 0001-01-01 "no date").

#include "SampleJson.h"
#include "models/AutopilotDevice.h"
#include "models/GraphEnum.h"
#include "models/GraphJson.h"

#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

using Status = AutopilotDevice::ProfileAssignmentStatus;

class TestGraphEnum final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromWire_data();
    void fromWire();
    void wireNames();
    void read_data();
    void read();
    void unknownValues();
    void dateTime_data();
    void dateTime();
    void integers_data();
    void integers();
    void typeNames_data();
    void typeNames();
};

void TestGraphEnum::fromWire_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<int>("expected"); // -1: not recognised
    for (qsizetype i = 0; i < GraphEnum::count<Status>(); ++i) {
        const QString wire = GraphEnum::wireName(static_cast<Status>(i));
        QTest::addRow("%s", qPrintable(wire)) << wire << int(i);
    }
    QTest::newRow("Graph's misspelling") << u"assignedUnkownSyncState"_s << int(Status::AssignedUnknownSyncState);
    QTest::newRow("correct spelling (alias)") << u"assignedUnknownSyncState"_s << int(Status::AssignedUnknownSyncState);
    QTest::newRow("other case") << u"ASSIGNEDINSYNC"_s << int(Status::AssignedInSync);
    QTest::newRow("future value") << u"assignedElsewhere"_s << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("prefix only") << u"assigned"_s << -1;
}

void TestGraphEnum::fromWire()
{
    QFETCH(QString, wire);
    QFETCH(int, expected);
    const std::optional<Status> status = GraphEnum::fromWire<Status>(wire);
    QCOMPARE(status.has_value(), expected >= 0);
    if (status)
        QCOMPARE(int(*status), expected);
}

void TestGraphEnum::wireNames()
{
    QCOMPARE(GraphEnum::count<Status>(), 7);
    QCOMPARE(GraphEnum::wireName(Status::AssignedUnknownSyncState), "assignedUnkownSyncState"_L1);
    QCOMPARE(GraphEnum::wireName(Status::Unknown), "unknown"_L1);
    QVERIFY(GraphEnum::wireName(Status::Other).isEmpty());
    UnknownEnumValues unknown;
    unknown.insert("deploymentProfileAssignmentStatus"_L1, u"assignedElsewhere"_s);
    QCOMPARE(GraphEnum::wireName(Status::Other, unknown, "deploymentProfileAssignmentStatus"_L1),
             u"assignedElsewhere"_s);
    QCOMPARE(GraphEnum::wireName(Status::Pending, unknown, "deploymentProfileAssignmentStatus"_L1), u"pending"_s);
}

void TestGraphEnum::read_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("recorded"); // the raw string kept, or null
    QTest::newRow("known") << QByteArray(R"({"s":"pending"})") << int(Status::Pending) << QString();
    QTest::newRow("unknown kept") << QByteArray(R"({"s":"parked"})") << int(Status::Other) << u"parked"_s;
    QTest::newRow("missing") << QByteArray("{}") << int(Status::NotAssigned) << QString();
    QTest::newRow("null") << QByteArray(R"({"s":null})") << int(Status::NotAssigned) << QString();
    QTest::newRow("empty string") << QByteArray(R"({"s":""})") << int(Status::NotAssigned) << QString();
    QTest::newRow("number") << QByteArray(R"({"s":3})") << int(Status::NotAssigned) << QString();
    QTest::newRow("array") << QByteArray(R"({"s":["pending"]})") << int(Status::NotAssigned) << QString();
    QTest::newRow("object") << QByteArray(R"({"s":{"value":"pending"}})") << int(Status::NotAssigned) << QString();
}

void TestGraphEnum::read()
{
    QFETCH(QByteArray, json);
    QFETCH(int, expected);
    QFETCH(QString, recorded);
    UnknownEnumValues unknown;
    const Status status = GraphEnum::read(jsonObject(json), "s"_L1, Status::NotAssigned, unknown);
    QCOMPARE(int(status), expected);
    QCOMPARE(unknown.value("s"_L1), recorded);
    QCOMPARE(unknown.isEmpty(), recorded.isNull());
}

void TestGraphEnum::unknownValues()
{
    UnknownEnumValues unknown;
    QVERIFY(unknown.isEmpty());
    QCOMPARE(unknown.toString(), QString());
    unknown.insert("userType"_L1, u"guest"_s);
    unknown.insert("deviceType"_L1, u"surfaceHub3"_s);
    QCOMPARE(unknown.size(), 2);
    QVERIFY(unknown.contains("userType"_L1));
    QVERIFY(!unknown.contains("deviceUsageType"_L1));
    QCOMPARE(unknown.properties(), QStringList({u"deviceType"_s, u"userType"_s}));
    QCOMPARE(unknown.toString(), u"deviceType=surfaceHub3, userType=guest"_s);
    QVERIFY(unknown.value("deviceUsageType"_L1).isNull());
}

void TestGraphEnum::dateTime_data()
{
    QTest::addColumn<QByteArray>("value"); // JSON text of the value
    QTest::addColumn<QDateTime>("expected");
    const QDateTime invalid;
    QTest::newRow("Graph's no-date") << QByteArray(R"("0001-01-01T00:00:00Z")") << invalid;
    QTest::newRow("no-date with fraction") << QByteArray(R"("0001-01-01T00:00:00.0000000Z")") << invalid;
    QTest::newRow("no-date with offset") << QByteArray(R"("0001-01-01T00:00:00+00:00")") << invalid;
    QTest::newRow("seven fraction digits, offset") << QByteArray(R"("2016-12-31T23:58:44.2908994-08:00")")
                                                   << QDateTime(QDate(2017, 1, 1), QTime(7, 58, 44, 291), Qt::UTC);
    QTest::newRow("milliseconds, Z") << QByteArray(R"("2026-10-01T10:00:00.123Z")")
                                     << QDateTime(QDate(2026, 10, 1), QTime(10, 0, 0, 123), Qt::UTC);
    QTest::newRow("whole seconds") << QByteArray(R"("2018-12-22T02:21:05Z")")
                                   << QDateTime(QDate(2018, 12, 22), QTime(2, 21, 5), Qt::UTC);
    QTest::newRow("no zone is UTC") << QByteArray(R"("2026-10-01T10:00:00")")
                                    << QDateTime(QDate(2026, 10, 1), QTime(10, 0), Qt::UTC);
    QTest::newRow("date only") << QByteArray(R"("2026-10-01")") << invalid;
    QTest::newRow("garbage") << QByteArray(R"("yesterday at noon")") << invalid;
    QTest::newRow("empty") << QByteArray(R"("")") << invalid;
    QTest::newRow("number") << QByteArray("1700000000") << invalid;
    QTest::newRow("null") << QByteArray("null") << invalid;
    QTest::newRow("object") << QByteArray("{}") << invalid;
}

void TestGraphEnum::dateTime()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = GraphJson::dateTime(jsonObject("{\"t\":" + value + '}'), "t"_L1);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestGraphEnum::integers_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected"); // -1: none
    QTest::newRow("integer") << QByteArray("15") << 15;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("one") << QByteArray("1") << 1;
    QTest::newRow("fraction") << QByteArray("2.5") << -1;
    QTest::newRow("too big") << QByteArray("1e12") << -1;
    QTest::newRow("string") << QByteArray(R"("5")") << -1;
    QTest::newRow("bool") << QByteArray("true") << -1;
    QTest::newRow("null") << QByteArray("null") << -1;
}

void TestGraphEnum::integers()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    const std::optional<int> parsed = GraphJson::optionalInteger(jsonObject("{\"n\":" + value + '}'), "n"_L1);
    QCOMPARE(parsed.value_or(-1), expected);
}

void TestGraphEnum::typeNames_data()
{
    QTest::addColumn<QString>("odataType");
    QTest::addColumn<QString>("expected");
    QTest::newRow("with #") << u"#microsoft.graph.groupAssignmentTarget"_s << u"groupAssignmentTarget"_s;
    QTest::newRow("without #") << u"microsoft.graph.groupAssignmentTarget"_s << u"groupAssignmentTarget"_s;
    QTest::newRow("bare") << u"groupAssignmentTarget"_s << u"groupAssignmentTarget"_s;
    QTest::newRow("other namespace") << u"#contoso.widget"_s << u"contoso.widget"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestGraphEnum::typeNames()
{
    QFETCH(QString, odataType);
    QFETCH(QString, expected);
    QCOMPARE(GraphJson::typeName(odataType), expected);
}

QTEST_GUILESS_MAIN(TestGraphEnum)
#include "tst_GraphEnum.moc"
