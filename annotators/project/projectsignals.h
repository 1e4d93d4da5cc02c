#pragma once

#include <QObject>

namespace rwb::project {

/// Change notifications of one open project. Stores emit them from whatever thread they
/// write on; receivers in the GUI thread get them queued.
class ProjectSignals : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void assetsAdded(int count);
    void assetChanged(qint64 assetId);
    void annotationsChanged(qint64 assetId);
    void labelSchemaChanged();
    void relationsChanged();
};

} // namespace rwb::project
