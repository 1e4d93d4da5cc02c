#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace rwb::timeseries {

/// Several signal files recorded side by side (a process logger's CSV, a vibration WAV, a
/// second logger with its own clock) that form one asset on one time axis. The group is a
/// small JSON file (suffix .rwbsig) that names its members relative to itself, with their
/// SHA-256 so a member changed later is noticed, and how to bring them onto one axis:
/// - a member's time is shifted to \c start (its first sample; for recordings without clock
///   time such as WAV) and/or by \c offset (clock skew), and files without a time column get
///   their sampling rate here;
/// - the common axis is the grid of the reference member (by default the finest one), which,
///   when regular, is extended over the span of every member (or kept to the time all of them
///   cover), or the union of all time stamps;
/// - each other member is resampled onto it by holding its last value or linearly, never
///   across a gap longer than twice its median sampling interval and never beyond its span
///   (NaN there: a gap, not a made-up value).
class SignalGroup
{
    Q_DECLARE_TR_FUNCTIONS(rwb::timeseries::SignalGroup)

public:
    static constexpr int FormatVersion = 1;
    static QString suffix() { return QStringLiteral("rwbsig"); }

    enum class Grid { Reference, Union };
    enum class Fill { Hold, Linear };
    /// All: from the first sample of any file to the last of any; Overlap: only the time every
    /// file covers (a minute of vibration recording inside hours of process log).
    enum class Span { All, Overlap };

    struct Member
    {
        QString path; ///< relative to the group file's folder (or absolute outside it)
        QString sha256; ///< recorded when the group was written; empty: not checked
        std::optional<qint64> startNs; ///< time of the first sample, ns since the epoch (UTC)
        qint64 offsetNs = 0; ///< added to every time stamp
        std::optional<double> rateHz; ///< for files without time stamps of their own
    };

    QList<Member> members;
    int reference = -1; ///< index into members; -1: the finest member
    Grid grid = Grid::Reference;
    Fill fill = Fill::Hold;
    Span span = Span::All;

    /// Reads \a path; std::nullopt with \a error naming the file and the problem.
    static std::optional<SignalGroup> read(const QString &path, QString *error = nullptr);
    /// Writes the group to \a path (atomically), recording each member's SHA-256 and making
    /// paths relative to the group file's folder; false with \a error naming the file.
    bool write(const QString &path, QString *error = nullptr);
    /// A member's path resolved against the folder of the group file \a groupPath.
    static QString resolve(const QString &groupPath, const QString &memberPath);

    static QString gridName(Grid grid);
    static QString fillName(Fill fill);
    static QString spanName(Span span);
    static std::optional<Span> spanFromName(const QString &name);
    static std::optional<Grid> gridFromName(const QString &name);
    static std::optional<Fill> fillFromName(const QString &name);
    /// ISO-8601 date/time (with or without a zone; without one it is UTC) to ns since the epoch.
    static std::optional<qint64> parseTime(const QString &text);
    static QString formatTime(qint64 ns);
};

} // namespace rwb::timeseries
