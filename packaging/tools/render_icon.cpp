// render_icon: renders the app icon's SVG to square PNGs at build time, so that the hicolor PNG sizes
// always match the SVG and no binary image is committed.
//
// Usage: render_icon INPUT.svg SIZE OUTPUT.png [SIZE OUTPUT.png ...]
// Exit status: 0 when every PNG was written, 1 on a bad SVG or a failed write, 2 on a usage error.
//
// No QGuiApplication: QSvgRenderer and QPainter on a QImage are pure raster work and need no platform
// plugin, so the tool runs on build machines without a display. The icon has no text, so no font
// database (which would need the GUI application) is touched.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>
#include <vector>

namespace {

constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;
// hicolor's largest fixed size is 512; anything beyond that is a typo in the build rules.
constexpr int kMaxSize = 1024;

struct Job {
    int size = 0;
    QString output;
};

int fail(const QString& message, int code)
{
    QTextStream(stderr) << "render_icon: " << message << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 4 || (argc - 2) % 2 != 0)
        return fail(QStringLiteral("usage: render_icon INPUT.svg SIZE OUTPUT.png [SIZE OUTPUT.png ...]"), kExitUsage);

    const QString input = QString::fromLocal8Bit(argv[1]);
    std::vector<Job> jobs;
    for (int i = 2; i + 1 < argc; i += 2) {
        bool ok = false;
        const int size = QByteArray(argv[i]).toInt(&ok);
        if (!ok || size < 1 || size > kMaxSize)
            return fail(QStringLiteral("bad size \"%1\" (1 to %2)").arg(QString::fromLocal8Bit(argv[i])).arg(kMaxSize),
                        kExitUsage);
        jobs.push_back({size, QString::fromLocal8Bit(argv[i + 1])});
    }

    QSvgRenderer renderer(input);
    if (!renderer.isValid())
        return fail(QStringLiteral("%1 is not a valid SVG file").arg(input), kExitFailed);
    // Icon themes expect square icons; a stretched render would hide a broken viewBox.
    const QRectF box = renderer.viewBoxF();
    if (box.isEmpty() || !qFuzzyCompare(box.width(), box.height()))
        return fail(QStringLiteral("%1: the viewBox is not square").arg(input), kExitFailed);

    for (const Job& job : jobs) {
        QImage image(job.size, job.size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, job.size, job.size));
        }
        // Written through a temporary name so an interrupted build never leaves half a PNG that looks
        // up to date to the build system.
        const QString folder = QFileInfo(job.output).absolutePath();
        if (!QDir().mkpath(folder))
            return fail(QStringLiteral("cannot create %1").arg(folder), kExitFailed);
        const QString partial = job.output + QStringLiteral(".part");
        QFile::remove(partial);
        if (!image.convertToFormat(QImage::Format_ARGB32).save(partial, "PNG"))
            return fail(QStringLiteral("cannot write %1").arg(partial), kExitFailed);
        QFile::remove(job.output);
        if (!QFile::rename(partial, job.output))
            return fail(QStringLiteral("cannot rename %1 to %2").arg(partial, job.output), kExitFailed);
    }
    return 0;
}
