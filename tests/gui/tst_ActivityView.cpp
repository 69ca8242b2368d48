#include "CsvReader.h"
#include "views/ActivityView.h"

#include "app/Translator.h"
#include "models/ActivityJournal.h"
#include "models/ActivityModel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace ed;
using ed::test::parseCsv;
using namespace Qt::StringLiterals;
using Outcome = ActivityEntry::Outcome;
using Table = QList<QStringList>;

class TestActivityView final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyStateAndExportDisabled();
    void rowsShownNewestFirst();
    void searchFilters();
    void exportsShownRowsAsCsv();
    void exportFailureShownInline();
    void journalErrorBanner();
    void earlierJournalErrorShownAtOnce();
    void everyControlIsNamed();
    void headerStateOfAnOlderVersionKeepsNewColumns();

private:
    ActivityView *makeView(ActivityJournal *journal = nullptr);

    Translator m_translator;
    std::unique_ptr<ActivityModel> m_model;
    std::unique_ptr<ActivityView> m_view;
};

static ActivityEntry entry(const QString &target, int minutes, Outcome outcome = Outcome::Succeeded)
{
    ActivityEntry e;
    e.time = QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC).addSecs(minutes * 60);
    e.tenant = u"contoso.onmicrosoft.com"_s;
    e.action = u"Unblock"_s;
    e.target = target;
    e.targetId = u"id-"_s + target;
    e.outcome = outcome;
    e.requestId = u"req-"_s + target;
    return e;
}

void TestActivityView::initTestCase()
{
    // As the application does: English carries the plural forms ("1 change", "2 changes").
    QCOMPARE(m_translator.install(u"en"_s), u"en"_s);
}

void TestActivityView::init()
{
    m_model = std::make_unique<ActivityModel>();
}

void TestActivityView::cleanup()
{
    m_view.reset();
    m_model.reset();
}

ActivityView *TestActivityView::makeView(ActivityJournal *journal)
{
    m_view = std::make_unique<ActivityView>(m_model.get(), journal);
    m_view->resize(900, 500);
    m_view->show();
    if (!QTest::qWaitForWindowExposed(m_view.get()))
        return nullptr;
    return m_view.get();
}

void TestActivityView::emptyStateAndExportDisabled()
{
    ActivityView *view = makeView();
    QVERIFY(view);
    auto *empty = view->findChild<QLabel *>(u"activityEmptyLabel"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"kept from one session to the next"_s));
    auto *exportButton = view->findChild<QPushButton *>(u"activityExportButton"_s);
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(!view->findChild<QLabel *>(u"activityJournalErrorLabel"_s)->isVisible());
    QCOMPARE(view->summary(), u"0 changes"_s);

    m_model->append({entry(u"SN-1"_s, 0)});
    QVERIFY(!empty->isVisible());
    QVERIFY(exportButton->isEnabled());
}

void TestActivityView::rowsShownNewestFirst()
{
    m_model->append({entry(u"SN-OLD"_s, 0), entry(u"SN-NEW"_s, 600, Outcome::Unknown),
                     entry(u"SN-MID"_s, 30, Outcome::Cancelled)});
    ActivityView *view = makeView();
    QVERIFY(view);
    QAbstractItemModel *shown = view->table()->model();
    QCOMPARE(shown->rowCount(), 3);
    QCOMPARE(shown->columnCount(), int(ActivityModel::ColumnCount));
    QCOMPARE(shown->index(0, ActivityModel::TargetColumn).data().toString(), u"SN-NEW"_s);
    QCOMPARE(shown->index(1, ActivityModel::TargetColumn).data().toString(), u"SN-MID"_s);
    QCOMPARE(shown->index(2, ActivityModel::TargetColumn).data().toString(), u"SN-OLD"_s);
    QCOMPARE(shown->index(0, ActivityModel::OutcomeColumn).data().toString(), u"No answer (app closed)"_s);
    QCOMPARE(shown->index(1, ActivityModel::OutcomeColumn).data().toString(), u"Not sent"_s);
    QCOMPARE(shown->index(0, ActivityModel::TenantColumn).data().toString(), u"contoso.onmicrosoft.com"_s);
    QCOMPARE(view->summary(), u"3 changes"_s);

    QSignalSpy summary(view, &ViewPage::summaryChanged);
    m_model->append({entry(u"SN-LATEST"_s, 900)});
    QVERIFY(summary.count() >= 1);
    QCOMPARE(shown->index(0, ActivityModel::TargetColumn).data().toString(), u"SN-LATEST"_s);
}

void TestActivityView::searchFilters()
{
    m_model->append({entry(u"PF3ABC12"_s, 0), entry(u"5CG1234XYZ"_s, 1, Outcome::Failed),
                     entry(u"PF3ZZZ99"_s, 2, Outcome::Cancelled)});
    ActivityView *view = makeView();
    QVERIFY(view);
    view->setSearchText(u"pf3"_s);
    QCOMPARE(view->table()->model()->rowCount(), 2);
    QCOMPARE(view->searchText(), u"pf3"_s);
    QCOMPARE(view->summary(), u"3 changes (2 shown)"_s);
    view->setSearchText(u"not sent"_s); // the translated result text is searchable
    QCOMPARE(view->table()->model()->rowCount(), 1);
    QCOMPARE(view->table()->model()->index(0, ActivityModel::TargetColumn).data().toString(), u"PF3ZZZ99"_s);
    view->setSearchText(u"nothing like this"_s);
    QCOMPARE(view->table()->model()->rowCount(), 0);
    QVERIFY(!view->findChild<QPushButton *>(u"activityExportButton"_s)->isEnabled());
    view->setSearchText(QString());
    QCOMPARE(view->table()->model()->rowCount(), 3);
}

