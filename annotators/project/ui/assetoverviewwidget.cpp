#include "assetoverviewwidget.h"

#include "thumbnailcache.h"

#include "project/models/assetlistmodel.h"
#include "project/project.h"
#include "widgets/elidedlabel.h"

#include <QDateTime>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedLayout>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace rwb::project {

namespace {

/// Largest edge decoded for the preview; enough for a full-screen view of the page.
constexpr int PreviewEdge = 1600;

struct PreviewResult
{
    QImage image;
    QString error;
};

PreviewResult loadPreviewImage(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > PreviewEdge || full.height() > PreviewEdge))
        reader.setScaledSize(full.scaled(PreviewEdge, PreviewEdge, Qt::KeepAspectRatio));
    PreviewResult r;
    r.image = reader.read();
    if (r.image.isNull())
        r.error = reader.errorString();
    else if (r.image.width() > PreviewEdge || r.image.height() > PreviewEdge)
        r.image = r.image.scaled(PreviewEdge, PreviewEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return r;
}

QString formatTime(const QString &stamp)
{
    // ISO order reads the same in both languages and never confuses day and month.
    const QDateTime t = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : stamp;
}

} // namespace

AssetOverviewWidget::AssetOverviewWidget(QWidget *parent)
    : QWidget(parent)
    , m_previewLabel(new QLabel(this))
    , m_title(new widgets::ElidedLabel(this))
    , m_emptyLabel(new QLabel(this))
    , m_details(new QWidget(this))
    , m_form(new QFormLayout)
{
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_previewLabel->setMinimumSize(160, 160);
    m_previewLabel->setWordWrap(true);
    m_previewLabel->setObjectName(QStringLiteral("overviewPreview"));
    m_previewLabel->setBackgroundRole(QPalette::Base);
    m_previewLabel->setAutoFillBackground(true);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("overviewTitle"));

    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (int i = 0; i < FieldCount; ++i) {
        m_fieldNames[i] = new QLabel(m_details);
        if (i == PathField || i == HashField) {
            m_fieldValues[i] = new widgets::ElidedLabel(m_details);
        } else {
            auto *value = new QLabel(m_details);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setWordWrap(true);
            value->setTextFormat(i == StatusField || i == ClassesField ? Qt::RichText : Qt::PlainText);
            m_fieldValues[i] = value;
        }
        m_form->addRow(m_fieldNames[i], m_fieldValues[i]);
    }
    m_fieldValues[PathField]->setObjectName(QStringLiteral("overviewPath"));
    m_fieldValues[StatusField]->setObjectName(QStringLiteral("overviewStatus"));
    m_fieldValues[AnnotationsField]->setObjectName(QStringLiteral("overviewAnnotations"));

    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->addWidget(m_title);
    detailsLayout->addSpacing(6);
    detailsLayout->addLayout(m_form);
    detailsLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(300);
    scroll->setMaximumWidth(420);

    auto *content = new QWidget(this);
    auto *row = new QHBoxLayout(content);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_previewLabel, 1);
    row->addWidget(scroll, 0);

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setEnabled(false);

    auto *stack = new QStackedLayout(this);
    stack->addWidget(content);
    stack->addWidget(m_emptyLabel);
    stack->setCurrentWidget(m_emptyLabel);

    retranslateUi();
}

AssetOverviewWidget::~AssetOverviewWidget() = default;

