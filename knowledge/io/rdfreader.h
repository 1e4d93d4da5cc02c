#pragma once

#include "importdata.h"

#include <QCoreApplication>

namespace rwb::knowledge {

/// Reads Turtle or N-Triples (through Serd) written by RdfWriter or by other tools: every
/// subject typed with a class of the ontology namespace is a node (key: its IRI after the
/// base, else its local name), every triple between two nodes with a predicate of the
/// ontology namespace an edge; rdf:Statement resources add confidence and properties.
/// Throws project::StoreError naming the file, line and column on malformed input.
class RdfReader
{
    Q_DECLARE_TR_FUNCTIONS(rwb::knowledge::RdfReader)
public:
    enum class Syntax { Turtle, NTriples };

    static ImportData read(const QByteArray &text, Syntax syntax, const QString &source, const QString &base = {});
    /// Reads a file; refuses one larger than \a maxBytes with a clear message.
    static ImportData readFile(
        const QString &path, Syntax syntax, const QString &base = {}, qint64 maxBytes = qint64(512) * 1024 * 1024);
};

} // namespace rwb::knowledge
