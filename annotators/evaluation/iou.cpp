#include "iou.h"

#include <algorithm>

namespace rwb::evaluation {

double Iou::box(const QRectF &d, const QRectF &g, bool crowd)
{
    const double w = std::min(d.x() + d.width(), g.x() + g.width()) - std::max(d.x(), g.x());
    if (w <= 0)
        return 0;
    const double h = std::min(d.y() + d.height(), g.y() + g.height()) - std::max(d.y(), g.y());
    if (h <= 0)
        return 0;
    const double inter = w * h;
    const double da = d.width() * d.height();
    const double u = crowd ? da : da + g.width() * g.height() - inter;
    return u > 0 ? inter / u : 0;
}

double Iou::mask(const image::RleMask &d, const image::RleMask &g, bool crowd)
{
    if (d.isEmpty() || g.isEmpty() || !d.boundingRect().intersects(g.boundingRect()))
        return 0;
    const double inter = double(d.intersected(g).area());
    const double da = double(d.area());
    const double u = crowd ? da : da + double(g.area()) - inter;
    return u > 0 ? inter / u : 0;
}

} // namespace rwb::evaluation
