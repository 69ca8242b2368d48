#include "models/SearchFilterProxyModel.h"

#include <QAbstractItemModelTester>
#include <QStandardItemModel>
#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

class TestSearchFilterProxyModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filtersCaseInsensitiveAcrossColumns();
    void restrictedColumns();
    void sortsOnRawRole();
};

static constexpr int rawRole = Qt::UserRole + 1;

static QStandardItemModel *makeModel(QObject *parent)
{
    auto *model = new QStandardItemModel(0, 2, parent);
    const QList<std::pair<QString, int>> rows{{u"PF3ABC12"_s, 30}, {u"5CG1234XYZ"_s, 4}, {u"pf3zz999"_s, 200}};
    for (const auto &[serial, number] : rows) {
        auto *a = new QStandardItem(serial);
        auto *b = new QStandardItem(QString::number(number));
        b->setData(number, rawRole);
        a->setData(serial, rawRole);
        model->appendRow({a, b});
    }
    return model;
}

void TestSearchFilterProxyModel::filtersCaseInsensitiveAcrossColumns()
{
    SearchFilterProxyModel proxy(rawRole);
    proxy.setSourceModel(makeModel(&proxy));
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(u"  pf3 "_s);
    QCOMPARE(proxy.searchText(), u"pf3"_s);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(u"200"_s); // second column
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(u"nothing"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 3);
}

void TestSearchFilterProxyModel::restrictedColumns()
{
    SearchFilterProxyModel proxy(rawRole);
    proxy.setSourceModel(makeModel(&proxy));
    proxy.setSearchColumns({0});
    proxy.setSearchText(u"200"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(u"5cg"_s);
    QCOMPARE(proxy.rowCount(), 1);
}

void TestSearchFilterProxyModel::sortsOnRawRole()
{
    SearchFilterProxyModel proxy(rawRole);
    proxy.setSourceModel(makeModel(&proxy));
    proxy.sort(1, Qt::AscendingOrder);
    // Numeric, not text order: 4 < 30 < 200 (text order would put "200" first).
    QCOMPARE(proxy.index(0, 1).data().toString(), u"4"_s);
    QCOMPARE(proxy.index(1, 1).data().toString(), u"30"_s);
    QCOMPARE(proxy.index(2, 1).data().toString(), u"200"_s);
}

QTEST_GUILESS_MAIN(TestSearchFilterProxyModel)
#include "tst_SearchFilterProxyModel.moc"
