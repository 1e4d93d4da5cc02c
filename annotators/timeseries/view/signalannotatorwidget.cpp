#include "signalannotatorwidget.h"

#include "../signalcachebuilder.h"
#include "../signaldata.h"
#include "../signalrules.h"

#include "project/annotationstore.h"
#include "project/asset.h"
#include "project/commands/addannotationcommand.h"
#include "project/commands/editannotationcommand.h"
#include "project/commands/removeannotationcommand.h"
#include "project/commands/storecommand.h"
#include "project/labelschema.h"
#include "project/project.h"
#include "project/projectsignals.h"
#include "project/ui/attributeeditor.h"

#include <QAction>
#include <QActionGroup>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace rwb::timeseries {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

bool isZh()
{
    return QLocale().language() == QLocale::Chinese;
}
} // namespace

SignalAnnotatorWidget::SignalAnnotatorWidget(QWidget *parent)
    : QWidget(parent)
{
    buildUi();
    retranslate();
}

SignalAnnotatorWidget::~SignalAnnotatorWidget()
{
    close();
}

QString SignalAnnotatorWidget::cachePathFor(project::Project &project, const QString &sha256)
{
    return SignalCacheBuilder::cachePath(project.folder().absolutePath(), sha256);
}

void SignalAnnotatorWidget::buildUi()
{
    m_view = new SignalView(this);
    m_toolBar = new QToolBar(this);
    m_toolBar->setOrientation(Qt::Vertical);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolGroup = new QActionGroup(this);
    auto tool = [this](const char *name, Qt::Key key, SignalView::Tool t) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setCheckable(true);
        a->setShortcut(QKeySequence(key));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_toolGroup->addAction(a);
        m_toolBar->addAction(a);
        addAction(a);
        connect(a, &QAction::triggered, this, [this, t] { m_view->setTool(t); });
        return a;
    };
    m_selectAction = tool("signal.tool.select", Qt::Key_V, SignalView::Tool::Select);
    m_rangeAction = tool("signal.tool.range", Qt::Key_R, SignalView::Tool::Range);
    m_eventAction = tool("signal.tool.event", Qt::Key_E, SignalView::Tool::Event);
    m_selectAction->setChecked(true);
    m_toolBar->addSeparator();
    auto action = [this](const char *name, const QKeySequence &key, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_toolBar->addAction(a);
        addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_fitAction = action("signal.fit", QKeySequence(Qt::Key_F), [this] { m_view->fitAll(); });
    m_deleteAction = action("signal.delete", QKeySequence::Delete, &SignalAnnotatorWidget::deleteSelection);
    m_toolBar->addSeparator();
    m_thresholdAction = action("signal.rule.threshold", QKeySequence(), &SignalAnnotatorWidget::askThreshold);
    m_zscoreAction = action("signal.rule.zscore", QKeySequence(), &SignalAnnotatorWidget::askZScore);
    m_cusumAction = action("signal.rule.cusum", QKeySequence(), &SignalAnnotatorWidget::askCusum);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("background: #fff3cd; color: #664d03; padding: 6px;"));
    m_message->hide();

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 0, 0, 0);
    m_labelsTitle = new QLabel(side);
    m_labelList = new QListWidget(side);
    m_labelList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_channelsTitle = new QLabel(side);
    m_channelList = new QListWidget(side);
    m_channelList->setMaximumHeight(180);
    m_attributes = new project::AttributeEditor(side);
    sideLayout->addWidget(m_labelsTitle);
    sideLayout->addWidget(m_labelList, 1);
    sideLayout->addWidget(m_attributes);
    m_gainLabel = new QLabel(side);
    m_offsetLabel = new QLabel(side);
    m_gain = new QDoubleSpinBox(side);
    m_gain->setObjectName(QStringLiteral("channelGain"));
    m_gain->setRange(0.05, 100.0);
    m_gain->setDecimals(2);
    m_gain->setSingleStep(0.25);
    m_gain->setValue(1.0);
    m_offset = new QDoubleSpinBox(side);
    m_offset->setObjectName(QStringLiteral("channelOffset"));
    m_offset->setRange(-5.0, 5.0);
    m_offset->setDecimals(2);
    m_offset->setSingleStep(0.1);
    auto *scaleRow = new QHBoxLayout;
    scaleRow->addWidget(m_gainLabel);
    scaleRow->addWidget(m_gain, 1);
    scaleRow->addWidget(m_offsetLabel);
    scaleRow->addWidget(m_offset, 1);
    sideLayout->addWidget(m_channelsTitle);
    sideLayout->addWidget(m_channelList);
    sideLayout->addLayout(scaleRow);

    auto *splitter = new QSplitter(this);
    auto *centre = new QWidget(splitter);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    auto *plotRow = new QHBoxLayout;
    plotRow->setContentsMargins(0, 0, 0, 0);
    plotRow->addWidget(m_toolBar);
    plotRow->addWidget(m_view, 1);
    centreLayout->addWidget(m_message);
    centreLayout->addLayout(plotRow, 1);
    splitter->addWidget(centre);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({ 1000, 240 });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_view, &SignalView::labelCreated, this, &SignalAnnotatorWidget::addLabel);
    connect(m_view, &SignalView::labelEdited, this, &SignalAnnotatorWidget::editLabel);
    connect(m_view, &SignalView::readoutChanged, this, &SignalAnnotatorWidget::statusMessage);
    connect(m_view, &SignalView::selectionChanged, this, [this] {
        if (m_syncing)
            return;
        m_syncing = true;
        const QSet<qint64> selection = m_view->selection();
        for (int i = 0; i < m_labelList->count(); ++i) {
            QListWidgetItem *row = m_labelList->item(i);
            row->setSelected(selection.contains(row->data(IdRole).toLongLong()));
        }
        m_syncing = false;
        updateAttributeEditor();
    });
    connect(m_labelList, &QListWidget::itemSelectionChanged, this, [this] {
        if (m_syncing)
            return;
        m_syncing = true;
        QSet<qint64> ids;
        for (const QListWidgetItem *row : m_labelList->selectedItems())
            ids.insert(row->data(IdRole).toLongLong());
        m_view->setSelection(ids);
        m_syncing = false;
        updateAttributeEditor();
    });
    connect(m_labelList, &QListWidget::itemDoubleClicked, this,
        [this](QListWidgetItem *row) { m_view->reveal(row->data(IdRole).toLongLong()); });
    // Gain and offset apply to the current channel (display only).
    auto applyScale = [this] {
        if (!m_syncing)
            m_view->setChannelScale(currentChannel(), m_gain->value(), m_offset->value());
    };
    connect(m_gain, &QDoubleSpinBox::valueChanged, this, applyScale);
    connect(m_offset, &QDoubleSpinBox::valueChanged, this, applyScale);
    connect(m_channelList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_syncing = true;
        m_gain->setValue(m_view->channelGain(row));
        m_offset->setValue(m_view->channelOffset(row));
        m_syncing = false;
    });
    connect(m_channelList, &QListWidget::itemChanged, this, [this](QListWidgetItem *row) {
        if (!m_syncing)
            m_view->setChannelVisible(m_channelList->row(row), row->checkState() == Qt::Checked);
    });
    connect(m_attributes, &project::AttributeEditor::classChosen, this, [this](std::optional<qint64> classId) {
        editSelected([classId](project::Annotation &a) { a.classId = classId; }, tr("Change class"));
    });
    connect(m_attributes, &project::AttributeEditor::attributeEdited, this,
        [this](const QString &name, const QJsonValue &value) {
            editSelected(
                [&](project::Annotation &a) {
                    if (value.isUndefined())
                        a.attributes.remove(name);
                    else
                        a.attributes.insert(name, value);
                },
                tr("Set %1").arg(name));
        });
    connect(&m_cacheWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_cacheWatcher.result();
        if (!m_project || !m_assetId)
            return;
        const auto asset = m_project->assets().byId(*m_assetId);
        QString openError = error;
        std::shared_ptr<SignalData> signal;
        if (error.isEmpty() && asset)
            signal = SignalData::open(cachePathFor(*m_project, asset->sha256), &openError);
        if (!signal) {
            m_message->setText(openError);
            m_message->show();
            return;
        }
        m_message->hide();
        showData(std::move(signal));
    });
    connect(&m_pyramidWatcher, &QFutureWatcher<std::vector<MinMaxPyramid>>::finished, this, [this] {
        if (m_data)
            m_view->setPyramids(m_pyramidWatcher.result());
    });
}

