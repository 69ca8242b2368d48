#include "core/UnixSignalWatcher.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace ed;

class TestUnixSignalWatcher final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliversSignalsOnTheEventLoop();
};

void TestUnixSignalWatcher::deliversSignalsOnTheEventLoop()
{
    UnixSignalWatcher watcher;
    QVERIFY(watcher.watch({SIGUSR1, SIGUSR2}));
    QSignalSpy spy(&watcher, &UnixSignalWatcher::signalReceived);
    std::raise(SIGUSR1);
    std::raise(SIGUSR2);
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).toInt(), SIGUSR1);
    QCOMPARE(spy.at(1).at(0).toInt(), SIGUSR2);
}

QTEST_GUILESS_MAIN(TestUnixSignalWatcher)
#include "tst_UnixSignalWatcher.moc"
