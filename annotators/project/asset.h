#pragma once

#include "projecttypes.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace rwb::project {

/// One imported file (image, signal, document). Identified by its SHA-256; the file stays
/// where it is and \c uri is relative to the project folder when the file lies inside it.
struct Asset
{
    qint64 id = 0;
    AssetKind kind = AssetKind::Image;
    QString uri;
    QString sha256;
    qint64 byteSize = 0;
    QString mediaType;
    std::optional<qint64> width;
    std::optional<qint64> height;
    std::optional<qint64> bitDepth;
    std::optional<qint64> pages;
    std::optional<qint64> channels;
    std::optional<qint64> samples;
    QJsonObject metadata;
    AssetStatus status = AssetStatus::Todo;
    std::optional<qint64> assignee;
    std::optional<qint64> reviewer;
    QString reviewComment;
    Split split = Split::None;
    QString added;
    QString modified;

    QJsonObject toJson() const;
    static Asset fromJson(const QJsonObject &json);
};

} // namespace rwb::project
