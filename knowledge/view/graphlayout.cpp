#include "graphlayout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <mutex>

namespace rwb::knowledge {

namespace {

std::mutex &graphvizMutex()
{
    static std::mutex m;
    return m;
}

// cgraph takes char * for names and values it only reads.
char *mutableText(const char *text)
{
    return const_cast<char *>(text);
}

} // namespace

QString GraphLayout::engineName(Engine engine)
{
    switch (engine) {
    case Engine::Dot:
        return QStringLiteral("dot");
    case Engine::Sfdp:
        return QStringLiteral("sfdp");
    case Engine::Neato:
        return QStringLiteral("neato");
    }
    return QStringLiteral("dot");
}

QString GraphLayout::title(Engine engine)
{
    switch (engine) {
    case Engine::Dot:
        return tr("Layered (dot) — causal chains");
    case Engine::Sfdp:
        return tr("Force-directed (sfdp) — large graphs");
    case Engine::Neato:
        return tr("Spring (neato)");
    }
    return {};
}

GraphLayout::Result GraphLayout::run(const Input &input, Engine engine)
{
    Result result;
    if (input.nodeIds.empty())
        return result;
    std::lock_guard lock(graphvizMutex());
    GVC_t *gvc = gvContext();
    if (!gvc) {
        result.error = tr("Graphviz could not be started.");
        return result;
    }
    Agraph_t *g = agopen(mutableText("kg"), Agdirected, nullptr);
    agattr(g, AGRAPH, mutableText("rankdir"), mutableText("LR"));
    agattr(g, AGRAPH, mutableText("nodesep"), mutableText("0.35"));
    agattr(g, AGRAPH, mutableText("ranksep"), mutableText("0.8"));
    agattr(g, AGRAPH, mutableText("overlap"), mutableText(engine == Engine::Dot ? "true" : "prism"));
    agattr(g, AGRAPH, mutableText("splines"), mutableText("false"));
    agattr(g, AGNODE, mutableText("shape"), mutableText("box"));
    agattr(g, AGNODE, mutableText("fixedsize"), mutableText("true"));
    agattr(g, AGNODE, mutableText("width"), mutableText("1.6"));
    agattr(g, AGNODE, mutableText("height"), mutableText("0.5"));
    agattr(g, AGNODE, mutableText("label"), mutableText(""));

    std::vector<Agnode_t *> nodes(input.nodeIds.size());
    for (size_t i = 0; i < input.nodeIds.size(); ++i) {
        const QByteArray name = QByteArray::number(input.nodeIds[i]);
        nodes[i] = agnode(g, mutableText(name.constData()), 1);
        if (i < input.sizes.size() && !input.sizes[i].isEmpty()) {
            // Graphviz sizes are inches (72 points).
            const QByteArray w = QByteArray::number(input.sizes[i].width() / 72.0, 'f', 3);
            const QByteArray h = QByteArray::number(input.sizes[i].height() / 72.0, 'f', 3);
            agsafeset(nodes[i], mutableText("width"), mutableText(w.constData()), mutableText("1.6"));
            agsafeset(nodes[i], mutableText("height"), mutableText(h.constData()), mutableText("0.5"));
        }
    }
    for (const auto &[from, to] : input.edges) {
        if (from < 0 || to < 0 || size_t(from) >= nodes.size() || size_t(to) >= nodes.size() || from == to)
            continue;
        agedge(g, nodes[size_t(from)], nodes[size_t(to)], nullptr, 1);
    }
    const QByteArray engineText = engineName(engine).toLatin1();
    if (gvLayout(gvc, g, engineText.constData()) != 0) {
        result.error = tr("The Graphviz layout \"%1\" failed.").arg(engineName(engine));
    } else {
        for (size_t i = 0; i < nodes.size(); ++i) {
            const pointf p = ND_coord(nodes[i]);
            result.positions.insert(input.nodeIds[i], QPointF(p.x, -p.y));
        }
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    gvFreeContext(gvc);
    return result;
}

} // namespace rwb::knowledge
