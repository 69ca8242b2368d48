#include "models/ActivityJournal.h"
#include "models/ActivityModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>
#include <time.h>

using namespace ed;
using namespace Qt::StringLiterals;
using Outcome = ActivityEntry::Outcome;

class TestActivityJournal final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripAcrossRestart();
    void recordAssignsIdAndTime();
    void recordManyIsOneInsert();
    void pendingBecomesUnknownAfterCrash();
    void malformedLinesSkippedAndCounted();
    void newLinesNeverGlueToATornLine();
    void completeIgnoresWhatItCannotComplete();
    void ownerOnlyFileInCreatedFolder();
    void tightensAWiderExistingFile();
    void noSecretsOnDisk();
    void unwritablePathReported();
    void diskFullReported();
    void unreadableFileReported();
    void memoryOnly();
    void loadsOnlyOnce();
    void loadsHundredThousandEntriesFast();
};

static ActivityEntry entry(const QString &target, const QString &action = u"Unblock"_s)
{
    ActivityEntry e;
    e.tenant = u"contoso.onmicrosoft.com"_s;
    e.action = action;
    e.target = target;
    e.targetId = u"id-"_s + target;
    return e;
}

static QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

static void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

static QList<QByteArray> lines(const QString &path)
{
    QList<QByteArray> result = readAll(path).split('\n');
    if (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast();
    return result;
}

static qint64 threadCpuMs()
{
    timespec now = {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
}

static int fileMode(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

static void compareEntries(const ActivityEntry &actual, const ActivityEntry &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.time, expected.time);
    QCOMPARE(actual.tenant, expected.tenant);
    QCOMPARE(actual.action, expected.action);
    QCOMPARE(actual.target, expected.target);
    QCOMPARE(actual.targetId, expected.targetId);
    QCOMPARE(actual.detail, expected.detail);
    QCOMPARE(actual.requestId, expected.requestId);
    QCOMPARE(actual.clientRequestId, expected.clientRequestId);
}

void TestActivityJournal::roundTripAcrossRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"activity.jsonl"_s);
    ActivityModel first;
    {
        ActivityJournal journal(first, path);
        const ActivityJournal::LoadResult none = journal.load();
        QCOMPARE(none.entries, 0);
        QCOMPARE(none.skippedLines, 0);
        QVERIFY(none.error.isEmpty());

        ActivityEntry withTime = entry(u"SN-Ünïcode, \"quoted\"\nnext"_s, u"Gerät entsperren"_s);
        withTime.time = QDateTime(QDate(2025, 3, 1), QTime(14, 5, 9, 123), Qt::UTC);
        QCOMPARE(journal.recordMany({withTime, entry(u"SN-2"_s), entry(u"SN-3"_s)}), 0);
        ActivityEntry sync = entry(u"SN-4"_s, u"Sync with Intune"_s);
        sync.clientRequestId = u"c0ffee00-0000-4000-8000-000000000001"_s;
        QCOMPARE(journal.record(sync), 3);
        QCOMPARE(journal.record(entry(u"SN-5"_s)), 4);

        journal.complete(0, Outcome::Succeeded, {}, u"req-0"_s, u"client-0"_s);
        journal.complete(1, Outcome::Failed, u"Forbidden (403): the app lacks a permission."_s, u"req-1"_s,
                         u"client-1"_s);
        journal.complete(2, Outcome::Cancelled, u"Not sent: you stopped the job."_s);
        journal.complete(3, Outcome::Succeeded, {}, u"req-3"_s); // keeps the client id of the intent
        QVERIFY(journal.lastError().isEmpty());
    }
    QCOMPARE(first.entry(3).clientRequestId, u"c0ffee00-0000-4000-8000-000000000001"_s);
    QCOMPARE(lines(path).size(), 5 + 4);

    // A new run: a fresh model and journal on the same file.
    ActivityModel second;
    QAbstractItemModelTester tester(&second, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&second, &QAbstractItemModel::rowsInserted);
    ActivityJournal journal(second, path);
    const ActivityJournal::LoadResult loaded = journal.load();
    QCOMPARE(loaded.entries, 5);
    QCOMPARE(loaded.skippedLines, 0);
    QVERIFY(loaded.error.isEmpty());
    QCOMPARE(inserted.count(), 1); // one insert for the whole history
    QCOMPARE(second.rowCount(), 5);
    for (int row = 0; row < 5; ++row)
        compareEntries(second.entry(row), first.entry(row));
    QCOMPARE(second.entry(0).time, QDateTime(QDate(2025, 3, 1), QTime(14, 5, 9, 123), Qt::UTC));
    QCOMPARE(second.entry(0).outcome, Outcome::Succeeded);
    QCOMPARE(second.entry(1).outcome, Outcome::Failed);
    QCOMPARE(second.entry(2).outcome, Outcome::Cancelled);
    QCOMPARE(second.entry(3).outcome, Outcome::Succeeded);
    QCOMPARE(second.entry(4).outcome, Outcome::Unknown); // never answered
    QCOMPARE(second.index(2, ActivityModel::OutcomeColumn).data().toString(), u"Not sent"_s);
    QCOMPARE(second.index(4, ActivityModel::OutcomeColumn).data().toString(), u"No answer (app closed)"_s);

    // The second run appends after the first run's lines; a third sees both.
    QCOMPARE(journal.record(entry(u"SN-6"_s)), 5);
    journal.complete(5, Outcome::Succeeded, {}, u"req-5"_s);
    ActivityModel third;
    ActivityJournal again(third, path);
    QCOMPARE(again.load().entries, 6);
    QCOMPARE(third.entry(5).target, u"SN-6"_s);
    QCOMPARE(third.entry(5).outcome, Outcome::Succeeded);
    QCOMPARE(third.entry(4).outcome, Outcome::Unknown);
}