void SignalAnnotatorWidget::retranslate()
{
    m_selectAction->setText(tr("Select"));
    m_rangeAction->setText(tr("Range"));
    m_eventAction->setText(tr("Event"));
    m_fitAction->setText(tr("Fit All"));
    m_deleteAction->setText(tr("Delete"));
    m_thresholdAction->setText(tr("Threshold…"));
    m_thresholdAction->setToolTip(tr("Propose ranges where the current channel leaves a band of values"));
    m_zscoreAction->setText(tr("Z-score…"));
    m_zscoreAction->setToolTip(tr("Propose ranges of outliers against a rolling mean and deviation"));
    m_cusumAction->setText(tr("Change Points…"));
    m_cusumAction->setToolTip(tr("Propose events where the level of the current channel shifts (CUSUM)"));
    m_labelsTitle->setText(tr("Labels on this signal"));
    m_channelsTitle->setText(tr("Channels"));
    m_gainLabel->setText(tr("Gain"));
    m_offsetLabel->setText(tr("Offset"));
    m_gain->setToolTip(tr("Vertical scale of the current channel (display only)"));
    m_offset->setToolTip(tr("Vertical shift of the current channel, in lane heights (display only)"));
    if (m_project)
        reloadLabels();
}

void SignalAnnotatorWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QList<QAction *> SignalAnnotatorWidget::keyActions() const
{
    return { m_selectAction, m_rangeAction, m_eventAction, m_fitAction, m_deleteAction, m_thresholdAction,
        m_zscoreAction, m_cusumAction };
}

