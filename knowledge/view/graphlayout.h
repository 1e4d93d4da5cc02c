#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <utility>
#include <vector>

namespace rwb::knowledge {

/// Graph layouts through Graphviz (gvc/cgraph): layered `dot` for causal chains, `sfdp` and
/// `neato` for large graphs. Pure function of its input, so it runs on a worker thread;
/// Graphviz keeps global state, so layouts run one at a time.
class GraphLayout
{
    Q_DECLARE_TR_FUNCTIONS(rwb::knowledge::GraphLayout)
public:
    enum class Engine { Dot, Sfdp, Neato };

    struct Input
    {
        std::vector<qint64> nodeIds;
        std::vector<QSizeF> sizes; ///< per node, in points (empty: a default size)
        std::vector<std::pair<int, int>> edges; ///< indexes into nodeIds
    };
    struct Result
    {
        QHash<qint64, QPointF> positions; ///< node centres, y down, in points
        QString error; ///< empty when the layout succeeded
    };

    static Result run(const Input &input, Engine engine);
    static QString engineName(Engine engine);
    /// The engine's title for menus.
    static QString title(Engine engine);
};

} // namespace rwb::knowledge
