#include "graph/GraphClient.h"
#include "models/BulkUnblockJob.h"
#include "models/WritePacer.h"

#include <QTest>

#include <algorithm>
#include <utility>
#include <vector>

using namespace ed;

namespace {

// Hands `count` writes over the way BulkDeviceJob::pump() does: as many as fit (at most
// `batch` a time), then waits until the window frees room. Returns (time, writes) per hand-over.
std::vector<std::pair<qint64, int>> handOverAll(WritePacer &pacer, int count, int batch, qint64 start = 0)
{
    std::vector<std::pair<qint64, int>> handed;
    qint64 now = start;
    int left = count;
    while (left > 0) {
        pacer.forget(now);
        const int room = pacer.room(now);
        if (room <= 0) {
            const qint64 next = pacer.freesAt(now, 1);
            if (next <= now)
                return {}; // would spin: the test fails on the empty result
            now = next;
            continue;
        }
        const int writes = std::min({batch, room, left});
        pacer.record(now, writes);
        handed.emplace_back(now, writes);
        left -= writes;
    }
    return handed;
}

} // namespace

class TestWritePacer final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void atLeastOneWritePerWindow();
    void countsOnlyTheWindow();
    void forgetDropsWhatLeftTheWindow();
    void freesAtWhenEnoughLeaves();
    void waitCountsWholeWindows();
    void waitStartsWithTheOldestWrite();
    void minimumDuration_data();
    void minimumDuration();
    void handingOverNeverExceedsTheWindow();
    void handingOverTakesWhatTheEstimateSays();
};

void TestWritePacer::atLeastOneWritePerWindow()
{
    const WritePacer pacer(0, 1000);
    QCOMPARE(pacer.perWindow(), 1);
    QCOMPARE(pacer.windowMs(), 1000);
    QCOMPARE(pacer.room(0), 1);
    QCOMPARE(WritePacer(-5, 10).perWindow(), 1);
}

void TestWritePacer::countsOnlyTheWindow()
{
    WritePacer pacer(15, 1000);
    QCOMPARE(pacer.writesInWindow(0), 0);
    pacer.record(0, 10);
    pacer.record(400, 3);
    QCOMPARE(pacer.writesInWindow(0), 13);
    QCOMPARE(pacer.room(999), 2);
    // The first hand-over leaves the window after exactly windowMs.
    QCOMPARE(pacer.writesInWindow(1000), 3);
    QCOMPARE(pacer.room(1000), 12);
    QCOMPARE(pacer.writesInWindow(1400), 0);
    // More than fits: the room is negative, never more writes.
    pacer.record(1400, 20);
    QCOMPARE(pacer.room(1400), -5);
}

void TestWritePacer::forgetDropsWhatLeftTheWindow()
{
    WritePacer pacer(10, 1000);
    pacer.record(0, 5);
    pacer.record(500, 5);
    pacer.forget(999);
    QCOMPARE(pacer.writesInWindow(999), 10);
    pacer.forget(1000);
    QCOMPARE(pacer.writesInWindow(1000), 5);
    // What was forgotten no longer holds back: only the write at 500 has to leave.
    QCOMPARE(pacer.freesAt(1000, 6), 1500);
    pacer.forget(5000);
    QCOMPARE(pacer.writesInWindow(5000), 0);
    QCOMPARE(pacer.freesAt(5000, 10), 5000);
}

void TestWritePacer::freesAtWhenEnoughLeaves()
{
    WritePacer pacer(10, 1000);
    pacer.record(0, 4);
    QCOMPARE(pacer.freesAt(300, 1), 300); // room now
    QCOMPARE(pacer.freesAt(300, 6), 300);
    pacer.record(200, 6);
    QCOMPARE(pacer.room(300), 0);
    QCOMPARE(pacer.freesAt(300, 1), 1000); // the 4 at 0 leave
    QCOMPARE(pacer.freesAt(300, 4), 1000);
    QCOMPARE(pacer.freesAt(300, 5), 1200); // the 6 at 200 must leave too
    QCOMPARE(pacer.freesAt(300, 10), 1200);
    // Entries already out of the window are skipped, not waited for.
    QCOMPARE(pacer.freesAt(1100, 4), 1100);
    QCOMPARE(pacer.freesAt(1100, 5), 1200);
}

