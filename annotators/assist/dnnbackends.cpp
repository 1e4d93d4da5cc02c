#include "dnnbackends.h"

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

namespace rwb::assist {

namespace {
QString backendName(int backend)
{
    switch (backend) {
    case cv::dnn::DNN_BACKEND_OPENCV:
        return QStringLiteral("OpenCV");
    case cv::dnn::DNN_BACKEND_INFERENCE_ENGINE:
        return QStringLiteral("OpenVINO");
    case cv::dnn::DNN_BACKEND_HALIDE:
        return QStringLiteral("Halide");
    case cv::dnn::DNN_BACKEND_VKCOM:
        return QStringLiteral("Vulkan");
    case cv::dnn::DNN_BACKEND_CUDA:
        return QStringLiteral("CUDA");
    default:
        return QStringLiteral("backend %1").arg(backend);
    }
}

QString targetName(int target)
{
    switch (target) {
    case cv::dnn::DNN_TARGET_CPU:
        return QStringLiteral("CPU");
    case cv::dnn::DNN_TARGET_OPENCL:
        return QStringLiteral("OpenCL");
    case cv::dnn::DNN_TARGET_OPENCL_FP16:
        return QStringLiteral("OpenCL FP16");
    case cv::dnn::DNN_TARGET_MYRIAD:
        return QStringLiteral("Myriad");
    case cv::dnn::DNN_TARGET_VULKAN:
        return QStringLiteral("Vulkan");
    case cv::dnn::DNN_TARGET_FPGA:
        return QStringLiteral("FPGA");
    case cv::dnn::DNN_TARGET_CUDA:
        return QStringLiteral("CUDA");
    case cv::dnn::DNN_TARGET_CUDA_FP16:
        return QStringLiteral("CUDA FP16");
    default:
        return QStringLiteral("target %1").arg(target);
    }
}
QString backendKey(int backend)
{
    switch (backend) {
    case cv::dnn::DNN_BACKEND_OPENCV:
        return QStringLiteral("opencv");
    case cv::dnn::DNN_BACKEND_INFERENCE_ENGINE:
        return QStringLiteral("openvino");
    case cv::dnn::DNN_BACKEND_HALIDE:
        return QStringLiteral("halide");
    case cv::dnn::DNN_BACKEND_VKCOM:
        return QStringLiteral("vulkan");
    case cv::dnn::DNN_BACKEND_CUDA:
        return QStringLiteral("cuda");
    default:
        return QStringLiteral("backend%1").arg(backend);
    }
}

QString targetKey(int target)
{
    switch (target) {
    case cv::dnn::DNN_TARGET_CPU:
        return QStringLiteral("cpu");
    case cv::dnn::DNN_TARGET_OPENCL:
        return QStringLiteral("opencl");
    case cv::dnn::DNN_TARGET_OPENCL_FP16:
        return QStringLiteral("opencl_fp16");
    case cv::dnn::DNN_TARGET_MYRIAD:
        return QStringLiteral("myriad");
    case cv::dnn::DNN_TARGET_VULKAN:
        return QStringLiteral("vulkan");
    case cv::dnn::DNN_TARGET_FPGA:
        return QStringLiteral("fpga");
    case cv::dnn::DNN_TARGET_CUDA:
        return QStringLiteral("cuda");
    case cv::dnn::DNN_TARGET_CUDA_FP16:
        return QStringLiteral("cuda_fp16");
    default:
        return QStringLiteral("target%1").arg(target);
    }
}
} // namespace

QString DnnBackend::key() const
{
    return backendKey(backend) + QLatin1Char('/') + targetKey(target);
}

DnnBackend cpuDnnBackend()
{
    return { int(cv::dnn::DNN_BACKEND_OPENCV), int(cv::dnn::DNN_TARGET_CPU),
        backendName(cv::dnn::DNN_BACKEND_OPENCV) + QStringLiteral(" / ") + targetName(cv::dnn::DNN_TARGET_CPU) };
}

DnnBackend chooseDnnBackend(const QString &wanted, const QList<DnnBackend> &available, QString *note)
{
    const QString w = wanted.trimmed().toLower();
    if (w.isEmpty() || w == QLatin1String("cpu") || w == QLatin1String("opencv") || w == QLatin1String("opencv/cpu"))
        return cpuDnnBackend();
    if (w == QLatin1String("auto")) {
        for (const DnnBackend &b : available)
            if (b.target != cv::dnn::DNN_TARGET_CPU)
                return b;
        return cpuDnnBackend();
    }
    for (const DnnBackend &b : available) {
        const QString key = b.key();
        // "cuda" means the backend's first target, "opencl" OpenCV's OpenCL target.
        if (key == w || key.section(QLatin1Char('/'), 0, 0) == w
            || (!w.contains(QLatin1Char('/')) && key.section(QLatin1Char('/'), 1, 1) == w))
            return b;
    }
    if (note) {
        QStringList keys;
        for (const DnnBackend &b : available)
            keys << b.key();
        *note = DnnBackends::tr("This OpenCV build (%1) has no backend \"%2\" (it offers %3); running on the CPU.")
                    .arg(openCvVersion(), wanted, keys.join(QStringLiteral(", ")));
    }
    return cpuDnnBackend();
}

QList<DnnBackend> availableDnnBackends()
{
    QList<DnnBackend> out;
    for (const auto &[backend, target] : cv::dnn::getAvailableBackends())
        out.append({ int(backend), int(target), backendName(backend) + QStringLiteral(" / ") + targetName(target) });
    return out;
}

QString openCvVersion()
{
    return QString::fromLatin1(CV_VERSION);
}

} // namespace rwb::assist
