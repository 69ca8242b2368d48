#include "models/ActivityModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

class TestActivityModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyWithHeaders();
    void appendInOneRange();
    void outcomeUpdate();
};

static ActivityEntry entry(const QString &target, int minutes)
{
    ActivityEntry e;
    e.time = QDateTime::fromSecsSinceEpoch(1'800'000'000 + minutes * 60, Qt::UTC);
    e.action = u"Unblock"_s;
    e.target = target;
    return e;
}

void TestActivityModel::emptyWithHeaders()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ActivityModel::ColumnCount));
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    QCOMPARE(model.headerData(ActivityModel::RequestIdColumn, Qt::Horizontal).toString(), u"Request ID"_s);
}

void TestActivityModel::appendInOneRange()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.append({entry(u"SN-1"_s, 0), entry(u"SN-2"_s, 1), entry(u"SN-3"_s, 2)}), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(model.append({entry(u"SN-4"_s, 3)}), 3);
    QCOMPARE(model.append({}), 4);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(1, ActivityModel::TargetColumn).data().toString(), u"SN-2"_s);
    QCOMPARE(model.index(1, ActivityModel::OutcomeColumn).data().toString(), u"Pending"_s);
    QCOMPARE(model.index(1, ActivityModel::TimeColumn).data(ActivityModel::RawValueRole).toDateTime(),
             entry(QString(), 1).time);
}

void TestActivityModel::outcomeUpdate()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({entry(u"SN-1"_s, 0), entry(u"SN-2"_s, 1)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setOutcome(1, ActivityEntry::Outcome::Failed, u"Forbidden"_s, u"req-123"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(model.index(1, ActivityModel::OutcomeColumn).data().toString(), u"Failed"_s);
    QCOMPARE(model.index(1, ActivityModel::DetailColumn).data().toString(), u"Forbidden"_s);
    QCOMPARE(model.index(1, ActivityModel::RequestIdColumn).data().toString(), u"req-123"_s);
    model.setOutcome(7, ActivityEntry::Outcome::Succeeded, {}, {}); // out of range: ignored
    model.setOutcome(-1, ActivityEntry::Outcome::Succeeded, {}, {});
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(TestActivityModel)
#include "tst_ActivityModel.moc"
