#include "preannotationjob.h"

#include "documentspan.h"
#include "documenttext.h"
#include "gazetteer.h"
#include "project/knowledgelinkprovider.h"

#include "project/assetfilter.h"
#include "project/bulkannotationwriter.h"
#include "project/project.h"

#include <QFile>
#include <QSet>

namespace rwb::document {

PreAnnotationJob::PreAnnotationJob(project::Project &project, const project::KnowledgeLinkProvider *provider,
    const QList<Term> &terms, QObject *parent)
    : Job(tr("Pre-annotate documents from the knowledge graph"), parent)
    , m_projectPath(project.path())
    , m_userId(project.userId())
    , m_terms(terms)
{
    if (provider) {
        for (const project::KnowledgeTarget &t : provider->targets()) {
            const QString label = t.label.isEmpty() ? t.labelZh : t.label;
            for (const QString &name : t.names())
                m_terms.append({ name, t.classId, t.id, label });
        }
    }
    project::AssetFilter filter;
    filter.kind = project::AssetKind::Document;
    for (const project::Asset &a : project.assets().list(filter))
        m_assets.append({ a.id, project.resolve(a.uri) });
}

std::optional<QList<PreAnnotationJob::Term>> PreAnnotationJob::readTerms(
    const QString &path, const project::LabelSchema &schema, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot be read (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    QList<Term> terms;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        Term t;
        t.text = fields.first().trimmed();
        const QString className = fields.size() > 1 ? fields.at(1).trimmed() : QString();
        if (!className.isEmpty()) {
            const std::optional<project::LabelClass> c = schema.classByName(className);
            if (!c) {
                if (error)
                    *error = tr("%1:%2: no label class \"%3\"").arg(path).arg(i + 1).arg(className);
                return std::nullopt;
            }
            t.classId = c->id;
        }
        terms.append(t);
    }
    return terms;
}

void PreAnnotationJob::run()
{
    setStatusText(tr("Building the term automaton…"));
    Gazetteer gazetteer;
    QHash<int, QList<int>> termEntries; // gazetteer term → entries of m_terms
    for (int i = 0; i < m_terms.size(); ++i)
        termEntries[gazetteer.addTerm(m_terms.at(i).text)].append(i);
    gazetteer.build();

    project::Database db;
    db.open(m_projectPath, project::Database::Mode::ReadWrite);
    db.configureForWriting();
    project::Connection connection(std::move(db), m_userId, nullptr);
    project::AnnotationStore store(connection);
    project::BulkAnnotationWriter writer(connection);
    setTotal(m_assets.size());
    for (const auto &[assetId, path] : std::as_const(m_assets)) {
        if (isCancelRequested())
            break;
        QString error;
        const std::optional<DocumentText> text = DocumentText::load(path, assetId, &connection, &error);
        if (!text) {
            addError(path, error);
            advance();
            continue;
        }
        // Existing spans by (page, start, end, class): proposals are not repeated.
        QSet<QString> existing;
        auto key = [](int page, qint64 s, qint64 e, std::optional<qint64> c) {
            return QStringLiteral("%1:%2:%3:%4").arg(page).arg(s).arg(e).arg(c.value_or(-1));
        };
        for (const project::Annotation &a : store.forAsset(assetId)) {
            if (const std::optional<DocumentSpan> s = DocumentSpan::fromAnnotation(a))
                existing.insert(key(s->page, s->start, s->end, a.classId));
        }
        for (const DocumentText::Part &part : text->parts()) {
            for (const Gazetteer::Match &m : gazetteer.match(part.text)) {
                // Of several entries with one name (a label that is also another node's alias),
                // the first wins: one proposal per place.
                const Term &term = m_terms.at(termEntries.value(m.term).first());
                const QString k = key(part.page, m.start, m.end, term.classId);
                if (existing.contains(k))
                    continue;
                existing.insert(k);
                DocumentSpan span;
                span.page = part.page;
                span.start = m.start;
                span.end = m.end;
                span.text = codePointSlice(part.text, m.start, m.end);
                if (!term.target.isEmpty())
                    span.link = KnowledgeLink { term.target, term.targetLabel };
                project::Annotation a = span.toAnnotation(assetId, term.classId);
                a.state = project::AnnotationState::Proposed;
                a.source = project::AnnotationSource::Rule;
                a.sourceRef = QStringLiteral("gazetteer");
                writer.add(a);
                ++m_proposed;
            }
        }
        advance();
    }
    writer.finish();
}

} // namespace rwb::document
