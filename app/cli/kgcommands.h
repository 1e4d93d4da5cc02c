#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rwb::cli {

/// `resonance-cli kg query|validate|import|export …`: the knowledge graph from scripts.
/// Kept apart from Cli so the graph commands live in one file; Cli::run() hands over "kg".
class KgCommands
{
    Q_DECLARE_TR_FUNCTIONS(rwb::cli::KgCommands)
public:
    KgCommands(const QStringList &args, bool json, const QString &user);
    /// Returns the exit code; throws project::StoreError for Cli to report.
    int run();
    static QString help();

private:
    int query(const QString &projectPath, QStringList args);
    int validate(const QString &projectPath);
    int exportGraph(const QString &projectPath, QStringList args);
    int importGraph(const QString &projectPath, QStringList args);
    int usage(const QString &problem) const;

    QStringList m_args;
    bool m_json;
    QString m_user;
};

} // namespace rwb::cli