void TestActivityJournal::recordAssignsIdAndTime()
{
    QTemporaryDir dir;
    ActivityModel model;
    ActivityJournal journal(model, dir.filePath(u"a.jsonl"_s));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    ActivityEntry e = entry(u"SN-1"_s);
    e.id = u"caller-chosen"_s; // replaced: the journal owns ids
    e.outcome = Outcome::Succeeded; // replaced: an intent is pending
    e.detail = u"Profile “Kiosk” (replaces “Sales”)"_s; // what is intended: kept
    journal.record(e);
    ActivityEntry local = entry(u"SN-2"_s);
    local.time = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::OffsetFromUTC, 2 * 3600);
    journal.record(local);
    const QDateTime after = QDateTime::currentDateTimeUtc();

    const ActivityEntry &recorded = model.entry(0);
    QVERIFY(!QUuid::fromString(recorded.id).isNull());
    QVERIFY(recorded.id != model.entry(1).id);
    QCOMPARE(recorded.time.timeSpec(), Qt::UTC);
    QVERIFY(recorded.time >= before && recorded.time <= after);
    QCOMPARE(recorded.outcome, Outcome::Pending);
    QCOMPARE(recorded.detail, u"Profile “Kiosk” (replaces “Sales”)"_s);
    QVERIFY(model.entry(1).detail.isEmpty());
    QCOMPARE(model.entry(1).time, QDateTime(QDate(2025, 6, 1), QTime(10, 0), Qt::UTC));

    const QJsonObject intent = QJsonDocument::fromJson(lines(journal.filePath()).at(0)).object();
    QCOMPARE(intent.value("v"_L1).toInt(), 1);
    QCOMPARE(intent.value("event"_L1).toString(), u"intent"_s);
    QCOMPARE(intent.value("id"_L1).toString(), recorded.id);
    QCOMPARE(intent.value("time"_L1).toString(), recorded.time.toString(Qt::ISODateWithMs));
    QVERIFY(intent.value("time"_L1).toString().endsWith(u'Z'));
    QCOMPARE(intent.value("tenant"_L1).toString(), u"contoso.onmicrosoft.com"_s);
    QCOMPARE(intent.value("targetId"_L1).toString(), u"id-SN-1"_s);
    QCOMPARE(intent.value("detail"_L1).toString(), u"Profile “Kiosk” (replaces “Sales”)"_s);
    QVERIFY(!QJsonDocument::fromJson(lines(journal.filePath()).at(1)).object().contains("detail"_L1));

    // Read back with no answer (the app stopped): still says what it was for.
    ActivityModel reloaded;
    ActivityJournal again(reloaded, journal.filePath());
    again.load();
    QCOMPARE(reloaded.entry(0).outcome, Outcome::Unknown);
    QCOMPARE(reloaded.entry(0).detail, u"Profile “Kiosk” (replaces “Sales”)"_s);
}

