#!/usr/bin/env bash
# Proves that akdesk's .deb installs and starts on a clean Debian 12: a fresh bookworm root made
# with debootstrap, `apt-get install ./akdesk_*.deb` inside it (apt fetches Qt and the rest from
# the mirror), then `akdesk --version`, a start on the sandbox that must stay up, the desktop
# entry's Exec line in German, and (with --x11) a real X11 start under Xvfb with a screenshot.
#
#   scripts/check-deb.sh [--x11] [--keep] [path/to/akdesk_x.y.z_arch.deb]
#
# Needs root and network (not part of ctest). Without a .deb argument it builds one with cpack in
# $AKDESK_BUILD_DIR (default build/). The minimal bookworm base is made once and kept in
# $AKDESK_DEB_WORK/base (default /var/tmp/akdesk-deb); every run installs into a fresh copy.
set -euo pipefail

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${AKDESK_DEB_WORK:-/var/tmp/akdesk-deb}"
BUILD_DIR="${AKDESK_BUILD_DIR:-$ROOT_DIR/build}"
x11=0 keep=0 deb=""
for arg in "$@"; do
    case "$arg" in
        --x11) x11=1 ;;
        --keep) keep=1 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) deb="$arg" ;;
    esac
done

log() { printf '[check-deb %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap, chroot, mount)"

if [ -z "$deb" ]; then
    command -v dpkg-shlibdeps >/dev/null || fail "cpack needs dpkg-shlibdeps: apt-get install dpkg-dev"
    log "building the package with cpack in $BUILD_DIR"
    cmake --build "$BUILD_DIR" --target akdesk akdesk-sandbox
    (cd "$BUILD_DIR" && cpack -G DEB)
    deb="$(ls -t "$BUILD_DIR"/akdesk_*.deb | head -1)"
fi
[ -f "$deb" ] || fail "no package at '$deb'"
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
log "package: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends >&2

# The mirror apt already uses here (deb822 or one-line sources), else Debian's own.
mirror="$(grep -hsE '^URIs:.*/debian/?$' /etc/apt/sources.list.d/*.sources | head -1 | awk '{print $2}')"
[ -n "$mirror" ] || mirror="$(grep -hsE '^deb +(\[[^]]*\] +)?https?://[^ ]+/debian/? +bookworm ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
    | head -1 | sed -E 's/^deb +(\[[^]]*\] +)?//' | awk '{print $1}')"
mirror="${mirror:-http://deb.debian.org/debian}"

