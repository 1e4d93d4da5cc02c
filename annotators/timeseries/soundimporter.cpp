#include "soundimporter.h"

#include "signalcachewriter.h"

#include <QFile>
#include <QFileInfo>

#include <memory>
#include <vector>

#include <sndfile.h>

namespace rwb::timeseries {

namespace {

struct SndFileCloser
{
    void operator()(SNDFILE *f) const { sf_close(f); }
};

constexpr sf_count_t BlockFrames = 64 * 1024;

} // namespace

SoundImporter::Result SoundImporter::import(const QString &source, const QString &cachePath) const
{
    Result result;
    const auto fail = [&](const QString &why) {
        result.ok = false;
        result.error = tr("%1: %2").arg(source, why);
        return result;
    };
    SF_INFO info {};
    std::unique_ptr<SNDFILE, SndFileCloser> file(sf_open(QFile::encodeName(source).constData(), SFM_READ, &info));
    if (!file)
        return fail(QString::fromLocal8Bit(sf_strerror(nullptr)));
    if (info.channels <= 0 || info.samplerate <= 0)
        return fail(tr("no channels or no sample rate"));
    SF_FORMAT_INFO formatInfo {};
    formatInfo.format = info.format & SF_FORMAT_TYPEMASK;
    if (sf_command(nullptr, SFC_GET_FORMAT_INFO, &formatInfo, sizeof formatInfo) == 0 && formatInfo.name)
        result.format = QString::fromLatin1(formatInfo.name);

    QStringList names;
    for (int c = 0; c < info.channels; ++c)
        names.append(QStringLiteral("ch%1").arg(c + 1));
    SignalCacheWriter writer(cachePath, names);
    writer.setSources({ QFileInfo(source).absoluteFilePath() });
    writer.setRate(0, double(info.samplerate));
    std::vector<float> block(size_t(BlockFrames * info.channels));
    qint64 done = 0;
    for (;;) {
        if (m_cancel && m_cancel->load()) {
            writer.abort();
            return fail(tr("import cancelled"));
        }
        const sf_count_t n = sf_readf_float(file.get(), block.data(), BlockFrames);
        if (n <= 0)
            break;
        if (!writer.appendRows(nullptr, block.data(), n)) {
            result.error = writer.errorString();
            return result;
        }
        done += n;
        if (m_progress)
            m_progress(done, info.frames);
    }
    if (sf_error(file.get()) != SF_ERR_NO_ERROR)
        return fail(QString::fromLocal8Bit(sf_strerror(file.get())));
    if (!writer.finish(&result.error))
        return result;
    result.ok = true;
    result.channels = info.channels;
    result.samples = done;
    result.rateHz = info.samplerate;
    return result;
}

} // namespace rwb::timeseries
