#pragma once

#include <QString>

namespace rwb::sample {

/// One coil rolled through the finishing mill in a generated time series (row indices as in SignalAnomaly).
struct CoilPass
{
    QString coilId;
    QString steelGrade;
    double thicknessMm = 0.0;
    int widthMm = 0;
    /// First row with strip in the mill (head threading into F1).
    qint64 headIndex = 0;
    /// Last row with strip in the mill (tail left F7), inclusive.
    qint64 tailIndex = 0;
    /// True when a work roll change took place in the gap before this coil.
    bool afterRollChange = false;
};

} // namespace rwb::sample
