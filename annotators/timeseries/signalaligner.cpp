#include "signalaligner.h"

#include "csvimporter.h"
#include "project/jobs/importjob.h"
#include "signalcachebuilder.h"
#include "signalcachewriter.h"
#include "signaldata.h"
#include "soundimporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <vector>

namespace rwb::timeseries {

namespace {

/// One member on the common axis: its samples, its shift and where resampling has got to.
struct Source
{
    std::shared_ptr<SignalData> data;
    QString path;
    qint64 shift = 0;
    qint64 maxGap = 0; ///< longest interval between two samples that is bridged
    qint64 cursor = 0; ///< last sample at or before the previous output time
    int firstChannel = 0; ///< in the output

    qint64 time(qint64 i) const { return data->timeAt(i) + shift; }
    qint64 first() const { return time(0); }
    qint64 last() const { return time(data->sampleCount() - 1); }
};

qint64 medianInterval(const SignalData &data)
{
    if (!data.hasTimestamps())
        return qint64(std::llround(1e9 / data.rateHz()));
    const qint64 n = data.sampleCount();
    if (n < 2)
        return 1;
    // A spread of up to 4096 intervals is enough for the median of a logger's rhythm.
    const qint64 step = std::max<qint64>(1, (n - 1) / 4096);
    std::vector<qint64> d;
    for (qint64 i = 0; i + 1 < n; i += step)
        d.push_back(data.timeAt(i + 1) - data.timeAt(i));
    std::nth_element(d.begin(), d.begin() + qsizetype(d.size() / 2), d.end());
    return std::max<qint64>(1, d[d.size() / 2]);
}

/// Removes the members' temporary caches however build() ends.
struct TemporaryFiles
{
    QStringList paths;
    ~TemporaryFiles()
    {
        for (const QString &p : paths)
            QFile::remove(p);
    }
};

} // namespace

SignalAligner::Result SignalAligner::build(const QString &groupPath, const QString &cachePath) const
{
    Result r;
    QString error;
    const std::optional<SignalGroup> group = SignalGroup::read(groupPath, &error);
    if (!group) {
        r.error = error;
        return r;
    }
    const auto cancelled = [&] { return m_cancel && m_cancel->load(); };

    // Every member into a temporary cache next to the final one.
    TemporaryFiles temporaries;
    std::vector<Source> sources;
    qint64 memberSamples = 0;
    for (int i = 0; i < group->members.size(); ++i) {
        const SignalGroup::Member &m = group->members[i];
        const QString path = SignalGroup::resolve(groupPath, m.path);
        const QString shown = QDir::toNativeSeparators(path);
        if (!QFileInfo::exists(path)) {
            r.error = tr("%1: file %2 of the group is missing").arg(QDir::toNativeSeparators(groupPath), shown);
            return r;
        }
        if (!m.sha256.isEmpty()) {
            const QString sha = project::ImportJob::sha256(path, &error);
            if (sha.isEmpty()) {
                r.error = tr("%1: %2").arg(shown, error);
                return r;
            }
            if (sha != m.sha256) {
                r.error = tr("%1: the file has changed since the signal group %2 was made (SHA-256 differs)")
                              .arg(shown, QDir::toNativeSeparators(groupPath));
                return r;
            }
        }
        const QString temporary = cachePath + QStringLiteral(".member%1").arg(i);
        temporaries.paths << temporary;
        const QString suffix = QFileInfo(path).suffix().toLower();
        const ImportProgress memberProgress = [&, i](qint64 done, qint64 total) {
            if (m_progress && total > 0)
                m_progress(qint64(double(i) * 1000 + 1000.0 * double(done) / double(total)),
                    qint64(group->members.size() + 1) * 1000);
        };
        if (SignalCacheBuilder::textSuffixes().contains(suffix)) {
            CsvImporter::Options options;
            if (m.rateHz)
                options.rateHz = *m.rateHz;
            CsvImporter importer(options);
            importer.setProgress(memberProgress);
            importer.setCancelFlag(m_cancel);
            const CsvImporter::Result imported = importer.import(path, temporary);
            if (!imported.ok) {
                r.error = imported.error;
                return r;
            }
            if (m.rateHz && imported.timeKind != CsvImporter::TimeKind::SampleIndex)
                r.warnings << tr("%1: has a time column; the sampling rate given for it is not used").arg(shown);
        } else if (SignalCacheBuilder::soundSuffixes().contains(suffix)) {
            if (m.rateHz) {
                r.error = tr("%1: a sound file has its own sampling rate; it cannot be given in the group").arg(shown);
                return r;
            }
            SoundImporter importer;
            importer.setProgress(memberProgress);
            importer.setCancelFlag(m_cancel);
            const SoundImporter::Result imported = importer.import(path, temporary);
            if (!imported.ok) {
                r.error = imported.error;
                return r;
            }
        } else {
            r.error = tr("%1: a signal group can hold delimited text and sound files, not .%2").arg(shown, suffix);
            return r;
        }
        Source s;
        s.data = SignalData::open(temporary, &error);
        if (!s.data) {
            r.error = error;
            return r;
        }
        if (s.data->sampleCount() == 0) {
            r.error = tr("%1: the file holds no samples").arg(shown);
            return r;
        }
        s.path = path;
        s.shift = (m.startNs ? *m.startNs - s.data->timeAt(0) : 0) + m.offsetNs;
        s.maxGap = 2 * medianInterval(*s.data);
        memberSamples += s.data->sampleCount();
        sources.push_back(std::move(s));
    }

    // Channel names, with the file name in front where two members share one.
    QStringList names;
    QStringList units;
    QStringList files;
    {
        QHash<QString, int> uses;
        for (const Source &s : sources)
            for (const QString &n : s.data->channelNames())
                ++uses[n];
        for (Source &s : sources) {
            s.firstChannel = int(names.size());
            const QStringList channelUnits = s.data->channelUnits();
            const QStringList channelNames = s.data->channelNames();
            for (int c = 0; c < channelNames.size(); ++c) {
                const QString &n = channelNames[c];
                // Sound channels are only numbered ("ch1"): the file says what they are.
                const bool sound = SignalCacheBuilder::soundSuffixes().contains(QFileInfo(s.path).suffix().toLower());
                names << (uses.value(n) > 1 || sound ? QStringLiteral("%1: %2").arg(QFileInfo(s.path).fileName(), n)
                                                     : n);
                units << channelUnits.value(c);
            }
            files << s.path;
        }
        if (QSet<QString>(names.begin(), names.end()).size() != names.size()) {
            r.error = tr("%1: two files of the group have the same name and channel names")
                          .arg(QDir::toNativeSeparators(groupPath));
            return r;
        }
    }

    qint64 spanStart = std::numeric_limits<qint64>::max();
    qint64 spanEnd = std::numeric_limits<qint64>::min();
    const bool overlapOnly = group->span == SignalGroup::Span::Overlap;
    if (overlapOnly) {
        spanStart = std::numeric_limits<qint64>::min();
        spanEnd = std::numeric_limits<qint64>::max();
    }
    for (const Source &s : sources) {
        spanStart = overlapOnly ? std::max(spanStart, s.first()) : std::min(spanStart, s.first());
        spanEnd = overlapOnly ? std::min(spanEnd, s.last()) : std::max(spanEnd, s.last());
    }
    if (spanStart > spanEnd) {
        QStringList spans;
        for (const Source &s : sources)
            spans << tr("%1 %2 – %3")
                         .arg(QFileInfo(s.path).fileName(), SignalGroup::formatTime(s.first()),
                             SignalGroup::formatTime(s.last()));
        r.error = tr("%1: the files have no time in common (%2). Check their start and offset, or keep the span "
                     "of all files.")
                      .arg(QDir::toNativeSeparators(groupPath), spans.join(QLatin1String("; ")));
        return r;
    }

    // The common axis.
    int reference = group->reference;
    if (reference < 0) {
        qint64 finest = std::numeric_limits<qint64>::max();
        for (int i = 0; i < int(sources.size()); ++i)
            if (sources[size_t(i)].maxGap < finest) {
                finest = sources[size_t(i)].maxGap;
                reference = i;
            }
    }
    const bool unionGrid = group->grid == SignalGroup::Grid::Union;
    const Source &ref = sources[size_t(reference)];
    const bool regular = !unionGrid && !ref.data->hasTimestamps();
    qint64 gridFirst = 0; ///< index of the first output sample on the reference's grid (or in its stamps)
    qint64 total = 0;
    const double rate = ref.data->rateHz();
    const qint64 refStart = ref.first();
    const auto regularTime = [&](qint64 k) { return refStart + qint64(std::llround(double(k) * 1e9 / rate)); };
    if (unionGrid) {
        total = -1; // counted while merging; bounded by memberSamples
    } else if (regular) {
        gridFirst = qint64(std::ceil(double(spanStart - refStart) * rate / 1e9 - 1e-9));
        const qint64 gridLast = qint64(std::floor(double(spanEnd - refStart) * rate / 1e9 + 1e-9));
        total = gridLast - gridFirst + 1;
    } else {
        gridFirst = ref.data->indexAtOrAfter(std::max(spanStart, ref.first()) - ref.shift);
        const qint64 end
            = spanEnd >= ref.last() ? ref.data->sampleCount() : ref.data->indexAtOrAfter(spanEnd - ref.shift + 1);
        total = end - gridFirst;
        for (const Source &s : sources)
            if (std::max(spanStart, s.first()) < ref.first() || std::min(spanEnd, s.last()) > ref.last())
                r.warnings << tr("%1: only the part within the time span of %2 is kept")
                                  .arg(QDir::toNativeSeparators(s.path), QFileInfo(ref.path).fileName());
    }
    if (total > m_sampleLimit || total > 16 * memberSamples + (qint64(1) << 20)) {
        QStringList spans;
        for (const Source &s : sources)
            spans << tr("%1 %2 – %3")
                         .arg(QFileInfo(s.path).fileName(), SignalGroup::formatTime(s.first()),
                             SignalGroup::formatTime(s.last()));
        r.error = tr("%1: on the grid of %2 the group would need %3 samples per channel (the files hold %4 in all): "
                     "the files lie far apart in time (%5). Check their start and offset, or choose another "
                     "reference or the union of time stamps.")
                      .arg(QDir::toNativeSeparators(groupPath), QFileInfo(ref.path).fileName())
                      .arg(total)
                      .arg(memberSamples)
                      .arg(spans.join(QLatin1String("; ")));
        return r;
    }

    SignalCacheWriter writer(cachePath, names, units);
    writer.setSources(files);
    if (regular)
        writer.setRate(regularTime(gridFirst), rate);
    else
        writer.setTimestamps();

    const int channels = int(names.size());
    std::vector<qint64> times(static_cast<size_t>(BlockSamples));
    std::vector<std::vector<float>> out(size_t(channels), std::vector<float>(static_cast<size_t>(BlockSamples)));
    std::vector<const float *> outPointers(static_cast<size_t>(channels));
    for (int c = 0; c < channels; ++c)
        outPointers[size_t(c)] = out[size_t(c)].data();
    std::vector<qint64> index(static_cast<size_t>(BlockSamples));
    std::vector<float> fraction(static_cast<size_t>(BlockSamples));
    const bool linear = group->fill == SignalGroup::Fill::Linear;

    qint64 produced = 0;
    std::vector<qint64> mergeCursor(sources.size(), 0); // union grid: next unread sample per member
    const qint64 progressTotal = unionGrid ? memberSamples : total;
    while (true) {
        // The block's output times.
        qint64 n = 0;
        if (unionGrid) {
            while (n < BlockSamples) {
                qint64 next = std::numeric_limits<qint64>::max();
                for (size_t m = 0; m < sources.size(); ++m)
                    if (mergeCursor[m] < sources[m].data->sampleCount())
                        next = std::min(next, sources[m].time(mergeCursor[m]));
                if (next == std::numeric_limits<qint64>::max() || next > spanEnd)
                    break;
                for (size_t m = 0; m < sources.size(); ++m)
                    while (mergeCursor[m] < sources[m].data->sampleCount() && sources[m].time(mergeCursor[m]) <= next)
                        ++mergeCursor[m];
                if (next >= spanStart)
                    times[size_t(n++)] = next;
            }
        } else {
            n = std::min(BlockSamples, total - produced);
            if (regular)
                for (qint64 k = 0; k < n; ++k)
                    times[size_t(k)] = regularTime(gridFirst + produced + k);
            else
                for (qint64 k = 0; k < n; ++k)
                    times[size_t(k)] = ref.time(gridFirst + produced + k);
        }
        if (n <= 0)
            break;

        for (Source &s : sources) {
            const qint64 count = s.data->sampleCount();
            const qint64 first = s.first();
            const qint64 last = s.last();
            for (qint64 k = 0; k < n; ++k) {
                const qint64 t = times[size_t(k)];
                index[size_t(k)] = -1;
                if (t < first || t > last)
                    continue;
                while (s.cursor + 1 < count && s.time(s.cursor + 1) <= t)
                    ++s.cursor;
                const qint64 before = s.time(s.cursor);
                if (before == t) {
                    index[size_t(k)] = s.cursor;
                    fraction[size_t(k)] = 0;
                    continue;
                }
                const qint64 after = s.time(s.cursor + 1); // exists: t < last
                if (after - before > s.maxGap)
                    continue;
                index[size_t(k)] = s.cursor;
                fraction[size_t(k)] = linear ? float(double(t - before) / double(after - before)) : 0.0f;
            }
            const int memberChannels = s.data->channelCount();
            for (int c = 0; c < memberChannels; ++c) {
                const float *in = s.data->channel(c);
                float *o = out[size_t(s.firstChannel + c)].data();
                for (qint64 k = 0; k < n; ++k) {
                    const qint64 i = index[size_t(k)];
                    if (i < 0) {
                        o[k] = std::numeric_limits<float>::quiet_NaN();
                    } else if (fraction[size_t(k)] == 0.0f) {
                        o[k] = in[i];
                    } else {
                        const float f = fraction[size_t(k)];
                        o[k] = in[i] + f * (in[i + 1] - in[i]);
                    }
                }
            }
        }
        if (!writer.appendBlock(regular ? nullptr : times.data(), outPointers.data(), n)) {
            r.error = writer.errorString();
            return r;
        }
        produced += n;
        if (cancelled()) {
            writer.abort();
            r.error = tr("%1: cancelled").arg(QDir::toNativeSeparators(groupPath));
            return r;
        }
        if (m_progress) {
            qint64 done = produced;
            if (unionGrid) {
                done = 0;
                for (qint64 c : mergeCursor)
                    done += c;
            }
            m_progress(qint64(sources.size()) * 1000
                    + qint64(1000.0 * double(done) / double(std::max<qint64>(1, progressTotal))),
                qint64(sources.size() + 1) * 1000);
        }
        if (!unionGrid && produced >= total)
            break;
    }
    sources.clear(); // unmaps the temporaries before they are removed
    if (!writer.finish(&error)) {
        r.error = error;
        return r;
    }
    r.ok = true;
    r.channels = names;
    r.samples = produced;
    r.reference = unionGrid ? -1 : reference;
    return r;
}

} // namespace rwb::timeseries
