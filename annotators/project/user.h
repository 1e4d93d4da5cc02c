#pragma once

#include "projecttypes.h"

#include <QString>

namespace rwb::project {

struct User
{
    qint64 id = 0;
    QString name;
    QString displayName;
    UserRole role = UserRole::Annotator;
};

} // namespace rwb::project
