#pragma once

#include "exchangedocument.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rwb::document {

/// doccano's JSONL: one JSON object per line with "text", "entities" (id, label, start_offset,
/// end_offset in code points, as Python counts them) and "relations" (id, from_id, to_id,
/// type). The knowledge link travels as the entity's "link".
class JsonlFormat
{
    Q_DECLARE_TR_FUNCTIONS(rwb::document::JsonlFormat)
public:
    static QByteArray write(const QList<ExchangeDocument> &documents);
    /// Parses \a data; on a bad line returns what came before it with \a error naming the line.
    static QList<ExchangeDocument> read(const QByteArray &data, QString *error);
};

} // namespace rwb::document
