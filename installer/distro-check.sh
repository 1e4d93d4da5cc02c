#!/usr/bin/env bash
# Builds Resonance Workbench and runs its tests inside a clean Debian tree made with debootstrap,
# to catch what only shows on another release (newer compiler, Qt, OpenCV, Poppler, KF6).
#
# Usage: installer/distro-check.sh [--setup-only] [--recreate] RELEASE
#   RELEASE       trixie (Debian 13); the only one supported for now
#   --setup-only  create or refresh the tree and install the dependencies, build nothing
#   --recreate    throw the cached tree away and debootstrap it again
#   -h, --help    this help
#
# Needs root (re-runs itself through sudo otherwise) and debootstrap
# (installer/setup-deps.sh --with-dev-tools installs it).
# The tree is cached in ${RWB_DISTRO_CACHE:-/var/cache/rwb-distro}/RELEASE and reused; the source
# tree (tracked and untracked-but-not-ignored files) is copied to /src in it on every run, and
# the build directory /src-build is kept between runs so that builds are incremental.
# Environment: RWB_DISTRO_CACHE (cache folder), RWB_DISTRO_MIRROR (default
# http://deb.debian.org/debian); RWB_CMAKE_ARGS and RWB_TEST_JOBS are passed on to
# installer/run-tests.sh in the chroot.
set -euo pipefail

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
die() {
    echo "distro-check: $*" >&2
    exit 1
}

setup_only=0
recreate=0
release=""
for arg in "$@"; do
    case "$arg" in
    --setup-only) setup_only=1 ;;
    --recreate) recreate=1 ;;
    -h | --help)
        usage
        exit 0
        ;;
    -*)
        echo "distro-check: unknown option '$arg'" >&2
        usage >&2
        exit 2
        ;;
    *)
        if [ -n "$release" ]; then
            echo "distro-check: only one release may be given" >&2
            exit 2
        fi
        release="$arg"
        ;;
    esac
done
case "$release" in
trixie) ;;
"")
    echo "distro-check: no release given" >&2
    usage >&2
    exit 2
    ;;
*)
    echo "distro-check: unsupported release '$release' (supported: trixie)" >&2
    usage >&2
    exit 2
    ;;
esac

script="$(readlink -f "${BASH_SOURCE[0]}")"
repo="$(cd "$(dirname "$script")/.." && pwd)"
cache="${RWB_DISTRO_CACHE:-/var/cache/rwb-distro}"
mirror="${RWB_DISTRO_MIRROR:-http://deb.debian.org/debian}"

if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "must run as root (sudo is not installed)"
    echo "distro-check: not root, re-running through sudo"
    exec sudo -- env "RWB_DISTRO_CACHE=$cache" "RWB_DISTRO_MIRROR=$mirror" \
        "RWB_CMAKE_ARGS=${RWB_CMAKE_ARGS:-}" "RWB_TEST_JOBS=${RWB_TEST_JOBS:-2}" "$script" "$@"
fi

command -v debootstrap >/dev/null 2>&1 ||
    die "debootstrap is not installed (run installer/setup-deps.sh --with-dev-tools)"
command -v git >/dev/null 2>&1 || die "git is not installed"
git -C "$repo" rev-parse --is-inside-work-tree >/dev/null 2>&1 || die "$repo is not a git work tree"

tree="$cache/$release"
marker="$tree/.rwb-debootstrap-complete"
start=$SECONDS
stage_start=$SECONDS
child=""

stage() {
    echo
    echo "==== distro-check [$release] $* ===="
    stage_start=$SECONDS
}
stage_done() { echo "---- done in $((SECONDS - stage_start)) s"; }

# Mount points inside the tree, deepest first. /proc/self/mountinfo escapes blanks as \040;
# the cache path is ours and has none.
mounts_in_tree() {
    awk -v root="$tree" '$5 == root || index($5, root "/") == 1 { print $5 }' /proc/self/mountinfo | sort -r
}

unmount_tree() {
    local m
    for m in $(mounts_in_tree); do
        umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || echo "distro-check: could not unmount $m" >&2
    done
}

# Processes whose root is the tree: what a run left behind (a daemon started by a package or a
# test) would keep the mounts busy.
kill_chroot_processes() {
    local sig="$1" p found=1
    for p in /proc/[0-9]*; do
        if [ "$(readlink "$p/root" 2>/dev/null)" = "$tree" ]; then
            kill "-$sig" "${p#/proc/}" 2>/dev/null && found=0
        fi
    done
    return "$found"
}

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [ -d "$tree" ]; then
        if kill_chroot_processes TERM; then
            sleep 2
            kill_chroot_processes KILL || true
        fi
        unmount_tree
    fi
    if [ "$rc" -eq 0 ]; then
        echo "distro-check [$release]: OK, total $((SECONDS - start)) s"
    else
        echo "distro-check [$release]: FAILED (exit $rc), total $((SECONDS - start)) s" >&2
    fi
    exit "$rc"
}
on_signal() {
    echo "distro-check: interrupted" >&2
    if [ -n "$child" ]; then
        kill -TERM -- "-$child" 2>/dev/null || true
    fi
    exit "$1"
}
trap cleanup EXIT
trap 'on_signal 130' INT
trap 'on_signal 143' TERM

