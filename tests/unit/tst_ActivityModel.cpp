#include "models/ActivityModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
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
    void allColumnsShown();
    void outcomeTexts();
    void rawValuesSortRight();
    void exportRows();
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
    QCOMPARE(model.headerData(ActivityModel::TenantColumn, Qt::Horizontal).toString(), u"Tenant"_s);
    QCOMPARE(model.headerData(ActivityModel::ClientRequestIdColumn, Qt::Horizontal).toString(), u"Client request ID"_s);
    QVERIFY(!model.headerData(ActivityModel::ColumnCount, Qt::Horizontal).isValid());
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
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
    model.setOutcome(1, ActivityEntry::Outcome::Failed, u"Forbidden"_s, u"req-123"_s, u"client-9"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(ActivityModel::OutcomeColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), int(ActivityModel::ClientRequestIdColumn));
    QCOMPARE(model.index(1, ActivityModel::ClientRequestIdColumn).data().toString(), u"client-9"_s);
    QCOMPARE(model.index(1, ActivityModel::OutcomeColumn).data().toString(), u"Failed"_s);
    QCOMPARE(model.index(1, ActivityModel::DetailColumn).data().toString(), u"Forbidden"_s);
    QCOMPARE(model.index(1, ActivityModel::RequestIdColumn).data().toString(), u"req-123"_s);
    model.setOutcome(7, ActivityEntry::Outcome::Succeeded, {}, {}); // out of range: ignored
    model.setOutcome(-1, ActivityEntry::Outcome::Succeeded, {}, {});
    QCOMPARE(changed.count(), 1);
}

void TestActivityModel::allColumnsShown()
{
    ActivityModel model;
    ActivityEntry e = entry(u"PF3ABC12"_s, 5);
    e.tenant = u"contoso.onmicrosoft.com"_s;
    e.targetId = u"6f9a1c2e-0000-4000-8000-00000000abcd"_s;
    e.outcome = ActivityEntry::Outcome::Failed;
    e.detail = u"Not found"_s;
    e.requestId = u"req-1"_s;
    e.clientRequestId = u"client-1"_s;
    model.append({e});
    const auto text = [&model](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role).toString();
    };
    QCOMPARE(text(ActivityModel::TimeColumn), QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(text(ActivityModel::TimeColumn, Qt::ToolTipRole),
             QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat));
    QCOMPARE(text(ActivityModel::TenantColumn), u"contoso.onmicrosoft.com"_s);
    QCOMPARE(text(ActivityModel::ActionColumn), u"Unblock"_s);
    QCOMPARE(text(ActivityModel::TargetColumn), u"PF3ABC12"_s);
    QCOMPARE(text(ActivityModel::TargetColumn, Qt::ToolTipRole),
             u"PF3ABC12 (ID 6f9a1c2e-0000-4000-8000-00000000abcd)"_s);
    QCOMPARE(text(ActivityModel::OutcomeColumn), u"Failed"_s);
    QCOMPARE(text(ActivityModel::DetailColumn), u"Not found"_s);
    QCOMPARE(text(ActivityModel::RequestIdColumn), u"req-1"_s);
    QCOMPARE(text(ActivityModel::ClientRequestIdColumn), u"client-1"_s);
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
}

void TestActivityModel::outcomeTexts()
{
    using O = ActivityEntry::Outcome;
    QCOMPARE(ActivityModel::outcomeText(O::Pending), u"Pending"_s);
    QCOMPARE(ActivityModel::outcomeText(O::Succeeded), u"Succeeded"_s);
    QCOMPARE(ActivityModel::outcomeText(O::Failed), u"Failed"_s);
    QCOMPARE(ActivityModel::outcomeText(O::Cancelled), u"Not sent"_s);
    QCOMPARE(ActivityModel::outcomeText(O::Unknown), u"No answer (app closed)"_s);
    ActivityModel model;
    ActivityEntry cancelled = entry(u"SN-1"_s, 0);
    cancelled.outcome = O::Cancelled;
    model.append({cancelled});
    QVERIFY(model.index(0, ActivityModel::OutcomeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"nothing changed"_s));
}

void TestActivityModel::rawValuesSortRight()
{
    ActivityModel model;
    ActivityEntry late = entry(u"SN-1"_s, 600); // 10 hours later: "6:00 PM" would sort before "8:00 AM" as text
    ActivityEntry early = entry(u"SN-2"_s, 0);
    late.outcome = ActivityEntry::Outcome::Unknown;
    model.append({late, early});
    QCOMPARE(model.index(0, ActivityModel::TimeColumn).data(ActivityModel::RawValueRole).toDateTime(), late.time);
    QCOMPARE(model.index(0, ActivityModel::OutcomeColumn).data(ActivityModel::RawValueRole).toInt(),
             int(ActivityEntry::Outcome::Unknown));
    QCOMPARE(model.index(1, ActivityModel::TargetColumn).data(ActivityModel::RawValueRole).toString(), u"SN-2"_s);

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ActivityModel::RawValueRole);
    proxy.sort(ActivityModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, ActivityModel::TargetColumn).data().toString(), u"SN-2"_s);
}

void TestActivityModel::exportRows()
{
    ActivityModel model;
    ActivityEntry e = entry(u"=HYPERLINK(\"http://evil\")"_s, 0);
    e.time = QDateTime(QDate(2025, 3, 1), QTime(14, 5, 9, 987), Qt::UTC);
    e.tenant = u"contoso"_s;
    e.targetId = u"tid"_s;
    e.outcome = ActivityEntry::Outcome::Cancelled;
    e.detail = u"-1 devices, @risk, +x"_s;
    e.requestId = u"req"_s;
    model.append({e});
    const QStringList header = ActivityModel::exportHeader();
    QCOMPARE(header,
             (QStringList{u"Time (UTC)"_s, u"Tenant"_s, u"Action"_s, u"Target"_s, u"Target ID"_s, u"Result"_s,
                          u"Details"_s, u"Request ID"_s, u"Client request ID"_s}));
    const QStringList row = model.exportRow(0);
    QCOMPARE(row.size(), header.size());
    QCOMPARE(row,
             (QStringList{u"2025-03-01 14:05:09"_s, u"contoso"_s, u"Unblock"_s, u"'=HYPERLINK(\"http://evil\")"_s,
                          u"tid"_s, u"Not sent"_s, u"'-1 devices, @risk, +x"_s, u"req"_s, QString()}));
}

QTEST_GUILESS_MAIN(TestActivityModel)
#include "tst_ActivityModel.moc"
