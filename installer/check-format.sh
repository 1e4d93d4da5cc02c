#!/usr/bin/env bash
# Checks that every C++ file in the repository (*.cpp, *.h known to git: tracked, or untracked
# and not ignored) is formatted as the committed .clang-format says. Lists the files that are
# not and exits 1; exits 0 when all are formatted.
#
# Usage: installer/check-format.sh [--fix | --diff]
#   --fix         format those files in place instead
#   --diff        also show what clang-format would change
#   -h, --help    this help
#
# The reference is clang-format 14 (Debian 12); other major versions format some constructs
# differently. CLANG_FORMAT=/path/to/clang-format picks the program.
set -euo pipefail

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

mode="check"
for arg in "$@"; do
    case "$arg" in
    --fix) mode="fix" ;;
    --diff) mode="diff" ;;
    -h | --help)
        usage
        exit 0
        ;;
    *)
        echo "check-format: unknown option '$arg'" >&2
        usage >&2
        exit 2
        ;;
    esac
done

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

if [ -n "${CLANG_FORMAT:-}" ]; then
    clang_format="$CLANG_FORMAT"
elif command -v clang-format-14 >/dev/null 2>&1; then
    clang_format=clang-format-14
elif command -v clang-format >/dev/null 2>&1; then
    clang_format=clang-format
else
    echo "check-format: clang-format is not installed (run installer/setup-deps.sh)" >&2
    exit 2
fi
if ! version="$("$clang_format" --version 2>/dev/null)"; then
    echo "check-format: cannot run $clang_format" >&2
    exit 2
fi
major="$(sed -n 's/.*version \([0-9][0-9]*\)\..*/\1/p' <<<"$version")"
if [ "$major" != 14 ]; then
    echo "check-format: warning: $version; the reference is clang-format 14" >&2
fi
[ -f .clang-format ] || {
    echo "check-format: no .clang-format in $repo" >&2
    exit 2
}

git rev-parse --is-inside-work-tree >/dev/null 2>&1 || {
    echo "check-format: $repo is not a git work tree" >&2
    exit 2
}
files=()
while IFS= read -r -d '' f; do
    [ -f "$f" ] && files+=("$f")
done < <(git ls-files -z --cached --others --exclude-standard -- '*.cpp' '*.h' | sort -zu)
if [ ${#files[@]} -eq 0 ]; then
    echo "check-format: no C++ files"
    exit 0
fi

# A broken .clang-format (an option this clang-format does not know, say) would make every
# file look unformatted: report it as what it is.
if ! err="$("$clang_format" --style=file --dump-config "${files[0]}" 2>&1 >/dev/null)" || [ -n "$err" ]; then
    echo "check-format: $clang_format cannot use .clang-format:" >&2
    echo "$err" >&2
    exit 2
fi

unformatted=()
for f in "${files[@]}"; do
    if ! "$clang_format" --style=file --dry-run -Werror "$f" >/dev/null 2>&1; then
        unformatted+=("$f")
    fi
done

if [ ${#unformatted[@]} -eq 0 ]; then
    echo "check-format: all ${#files[@]} files are formatted"
    exit 0
fi

if [ "$mode" = fix ]; then
    "$clang_format" --style=file -i "${unformatted[@]}"
    printf 'check-format: formatted %s\n' "${unformatted[@]}"
    exit 0
fi

echo "check-format: ${#unformatted[@]} of ${#files[@]} files are not formatted:" >&2
printf '  %s\n' "${unformatted[@]}" >&2
if [ "$mode" = diff ]; then
    for f in "${unformatted[@]}"; do
        "$clang_format" --style=file "$f" | diff -u --label "$f" --label "$f (formatted)" "$f" - || true
    done
fi
echo "check-format: run installer/check-format.sh --fix to format them" >&2
exit 1
