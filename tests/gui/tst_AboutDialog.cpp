#include "dialogs/AboutDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

class TestAboutDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsVersions();
    void copiesVersions();
    void closes();
};

void TestAboutDialog::showsVersions()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString report = dialog.findChild<QPlainTextEdit *>(u"versionsText"_s)->toPlainText();
    QCOMPARE(report, AboutDialog::versionReport());
    QVERIFY(report.startsWith(u"Enrollment Desk 0."_s));
    QVERIFY(report.contains(u"Qt %1"_s.arg(QLatin1StringView(qVersion()))));
    QVERIFY(report.contains(u"TLS: "_s));
    QVERIFY(report.contains(u"System: "_s));
    QVERIFY(dialog.findChild<QLabel *>(u"titleLabel"_s)->text().contains(u"Enrollment Desk"_s));
    QVERIFY(dialog.findChild<QLabel *>(u"summaryLabel"_s)->text().contains(u"GNU General Public License"_s));
}

void TestAboutDialog::copiesVersions()
{
    AboutDialog dialog;
    dialog.show();
    QApplication::clipboard()->clear();
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"copyButton"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), AboutDialog::versionReport());
}

void TestAboutDialog::closes()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Close)->click();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_AboutDialog.moc"
