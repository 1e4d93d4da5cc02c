// Document spans and the knowledge graph: GraphLinkProvider offers the nodes (labels and
// aliases in both languages) as link targets with completion, linking a span in the annotator
// records it as evidence of the node (one undo step), and pre-annotation matches every label
// and alias of the graph plus the user's terms and proposes linked spans.
#include "document/documentmigrations.h"
#include "document/documentspan.h"
#include "document/preannotationjob.h"
#include "document/view/documentannotatorwidget.h"

#include "knowledge/graphlinkprovider.h"
#include "knowledge/graphstore.h"
#include "knowledge/knowledgemigrations.h"
#include "project/project.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rwb;
using knowledge::GraphLinkProvider;

class TestDocumentKnowledge : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<project::Project> m_project;
    qint64 m_textId = 0;
    qint64 m_failureClass = 0;
    qint64 m_componentClass = 0;
    qint64 m_sealNode = 0;
    qint64 m_pumpNode = 0;

    qint64 typeId(const QString &name)
    {
        for (const knowledge::NodeType &t : knowledge::GraphStore(m_project->connection()).nodeTypes()) {
            if (t.name == name)
                return t.id;
        }
        return 0;
    }
    qint64 addNode(const QString &key, const QString &type, const QString &en, const QString &zh,
        const QStringList &aliasesEn = {}, const QStringList &aliasesZh = {})
    {
        knowledge::Node n;
        n.key = key;
        n.typeId = typeId(type);
        n.labelEn = en;
        n.labelZh = zh;
        n.aliasesEn = aliasesEn;
        n.aliasesZh = aliasesZh;
        return knowledge::GraphStore(m_project->connection()).addNode(n);
    }
    QList<qint64> evidenceOf(qint64 node)
    {
        QList<qint64> out;
        for (const knowledge::Evidence &e : knowledge::GraphStore(m_project->connection()).evidenceForNode(node))
            out.append(e.annotationId);
        return out;
    }

