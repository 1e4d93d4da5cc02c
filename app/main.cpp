// resonance: the desktop application.
#include "mainwindow.h"

#include "assist/assistschema.h"
#include "document/documentmigrations.h"
#include "document/documentprobe.h"
#include "document/view/documentannotator.h"
#include "document/view/documentannotatorwidget.h"
#include "document/view/pdfview.h"
#include "evaluation/evaluationmigrations.h"
#include "evaluation/view/evaluationdashboard.h"
#include "exchange/exchangemigrations.h"
#include "image/imageprobe.h"
#include "image/view/imageannotator.h"
#include "image/view/imageannotatorwidget.h"
#include "image/view/imagecanvas.h"
#include "knowledge/graphlinkprovider.h"
#include "knowledge/knowledgemigrations.h"
#include "knowledge/view/graphcanvas.h"
#include "knowledge/view/knowledgeworkspace.h"
#include "project/assetprobe.h"
#include "project/project.h"
#include "settings.h"
#include "timeseries/signalprobe.h"
#include "timeseries/view/signalannotator.h"
#include "timeseries/view/signalannotatorwidget.h"
#include "timeseries/view/signalgroupdialog.h"
#include "timeseries/view/signalview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

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

/// The language asked for with --lang (either spelling), or empty.
QString languageArgument(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(QLatin1String("--lang=")))
            return args[i].mid(7);
    }
    return {};
}

