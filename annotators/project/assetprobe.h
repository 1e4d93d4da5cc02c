#pragma once

#include "projecttypes.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace rwb::project {

/// What a probe learns from a file's header without decoding it all.
struct ProbeResult
{
    QString error; ///< empty when the file is usable
    AssetKind kind = AssetKind::Image;
    QString mediaType;
    std::optional<qint64> width;
    std::optional<qint64> height;
    std::optional<qint64> bitDepth;
    std::optional<qint64> pages;
    std::optional<qint64> channels;
    std::optional<qint64> samples;
    QJsonObject metadata;

    bool ok() const { return error.isEmpty(); }
};

/// Reads the metadata of one kind of file for import. Each annotator module provides the
/// probes for its formats (images in annotators/image, PDFs in annotators/document, …) and
/// the composition root registers them, so the project library knows no file format.
class AssetProbe
{
public:
    virtual ~AssetProbe() = default;
    /// Lower-case file suffixes handled, without dot ("png", "csv").
    virtual QStringList suffixes() const = 0;
    virtual ProbeResult probe(const QString &path) const = 0;
    /// Called at import after a successful probe: turns the file into what its annotator reads
    /// (a signal into its binary cache, under \a projectFolder/.rwb-cache), reading it whole, so
    /// that a file broken past its header is refused at import. Returns the error (naming the
    /// file and the problem; the file is then not imported), empty when all is well. By default
    /// there is nothing to prepare.
    virtual QString prepare(const QString &path, const QString &sha256, const QString &projectFolder) const;
    /// Called after a successful prepare(): facts only known once the file was read whole (the
    /// sample count of signals aligned from several files) go into \a info. By default none.
    virtual void refine(ProbeResult &info, const QString &sha256, const QString &projectFolder) const;
};

/// The probes known to this process, looked up by file suffix.
class AssetProbeRegistry
{
public:
    static void add(std::shared_ptr<const AssetProbe> probe);
    /// The probe for \a path's suffix, or null.
    static std::shared_ptr<const AssetProbe> forFile(const QString &path);
    static QStringList suffixes();
    static void clear();
};

} // namespace rwb::project
