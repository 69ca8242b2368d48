// The Graph client against the emulator: how many 1,000-device pages per second GraphPager
// fetches, parses and maps to AutopilotDevice structs (on its worker threads), and the client's
// CPU time per page. The emulator runs as a separate process (graph-emulator) so the CPU figure
// is the client's alone. Prints medians of several walks; the README quotes them.
//
// usage: bench_graph_client <graph-emulator> [devices=100000] [walks=3]

#include "auth/StaticTokenSource.h"
#include "graph/GraphClient.h"
#include "graph/IntuneService.h"
#include "models/AutopilotDevice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_graph_client <graph-emulator> [devices] [walks]\n");
        return 2;
    }
    const QString emulatorPath = QString::fromLocal8Bit(argv[1]);
    const QString devices = argc > 2 ? QString::fromLocal8Bit(argv[2]) : u"100000"_s;
    const int walks = argc > 3 ? QByteArray(argv[3]).toInt() : 3;

    QProcess emulator;
    emulator.start(emulatorPath, {u"--devices"_s, devices, u"--throttle"_s, u"off"_s});
    QString output;
    static const QRegularExpression listening(u"listening on (\\S+)"_s);
    while (!listening.match(output).hasMatch() && emulator.waitForReadyRead(60'000))
        output += QString::fromUtf8(emulator.readAllStandardOutput());
    const QUrl base(listening.match(output).captured(1));
    QProcess issue;
    issue.start(emulatorPath, {u"--issue-token"_s});
    issue.waitForFinished();
    auto token = ed::StaticTokenSource::fromText(QString::fromLatin1(issue.readAllStandardOutput()), u"bench"_s);
    if (!base.isValid() || !token) {
        std::fprintf(stderr, "could not start the emulator\n");
        return 1;
    }

    QNetworkAccessManager network;
    ed::GraphClientOptions options;
    options.graphBaseUrl = base;
    ed::GraphClient client(network, *token.value(), options);
    ed::IntuneService intune(client);

    QList<double> pagesPerSecond, cpuPerPage;
    qint64 items = 0;
    for (int walk = 0; walk < walks; ++walk) {
        ed::GraphPager *pager = intune.listAutopilotDevices();
        int pages = 0;
        qint64 mapped = 0;
        QEventLoop loop;
        QObject::connect(pager, &ed::GraphPager::pageReady, &loop, [&](const QJsonArray &, const QVariant &page) {
            ++pages;
            mapped += page.value<QList<ed::AutopilotDevice>>().size();
        });
        QObject::connect(pager, &ed::GraphPager::finished, &loop, &QEventLoop::quit);
        QObject::connect(pager, &ed::GraphPager::failed, &loop, [&](const ed::GraphError &e) {
            std::fprintf(stderr, "failed: %s\n", qPrintable(e.summary()));
            loop.quit();
        });
        const double cpuBefore = cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        pager->start();
        loop.exec();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        pagesPerSecond.append(pages / seconds);
        cpuPerPage.append((cpuSeconds() - cpuBefore) * 1000.0 / std::max(1, pages));
        items = mapped;
    }
    emulator.terminate();
    emulator.waitForFinished();
    std::printf("machine: %s, %d cores, Qt %s\n", qPrintable(QSysInfo::prettyProductName()),
                QThread::idealThreadCount(), qVersion());
    std::printf("%lld devices per walk, %d walks: median %.1f pages/s (1,000-device pages), client CPU %.2f ms per "
                "page (median)\n",
                static_cast<long long>(items), walks, median(pagesPerSecond), median(cpuPerPage));
    return 0;
}
