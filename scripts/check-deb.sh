#!/usr/bin/env bash
# Proves that akdesk's packages are clean and install and start on a clean Debian 12: lintian on
# each .deb (no error or warning), then a fresh bookworm root made with debootstrap, `apt-get
# install ./akdesk_*.deb ./akdesk-sandbox_*.deb` inside it (apt fetches Qt and the rest from the
# mirror), and there: the man pages, `--help`/`--version` from a terminal without a display, files
# of an earlier akdesk moved to the XDG places and the log written, a start on the sandbox that
# must stay up, the desktop entry in German, and real X11 starts under Xvfb from the desktop
# entry's Exec line and its "Open the sandbox" and "Work offline" actions, with screenshots.
#
#   scripts/check-deb.sh [--no-x11] [--keep] [path/to/akdesk_x.y.z-r_arch.deb [akdesk-sandbox_….deb]]
#
# Needs root and network (not part of ctest). Without .deb arguments it builds both with cpack in
# $AKDESK_BUILD_DIR (default build/). The minimal bookworm base is made once and kept in
# $AKDESK_DEB_WORK/base (default /var/tmp/akdesk-deb); every run installs into a fresh copy.
# Every check runs; the script ends with the list of those that failed (exit 1) or OK.
set -euo pipefail

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${AKDESK_DEB_WORK:-/var/tmp/akdesk-deb}"
BUILD_DIR="${AKDESK_BUILD_DIR:-$ROOT_DIR/build}"
x11=1 keep=0 debs=()
for arg in "$@"; do
    case "$arg" in
        --x11) x11=1 ;;  # the default; kept for older callers
        --no-x11) x11=0 ;;
        --keep) keep=1 ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) debs+=("$arg") ;;
    esac
done

