#pragma once

#include "annotation.h"

namespace rwb::project {

class Statement;

/// Column list, reader and binder shared by the annotation store and the bulk writer.
namespace annotationrow {

inline constexpr const char *Columns = "id, asset_id, class_id, kind, geometry, attributes, source, source_ref,"
                                       " confidence, state, author, revision, z_order, flags, created, modified";
inline constexpr const char *Insert
    = "INSERT INTO annotations (id, asset_id, class_id, kind, geometry, attributes, source, source_ref, confidence,"
      " state, author, revision, z_order, flags, created, modified)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";
inline constexpr const char *InsertExtent = "INSERT OR REPLACE INTO annotation_extent (id, asset_lo, asset_hi, x0, x1, "
                                            "y0, y1) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6)";
/// Same binding as InsertExtent; the row waits there until indexPendingExtents() moves it.
inline constexpr const char *InsertPendingExtent
    = "INSERT OR REPLACE INTO annotation_extent_pending (id, asset_id, x0, x1, y0, y1) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

Annotation read(const Statement &s);
/// Binds every column; the id is bound as NULL when a.id is 0.
void bind(Statement &s, const Annotation &a);
/// An extent rounded outwards to the R*Tree's 32-bit integers.
struct IntExtent
{
    qint64 x0, x1, y0, y1;
};
IntExtent intExtent(const QRectF &extent);
/// Binds the extent, rounded outwards to integers.
void bindExtent(Statement &s, qint64 id, const Annotation &a);
/// The UTF-8 keys stored for a source and a state (static strings).
const char *sourceKey(AnnotationSource source);
const char *stateKey(AnnotationState state);

} // namespace annotationrow
} // namespace rwb::project
