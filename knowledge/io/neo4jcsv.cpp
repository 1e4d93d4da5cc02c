#include "neo4jcsv.h"

#include "project/storeerror.h"

#include <QHash>
#include <QJsonDocument>
#include <QLocale>

namespace rwb::knowledge {

using project::StoreError;

namespace {

QString quoted(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

void appendRow(QByteArray &out, const QStringList &fields)
{
    out += fields.join(QLatin1Char(',')).toUtf8();
    out += '\n';
}

QString array(const QStringList &items)
{
    // ';' is the array delimiter; a literal ';' inside an alias cannot be written in this layout.
    QStringList clean;
    for (const QString &i : items)
        clean.append(QString(i).replace(QLatin1Char(';'), QLatin1Char(',')));
    return quoted(clean.join(QLatin1Char(';')));
}

/// The column index for header name \a name ("key", ":LABEL", …), matched before the ':' type.
int column(const QStringList &header, const QString &name)
{
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header[i].trimmed();
        if (h.compare(name, Qt::CaseInsensitive) == 0)
            return i;
        const int colon = h.indexOf(QLatin1Char(':'));
        if (colon > 0 && h.left(colon).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

QByteArray Neo4jCsv::writeNodes(const GraphData &graph)
{
    QHash<qint64, QString> typeName;
    for (const NodeType &t : graph.ontology.nodeTypes)
        typeName.insert(t.id, t.name);
    QByteArray out;
    appendRow(out,
        { QStringLiteral("key:ID"), QStringLiteral(":LABEL"), QStringLiteral("label_en"), QStringLiteral("label_zh"),
            QStringLiteral("aliases_en:string[]"), QStringLiteral("aliases_zh:string[]"),
            QStringLiteral("properties") });
    for (const Node &n : graph.nodes)
        appendRow(out,
            { quoted(n.key), quoted(typeName.value(n.typeId)), quoted(n.labelEn), quoted(n.labelZh), array(n.aliasesEn),
                array(n.aliasesZh),
                quoted(n.properties.isEmpty()
                        ? QString()
                        : QString::fromUtf8(QJsonDocument(n.properties).toJson(QJsonDocument::Compact))) });
    return out;
}

QByteArray Neo4jCsv::writeEdges(const GraphData &graph)
{
    QHash<qint64, QString> relation, key;
    for (const RelationType &r : graph.ontology.relationTypes)
        relation.insert(r.id, r.name);
    for (const Node &n : graph.nodes)
        key.insert(n.id, n.key);
    QByteArray out;
    appendRow(out,
        { QStringLiteral(":START_ID"), QStringLiteral(":END_ID"), QStringLiteral(":TYPE"), QStringLiteral("id:long"),
            QStringLiteral("confidence:double"), QStringLiteral("properties") });
    for (const Edge &e : graph.edges)
        appendRow(out,
            { quoted(key.value(e.fromId)), quoted(key.value(e.toId)), quoted(relation.value(e.typeId)),
                QString::number(e.id),
                e.confidence ? QString::number(*e.confidence, 'g', QLocale::FloatingPointShortest) : QString(),
                quoted(e.properties.isEmpty()
                        ? QString()
                        : QString::fromUtf8(QJsonDocument(e.properties).toJson(QJsonDocument::Compact))) });
    return out;
}

QList<QStringList> Neo4jCsv::parse(const QByteArray &csv, const QString &source, QList<int> *lines)
{
    const QString text = QString::fromUtf8(csv);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool inQuotes = false, fieldStarted = false;
    int line = 1, recordLine = 1, quoteLine = 1;
    auto endField = [&] {
        record.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!(record.size() == 1 && record[0].isEmpty())) {
            records.append(record);
            if (lines)
                lines->append(recordLine);
        }
        record.clear();
        recordLine = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else if (c != QLatin1Char('\r')) {
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes)
        throw StoreError(StoreError::Code::InvalidArgument,
            tr("%1: line %2: a quoted field is not closed").arg(source).arg(quoteLine));
    if (fieldStarted || !record.isEmpty())
        endRecord();
    return records;
}

ImportData Neo4jCsv::read(
    const QByteArray &nodesCsv, const QByteArray &edgesCsv, const QString &nodesSource, const QString &edgesSource)
{
    ImportData out;
    auto splitArray = [](const QString &s) { return s.isEmpty() ? QStringList() : s.split(QLatin1Char(';')); };
    auto properties = [](const QString &s, const QString &source, int line) {
        if (s.trimmed().isEmpty())
            return QJsonObject();
        QJsonParseError error;
        const QJsonDocument d = QJsonDocument::fromJson(s.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !d.isObject())
            throw StoreError(StoreError::Code::InvalidArgument,
                tr("%1: line %2: properties are not a JSON object").arg(source).arg(line));
        return d.object();
    };
    {
        QList<int> lines;
        const QList<QStringList> rows = parse(nodesCsv, nodesSource, &lines);
        if (rows.isEmpty())
            throw StoreError(StoreError::Code::InvalidArgument, tr("%1: no header line").arg(nodesSource));
        const QStringList &h = rows[0];
        const int key = column(h, QStringLiteral("key")) >= 0 ? column(h, QStringLiteral("key"))
                                                              : column(h, QStringLiteral(":ID"));
        const int label = column(h, QStringLiteral(":LABEL"));
        if (key < 0 || label < 0)
            throw StoreError(StoreError::Code::InvalidArgument,
                tr("%1: the header needs a key:ID and a :LABEL column").arg(nodesSource));
        const int en = column(h, QStringLiteral("label_en")), zh = column(h, QStringLiteral("label_zh"));
        const int aen = column(h, QStringLiteral("aliases_en")), azh = column(h, QStringLiteral("aliases_zh"));
        const int props = column(h, QStringLiteral("properties"));
        for (int r = 1; r < rows.size(); ++r) {
            const QStringList &row = rows[r];
            if (row.size() != h.size())
                throw StoreError(StoreError::Code::InvalidArgument,
                    tr("%1: line %2: %3 fields, the header has %4")
                        .arg(nodesSource)
                        .arg(lines[r])
                        .arg(row.size())
                        .arg(h.size()));
            ImportData::ImportNode n;
            n.key = row[key].trimmed();
            n.type = row[label].split(QLatin1Char(';')).value(0).trimmed();
            n.labelEn = en >= 0 ? row[en] : QString();
            n.labelZh = zh >= 0 ? row[zh] : QString();
            n.aliasesEn = aen >= 0 ? splitArray(row[aen]) : QStringList();
            n.aliasesZh = azh >= 0 ? splitArray(row[azh]) : QStringList();
            n.properties = props >= 0 ? properties(row[props], nodesSource, lines[r]) : QJsonObject();
            out.nodes.append(n);
        }
    }
    if (edgesCsv.isEmpty())
        return out;
    QList<int> lines;
    const QList<QStringList> rows = parse(edgesCsv, edgesSource, &lines);
    if (rows.isEmpty())
        throw StoreError(StoreError::Code::InvalidArgument, tr("%1: no header line").arg(edgesSource));
    const QStringList &h = rows[0];
    const int from = column(h, QStringLiteral(":START_ID")), to = column(h, QStringLiteral(":END_ID"));
    const int type = column(h, QStringLiteral(":TYPE"));
    if (from < 0 || to < 0 || type < 0)
        throw StoreError(StoreError::Code::InvalidArgument,
            tr("%1: the header needs :START_ID, :END_ID and :TYPE columns").arg(edgesSource));
    const int confidence = column(h, QStringLiteral("confidence")), props = column(h, QStringLiteral("properties"));
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows[r];
        if (row.size() != h.size())
            throw StoreError(StoreError::Code::InvalidArgument,
                tr("%1: line %2: %3 fields, the header has %4")
                    .arg(edgesSource)
                    .arg(lines[r])
                    .arg(row.size())
                    .arg(h.size()));
        ImportData::ImportEdge e;
        e.from = row[from].trimmed();
        e.to = row[to].trimmed();
        e.type = row[type].trimmed();
        if (confidence >= 0 && !row[confidence].trimmed().isEmpty()) {
            bool ok = false;
            e.confidence = row[confidence].toDouble(&ok);
            if (!ok)
                throw StoreError(StoreError::Code::InvalidArgument,
                    tr("%1: line %2: confidence \"%3\" is not a number")
                        .arg(edgesSource)
                        .arg(lines[r])
                        .arg(row[confidence]));
        }
        e.properties = props >= 0 ? properties(row[props], edgesSource, lines[r]) : QJsonObject();
        out.edges.append(e);
    }
    return out;
}

} // namespace rwb::knowledge