void TestWritePacer::waitCountsWholeWindows()
{
    const WritePacer pacer(20, 1000);
    QCOMPARE(pacer.waitMs(0, 0), 0);
    QCOMPARE(pacer.waitMs(0, 20), 0);
    QCOMPARE(pacer.waitMs(0, 21), 1000);
    QCOMPARE(pacer.waitMs(0, 40), 1000);
    QCOMPARE(pacer.waitMs(0, 41), 2000);
    QCOMPARE(pacer.waitMs(0, 1000), 49'000);
}

void TestWritePacer::waitStartsWithTheOldestWrite()
{
    WritePacer pacer(20, 1000);
    pacer.record(100, 15);
    pacer.record(300, 5);
    // The window is full: the first of the rest goes when the writes at 100 leave, at 1100.
    QCOMPARE(pacer.waitMs(400, 1), 700);
    QCOMPARE(pacer.waitMs(400, 20), 700);
    QCOMPARE(pacer.waitMs(400, 21), 1700);
    // Room for 15 at 1150: those go at once, the next window's worth one window after the oldest.
    QCOMPARE(pacer.waitMs(1150, 15), 0);
    QCOMPARE(pacer.waitMs(1150, 16), 150);
}

void TestWritePacer::minimumDuration_data()
{
    QTest::addColumn<int>("perWindow");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("none") << 20 << 0 << qint64(0);
    QTest::newRow("one") << 20 << 1 << qint64(0);
    QTest::newRow("first window is free") << 20 << 20 << qint64(0);
    QTest::newRow("one more") << 20 << 21 << qint64(1000);
    QTest::newRow("two windows") << 20 << 40 << qint64(1000);
    QTest::newRow("three windows") << 20 << 41 << qint64(2000);
    QTest::newRow("one per window") << 1 << 5 << qint64(4000);
    QTest::newRow("at least one per window") << 0 << 5 << qint64(4000);
    QTest::newRow("ten thousand") << 100 << 10'000 << qint64(99'000);
}

void TestWritePacer::minimumDuration()
{
    QFETCH(int, perWindow);
    QFETCH(int, count);
    QFETCH(qint64, expected);
    QCOMPARE(WritePacer(perWindow, 1000).minimumDurationMs(count), expected);
    // What the unblock confirmation quotes is the same figure.
    GraphClientOptions options;
    options.writesPerWindow = perWindow;
    options.writeWindowMs = 1000;
    QCOMPARE(BulkUnblockJob::minimumDurationMs(count, options), expected);
}

void TestWritePacer::handingOverNeverExceedsTheWindow()
{
    for (const int batch : {1, 7, 20}) {
        WritePacer pacer(50, 10'000);
        const auto handed = handOverAll(pacer, 1234, batch, 5);
        QVERIFY(!handed.empty());
        int total = 0;
        for (const auto &[at, writes] : handed)
            total += writes;
        QCOMPARE(total, 1234);
        // Any window of windowMs that starts at a hand-over holds at most perWindow writes.
        for (std::size_t i = 0; i < handed.size(); ++i) {
            int inWindow = 0;
            for (std::size_t j = i; j < handed.size() && handed[j].first - handed[i].first < 10'000; ++j)
                inWindow += handed[j].second;
            QVERIFY2(inWindow <= 50, qPrintable(QString::number(inWindow)));
        }
    }
}

void TestWritePacer::handingOverTakesWhatTheEstimateSays()
{
    for (const int count : {1, 19, 20, 21, 99, 100, 101, 1000}) {
        WritePacer fresh(20, 1000);
        const qint64 estimate = fresh.waitMs(0, count);
        QCOMPARE(estimate, fresh.minimumDurationMs(count));
        const auto handed = handOverAll(fresh, count, 20);
        QVERIFY(!handed.empty());
        QCOMPARE(handed.back().first, estimate);
    }
    // With writes already in the window, the estimate still matches the hand-overs.
    WritePacer busy(20, 1000);
    busy.record(0, 12);
    busy.record(600, 8);
    const qint64 estimate = busy.waitMs(700, 45);
    const auto handed = handOverAll(busy, 45, 20, 700);
    QVERIFY(!handed.empty());
    QCOMPARE(handed.back().first - 700, estimate);
}

QTEST_GUILESS_MAIN(TestWritePacer)
#include "tst_WritePacer.moc"
