// The unblock dialogs, offscreen, against the emulator: the confirmation names the count and the
// first devices; the progress dialog reaches a per-device result list with "failed only", Copy
// (tab-separated), Export CSV (read back), Retry failed and Cancel ("Cancelled: N sent, M not sent").

#include "CsvReader.h"
#include "GraphTestEnvironment.h"
#include "UnblockFixtures.h"
#include "app/Translator.h"
#include "dialogs/BulkUnblockDialog.h"
#include "dialogs/UnblockConfirmDialog.h"
#include "emulator/GraphEmulator.h"
#include "emulator/RequestLog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;
using Outcome = BulkUnblockJob::Outcome;
using State = BulkUnblockJob::State;

namespace {

QList<UnblockTarget> syntheticTargets(int count)
{
    QList<UnblockTarget> targets;
    for (int i = 0; i < count; ++i)
        targets.append(UnblockTarget{u"id-%1"_s.arg(i), u"SER%1"_s.arg(i, 3, 10, QLatin1Char('0')),
                                     u"Surface Laptop 5"_s, u"user%1@contoso.com"_s.arg(i), true});
    return targets;
}

// A plural string as the English catalogue has it ("1 device", "31 devices"; until the catalogue
// has the entry, Qt's fallback "31 device(s)").
QString plural(const char *context, const char *source, int n)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}
QString dialogText(const char *source, int n)
{
    return plural("ed::BulkUnblockDialog", source, n);
}

// Texts of the shared results dialog.
QString jobDialogText(const char *source, int n)
{
    return plural("ed::BulkJobDialog", source, n);
}

template<typename T>
T *child(QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        qWarning("no child %s", qPrintable(name));
    return widget;
}

} // namespace

class TestBulkUnblockDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<State>();
        m_translator.install(u"en"_s);
    }
    void confirmNamesCountAndFirstDevices();
    void confirmSingleDeviceAndNotes();
    void progressReachesResults();
    void retryFailedSucceeds();
    void cancelShowsSentAndNotSent();
    void throttledCountdown();
    void closeWhileRunningCancelsFirst();
    void singleDeviceResult();
    void durationText();

private:
    Translator m_translator; // English plural forms
};

void TestBulkUnblockDialog::confirmNamesCountAndFirstDevices()
{
    const QList<UnblockTarget> targets = syntheticTargets(250);
    bool asked = false;
    UnblockConfirmDialog::setNextAnswer([&](UnblockConfirmDialog &dialog) {
        asked = true;
        [&] {
            QCOMPARE(dialog.heading(), u"Unblock 250 devices?"_s);
            QCOMPARE(dialog.windowTitle(), dialog.heading());
            const QStringList lines = dialog.listedLines();
            QCOMPARE(lines.size(), UnblockConfirmDialog::listedDevices);
            QCOMPARE(lines.constFirst(), u"SER000 · Surface Laptop 5 · user0@contoso.com"_s);
            QCOMPARE(lines.constLast(), u"SER009 · Surface Laptop 5 · user9@contoso.com"_s);
            QCOMPARE(dialog.moreText(), plural("ed::UnblockConfirmDialog", "…and %Ln more.", 240));
            QVERIFY(dialog.explanation().contains(u"enroll"_s));
            QVERIFY(!dialog.explanation().contains(u"not blocked"_s));
            QVERIFY(dialog.unblockButton()->isDefault());
            QCOMPARE(dialog.unblockButton()->text(), plural("ed::UnblockConfirmDialog", "Unblock %Ln", 250));
            QVERIFY(!dialog.unblockButton()->accessibleName().isEmpty());
            QVERIFY(!dialog.cancelButton()->accessibleName().isEmpty());
        }();
        dialog.unblockButton()->click();
        return dialog.result() == QDialog::Accepted;
    });
    QVERIFY(UnblockConfirmDialog::confirm(nullptr, targets));
    QVERIFY(asked);

    UnblockConfirmDialog::setNextAnswer([](UnblockConfirmDialog &dialog) {
        dialog.cancelButton()->click();
        return dialog.result() == QDialog::Accepted;
    });
    QVERIFY(!UnblockConfirmDialog::confirm(nullptr, targets));

    // Nothing to ask about: no dialog at all.
    QVERIFY(!UnblockConfirmDialog::confirm(nullptr, {}));
}