QString text(const char *source)
{
    return QCoreApplication::translate("rwb::app::main", source);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Resonance"));
    QCoreApplication::setApplicationName(QStringLiteral("resonance"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RWB_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("resonance"));

    rwb::app::Settings settings;
    // --help and the messages below come in the language the window will have.
    {
        const QString asked = languageArgument(QCoreApplication::arguments());
        const QString early = rwb::app::Settings::resolveLanguage(
            rwb::app::Settings::supportedLanguages().contains(asked) ? asked : settings.language());
        QLocale::setDefault(early == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                            : QLocale(QLocale::English, QLocale::UnitedStates));
        static std::vector<std::unique_ptr<QTranslator>> translators = rwb::app::MainWindow::loadTranslators(early);
        for (const auto &t : translators)
            QCoreApplication::installTranslator(t.get());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        text(QT_TRANSLATE_NOOP("rwb::app::main", "Resonance Workbench: offline labeling of industrial data.")));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
        text(QT_TRANSLATE_NOOP("rwb::app::main", "User interface language: zh_CN or en (default: as in Preferences).")),
        QStringLiteral("lang"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        text(QT_TRANSLATE_NOOP(
            "rwb::app::main", "Render the main window to the PNG <file> once it has settled, then quit.")),
        QStringLiteral("file"));
    parser.addOption(langOption);
    const QCommandLineOption assetOption(QStringLiteral("asset"),
        text(QT_TRANSLATE_NOOP(
            "rwb::app::main", "Open the asset with this id after the project (screenshots, bug reports).")),
        QStringLiteral("id"));
    const QCommandLineOption zoomOption(QStringLiteral("zoom"),
        text(QT_TRANSLATE_NOOP("rwb::app::main",
            "Zoom the open image to this percentage, centred, or a signal by this percentage about its first label "
            "(screenshots).")),
        QStringLiteral("percent"));
    const QCommandLineOption knowledgeOption(QStringLiteral("knowledge"),
        text(QT_TRANSLATE_NOOP("rwb::app::main",
            "Show the knowledge graph after the project, with the root-cause chains of the node with this key "
            "(screenshots).")),
        QStringLiteral("key"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        text(QT_TRANSLATE_NOOP("rwb::app::main", "Show this page (1-based) of the open PDF document (screenshots).")),
        QStringLiteral("page"));
    parser.addOption(screenshotOption);
    parser.addOption(assetOption);
    parser.addOption(pageOption);
    parser.addOption(zoomOption);
    parser.addOption(knowledgeOption);
    const QCommandLineOption evaluationOption(QStringLiteral("evaluation"),
        text(QT_TRANSLATE_NOOP("rwb::app::main",
            "Show the evaluation dashboard after the project and evaluate this model run (screenshots).")),
        QStringLiteral("model"));
    const QCommandLineOption evaluationTabOption(QStringLiteral("evaluation-tab"),
        text(QT_TRANSLATE_NOOP("rwb::app::main", "Dashboard tab to show with --evaluation, from 0 (screenshots).")),
        QStringLiteral("index"));
    parser.addOption(evaluationOption);
    parser.addOption(evaluationTabOption);
    parser.addPositionalArgument(QStringLiteral("project"),
        text(QT_TRANSLATE_NOOP("rwb::app::main", "Project file (*.rwb) to open.")), QStringLiteral("[project.rwb]"));
    parser.process(app);

    QString language;
    if (parser.isSet(langOption)) {
        language = parser.value(langOption);
        if (!rwb::app::Settings::supportedLanguages().contains(language)) {
            std::fprintf(stderr, "%s\n",
                qPrintable(text(QT_TRANSLATE_NOOP("rwb::app::main", "resonance: unknown language '%1' (use %2)"))
                               .arg(language, rwb::app::Settings::supportedLanguages().join(QLatin1String(" / ")))));
            return 2;
        }
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::fprintf(stderr, "%s\n",
            qPrintable(text(QT_TRANSLATE_NOOP("rwb::app::main", "resonance: give at most one project file"))));
        return 2;
    }

    // The composition root: modules register their AssetProbes and annotators here.
    rwb::project::AssetProbeRegistry::add(std::make_shared<rwb::image::ImageProbe>());
    rwb::project::AssetProbeRegistry::add(std::make_shared<rwb::timeseries::SignalProbe>());
    rwb::project::AssetProbeRegistry::add(std::make_shared<rwb::document::DocumentProbe>());
    rwb::knowledge::registerMigrations(); // the knowledge tables, before any project opens
    rwb::evaluation::registerMigrations(); // evaluation results, labeling queues, image hashes
    rwb::exchange::registerMigrations(); // published dataset versions
    rwb::assist::AssistSchema::registerMigrations(); // bundled models and their runs
    rwb::document::DocumentMigrations::registerSet();

    rwb::app::MainWindow window(settings);
    window.annotators().add([] { return std::make_unique<rwb::image::ImageAnnotator>(); }, 10);
    window.annotators().add([] { return std::make_unique<rwb::timeseries::SignalAnnotator>(); }, 10);
    window.addImportSource(
        { QStringLiteral("timeseries.import-aligned"), &rwb::timeseries::SignalGroupDialog::actionTitle,
            &rwb::timeseries::SignalGroupDialog::actionStatusTip, &rwb::timeseries::SignalGroupDialog::pick });
    window.annotators().add(
        [] {
            // Spans link to knowledge-graph nodes (and become their evidence).
            auto annotator = std::make_unique<rwb::document::DocumentAnnotator>();
            annotator->setLinkProviderFactory([](rwb::project::Project &project) {
                return std::make_unique<rwb::knowledge::GraphLinkProvider>(project.connection());
            });
            return annotator;
        },
        10);
    const bool screenshot = parser.isSet(screenshotOption);
    window.setDialogsEnabled(!screenshot);
    window.applyLanguage(parser.isSet(langOption) ? language : settings.language());
    window.show();
    bool ok = true;
    if (!positional.isEmpty())
        ok = window.openProject(QFileInfo(positional.first()).absoluteFilePath());
    if (ok && parser.isSet(assetOption))
        ok = window.openAsset(parser.value(assetOption).toLongLong());
    if (ok && parser.isSet(zoomOption)) {
        if (auto *signal = qobject_cast<rwb::timeseries::SignalAnnotator *>(window.currentAnnotator())) {
            // Signals: zoomed about the first label, so that a screenshot shows labeled samples.
            auto *view = qobject_cast<rwb::timeseries::SignalAnnotatorWidget *>(signal->widget());
            const double factor = parser.value(zoomOption).toDouble() / 100.0;
            if (view && factor > 0) {
                QTimer::singleShot(0, view, [view, factor] {
                    rwb::timeseries::SignalView *plot = view->view();
                    double about = (plot->viewStart() + plot->viewEnd()) / 2;
                    if (!plot->labels().isEmpty()) {
                        const auto &first = plot->labels().first().label;
                        about = (double(first.start) + double(first.end)) / 2;
                    }
                    plot->zoomBy(factor, plot->xOfSample(about));
                    const double span = plot->viewEnd() - plot->viewStart();
                    plot->setViewRange(about - span / 2, about + span / 2);
                });
            }
        } else if (auto *image = qobject_cast<rwb::image::ImageAnnotator *>(window.currentAnnotator())) {
            auto *view = qobject_cast<rwb::image::ImageAnnotatorWidget *>(image->widget());
            const double scale = parser.value(zoomOption).toDouble() / 100.0;
            if (view && scale > 0) {
                // After the first layout, so that the view has its size.
                QTimer::singleShot(0, view, [view, scale] {
                    view->canvas()->centerOn(
                        QPointF(view->canvas()->imageSize().width() / 2.0, view->canvas()->imageSize().height() / 2.0),
                        scale);
                });
            }
        }
    }
    if (ok && parser.isSet(knowledgeOption)) {
        rwb::knowledge::KnowledgeWorkspace *kg = window.showKnowledgeGraph();
        const QString key = parser.value(knowledgeOption);
        ok = kg != nullptr;
        // After the first layout, so that the chain is placed and the canvas has its size.
        if (kg)
            QTimer::singleShot(0, kg, [kg, key] {
                if (!kg->showRootCauses(key))
                    std::fprintf(stderr, "resonance: no knowledge node with the key %s\n", qPrintable(key));
                kg->canvas()->fitAll();
            });
    }
    if (ok && parser.isSet(pageOption)) {
        if (auto *document = qobject_cast<rwb::document::DocumentAnnotator *>(window.currentAnnotator())) {
            auto *view = qobject_cast<rwb::document::DocumentAnnotatorWidget *>(document->widget());
            const int page = parser.value(pageOption).toInt() - 1;
            if (view && page >= 0)
                QTimer::singleShot(0, view, [view, page] { view->pdfView()->goToPage(page); });
        }
    }
    if (ok && parser.isSet(evaluationOption)) {
        rwb::evaluation::EvaluationDashboard *dashboard = window.showEvaluation();
        ok = dashboard && dashboard->selectRun(parser.value(evaluationOption)) && dashboard->evaluate();
        if (!ok)
            std::fprintf(stderr, "resonance: no model run %s\n", qPrintable(parser.value(evaluationOption)));
        else if (parser.isSet(evaluationTabOption))
            dashboard->tabs()->setCurrentIndex(parser.value(evaluationTabOption).toInt());
    }
    if (screenshot) {
        if (!ok)
            return 1;
        screenshotWhenSettled(&window, parser.value(screenshotOption));
    }
    return app.exec();
}
