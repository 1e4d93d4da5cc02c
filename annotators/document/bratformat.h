#pragma once

#include "exchangedocument.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rwb::document {

/// brat standoff: the text as a .txt file and its annotations as .ann ("T1<TAB>Label 0 4<TAB>text",
/// "R1<TAB>type Arg1:T1 Arg2:T2", knowledge links as "N1<TAB>Reference T1 target<TAB>label").
/// Offsets are code points, as brat (Python) counts them.
class BratFormat
{
    Q_DECLARE_TR_FUNCTIONS(rwb::document::BratFormat)
public:
    static QByteArray writeText(const ExchangeDocument &document);
    static QByteArray writeAnnotations(const ExchangeDocument &document);
    /// Reads a .txt/.ann pair; on a bad line returns nullopt with \a error naming it.
    static std::optional<ExchangeDocument> read(
        const QString &name, const QByteArray &text, const QByteArray &annotations, QString *error);
};

} // namespace rwb::document
