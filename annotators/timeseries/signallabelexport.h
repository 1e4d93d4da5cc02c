#pragma once

#include "project/annotation.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>

namespace rwb::timeseries {

class SignalData;

/// The export hooks of signal labels, used by dataset export: the labels of one asset as CSV or
/// JSON (sample indices and UTC time stamps, class, channels, provenance, attributes), and
/// fixed-length training windows with the classes of the labels that overlap each of them.
/// Rejected proposals are left out; output is deterministic (ordered by start, then id).
class SignalLabelExport
{
public:
    struct Window
    {
        qint64 start; ///< first sample
        qint64 end; ///< one past the last
        QStringList classes; ///< classes of the labels overlapping the window (labels without one are left out),
                             ///< sorted, once each
    };

    /// \a classNames: class id → name (labels without a class get an empty name).
    static QByteArray labelsCsv(const SignalData &data, const QList<project::Annotation> &annotations,
        const QHash<qint64, QString> &classNames);
    static QJsonArray labelsJson(const SignalData &data, const QList<project::Annotation> &annotations,
        const QHash<qint64, QString> &classNames);
    /// Windows of \a length samples every \a stride samples over the whole signal; a window
    /// counts a range when at least \a minOverlap of the window's samples lie in it, and an event
    /// when it falls inside.
    static QList<Window> windows(const SignalData &data, const QList<project::Annotation> &annotations,
        const QHash<qint64, QString> &classNames, qint64 length, qint64 stride, double minOverlap = 0.0);
    static QByteArray windowsCsv(const SignalData &data, const QList<Window> &windows);
};

} // namespace rwb::timeseries