void AssetOverviewWidget::showAsset(Project *project, qint64 assetId)
{
    const bool sameAsset = project == m_project && m_assetId == assetId;
    if (project != m_project) {
        for (const QMetaObject::Connection &c : std::as_const(m_connections))
            disconnect(c);
        m_connections.clear();
        m_project = project;
        if (m_project) {
            ProjectSignals *n = m_project->notifier();
            auto refreshIfShown = [this](qint64 id) {
                if (m_assetId == id)
                    refresh();
            };
            m_connections.append(connect(n, &ProjectSignals::assetChanged, this, refreshIfShown));
            m_connections.append(connect(n, &ProjectSignals::annotationsChanged, this, refreshIfShown));
            m_connections.append(connect(n, &ProjectSignals::labelSchemaChanged, this, [this] { refresh(); }));
        }
    }
    m_assetId = m_project ? std::optional<qint64>(assetId) : std::nullopt;
    if (!sameAsset) {
        m_preview = QImage();
        m_previewError.clear();
        m_previewIsImage = false;
        ++m_previewGeneration;
    }
    refresh();
    if (!sameAsset && m_project) {
        if (const auto asset = m_project->assets().byId(assetId); asset && asset->kind == AssetKind::Image) {
            m_previewIsImage = true;
            loadPreview(m_project->resolve(asset->uri));
        }
    }
    updatePreviewPixmap();
}

void AssetOverviewWidget::clear()
{
    showAsset(nullptr, 0);
}

void AssetOverviewWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AssetOverviewWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updatePreviewPixmap();
}

void AssetOverviewWidget::retranslateUi()
{
    static const char *const names[FieldCount] = {
        QT_TR_NOOP("Path:"),
        QT_TR_NOOP("Kind:"),
        QT_TR_NOOP("Media type:"),
        QT_TR_NOOP("File size:"),
        QT_TR_NOOP("Dimensions:"),
        QT_TR_NOOP("Bit depth:"),
        QT_TR_NOOP("Pages:"),
        QT_TR_NOOP("Channels:"),
        QT_TR_NOOP("Samples:"),
        QT_TR_NOOP("Status:"),
        QT_TR_NOOP("Split:"),
        QT_TR_NOOP("Annotations:"),
        QT_TR_NOOP("Label classes:"),
        QT_TR_NOOP("Added:"),
        QT_TR_NOOP("Modified:"),
        QT_TR_NOOP("SHA-256:"),
    };
    for (int i = 0; i < FieldCount; ++i)
        m_fieldNames[i]->setText(tr(names[i]));
    m_emptyLabel->setText(tr("No asset is open."));
    refresh();
    updatePreviewPixmap();
}

void AssetOverviewWidget::setField(Field field, const QString &text)
{
    if (auto *elided = qobject_cast<widgets::ElidedLabel *>(m_fieldValues[field]))
        elided->setText(text);
    else
        static_cast<QLabel *>(m_fieldValues[field])->setText(text);
    m_form->setRowVisible(int(field), !text.isEmpty());
}

