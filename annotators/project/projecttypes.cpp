#include "projecttypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <array>
#include <utility>

namespace rwb::project {

namespace {

template<typename E, std::size_t N> QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &text)
{
    const QString t = text.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const auto &[e, name] : table) {
        if (t == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<AssetKind, const char *>, 3> kKinds { {
    { AssetKind::Image, "image" },
    { AssetKind::TimeSeries, "timeseries" },
    { AssetKind::Document, "document" },
} };
constexpr std::array<std::pair<AssetStatus, const char *>, 6> kStatuses { {
    { AssetStatus::Todo, "todo" },
    { AssetStatus::InProgress, "in_progress" },
    { AssetStatus::Done, "done" },
    { AssetStatus::NeedsReview, "needs_review" },
    { AssetStatus::Accepted, "accepted" },
    { AssetStatus::Rejected, "rejected" },
} };
constexpr std::array<std::pair<Split, const char *>, 4> kSplits { {
    { Split::None, "none" },
    { Split::Train, "train" },
    { Split::Val, "val" },
    { Split::Test, "test" },
} };
constexpr std::array<std::pair<AnnotationSource, const char *>, 4> kSources { {
    { AnnotationSource::Manual, "manual" },
    { AnnotationSource::Model, "model" },
    { AnnotationSource::Import, "import" },
    { AnnotationSource::Rule, "rule" },
} };
constexpr std::array<std::pair<AnnotationState, const char *>, 3> kStates { {
    { AnnotationState::Proposed, "proposed" },
    { AnnotationState::Accepted, "accepted" },
    { AnnotationState::Rejected, "rejected" },
} };
constexpr std::array<std::pair<AttributeType, const char *>, 5> kAttributeTypes { {
    { AttributeType::Bool, "bool" },
    { AttributeType::Int, "int" },
    { AttributeType::Float, "float" },
    { AttributeType::Enum, "enum" },
    { AttributeType::Text, "text" },
} };
constexpr std::array<std::pair<UserRole, const char *>, 3> kRoles { {
    { UserRole::Annotator, "annotator" },
    { UserRole::Reviewer, "reviewer" },
    { UserRole::Lead, "lead" },
} };

} // namespace

QString toString(AssetKind kind)
{
    return nameOf(kKinds, kind);
}
QString toString(AssetStatus status)
{
    return nameOf(kStatuses, status);
}
QString toString(Split split)
{
    return nameOf(kSplits, split);
}
QString toString(AnnotationSource source)
{
    return nameOf(kSources, source);
}
QString toString(AnnotationState state)
{
    return nameOf(kStates, state);
}
QString toString(AttributeType type)
{
    return nameOf(kAttributeTypes, type);
}
QString toString(UserRole role)
{
    return nameOf(kRoles, role);
}

std::optional<AssetKind> assetKindFromString(const QString &text)
{
    return valueOf(kKinds, text);
}
std::optional<AssetStatus> assetStatusFromString(const QString &text)
{
    return valueOf(kStatuses, text);
}
std::optional<Split> splitFromString(const QString &text)
{
    return valueOf(kSplits, text);
}
std::optional<AnnotationSource> annotationSourceFromString(const QString &text)
{
    return valueOf(kSources, text);
}
std::optional<AnnotationState> annotationStateFromString(const QString &text)
{
    return valueOf(kStates, text);
}
std::optional<AttributeType> attributeTypeFromString(const QString &text)
{
    return valueOf(kAttributeTypes, text);
}
std::optional<UserRole> userRoleFromString(const QString &text)
{
    return valueOf(kRoles, text);
}

QList<AssetKind> allAssetKinds()
{
    return { AssetKind::Image, AssetKind::TimeSeries, AssetKind::Document };
}

QList<AssetStatus> allAssetStatuses()
{
    return { AssetStatus::Todo, AssetStatus::InProgress, AssetStatus::Done, AssetStatus::NeedsReview,
        AssetStatus::Accepted, AssetStatus::Rejected };
}

QList<Split> allSplits()
{
    return { Split::None, Split::Train, Split::Val, Split::Test };
}

QString displayName(AssetKind kind)
{
    switch (kind) {
    case AssetKind::Image:
        return QCoreApplication::translate("rwb::project", "Image");
    case AssetKind::TimeSeries:
        return QCoreApplication::translate("rwb::project", "Time series");
    case AssetKind::Document:
        return QCoreApplication::translate("rwb::project", "Document");
    }
    return {};
}

QString displayName(AssetStatus status)
{
    switch (status) {
    case AssetStatus::Todo:
        return QCoreApplication::translate("rwb::project", "To do");
    case AssetStatus::InProgress:
        return QCoreApplication::translate("rwb::project", "In progress");
    case AssetStatus::Done:
        return QCoreApplication::translate("rwb::project", "Done");
    case AssetStatus::NeedsReview:
        return QCoreApplication::translate("rwb::project", "Needs review");
    case AssetStatus::Accepted:
        return QCoreApplication::translate("rwb::project", "Accepted");
    case AssetStatus::Rejected:
        return QCoreApplication::translate("rwb::project", "Rejected");
    }
    return {};
}

QString displayName(Split split)
{
    switch (split) {
    case Split::None:
        return QCoreApplication::translate("rwb::project", "Unassigned");
    case Split::Train:
        return QCoreApplication::translate("rwb::project", "Train");
    case Split::Val:
        return QCoreApplication::translate("rwb::project", "Validation");
    case Split::Test:
        return QCoreApplication::translate("rwb::project", "Test");
    }
    return {};
}

QString displayName(AnnotationState state)
{
    switch (state) {
    case AnnotationState::Proposed:
        return QCoreApplication::translate("rwb::project", "Proposal");
    case AnnotationState::Accepted:
        return QCoreApplication::translate("rwb::project", "Accepted");
    case AnnotationState::Rejected:
        return QCoreApplication::translate("rwb::project", "Rejected");
    }
    return {};
}

QStringList shape::all()
{
    return { QString::fromLatin1(Box), QString::fromLatin1(RotatedBox), QString::fromLatin1(Polygon),
        QString::fromLatin1(Polyline), QString::fromLatin1(Point), QString::fromLatin1(Keypoints),
        QString::fromLatin1(Mask), QString::fromLatin1(Ellipse), QString::fromLatin1(Tag), QString::fromLatin1(Range),
        QString::fromLatin1(Event), QString::fromLatin1(Span), QString::fromLatin1(PageRegion),
        QStringLiteral("relation") };
}

QString shape::displayName(const QString &kind)
{
    static const QHash<QString, const char *> names {
        { QString::fromLatin1(Box), QT_TRANSLATE_NOOP("rwb::project::shape", "rectangle") },
        { QString::fromLatin1(RotatedBox), QT_TRANSLATE_NOOP("rwb::project::shape", "rotated rectangle") },
        { QString::fromLatin1(Polygon), QT_TRANSLATE_NOOP("rwb::project::shape", "polygon") },
        { QString::fromLatin1(Polyline), QT_TRANSLATE_NOOP("rwb::project::shape", "polyline") },
        { QString::fromLatin1(Point), QT_TRANSLATE_NOOP("rwb::project::shape", "point") },
        { QString::fromLatin1(Keypoints), QT_TRANSLATE_NOOP("rwb::project::shape", "keypoints") },
        { QString::fromLatin1(Mask), QT_TRANSLATE_NOOP("rwb::project::shape", "mask") },
        { QString::fromLatin1(Ellipse), QT_TRANSLATE_NOOP("rwb::project::shape", "ellipse") },
        { QString::fromLatin1(Tag), QT_TRANSLATE_NOOP("rwb::project::shape", "image tag") },
        { QString::fromLatin1(Range), QT_TRANSLATE_NOOP("rwb::project::shape", "range") },
        { QString::fromLatin1(Event), QT_TRANSLATE_NOOP("rwb::project::shape", "event") },
        { QString::fromLatin1(Span), QT_TRANSLATE_NOOP("rwb::project::shape", "text span") },
        { QString::fromLatin1(PageRegion), QT_TRANSLATE_NOOP("rwb::project::shape", "page region") },
        { QStringLiteral("relation"), QT_TRANSLATE_NOOP("rwb::project::shape", "relation type") },
    };
    const char *name = names.value(kind);
    return name ? QCoreApplication::translate("rwb::project::shape", name) : kind;
}

} // namespace rwb::project
