#include "EmulatorHost.h"

#include "GraphEmulator.h"

#include <QThread>

namespace ed::emu {

using namespace Qt::StringLiterals;

EmulatorHost::EmulatorHost(EmulatorOptions options)
    : m_options(std::move(options))
{ }

EmulatorHost::~EmulatorHost()
{
    stop();
}

QStringList EmulatorHost::allScopes()
{
    return {u"DeviceManagementServiceConfig.ReadWrite.All"_s, u"DeviceManagementConfiguration.ReadWrite.All"_s,
            u"Group.Read.All"_s, u"Directory.Read.All"_s};
}

bool EmulatorHost::start(QString *error)
{
    if (m_thread)
        return true;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(u"graph-emulator"_s);
    m_anchor = std::make_unique<QObject>();
    m_anchor->moveToThread(m_thread.get());
    m_thread->start();
    bool started = false;
    QString startError;
    // The emulator is created, started and destroyed on its own thread.
    QMetaObject::invokeMethod(
            m_anchor.get(),
            [&] {
                m_emulator = new GraphEmulator(m_options);
                started = m_emulator->start(&startError);
                m_baseUrl = m_emulator->baseUrl();
                m_certificateFile = m_emulator->certificateFile();
            },
            Qt::BlockingQueuedConnection);
    if (!started) {
        if (error)
            *error = startError;
        stop();
        return false;
    }
    return true;
}

void EmulatorHost::stop()
{
    if (!m_thread)
        return;
    if (m_emulator) {
        GraphEmulator *emulator = m_emulator;
        QMetaObject::invokeMethod(
                m_anchor.get(), [emulator] { delete emulator; }, Qt::BlockingQueuedConnection);
        m_emulator = nullptr;
    }
    m_thread->quit();
    m_thread->wait();
    m_anchor.reset(); // its thread has finished: safe to delete here
    m_thread.reset();
}

QUrl EmulatorHost::baseUrl() const
{
    return m_baseUrl;
}

QString EmulatorHost::certificateFile() const
{
    return m_certificateFile;
}

RequestLog &EmulatorHost::log()
{
    return m_emulator->log(); // RequestLog is thread-safe
}

QString EmulatorHost::issueToken(const QStringList &scopes, const QString &userPrincipalName) const
{
    // The authority is stateless for issuing; a local one with the same seed signs the same way.
    TokenAuthority authority(m_options.seed, m_options.tenantId);
    TokenAuthority::Grant grant;
    grant.appId = u"14d82eec-204b-4c2f-b7e8-296a70dab67e"_s;
    grant.appDisplayName = u"Microsoft Graph Command Line Tools"_s;
    if (userPrincipalName.isEmpty()) {
        grant.appId = u"d3b07384-d9a0-4c9b-8f7e-2b8c1a5e6f70"_s;
        grant.appDisplayName = u"Enrollment Desk demo automation"_s;
        grant.roles = scopes;
    } else {
        grant.userPrincipalName = userPrincipalName;
        grant.displayName = u"Demo Admin"_s;
        grant.objectId = u"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s;
        grant.scopes = scopes;
    }
    return authority.issue(grant, QDateTime::currentDateTimeUtc());
}

void EmulatorHost::runOnEmulatorThread(const std::function<void(GraphEmulator &)> &fn) const
{
    if (!m_emulator)
        return;
    GraphEmulator *emulator = m_emulator;
    if (QThread::currentThread() == m_thread.get()) {
        fn(*emulator);
        return;
    }
    QMetaObject::invokeMethod(
            m_anchor.get(), [&] { fn(*emulator); }, Qt::BlockingQueuedConnection);
}

} // namespace ed::emu
