#pragma once

#include <QList>
#include <QString>

namespace rwb::project {
class Connection;
}

namespace rwb::document {

class DocumentText;

/// A document with its spans and relations as the exchange formats (JSONL, CoNLL, brat) see
/// it: one flat text, offsets in its code points, labels by class name.
struct ExchangeDocument
{
    struct Span
    {
        QString id; ///< "T<annotation id>" on export; the file's id on import
        qint64 start = 0;
        qint64 end = 0;
        QString label;
        QString link; ///< knowledge link target, may be empty
        bool operator==(const Span &other) const = default;
    };
    struct Relation
    {
        QString id;
        QString type;
        QString from; ///< span ids
        QString to;
        bool operator==(const Relation &other) const = default;
    };

    QString name; ///< the document's file name (or the id the file gave)
    QString text;
    QList<Span> spans; ///< ordered by start, then longer first, then id
    QList<Relation> relations;

    bool operator==(const ExchangeDocument &other) const = default;

    /// The spans and relations of asset \a assetId (rejected proposals left out) over \a text.
    static ExchangeDocument fromProject(
        project::Connection &connection, qint64 assetId, const QString &name, const DocumentText &text);
    /// Sorts spans into the canonical order.
    void normalize();
};

} // namespace rwb::document
