#include "progressline.h"

#include <unistd.h>

namespace rwb::cli {

ProgressLine::ProgressLine(const QString &label, bool enabled)
    : m_label(label)
    , m_enabled(enabled && isatty(fileno(stderr)))
{
    m_timer.start();
}

ProgressLine::~ProgressLine()
{
    finish();
}

void ProgressLine::update(qint64 done, qint64 total, const QString &detail)
{
    if (!m_enabled)
        return;
    const qint64 now = m_timer.elapsed();
    if (now - m_lastDrawMs < 100 && done != total)
        return;
    m_lastDrawMs = now;
    const double rate = now > 0 ? done * 1000.0 / now : 0.0;
    QString line = total > 0 ? QStringLiteral("%1  %2/%3  %4%  %5/s")
                                   .arg(m_label)
                                   .arg(done)
                                   .arg(total)
                                   .arg(int(done * 100 / total))
                                   .arg(rate, 0, 'f', 0)
                             : QStringLiteral("%1  %2").arg(m_label).arg(done);
    if (!detail.isEmpty())
        line += QStringLiteral("  ") + detail.left(40);
    std::fprintf(stderr, "\r\033[K%s", line.toLocal8Bit().constData());
    std::fflush(stderr);
    m_drawn = true;
}

void ProgressLine::finish()
{
    if (m_drawn) {
        std::fprintf(stderr, "\r\033[K");
        std::fflush(stderr);
        m_drawn = false;
    }
}

} // namespace rwb::cli
