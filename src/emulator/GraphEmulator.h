#pragma once

#include "DemoTenant.h"
#include "EmulatorContext.h"
#include "EmulatorOptions.h"
#include "FaultInjector.h"
#include "RequestLog.h"
#include "Throttler.h"
#include "TokenAuthority.h"

#include <QAbstractHttpServer>
#include <QUrl>

#include <memory>
#include <vector>

namespace ed::emu {

class AutopilotDevicesApi;
class BatchApi;
class DeploymentProfilesApi;
class DirectoryApi;
class EnrollmentConfigurationsApi;
class IdentityApi;

// A local Microsoft Graph and identity platform over real HTTP(S) on 127.0.0.1 (graph.md §9).
// Every request goes: transport faults → identity platform, or authentication → throttling →
// injected errors → the API module that owns the path; the answer carries Graph's headers.
// Single-threaded: it lives on one thread (EmulatorHost gives it a worker thread).
class GraphEmulator final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphEmulator)
public:
    explicit GraphEmulator(EmulatorOptions options, QObject *parent = nullptr);
    ~GraphEmulator() override;

    // Listens on options.host:options.port (TLS with a fresh self-signed certificate if asked).
    bool start(QString *error = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }
    QString certificateFile() const { return m_certificateFile; }

    const EmulatorOptions &options() const { return m_options; }
    DemoTenant &tenant() { return m_tenant; }
    TokenAuthority &tokens() { return m_tokens; }
    RequestLog &log() { return m_log; }
    IdentityApi &identity() { return *m_identity; }

    // The full pipeline for one request, minus transport faults and latency ($batch items use it).
    EmuResponse dispatch(const EmuRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    EmuRequest toEmuRequest(const QHttpServerRequest &request) const;
    EmuResponse dispatchGraph(const EmuRequest &request, RequestLogEntry &entry);
    void finish(const EmuRequest &request, EmuResponse &response) const;
    void logRequest(const EmuRequest &request, RequestLogEntry entry);
    static void write(QTcpSocket *socket, const EmuResponse &response, bool truncate, bool close);

    EmulatorOptions m_options;
    DemoTenant m_tenant;
    TokenAuthority m_tokens;
    RequestLog m_log;
    Throttler m_throttler;
    FaultInjector m_faults;
    EmulatorContext m_context;
    QUrl m_baseUrl;
    QString m_certificateFile;
    std::unique_ptr<IdentityApi> m_identity;
    std::unique_ptr<BatchApi> m_batch;
    std::vector<std::unique_ptr<ApiModule>> m_graphModules; // devices, profiles, configurations, directory
};

} // namespace ed::emu