void TestBulkUnblockDialog::confirmSingleDeviceAndNotes()
{
    QList<UnblockTarget> one = syntheticTargets(1);
    UnblockConfirmDialog single(one);
    QCOMPARE(single.heading(), u"Unblock SER000?"_s);
    QVERIFY(single.moreText().isEmpty());
    QCOMPARE(single.listedLines(), QStringList{u"SER000 · Surface Laptop 5 · user0@contoso.com"_s});
    QCOMPARE(single.unblockButton()->text(), u"Unblock"_s);
    one[0].blocked = false;
    UnblockConfirmDialog notBlocked(one);
    QVERIFY(notBlocked.explanation().contains(u"The device is not blocked"_s));

    QList<UnblockTarget> twelve = syntheticTargets(12);
    for (int i : {2, 5, 7})
        twelve[i].blocked = false;
    UnblockConfirmDialog some(twelve, 240'000);
    QCOMPARE(some.moreText(), plural("ed::UnblockConfirmDialog", "…and %Ln more.", 2));
    QVERIFY2(some.explanation().contains(plural("ed::UnblockConfirmDialog",
                                                "%Ln of them are not blocked; unblocking them changes nothing.", 3)),
             qPrintable(some.explanation()));
    QVERIFY2(some.explanation().contains(u"at least 4 min"_s), qPrintable(some.explanation()));
    UnblockConfirmDialog quick(twelve, 2000);
    QVERIFY(!quick.explanation().contains(u"at least"_s)); // a short wait is not worth a sentence
}

void TestBulkUnblockDialog::progressReachesResults()
{
    GraphTestEnvironment env({.emulator = tenantOf(60)});
    QVERIFY(env.fixture().started());
    QList<UnblockTarget> targets = blockDevices(env.fixture(), 30);
    targets.insert(4, UnblockTarget{u"0badc0de-0000-4000-8000-000000000404"_s, u"=NOSUCH"_s, {}, {}, true});
    targets.append(targets.at(0)); // selected twice: unblocked once

    BulkUnblockDialog dialog(env.intune(), env.journal(), env.tenant(), targets);
    QSignalSpy finished(&dialog, &BulkUnblockDialog::jobFinished);
    QList<AutopilotDevice> refreshed;
    connect(&dialog, &BulkUnblockDialog::devicesRefreshed, this,
            [&](const QList<AutopilotDevice> &devices) { refreshed += devices; });
    auto *progress = child<QProgressBar>(dialog, u"progress"_s);
    auto *table = child<QTableView>(dialog, u"results"_s);
    auto *failedOnly = child<QCheckBox>(dialog, u"failedOnly"_s);
    auto *message = child<QLabel>(dialog, u"message"_s);
    QVERIFY(progress && table && failedOnly && message);
    QVERIFY(table->isHidden());
    QCOMPARE(progress->text(), u"0 of 31"_s);
    QCOMPARE(dialog.headingText(), dialogText("Unblocking %Ln device(s)…", 31));
    QVERIFY(child<QPushButton>(dialog, u"cancelButton"_s)->isVisibleTo(&dialog));
    QVERIFY(!child<QPushButton>(dialog, u"closeButton"_s)->isVisibleTo(&dialog));
    dialog.show();
    QVERIFY(finished.wait(20'000));

    QCOMPARE(dialog.headingText(), u"Unblock finished"_s);
    QCOMPARE(dialog.summaryText(), u"30 unblocked, 1 failed."_s);
    QVERIFY(progress->isHidden()); // the summary and the table say it now
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 31);
    QVERIFY(table->isSortingEnabled());
    QVERIFY(!child<QPushButton>(dialog, u"cancelButton"_s)->isVisible());
    QVERIFY(child<QPushButton>(dialog, u"closeButton"_s)->isVisible());
    QVERIFY(child<QPushButton>(dialog, u"retryButton"_s)->isVisible());
    QCOMPARE(refreshed.size(), 30);
    for (const AutopilotDevice &device : std::as_const(refreshed))
        QCOMPARE(device.userlessEnrollmentStatus, AutopilotDevice::UserlessEnrollmentStatus::Allowed);
    QCOMPARE(env.log().writes(u"allowNextEnrollment:"_s + targets.at(0).deviceId), 1);

    // Failed only.
    failedOnly->click();
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, BulkUnblockDialog::SerialColumn).data().toString(), u"=NOSUCH"_s);
    QCOMPARE(table->model()->index(0, BulkUnblockDialog::ResultColumn).data().toString(), u"Failed"_s);
    QVERIFY(table->model()->index(0, BulkUnblockDialog::MessageColumn).data().toString().contains(u"(404"_s));
    QVERIFY(!table->model()->index(0, BulkUnblockDialog::RequestIdColumn).data().toString().isEmpty());

    // Copy: the rows shown, tab-separated.
    child<QPushButton>(dialog, u"copyButton"_s)->click();
    QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).split(u'\t').size(), 7);
    const QStringList failedLine = lines.at(1).split(u'\t');
    QCOMPARE(failedLine.size(), 7);
    QCOMPARE(failedLine.at(0), u"=NOSUCH"_s);
    QCOMPARE(failedLine.at(2), u"Failed"_s);
    QCOMPARE(failedLine.at(3), QString()); // never read again: nothing reported
    QVERIFY(failedLine.at(4).startsWith(u"The requested item was not found (404"_s));
    QVERIFY(!failedLine.at(5).isEmpty());
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), jobDialogText("Copied %Ln row(s) to the clipboard.", 1));

    failedOnly->click();
    QCOMPARE(table->model()->rowCount(), 31);
    child<QPushButton>(dialog, u"copyButton"_s)->click();
    lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 32);

    // Export CSV, read back.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"results.csv"_s);
    BulkUnblockDialog::setNextExportPath(path);
    child<QPushButton>(dialog, u"exportButton"_s)->click();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto parsed = test::parseCsv(file.readAll()); // strict RFC 4180, BOM and CRLF
    QVERIFY(parsed.has_value());
    const QList<QStringList> rows = *parsed;
    QCOMPARE(rows.size(), 32);
    QCOMPARE(rows.at(0),
             (QStringList{u"Serial number"_s, u"Device ID"_s, u"Result"_s, u"Intune reports"_s, u"Message"_s,
                          u"Request ID"_s, u"Client request ID"_s}));
    int ok = 0;
    for (int i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).size(), 7);
        const BulkUnblockJob::Result &result = dialog.results().at(i - 1);
        QCOMPARE(rows.at(i).at(1), result.deviceId);
        QCOMPARE(rows.at(i).at(5), result.requestId);
        const bool unblocked = rows.at(i).at(2) == u"Unblocked"_s;
        ok += unblocked ? 1 : 0;
        // The re-read: Intune now reports userless enrollment allowed.
        QCOMPARE(rows.at(i).at(3), unblocked ? u"Allowed"_s : QString());
    }
    QCOMPARE(ok, 30);
    QCOMPARE(rows.at(5).at(0), u"'=NOSUCH"_s); // a spreadsheet must not run it as a formula
    QCOMPARE(message->text(), jobDialogText("Saved %Ln row(s) to %1.", 31).arg(QDir::toNativeSeparators(path)));
    QCOMPARE(message->property("error").toBool(), false);

    // A path that cannot be written: said inline, nothing lost.
    BulkUnblockDialog::setNextExportPath(dir.filePath(u"missing/dir/results.csv"_s));
    child<QPushButton>(dialog, u"exportButton"_s)->click();
    QVERIFY2(message->text().startsWith(u"Could not save"_s), qPrintable(message->text()));
    QCOMPARE(message->property("error").toBool(), true);

    // The journal holds one entry per device, with the same outcome.
    QCOMPARE(env.activity().rowCount(), 31);
    for (int i = 0; i < 31; ++i)
        QCOMPARE(env.activity().entry(i).outcome,
                 dialog.results().at(i).outcome == Outcome::Succeeded ? ActivityEntry::Outcome::Succeeded
                                                                      : ActivityEntry::Outcome::Failed);
}

