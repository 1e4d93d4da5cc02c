#pragma once

#include "user.h"

#include <QList>

namespace rwb::project {

class Connection;

/// People who label and review in this project (names as they log in).
class UserStore
{
public:
    explicit UserStore(Connection &connection);

    /// The user called \a name, created (as an annotator) when new.
    qint64 ensure(const QString &name, UserRole role = UserRole::Annotator);
    std::optional<User> byId(qint64 id) const;
    std::optional<User> byName(const QString &name) const;
    QList<User> all() const;

private:
    Connection &m_connection;
};

} // namespace rwb::project
