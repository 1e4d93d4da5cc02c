#pragma once

#include "exchangedocument.h"

#include <QCoreApplication>

namespace rwb::project {
class Connection;
}

namespace rwb::document {

class DocumentText;

/// Writes the spans and relations of an ExchangeDocument read from JSONL, CoNLL or brat onto
/// asset \a assetId whose text is \a text. The file's text must equal the document's (else
/// offsets would land elsewhere); labels are looked up by class name and missing classes are
/// created. All or nothing: one transaction.
class ExchangeImporter
{
    Q_DECLARE_TR_FUNCTIONS(rwb::document::ExchangeImporter)
public:
    struct Result
    {
        int spans = 0;
        int relations = 0;
        QString error; ///< empty on success
    };
    static Result apply(
        project::Connection &connection, qint64 assetId, const ExchangeDocument &document, const DocumentText &text);
};

} // namespace rwb::document