void AssetOverviewWidget::refresh()
{
    auto *stack = static_cast<QStackedLayout *>(layout());
    const std::optional<Asset> asset = m_project && m_assetId ? m_project->assets().byId(*m_assetId) : std::nullopt;
    m_kind = asset ? std::optional<AssetKind>(asset->kind) : std::nullopt;
    if (!asset) {
        stack->setCurrentWidget(m_emptyLabel);
        return;
    }
    stack->setCurrentIndex(0);
    const QLocale locale;
    const Asset &a = *asset;
    m_title->setText(QFileInfo(a.uri).fileName());
    setField(PathField, m_project->resolve(a.uri));
    setField(KindField, displayName(a.kind));
    setField(MediaTypeField, a.mediaType);
    setField(FileSizeField, tr("%1 (%2 bytes)").arg(locale.formattedDataSize(a.byteSize), locale.toString(a.byteSize)));
    setField(DimensionsField,
        a.width && a.height ? tr("%1 × %2 px").arg(locale.toString(*a.width), locale.toString(*a.height)) : QString());
    setField(BitDepthField, a.bitDepth ? tr("%n bit(s)", nullptr, int(*a.bitDepth)) : QString());
    setField(PagesField, a.pages ? locale.toString(*a.pages) : QString());
    setField(ChannelsField, a.channels ? locale.toString(*a.channels) : QString());
    setField(SamplesField, a.samples ? locale.toString(*a.samples) : QString());
    const QColor statusColor = AssetListModel::statusColor(a.status);
    setField(StatusField,
        QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
            .arg(statusColor.name(), displayName(a.status).toHtmlEscaped()));
    setField(SplitField, displayName(a.split));

    const QList<Annotation> annotations = m_project->annotations().forAsset(a.id);
    int proposed = 0;
    int rejected = 0;
    QHash<qint64, int> perClass;
    int unclassified = 0;
    for (const Annotation &an : annotations) {
        if (an.state == AnnotationState::Proposed)
            ++proposed;
        else if (an.state == AnnotationState::Rejected)
            ++rejected;
        if (an.classId)
            ++perClass[*an.classId];
        else
            ++unclassified;
    }
    QString counts = tr("%n annotation(s)", nullptr, int(annotations.size()));
    if (proposed > 0)
        counts += QLatin1String(", ") + tr("%n proposal(s)", nullptr, proposed);
    if (rejected > 0)
        counts += QLatin1String(", ") + tr("%n rejected", nullptr, rejected);
    setField(AnnotationsField, counts);

    const bool zh = locale.language() == QLocale::Chinese;
    QList<QPair<QString, int>> classes;
    for (auto it = perClass.cbegin(); it != perClass.cend(); ++it) {
        const auto c = m_project->labels().classById(it.key());
        classes.append({ c ? c->title(zh) : tr("class %1").arg(it.key()), it.value() });
    }
    std::sort(classes.begin(), classes.end(),
        [](const auto &x, const auto &y) { return x.second != y.second ? x.second > y.second : x.first < y.first; });
    QStringList classLines;
    for (const auto &[name, n] : std::as_const(classes))
        classLines.append(tr("%1: %2").arg(name.toHtmlEscaped()).arg(n));
    if (unclassified > 0)
        classLines.append(tr("no class: %1").arg(unclassified));
    setField(ClassesField, classLines.join(QLatin1String("<br>")));

    setField(AddedField, formatTime(a.added));
    setField(ModifiedField, formatTime(a.modified));
    setField(HashField, a.sha256);
}

void AssetOverviewWidget::loadPreview(const QString &path)
{
    const quint64 generation = m_previewGeneration;
    auto *watcher = new QFutureWatcher<PreviewResult>(this);
    connect(watcher, &QFutureWatcher<PreviewResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_previewGeneration)
            return;
        const PreviewResult r = watcher->result();
        m_preview = r.image;
        m_previewError = r.error;
        updatePreviewPixmap();
        emit previewLoaded();
    });
    watcher->setFuture(QtConcurrent::run(loadPreviewImage, path));
}

void AssetOverviewWidget::updatePreviewPixmap()
{
    if (!m_kind) {
        m_previewLabel->clear();
        return;
    }
    const QSize area = m_previewLabel->contentsRect().size() - QSize(24, 24);
    if (!m_preview.isNull() && area.isValid()) {
        const qreal dpr = devicePixelRatioF();
        QSize target = m_preview.size();
        if (target.width() > area.width() * dpr || target.height() > area.height() * dpr)
            target = target.scaled(area * dpr, Qt::KeepAspectRatio);
        QPixmap pixmap = QPixmap::fromImage(m_preview.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(dpr);
        m_previewLabel->setPixmap(pixmap);
        return;
    }
    if (m_previewIsImage && m_previewError.isEmpty()) {
        m_previewLabel->setText(tr("Loading preview…"));
        return;
    }
    const QColor color = palette().color(QPalette::Disabled, QPalette::Text);
    if (!m_previewError.isEmpty()) {
        m_previewLabel->setText(tr("Cannot show the image: %1").arg(m_previewError));
        return;
    }
    m_previewLabel->setPixmap(ThumbnailCache::kindIcon(*m_kind, 96, color, devicePixelRatioF()));
}

} // namespace rwb::project