QString SignalAnnotatorWidget::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

bool SignalAnnotatorWidget::open(project::Project &project, qint64 assetId, QUndoStack *undoStack)
{
    close();
    m_project = &project;
    m_undo = undoStack;
    m_assetId = assetId;
    m_projectConnections.append(
        connect(project.notifier(), &project::ProjectSignals::annotationsChanged, this, [this](qint64 changed) {
            if (m_assetId && changed == *m_assetId && !m_reloadPending) {
                m_reloadPending = true;
                QTimer::singleShot(0, this, [this] {
                    m_reloadPending = false;
                    reloadLabels();
                });
            }
        }));
    m_attributes->setProject(&project, project::AssetKind::TimeSeries);

    const std::optional<project::Asset> asset = project.assets().byId(assetId);
    if (!asset) {
        m_message->setText(tr("Asset %1 is not in the project.").arg(assetId));
        m_message->show();
        return false;
    }
    const QString source = project.resolve(asset->uri);
    const QString cache = cachePathFor(project, asset->sha256);
    if (QFileInfo::exists(cache)) {
        QString error;
        if (auto signal = SignalData::open(cache, &error)) {
            m_message->hide();
            showData(std::move(signal));
            return true;
        }
        QFile::remove(cache); // unreadable (an older format, a crash): made again below
    }
    if (!QFileInfo::exists(source)) {
        m_message->setText(tr("%1 is missing. Move it back, or use Asset ▸ Relocate Missing Files… to point the "
                              "project at the folder it is in now.")
                               .arg(QDir::toNativeSeparators(source)));
        m_message->show();
        m_view->setData(nullptr);
        return false;
    }
    // The first open reads the source file once into the compact cache; later opens map it.
    m_message->setText(tr("Reading %1 into the signal cache…").arg(QFileInfo(source).fileName()));
    m_message->show();
    m_view->setData(nullptr);
    QDir().mkpath(QFileInfo(cache).absolutePath());
    m_cacheWatcher.setFuture(QtConcurrent::run([source, cache] {
        QString error;
        if (!SignalCacheBuilder::build(source, cache, {}, nullptr, &error))
            return error.isEmpty() ? QStringLiteral("%1: cannot be read").arg(source) : error;
        return QString();
    }));
    reloadLabels();
    return true;
}

