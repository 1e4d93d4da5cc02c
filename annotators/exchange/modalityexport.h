#pragma once

#include "datasetcollector.h"
#include "imagedataset.h"

#include <QCoreApplication>

namespace rwb::exchange {

/// The other annotators' export hooks gathered for a dataset package: signal labels as CSV and
/// JSON (SignalLabelExport), documents as JSONL (JsonlFormat), the knowledge graph as Turtle and
/// JSON-LD (RdfWriter, JsonLdWriter). Each returns files by package path; problems (a signal
/// cache or document that cannot be read) go to \a warnings.
class ModalityExport
{
    Q_DECLARE_TR_FUNCTIONS(rwb::exchange::ModalityExport)
public:
    static FileSet timeSeries(const DatasetCollector &collector, const QList<DatasetCollector::Selected> &selected,
        const QString &projectFolder, QStringList *warnings);
    static FileSet documents(project::Connection &connection, const DatasetCollector &collector,
        const QList<DatasetCollector::Selected> &selected, QStringList *warnings);
    static FileSet knowledge(project::Connection &connection, QStringList *warnings);
};

} // namespace rwb::exchange
