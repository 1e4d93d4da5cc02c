// resonance: the desktop application.
#include "mainwindow.h"

#include "document/documentprobe.h"
#include "image/imageprobe.h"
#include "image/view/imageannotator.h"
#include "project/assetprobe.h"
#include "settings.h"
#include "timeseries/signalprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace {

/// Longest wait for the window to settle (thumbnails, previews, jobs) before a screenshot.
constexpr int ScreenshotTimeoutMs = 10000;

/// Grabs \a window into \a file once nothing is loading any more, then ends the event loop.
void screenshotWhenSettled(rwb::app::MainWindow *window, const QString &file)
{
    auto *timer = new QTimer(window);
    auto *clock = new QElapsedTimer;
    clock->start();
    int quietTicks = 0;
    QObject::connect(timer, &QTimer::timeout, window, [=]() mutable {
        quietTicks = window->isBusy() ? 0 : quietTicks + 1;
        // Three quiet ticks in a row: queued repaints and layouts have run too.
        if (quietTicks < 3 && clock->elapsed() < ScreenshotTimeoutMs)
            return;
        timer->stop();
        delete clock;
        const bool saved = window->grab().save(file, "PNG");
        if (!saved)
            std::fprintf(stderr, "resonance: cannot write the screenshot %s\n", qPrintable(file));
        QCoreApplication::exit(saved ? 0 : 1);
    });
    timer->start(100);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Resonance"));
    QCoreApplication::setApplicationName(QStringLiteral("resonance"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RWB_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("resonance"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Resonance Workbench: offline labeling of industrial data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QStringLiteral("User interface language: zh_CN or en (default: as in Preferences)."), QStringLiteral("lang"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Render the main window to the PNG <file> once it has settled, then quit."),
        QStringLiteral("file"));
    parser.addOption(langOption);
    const QCommandLineOption assetOption(QStringLiteral("asset"),
        QStringLiteral("Open the asset with this id after the project (screenshots, bug reports)."),
        QStringLiteral("id"));
    parser.addOption(screenshotOption);
    parser.addOption(assetOption);
    parser.addPositionalArgument(
        QStringLiteral("project"), QStringLiteral("Project file (*.rwb) to open."), QStringLiteral("[project.rwb]"));
    parser.process(app);

    QString language;
    if (parser.isSet(langOption)) {
        language = parser.value(langOption);
        if (!rwb::app::Settings::supportedLanguages().contains(language)) {
            std::fprintf(stderr, "resonance: unknown language '%s' (use %s)\n", qPrintable(language),
                qPrintable(rwb::app::Settings::supportedLanguages().join(QLatin1String(" or "))));
            return 2;
        }
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::fprintf(stderr, "resonance: give at most one project file\n");
        return 2;
    }

    rwb::app::Settings settings;
    // The composition root: modules register their AssetProbes and annotators here.
    rwb::project::AssetProbeRegistry::add(std::make_shared<rwb::image::ImageProbe>());
    rwb::project::AssetProbeRegistry::add(std::make_shared<rwb::timeseries::SignalProbe>());
    rwb::project::AssetProbeRegistry::add(std::make_shared<rwb::document::DocumentProbe>());

    rwb::app::MainWindow window(settings);
    window.annotators().add([] { return std::make_unique<rwb::image::ImageAnnotator>(); }, 10);
    const bool screenshot = parser.isSet(screenshotOption);
    window.setDialogsEnabled(!screenshot);
    window.applyLanguage(parser.isSet(langOption) ? language : settings.language());
    window.show();
    bool ok = true;
    if (!positional.isEmpty())
        ok = window.openProject(QFileInfo(positional.first()).absoluteFilePath());
    if (ok && parser.isSet(assetOption))
        ok = window.openAsset(parser.value(assetOption).toLongLong());
    if (screenshot) {
        if (!ok)
            return 1;
        screenshotWhenSettled(&window, parser.value(screenshotOption));
    }
    return app.exec();
}
