#include "elidedlabel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QStyle>

namespace rwb::widgets {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QFrame(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

ElidedLabel::ElidedLabel(const QString &text, QWidget *parent)
    : ElidedLabel(parent)
{
    setText(text);
}

void ElidedLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setToolTip(text);
    updateGeometry();
    update();
}

void ElidedLabel::setElideMode(Qt::TextElideMode mode)
{
    m_mode = mode;
    update();
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    return { fontMetrics().horizontalAdvance(m_text) + m.left() + m.right(),
        fontMetrics().height() + m.top() + m.bottom() };
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QMargins m = contentsMargins();
    return { fontMetrics().horizontalAdvance(QStringLiteral("…")) * 3 + m.left() + m.right(),
        fontMetrics().height() + m.top() + m.bottom() };
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter p(this);
    const QRect r = contentsRect();
    p.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    const Qt::Alignment align = QStyle::visualAlignment(layoutDirection(), Qt::AlignLeft | Qt::AlignVCenter);
    p.drawText(r, int(align), fontMetrics().elidedText(m_text, m_mode, r.width()));
}

void ElidedLabel::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_text.isEmpty())
        return;
    QMenu menu(this);
    const QString text = m_text;
    menu.addAction(tr("&Copy"), [text] { QApplication::clipboard()->setText(text); });
    menu.exec(event->globalPos());
}

void ElidedLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QFrame::changeEvent(event);
}

} // namespace rwb::widgets
