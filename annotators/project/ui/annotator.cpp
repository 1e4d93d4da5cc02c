#include "annotator.h"

namespace rwb::project {

Annotator::Annotator(QObject *parent)
    : QObject(parent)
{ }

Annotator::~Annotator() = default;

void Annotator::setCurrentClass(std::optional<qint64>) { }

bool Annotator::isBusy() const
{
    return false;
}

void Annotator::prefetch(Project &, const Asset &) { }

QList<QAction *> Annotator::keyActions()
{
    return {};
}

} // namespace rwb::project