void TestActivityJournal::recordManyIsOneInsert()
{
    QTemporaryDir dir;
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ActivityJournal journal(model, dir.filePath(u"a.jsonl"_s));
    journal.record(entry(u"SN-0"_s));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QList<ActivityEntry> many;
    for (int i = 1; i <= 1000; ++i)
        many.append(entry(u"SN-%1"_s.arg(i)));
    QCOMPARE(journal.recordMany(many), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1000);
    QCOMPARE(lines(journal.filePath()).size(), 1001);
    QCOMPARE(journal.recordMany({}), 1001);
    QCOMPARE(inserted.count(), 1);
}

void TestActivityJournal::pendingBecomesUnknownAfterCrash()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"activity.jsonl"_s);
    ActivityModel running;
    ActivityJournal crashing(running, path);
    crashing.recordMany({entry(u"SN-1"_s), entry(u"SN-2"_s), entry(u"SN-3"_s)});
    crashing.complete(1, Outcome::Succeeded, {}, u"req-1"_s);
    // No destructor, no close: what is on disk now is what a crash leaves.
    ActivityModel restarted;
    ActivityJournal journal(restarted, path);
    QCOMPARE(journal.load().entries, 3);
    QCOMPARE(restarted.entry(0).outcome, Outcome::Unknown);
    QCOMPARE(restarted.entry(1).outcome, Outcome::Succeeded);
    QCOMPARE(restarted.entry(2).outcome, Outcome::Unknown);
    QCOMPARE(restarted.index(0, ActivityModel::OutcomeColumn).data(Qt::ToolTipRole).toString(),
             u"Enrollment Desk closed before Microsoft Graph answered. Check the target in Intune to see whether the "
             "change was made."_s);

    // An answer can no longer come for an entry of an earlier run.
    const qint64 size = QFileInfo(path).size();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"already complete"_s));
    journal.complete(0, Outcome::Succeeded);
    QCOMPARE(restarted.entry(0).outcome, Outcome::Unknown);
    QCOMPARE(QFileInfo(path).size(), size);
}

static QByteArray intentJson(const QString &id, const QString &target)
{
    return QJsonDocument(QJsonObject{{u"v"_s, 1},
                                     {u"event"_s, u"intent"_s},
                                     {u"id"_s, id},
                                     {u"time"_s, u"2025-03-01T14:05:09.123Z"_s},
                                     {u"tenant"_s, u"contoso"_s},
                                     {u"action"_s, u"Unblock"_s},
                                     {u"target"_s, target},
                                     {u"targetId"_s, u"tid"_s}})
            .toJson(QJsonDocument::Compact);
}

static QByteArray outcomeJson(const QString &id, const QString &outcome)
{
    return QJsonDocument(QJsonObject{{u"v"_s, 1},
                                     {u"event"_s, u"outcome"_s},
                                     {u"id"_s, id},
                                     {u"time"_s, u"2025-03-01T14:05:10.000Z"_s},
                                     {u"outcome"_s, outcome},
                                     {u"detail"_s, QString()},
                                     {u"requestId"_s, QString(u"req-"_s + id)},
                                     {u"clientRequestId"_s, QString()}})
            .toJson(QJsonDocument::Compact);
}

