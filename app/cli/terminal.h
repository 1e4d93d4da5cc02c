#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace rwb::cli {

/// The terminal of resonance-cli, shared by every command: results on stdout, messages on
/// stderr, each a line in the locale's encoding; JSON results indented.
void out(const QString &text);
void err(const QString &text);
void printJson(const QJsonValue &value);

/// Removes "--name VALUE" or "--name=VALUE" (\a option written with its dashes) from \a args and
/// returns VALUE; with \a flag, removes "--name" and returns "1". Empty when absent.
QString takeOption(QStringList &args, const QString &option, bool flag = false);

/// Writes \a bytes to \a path all or nothing (QSaveFile); throws project::StoreError naming the
/// file when it cannot.
void writeAtomically(const QString &path, const QByteArray &bytes);

} // namespace rwb::cli
