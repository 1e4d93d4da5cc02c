#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QCommandLineParser;

namespace rwb::project {
class Project;
}

namespace rwb::cli {

/// resonance-cli: headless access to a project for scripts. Parses the subcommand, calls the
/// core libraries and prints text or (with --json) JSON on stdout; messages go to stderr.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(rwb::cli::Cli)
public:
    explicit Cli(const QStringList &arguments);
    int run();

private:
    int init();
    int import();
    int align();
    int info();
    int labels();
    int list();
    int stats();
    int sample();
    int check();
    int relocate();
    int usage(const QString &problem = {});

    /// Opens the project named by the first positional argument; prints the reason and
    /// returns null when it is refused.
    std::unique_ptr<project::Project> openProject(const QString &path);

    QStringList m_args; ///< after the subcommand
    QString m_command;
    bool m_json = false;
    QString m_user;
};

} // namespace rwb::cli
