#pragma once

namespace rwb::cli {

/// Exit codes of resonance-cli (documented in README.md and `resonance-cli --help`).
enum ExitCode {
    Ok = 0,
    Failed = 1, ///< the command failed (message on stderr)
    Usage = 2, ///< wrong arguments
    ProjectRefused = 3, ///< the project file is missing, not a project, damaged, newer or read-only
    Partial = 4, ///< done, but some inputs failed (listed)
    NotFound = 5, ///< a named class, attribute or asset does not exist
    Cancelled = 130, ///< interrupted (Ctrl+C)
};

} // namespace rwb::cli
