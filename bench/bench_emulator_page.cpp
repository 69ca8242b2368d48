// How fast the emulator serves a full 1,000-device page of Autopilot devices over real loopback
// HTTP (QNetworkAccessManager ↔ QHttpServer on a worker thread), and how long the demo tenant
// takes to generate. Prints medians; the README quotes them.
//
// usage: bench_emulator_page [devices=100000] [pages=60]

#include "emulator/DemoTenant.h"
#include "emulator/EmulatorHost.h"
#include "emulator/RequestLog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int devices = argc > 1 ? QByteArray(argv[1]).toInt() : 100'000;
    const int pages = argc > 2 ? QByteArray(argv[2]).toInt() : 60;

    // 1. Generating the demo tenant (single thread, no server).
    QList<double> generation;
    for (int i = 0; i < 3; ++i) {
        ed::emu::EmulatorOptions options;
        options.devices = devices;
        QElapsedTimer timer;
        timer.start();
        const ed::emu::DemoTenant tenant(options);
        generation.append(double(timer.nsecsElapsed()) / 1e6);
        if (tenant.devices.size() != devices)
            return 1;
    }

    // 2. Serving pages: walk the nextLinks, as a client does, timing each full page.
    ed::emu::EmulatorOptions options;
    options.devices = devices;
    options.throttle = ed::emu::ThrottleProfile::Off;
    ed::emu::EmulatorHost host(options);
    QString error;
    if (!host.start(&error)) {
        std::fprintf(stderr, "cannot start the emulator: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArray authorization = "Bearer " + host.issueToken(ed::emu::EmulatorHost::allScopes()).toLatin1();
    QNetworkAccessManager network;
    QList<double> cold, warm, coldServer, warmServer;
    qint64 bytes = 0;
    for (int pass = 0; pass < 2; ++pass) {
        QString next = host.baseUrl().toString() + u"/beta/deviceManagement/windowsAutopilotDeviceIdentities"_s;
        for (int page = 0; page < pages && !next.isEmpty(); ++page) {
            QNetworkRequest request{QUrl(next)};
            request.setRawHeader("Authorization", authorization);
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            QElapsedTimer timer;
            timer.start();
            QNetworkReply *reply = network.get(request);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const QByteArray body = reply->readAll();
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            (pass == 0 ? cold : warm).append(ms);
            (pass == 0 ? coldServer : warmServer).append(double(host.log().entries().constLast().handlingUs) / 1000.0);
            bytes = body.size();
            next = QJsonDocument::fromJson(body).object().value(u"@odata.nextLink"_s).toString();
            reply->deleteLater();
            if (reply->error() != QNetworkReply::NoError) {
                std::fprintf(stderr, "request failed: %s\n", qPrintable(reply->errorString()));
                return 1;
            }
        }
    }

    std::printf("machine: %s, %d cores, Qt %s\n", qPrintable(QSysInfo::prettyProductName()),
                QThread::idealThreadCount(), qVersion());
    std::printf("demo tenant with %d devices generated in %.0f ms (median of 3)\n", devices, median(generation));
    std::printf("1000-device page (%.0f KiB) over loopback, first walk: median %.2f ms, p90 %.2f ms (%lld pages)\n",
                double(bytes) / 1024.0, median(cold), percentile(cold, 0.9), static_cast<long long>(cold.size()));
    std::printf("1000-device page over loopback, second walk (JSON cached): median %.2f ms, p90 %.2f ms\n",
                median(warm), percentile(warm, 0.9));
    std::printf("emulator time per page (request parsed to answer written to the socket): first walk median %.2f ms, "
                "second walk median %.2f ms\n",
                median(coldServer), median(warmServer));
    return 0;
}
