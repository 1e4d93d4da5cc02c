#include "exchangeactions.h"

#include "exportdatasetdialog.h"
#include "importdatasetdialog.h"
#include "publishdialog.h"

#include "exchange/exportjob.h"
#include "exchange/importdatasetjob.h"
#include "exchange/packagebuilder.h"
#include "project/jobs/jobmanager.h"
#include "project/project.h"

#include <QAction>
#include <QPointer>
#include <QWidget>

namespace rwb::exchange {

using namespace rwb::project;

namespace {
constexpr int MaxListed = 20;
}

ExchangeActions::ExchangeActions(JobManager &jobs, QWidget *window)
    : QObject(window)
    , m_jobs(jobs)
    , m_window(window)
    , m_export(new QAction(this))
    , m_import(new QAction(this))
    , m_publish(new QAction(this))
{
    m_export->setObjectName(QStringLiteral("main.export-dataset"));
    m_import->setObjectName(QStringLiteral("main.import-dataset"));
    m_publish->setObjectName(QStringLiteral("main.publish-dataset"));
    connect(m_export, &QAction::triggered, this, &ExchangeActions::exportDataset);
    connect(m_import, &QAction::triggered, this, &ExchangeActions::importDataset);
    connect(m_publish, &QAction::triggered, this, &ExchangeActions::publishDataset);
    retranslateUi();
    setProject(nullptr);
}

void ExchangeActions::setProject(Project *project)
{
    m_project = project;
    for (QAction *a : actions())
        a->setEnabled(project != nullptr);
}

QList<QAction *> ExchangeActions::actions() const
{
    return { m_export, m_import, m_publish };
}

void ExchangeActions::retranslateUi()
{
    m_export->setText(tr("&Export Dataset…"));
    m_export->setStatusTip(tr("Write the labels in a training format, or a versioned dataset package"));
    m_import->setText(tr("Import &Dataset…"));
    m_import->setStatusTip(tr("Add the images and labels of a COCO, YOLO, VOC, labelme or CVAT dataset"));
    m_publish->setText(tr("&Publish Dataset…"));
    m_publish->setStatusTip(tr("Copy a dataset package to the shared folder or git repository as a new version"));
}

void ExchangeActions::exportDataset()
{
    if (!m_project)
        return;
    ExportDatasetDialog dialog(*m_project, m_window);
    if (dialog.exec() == QDialog::Accepted)
        startExport(dialog);
}

void ExchangeActions::importDataset()
{
    if (!m_project)
        return;
    ImportDatasetDialog dialog(*m_project, m_window);
    if (dialog.exec() == QDialog::Accepted)
        startImport(dialog);
}

void ExchangeActions::publishDataset()
{
    if (!m_project)
        return;
    PublishDialog dialog(*m_project, m_jobs, m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.job())
        watch(dialog.job());
}

Job *ExchangeActions::startExport(const ExportDatasetDialog &dialog)
{
    Job *job = m_jobs.start(dialog.createJob());
    watch(job);
    return job;
}

Job *ExchangeActions::startImport(const ImportDatasetDialog &dialog)
{
    Job *job = m_jobs.start(dialog.createJob());
    watch(job);
    return job;
}

void ExchangeActions::watch(Job *job)
{
    emit jobStarted(job);
    QPointer<Job> guarded(job);
    auto done = [this, guarded] {
        if (!guarded || guarded->property("rwbReported").toBool())
            return;
        guarded->setProperty("rwbReported", true);
        const QString text = report(guarded);
        const bool problem = guarded->state() != Job::State::Finished || !guarded->errors().isEmpty()
            || !ExportDatasetDialog::summary(guarded).isEmpty();
        if (auto *import = qobject_cast<ImportDatasetJob *>(guarded.data()); import && import->importedImages() > 0)
            emit assetsImported(int(import->importedImages()));
        emit finished(guarded, text, problem);
    };
    connect(job, &Job::finished, this, done, Qt::QueuedConnection);
    if (job->state() != Job::State::Pending && job->state() != Job::State::Running)
        QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
}

QString ExchangeActions::report(const Job *job)
{
    QStringList lines;
    switch (job->state()) {
    case Job::State::Failed:
        return tr("%1 failed: %2").arg(job->title(), job->failureMessage());
    case Job::State::Cancelled:
        return tr("%1 was cancelled; nothing was written.").arg(job->title());
    default:
        break;
    }
    if (const auto *e = qobject_cast<const ExportJob *>(job)) {
        lines.append(tr("Exported %n image(s)", nullptr, int(e->imageCount())) + QLatin1Char(' ')
            + tr("with %n label(s).", nullptr, int(e->labelCount())));
    } else if (const auto *p = qobject_cast<const PackageBuilder *>(job)) {
        const qint64 assets
            = p->manifest().value(QLatin1String("counts")).toObject().value(QLatin1String("assets")).toInteger();
        lines.append(tr("Package written with %n asset(s).", nullptr, int(assets)));
    } else if (const auto *i = qobject_cast<const ImportDatasetJob *>(job)) {
        lines.append(tr("Imported %n image(s)", nullptr, int(i->importedImages())) + QLatin1Char(' ')
            + tr("with %n label(s).", nullptr, int(i->importedLabels())));
        if (!i->addedClasses().isEmpty())
            lines.append(tr("New classes: %1").arg(i->addedClasses().join(QStringLiteral(", "))));
        const QList<JobError> errors = i->errors();
        if (!errors.isEmpty()) {
            lines.append(tr("%n file(s) could not be imported:", nullptr, int(errors.size())));
            for (qsizetype n = 0; n < std::min<qsizetype>(errors.size(), MaxListed); ++n)
                lines.append(QStringLiteral("• %1: %2").arg(errors[n].subject, errors[n].message));
            if (errors.size() > MaxListed)
                lines.append(tr("… and %n more (see the job panel).", nullptr, int(errors.size() - MaxListed)));
        }
    } else {
        lines.append(tr("%1 finished.").arg(job->title()));
    }
    if (const QString summary = ExportDatasetDialog::summary(job); !summary.isEmpty())
        lines.append(summary);
    return lines.join(QLatin1Char('\n'));
}

} // namespace rwb::exchange
