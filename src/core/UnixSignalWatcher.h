#pragma once

#include <QObject>

class QSocketNotifier;

namespace ed {

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal on the event loop (self-pipe trick), so the
// application can close its window and save its state instead of dying mid-write.
class UnixSignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignalWatcher)
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    // Starts watching; returns false when the pipe or handler could not be set up.
    bool watch(const QList<int> &signalNumbers);

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_watched;
};

} // namespace ed