void SignalAnnotatorWidget::showData(std::shared_ptr<SignalData> signal)
{
    m_data = std::move(signal);
    m_view->setData(m_data);
    m_syncing = true;
    m_channelList->clear();
    const QStringList names = m_data->channelNames();
    for (const QString &name : names) {
        auto *row = new QListWidgetItem(name, m_channelList);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Checked);
    }
    m_syncing = false;
    // Pyramids in the background: until they come, lanes are drawn from sampled values.
    std::shared_ptr<SignalData> keep = m_data;
    m_pyramidWatcher.setFuture(QtConcurrent::run([keep] {
        std::vector<MinMaxPyramid> out;
        out.reserve(size_t(keep->channelCount()));
        for (int c = 0; c < keep->channelCount(); ++c)
            out.emplace_back(keep->channel(c), keep->sampleCount());
        return out;
    }));
    reloadLabels();
}

void SignalAnnotatorWidget::close()
{
    m_cacheWatcher.waitForFinished();
    m_pyramidWatcher.waitForFinished();
    for (const auto &c : std::as_const(m_projectConnections))
        disconnect(c);
    m_projectConnections.clear();
    m_view->setLabels({});
    m_view->setData(nullptr);
    m_data.reset();
    m_project = nullptr;
    m_undo = nullptr;
    m_assetId.reset();
    m_syncing = true;
    m_labelList->clear();
    m_channelList->clear();
    m_syncing = false;
    m_attributes->setProject(nullptr, project::AssetKind::TimeSeries);
}

bool SignalAnnotatorWidget::isLoading() const
{
    return m_cacheWatcher.isRunning() || m_pyramidWatcher.isRunning();
}

void SignalAnnotatorWidget::setCurrentClass(std::optional<qint64> classId)
{
    m_classId = classId;
    if (m_project && classId) {
        if (const auto c = m_project->labels().classById(*classId))
            m_view->setCurrentColor(QColor(c->color));
    }
}

void SignalAnnotatorWidget::reloadLabels()
{
    if (!m_project || !m_assetId)
        return;
    QHash<qint64, project::LabelClass> classes;
    for (const project::LabelClass &c : m_project->labels().classes())
        classes.insert(c.id, c);
    QList<SignalView::Label> labels;
    for (const project::Annotation &a : m_project->annotations().forAsset(*m_assetId)) {
        if (a.state == project::AnnotationState::Rejected)
            continue;
        const std::optional<SignalLabel> label = SignalLabel::fromAnnotation(a);
        if (!label)
            continue;
        SignalView::Label l;
        l.id = a.id;
        l.label = *label;
        const bool known = a.classId && classes.contains(*a.classId);
        l.color = known ? QColor(classes.value(*a.classId).color) : QColor(150, 150, 150);
        l.text = known ? classes.value(*a.classId).title(isZh()) : tr("(no class)");
        l.proposed = a.state == project::AnnotationState::Proposed;
        labels.append(l);
    }
    std::sort(labels.begin(), labels.end(),
        [](const SignalView::Label &a, const SignalView::Label &b) { return a.label.start < b.label.start; });
    m_view->setLabels(labels);
    m_syncing = true;
    m_labelList->clear();
    for (const SignalView::Label &l : std::as_const(labels)) {
        QString where;
        if (m_data) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(
                m_data->timeAt(std::min(l.label.start, std::max<qint64>(0, m_data->sampleCount() - 1))) / 1000000,
                QTimeZone::utc());
            where = t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        } else {
            where = QStringLiteral("#%1").arg(l.label.start);
        }
        QString text
            = QStringLiteral("%1 · %2 · %3")
                  .arg(l.text,
                      l.label.kind == SignalLabel::Kind::Range ? project::shape::displayName(QStringLiteral("range"))
                                                               : project::shape::displayName(QStringLiteral("event")),
                      where);
        if (!l.label.channels.isEmpty())
            text += QStringLiteral(" · ") + l.label.channels.join(QStringLiteral(", "));
        if (l.proposed)
            text += QStringLiteral(" · ") + tr("proposal");
        auto *row = new QListWidgetItem(text, m_labelList);
        row->setData(IdRole, l.id);
        QPixmap swatch(12, 12);
        swatch.fill(l.color);
        row->setIcon(QIcon(swatch));
        row->setSelected(m_view->selection().contains(l.id));
    }
    m_syncing = false;
    updateAttributeEditor();
}