void TestActivityJournal::malformedLinesSkippedAndCounted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"activity.jsonl"_s);
    QByteArray file;
    file += intentJson(u"a"_s, u"SN-A"_s) + '\n';
    file += "this is not JSON\n";
    file += "[1,2,3]\n"; // JSON, not an object
    file += "\"text\"\n";
    file += "{\"v\":1,\"event\":\"rename\",\"id\":\"a\"}\n"; // unknown event type
    file += outcomeJson(u"nobody"_s, u"succeeded"_s) + '\n'; // outcome without an intent
    file += outcomeJson(u"a"_s, u"exploded"_s) + '\n'; // unknown outcome value
    file += "{\"event\":\"intent\",\"id\":\"x\",\"time\":\"2025-03-01T14:05:09.123Z\"}\n"; // no version
    file += "{\"v\":1,\"event\":\"intent\",\"id\":\"y\",\"time\":\"yesterday\"}\n"; // bad time
    file += "{\"v\":1,\"event\":\"intent\",\"time\":\"2025-03-01T14:05:09.123Z\"}\n"; // no id
    file += intentJson(u"a"_s, u"SN-DUPLICATE"_s) + '\n'; // second intent for one id
    file += "\n   \n"; // blank lines: not counted
    file += intentJson(u"b"_s, u"SN-B"_s) + "\r\n"; // CRLF from an editor: fine
    file += outcomeJson(u"a"_s, u"failed"_s) + '\n';
    file += intentJson(u"c"_s, u"SN-C"_s) + '\n';
    file += outcomeJson(u"c"_s, u"succeeded"_s).left(40); // torn by a crash mid-write
    writeAll(path, file);

    ActivityModel model;
    ActivityJournal journal(model, path);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"skipped 11 unreadable line"_s));
    const ActivityJournal::LoadResult result = journal.load();
    QCOMPARE(result.entries, 3);
    QCOMPARE(result.skippedLines, 11);
    QVERIFY(result.error.isEmpty());
    QVERIFY(journal.lastError().isEmpty());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.entry(0).target, u"SN-A"_s);
    QCOMPARE(model.entry(0).outcome, Outcome::Failed);
    QCOMPARE(model.entry(0).requestId, u"req-a"_s);
    QCOMPARE(model.entry(0).time, QDateTime(QDate(2025, 3, 1), QTime(14, 5, 9, 123), Qt::UTC));
    QCOMPARE(model.entry(1).target, u"SN-B"_s);
    QCOMPARE(model.entry(1).outcome, Outcome::Unknown);
    QCOMPARE(model.entry(2).target, u"SN-C"_s);
    QCOMPARE(model.entry(2).outcome, Outcome::Unknown); // its outcome line was torn
    QCOMPARE(readAll(path), file); // loading never rewrites the file

    // Older time forms written by hand still load through the general ISO parser.
    writeAll(path, "{\"v\":1,\"event\":\"intent\",\"id\":\"z\",\"time\":\"2025-03-01T15:05:09+01:00\"}\n");
    ActivityModel other;
    ActivityJournal reader(other, path);
    QCOMPARE(reader.load().entries, 1);
    QCOMPARE(other.entry(0).time, QDateTime(QDate(2025, 3, 1), QTime(14, 5, 9), Qt::UTC));
}

void TestActivityJournal::newLinesNeverGlueToATornLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"activity.jsonl"_s);
    writeAll(path, intentJson(u"a"_s, u"SN-A"_s) + '\n' + outcomeJson(u"a"_s, u"succeeded"_s).left(30));
    {
        ActivityModel model;
        ActivityJournal journal(model, path);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"skipped 1 unreadable line"_s));
        QCOMPARE(journal.load().skippedLines, 1);
        journal.record(entry(u"SN-NEW"_s));
        journal.complete(1, Outcome::Succeeded, {}, u"req-new"_s);
    }
    ActivityModel model;
    ActivityJournal journal(model, path);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"skipped 1 unreadable line"_s));
    const ActivityJournal::LoadResult result = journal.load();
    QCOMPARE(result.entries, 2);
    QCOMPARE(result.skippedLines, 1); // still only the torn line
    QCOMPARE(model.entry(1).target, u"SN-NEW"_s);
    QCOMPARE(model.entry(1).outcome, Outcome::Succeeded);
}

