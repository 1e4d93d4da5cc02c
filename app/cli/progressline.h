#pragma once

#include <QElapsedTimer>
#include <QString>

#include <cstdio>

namespace rwb::cli {

/// A one-line progress display on a terminal ("Importing  1234/10000  12%  345/s"),
/// redrawn in place; silent when stderr is not a terminal or in JSON mode.
class ProgressLine
{
public:
    explicit ProgressLine(const QString &label, bool enabled);
    ~ProgressLine();
    void update(qint64 done, qint64 total, const QString &detail = {});
    void finish();

private:
    QString m_label;
    bool m_enabled;
    bool m_drawn = false;
    QElapsedTimer m_timer;
    qint64 m_lastDrawMs = -1000;
};

} // namespace rwb::cli
