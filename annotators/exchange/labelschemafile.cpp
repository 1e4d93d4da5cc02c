#include "labelschemafile.h"

#include "project/storeerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace rwb::exchange {

using project::StoreError;

void LabelSchemaFile::write(const project::LabelSchema &schema, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StoreError(StoreError::Code::ReadOnly,
            QCoreApplication::translate("rwb::exchange::LabelSchemaFile", "Cannot write %1: %2")
                .arg(path, file.errorString()));
    file.write(QJsonDocument(schema.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        throw StoreError(StoreError::Code::DiskFull,
            QCoreApplication::translate("rwb::exchange::LabelSchemaFile", "Cannot write %1: %2")
                .arg(path, file.errorString()));
}

project::LabelSchema::ImportResult LabelSchemaFile::read(project::LabelSchema &schema, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Code::NotFound,
            QCoreApplication::translate("rwb::exchange::LabelSchemaFile", "Cannot read %1: %2")
                .arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(data.left(error.offset).count('\n')) + 1;
        throw StoreError(StoreError::Code::InvalidArgument,
            QCoreApplication::translate("rwb::exchange::LabelSchemaFile", "%1, line %2: invalid JSON (%3)")
                .arg(path)
                .arg(line)
                .arg(error.errorString()));
    }
    if (!doc.isObject())
        throw StoreError(StoreError::Code::InvalidArgument,
            QCoreApplication::translate("rwb::exchange::LabelSchemaFile", "%1: expected a JSON object").arg(path));
    try {
        return schema.importJson(doc.object());
    } catch (const StoreError &e) {
        throw StoreError(
            e.code(), QCoreApplication::translate("rwb::exchange::LabelSchemaFile", "%1: %2").arg(path, e.message()));
    }
}

} // namespace rwb::exchange