mkdir -p "$cache"
# One run per tree at a time.
exec 9>"$cache/$release.lock"
flock -n 9 || die "another distro check for $release is running (lock $cache/$release.lock)"

# Mounts left behind by a run that was killed: remove them before touching the tree
# (deleting a tree with /dev bound inside would delete the host's /dev).
[ -d "$tree" ] && unmount_tree
if [ -n "$(mounts_in_tree)" ]; then
    die "$tree still has mounts inside; unmount them first"
fi

remove_tree() {
    rm -rf --one-file-system "$tree"
}

# --- 1. the tree -------------------------------------------------------------------------------
stage "tree $tree"
if [ -d "$tree" ] && [ "$recreate" -eq 1 ]; then
    echo "removing the cached tree (--recreate)"
    remove_tree
elif [ -d "$tree" ] && [ ! -f "$marker" ]; then
    echo "the cached tree is incomplete (no $marker), removing it"
    remove_tree
fi
if [ -f "$marker" ]; then
    echo "reusing the cached tree made on $(cat "$marker")"
else
    echo "creating it with debootstrap from $mirror (takes a few minutes)"
    debootstrap --variant=minbase "$release" "$tree" "$mirror"
    date -u '+%Y-%m-%d %H:%M UTC' >"$marker"
fi
stage_done

# --- 2. configure the tree and copy the sources ---------------------------------------------------
stage "prepare the chroot"
# apt never asks, keeps changed configuration files, no recommends, retries flaky downloads.
cat >"$tree/etc/apt/apt.conf.d/90rwb-noninteractive" <<'EOF'
APT::Get::Assume-Yes "true";
APT::Install-Recommends "false";
Acquire::Retries "3";
Dpkg::Options { "--force-confdef"; "--force-confold"; };
EOF
# No services start inside the chroot.
printf '#!/bin/sh\nexit 101\n' >"$tree/usr/sbin/policy-rc.d"
chmod 755 "$tree/usr/sbin/policy-rc.d"
# Name resolution for apt.
if [ -e /etc/resolv.conf ]; then
    rm -f "$tree/etc/resolv.conf"
    cp -L /etc/resolv.conf "$tree/etc/resolv.conf"
fi

mount -t proc proc "$tree/proc"
mount -t sysfs sysfs "$tree/sys" 2>/dev/null || mount --bind /sys "$tree/sys"
mount --make-rslave "$tree/sys" 2>/dev/null || true
# A bind of a shared /dev would join its peer group and the devpts mount below would then
# appear on the host's /dev/pts too: make the bind a slave first.
mount --bind /dev "$tree/dev"
mount --make-rslave "$tree/dev"
mount --bind /dev/pts "$tree/dev/pts"
mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$tree/dev/shm"

echo "copying the source tree to $tree/src"
rm -rf --one-file-system "$tree/src"
mkdir -p "$tree/src" "$tree/src-build"
# Tracked and untracked-but-not-ignored files; tracked files deleted in the work tree are skipped.
git -C "$repo" ls-files -z --cached --others --exclude-standard | sort -zu |
    (cd "$repo" && while IFS= read -r -d '' f; do
        if [ -e "$f" ] || [ -L "$f" ]; then printf '%s\0' "$f"; fi
    done) |
    tar -C "$repo" --null --no-recursion -T - -cf - | tar -C "$tree/src" -xpf -
echo "$(find "$tree/src" -type f | wc -l) files copied"
stage_done

# Runs a command in the chroot, in a session of its own so that a signal to this script can
# stop all of it (see on_signal).
in_chroot() {
    setsid chroot "$tree" /usr/bin/env -i \
        HOME=/root \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 \
        TERM="${TERM:-dumb}" \
        DEBIAN_FRONTEND=noninteractive \
        RWB_BUILD_DIR=/src-build \
        RWB_CMAKE_ARGS="${RWB_CMAKE_ARGS:-}" \
        RWB_TEST_JOBS="${RWB_TEST_JOBS:-2}" \
        /bin/bash -c "cd /src && $1" 9>&- &
    child=$!
    local rc=0
    wait "$child" || rc=$?
    child=""
    return "$rc"
}

# --- 3. dependencies -----------------------------------------------------------------------------
stage "dependencies (installer/setup-deps.sh)"
in_chroot "installer/setup-deps.sh && apt-get clean"
# shellcheck disable=SC2016 # expanded inside the chroot
in_chroot 'echo "cmake: $(cmake --version | head -n1)"; echo "g++: $(g++ --version | head -n1)"
    echo "Qt: $(/usr/lib/qt6/bin/qtpaths6 --qt-version 2>/dev/null || qtpaths6 --qt-version 2>/dev/null || echo "?")"
    for p in libopencv-dev libpoppler-qt6-dev libkf6syntaxhighlighting-dev; do
        echo "$p: $(dpkg-query -W -f="\${Version}" "$p" 2>/dev/null || echo "not installed")"
    done'
stage_done

if [ "$setup_only" -eq 1 ]; then
    echo "distro-check: --setup-only, not building"
    exit 0
fi

# --- 4. build and test (same steps as on the host) -----------------------------------------------
stage "configure, build, test (installer/run-tests.sh, build dir /src-build)"
in_chroot "installer/run-tests.sh"
stage_done
