#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace rwb::project {

/// One row of the audit log: who changed which record, when, and how it looked before/after.
struct AuditEntry
{
    qint64 id = 0;
    QString at;
    std::optional<qint64> userId;
    QString entity;
    std::optional<qint64> entityId;
    QString action;
    QJsonObject before;
    QJsonObject after;
};

} // namespace rwb::project