log() { printf '[check-deb %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }
problems=()
problem() { log "PROBLEM: $*"; problems+=("$*"); }
[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap, chroot, mount)"

if [ ${#debs[@]} -eq 0 ]; then
    command -v dpkg-shlibdeps >/dev/null || fail "cpack needs dpkg-shlibdeps: apt-get install dpkg-dev"
    log "building the packages with cpack in $BUILD_DIR"
    cmake --build "$BUILD_DIR"
    (cd "$BUILD_DIR" && cpack -G DEB)
    debs=("$(ls -t "$BUILD_DIR"/akdesk_*.deb | head -1)" "$(ls -t "$BUILD_DIR"/akdesk-sandbox_*.deb | head -1)")
fi
for i in "${!debs[@]}"; do
    [ -f "${debs[$i]}" ] || fail "no package at '${debs[$i]}'"
    debs[$i]="$(cd "$(dirname "${debs[$i]}")" && pwd)/$(basename "${debs[$i]}")"
    log "package: ${debs[$i]} ($(du -h "${debs[$i]}" | cut -f1))"
    dpkg-deb --field "${debs[$i]}" Package Version Architecture Depends Recommends Suggests Homepage >&2
done
app_deb="$(printf '%s\n' "${debs[@]}" | grep '/akdesk_' | head -1)"
[ -n "$app_deb" ] || fail "no akdesk_*.deb among the packages"
deb_version="$(dpkg-deb --field "$app_deb" Version)"

mkdir -p "$WORK"
# lintian as Debian's archive runs it on a binary package; info tags are shown, not counted.
command -v lintian >/dev/null || apt-get install -y -q --no-install-recommends lintian >/dev/null
log "lintian $(lintian --version | awk '{print $2}') on ${debs[*]##*/}"
lintian_rc=0
lintian --info --display-info --fail-on error,warning "${debs[@]}" >"$WORK/lintian.log" 2>&1 || lintian_rc=$?
sed 's/^/    /' "$WORK/lintian.log" >&2
if [ "$lintian_rc" -ne 0 ]; then
    problem "lintian reports errors or warnings (exit $lintian_rc)"
else
    log "lintian: no errors, no warnings ($(grep -c '^I: ' "$WORK/lintian.log" || true) info tags)"
fi

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
in_root_debs=()
for deb in "${debs[@]}"; do cp "$deb" "$root/tmp/"; in_root_debs+=("/tmp/$(basename "$deb")"); done
# A session's private runtime directory, as a desktop login provides it.
mkdir -p -m 0700 "$root/run/user/0"
# A terminal without a display: no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM.
in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root XDG_RUNTIME_DIR=/run/user/0 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

log "apt-get install ${in_root_debs[*]} in the clean root"
start=$SECONDS
in_root apt-get update -q >"$WORK/apt.log" 2>&1 || { tail -20 "$WORK/apt.log" >&2; fail "apt-get update"; }
in_root apt-get install -y -q "${in_root_debs[@]}" >>"$WORK/apt.log" 2>&1 \
    || { tail -30 "$WORK/apt.log" >&2; fail "apt-get install"; }
log "installed in $((SECONDS - start)) s; $(grep -cE '^(Setting up|Unpacking) ' "$WORK/apt.log" || true) unpack/setup steps; $(grep -E '^[0-9]+ upgraded' "$WORK/apt.log")"
log "recommended and installed: $(grep -oE '^Setting up (qt6-wayland|gnome-keyring|qt6-translations-l10n)[^ ]*' "$WORK/apt.log" | awk '{print $3}' | tr '\n' ' ')"

desktop=/usr/share/applications/io.github.akdesk.akdesk.desktop
for file in /usr/bin/akdesk /usr/bin/akdesk-sandbox "$desktop" /usr/share/metainfo/io.github.akdesk.akdesk.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/io.github.akdesk.akdesk.svg \
            /usr/share/icons/hicolor/48x48/apps/io.github.akdesk.akdesk.png /usr/share/doc/akdesk/guide.html \
            /usr/share/doc/akdesk/copyright /usr/share/doc/akdesk/changelog.Debian.gz \
            /usr/share/doc/akdesk-sandbox/copyright /usr/share/man/man1/akdesk.1.gz /usr/share/man/man1/akdesk-sandbox.1.gz; do
    [ -e "$root$file" ] || problem "not installed: $file"
done
log "installed files checked"

# The man pages: listed in their packages, and read with man as a user would.
for pkg in akdesk akdesk-sandbox; do
    listed="$(in_root dpkg -L "$pkg" | grep '^/usr/share/man/' || true)"
    [ -n "$listed" ] || problem "dpkg -L $pkg lists no man page"
    log "dpkg -L $pkg: $(printf '%s' "$listed" | tr '\n' ' ')"
done
in_root apt-get install -y -q --no-install-recommends man-db >>"$WORK/apt.log" 2>&1 || fail "apt-get install man-db"
for page in akdesk akdesk-sandbox; do
    text="$(in_root MANWIDTH=80 man -P cat "$page" 2>"$WORK/man.err")" || problem "man $page: $(cat "$WORK/man.err")"
    warnings="$(in_root MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null || true)"
    [ -z "$warnings" ] || problem "man $page: groff warns: $warnings"
    log "man $page: $(printf '%s\n' "$text" | sed -n '4p' | sed 's/^ *//')"
done

# From a terminal without a display. Before Qt's GUI starts, akdesk must read its command line.
check_no_display() {
    local program="$1" option="$2" expect="$3" out rc=0
    out="$(in_root "$program" "$option" 2>&1)" || rc=$?
    if [ "$rc" -ne 0 ] || ! printf '%s' "$out" | grep -q -- "$expect"; then
        problem "$program $option without a display: exit $rc: $(printf '%s' "$out" | head -3 | tr '\n' ' ')"
    else
        log "$program $option without a display: $(printf '%s' "$out" | head -2 | tr '\n' ' ')"
    fi
}
check_no_display akdesk --help "Usage: "
check_no_display akdesk --version "akdesk ${deb_version%-*}"
check_no_display akdesk-sandbox --help "Usage: "
check_no_display akdesk-sandbox --version "akdesk-sandbox ${deb_version%-*}"

# The files of an earlier akdesk (doubled data folder) are moved on the first start.
old="$root/root/.local/share/akdesk/akdesk"
mkdir -p "$old/tokens" "$old/profiles/sandbox"
printf 'old-token' >"$old/tokens/prod.token"
chmod 600 "$old/tokens/prod.token"
printf -- '-----BEGIN CERTIFICATE-----\n' >"$old/profiles/sandbox/trusted-certificates.pem"

# A real start on the embedded sandbox: it must still run when timeout stops it (exit 124).
run_until_killed() {
    local name="$1"; shift
    local out rc=0
    out="$(in_root "$@" 2>&1)" || rc=$?
    if [ "$rc" -ne 124 ]; then
        printf '%s\n' "$out" | tail -20 >&2
        problem "$name ended by itself with exit $rc instead of running"
        return
    fi
    log "$name stayed up until stopped (exit 124)${out:+; it printed: $(printf '%s' "$out" | head -5 | tr '\n' ' ')}"
}
run_until_killed "akdesk --sandbox (offscreen)" \
    QT_QPA_PLATFORM=offscreen timeout 5 akdesk --sandbox

if [ -e "$old" ]; then problem "the old data folder /root/.local/share/akdesk/akdesk is still there"; fi
[ "$(cat "$root/root/.local/share/akdesk/tokens/prod.token" 2>/dev/null)" = old-token ] \
    || problem "the file-kept token was not moved to ~/.local/share/akdesk/tokens/"
[ "$(stat -c %a "$root/root/.local/share/akdesk/tokens/prod.token" 2>/dev/null)" = 600 ] \
    || problem "the moved token is not mode 600"
[ -e "$root/root/.local/share/akdesk/profiles/sandbox/akdesk.sqlite" ] || problem "no drafts file in ~/.local/share/akdesk/profiles/sandbox/"
[ -e "$root/root/.cache/akdesk/profiles/sandbox/cache.sqlite" ] || problem "no answers cache in ~/.cache/akdesk/profiles/sandbox/"
logfile="$root/root/.local/state/akdesk/akdesk.log"
if [ -s "$logfile" ]; then
    log "log file ~/.local/state/akdesk/akdesk.log (mode $(stat -c %a "$logfile")):"
    sed 's/^/    /' "$logfile" | head -8 >&2
    grep -q 'moved /root/.local/share/akdesk/akdesk/tokens' "$logfile" || problem "the log does not say the tokens moved"
else
    problem "no log file at ~/.local/state/akdesk/akdesk.log"
fi
log "files in the XDG places: $(cd "$root/root" && find .local .cache .config -type f 2>/dev/null | sort | tr '\n' ' ')"

# As the desktop menu starts it: the entry's Exec line, for a German user.
exec_line="$(sed -n '/^\[Desktop Entry\]/,/^\[/s/^Exec=//p' "$root$desktop" | sed 's/ %[fFuU]//g')"
sandbox_line="$(sed -n '/^\[Desktop Action sandbox\]/,/^\[/s/^Exec=//p' "$root$desktop")"
offline_line="$(sed -n '/^\[Desktop Action offline\]/,/^\[/s/^Exec=//p' "$root$desktop")"
log "desktop entry: Exec=$exec_line; action sandbox: Exec=$sandbox_line; action offline: Exec=$offline_line; $(grep -E '^(TryExec|StartupNotify|SingleMainWindow|Actions)=' "$root$desktop" | tr '\n' ' ')"
log "desktop entry (de): $(grep -E '^(GenericName|Comment)\[de\]=' "$root$desktop" | tr '\n' ' ')"
# The user's language: --help's description line is akdesk's own text, so it shows whether akdesk
# loaded its German translation (the window uses the same translator).
help_de="$(in_root LANG=de_DE.UTF-8 LANGUAGE=de $exec_line --help 2>/dev/null | head -2)"
log "akdesk --help for LANGUAGE=de: $(printf '%s' "$help_de" | tr '\n' ' ')"
if printf '%s' "$help_de" | grep -q 'Administer the flows and stages'; then
    problem "NOT IN GERMAN: akdesk started in English for LANG=de_DE.UTF-8 (is the translator installed in main()?)"
fi
run_until_killed "Exec=$sandbox_line (LANG=de_DE.UTF-8, offscreen)" \
    LANG=de_DE.UTF-8 LANGUAGE=de QT_QPA_PLATFORM=offscreen timeout 5 $sandbox_line

if [ "$x11" -eq 1 ]; then
    # The X11 platform plugin the desktop really uses, under Xvfb, with a screenshot to look at:
    # the entry's own Exec (a first start: the welcome dialog), then its "Open the sandbox" and
    # "Work offline" actions (offline on what the sandbox start fetched).
    log "installing xvfb, xauth and x11-apps in the root for an X11 start"
    in_root apt-get install -y -q --no-install-recommends xvfb xauth x11-apps >>"$WORK/apt.log" 2>&1 \
        || { tail -20 "$WORK/apt.log" >&2; fail "apt-get install xvfb"; }
    rm -rf "$root/root/.config/akdesk"  # a first start, as from the menu after installing
    for start in "entry|$exec_line" "sandbox|$sandbox_line" "offline|$offline_line"; do
        name="${start%%|*}" command="${start#*|}"
        if in_root LANG=de_DE.UTF-8 LANGUAGE=de xvfb-run -a -s '-screen 0 1280x800x24' \
            sh -c "$command >/tmp/akdesk-x11.out 2>&1 & pid=\$!; sleep 6; xwd -root -silent > /tmp/akdesk-$name.xwd; kill -0 \$pid && kill \$pid"; then
            shot="$WORK/akdesk-x11-$name.png"
            if command -v convert >/dev/null; then convert "$root/tmp/akdesk-$name.xwd" "$shot"; else shot="$WORK/akdesk-x11-$name.xwd"; cp "$root/tmp/akdesk-$name.xwd" "$shot"; fi
            log "X11 start of '$command' ok; screenshot: $shot"
        else
            sed 's/^/    /' "$root/tmp/akdesk-x11.out" | tail -10 >&2
            problem "'$command' did not stay up on X11 (xcb)"
        fi
    done
fi

if [ ${#problems[@]} -gt 0 ]; then
    log "FAILED: ${#problems[@]} problem(s):"
    printf '  - %s\n' "${problems[@]}" >&2
    exit 1
fi
log "OK: $(printf '%s ' "${debs[@]##*/}")are lintian-clean, install and start on a clean Debian 12 (bookworm), in German"
