#include "cli.h"

#include "assist/assistschema.h"
#include "document/documentmigrations.h"

#include "document/documentprobe.h"
#include "evaluation/evaluationmigrations.h"
#include "exchange/exchangemigrations.h"
#include "image/imageprobe.h"
#include "knowledge/knowledgemigrations.h"
#include "project/assetprobe.h"
#include "timeseries/signalprobe.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <csignal>

namespace {
void registerProbes()
{
    using rwb::project::AssetProbeRegistry;
    AssetProbeRegistry::add(std::make_shared<rwb::image::ImageProbe>());
    AssetProbeRegistry::add(std::make_shared<rwb::timeseries::SignalProbe>());
    AssetProbeRegistry::add(std::make_shared<rwb::document::DocumentProbe>());
}
} // namespace

int main(int argc, char *argv[])
{
    // The sample generator draws text into a PDF, which needs fonts: a GUI application on the
    // offscreen platform gives it that without a display.
    qputenv(
        "QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("resonance-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Resonance"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RWB_VERSION));
    registerProbes();
    rwb::knowledge::registerMigrations(); // the knowledge tables, before any project opens
    rwb::evaluation::registerMigrations(); // evaluation results, labeling queues, image hashes
    rwb::exchange::registerMigrations(); // published dataset versions
    rwb::assist::AssistSchema::registerMigrations();
    rwb::document::DocumentMigrations::registerSet();
    rwb::cli::Cli cli(QCoreApplication::arguments());
    return cli.run();
}
