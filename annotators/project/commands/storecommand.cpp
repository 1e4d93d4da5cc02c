#include "storecommand.h"

#include <QUndoStack>

#include "../storeerror.h"

namespace rwb::project {

namespace {
thread_local QString lastError;
}

StoreCommand::StoreCommand(Connection &connection, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_connection(connection)
{ }

QString StoreCommand::takeLastError()
{
    return std::exchange(lastError, QString());
}

bool StoreCommand::guarded(const std::function<void()> &edit, bool dropOnError)
{
    try {
        edit();
        return true;
    } catch (const StoreError &e) {
        lastError = e.message();
        if (dropOnError)
            setObsolete(true);
        return false;
    }
}

QString StoreCommand::pushTo(QUndoStack *stack, QUndoCommand *command)
{
    if (!stack) {
        delete command;
        return {};
    }
    stack->push(command);
    return takeLastError();
}

} // namespace rwb::project
