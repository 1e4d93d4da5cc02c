#include "proposalpanel.h"

#include "assist/dnnbackends.h"
#include "assist/modelmanifest.h"
#include "assist/modelrunner.h"
#include "assist/proposalreview.h"
#include "project/project.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace rwb::image {

using namespace rwb::project;

ProposalPanel::ProposalPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_accept(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_acceptAbove(new QPushButton(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_acceptRest(new QPushButton(this))
    , m_models(new QComboBox(this))
    , m_runButton(new QPushButton(this))
    , m_run(new QAction(this))
    , m_runRegion(new QAction(this))
{
    m_list->setObjectName(QStringLiteral("proposalList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(160);
    m_models->setObjectName(QStringLiteral("modelChooser"));
    m_threshold->setObjectName(QStringLiteral("proposalThreshold"));
    m_threshold->setRange(0.0, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setValue(0.5);
    m_accept->setObjectName(QStringLiteral("acceptProposal"));
    m_reject->setObjectName(QStringLiteral("rejectProposal"));
    m_acceptAbove->setObjectName(QStringLiteral("acceptAbove"));
    m_acceptRest->setObjectName(QStringLiteral("acceptRest"));
    m_run->setObjectName(QStringLiteral("image.run-model"));
    m_run->setShortcut(QKeySequence(Qt::Key_I));
    m_runRegion->setObjectName(QStringLiteral("image.run-model-region"));
    m_runRegion->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_I));
    for (QAction *a : { m_run, m_runRegion })
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_accept, 0, 0);
    buttons->addWidget(m_reject, 0, 1);
    buttons->addWidget(m_acceptAbove, 1, 0);
    buttons->addWidget(m_threshold, 1, 1);
    buttons->addWidget(m_acceptRest, 2, 0, 1, 2);
    buttons->addWidget(m_models, 3, 0);
    buttons->addWidget(m_runButton, 3, 1);
    layout->addLayout(buttons);

    connect(m_accept, &QPushButton::clicked, this, &ProposalPanel::acceptSelected);
    connect(m_reject, &QPushButton::clicked, this, &ProposalPanel::rejectSelected);
    connect(m_acceptAbove, &QPushButton::clicked, this, &ProposalPanel::acceptAboveThreshold);
    connect(m_acceptRest, &QPushButton::clicked, this, &ProposalPanel::acceptRest);
    connect(m_runButton, &QPushButton::clicked, m_run, &QAction::trigger);
    connect(m_run, &QAction::triggered, this, [this] { runModel(); });
    connect(m_runRegion, &QAction::triggered, this, [this] {
        QRectF region;
        for (qint64 id : std::as_const(m_selection))
            if (m_project)
                if (const auto a = m_project->annotations().byId(id))
                    region = region.united(a->extent);
        if (region.isEmpty())
            emit statusMessage(tr("Select a shape first: the model runs on the region it covers."));
        else
            runModel(region.toAlignedRect());
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        QSet<qint64> ids;
        for (const QListWidgetItem *item : m_list->selectedItems())
            ids.insert(item->data(Qt::UserRole).toLongLong());
        if (!ids.isEmpty())
            emit selectRequested(ids);
    });
    retranslate();
}

ProposalPanel::~ProposalPanel() = default;

void ProposalPanel::setProject(Project *project, QUndoStack *undoStack)
{
    if (m_project != project) {
        m_runner.reset();
        m_runnerFile.clear();
    }
    m_project = project;
    m_undo = undoStack;
    fillModels();
}

void ProposalPanel::addModelFolder(const QString &folder)
{
    if (!m_extraFolders.contains(folder))
        m_extraFolders.append(folder);
    fillModels();
}

void ProposalPanel::fillModels()
{
    const QString current = m_models->currentData().toString();
    m_models->clear();
    QStringList folders = m_extraFolders;
    if (m_project)
        folders.prepend(m_project->folder().absoluteFilePath(QStringLiteral("models")));
    for (const QString &folder : std::as_const(folders)) {
        const QDir dir(folder);
        for (const QString &file : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            QString error;
            const auto m = assist::ModelManifest::load(dir.absoluteFilePath(file), &error);
            if (!m || m->task == assist::ModelManifest::Task::TimeSeriesAnomaly)
                continue;
            m_models->addItem(m->name, dir.absoluteFilePath(file));
        }
    }
    const int keep = m_models->findData(current);
    if (keep >= 0)
        m_models->setCurrentIndex(keep);
    m_runButton->setEnabled(m_models->count() > 0);
}

void ProposalPanel::setAsset(std::optional<qint64> assetId)
{
    m_assetId = assetId;
    m_selection.clear();
    reload();
}

void ProposalPanel::setSelection(const QSet<qint64> &ids)
{
    m_selection = ids;
}

void ProposalPanel::reload()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    if (!m_project || !m_assetId) {
        m_title->setText(tr("Model proposals"));
        return;
    }
    const QList<Annotation> open = assist::ProposalReview::open(*m_project, *m_assetId);
    for (const Annotation &a : open) {
        QString cls = tr("(no class)");
        if (a.classId)
            if (const auto c = m_project->labels().classById(*a.classId))
                cls = c->title(QLocale().language() == QLocale::Chinese);
        auto *item = new QListWidgetItem(
            tr("%1  %2 %  · %3").arg(cls).arg(qRound(a.confidence.value_or(0) * 100)).arg(a.sourceRef), m_list);
        item->setData(Qt::UserRole, a.id);
        item->setSelected(m_selection.contains(a.id));
    }
    m_title->setText(tr("Model proposals (%1 open)").arg(open.size()));
}

QSet<qint64> ProposalPanel::chosenIds() const
{
    QSet<qint64> ids;
    for (const QListWidgetItem *item : m_list->selectedItems())
        ids.insert(item->data(Qt::UserRole).toLongLong());
    return ids.isEmpty() ? m_selection : ids;
}

void ProposalPanel::report(const QString &error, const QString &done)
{
    emit statusMessage(error.isEmpty() ? done : error);
    reload();
}

void ProposalPanel::acceptSelected()
{
    if (!m_project)
        return;
    const QSet<qint64> ids = chosenIds();
    report(assist::ProposalReview::accept(m_undo, *m_project, ids),
        tr("Accepted %n proposal(s).", nullptr, int(ids.size())));
}

void ProposalPanel::rejectSelected()
{
    if (!m_project)
        return;
    const QSet<qint64> ids = chosenIds();
    report(assist::ProposalReview::reject(m_undo, *m_project, ids),
        tr("Rejected %n proposal(s).", nullptr, int(ids.size())));
}

void ProposalPanel::acceptAboveThreshold()
{
    if (!m_project || !m_assetId)
        return;
    int n = 0;
    const QString error = assist::ProposalReview::acceptAbove(m_undo, *m_project, *m_assetId, m_threshold->value(), &n);
    report(error, tr("Accepted %n proposal(s) at or above the threshold.", nullptr, n));
}

void ProposalPanel::acceptRest()
{
    if (!m_project || !m_assetId)
        return;
    int n = 0;
    const QString error = assist::ProposalReview::acceptRest(m_undo, *m_project, *m_assetId, &n);
    report(error, tr("Accepted the remaining %n proposal(s).", nullptr, n));
}

bool ProposalPanel::runModel(const QRect &region)
{
    if (!m_project || !m_assetId || m_models->currentIndex() < 0)
        return false;
    const QString file = m_models->currentData().toString();
    QString error;
    if (!m_runner || m_runnerFile != file) {
        m_runner.reset();
        const auto manifest = assist::ModelManifest::load(file, &error);
        if (manifest) {
            auto runner = std::make_unique<assist::ModelRunner>(*manifest);
            const assist::DnnBackend backend = assist::chooseDnnBackend(
                manifest->backend + QLatin1Char('/') + manifest->target, assist::availableDnnBackends());
            if (runner->load(backend, &error)) {
                m_runner = std::move(runner);
                m_runnerFile = file;
            }
        }
        if (!m_runner) {
            emit statusMessage(error);
            return false;
        }
    }
    const int added = assist::ProposalReview::propose(m_undo, *m_project, *m_assetId, *m_runner, region, &error);
    if (added < 0) {
        emit statusMessage(error);
        return false;
    }
    report({}, tr("%1 proposed %n shape(s).", nullptr, added).arg(m_runner->manifest().name));
    return true;
}

void ProposalPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProposalPanel::retranslate()
{
    m_accept->setText(tr("Accept"));
    m_reject->setText(tr("Reject"));
    m_acceptAbove->setText(tr("Accept all ≥"));
    m_threshold->setToolTip(tr("Confidence threshold"));
    m_acceptRest->setText(tr("Accept the rest"));
    m_runButton->setText(tr("Run model (I)"));
    m_models->setToolTip(tr("Model to run"));
    m_run->setText(tr("Run model on image"));
    m_runRegion->setText(tr("Run model on the selected region"));
    reload();
}

} // namespace rwb::image
