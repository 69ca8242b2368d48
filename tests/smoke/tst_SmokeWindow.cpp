// The real-window smoke test: run under Xvfb (see tests/CMakeLists.txt). Starts the real
// executable on the X display, waits until its main window is on screen, saves a screenshot
// of the whole screen and checks it is not blank, then ends the app with SIGTERM.
// Argument: where to save the screenshot.

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QProcess>
#include <QScreen>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The part of the screen the window covers (Xvfb's root window is black around it).
QRect paintedArea(const QImage &image)
{
    const QRgb background = image.pixel(image.width() - 1, image.height() - 1);
    QRect area;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != background)
                area |= QRect(x, y, 1, 1);
    return area;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "xcb");
    QGuiApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        qCritical("usage: tst_SmokeWindow <screenshot.png> (run under xvfb-run)");
        return 2;
    }
    const QString screenshotPath = app.arguments().at(1);
    QDir().mkpath(QFileInfo(screenshotPath).absolutePath());

    QProcess enrollmentDesk;
    enrollmentDesk.setProcessChannelMode(QProcess::ForwardedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    enrollmentDesk.setProcessEnvironment(env);
    enrollmentDesk.start(QStringLiteral(ED_APP_EXECUTABLE), {u"--demo"_s, u"--lang"_s, u"en"_s});
    if (!enrollmentDesk.waitForStarted(10'000)) {
        qCritical("FAIL: enrollment-desk did not start: %s", qPrintable(enrollmentDesk.errorString()));
        return 1;
    }

    // An empty Xvfb screen is one colour. Wait until the window has painted a real UI.
    QScreen *screen = QGuiApplication::primaryScreen();
    QElapsedTimer timer;
    timer.start();
    QImage shot;
    int colours = 0;
    int stableRounds = 0;
    while (timer.elapsed() < 30'000 && enrollmentDesk.state() == QProcess::Running) {
        QTest::qWait(250);
        const QImage next = screen->grabWindow(0).toImage();
        const int nextColours = distinctColours(next);
        stableRounds = (nextColours >= 16 && next == shot) ? stableRounds + 1 : 0;
        shot = next;
        colours = nextColours;
        if (stableRounds >= 2) // the same rich picture three times: painting has settled
            break;
    }
    const bool running = enrollmentDesk.state() == QProcess::Running;
    enrollmentDesk.terminate();
    const bool ended = enrollmentDesk.waitForFinished(15'000);
    if (!ended)
        enrollmentDesk.kill();

    if (!shot.isNull()) {
        const QRect window = paintedArea(shot);
        shot = shot.copy(window.isEmpty() ? shot.rect() : window);
        shot.save(screenshotPath);
    }
    qInfo("screenshot %s: %dx%d, %d distinct colours, after %lld ms", qPrintable(screenshotPath), shot.width(),
          shot.height(), colours, timer.elapsed());
    if (!running) {
        qCritical("FAIL: enrollment-desk exited before its window was captured (exit code %d)",
                  enrollmentDesk.exitCode());
        return 1;
    }
    if (stableRounds < 2) {
        qCritical("FAIL: the screen stayed blank or never settled (%d colours)", colours);
        return 1;
    }
    if (!ended || enrollmentDesk.exitCode() != 0) {
        qCritical("FAIL: enrollment-desk did not end cleanly on SIGTERM");
        return 1;
    }
    qInfo("PASS");
    return 0;
}
