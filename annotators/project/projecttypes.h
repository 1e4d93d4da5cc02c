#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace rwb::project {

enum class AssetKind { Image, TimeSeries, Document };
enum class AssetStatus { Todo, InProgress, Done, NeedsReview, Accepted, Rejected };
enum class Split { None, Train, Val, Test };
enum class AnnotationSource { Manual, Model, Import, Rule };
enum class AnnotationState { Proposed, Accepted, Rejected };
enum class AttributeType { Bool, Int, Float, Enum, Text };
enum class UserRole { Annotator, Reviewer, Lead };

/// Stable identifiers as stored in the project file and used by the CLI and exports.
QString toString(AssetKind kind);
QString toString(AssetStatus status);
QString toString(Split split);
QString toString(AnnotationSource source);
QString toString(AnnotationState state);
QString toString(AttributeType type);
QString toString(UserRole role);

std::optional<AssetKind> assetKindFromString(const QString &text);
std::optional<AssetStatus> assetStatusFromString(const QString &text);
std::optional<Split> splitFromString(const QString &text);
std::optional<AnnotationSource> annotationSourceFromString(const QString &text);
std::optional<AnnotationState> annotationStateFromString(const QString &text);
std::optional<AttributeType> attributeTypeFromString(const QString &text);
std::optional<UserRole> userRoleFromString(const QString &text);

QList<AssetKind> allAssetKinds();
QList<AssetStatus> allAssetStatuses();
QList<Split> allSplits();

/// Translated names for the UI (GLOSSARY.md terms).
QString displayName(AssetKind kind);
QString displayName(AssetStatus status);
QString displayName(Split split);
QString displayName(AnnotationState state);

/// Annotation kinds ("shapes") known to the project. Annotators may add others.
namespace shape {
inline constexpr const char *Box = "box";
inline constexpr const char *RotatedBox = "rotated_box";
inline constexpr const char *Polygon = "polygon";
inline constexpr const char *Polyline = "polyline";
inline constexpr const char *Point = "point";
inline constexpr const char *Keypoints = "keypoints";
inline constexpr const char *Mask = "mask";
inline constexpr const char *Ellipse = "ellipse";
inline constexpr const char *Tag = "tag";
inline constexpr const char *Range = "range";
inline constexpr const char *Event = "event";
inline constexpr const char *Span = "span";
inline constexpr const char *PageRegion = "page_region";
QStringList all();
/// The kind's name for people ("rectangle", "矩形"); unknown kinds come back unchanged.
QString displayName(const QString &kind);
} // namespace shape

} // namespace rwb::project
