#include "asset.h"

#include "jsonutil.h"

namespace rwb::project {

QJsonObject Asset::toJson() const
{
    QJsonObject o;
    o[QLatin1String("id")] = id;
    o[QLatin1String("kind")] = toString(kind);
    o[QLatin1String("uri")] = uri;
    o[QLatin1String("sha256")] = sha256;
    o[QLatin1String("byte_size")] = byteSize;
    o[QLatin1String("media_type")] = mediaType;
    o[QLatin1String("width")] = json::optional(width);
    o[QLatin1String("height")] = json::optional(height);
    o[QLatin1String("bit_depth")] = json::optional(bitDepth);
    o[QLatin1String("pages")] = json::optional(pages);
    o[QLatin1String("channels")] = json::optional(channels);
    o[QLatin1String("samples")] = json::optional(samples);
    o[QLatin1String("metadata")] = metadata;
    o[QLatin1String("status")] = toString(status);
    o[QLatin1String("assignee")] = json::optional(assignee);
    o[QLatin1String("reviewer")] = json::optional(reviewer);
    o[QLatin1String("review_comment")] = reviewComment;
    o[QLatin1String("split")] = toString(split);
    o[QLatin1String("added")] = added;
    o[QLatin1String("modified")] = modified;
    return o;
}

Asset Asset::fromJson(const QJsonObject &o)
{
    Asset a;
    a.id = o.value(QLatin1String("id")).toInteger();
    a.kind = assetKindFromString(o.value(QLatin1String("kind")).toString()).value_or(AssetKind::Image);
    a.uri = o.value(QLatin1String("uri")).toString();
    a.sha256 = o.value(QLatin1String("sha256")).toString();
    a.byteSize = o.value(QLatin1String("byte_size")).toInteger();
    a.mediaType = o.value(QLatin1String("media_type")).toString();
    a.width = json::optionalInt(o.value(QLatin1String("width")));
    a.height = json::optionalInt(o.value(QLatin1String("height")));
    a.bitDepth = json::optionalInt(o.value(QLatin1String("bit_depth")));
    a.pages = json::optionalInt(o.value(QLatin1String("pages")));
    a.channels = json::optionalInt(o.value(QLatin1String("channels")));
    a.samples = json::optionalInt(o.value(QLatin1String("samples")));
    a.metadata = o.value(QLatin1String("metadata")).toObject();
    a.status = assetStatusFromString(o.value(QLatin1String("status")).toString()).value_or(AssetStatus::Todo);
    a.assignee = json::optionalInt(o.value(QLatin1String("assignee")));
    a.reviewer = json::optionalInt(o.value(QLatin1String("reviewer")));
    a.reviewComment = o.value(QLatin1String("review_comment")).toString();
    a.split = splitFromString(o.value(QLatin1String("split")).toString()).value_or(Split::None);
    a.added = o.value(QLatin1String("added")).toString();
    a.modified = o.value(QLatin1String("modified")).toString();
    return a;
}

} // namespace rwb::project
