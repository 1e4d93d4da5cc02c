#pragma once

#include <QtGlobal>

#include <functional>

namespace rwb::timeseries {

/// Progress of a signal import: \a done of \a total units (bytes for delimited text, frames for
/// sound files), called on the importing thread between blocks.
using ImportProgress = std::function<void(qint64 done, qint64 total)>;

} // namespace rwb::timeseries
