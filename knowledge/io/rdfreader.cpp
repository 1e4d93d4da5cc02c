#include "rdfreader.h"

#include "rdfvocabulary.h"

#include "project/storeerror.h"

#include <serd/serd.h>

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonValue>
#include <QSet>

#include <cstdarg>
#include <cstdio>

namespace rwb::knowledge {

using project::StoreError;

namespace {

struct Term
{
    QByteArray value; ///< IRI, blank label ("_:" + label) or literal text
    bool literal = false;
    QByteArray lang;
    QByteArray datatype;
};

struct Subject
{
    QList<QByteArray> types;
    QList<std::pair<QByteArray, Term>> values; ///< predicate, object
};

struct State
{
    SerdEnv *env = nullptr;
    QHash<QByteArray, Subject> subjects;
    QList<QByteArray> order; ///< subjects in the order they first appear
    QString error;
    QString source;
};

QByteArray expand(const State &st, const SerdNode *node)
{
    if (!node || !node->buf)
        return {};
    if (node->type == SERD_BLANK)
        return QByteArray("_:") + reinterpret_cast<const char *>(node->buf);
    if (node->type == SERD_URI || node->type == SERD_CURIE) {
        SerdNode full = serd_env_expand_node(st.env, node);
        QByteArray out = full.buf ? QByteArray(reinterpret_cast<const char *>(full.buf), qsizetype(full.n_bytes))
                                  : QByteArray(reinterpret_cast<const char *>(node->buf), qsizetype(node->n_bytes));
        serd_node_free(&full);
        return out;
    }
    return QByteArray(reinterpret_cast<const char *>(node->buf), qsizetype(node->n_bytes));
}

SerdStatus onBase(void *handle, const SerdNode *uri)
{
    return serd_env_set_base_uri(static_cast<State *>(handle)->env, uri);
}

SerdStatus onPrefix(void *handle, const SerdNode *name, const SerdNode *uri)
{
    return serd_env_set_prefix(static_cast<State *>(handle)->env, name, uri);
}

SerdStatus onStatement(void *handle, SerdStatementFlags, const SerdNode *, const SerdNode *subject,
    const SerdNode *predicate, const SerdNode *object, const SerdNode *datatype, const SerdNode *lang)
{
    State &st = *static_cast<State *>(handle);
    const QByteArray s = expand(st, subject);
    const QByteArray p = expand(st, predicate);
    Term o;
    o.literal = object->type == SERD_LITERAL;
    o.value = expand(st, object);
    if (lang && lang->buf)
        o.lang = QByteArray(reinterpret_cast<const char *>(lang->buf), qsizetype(lang->n_bytes)).toLower();
    if (datatype && datatype->buf)
        o.datatype = expand(st, datatype);
    auto it = st.subjects.find(s);
    if (it == st.subjects.end()) {
        it = st.subjects.insert(s, {});
        st.order.append(s);
    }
    static const QByteArray type = QByteArray(rdf::Rdf) + "type";
    if (p == type && !o.literal)
        it->types.append(o.value);
    else
        it->values.append({ p, o });
    return SERD_SUCCESS;
}

SerdStatus onError(void *handle, const SerdError *error)
{
    State &st = *static_cast<State *>(handle);
    if (!st.error.isEmpty())
        return SERD_SUCCESS;
    char text[512];
    va_list args;
    va_copy(args, *error->args);
    std::vsnprintf(text, sizeof text, error->fmt, args);
    va_end(args);
    st.error = RdfReader::tr("%1: line %2, column %3: %4")
                   .arg(st.source)
                   .arg(error->line)
                   .arg(error->col)
                   .arg(QString::fromUtf8(text).trimmed());
    return SERD_SUCCESS;
}

QString localName(const QByteArray &iri, const QByteArray &ns)
{
    if (iri.startsWith(ns))
        return QString::fromUtf8(iri.mid(ns.size()));
    qsizetype cut = std::max({ iri.lastIndexOf('#'), iri.lastIndexOf('/'), iri.lastIndexOf(':') });
    return QString::fromUtf8(iri.mid(cut + 1));
}

QJsonValue literalValue(const Term &t)
{
    const QByteArray xsd(rdf::Xsd);
    const QString text = QString::fromUtf8(t.value);
    if (t.datatype == xsd + "boolean")
        return text == QLatin1String("true") || text == QLatin1String("1");
    if (t.datatype == xsd + "integer" || t.datatype == xsd + "int" || t.datatype == xsd + "long")
        return double(text.toLongLong());
    if (t.datatype == xsd + "double" || t.datatype == xsd + "decimal" || t.datatype == xsd + "float")
        return text.toDouble();
    return text;
}

} // namespace

ImportData RdfReader::read(const QByteArray &text, Syntax syntax, const QString &source, const QString &baseIri)
{
    const QByteArray base = baseIri.isEmpty() ? QByteArray(rdf::DefaultBase) : baseIri.toUtf8();
    State st;
    st.source = source;
    st.env = serd_env_new(nullptr);
    SerdReader *reader = serd_reader_new(
        syntax == Syntax::Turtle ? SERD_TURTLE : SERD_NTRIPLES, &st, nullptr, onBase, onPrefix, onStatement, nullptr);
    serd_reader_set_strict(reader, true);
    serd_reader_set_error_sink(reader, onError, &st);
    const SerdStatus status = serd_reader_read_string(reader, reinterpret_cast<const uint8_t *>(text.constData()));
    serd_reader_free(reader);
    serd_env_free(st.env);
    if (status > SERD_FAILURE || !st.error.isEmpty())
        throw StoreError(StoreError::Code::InvalidArgument,
            st.error.isEmpty()
                ? tr("%1: %2").arg(source, QString::fromUtf8(reinterpret_cast<const char *>(serd_strerror(status))))
                : st.error);

    const QByteArray onto(rdf::Ontology), rdfNs(rdf::Rdf), rdfs(rdf::Rdfs), skos(rdf::Skos), prop(rdf::Property);
    const QByteArray label = rdfs + "label", altLabel = skos + "altLabel";
    const QByteArray statement = rdfNs + "Statement", rdfsClass = rdfs + "Class", rdfProperty = rdfNs + "Property";
    ImportData out;
    // Classes and properties the file describes.
    auto typeInfo = [&](const QByteArray &iri, const Subject &s) {
        ImportData::TypeInfo t;
        t.name = localName(iri, onto);
        for (const auto &[p, o] : s.values) {
            if (p == label && o.lang.startsWith("zh"))
                t.nameZh = QString::fromUtf8(o.value);
            else if (p == label)
                t.nameEn = QString::fromUtf8(o.value);
        }
        return t;
    };
    QHash<QByteArray, QString> keyOf; // node IRI → key
    for (const QByteArray &iri : std::as_const(st.order)) {
        const Subject &s = st.subjects[iri];
        for (const QByteArray &t : s.types) {
            if (t == rdfsClass && iri.startsWith(onto))
                out.nodeTypes.append(typeInfo(iri, s));
            else if (t == rdfProperty && iri.startsWith(onto))
                out.relationTypes.append(typeInfo(iri, s));
            else if (t.startsWith(onto) && !keyOf.contains(iri)) {
                QString key
                    = iri.startsWith("_:") ? QStringLiteral("_") + QString::fromUtf8(iri.mid(2)) : localName(iri, base);
                keyOf.insert(iri, key);
            }
        }
    }
    // Evidence: prov:qualifiedDerivation to a prov:Derivation (its prov:entity is the annotation,
    // its rdfs:comment the note), or a bare prov:wasDerivedFrom.
    const QByteArray provNs(rdf::Prov), comment = rdfs + "comment";
    struct Derived
    {
        QByteArray annotation;
        QString note;
    };
    auto evidenceOf = [&](const Subject &s) {
        QList<Derived> list;
        QSet<QByteArray> seen;
        for (const auto &[p, o] : s.values) {
            if (p != provNs + "qualifiedDerivation" || o.literal)
                continue;
            const auto d = st.subjects.constFind(o.value);
            if (d == st.subjects.constEnd())
                continue;
            Derived e;
            for (const auto &[dp, dobj] : d->values) {
                if (dp == provNs + "entity" && !dobj.literal)
                    e.annotation = dobj.value;
                else if (dp == comment && dobj.literal)
                    e.note = QString::fromUtf8(dobj.value);
            }
            if (!e.annotation.isEmpty() && !seen.contains(e.annotation)) {
                seen.insert(e.annotation);
                list.append(e);
            }
        }
        for (const auto &[p, o] : s.values) {
            if (p == provNs + "wasDerivedFrom" && !o.literal && !seen.contains(o.value)) {
                seen.insert(o.value);
                list.append({ o.value, {} });
            }
        }
        return list;
    };
    auto addEvidence = [&](const QList<Derived> &list, const QString &nodeKey, const ImportData::ImportEdge *edge) {
        for (const Derived &d : list) {
            ImportData::ImportEvidence e;
            e.nodeKey = nodeKey;
            if (edge) {
                e.edgeType = edge->type;
                e.edgeFrom = edge->from;
                e.edgeTo = edge->to;
            }
            e.annotation = QString::fromUtf8(d.annotation);
            const QString local = localName(d.annotation, base);
            if (local.startsWith(QLatin1String("annotation-"))) {
                bool ok = false;
                const qint64 id = local.mid(11).toLongLong(&ok);
                if (ok)
                    e.annotationId = id;
            }
            e.note = d.note;
            out.evidence.append(e);
        }
    };
    // Edge annotations from rdf:Statement resources, by (subject, predicate, object).
    struct Reified
    {
        std::optional<double> confidence;
        QJsonObject properties;
        QList<Derived> evidence;
        bool used = false;
    };
    QHash<QByteArray, Reified> reified;
    QList<QByteArray> reifiedOrder;
    for (const QByteArray &iri : std::as_const(st.order)) {
        const Subject &s = st.subjects[iri];
        if (!s.types.contains(statement))
            continue;
        QByteArray subj, pred, obj;
        Reified r;
        for (const auto &[p, o] : s.values) {
            if (p == rdfNs + "subject")
                subj = o.value;
            else if (p == rdfNs + "predicate")
                pred = o.value;
            else if (p == rdfNs + "object")
                obj = o.value;
            else if (p == onto + "confidence" && o.literal)
                r.confidence = QString::fromUtf8(o.value).toDouble();
            else if (p.startsWith(prop) && o.literal)
                r.properties.insert(QString::fromUtf8(p.mid(prop.size())), literalValue(o));
        }
        r.evidence = evidenceOf(s);
        const QByteArray k = subj + ' ' + pred + ' ' + obj;
        if (!reified.contains(k))
            reifiedOrder.append(k);
        reified.insert(k, r);
    }
    for (const QByteArray &iri : std::as_const(st.order)) {
        const auto key = keyOf.constFind(iri);
        if (key == keyOf.constEnd())
            continue;
        const Subject &s = st.subjects[iri];
        ImportData::ImportNode n;
        n.key = *key;
        for (const QByteArray &t : s.types) {
            if (t.startsWith(onto)) {
                n.type = localName(t, onto);
                break;
            }
        }
        for (const auto &[p, o] : s.values) {
            const bool zh = o.lang.startsWith("zh");
            if (p == label && o.literal) {
                (zh ? n.labelZh : n.labelEn) = QString::fromUtf8(o.value);
            } else if (p == altLabel && o.literal) {
                (zh ? n.aliasesZh : n.aliasesEn).append(QString::fromUtf8(o.value));
            } else if (p.startsWith(prop) && o.literal) {
                n.properties.insert(QString::fromUtf8(p.mid(prop.size())), literalValue(o));
            } else if (p.startsWith(onto) && !o.literal) {
                ImportData::ImportEdge e;
                e.type = localName(p, onto);
                e.from = n.key;
                // An object that is no node of the file stays an edge to that key; the importer
                // reports it when the project has no such node either.
                e.to = keyOf.value(o.value,
                    o.value.startsWith("_:") ? QStringLiteral("_") + QString::fromUtf8(o.value.mid(2))
                                             : localName(o.value, base));
                auto r = reified.find(iri + ' ' + p + ' ' + o.value);
                if (r != reified.end()) {
                    e.confidence = r->confidence;
                    e.properties = r->properties;
                    r->used = true;
                    addEvidence(r->evidence, {}, &e);
                }
                out.edges.append(e);
            }
        }
        addEvidence(evidenceOf(s), n.key, nullptr);
        out.nodes.append(n);
    }
    // Statements without their direct triple still describe an edge.
    for (const QByteArray &k : std::as_const(reifiedOrder)) {
        const Reified &r = reified[k];
        if (r.used)
            continue;
        const QList<QByteArray> parts = k.split(' ');
        if (parts.size() != 3 || !parts[1].startsWith(onto))
            continue;
        ImportData::ImportEdge e;
        e.type = localName(parts[1], onto);
        e.from = keyOf.value(parts[0], localName(parts[0], base));
        e.to = keyOf.value(parts[2], localName(parts[2], base));
        e.confidence = r.confidence;
        e.properties = r.properties;
        addEvidence(r.evidence, {}, &e);
        out.edges.append(e);
    }
    return out;
}

ImportData RdfReader::readFile(const QString &path, Syntax syntax, const QString &base, qint64 maxBytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Code::NotFound, tr("%1: cannot be read (%2)").arg(path, f.errorString()));
    if (f.size() > maxBytes)
        throw StoreError(StoreError::Code::InvalidArgument,
            tr("%1: %2 MB is more than the %3 MB an RDF import may be; split the file")
                .arg(path)
                .arg(f.size() / (1024 * 1024))
                .arg(maxBytes / (1024 * 1024)));
    return read(f.readAll(), syntax, QFileInfo(path).fileName(), base);
}

} // namespace rwb::knowledge