mkdir -p "$WORK"
if [ ! -x "$WORK/base/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null || apt-get install -y -q debootstrap
    log "debootstrap bookworm (minbase) from $mirror into $WORK/base"
    start=$SECONDS
    rm -rf "$WORK/base"
    debootstrap --variant=minbase bookworm "$WORK/base" "$mirror" >"$WORK/debootstrap.log" 2>&1 \
        || { tail -20 "$WORK/debootstrap.log" >&2; fail "debootstrap"; }
    log "base made in $((SECONDS - start)) s"
fi

root="$WORK/root-$$"
cleanup() {
    for mount in dev/pts dev sys proc; do
        mountpoint -q "$root/$mount" 2>/dev/null && umount -l "$root/$mount"
    done
    if [ "$keep" -eq 0 ]; then rm -rf "$root"; else log "kept $root"; fi
}
trap cleanup EXIT
log "fresh root $root (copy of the untouched base)"
cp -a "$WORK/base" "$root"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
# A session's private runtime directory, as a desktop login provides it.
mkdir -p -m 0700 "$root/run/user/0"
in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root XDG_RUNTIME_DIR=/run/user/0 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

log "apt-get install ./$(basename "$deb") in the clean root"
start=$SECONDS
in_root apt-get update -q >"$WORK/apt.log" 2>&1 || { tail -20 "$WORK/apt.log" >&2; fail "apt-get update"; }
in_root apt-get install -y -q "/tmp/$(basename "$deb")" >>"$WORK/apt.log" 2>&1 \
    || { tail -30 "$WORK/apt.log" >&2; fail "apt-get install"; }
log "installed in $((SECONDS - start)) s; $(grep -cE '^(Setting up|Unpacking) ' "$WORK/apt.log" || true) unpack/setup steps; $(grep -E '^[0-9]+ upgraded' "$WORK/apt.log")"

for file in /usr/bin/akdesk /usr/bin/akdesk-sandbox /usr/share/applications/io.github.akdesk.akdesk.desktop \
            /usr/share/metainfo/io.github.akdesk.akdesk.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/io.github.akdesk.akdesk.svg /usr/share/doc/akdesk/guide.html; do
    [ -e "$root$file" ] || fail "not installed: $file"
done
log "installed files present"

version="$(in_root QT_QPA_PLATFORM=offscreen akdesk --version 2>"$WORK/version.err")" \
    || fail "akdesk --version: $version $(cat "$WORK/version.err")"
[[ "$version" == "akdesk $(dpkg-deb --field "$deb" Version)" ]] || fail "akdesk --version printed '$version'"
log "akdesk --version: $version"

# A real start on the embedded sandbox: it must still run when timeout stops it (exit 124).
run_until_killed() {
    local name="$1"; shift
    local out rc=0
    out="$(in_root "$@" 2>&1)" || rc=$?
    [ "$rc" -eq 124 ] || { printf '%s\n' "$out" >&2; fail "$name ended by itself with exit $rc instead of running"; }
    log "$name stayed up until stopped (exit 124)${out:+; it printed: $(printf '%s' "$out" | head -5 | tr '\n' ' ')}"
}
run_until_killed "akdesk --sandbox (offscreen)" \
    QT_QPA_PLATFORM=offscreen timeout 5 akdesk --sandbox

# As the desktop menu starts it: the entry's Exec line, for a German user.
exec_line="$(sed -n 's/^Exec=//p' "$root/usr/share/applications/io.github.akdesk.akdesk.desktop" | sed 's/ %[fFuU]//g')"
log "desktop entry (de): $(grep -E '^(GenericName|Comment)\[de\]=' "$root/usr/share/applications/io.github.akdesk.akdesk.desktop" | tr '\n' ' ')"
# The user's language: --help's description line is akdesk's own text, so it shows whether akdesk
# loaded its German translation (the window uses the same translator).
help_de="$(in_root LANG=de_DE.UTF-8 LANGUAGE=de QT_QPA_PLATFORM=offscreen $exec_line --help 2>/dev/null | head -2)"
log "akdesk --help for LANGUAGE=de: $(printf '%s' "$help_de" | tr '\n' ' ')"
german=1
if printf '%s' "$help_de" | grep -q 'Administer the flows and stages'; then
    german=0
    log "NOT IN GERMAN: akdesk started in English for LANG=de_DE.UTF-8 (is the translator installed in main()?)"
fi
run_until_killed "Exec=$exec_line --sandbox (LANG=de_DE.UTF-8, offscreen)" \
    LANG=de_DE.UTF-8 LANGUAGE=de QT_QPA_PLATFORM=offscreen timeout 5 $exec_line --sandbox

if [ "$x11" -eq 1 ]; then
    # The X11 platform plugin the desktop really uses, under Xvfb, with a screenshot to look at.
    log "installing xvfb, xauth and x11-apps in the root for an X11 start"
    in_root apt-get install -y -q --no-install-recommends xvfb xauth x11-apps >>"$WORK/apt.log" 2>&1 \
        || { tail -20 "$WORK/apt.log" >&2; fail "apt-get install xvfb"; }
    in_root LANG=de_DE.UTF-8 LANGUAGE=de xvfb-run -a -s '-screen 0 1280x800x24' \
        sh -c "$exec_line --sandbox & pid=\$!; sleep 6; xwd -root -silent > /tmp/akdesk.xwd; kill -0 \$pid && kill \$pid" \
        || fail "akdesk did not stay up on X11 (xcb)"
    shot="$WORK/akdesk-x11.png"
    if command -v convert >/dev/null; then convert "$root/tmp/akdesk.xwd" "$shot"; else shot="$WORK/akdesk-x11.xwd"; cp "$root/tmp/akdesk.xwd" "$shot"; fi
    log "X11 start ok; screenshot: $shot"
fi

log "OK: $(basename "$deb") installs and starts on a clean Debian 12 (bookworm)"
[ "$german" -eq 1 ] || fail "it starts, but not in the user's language (German)"
log "OK: it starts in the user's language (German)"