void SignalAnnotatorWidget::updateAttributeEditor()
{
    QList<project::Annotation> selected;
    if (m_project) {
        for (qint64 id : m_view->selection()) {
            if (const auto a = m_project->annotations().byId(id))
                selected.append(*a);
        }
    }
    m_attributes->setAnnotations(selected);
}

void SignalAnnotatorWidget::push(QUndoCommand *command)
{
    const QString error = project::StoreCommand::pushTo(m_undo, command);
    if (!error.isEmpty())
        emit statusMessage(error);
}

QString SignalAnnotatorWidget::overlapProblem(
    std::optional<qint64> classId, const SignalLabel &label, qint64 ignore) const
{
    // The label schema decides: a class that does not allow overlaps refuses a label that
    // shares samples (on a shared channel) with another label of the class.
    if (!m_project || !m_assetId || !classId)
        return {};
    const std::optional<project::LabelClass> c = m_project->labels().classById(*classId);
    if (!c || c->allowOverlap)
        return {};
    for (const project::Annotation &a : m_project->annotations().forAsset(*m_assetId)) {
        if (a.id == ignore || a.classId != classId || a.state == project::AnnotationState::Rejected)
            continue;
        const std::optional<SignalLabel> other = SignalLabel::fromAnnotation(a);
        if (other && other->overlaps(label))
            return tr("Labels of class %1 may not overlap, and this one would overlap another at #%2 (the label "
                      "schema decides; Edit ▸ Label Schema…)")
                .arg(c->title(isZh()))
                .arg(other->start);
    }
    return {};
}

void SignalAnnotatorWidget::addLabel(const SignalLabel &label)
{
    if (!m_project || !m_assetId || !m_data)
        return;
    if (const QString problem = overlapProblem(m_classId, label, 0); !problem.isEmpty()) {
        emit statusMessage(problem);
        return;
    }
    project::Annotation a;
    a.assetId = *m_assetId;
    a.classId = m_classId;
    label.applyTo(a, m_data->channelNames());
    m_project->labels().applyDefaults(a);
    push(new project::AddAnnotationCommand(m_project->connection(), a));
}

void SignalAnnotatorWidget::editLabel(qint64 id, const SignalLabel &label)
{
    if (!m_project || !m_data)
        return;
    const std::optional<project::Annotation> before = m_project->annotations().byId(id);
    if (!before)
        return;
    if (const QString problem = overlapProblem(before->classId, label, id); !problem.isEmpty()) {
        emit statusMessage(problem);
        reloadLabels(); // the edge goes back where it was
        return;
    }
    project::Annotation after = *before;
    label.applyTo(after, m_data->channelNames());
    push(new project::EditAnnotationCommand(m_project->connection(), *before, after));
}

void SignalAnnotatorWidget::editSelected(const std::function<void(project::Annotation &)> &change, const QString &text)
{
    if (!m_project)
        return;
    const QString error
        = project::EditAnnotationCommand::editEach(m_undo, *m_project, m_view->selection(), change, text);
    if (!error.isEmpty())
        emit statusMessage(error);
}

void SignalAnnotatorWidget::deleteSelection()
{
    if (!m_project || !m_undo || m_view->selection().isEmpty())
        return;
    const QSet<qint64> ids = m_view->selection();
    m_undo->beginMacro(tr("Delete %n label(s)", nullptr, int(ids.size())));
    for (qint64 id : ids)
        push(new project::RemoveAnnotationCommand(m_project->connection(), id));
    m_undo->endMacro();
    m_view->setSelection({});
}

int SignalAnnotatorWidget::currentChannel() const
{
    const int row = m_channelList->currentRow();
    return row >= 0 ? row : 0;
}