private slots:
    void initTestCase()
    {
        knowledge::registerMigrations();
        document::DocumentMigrations::registerSet();
        m_project = project::Project::create(m_dir.filePath(QStringLiteral("p.rwb")), QStringLiteral("p"));
        project::LabelClass c;
        c.name = QStringLiteral("failure_mode"); // matches node type FailureMode
        m_failureClass = m_project->labels().addClass(c);
        project::LabelClass part;
        part.name = QStringLiteral("part");
        m_componentClass = m_project->labels().addClass(part);
        m_sealNode = addNode(QStringLiteral("seal_leak"), QStringLiteral("FailureMode"), QStringLiteral("Seal leak"),
            QStringLiteral("密封泄漏"), { QStringLiteral("leaking seal") }, { QStringLiteral("机械密封失效") });
        m_pumpNode = addNode(QStringLiteral("main_pump"), QStringLiteral("Component"), QStringLiteral("Main pump"),
            QStringLiteral("主泵"));
        // An explicit mapping wins over the type's name.
        part = *m_project->labels().classById(m_componentClass);
        part.knowledgeNode = m_pumpNode;
        m_project->labels().updateClass(part);

        const QString log = m_dir.filePath(QStringLiteral("pump.log"));
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("10:05 主泵压力下降，机械密封失效\n10:06 leaking seal on the main pump\n10:07 Seal Leak confirmed\n");
        f.close();
        project::Asset asset;
        asset.kind = project::AssetKind::Document;
        asset.uri = m_project->uriFor(log);
        asset.sha256 = QStringLiteral("log");
        m_textId = m_project->assets().add(asset);
    }

    void targetsAreTheNodes()
    {
        const GraphLinkProvider provider(m_project->connection());
        const QList<project::KnowledgeTarget> targets = provider.targets();
        QCOMPARE(targets.size(), 2);
        const std::optional<project::KnowledgeTarget> seal = provider.target(QStringLiteral("node:seal_leak"));
        QVERIFY(seal);
        QCOMPARE(seal->label, QStringLiteral("Seal leak"));
        QCOMPARE(seal->labelZh, QStringLiteral("密封泄漏"));
        QVERIFY(seal->names().contains(QStringLiteral("leaking seal")));
        QVERIFY(seal->names().contains(QStringLiteral("机械密封失效")));
        QCOMPARE(seal->classId, std::optional<qint64>(m_failureClass)); // by the type's name
        QCOMPARE(provider.target(QStringLiteral("node:main_pump"))->classId, std::optional<qint64>(m_componentClass));
        QVERIFY(!provider.target(QStringLiteral("class:1")));
        QCOMPARE(GraphLinkProvider::nodeKey(QStringLiteral("node:main_pump")), QStringLiteral("main_pump"));
    }

    void completesInBothLanguages_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("first");
        QTest::newRow("english label") << "seal"
                                       << "node:seal_leak";
        QTest::newRow("english alias") << "leaking"
                                       << "node:seal_leak";
        QTest::newRow("chinese label") << "密封"
                                       << "node:seal_leak";
        QTest::newRow("chinese alias") << "失效"
                                       << "node:seal_leak";
        QTest::newRow("chinese pump") << "主泵"
                                      << "node:main_pump";
        QTest::newRow("case") << "MAIN"
                              << "node:main_pump";
    }
    void completesInBothLanguages()
    {
        QFETCH(QString, typed);
        QFETCH(QString, first);
        const GraphLinkProvider provider(m_project->connection());
        const QList<project::KnowledgeTarget> hits = provider.complete(typed);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().id, first);
        QVERIFY(provider.complete(QStringLiteral("nothing like this")).isEmpty());
    }

    void seesNodesAddedLater()
    {
        const GraphLinkProvider provider(m_project->connection());
        QCOMPARE(provider.targets().size(), 2);
        const qint64 id = addNode(
            QStringLiteral("gasket"), QStringLiteral("Component"), QStringLiteral("Gasket"), QStringLiteral("垫片"));
        QCOMPARE(provider.targets().size(), 3);
        QVERIFY(provider.target(QStringLiteral("node:gasket")));
        knowledge::GraphStore(m_project->connection()).removeNode(id);
        QCOMPARE(provider.targets().size(), 2);
    }

    void linkingRecordsEvidence()
    {
        const GraphLinkProvider provider(m_project->connection());
        QUndoStack undo;
        document::DocumentSpan s;
        s.start = 6;
        s.end = 8;
        s.text = QStringLiteral("主泵");
        project::Annotation a = s.toAnnotation(m_textId, std::nullopt);
        const qint64 span = m_project->annotations().add(a);
        document::DocumentAnnotatorWidget widget;
        widget.setLinkProvider(&provider);
        QVERIFY(widget.open(*m_project, m_textId, &undo));
        widget.selectAnnotation(span);
        // Linking by a Chinese label: the link stores the node's key, the node lists the span.
        QVERIFY(widget.linkSelected(QStringLiteral("主泵")));
        auto linked = document::DocumentSpan::fromAnnotation(*m_project->annotations().byId(span));
        QVERIFY(linked && linked->link);
        QCOMPARE(linked->link->target, QStringLiteral("node:main_pump"));
        QCOMPARE(evidenceOf(m_pumpNode), QList<qint64> { span });
        // Relinking moves the evidence; undo moves it back, in one step.
        QVERIFY(widget.linkSelected(QStringLiteral("leaking seal")));
        QCOMPARE(evidenceOf(m_pumpNode), QList<qint64> {});
        QCOMPARE(evidenceOf(m_sealNode), QList<qint64> { span });
        undo.undo();
        QCOMPARE(evidenceOf(m_pumpNode), QList<qint64> { span });
        QCOMPARE(evidenceOf(m_sealNode), QList<qint64> {});
        // Removing the link removes the evidence; undo again restores both.
        QVERIFY(widget.linkSelected(QString()));
        QCOMPARE(evidenceOf(m_pumpNode), QList<qint64> {});
        undo.undo();
        QCOMPARE(evidenceOf(m_pumpNode), QList<qint64> { span });
        undo.undo();
        QCOMPARE(evidenceOf(m_pumpNode), QList<qint64> {});
        QVERIFY(!document::DocumentSpan::fromAnnotation(*m_project->annotations().byId(span))->link);
        widget.close();
        m_project->annotations().remove(span);
    }

    void preAnnotationUsesEveryNameOfTheGraph()
    {
        const GraphLinkProvider provider(m_project->connection());
        // A user term with a class, next to the graph's names.
        QList<document::PreAnnotationJob::Term> terms { { QStringLiteral("压力下降"), m_failureClass, {}, {} } };
        document::PreAnnotationJob job(*m_project, &provider, terms);
        QCOMPARE(job.execute(), project::Job::State::Finished);
        QHash<QString, QString> linkOf; // span text → link target
        QHash<QString, std::optional<qint64>> classOf;
        for (const project::Annotation &a : m_project->annotations().forAsset(m_textId)) {
            const auto s = document::DocumentSpan::fromAnnotation(a);
            QVERIFY(s);
            QVERIFY(a.state == project::AnnotationState::Proposed);
            linkOf.insert(s->text, s->link ? s->link->target : QString());
            classOf.insert(s->text, a.classId);
        }
        // Labels and aliases in both languages, matched case-insensitively.
        QCOMPARE(linkOf.value(QStringLiteral("主泵")), QStringLiteral("node:main_pump"));
        QCOMPARE(linkOf.value(QStringLiteral("main pump")), QStringLiteral("node:main_pump"));
        QCOMPARE(linkOf.value(QStringLiteral("机械密封失效")), QStringLiteral("node:seal_leak"));
        QCOMPARE(linkOf.value(QStringLiteral("leaking seal")), QStringLiteral("node:seal_leak"));
        QCOMPARE(linkOf.value(QStringLiteral("Seal Leak")), QStringLiteral("node:seal_leak"));
        QCOMPARE(classOf.value(QStringLiteral("Seal Leak")), std::optional<qint64>(m_failureClass));
        QCOMPARE(classOf.value(QStringLiteral("主泵")), std::optional<qint64>(m_componentClass));
        QCOMPARE(linkOf.value(QStringLiteral("压力下降"), QStringLiteral("missing")), QString());
        QCOMPARE(job.proposedCount(), 6);
    }

    void acceptingALinkedProposalMakesItEvidence()
    {
        const GraphLinkProvider provider(m_project->connection());
        QUndoStack undo;
        document::DocumentAnnotatorWidget widget;
        widget.setLinkProvider(&provider);
        QVERIFY(widget.open(*m_project, m_textId, &undo));
        qint64 pump = 0, seal = 0;
        for (const project::Annotation &a : m_project->annotations().forAsset(m_textId)) {
            const auto s = document::DocumentSpan::fromAnnotation(a);
            if (s && s->text == QStringLiteral("main pump"))
                pump = a.id;
            if (s && s->text == QStringLiteral("leaking seal"))
                seal = a.id;
        }
        QVERIFY(pump && seal);
        QCOMPARE(evidenceOf(m_pumpNode), QList<qint64> {});
        widget.selectAnnotation(pump);
        QVERIFY(widget.setSelectedState(true));
        QCOMPARE(evidenceOf(m_pumpNode), QList<qint64> { pump });
        QVERIFY(m_project->annotations().byId(pump)->state == project::AnnotationState::Accepted);
        // Rejecting it later takes the evidence back; undo restores it together with the state.
        widget.selectAnnotation(pump);
        QVERIFY(widget.setSelectedState(false));
        QCOMPARE(evidenceOf(m_pumpNode), QList<qint64> {});
        undo.undo();
        QCOMPARE(evidenceOf(m_pumpNode), QList<qint64> { pump });
        QVERIFY(m_project->annotations().byId(pump)->state == project::AnnotationState::Accepted);
        // A rejected proposal never becomes evidence.
        widget.selectAnnotation(seal);
        QVERIFY(widget.setSelectedState(false));
        QCOMPARE(evidenceOf(m_sealNode), QList<qint64> {});
        widget.close();
    }
};

QTEST_MAIN(TestDocumentKnowledge)
#include "tst_documentknowledge.moc"
