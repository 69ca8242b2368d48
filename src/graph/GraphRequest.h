#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace ed {

// One call to Microsoft Graph, as a value: what to send, not how. IntuneService builds these;
// GraphClient sends them (with token, ids, retries and pacing).
struct GraphRequest
{
    enum class Method { Get, Post, Patch, Put, Delete };
    enum class Version { Beta, V1 };

    Method method = Method::Get;
    Version version = Version::Beta;
    QString path; // "/deviceManagement/windowsAutopilotDeviceIdentities", relative to the version
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers; // extra headers (ConsistencyLevel, …)
    std::optional<QJsonObject> body;
    QUrl absoluteUrl; // a nextLink, followed verbatim; overrides version, path and query
    QStringList permissions; // any of these lets the call through (named in a 403's explanation)
    QStringList dependsOn; // $batch only: ids of earlier items in the same batch
    QString workloadHint; // a $batch names the workload of its items
    int paceWeight = -1; // writes it stands for (a $batch of 20 writes: 20); -1: 1 for writes, 0 for reads

    static GraphRequest get(Version version, const QString &path, const QUrlQuery &query = {});
    static GraphRequest post(Version version, const QString &path, const QJsonObject &body = {});
    static GraphRequest patch(Version version, const QString &path, const QJsonObject &body);
    static GraphRequest del(Version version, const QString &path);

    bool readOnly = false; // a POST that only reads (getByIds): retried and paced like a GET
    // A 429 here is the operation's own cooldown (Autopilot sync: once per 10 minutes), not
    // throttling: fail at once with the Retry-After, and do not hold the rest of the workload.
    bool cooldownOn429 = false;
    // The caller parses the body itself (GraphPager, on a worker): a 2xx body is delivered as it
    // came, not parsed into GraphResponse::json a first time.
    bool rawBody = false;
    // A write whose repetition changes nothing more (profile assign sets the same intended
    // profile again): retried after 500/502 and transport failures like a read.
    bool idempotent = false;
    bool isRead() const { return method == Method::Get || readOnly; }
    // Safe to send again when the first attempt's outcome is unknown.
    bool isRepeatable() const { return isRead() || idempotent; }
    QByteArray methodName() const;
    static QString versionName(Version version);
    // The full URL under a Graph base ("https://graph.microsoft.com").
    QUrl url(const QUrl &graphBase) const;
    // The URL relative to the version, as $batch items need ("/deviceManagement/…?$top=5").
    QString relativeUrl() const;
    // The throttling scope: "deviceManagement" (Intune) or "directory" (everything else).
    QString workload() const;
};

} // namespace ed
