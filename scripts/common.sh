#!/usr/bin/env bash
# Shared by the README's commands: install what is missing on Debian 12, then configure and build.
set -euo pipefail

AKDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AKDESK_BUILD_DIR="${AKDESK_BUILD_DIR:-$AKDESK_ROOT/build}"

AKDESK_PACKAGES=(
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libqt6sql6-sqlite qt6-svg-dev
    libgl-dev libxkbcommon-dev libgraphviz-dev libyaml-cpp-dev cmake ninja-build g++ xvfb xauth librsvg2-bin
    gnome-keyring dbus-daemon dbus-bin
)

akdesk_log() { printf '[akdesk] %s\n' "$*" >&2; }

# Installs the Debian packages the build needs that are not installed yet.
akdesk_install_deps() {
    local missing=() pkg
    for pkg in "${AKDESK_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    akdesk_log "installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || { akdesk_log "need root or sudo to install: ${missing[*]}"; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Configures (once) and builds with Ninja. Extra arguments go to the configure step.
akdesk_build() {
    if [ ! -f "$AKDESK_BUILD_DIR/build.ninja" ]; then
        akdesk_log "configuring in $AKDESK_BUILD_DIR"
        cmake -S "$AKDESK_ROOT" -B "$AKDESK_BUILD_DIR" -G Ninja \
            -DCMAKE_BUILD_TYPE="${AKDESK_BUILD_TYPE:-RelWithDebInfo}" "$@"
    elif [ $# -gt 0 ]; then
        cmake -S "$AKDESK_ROOT" -B "$AKDESK_BUILD_DIR" "$@"
    fi
    akdesk_log "building"
    cmake --build "$AKDESK_BUILD_DIR" --parallel "$(nproc)"
}
