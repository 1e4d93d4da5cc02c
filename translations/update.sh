#!/usr/bin/env bash
# Updates the translation sources (resonance_zh_CN.ts, resonance_en.ts) from the sources with
# lupdate: new strings are added as unfinished, strings gone from the code are dropped.
# Translate the unfinished entries afterwards with Qt Linguist (/usr/lib/qt6/bin/linguist).
# installer/check-translations.sh runs this same script on copies, so both always agree.
#
# Usage: translations/update.sh [OUTDIR]
#   OUTDIR        update the .ts files in OUTDIR instead of translations/ (missing ones are
#                 created)
#   --list        print the names of the .ts files and exit
#   --which       print the lupdate program that would be used and exit
#   -h, --help    this help
#
# LUPDATE=/path/to/lupdate picks the program (Qt 6's lupdate is needed).
set -euo pipefail

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

# The .ts files, and the folders whose sources are scanned.
ts_files=(resonance_zh_CN.ts resonance_en.ts)
source_dirs=(app widgets annotators knowledge resources)

outdir=""
action=update
for arg in "$@"; do
    case "$arg" in
    --list) action=list ;;
    --which) action=which ;;
    -h | --help)
        usage
        exit 0
        ;;
    -*)
        echo "translations/update.sh: unknown option '$arg'" >&2
        usage >&2
        exit 2
        ;;
    *)
        if [ -n "$outdir" ]; then
            echo "translations/update.sh: only one OUTDIR may be given" >&2
            exit 2
        fi
        outdir="$arg"
        ;;
    esac
done

if [ "$action" = list ]; then
    printf '%s\n' "${ts_files[@]}"
    exit 0
fi

is_qt6_lupdate() { "$1" -version 2>/dev/null | grep -q 'version 6\.'; }

find_lupdate() {
    local c bins
    if [ -n "${LUPDATE:-}" ]; then
        is_qt6_lupdate "$LUPDATE" || {
            echo "translations/update.sh: LUPDATE=$LUPDATE is not Qt 6's lupdate" >&2
            return 1
        }
        echo "$LUPDATE"
        return 0
    fi
    bins=""
    for c in qtpaths6 /usr/lib/qt6/bin/qtpaths6 qtpaths; do
        if command -v "$c" >/dev/null 2>&1; then
            bins="$("$c" --query QT_HOST_BINS 2>/dev/null || true)"
            [ -n "$bins" ] && break
        fi
    done
    for c in ${bins:+"$bins/lupdate"} /usr/lib/qt6/bin/lupdate /usr/lib/qt6/libexec/lupdate \
        "$(command -v lupdate6 || true)" "$(command -v lupdate-qt6 || true)" \
        "$(command -v qt6-lupdate || true)" "$(command -v lupdate || true)"; do
        if [ -n "$c" ] && [ -x "$c" ] && is_qt6_lupdate "$c"; then
            echo "$c"
            return 0
        fi
    done
    echo "translations/update.sh: Qt 6's lupdate not found (install qt6-l10n-tools, or set LUPDATE)" >&2
    return 1
}

lupdate="$(find_lupdate)"
if [ "$action" = which ]; then
    echo "$lupdate"
    exit 0
fi

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -z "$outdir" ]; then
    outdir="$repo/translations"
else
    mkdir -p "$outdir"
    outdir="$(cd "$outdir" && pwd)"
fi

cd "$repo"
dirs=()
for d in "${source_dirs[@]}"; do
    [ -d "$d" ] && dirs+=("$d")
done
if [ ${#dirs[@]} -eq 0 ]; then
    echo "translations/update.sh: none of the source folders (${source_dirs[*]}) exists" >&2
    exit 1
fi
targets=()
for t in "${ts_files[@]}"; do
    targets+=("$outdir/$t")
done

# The one lupdate invocation of the project: no line numbers (so that unrelated edits do not
# touch the .ts files), strings that left the code are dropped.
"$lupdate" -extensions cpp,h,ui -locations none -no-obsolete -silent "${dirs[@]}" -ts "${targets[@]}"

if [ "$outdir" = "$repo/translations" ]; then
    for t in "${targets[@]}"; do
        n="$(grep -c 'type="unfinished"' "$t" || true)"
        echo "translations/update.sh: $(basename "$t"): $n unfinished"
    done
fi
