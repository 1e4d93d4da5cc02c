#include "thumbnaildelegate.h"

#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace rwb::widgets {

namespace {

constexpr int Margin = 6;
constexpr int TextGap = 4;

/// The decoration as a pixmap no larger than \a size (device-independent), or a null pixmap.
QPixmap decorationPixmap(const QVariant &value, const QSize &size, qreal dpr)
{
    QPixmap pixmap;
    if (value.userType() == QMetaType::QIcon)
        return value.value<QIcon>().pixmap(size, dpr);
    if (value.userType() == QMetaType::QPixmap)
        pixmap = value.value<QPixmap>();
    else if (value.userType() == QMetaType::QImage)
        pixmap = QPixmap::fromImage(value.value<QImage>());
    if (pixmap.isNull())
        return pixmap;
    const QSize logical = pixmap.deviceIndependentSize().toSize();
    if (logical.width() <= size.width() && logical.height() <= size.height())
        return pixmap;
    QPixmap scaled = pixmap.scaled(size * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    scaled.setDevicePixelRatio(dpr);
    return scaled;
}

} // namespace

ThumbnailDelegate::ThumbnailDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void ThumbnailDelegate::setThumbnailSize(int size)
{
    m_size = qMax(16, size);
}

void ThumbnailDelegate::setBadgeRoles(int textRole, int colorRole)
{
    m_badgeTextRole = textRole;
    m_badgeColorRole = colorRole;
}

void ThumbnailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // The tile: selection and hover drawn here, since styles leave the decoration of icon-mode
    // items unselected.
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (option.state & QStyle::State_Active)                                ? QPalette::Active
                                                                               : QPalette::Inactive;
    const QRectF background = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);
    if (selected || hovered) {
        QColor fill = option.palette.color(group, QPalette::Highlight);
        if (!selected)
            fill.setAlphaF(0.18);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(background, 4, 4);
    }

    const QRect tile = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const QRect square(tile.left() + (tile.width() - m_size) / 2, tile.top(), m_size, m_size);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QPixmap pixmap = decorationPixmap(index.data(Qt::DecorationRole), square.size(), dpr);
    if (!pixmap.isNull()) {
        const QSize logical = pixmap.deviceIndependentSize().toSize();
        const QRect target(square.left() + (square.width() - logical.width()) / 2,
            square.top() + (square.height() - logical.height()) / 2, logical.width(), logical.height());
        painter->drawPixmap(target, pixmap);
        // A hairline around pictures that fill the square; icons (placeholders) stand free.
        if (logical.width() * 4 >= square.width() * 3 || logical.height() * 4 >= square.height() * 3) {
            painter->setPen(QPen(option.palette.color(QPalette::Mid), 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(QRectF(target).adjusted(0.5, 0.5, -0.5, -0.5));
        }
    }

    const QRect textRect(tile.left(), square.bottom() + TextGap, tile.width(), option.fontMetrics.height());
    const QString text
        = option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle, textRect.width());
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(option.font);
    painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignVCenter, text);

    if (m_badgeTextRole >= 0) {
        const QString badge = index.data(m_badgeTextRole).toString();
        if (!badge.isEmpty()) {
            QFont font = option.font;
            font.setPointSizeF(font.pointSizeF() * 0.85);
            const QFontMetrics fm(font);
            const int h = fm.height() + 2;
            const int w = qMin(fm.horizontalAdvance(badge) + h, square.width());
            const QRectF pill(square.left() + 3, square.top() + 3, w, h);
            QColor color = index.data(m_badgeColorRole).value<QColor>();
            if (!color.isValid())
                color = option.palette.color(QPalette::Highlight);
            QPainterPath path;
            path.addRoundedRect(pill, h / 2.0, h / 2.0);
            painter->fillPath(path, color);
            painter->setFont(font);
            painter->setPen(color.lightnessF() > 0.6 ? Qt::black : Qt::white);
            painter->drawText(pill, Qt::AlignCenter, fm.elidedText(badge, Qt::ElideRight, w - h / 2));
        }
    }
    if (m_countRole >= 0) {
        const QString count = index.data(m_countRole).toString();
        if (!count.isEmpty()) {
            QFont font = option.font;
            font.setPointSizeF(font.pointSizeF() * 0.85);
            font.setBold(true);
            const QFontMetrics fm(font);
            const int h = fm.height() + 2;
            const int w = qMin(fm.horizontalAdvance(count) + h, square.width() / 2);
            const QRectF pill(square.right() - 3 - w, square.top() + 3, w, h);
            QPainterPath path;
            path.addRoundedRect(pill, h / 2.0, h / 2.0);
            painter->fillPath(path, QColor(30, 30, 30, 200));
            painter->setFont(font);
            painter->setPen(Qt::white);
            painter->drawText(pill, Qt::AlignCenter, fm.elidedText(count, Qt::ElideRight, w - h / 2));
        }
    }
    painter->restore();
}

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return { m_size + 2 * Margin, m_size + 2 * Margin + TextGap + option.fontMetrics.height() };
}

} // namespace rwb::widgets
