#pragma once

#include <QStyledItemDelegate>

namespace rwb::widgets {

/// Paints an item of a grid (QListView in IconMode) as a tile: the decoration scaled into a
/// square, the display text elided below it, and an optional badge (a coloured pill with a
/// short text, e.g. a status) in the corner. Knows nothing of what the items are: the badge
/// comes from two roles chosen by the view's owner.
class ThumbnailDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ThumbnailDelegate(QObject *parent = nullptr);

    /// Edge of the square the decoration is fitted into, in device-independent pixels.
    void setThumbnailSize(int size);
    int thumbnailSize() const { return m_size; }
    /// The roles holding the badge's text and colour; no badge when the text is empty.
    void setBadgeRoles(int textRole, int colorRole);
    /// The role of a second, neutral badge in the opposite corner (a count); none when empty.
    void setCountRole(int role) { m_countRole = role; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_size = 128;
    int m_badgeTextRole = -1;
    int m_badgeColorRole = -1;
    int m_countRole = -1;
};

} // namespace rwb::widgets
