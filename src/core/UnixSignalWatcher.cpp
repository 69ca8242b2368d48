#include "UnixSignalWatcher.h"

#include "Logging.h"

#include <QSocketNotifier>

#include <array>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace ed {

namespace {
// The signal handler may only touch async-signal-safe state: one socket pair for the process.
std::array<int, 2> signalSockets{-1, -1};

void onSignal(int signalNumber)
{
    const auto byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(signalSockets[0], &byte, 1);
}
} // namespace

UnixSignalWatcher::UnixSignalWatcher(QObject *parent)
    : QObject(parent)
{ }

UnixSignalWatcher::~UnixSignalWatcher()
{
    for (int signalNumber : std::as_const(m_watched))
        std::signal(signalNumber, SIG_DFL);
}

bool UnixSignalWatcher::watch(const QList<int> &signalNumbers)
{
    if (signalSockets[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalSockets.data()) != 0) {
        qCWarning(lcApp) << "Cannot create the signal socket pair; SIGTERM will end the app without saving state";
        return false;
    }
    if (!m_notifier) {
        m_notifier = new QSocketNotifier(signalSockets[1], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignalWatcher::readSignal);
    }
    for (int signalNumber : signalNumbers) {
        struct sigaction action = {};
        action.sa_handler = &onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        if (::sigaction(signalNumber, &action, nullptr) != 0)
            return false;
        m_watched.append(signalNumber);
    }
    return true;
}

void UnixSignalWatcher::readSignal()
{
    unsigned char byte = 0;
    if (::read(signalSockets[1], &byte, 1) == 1) {
        qCInfo(lcApp) << "Received signal" << int(byte) << "- closing";
        Q_EMIT signalReceived(int(byte));
    }
}

} // namespace ed
