#include "jsonlformat.h"

#include "documenttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rwb::document {

QByteArray JsonlFormat::write(const QList<ExchangeDocument> &documents)
{
    QByteArray out;
    for (const ExchangeDocument &doc : documents) {
        QHash<QString, int> numbers;
        QJsonArray entities;
        for (const ExchangeDocument::Span &s : doc.spans) {
            numbers.insert(s.id, int(numbers.size()) + 1);
            QJsonObject e { { QStringLiteral("id"), numbers.value(s.id) }, { QStringLiteral("label"), s.label },
                { QStringLiteral("start_offset"), s.start }, { QStringLiteral("end_offset"), s.end } };
            if (!s.link.isEmpty())
                e.insert(QStringLiteral("link"), s.link);
            entities.append(e);
        }
        QJsonArray relations;
        int r = 0;
        for (const ExchangeDocument::Relation &rel : doc.relations)
            relations.append(
                QJsonObject { { QStringLiteral("id"), ++r }, { QStringLiteral("from_id"), numbers.value(rel.from) },
                    { QStringLiteral("to_id"), numbers.value(rel.to) }, { QStringLiteral("type"), rel.type } });
        const QJsonObject line { { QStringLiteral("name"), doc.name }, { QStringLiteral("text"), doc.text },
            { QStringLiteral("entities"), entities }, { QStringLiteral("relations"), relations } };
        out += QJsonDocument(line).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

QList<ExchangeDocument> JsonlFormat::read(const QByteArray &data, QString *error)
{
    QList<ExchangeDocument> docs;
    const QList<QByteArray> lines = data.split('\n');
    for (int n = 0; n < lines.size(); ++n) {
        const QByteArray line = lines.at(n).trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(line, &parseError);
        if (!json.isObject()) {
            *error = tr("line %1: not a JSON object (%2)").arg(n + 1).arg(parseError.errorString());
            return docs;
        }
        const QJsonObject o = json.object();
        ExchangeDocument doc;
        doc.name = o.value(QStringLiteral("name")).toString(QString::number(docs.size() + 1));
        doc.text = o.value(QStringLiteral("text")).toString();
        const qint64 length = codePointLength(doc.text);
        // doccano also writes entities as "label": [[start, end, label], …].
        QJsonArray entities = o.value(QStringLiteral("entities")).toArray();
        if (entities.isEmpty() && o.value(QStringLiteral("label")).isArray()) {
            int k = 0;
            for (const QJsonValue &v : o.value(QStringLiteral("label")).toArray()) {
                const QJsonArray t = v.toArray();
                entities.append(
                    QJsonObject { { QStringLiteral("id"), ++k }, { QStringLiteral("start_offset"), t.at(0) },
                        { QStringLiteral("end_offset"), t.at(1) }, { QStringLiteral("label"), t.at(2) } });
            }
        }
        for (const QJsonValue &v : std::as_const(entities)) {
            const QJsonObject e = v.toObject();
            ExchangeDocument::Span s;
            s.id = QStringLiteral("T") + QString::number(e.value(QStringLiteral("id")).toInteger());
            s.start = e.value(QStringLiteral("start_offset")).toInteger(-1);
            s.end = e.value(QStringLiteral("end_offset")).toInteger(-1);
            s.label = e.value(QStringLiteral("label")).toString();
            s.link = e.value(QStringLiteral("link")).toString();
            if (s.start < 0 || s.end <= s.start || s.end > length) {
                *error = tr("line %1: entity %2 has offsets %3–%4 outside the text of %5 characters")
                             .arg(n + 1)
                             .arg(s.id)
                             .arg(s.start)
                             .arg(s.end)
                             .arg(length);
                return docs;
            }
            doc.spans.append(s);
        }
        for (const QJsonValue &v : o.value(QStringLiteral("relations")).toArray()) {
            const QJsonObject r = v.toObject();
            doc.relations.append({ QStringLiteral("R") + QString::number(r.value(QStringLiteral("id")).toInteger()),
                r.value(QStringLiteral("type")).toString(),
                QStringLiteral("T") + QString::number(r.value(QStringLiteral("from_id")).toInteger()),
                QStringLiteral("T") + QString::number(r.value(QStringLiteral("to_id")).toInteger()) });
        }
        doc.normalize();
        docs.append(doc);
    }
    return docs;
}

} // namespace rwb::document
