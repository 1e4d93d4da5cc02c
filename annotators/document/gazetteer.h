#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace rwb::document {

/// Finds every term of a list in a text in one pass (Aho–Corasick automaton over UTF-16 units,
/// case-insensitive by simple case folding). Where terms overlap, the leftmost one wins, and of
/// those the longest. A term that begins or ends with a letter or digit of an alphabetic
/// script only matches on word boundaries ("pump" not in "pumping"); terms in CJK scripts match
/// anywhere, as Chinese has no spaces.
class Gazetteer
{
public:
    struct Match
    {
        qint64 start; ///< code points
        qint64 end;
        int term; ///< index from addTerm()
        bool operator==(const Match &other) const = default;
    };

    /// Adds \a term and returns its index (the index it already has when added before, with
    /// any case). Empty terms give -1. Call before build().
    int addTerm(const QString &term);
    int termCount() const { return int(m_terms.size()); }
    const QString &term(int index) const { return m_terms[size_t(index)]; }
    /// Builds the automaton; matching before build() finds nothing.
    void build();
    /// The matches in \a text, offsets in code points plus \a base, ordered by start.
    QList<Match> match(QStringView text, qint64 base = 0) const;

private:
    struct Node
    {
        int fail = 0;
        int output = -1; ///< the longest term ending here (own or through the failure chain)
        int depth = 0;
        int edgesBegin = 0;
        int edgesEnd = 0;
    };
    int step(int state, char16_t c) const;

    std::vector<QString> m_terms;
    std::vector<QString> m_folded;
    std::vector<bool> m_boundaryStart;
    std::vector<bool> m_boundaryEnd;
    std::vector<int> m_termLength; ///< in UTF-16 units
    std::vector<Node> m_nodes;
    std::vector<char16_t> m_edgeChar; ///< sorted per node
    std::vector<int> m_edgeTarget;
    std::vector<int> m_root; ///< root transitions for every UTF-16 unit (0: stay at root)
    bool m_built = false;
};

} // namespace rwb::document
