#pragma once

#include <QList>
#include <QString>

namespace rwb::assist {

/// A backend/target pair offered by the OpenCV DNN build on this machine.
struct DnnBackend
{
    int backend; ///< cv::dnn::Backend
    int target; ///< cv::dnn::Target
    QString name; ///< "OpenCV / CPU", "CUDA / CUDA FP16", …
};

/// The backend/target pairs this OpenCV build can run models on (CPU always; OpenCL, CUDA
/// where compiled in), for the preferences and `resonance-cli info`.
QList<DnnBackend> availableDnnBackends();
/// The OpenCV version the program runs with.
QString openCvVersion();

} // namespace rwb::assist
