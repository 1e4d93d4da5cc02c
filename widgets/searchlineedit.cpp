#include "searchlineedit.h"

#include <QAction>
#include <QKeyEvent>
#include <QPainter>
#include <QPixmap>

namespace rwb::widgets {

namespace {

/// A magnifier drawn in the palette's text colour, so it fits light and dark themes.
QIcon magnifierIcon(const QColor &color)
{
    const qreal dpr = 2.0;
    QPixmap pixmap(QSize(16, 16) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, 1.6, Qt::SolidLine, Qt::RoundCap));
    p.drawEllipse(QRectF(2.5, 2.5, 8, 8));
    p.drawLine(QPointF(9.5, 9.5), QPointF(13.5, 13.5));
    return QIcon(pixmap);
}

} // namespace

SearchLineEdit::SearchLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    QColor iconColor = palette().color(QPalette::PlaceholderText);
    addAction(magnifierIcon(iconColor), QLineEdit::LeadingPosition);
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &SearchLineEdit::emitNow);
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() || m_timer.interval() == 0)
            emitNow();
        else
            m_timer.start();
    });
    connect(this, &QLineEdit::returnPressed, this, &SearchLineEdit::emitNow);
}

void SearchLineEdit::setDelay(int milliseconds)
{
    m_timer.setInterval(qMax(0, milliseconds));
}

void SearchLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchLineEdit::emitNow()
{
    m_timer.stop();
    const QString text = this->text().trimmed();
    if (text == m_lastEmitted)
        return;
    m_lastEmitted = text;
    emit searchChanged(text);
}

} // namespace rwb::widgets
