// The shared pieces of the data views (issue 6 clean-up): the status rows (progress with Cancel,
// message with Try again), the details form (plain-text fields, Copy buttons, names) and the
// column chooser, driven by object names offscreen.
#include "models/AutopilotDeviceModel.h"
#include "views/AutopilotDevicesView.h"
#include "views/DeploymentProfilesView.h"
#include "widgets/DetailsForm.h"
#include "widgets/ViewStatusRows.h"
#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtTest>
using namespace Qt::StringLiterals;
using namespace ed;
class TestViewStatusRows final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusRows()
    {
        QWidget host;
        auto *l = new QVBoxLayout(&host);
        auto *rows = new ViewStatusRows({.progressRow = {u"pr"_s, {}},
                                         .progressBar = {u"pb"_s, u"Bar"_s},
                                         .progressLabel = {u"pl"_s, {}},
                                         .cancelButton = {u"cb"_s, u"Cancel it"_s},
                                         .messageRow = {u"mr"_s, {}},
                                         .message = {u"m"_s, {}},
                                         .retryButton = {u"rb"_s, u"Retry it"_s}},
                                        &host);
        l->addWidget(rows);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QVERIFY(!rows->isVisible());
        QSignalSpy cancel(rows, &ViewStatusRows::cancelRequested), retry(rows, &ViewStatusRows::retryRequested);
        rows->setProgress(5, 10, u"half"_s);
        rows->setProgressVisible(true);
        QVERIFY(rows->isVisible());
        auto *bar = host.findChild<QProgressBar *>(u"pb"_s);
        QCOMPARE(bar->value(), 500);
        QCOMPARE(bar->accessibleDescription(), u"half"_s);
        QCOMPARE(bar->accessibleName(), u"Bar"_s);
        QCOMPARE(host.findChild<QLabel *>(u"pl"_s)->text(), u"half"_s);
        rows->setProgress(3, 0, u"busy"_s);
        QCOMPARE(bar->maximum(), 0);
        rows->setProgress(3'000'000'000LL, 6'000'000'000LL, u"big"_s);
        QCOMPARE(bar->value(), 500);
        QTest::mouseClick(host.findChild<QPushButton *>(u"cb"_s), Qt::LeftButton);
        QCOMPARE(cancel.size(), 1);
        rows->setCancelVisible(false);
        QVERIFY(!host.findChild<QPushButton *>(u"cb"_s)->isVisible());
        rows->setProgressVisible(false);
        QVERIFY(!rows->isVisible());
        rows->showMessage(u"bad"_s, true, true, u"details"_s);
        QVERIFY(rows->isVisible());
        auto *m = host.findChild<QLabel *>(u"m"_s);
        QCOMPARE(m->toolTip(), u"details"_s);
        QVERIFY(m->property("error").toBool());
        QVERIFY(!m->styleSheet().isEmpty());
        QTest::mouseClick(host.findChild<QPushButton *>(u"rb"_s), Qt::LeftButton);
        QCOMPARE(retry.size(), 1);
        rows->showMessage(u"ok"_s, false, false);
        QVERIFY(m->toolTip().isEmpty());
        QVERIFY(m->styleSheet().isEmpty());
        QVERIFY(!host.findChild<QPushButton *>(u"rb"_s)->isVisible());
        rows->clearMessage();
        QVERIFY(!rows->isVisible());
    }
    void detailsForm()
    {
        QWidget host;
        DetailsForm form(u"v_"_s, u"c_"_s, &host);
        QFormLayout *layout = DetailsForm::createLayout(&host);
        form.addField(layout, u"a"_s, u"Alpha"_s);
        form.addField(layout, u"b"_s, u"Beta"_s, true);
        form.setField(u"a"_s, u"<b>x</b>"_s, u"tip"_s);
        form.setField(u"b"_s, u"id-1"_s);
        form.setField(u"zz"_s, u"ignored"_s);
        QCOMPARE(form.fieldText(u"a"_s), u"<b>x</b>"_s);
        QCOMPARE(form.fieldText(u"zz"_s), QString());
        auto *a = host.findChild<QLabel *>(u"v_a"_s);
        QCOMPARE(a->textFormat(), Qt::PlainText);
        QCOMPARE(a->toolTip(), u"tip"_s);
        QCOMPARE(a->accessibleName(), u"Alpha"_s);
        QVERIFY(!host.findChild<QToolButton *>(u"c_a"_s));
        host.show();
        QTest::mouseClick(host.findChild<QToolButton *>(u"c_b"_s), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), u"id-1"_s);
        QCOMPARE(host.findChild<QToolButton *>(u"c_b"_s)->accessibleName(), u"Copy Beta"_s);
        auto keys = form.keys();
        std::sort(keys.begin(), keys.end());
        QCOMPARE(keys, (QStringList{u"a"_s, u"b"_s}));
        form.clear();
        QCOMPARE(form.fieldText(u"a"_s), QString());
        QVERIFY(a->toolTip().isEmpty());
    }
    void columnMenu()
    {
        AutopilotDevicesView view(nullptr);
        view.resize(1200, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QHeaderView *header = view.table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(AutopilotDeviceModel::PurchaseOrderColumn));
        int step = 0;
        QTimer::singleShot(100, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            QCOMPARE(menu->objectName(), u"deviceColumnsMenu"_s);
            const auto actions = menu->actions();
            QCOMPARE(actions.at(AutopilotDeviceModel::SerialColumn)->isEnabled(), false);
            QCOMPARE(actions.at(AutopilotDeviceModel::PurchaseOrderColumn)->text(),
                     AutopilotDeviceModel::columnTitle(AutopilotDeviceModel::PurchaseOrderColumn));
            actions.at(AutopilotDeviceModel::PurchaseOrderColumn)->trigger();
            menu->close();
            step = 1;
        });
        view.findChild<QAction *>(u"actionDeviceColumns"_s)->trigger();
        QTRY_COMPARE(step, 1);
        QVERIFY(!header->isSectionHidden(AutopilotDeviceModel::PurchaseOrderColumn));
        header->moveSection(0, 5);
        QTimer::singleShot(100, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            menu->actions().constLast()->trigger();
            menu->close();
            step = 2;
        });
        Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
        QTRY_COMPARE(step, 2);
        QVERIFY(header->isSectionHidden(AutopilotDeviceModel::PurchaseOrderColumn));
        QCOMPARE(header->logicalIndex(0), int(AutopilotDeviceModel::SerialColumn));
        QCOMPARE(header->logicalIndex(1), int(AutopilotDeviceModel::UserlessStatusColumn));
    }
};
QTEST_MAIN(TestViewStatusRows)
#include "tst_ViewStatusRows.moc"
