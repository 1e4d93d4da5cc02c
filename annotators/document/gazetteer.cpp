#include "gazetteer.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <queue>

namespace rwb::document {

namespace {

char16_t fold(char16_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z' ? char16_t(c + 32) : c;
    return QChar(c).toLower().unicode();
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

/// Letters of alphabetic scripts need word boundaries; Han, Kana, Hangul and Thai do not.
bool needsBoundary(QChar c)
{
    if (!isWordChar(c))
        return false;
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Thai:
        return false;
    default:
        return true;
    }
}

} // namespace

int Gazetteer::addTerm(const QString &term)
{
    if (term.isEmpty())
        return -1;
    QString folded(term.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < term.size(); ++i)
        folded[i] = QChar(fold(term[i].unicode()));
    for (size_t i = 0; i < m_folded.size(); ++i) {
        if (m_folded[i] == folded)
            return int(i);
    }
    m_terms.push_back(term);
    m_folded.push_back(folded);
    m_boundaryStart.push_back(needsBoundary(term.front()));
    m_boundaryEnd.push_back(needsBoundary(term.back()));
    m_termLength.push_back(int(term.size()));
    m_built = false;
    return int(m_terms.size()) - 1;
}

void Gazetteer::build()
{
    // The trie with map children first, then flattened into sorted edge arrays.
    std::vector<std::map<char16_t, int>> children(1);
    std::vector<int> own(1, -1);
    std::vector<int> depth(1, 0);
    for (size_t t = 0; t < m_folded.size(); ++t) {
        int s = 0;
        for (const QChar c : m_folded[t]) {
            auto it = children[size_t(s)].find(c.unicode());
            if (it == children[size_t(s)].end()) {
                const int n = int(children.size());
                children[size_t(s)].emplace(c.unicode(), n);
                children.emplace_back();
                own.push_back(-1);
                depth.push_back(depth[size_t(s)] + 1);
                s = n;
            } else {
                s = it->second;
            }
        }
        own[size_t(s)] = int(t);
    }
    m_nodes.assign(children.size(), Node {});
    m_edgeChar.clear();
    m_edgeTarget.clear();
    for (size_t s = 0; s < children.size(); ++s) {
        m_nodes[s].edgesBegin = int(m_edgeChar.size());
        for (const auto &[c, n] : children[s]) {
            m_edgeChar.push_back(c);
            m_edgeTarget.push_back(n);
        }
        m_nodes[s].edgesEnd = int(m_edgeChar.size());
        m_nodes[s].depth = depth[s];
    }
    m_root.assign(0x10000, 0);
    for (const auto &[c, n] : children[0])
        m_root[c] = n;
    // Failure links breadth-first; the output is the node's own term, else its failure's.
    std::queue<int> queue;
    for (const auto &[c, n] : children[0]) {
        m_nodes[size_t(n)].fail = 0;
        m_nodes[size_t(n)].output = own[size_t(n)];
        queue.push(n);
    }
    while (!queue.empty()) {
        const int s = queue.front();
        queue.pop();
        for (const auto &[c, n] : children[size_t(s)]) {
            int f = m_nodes[size_t(s)].fail;
            int next = 0;
            for (;;) {
                next = f == 0 ? m_root[c] : -1;
                if (f != 0) {
                    auto it = children[size_t(f)].find(c);
                    if (it != children[size_t(f)].end())
                        next = it->second;
                }
                if (next >= 0 || f == 0)
                    break;
                f = m_nodes[size_t(f)].fail;
            }
            m_nodes[size_t(n)].fail = next == n ? 0 : std::max(0, next);
            m_nodes[size_t(n)].output
                = own[size_t(n)] >= 0 ? own[size_t(n)] : m_nodes[size_t(m_nodes[size_t(n)].fail)].output;
            queue.push(n);
        }
    }
    m_built = true;
}

int Gazetteer::step(int state, char16_t c) const
{
    for (;;) {
        if (state == 0)
            return m_root[c];
        const Node &node = m_nodes[size_t(state)];
        const auto begin = m_edgeChar.begin() + node.edgesBegin;
        const auto end = m_edgeChar.begin() + node.edgesEnd;
        const auto it = std::lower_bound(begin, end, c);
        if (it != end && *it == c)
            return m_edgeTarget[size_t(it - m_edgeChar.begin())];
        state = node.fail;
    }
}

QList<Gazetteer::Match> Gazetteer::match(QStringView text, qint64 base) const
{
    QList<Match> out;
    if (!m_built || m_terms.empty())
        return out;
    // Candidates by end position; each is the longest term ending there. Resolved greedily:
    // a candidate is kept when it starts after the last kept one ends, and replaces the last
    // kept one when it starts at or before its start (leftmost-longest).
    struct Candidate
    {
        qsizetype start; ///< UTF-16 index
        qsizetype end;
        int term;
    };
    std::vector<Candidate> kept;
    int state = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        state = step(state, fold(text[i].unicode()));
        int t = m_nodes[size_t(state)].output;
        if (t < 0)
            continue;
        // The longest term ending here may fail its boundary test; shorter ones along the
        // failure chain are then tried.
        int s = state;
        while (t >= 0) {
            const qsizetype start = i + 1 - m_termLength[size_t(t)];
            const bool okStart = !m_boundaryStart[size_t(t)] || start == 0 || !isWordChar(text[start - 1]);
            const bool okEnd = !m_boundaryEnd[size_t(t)] || i + 1 == n || !isWordChar(text[i + 1]);
            if (okStart && okEnd) {
                while (!kept.empty() && start <= kept.back().start)
                    kept.pop_back();
                if (kept.empty() || start >= kept.back().end)
                    kept.push_back({ start, i + 1, t });
                break;
            }
            // Next shorter output: walk failure links until the output changes.
            while (s != 0 && m_nodes[size_t(s)].output == t)
                s = m_nodes[size_t(s)].fail;
            t = s == 0 ? -1 : m_nodes[size_t(s)].output;
        }
    }
    // Code points: count surrogate pairs once.
    out.reserve(qsizetype(kept.size()));
    qint64 cp = 0;
    qsizetype at = 0;
    auto advanceTo = [&](qsizetype index) {
        for (; at < index; ++at)
            cp += !text[at].isLowSurrogate();
        return cp;
    };
    for (const Candidate &c : kept) {
        const qint64 s = advanceTo(c.start);
        const qint64 e = advanceTo(c.end);
        out.append({ base + s, base + e, c.term });
    }
    return out;
}

} // namespace rwb::document