void TestActivityView::exportsShownRowsAsCsv()
{
    ActivityEntry tricky = entry(u"PF3 \"lab, floor 2\"\nrack 7"_s, 5, Outcome::Failed);
    tricky.detail = u"Forbidden: Gerät gesperrt, «kein Zugriff»"_s;
    tricky.clientRequestId = u"client-7"_s;
    m_model->append({entry(u"PF3ABC12"_s, 0), entry(u"5CG1234XYZ"_s, 1), tricky});
    ActivityView *view = makeView();
    QVERIFY(view);
    view->setSearchText(u"pf3"_s);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"activity.csv"_s);
    const Expected<qsizetype> written = view->exportTo(path);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
    QCOMPARE(written.value(), qsizetype(2));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto parsed = parseCsv(file.readAll());
    QVERIFY(parsed);
    QCOMPARE(parsed->size(), 3); // header and the two shown rows, in the shown order (newest first)
    QCOMPARE(parsed->at(0), ActivityModel::exportHeader());
    QCOMPARE(parsed->at(1),
             (QStringList{u"2025-03-01 09:05:00"_s, u"contoso.onmicrosoft.com"_s, u"Unblock"_s,
                          u"PF3 \"lab, floor 2\"\nrack 7"_s, u"id-PF3 \"lab, floor 2\"\nrack 7"_s, u"Failed"_s,
                          u"Forbidden: Gerät gesperrt, «kein Zugriff»"_s, u"req-PF3 \"lab, floor 2\"\nrack 7"_s,
                          u"client-7"_s}));
    QCOMPARE(parsed->at(2).at(3), u"PF3ABC12"_s);
    QCOMPARE(parsed->at(2).at(5), u"Succeeded"_s);

    const QString status = view->findChild<QLabel *>(u"activityExportStatusLabel"_s)->text();
    QCOMPARE(status,
             QCoreApplication::translate("ed::ActivityView", "Exported %Ln change(s) to %1.", nullptr, 2)
                     .arg(QDir::toNativeSeparators(path)));
    QVERIFY2(status.contains(QDir::toNativeSeparators(path)), qPrintable(status));
}

void TestActivityView::exportFailureShownInline()
{
    m_model->append({entry(u"SN-1"_s, 0)});
    ActivityView *view = makeView();
    QVERIFY(view);
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"chosen.csv"_s);
    QVERIFY(QDir().mkdir(folder)); // a folder where the file should go
    const Expected<qsizetype> written = view->exportTo(folder);
    QVERIFY(!written.ok());
    auto *status = view->findChild<QLabel *>(u"activityExportStatusLabel"_s);
    QCOMPARE(status->text(), written.error());
    QVERIFY(status->text().contains(QDir::toNativeSeparators(folder)));
    QVERIFY(QDir(folder).isEmpty());
}

void TestActivityView::journalErrorBanner()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(u"blocker"_s);
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    ActivityJournal journal(*m_model, blocker + u"/activity.jsonl"_s);
    ActivityView *view = makeView(&journal);
    QVERIFY(view);
    auto *banner = view->findChild<QLabel *>(u"activityJournalErrorLabel"_s);
    QVERIFY(!banner->isVisible());

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"could not be saved"_s));
    ActivityEntry e = entry(u"SN-1"_s, 0);
    journal.record(e);
    QVERIFY(!journal.lastError().isEmpty());
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), journal.lastError());
    QCOMPARE(view->table()->model()->rowCount(), 1); // the entry is still listed
}

void TestActivityView::earlierJournalErrorShownAtOnce()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"activity.jsonl"_s);
    QVERIFY(QDir().mkdir(folder));
    ActivityJournal journal(*m_model, folder);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"could not be read"_s));
    QVERIFY(!journal.load().error.isEmpty());
    ActivityView *view = makeView(&journal);
    QVERIFY(view);
    auto *banner = view->findChild<QLabel *>(u"activityJournalErrorLabel"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), journal.lastError());
}

void TestActivityView::everyControlIsNamed()
{
    ActivityView *view = makeView();
    QVERIFY(view);
    const QList<QWidget *> widgets = view->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(widgets.size() >= 5);
    for (QWidget *widget : widgets) {
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

void TestActivityView::headerStateOfAnOlderVersionKeepsNewColumns()
{
    // Version 0.1 saved the header of six columns; this one has more.
    QStandardItemModel oldModel(0, 6);
    QTableView oldTable;
    oldTable.setModel(&oldModel);
    oldTable.horizontalHeader()->resizeSection(3, 222);
    const QByteArray oldState = oldTable.horizontalHeader()->saveState();

    m_model->append({entry(u"SN-1"_s, 0)});
    ActivityView *view = makeView();
    QVERIFY(view);
    QHeaderView *header = view->table()->horizontalHeader();
    header->restoreState(oldState);
    QCOMPARE(header->count(), int(ActivityModel::ColumnCount));
    for (int column = 0; column < header->count(); ++column) {
        QVERIFY2(!header->isSectionHidden(column), qPrintable(QString::number(column)));
        QVERIFY2(header->sectionSize(column) > 0, qPrintable(QString::number(column)));
    }
}

QTEST_MAIN(TestActivityView)
#include "tst_ActivityView.moc"
