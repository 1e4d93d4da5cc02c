#include "conllformat.h"

#include "documenttext.h"

namespace rwb::document {

namespace {

bool isCjk(char32_t c)
{
    const QChar::Script s = QChar::script(c);
    return s == QChar::Script_Han || s == QChar::Script_Hiragana || s == QChar::Script_Katakana
        || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
}

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || c == U'_';
}

} // namespace

QList<ConllFormat::Token> ConllFormat::tokenize(const QString &text)
{
    QList<Token> tokens;
    const QList<uint> ucs4 = text.toUcs4();
    qint64 i = 0;
    const qint64 n = ucs4.size();
    while (i < n) {
        const char32_t c = ucs4[i];
        if (QChar::isSpace(c)) {
            ++i;
        } else if (isCjk(c) || !isWordChar(c)) {
            tokens.append({ i, i + 1 });
            ++i;
        } else {
            qint64 j = i + 1;
            while (j < n && isWordChar(ucs4[j]) && !isCjk(ucs4[j]))
                ++j;
            tokens.append({ i, j });
            i = j;
        }
    }
    return tokens;
}

QByteArray ConllFormat::write(const QList<ExchangeDocument> &documents)
{
    QByteArray out;
    for (const ExchangeDocument &doc : documents) {
        out += "-DOCSTART- -X- -X- O\n\n";
        const QList<uint> ucs4 = doc.text.toUcs4();
        // The span each code point belongs to; first span (in canonical order) wins.
        QList<int> owner(ucs4.size(), -1);
        for (int s = 0; s < doc.spans.size(); ++s) {
            const ExchangeDocument::Span &span = doc.spans.at(s);
            bool free = true;
            for (qint64 k = span.start; k < span.end && k < owner.size(); ++k)
                free = free && owner[k] < 0;
            if (!free)
                continue;
            for (qint64 k = span.start; k < span.end && k < owner.size(); ++k)
                owner[k] = s;
        }
        int previousOwner = -1;
        bool lineOpen = false;
        qint64 lastEnd = 0;
        for (const Token &t : tokenize(doc.text)) {
            for (qint64 k = lastEnd; k < t.start; ++k) {
                if (ucs4[k] == '\n' && lineOpen) {
                    out += '\n';
                    lineOpen = false;
                    previousOwner = -1;
                }
            }
            lastEnd = t.end;
            const int o = owner[t.start];
            QByteArray tag = "O";
            if (o >= 0) {
                const QByteArray label = doc.spans.at(o).label.toUtf8();
                tag = (o == previousOwner ? "I-" : "B-") + (label.isEmpty() ? QByteArray("MISC") : label);
            }
            previousOwner = o;
            const QString token = QString::fromUcs4(
                reinterpret_cast<const char32_t *>(ucs4.constData() + t.start), qsizetype(t.end - t.start));
            out += token.toUtf8() + " -X- _ " + tag + '\n';
            lineOpen = true;
        }
        if (lineOpen)
            out += '\n';
    }
    return out;
}

QList<ExchangeDocument> ConllFormat::read(const QByteArray &data, QString *error)
{
    QList<ExchangeDocument> docs;
    bool sentenceOpen = false;
    char32_t lastChar = 0;
    int spanNumber = 0;
    qint64 length = 0; // code points of the current document's text
    qsizetype open = -1; // index of the span the last token belonged to
    auto newDocument = [&] {
        docs.append(ExchangeDocument {});
        docs.last().name = QString::number(docs.size());
        sentenceOpen = false;
        length = 0;
        spanNumber = 0;
        open = -1;
    };
    const QList<QByteArray> lines = data.split('\n');
    for (int n = 0; n < lines.size(); ++n) {
        const QByteArray line = lines.at(n).trimmed();
        if (line.startsWith("-DOCSTART-")) {
            newDocument();
            continue;
        }
        if (line.isEmpty()) {
            sentenceOpen = false;
            open = -1;
            continue;
        }
        const QList<QByteArray> columns = line.split(' ');
        if (columns.size() < 2) {
            *error = tr("line %1: expected a token and a tag").arg(n + 1);
            return docs;
        }
        if (docs.isEmpty())
            newDocument();
        ExchangeDocument &doc = docs.last();
        const QString token = QString::fromUtf8(columns.first());
        const QByteArray tag = columns.last();
        const QList<uint> ucs4 = token.toUcs4();
        if (!sentenceOpen && length > 0) {
            doc.text += QLatin1Char('\n');
            ++length;
        } else if (sentenceOpen && !(isCjk(lastChar) && isCjk(ucs4.value(0)))) {
            doc.text += QLatin1Char(' ');
            ++length;
        }
        const qint64 start = length;
        doc.text += token;
        length += ucs4.size();
        lastChar = ucs4.value(ucs4.size() - 1);
        sentenceOpen = true;
        const QString label = QString::fromUtf8(tag.mid(2));
        if (tag.startsWith("B-") || (tag.startsWith("I-") && (open < 0 || doc.spans.at(open).label != label))) {
            doc.spans.append({ QStringLiteral("T%1").arg(++spanNumber), start, length, label, {} });
            open = doc.spans.size() - 1;
        } else if (tag.startsWith("I-")) {
            doc.spans[open].end = length;
        } else if (tag == "O") {
            open = -1;
        } else {
            *error = tr("line %1: unknown tag “%2” (expected O, B-… or I-…)").arg(n + 1).arg(QString::fromUtf8(tag));
            return docs;
        }
    }
    for (ExchangeDocument &d : docs)
        d.normalize();
    return docs;
}

} // namespace rwb::document
