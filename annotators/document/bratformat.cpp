#include "bratformat.h"

#include "documenttext.h"

#include <QRegularExpression>

namespace rwb::document {

QByteArray BratFormat::writeText(const ExchangeDocument &document)
{
    return document.text.toUtf8();
}

QByteArray BratFormat::writeAnnotations(const ExchangeDocument &document)
{
    QByteArray out;
    QHash<QString, QString> ids;
    int n = 0;
    for (const ExchangeDocument::Span &s : document.spans) {
        const QString id = QStringLiteral("T%1").arg(++n);
        ids.insert(s.id, id);
        // brat keeps a span on one line: the covered text with line breaks as spaces.
        QString covered = codePointSlice(document.text, s.start, s.end);
        covered.replace(QLatin1Char('\n'), QLatin1Char(' '));
        out += QStringLiteral("%1\t%2 %3 %4\t%5\n")
                   .arg(id, s.label.isEmpty() ? QStringLiteral("Entity") : s.label)
                   .arg(s.start)
                   .arg(s.end)
                   .arg(covered)
                   .toUtf8();
    }
    int r = 0;
    for (const ExchangeDocument::Relation &rel : document.relations)
        out += QStringLiteral("R%1\t%2 Arg1:%3 Arg2:%4\n")
                   .arg(++r)
                   .arg(rel.type, ids.value(rel.from), ids.value(rel.to))
                   .toUtf8();
    int k = 0;
    for (const ExchangeDocument::Span &s : document.spans) {
        if (!s.link.isEmpty())
            out += QStringLiteral("N%1\tReference %2 %3\t%3\n").arg(++k).arg(ids.value(s.id), s.link).toUtf8();
    }
    return out;
}

std::optional<ExchangeDocument> BratFormat::read(
    const QString &name, const QByteArray &text, const QByteArray &annotations, QString *error)
{
    ExchangeDocument doc;
    doc.name = name;
    doc.text = QString::fromUtf8(text);
    const qint64 length = codePointLength(doc.text);
    const QList<QByteArray> lines = annotations.split('\n');
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = QString::fromUtf8(lines.at(n));
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        const QStringList head = fields.value(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        auto fail = [&](const QString &why) {
            *error = tr("%1.ann line %2: %3").arg(name).arg(n + 1).arg(why);
            return std::nullopt;
        };
        if (fields.size() < 2 || head.isEmpty())
            return fail(tr("expected an id, a tab and an annotation"));
        const QString id = fields.first();
        if (id.startsWith(QLatin1Char('T'))) {
            // Discontinuous spans ("0 4;6 9") are read as the range from first to last offset.
            const QString range = head.mid(1).join(QLatin1Char(' '));
            const QStringList parts = range.split(QRegularExpression(QStringLiteral("[ ;]")), Qt::SkipEmptyParts);
            bool okStart = false, okEnd = false;
            const qint64 start = parts.value(0).toLongLong(&okStart);
            const qint64 end = parts.value(parts.size() - 1).toLongLong(&okEnd);
            if (!okStart || !okEnd || start < 0 || end <= start || end > length)
                return fail(tr("offsets “%1” do not fit the text of %2 characters").arg(range).arg(length));
            doc.spans.append({ id, start, end, head.first(), {} });
        } else if (id.startsWith(QLatin1Char('R'))) {
            if (head.size() < 3)
                return fail(tr("a relation needs a type and two arguments"));
            doc.relations.append(
                { id, head.at(0), head.at(1).section(QLatin1Char(':'), 1), head.at(2).section(QLatin1Char(':'), 1) });
        } else if (id.startsWith(QLatin1Char('N'))) {
            if (head.size() < 3)
                return fail(tr("a reference needs an annotation and a target"));
            for (ExchangeDocument::Span &s : doc.spans) {
                if (s.id == head.at(1))
                    s.link = head.mid(2).join(QLatin1Char(' '));
            }
        }
        // Events, attributes and notes (E, A, M, #) are not used by the workbench: skipped.
    }
    doc.normalize();
    return doc;
}

} // namespace rwb::document