void TestActivityJournal::completeIgnoresWhatItCannotComplete()
{
    QTemporaryDir dir;
    ActivityModel model;
    ActivityJournal journal(model, dir.filePath(u"a.jsonl"_s));
    journal.record(entry(u"SN-1"_s));
    const qsizetype before = lines(journal.filePath()).size();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"complete\\(\\) for row 5"_s));
    journal.complete(5, Outcome::Succeeded);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"complete\\(\\) for row -1"_s));
    journal.complete(-1, Outcome::Succeeded);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"final outcome"_s));
    journal.complete(0, Outcome::Pending);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"final outcome"_s));
    journal.complete(0, Outcome::Unknown);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(lines(journal.filePath()).size(), before);

    journal.complete(0, Outcome::Failed, u"Not found"_s, u"req"_s);
    QCOMPARE(changed.count(), 1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"already complete"_s));
    journal.complete(0, Outcome::Succeeded); // a late second answer does not overwrite the first
    QCOMPARE(model.entry(0).outcome, Outcome::Failed);
    QCOMPARE(lines(journal.filePath()).size(), before + 1);

    // An entry put into the model without the journal has no intent line: no orphan outcome.
    model.append({entry(u"SN-DIRECT"_s)});
    journal.complete(1, Outcome::Succeeded, {}, u"req-direct"_s);
    QCOMPARE(model.entry(1).outcome, Outcome::Succeeded);
    QCOMPARE(lines(journal.filePath()).size(), before + 1);
}

void TestActivityJournal::ownerOnlyFileInCreatedFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"share/enrollment-desk/activity.jsonl"_s);
    ActivityModel model;
    ActivityJournal journal(model, path);
    QCOMPARE(journal.load().entries, 0); // no file yet: nothing to read, nothing created
    QVERIFY(!QFileInfo::exists(path));
    journal.record(entry(u"SN-1"_s));
    QVERIFY(journal.lastError().isEmpty());
    QVERIFY(QFileInfo(path).isFile());
    QCOMPARE(fileMode(path), 0600);
}

void TestActivityJournal::tightensAWiderExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"activity.jsonl"_s);
    writeAll(path, intentJson(u"a"_s, u"SN-A"_s) + '\n');
    QVERIFY(QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(fileMode(path), 0644);
    ActivityModel model;
    ActivityJournal journal(model, path);
    QCOMPARE(journal.load().entries, 1);
    journal.record(entry(u"SN-1"_s));
    QCOMPARE(fileMode(path), 0600);
}

void TestActivityJournal::noSecretsOnDisk()
{
    const QString jwt =
            u"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoIn0.c2lnbmF0dXJlLXNlY3JldA"_s;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"activity.jsonl"_s);
    ActivityModel model;
    ActivityJournal journal(model, path);
    ActivityEntry e = entry(u"SN-1 Authorization: Bearer "_s + jwt);
    e.tenant = u"contoso?code=0.AAAsecretcode&state=xyz"_s;
    journal.record(e);
    journal.complete(0, Outcome::Failed, u"Unauthorized: header was Bearer "_s + jwt + u" client_secret=hunter2"_s,
                     u"access_token="_s + jwt, u"refresh_token: 0.AbCdEf"_s);

    const QString onDisk = QString::fromUtf8(readAll(path));
    QCOMPARE(lines(path).size(), 2);
    QVERIFY(onDisk.contains(u"Unauthorized"_s)); // the useful words stay
    QVERIFY(onDisk.contains(u"[redacted]"_s));
    for (const QString &secret : {jwt, u"eyJ"_s, u"hunter2"_s, u"0.AbCdEf"_s, u"0.AAAsecretcode"_s}) {
        QVERIFY2(!onDisk.contains(secret), qPrintable(secret));
    }
    // "Bearer" may only ever be followed by the redaction marker.
    QVERIFY2(!onDisk.contains(
                     QRegularExpression(u"Bearer\\s+(?!\\[redacted\\])"_s, QRegularExpression::CaseInsensitiveOption)),
             qPrintable(onDisk));
    // The model, which the view shows and exports, holds the same scrubbed text.
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.index(0, column).data().toString().contains(u"eyJ"_s));
    QVERIFY(!model.entry(0).targetId.contains(u"eyJ"_s));
}