void TestBulkUnblockDialog::retryFailedSucceeds()
{
    GraphTestEnvironment env({.emulator = tenantOf(20)});
    QVERIFY(env.fixture().started());
    const QList<UnblockTarget> targets = blockDevices(env.fixture(), 3);
    setDeviceDeleted(env.fixture(), targets.at(1).deviceId, true);
    BulkUnblockDialog dialog(env.intune(), env.journal(), env.tenant(), targets);
    QSignalSpy finished(&dialog, &BulkUnblockDialog::jobFinished);
    dialog.show();
    QVERIFY(finished.wait(20'000));
    QCOMPARE(dialog.summaryText(), u"2 unblocked, 1 failed."_s);
    auto *retry = child<QPushButton>(dialog, u"retryButton"_s);
    QVERIFY(retry->isVisible() && retry->isEnabled());
    QCOMPARE(retry->text(), u"Retry failed"_s);

    setDeviceDeleted(env.fixture(), targets.at(1).deviceId, false);
    retry->click();
    QCOMPARE(dialog.job()->total(), 1); // only the failed device
    QCOMPARE(dialog.headingText(), dialogText("Retrying %Ln device(s)…", 1));
    QVERIFY(finished.wait(20'000));
    QCOMPARE(dialog.summaryText(), dialogText("All %Ln device(s) were unblocked.", 3));
    QVERIFY(!retry->isVisible());
    for (const BulkUnblockJob::Result &result : dialog.results())
        QCOMPARE(result.outcome, Outcome::Succeeded);
    for (const UnblockTarget &target : targets)
        QCOMPARE(env.log().writes(u"allowNextEnrollment:"_s + target.deviceId), 1);
    QCOMPARE(child<QTableView>(dialog, u"results"_s)->model()->rowCount(), 3);
    QCOMPARE(env.activity().rowCount(), 4); // three, then the retried one
}

void TestBulkUnblockDialog::cancelShowsSentAndNotSent()
{
    GraphClientOptions pacing;
    pacing.writesPerWindow = 20;
    pacing.writeWindowMs = 1000;
    GraphTestEnvironment env({.emulator = tenantOf(300), .client = pacing});
    QVERIFY(env.fixture().started());
    const QList<UnblockTarget> targets = blockDevices(env.fixture(), 200);
    BulkUnblockDialog dialog(env.intune(), env.journal(), env.tenant(), targets);
    QSignalSpy finished(&dialog, &BulkUnblockDialog::jobFinished);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.job()->answered() >= 20, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().startsWith(u"About "_s), 2000);
    QVERIFY2(dialog.statusText().endsWith(u" remaining."_s), qPrintable(dialog.statusText()));
    QCOMPARE(child<QProgressBar>(dialog, u"progress"_s)->text(), u"%1 of 200"_s.arg(dialog.job()->settled()));
    child<QPushButton>(dialog, u"cancelButton"_s)->click();
    QVERIFY(finished.wait(10'000));

    const BulkDeviceJob *job = dialog.job();
    QCOMPARE(job->state(), State::Cancelled);
    QCOMPARE(dialog.headingText(), u"Unblock cancelled"_s);
    const QString expected = u"Cancelled: %1 sent, %2 not sent."_s.arg(job->answered()).arg(job->notSentCount());
    QVERIFY2(dialog.summaryText().startsWith(expected), qPrintable(dialog.summaryText()));
    QVERIFY(job->notSentCount() > 100);
    QCOMPARE(child<QPushButton>(dialog, u"retryButton"_s)->text(), u"Retry failed and not sent"_s);
    const QHash<QString, int> counts = env.log().writeCounts();
    for (const BulkUnblockJob::Result &result : dialog.results())
        QCOMPARE(counts.value(u"allowNextEnrollment:"_s + result.deviceId),
                 result.outcome == Outcome::Succeeded ? 1 : 0);
}

void TestBulkUnblockDialog::throttledCountdown()
{
    GraphClientOptions pacing;
    pacing.writesPerWindow = 10'000; // far above the `fast` profile's 100 per 2 s: Graph throttles
    GraphTestEnvironment env({.emulator = tenantOf(300, emu::ThrottleProfile::Fast), .client = pacing});
    QVERIFY(env.fixture().started());
    const QList<UnblockTarget> targets = blockDevices(env.fixture(), 200);
    EmulatorFixture::waitForFreshThrottleWindow();
    BulkUnblockDialog dialog(env.intune(), env.journal(), env.tenant(), targets);
    QSignalSpy finished(&dialog, &BulkUnblockDialog::jobFinished);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.job()->state(), State::Throttled, 5000);
    QVERIFY2(dialog.statusText().startsWith(u"Throttled by Microsoft Graph — resuming in "_s),
             qPrintable(dialog.statusText()));
    QVERIFY(finished.wait(30'000));
    QCOMPARE(dialog.summaryText(), dialogText("All %Ln device(s) were unblocked.", 200));
    QCOMPARE(env.log().earlyRetries(), 0);
}

void TestBulkUnblockDialog::closeWhileRunningCancelsFirst()
{
    GraphClientOptions pacing;
    pacing.writesPerWindow = 20;
    pacing.writeWindowMs = 1000;
    GraphTestEnvironment env({.emulator = tenantOf(200), .client = pacing});
    QVERIFY(env.fixture().started());
    const QList<UnblockTarget> targets = blockDevices(env.fixture(), 100);
    BulkUnblockDialog *opened = BulkUnblockDialog::open(env.intune(), env.journal(), env.tenant(), targets, nullptr);
    const QPointer<BulkUnblockDialog> dialog = opened;
    QVERIFY(opened->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(opened->job()->answered() >= 20, 10'000);
    opened->close();
    QVERIFY(!dialog.isNull()); // not yet: the answers on the wire come first
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10'000);
    // Every device has its outcome in the journal: none left pending.
    QCOMPARE(env.activity().rowCount(), 100);
    int succeeded = 0;
    for (int i = 0; i < 100; ++i) {
        const ActivityEntry &entry = env.activity().entry(i);
        QVERIFY(entry.outcome == ActivityEntry::Outcome::Succeeded
                || entry.outcome == ActivityEntry::Outcome::Cancelled);
        succeeded += entry.outcome == ActivityEntry::Outcome::Succeeded ? 1 : 0;
        QCOMPARE(env.log().writes(u"allowNextEnrollment:"_s + entry.targetId),
                 entry.outcome == ActivityEntry::Outcome::Succeeded ? 1 : 0);
    }
    QVERIFY(succeeded >= 20 && succeeded < 100);
}

void TestBulkUnblockDialog::singleDeviceResult()
{
    GraphTestEnvironment env({.emulator = tenantOf(20)});
    QVERIFY(env.fixture().started());
    const QList<UnblockTarget> targets = blockDevices(env.fixture(), 1);
    BulkUnblockDialog dialog(env.intune(), env.journal(), env.tenant(), targets);
    QSignalSpy finished(&dialog, &BulkUnblockDialog::jobFinished);
    dialog.show();
    QVERIFY(finished.wait(20'000));
    QCOMPARE(dialog.summaryText(), u"%1 was unblocked: it can enroll once more."_s.arg(targets.at(0).serial));
    QVERIFY(!child<QTableView>(dialog, u"results"_s)->isVisible());
    QVERIFY(child<QProgressBar>(dialog, u"progress"_s)->isHidden());
    QVERIFY(child<QPushButton>(dialog, u"copyButton"_s)->isVisible());

    setDeviceDeleted(env.fixture(), targets.at(0).deviceId, true);
    BulkUnblockDialog failing(env.intune(), env.journal(), env.tenant(), targets);
    QSignalSpy failed(&failing, &BulkUnblockDialog::jobFinished);
    QVERIFY(failed.wait(20'000));
    QVERIFY2(failing.summaryText().startsWith(
                     u"%1 was not unblocked. The requested item was not found (404"_s.arg(targets.at(0).serial)),
             qPrintable(failing.summaryText()));
    QVERIFY(failing.summaryText().contains(u"Request ID: "_s + failing.results().at(0).requestId));
}

void TestBulkUnblockDialog::durationText()
{
    QCOMPARE(BulkUnblockDialog::durationText(400), u"1 s"_s);
    QCOMPARE(BulkUnblockDialog::durationText(45'000), u"45 s"_s);
    QCOMPARE(BulkUnblockDialog::durationText(80'000), u"1 min 20 s"_s);
    QCOMPARE(BulkUnblockDialog::durationText(240'000), u"4 min"_s);
    QCOMPARE(BulkUnblockDialog::durationText(7'500'000), u"2 h 5 min"_s);
}

QTEST_MAIN(TestBulkUnblockDialog)
#include "tst_BulkUnblockDialog.moc"
