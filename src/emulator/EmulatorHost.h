#pragma once

#include "EmulatorOptions.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QObject;
class QThread;

namespace ed::emu {

class GraphEmulator;
class RequestLog;

// Runs a GraphEmulator on its own worker thread: what `enrollment-desk --demo` and the tests use.
// start() returns once the server listens; the destructor stops it and joins the thread.
class EmulatorHost final
{
    Q_DISABLE_COPY_MOVE(EmulatorHost)
public:
    explicit EmulatorHost(EmulatorOptions options = {});
    ~EmulatorHost();

    bool start(QString *error = nullptr);
    void stop();

    QUrl baseUrl() const; // "http://127.0.0.1:PORT" (https with tls)
    QString certificateFile() const; // PEM of the self-signed certificate (tls only)
    const EmulatorOptions &options() const { return m_options; }

    // Thread-safe: readable while the emulator serves.
    RequestLog &log();
    // A valid access token for the demo admin (or an app when userPrincipalName is empty).
    QString issueToken(const QStringList &scopes,
                       const QString &userPrincipalName = QStringLiteral("admin@contoso.onmicrosoft.com")) const;
    // Runs fn on the emulator thread and waits for it (test hooks: approve a device code, …).
    void runOnEmulatorThread(const std::function<void(GraphEmulator &)> &fn) const;

    // Every permission the app can ask for: the default scopes of issueToken() in tests.
    static QStringList allScopes();

private:
    EmulatorOptions m_options;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QObject> m_anchor; // lives on m_thread: the context for calls into it
    GraphEmulator *m_emulator = nullptr; // lives on m_thread
    QUrl m_baseUrl;
    QString m_certificateFile;
};

} // namespace ed::emu
