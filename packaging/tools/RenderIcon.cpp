// ed-render-icon: renders an SVG file to a square, transparent PNG.
//
// Usage: ed-render-icon <input.svg> <output.png> <size>
//
// Used at build time to produce the hicolor PNG icons from the single SVG
// source. Needs no windowing system: it only paints into a QImage.

#include <QtCore/QByteArray>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtGui/QImage>
#include <QtGui/QImageWriter>
#include <QtGui/QPainter>
#include <QtSvg/QSvgRenderer>

#include <cstdio>
#include <cstdlib>

namespace {

constexpr int kMinSize = 1;
constexpr int kMaxSize = 4096;

void printError(const QString &message)
{
    std::fprintf(stderr, "ed-render-icon: %s\n", message.toLocal8Bit().constData());
}

int usage()
{
    std::fprintf(stderr,
                 "usage: ed-render-icon <input.svg> <output.png> <size>\n"
                 "  Renders <input.svg> to a transparent <size>x<size> PNG (size %d..%d).\n",
                 kMinSize, kMaxSize);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 4)
        return usage();

    const QString input = QString::fromLocal8Bit(argv[1]);
    const QString output = QString::fromLocal8Bit(argv[2]);
    bool sizeOk = false;
    const int size = QString::fromLocal8Bit(argv[3]).toInt(&sizeOk);
    if (!sizeOk || size < kMinSize || size > kMaxSize) {
        printError(QStringLiteral("invalid size '%1' (expected an integer %2..%3)")
                           .arg(QString::fromLocal8Bit(argv[3]))
                           .arg(kMinSize)
                           .arg(kMaxSize));
        return usage();
    }

    if (!QFileInfo::exists(input)) {
        printError(QStringLiteral("input file '%1' does not exist").arg(input));
        return 1;
    }

    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        printError(QStringLiteral("cannot parse SVG '%1'").arg(input));
        return 1;
    }

    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        printError(QStringLiteral("cannot allocate a %1x%1 image").arg(size));
        return 1;
    }
    image.fill(Qt::transparent);

    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        renderer.setAspectRatioMode(Qt::KeepAspectRatio);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
    }

    const QFileInfo outInfo(output);
    if (!QDir().mkpath(outInfo.absolutePath())) {
        printError(QStringLiteral("cannot create directory '%1'").arg(outInfo.absolutePath()));
        return 1;
    }

    QImageWriter writer(output, QByteArrayLiteral("png"));
    if (!writer.write(image)) {
        printError(QStringLiteral("cannot write '%1': %2").arg(output, writer.errorString()));
        return 1;
    }
    return 0;
}
