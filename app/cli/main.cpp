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
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <csignal>

namespace {
void registerProbes()
{
    using rwb::project::AssetProbeRegistry;
    AssetProbeRegistry::add(std::make_shared<rwb::image::ImageProbe>());
    AssetProbeRegistry::add(std::make_shared<rwb::timeseries::SignalProbe>());
    AssetProbeRegistry::add(std::make_shared<rwb::document::DocumentProbe>());
}

/// "--lang L" or "--lang=L" anywhere on the command line, else RWB_LANG, else
/// the system locale: Chinese locales get zh_CN, every other English.
QString cliLanguage(const QStringList &args)
{
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(QLatin1String("--lang=")))
            return args[i].mid(7);
    }
    const QString env = qEnvironmentVariable("RWB_LANG");
    if (!env.isEmpty())
        return env;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QStringList withoutLanguageOption(QStringList args)
{
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) {
            args.remove(i, 2);
            break;
        }
        if (args[i].startsWith(QLatin1String("--lang="))) {
            args.removeAt(i);
            break;
        }
    }
    return args;
}

/// Messages, help and numbers in the chosen language; the same .qm files as the window's.
void installLanguage(const QStringList &args)
{
    const QString language
        = cliLanguage(args).startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    QLocale::setDefault(language == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                           : QLocale(QLocale::English, QLocale::UnitedStates));
    static QTranslator own;
    if (own.load(QStringLiteral(":/i18n/resonance_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&own);
    static QTranslator qt;
    if (language != QLatin1String("en")
        && qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
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
    installLanguage(QCoreApplication::arguments());
    registerProbes();
    rwb::knowledge::registerMigrations(); // the knowledge tables, before any project opens
    rwb::evaluation::registerMigrations(); // evaluation results, labeling queues, image hashes
    rwb::exchange::registerMigrations(); // published dataset versions
    rwb::assist::AssistSchema::registerMigrations();
    rwb::document::DocumentMigrations::registerSet();
    rwb::cli::Cli cli(withoutLanguageOption(QCoreApplication::arguments()));
    return cli.run();
}