void TestActivityJournal::unwritablePathReported()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(u"not-a-folder"_s);
    writeAll(blocker, "a file where the folder should be");
    const QString path = blocker + u"/activity.jsonl"_s;
    ActivityModel model;
    ActivityJournal journal(model, path);
    QSignalSpy errors(&journal, &ActivityJournal::errorChanged);
    QCOMPARE(journal.load().entries, 0);
    QVERIFY(journal.lastError().isEmpty());

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"could not be saved"_s));
    QCOMPARE(journal.record(entry(u"SN-1"_s)), 0);
    QCOMPARE(errors.count(), 1);
    const QString error = journal.lastError();
    QCOMPARE(errors.at(0).at(0).toString(), error);
    QVERIFY2(error.contains(QDir::toNativeSeparators(blocker)), qPrintable(error));
    QVERIFY(error.contains(u"restart"_s));
    // Nothing is lost from the session: the entry is in the model and can complete.
    QCOMPARE(model.rowCount(), 1);
    journal.complete(0, Outcome::Succeeded, {}, u"req-1"_s);
    QCOMPARE(model.entry(0).outcome, Outcome::Succeeded);
    QCOMPARE(errors.count(), 1); // the same failure again is not news
    QCOMPARE(readAll(blocker), QByteArray("a file where the folder should be"));
}

void TestActivityJournal::diskFullReported()
{
    if (!QFileInfo::exists(u"/dev/full"_s))
        QSKIP("/dev/full is not available");
    ActivityModel model;
    ActivityJournal journal(model, u"/dev/full"_s);
    QSignalSpy errors(&journal, &ActivityJournal::errorChanged);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"could not be saved"_s));
    journal.recordMany({entry(u"SN-1"_s), entry(u"SN-2"_s)});
    QCOMPARE(errors.count(), 1);
    QVERIFY2(journal.lastError().contains(u"/dev/full"_s), qPrintable(journal.lastError()));
    QVERIFY2(journal.lastError().contains(u"No space left on device"_s, Qt::CaseInsensitive),
             qPrintable(journal.lastError()));
    QCOMPARE(model.rowCount(), 2);
    journal.complete(1, Outcome::Failed, u"Server error"_s);
    QCOMPARE(model.entry(1).outcome, Outcome::Failed);
    QCOMPARE(fileMode(u"/dev/full"_s) & 0666, 0666); // a device is never chmod-ed
}

void TestActivityJournal::unreadableFileReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"activity.jsonl"_s);
    QVERIFY(QDir().mkdir(path)); // a folder where the file should be: cannot be read as one
    ActivityModel model;
    ActivityJournal journal(model, path);
    QSignalSpy errors(&journal, &ActivityJournal::errorChanged);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"could not be read"_s));
    const ActivityJournal::LoadResult result = journal.load();
    QCOMPARE(result.entries, 0);
    QVERIFY(!result.error.isEmpty());
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QCOMPARE(journal.lastError(), result.error);
    QCOMPARE(errors.count(), 1);
}