void SignalAnnotatorWidget::addProposals(
    const QList<SignalLabel> &labels, const QList<double> &scores, const QString &rule)
{
    if (!m_project || !m_undo || !m_assetId || !m_data)
        return;
    if (labels.isEmpty()) {
        emit statusMessage(tr("The rule found nothing on %1").arg(m_data->channelNames().value(currentChannel())));
        return;
    }
    m_undo->beginMacro(tr("%n proposal(s) from %1", nullptr, int(labels.size())).arg(rule));
    for (int i = 0; i < labels.size(); ++i) {
        project::Annotation a;
        a.assetId = *m_assetId;
        a.classId = m_classId;
        labels[i].applyTo(a, m_data->channelNames());
        a.source = project::AnnotationSource::Rule;
        a.sourceRef = rule;
        a.state = project::AnnotationState::Proposed;
        a.attributes.insert(QStringLiteral("score"), scores.value(i));
        push(new project::AddAnnotationCommand(m_project->connection(), a));
    }
    m_undo->endMacro();
    emit statusMessage(tr("%n proposal(s) to review", nullptr, int(labels.size())));
}

void SignalAnnotatorWidget::runThreshold(double low, double high)
{
    if (!m_data)
        return;
    const int c = currentChannel();
    QList<SignalLabel> labels;
    QList<double> scores;
    for (const auto &f : SignalRules::threshold(m_data->channel(c), m_data->sampleCount(), low, high)) {
        labels.append(SignalLabel::range(f.start, f.end, { m_data->channelNames().value(c) }));
        scores.append(f.score);
    }
    addProposals(labels, scores, QStringLiteral("threshold"));
}

void SignalAnnotatorWidget::runZScore(qint64 window, double z)
{
    if (!m_data)
        return;
    const int c = currentChannel();
    QList<SignalLabel> labels;
    QList<double> scores;
    for (const auto &f : SignalRules::rollingZScore(m_data->channel(c), m_data->sampleCount(), window, z)) {
        labels.append(SignalLabel::range(f.start, f.end, { m_data->channelNames().value(c) }));
        scores.append(f.score);
    }
    addProposals(labels, scores, QStringLiteral("z-score"));
}

void SignalAnnotatorWidget::runCusum(double drift, double limit)
{
    if (!m_data)
        return;
    const int c = currentChannel();
    QList<SignalLabel> labels;
    QList<double> scores;
    for (const auto &f : SignalRules::cusum(m_data->channel(c), m_data->sampleCount(), drift, limit)) {
        labels.append(SignalLabel::event(f.start, { m_data->channelNames().value(c) }));
        scores.append(f.score);
    }
    addProposals(labels, scores, QStringLiteral("cusum"));
}

void SignalAnnotatorWidget::askThreshold()
{
    if (!m_data)
        return;
    bool ok = false;
    const QString name = m_data->channelNames().value(currentChannel());
    const double low = QInputDialog::getDouble(
        this, tr("Threshold"), tr("Lowest normal value of %1:").arg(name), 0, -1e12, 1e12, 3, &ok);
    if (!ok)
        return;
    const double high = QInputDialog::getDouble(
        this, tr("Threshold"), tr("Highest normal value of %1:").arg(name), low + 1, low, 1e12, 3, &ok);
    if (ok)
        runThreshold(low, high);
}

void SignalAnnotatorWidget::askZScore()
{
    if (!m_data)
        return;
    bool ok = false;
    const int window
        = QInputDialog::getInt(this, tr("Rolling Z-score"), tr("Window (samples):"), 1000, 10, 10000000, 10, &ok);
    if (!ok)
        return;
    const double z
        = QInputDialog::getDouble(this, tr("Rolling Z-score"), tr("Outlier above |z| of:"), 5.0, 1.0, 100.0, 1, &ok);
    if (ok)
        runZScore(window, z);
}

void SignalAnnotatorWidget::askCusum()
{
    if (!m_data)
        return;
    bool ok = false;
    const double limit = QInputDialog::getDouble(
        this, tr("Change Points"), tr("Alarm limit (standard deviations):"), 8.0, 1.0, 1000.0, 1, &ok);
    if (ok)
        runCusum(0.5, limit);
}

} // namespace rwb::timeseries
