#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rwb::assist {

/// A backend/target pair offered by the OpenCV DNN build on this machine.
struct DnnBackend
{
    int backend; ///< cv::dnn::Backend
    int target; ///< cv::dnn::Target
    QString name; ///< "OpenCV / CPU", "CUDA / CUDA FP16", …
    /// "opencv/cpu", "cuda/cuda_fp16", …: what manifests and `--backend` name.
    QString key() const;
    bool operator==(const DnnBackend &other) const { return backend == other.backend && target == other.target; }
};

/// The backend/target pairs this OpenCV build can run models on (CPU always; OpenCL, CUDA
/// where compiled in), for the preferences and `resonance-cli info`.
QList<DnnBackend> availableDnnBackends();
/// The OpenCV version the program runs with.
QString openCvVersion();
/// OpenCV's own CPU pair, which every build has: the fallback.
DnnBackend cpuDnnBackend();

/// Picks the pair \a wanted names ("cuda/cuda_fp16", "cuda" — its first target —, "opencl",
/// "cpu", "auto" — the first GPU pair, else CPU —, empty: CPU) from \a available. When the
/// build does not offer it, falls back to CPU and says why in \a note.
DnnBackend chooseDnnBackend(const QString &wanted, const QList<DnnBackend> &available, QString *note = nullptr);

/// For tr() in the free functions above.
class DnnBackends
{
    Q_DECLARE_TR_FUNCTIONS(rwb::assist::DnnBackends)
};

} // namespace rwb::assist