void TestActivityJournal::memoryOnly()
{
    ActivityModel model;
    ActivityJournal journal(model, QString());
    QCOMPARE(journal.load().entries, 0);
    QCOMPARE(journal.record(entry(u"SN-1"_s)), 0);
    journal.complete(0, Outcome::Cancelled, u"Not sent"_s);
    QCOMPARE(model.entry(0).outcome, Outcome::Cancelled);
    QVERIFY(journal.lastError().isEmpty());
}

void TestActivityJournal::loadsOnlyOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.jsonl"_s);
    writeAll(path, intentJson(u"a"_s, u"SN-A"_s) + '\n');
    ActivityModel model;
    ActivityJournal journal(model, path);
    QCOMPARE(journal.load().entries, 1);
    QCOMPARE(journal.load().entries, 0);
    QCOMPARE(model.rowCount(), 1);

    // Loading after this run recorded something would put older entries after newer ones.
    ActivityModel busy;
    ActivityJournal late(busy, path);
    late.record(entry(u"SN-NOW"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"load\\(\\) after entries were recorded"_s));
    QCOMPARE(late.load().entries, 0);
    QCOMPARE(busy.rowCount(), 1);
    QCOMPARE(busy.entry(0).target, u"SN-NOW"_s);
}

void TestActivityJournal::loadsHundredThousandEntriesFast()
{
    constexpr int count = 100'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.jsonl"_s);
    {
        // Written the way the journal writes: intents in bulk, outcomes one by one.
        QByteArray bytes;
        bytes.reserve(count * 520);
        const QDateTime start(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < count; ++i) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            bytes += QJsonDocument(QJsonObject{{u"v"_s, 1},
                                               {u"event"_s, u"intent"_s},
                                               {u"id"_s, id},
                                               {u"time"_s, start.addMSecs(i * 250LL).toString(Qt::ISODateWithMs)},
                                               {u"tenant"_s, u"contoso.onmicrosoft.com"_s},
                                               {u"action"_s, u"Unblock"_s},
                                               {u"target"_s, u"SN%1"_s.arg(i, 8, 10, QChar(u'0'))},
                                               {u"targetId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}})
                             .toJson(QJsonDocument::Compact);
            bytes += '\n';
            if (i % 10 == 9)
                continue; // every tenth never answered
            bytes += QJsonDocument(
                             QJsonObject{{u"v"_s, 1},
                                         {u"event"_s, u"outcome"_s},
                                         {u"id"_s, id},
                                         {u"time"_s, start.addMSecs(i * 250LL + 120).toString(Qt::ISODateWithMs)},
                                         {u"outcome"_s, i % 7 == 0 ? u"failed"_s : u"succeeded"_s},
                                         {u"detail"_s, i % 7 == 0 ? u"Not found (404)."_s : QString()},
                                         {u"requestId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                         {u"clientRequestId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}})
                             .toJson(QJsonDocument::Compact);
            bytes += '\n';
        }
        writeAll(path, bytes);
    }

    ActivityModel model;
    ActivityJournal journal(model, path);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuBefore = threadCpuMs();
    const ActivityJournal::LoadResult result = journal.load();
    const qint64 cpu = threadCpuMs() - cpuBefore;
    const qint64 elapsed = timer.elapsed();
    qInfo("loaded %d entries (%lld MB) in %lld ms (%lld ms CPU)", result.entries,
          QFileInfo(path).size() / (1024 * 1024), elapsed, cpu);
    QCOMPARE(result.entries, count);
    QCOMPARE(result.skippedLines, 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.entry(9).outcome, Outcome::Unknown);
    QCOMPARE(model.entry(7).outcome, Outcome::Failed);
    QCOMPARE(model.entry(count - 1).target, u"SN00099999"_s);
    // The work must fit well in a second. Measured as this thread's CPU time, so a busy build
    // machine running other jobs on the same cores does not make the test flaky.
    QVERIFY2(cpu < 800, qPrintable(u"load took %1 ms of CPU (%2 ms wall)"_s.arg(cpu).arg(elapsed)));
}

QTEST_GUILESS_MAIN(TestActivityJournal)
#include "tst_ActivityJournal.moc"
