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
} // namespace

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
