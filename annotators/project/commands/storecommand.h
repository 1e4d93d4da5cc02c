#pragma once

#include <QString>
#include <QUndoCommand>

class QUndoStack;

#include <functional>

namespace rwb::project {

class Connection;

/// Base of every edit command. Commands refer to records by id and write through the
/// stores, so each redo/undo commits at once. A store error in redo() marks the command
/// obsolete (QUndoStack then drops it) and is kept for the caller: see takeLastError().
class StoreCommand : public QUndoCommand
{
public:
    explicit StoreCommand(Connection &connection, QUndoCommand *parent = nullptr);

    /// The message of the last store error met by a command on this thread, then clears it.
    static QString takeLastError();
    /// Pushes \a command onto \a stack (deleted when there is none) and returns the store error
    /// it met, empty when it succeeded: what every editor does with an edit.
    static QString pushTo(QUndoStack *stack, QUndoCommand *command);

protected:
    /// Runs \a edit; on StoreError remembers the message and, when \a dropOnError, marks the
    /// command obsolete.
    bool guarded(const std::function<void()> &edit, bool dropOnError = true);
    Connection &connection() const { return m_connection; }

private:
    Connection &m_connection;
};

} // namespace rwb::project
