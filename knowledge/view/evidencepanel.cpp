#include "evidencepanel.h"

#include "knowledge/commands/addevidencecommand.h"
#include "knowledge/commands/removeevidencecommand.h"
#include "knowledge/graphstore.h"
#include "project/commands/storecommand.h"
#include "project/project.h"
#include "project/storeerror.h"
#include "timeseries/signalcachebuilder.h"
#include "timeseries/signaldata.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace rwb::knowledge {

namespace {

constexpr int EvidenceIdRole = Qt::UserRole + 1;
constexpr int AssetIdRole = Qt::UserRole + 2;
constexpr int SnippetChars = 160;

QPixmap placeholder(const QString &text)
{
    QPixmap pm(EvidencePanel::ThumbnailSize, EvidencePanel::ThumbnailSize);
    pm.fill(QColor(235, 235, 235));
    QPainter p(&pm);
    p.setPen(Qt::darkGray);
    p.drawText(pm.rect().adjusted(4, 4, -4, -4), Qt::AlignCenter | Qt::TextWordWrap, text);
    return pm;
}

QPixmap imageSnippet(const QString &file, const QRectF &extent, const QColor &color)
{
    QImageReader reader(file);
    const QSize full = reader.size();
    if (!full.isValid() || extent.isEmpty())
        return placeholder(EvidencePanel::tr("no image"));
    // The region with a margin, so the defect is seen in its surroundings.
    const double margin = std::max(extent.width(), extent.height()) * 0.25 + 4;
    QRect clip = extent.adjusted(-margin, -margin, margin, margin).toAlignedRect() & QRect(QPoint(0, 0), full);
    if (clip.isEmpty())
        return placeholder(EvidencePanel::tr("outside the image"));
    reader.setClipRect(clip);
    QImage crop = reader.read();
    if (crop.isNull())
        return placeholder(EvidencePanel::tr("unreadable"));
    crop = crop.convertToFormat(QImage::Format_RGB32);
    const int s = EvidencePanel::ThumbnailSize;
    QImage scaled = crop.scaled(s, s, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPixmap pm(s, s);
    pm.fill(QColor(30, 30, 30));
    QPainter p(&pm);
    const QPointF offset((s - scaled.width()) / 2.0, (s - scaled.height()) / 2.0);
    p.drawImage(offset, scaled);
    const double k = double(scaled.width()) / clip.width();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, 2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF((extent.topLeft() - clip.topLeft()) * k + offset, extent.size() * k));
    return pm;
}

QPixmap signalSnippet(const QString &cache, const project::Annotation &a, const QColor &color, QString *text)
{
    QString error;
    const std::shared_ptr<timeseries::SignalData> data = timeseries::SignalData::open(cache, &error);
    const qint64 start = a.geometry.value(QLatin1String("start")).toInteger(qint64(a.extent.left()));
    const qint64 end = a.geometry.value(QLatin1String("end")).toInteger(qint64(a.extent.right()));
    if (!data || data->sampleCount() == 0)
        return placeholder(EvidencePanel::tr("no signal cache"));
    int channel = 0;
    const QJsonArray channels = a.geometry.value(QLatin1String("channels")).toArray();
    if (!channels.isEmpty())
        channel = std::max(0, int(data->channelNames().indexOf(channels.first().toString())));
    if (text)
        *text = EvidencePanel::tr("%1, samples %2–%3").arg(data->channelNames().value(channel)).arg(start).arg(end);
    // The range with as much again on either side.
    const qint64 length = std::max<qint64>(1, end - start);
    const qint64 from = std::max<qint64>(0, start - length);
    const qint64 to = std::min(data->sampleCount(), end + length + 1);
    const int w = 160;
    const int h = EvidencePanel::ThumbnailSize / 2;
    const float *values = data->channel(channel);
    std::vector<float> lo(w, qQNaN());
    std::vector<float> hi(w, qQNaN());
    float gmin = std::numeric_limits<float>::max();
    float gmax = -std::numeric_limits<float>::max();
    const double perBucket = double(to - from) / w;
    for (int b = 0; b < w; ++b) {
        const qint64 i0 = from + qint64(b * perBucket);
        const qint64 i1 = std::max(i0 + 1, from + qint64((b + 1) * perBucket));
        for (qint64 i = i0; i < i1 && i < to; ++i) {
            const float v = values[i];
            if (std::isnan(v))
                continue;
            lo[size_t(b)] = std::isnan(lo[size_t(b)]) ? v : std::min(lo[size_t(b)], v);
            hi[size_t(b)] = std::isnan(hi[size_t(b)]) ? v : std::max(hi[size_t(b)], v);
            gmin = std::min(gmin, v);
            gmax = std::max(gmax, v);
        }
    }
    QPixmap pm(w, h);
    pm.fill(Qt::white);
    QPainter p(&pm);
    const double x0 = double(start - from) / (to - from) * w;
    const double x1 = double(end - from) / (to - from) * w;
    QColor shade = color;
    shade.setAlpha(60);
    p.fillRect(QRectF(x0, 0, std::max(1.0, x1 - x0), h), shade);
    if (gmax < gmin)
        return pm;
    const double span = gmax > gmin ? gmax - gmin : 1;
    p.setPen(QPen(QColor(40, 40, 40), 1));
    for (int b = 0; b < w; ++b) {
        if (std::isnan(lo[size_t(b)]))
            continue;
        const double y0 = h - 2 - (hi[size_t(b)] - gmin) / span * (h - 4);
        const double y1 = h - 2 - (lo[size_t(b)] - gmin) / span * (h - 4);
        p.drawLine(QPointF(b + 0.5, y0), QPointF(b + 0.5, std::max(y1, y0 + 1)));
    }
    return pm;
}

QString documentSnippet(const QString &file, const project::Annotation &a)
{
    if (a.geometry.contains(QLatin1String("text")))
        return a.geometry.value(QLatin1String("text")).toString();
    const qint64 start = a.geometry.value(QLatin1String("start")).toInteger(-1);
    const qint64 end = a.geometry.value(QLatin1String("end")).toInteger(-1);
    if (start < 0 || end <= start)
        return {};
    if (QFileInfo(file).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return EvidencePanel::tr("page %1, characters %2–%3")
            .arg(a.geometry.value(QLatin1String("page")).toInt() + 1)
            .arg(start)
            .arg(end);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // Offsets count characters of the decoded text; read only as far as needed.
    const QString text = QString::fromUtf8(f.read(std::min<qint64>(f.size(), (end + SnippetChars) * 4)));
    return text.mid(start, std::min<qint64>(end - start, SnippetChars)).simplified();
}

} // namespace

EvidencePanel::EvidencePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("EvidencePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_countLabel = new QLabel(this);
    m_classes = new QLabel(this);
    m_classes->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_classes);
    m_list = new QListWidget(this);
    m_list->setIconSize(QSize(160, ThumbnailSize));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setUniformItemSizes(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_link = new QPushButton(tr("Link Annotation…"), this);
    m_link->setToolTip(tr("Link an annotation of the open asset as evidence"));
    m_unlink = new QPushButton(tr("Unlink"), this);
    m_open = new QPushButton(tr("Open Asset"), this);
    buttons->addWidget(m_link);
    buttons->addWidget(m_unlink);
    buttons->addWidget(m_open);
    layout->addLayout(buttons);
    connect(m_link, &QPushButton::clicked, this, &EvidencePanel::linkDialog);
    connect(m_unlink, &QPushButton::clicked, this, &EvidencePanel::unlinkSelected);
    connect(m_open, &QPushButton::clicked, this, [this] { openEvidenceAsset(m_list->currentRow()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this,
        [this](QListWidgetItem *item) { openEvidenceAsset(m_list->row(item)); });
    reload();
}

void EvidencePanel::setProject(project::Project *project, QUndoStack *stack)
{
    m_project = project;
    m_stack = stack;
    m_nodeId = m_edgeId = 0;
    reload();
}

void EvidencePanel::setChinese(bool zh)
{
    m_zh = zh;
    reload();
}

void EvidencePanel::showNode(qint64 nodeId)
{
    m_nodeId = nodeId;
    m_edgeId = 0;
    reload();
}

void EvidencePanel::showEdge(qint64 edgeId)
{
    m_edgeId = edgeId;
    m_nodeId = 0;
    reload();
}

void EvidencePanel::refresh()
{
    reload();
}

QString EvidencePanel::countsText() const
{
    return tr("Images: %1 · Signals: %2 · Documents: %3")
        .arg(m_counts.value(QStringLiteral("image")))
        .arg(m_counts.value(QStringLiteral("timeseries")))
        .arg(m_counts.value(QStringLiteral("document")));
}

QString EvidencePanel::labelClassesText() const
{
    return m_classes->text();
}

QPixmap EvidencePanel::snippet(const project::Project &project, const project::Asset &asset,
    const project::Annotation &a, const QColor &color, QString *text)
{
    const QString file = project.resolve(asset.uri);
    switch (asset.kind) {
    case project::AssetKind::Image:
        if (text)
            *text = tr("region %1 × %2 px at (%3, %4)")
                        .arg(qRound(a.extent.width()))
                        .arg(qRound(a.extent.height()))
                        .arg(qRound(a.extent.x()))
                        .arg(qRound(a.extent.y()));
        return imageSnippet(file, a.extent, color);
    case project::AssetKind::TimeSeries:
        return signalSnippet(
            timeseries::SignalCacheBuilder::cachePath(project.folder().absolutePath(), asset.sha256), a, color, text);
    case project::AssetKind::Document: {
        const QString snippetText = documentSnippet(file, a);
        if (text)
            *text = QStringLiteral("“%1”").arg(snippetText);
        return placeholder(tr("text"));
    }
    }
    return {};
}

void EvidencePanel::reload()
{
    m_list->clear();
    m_counts.clear();
    m_classes->clear();
    const bool shown = m_project && (m_nodeId > 0 || m_edgeId > 0);
    m_link->setEnabled(shown && m_stack);
    m_unlink->setEnabled(shown && m_stack);
    m_open->setEnabled(shown);
    if (!shown) {
        m_title->setText(tr("Evidence"));
        m_countLabel->setText(tr("Select a node or an edge to see its evidence."));
        return;
    }
    try {
        GraphStore store(m_project->connection());
        QList<Evidence> evidence;
        if (m_nodeId > 0) {
            const std::optional<Node> node = store.node(m_nodeId);
            m_title->setText(node ? tr("Evidence for %1").arg(node->label(m_zh)) : tr("Evidence"));
            evidence = store.evidenceForNode(m_nodeId);
            QStringList classes;
            for (qint64 classId : store.labelClassesOf(m_nodeId))
                if (const auto c = m_project->labels().classById(classId))
                    classes.append(c->title(m_zh));
            m_classes->setText(classes.isEmpty() ? tr("No label class is mapped to this node.")
                                                 : tr("Label classes: %1").arg(classes.join(QStringLiteral(", "))));
        } else {
            const std::optional<Edge> edge = store.edge(m_edgeId);
            if (edge) {
                const auto from = store.node(edge->fromId);
                const auto to = store.node(edge->toId);
                const auto type = store.relationType(edge->typeId);
                m_title->setText(tr("Evidence for %1 %2 %3")
                                     .arg(from ? from->label(m_zh) : QString(), type ? type->title(m_zh) : QString(),
                                         to ? to->label(m_zh) : QString()));
            }
            evidence = store.evidenceForEdge(m_edgeId);
        }
        for (const Evidence &e : evidence) {
            const std::optional<project::Annotation> a = m_project->annotations().byId(e.annotationId);
            auto *item = new QListWidgetItem(m_list);
            item->setData(EvidenceIdRole, e.id);
            if (!a) {
                item->setText(tr("Annotation %1 no longer exists").arg(e.annotationId));
                item->setIcon(placeholder(tr("missing")));
                continue;
            }
            const std::optional<project::Asset> asset = m_project->assets().byId(a->assetId);
            if (!asset)
                continue;
            item->setData(AssetIdRole, asset->id);
            m_counts[project::toString(asset->kind)] += 1;
            const std::optional<project::LabelClass> c
                = a->classId ? m_project->labels().classById(*a->classId) : std::nullopt;
            QString detail;
            item->setIcon(snippet(*m_project, *asset, *a, c ? QColor(c->color) : QColor(Qt::red), &detail));
            QStringList lines { QStringLiteral("%1 — %2").arg(
                                    QFileInfo(asset->uri).fileName(), c ? c->title(m_zh) : tr("no class")),
                detail };
            if (!e.note.isEmpty())
                lines.append(e.note);
            item->setText(lines.join(QLatin1Char('\n')));
            item->setToolTip(project::shape::displayName(a->kind));
        }
        m_countLabel->setText(countsText());
    } catch (const project::StoreError &e) {
        m_countLabel->setText(e.message());
    }
}

QString EvidencePanel::linkAnnotation(qint64 annotationId, const QString &note)
{
    if (!m_project || (m_nodeId == 0 && m_edgeId == 0))
        return tr("Select a node or an edge first.");
    Evidence e;
    if (m_nodeId > 0)
        e.nodeId = m_nodeId;
    else
        e.edgeId = m_edgeId;
    e.annotationId = annotationId;
    e.note = note;
    const QString error = project::StoreCommand::pushTo(m_stack, new AddEvidenceCommand(m_project->connection(), e));
    reload();
    if (!error.isEmpty())
        emit editFailed(error);
    return error;
}

void EvidencePanel::linkDialog()
{
    if (!m_project)
        return;
    const std::optional<qint64> assetId = m_assetProvider ? m_assetProvider() : std::nullopt;
    if (!assetId) {
        emit editFailed(tr("Open an asset and label it first: its annotations can then be linked as evidence."));
        return;
    }
    const QList<project::Annotation> annotations = m_project->annotations().forAsset(*assetId);
    QStringList items;
    for (const project::Annotation &a : annotations) {
        const auto c = a.classId ? m_project->labels().classById(*a.classId) : std::nullopt;
        items.append(
            tr("#%1 %2 (%3)").arg(a.id).arg(c ? c->title(m_zh) : tr("no class"), project::shape::displayName(a.kind)));
    }
    if (items.isEmpty()) {
        emit editFailed(tr("The open asset has no annotations."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Link Annotation as Evidence"), tr("Annotation of the open asset:"), items, 0, false, &ok);
    if (!ok)
        return;
    linkAnnotation(annotations[items.indexOf(chosen)].id);
}

void EvidencePanel::unlinkSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !m_project)
        return;
    const QString error = project::StoreCommand::pushTo(
        m_stack, new RemoveEvidenceCommand(m_project->connection(), item->data(EvidenceIdRole).toLongLong()));
    reload();
    if (!error.isEmpty())
        emit editFailed(error);
}

void EvidencePanel::openEvidenceAsset(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (item && item->data(AssetIdRole).isValid())
        emit openAssetRequested(item->data(AssetIdRole).toLongLong());
}

} // namespace rwb::knowledge
