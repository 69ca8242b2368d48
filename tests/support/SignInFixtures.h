#pragma once

// What the sign-in tests share: the emulator's demo app registrations (docs/EMULATOR-IDENTITY.md),
// the read-only scopes the app asks for, a Graph path to try a token on, a failure message for an
// Expected, the emulator's committed key files, and a vault read that waits for its answer.

#include "auth/TokenVault.h"
#include "core/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace ed::test {

// A file of src/emulator/data (the demo app's certificate and key).
inline QString emulatorDataFile(const char *name)
{
    return QStringLiteral(ED_SOURCE_DIR "/src/emulator/data/") + QLatin1StringView(name);
}

// Reads what the vault holds for an account (vaults answer on a later event-loop turn), waiting up
// to 5 s; `error` says so when it never answered.
inline VaultResult loadNow(TokenVault &vault, const QString &account)
{
    VaultResult answer;
    bool done = false;
    QObject context;
    vault.load(account, &context, [&](const VaultResult &result) {
        answer = result;
        done = true;
    });
    QDeadlineTimer deadline(5000);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!done)
        answer.error = QStringLiteral("the vault did not answer");
    return answer;
}

// Microsoft Graph Command Line Tools: the public client the emulator knows (and the app's default).
inline const QString publicClient = QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e");
// Enrollment Desk demo automation: the confidential client (secret or demo certificate).
inline const QString confidentialClient = QStringLiteral("d3b07384-d9a0-4c9b-8f7e-2b8c1a5e6f70");
inline const QString demoSecret = QStringLiteral("demo-secret-ed-emulator");
// What read-only mode asks for (issue 8 point 4).
inline const QStringList readOnlyScopes{QStringLiteral("DeviceManagementServiceConfig.Read.All"),
                                        QStringLiteral("Group.Read.All"), QStringLiteral("openid"),
                                        QStringLiteral("profile"), QStringLiteral("offline_access")};
// One cheap Graph read to prove a token works.
inline const QString devicesPath = QStringLiteral("/beta/deviceManagement/windowsAutopilotDeviceIdentities?$top=1");

// The error of an Expected for a failure message (QVERIFY2 evaluates its message every time).
template<typename T>
QByteArray why(const Expected<T> &expected)
{
    return expected.ok() ? QByteArray() : expected.error().toUtf8();
}

// Every Qt message from its construction to its destruction (then the previous handler is back),
// to prove no credential reaches a log line. One at a time.
class MessageCapture final
{
    Q_DISABLE_COPY_MOVE(MessageCapture)
public:
    MessageCapture()
    {
        const QMutexLocker lock(&mutex());
        lines().clear();
        m_previous = qInstallMessageHandler(&MessageCapture::capture);
    }
    ~MessageCapture() { qInstallMessageHandler(m_previous); }

    static QString text()
    {
        const QMutexLocker lock(&mutex());
        return lines().join(u'\n');
    }

private:
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    static QStringList &lines()
    {
        static QStringList l;
        return l;
    }
    static void capture(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        const QMutexLocker lock(&mutex());
        lines().append(message);
    }

    QtMessageHandler m_previous = nullptr;
};

} // namespace ed::test
