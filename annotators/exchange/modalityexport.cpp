#include "modalityexport.h"

#include "document/documenttext.h"
#include "document/exchangedocument.h"
#include "document/jsonlformat.h"
#include "knowledge/graphstore.h"
#include "knowledge/io/graphdata.h"
#include "knowledge/io/jsonldwriter.h"
#include "knowledge/io/rdfwriter.h"
#include "timeseries/signalcachebuilder.h"
#include "timeseries/signaldata.h"
#include "timeseries/signallabelexport.h"

#include "formatutil.h"

#include "project/storeerror.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace rwb::exchange {

using namespace rwb::project;

FileSet ModalityExport::timeSeries(const DatasetCollector &collector, const QList<DatasetCollector::Selected> &selected,
    const QString &projectFolder, QStringList *warnings)
{
    FileSet files;
    const QHash<qint64, QString> names = collector.classNames();
    for (const auto &s : selected) {
        if (s.asset.kind != AssetKind::TimeSeries)
            continue;
        QString error;
        const auto data = timeseries::SignalData::open(
            timeseries::SignalCacheBuilder::cachePath(projectFolder, s.asset.sha256), &error);
        if (!data) {
            if (warnings)
                warnings->append(
                    tr("The signal %1 cannot be read (%2); its labels were left out.").arg(s.asset.uri, error));
            continue;
        }
        const QString stem = QStringLiteral("timeseries/%1_%2")
                                 .arg(s.asset.id)
                                 .arg(FormatUtil::stem(QFileInfo(s.asset.uri).fileName()));
        files.insert(stem + QStringLiteral(".labels.csv"),
            timeseries::SignalLabelExport::labelsCsv(*data, s.annotations, names));
        files.insert(stem + QStringLiteral(".labels.json"),
            QJsonDocument(timeseries::SignalLabelExport::labelsJson(*data, s.annotations, names))
                .toJson(QJsonDocument::Indented));
    }
    return files;
}

FileSet ModalityExport::documents(Connection &connection, const DatasetCollector &collector,
    const QList<DatasetCollector::Selected> &selected, QStringList *warnings)
{
    QList<document::ExchangeDocument> documents;
    for (const auto &s : selected) {
        if (s.asset.kind != AssetKind::Document)
            continue;
        QString error;
        const auto text = document::DocumentText::load(collector.resolve(s.asset.uri), s.asset.id, &connection, &error);
        if (!text) {
            if (warnings)
                warnings->append(
                    tr("The document %1 cannot be read (%2); its labels were left out.").arg(s.asset.uri, error));
            continue;
        }
        documents.append(
            document::ExchangeDocument::fromProject(connection, s.asset.id, QFileInfo(s.asset.uri).fileName(), *text));
    }
    FileSet files;
    if (!documents.isEmpty())
        files.insert(QStringLiteral("documents/labels.jsonl"), document::JsonlFormat::write(documents));
    return files;
}

FileSet ModalityExport::knowledge(Connection &connection, QStringList *warnings)
{
    FileSet files;
    try {
        knowledge::GraphStore store(connection);
        if (store.nodeCount() == 0)
            return files;
        const knowledge::GraphData graph = knowledge::GraphData::read(store);
        files.insert(QStringLiteral("knowledge/graph.ttl"),
            knowledge::RdfWriter::write(graph, knowledge::RdfWriter::Syntax::Turtle));
        files.insert(QStringLiteral("knowledge/graph.jsonld"), knowledge::JsonLdWriter::write(graph));
    } catch (const StoreError &e) {
        if (warnings)
            warnings->append(tr("The knowledge graph cannot be read (%1); it was left out.").arg(e.message()));
    }
    return files;
}

} // namespace rwb::exchange
