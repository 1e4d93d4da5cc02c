#!/usr/bin/env bash
# Checks the translation sources in translations/: fails (exit 1) when a .ts file is missing,
# stale (running translations/update.sh would change it), or still has unfinished, vanished,
# obsolete or empty entries. Exits 0 when all are current and complete.
#
# Usage: installer/check-translations.sh
#   -h, --help    this help
#
# To fix: translations/update.sh, then translate the unfinished entries with Qt Linguist.
set -euo pipefail

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

for arg in "$@"; do
    case "$arg" in
    -h | --help)
        usage
        exit 0
        ;;
    *)
        echo "check-translations: unknown option '$arg'" >&2
        usage >&2
        exit 2
        ;;
    esac
done

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
update="$repo/translations/update.sh"
[ -x "$update" ] || {
    echo "check-translations: $update is missing or not executable" >&2
    exit 2
}

mapfile -t ts_files < <("$update" --list)
failed=0
present=()
for t in "${ts_files[@]}"; do
    if [ -f "$repo/translations/$t" ]; then
        present+=("$t")
    else
        echo "check-translations: translations/$t does not exist; create it with translations/update.sh" >&2
        failed=1
    fi
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Stale: lupdate on a copy must leave it unchanged.
for t in "${present[@]}"; do
    cp "$repo/translations/$t" "$tmp/$t"
done
[ ${#present[@]} -gt 0 ] && "$update" "$tmp"
for t in "${present[@]}"; do
    if ! diff -u --label "translations/$t" --label "translations/$t (after lupdate)" \
        "$repo/translations/$t" "$tmp/$t" >"$tmp/$t.diff"; then
        echo "check-translations: translations/$t is stale (run translations/update.sh); changes:" >&2
        head -n 60 "$tmp/$t.diff" >&2
        [ "$(wc -l <"$tmp/$t.diff")" -gt 60 ] && echo "  ..." >&2
        failed=1
    fi
done

# Incomplete: every entry translated and finished.
for t in "${present[@]}"; do
    f="$repo/translations/$t"
    for what in unfinished vanished obsolete; do
        n="$(grep -c "type=\"$what\"" "$f" || true)"
        if [ "$n" -gt 0 ]; then
            echo "check-translations: translations/$t has $n $what entr$([ "$n" -eq 1 ] && echo y || echo ies)" >&2
            failed=1
        fi
    done
    # Finished (no type attribute) but empty, plural forms included.
    n="$(awk '
        /<translation[ >\/]/ { finished = ($0 !~ /type="/); inside = 1 }
        inside && finished && (/<translation *\/>/ || /<translation>[[:space:]]*<\/translation>/ ||
            /<numerusform *\/>/ || /<numerusform>[[:space:]]*<\/numerusform>/) { n++ }
        /<\/translation>|<translation[^>]*\/>/ { inside = 0 }
        END { print n + 0 }' "$f")"
    if [ "$n" -gt 0 ]; then
        echo "check-translations: translations/$t has $n empty translation(s) marked finished" >&2
        failed=1
    fi
done

if [ "$failed" -ne 0 ]; then
    echo "check-translations: FAILED; run translations/update.sh and finish the translations in Qt Linguist" >&2
    exit 1
fi
echo "check-translations: ${present[*]} are current and complete"
