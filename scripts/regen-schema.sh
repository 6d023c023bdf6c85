#!/usr/bin/env bash
# Regenerates resources/schema/authentik-<version>.json from the OpenAPI schema that ships in
# authentik's npm package @goauthentik/api (YAML there; compact JSON here so Qt reads it directly).
#   scripts/regen-schema.sh [--check] [version]     (default version: the one akdesk bundles)
# --check writes nothing: it regenerates into a temporary file and compares it with the bundled
# copy (exit status 1 when they differ).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

check=0
if [ "${1:-}" = "--check" ]; then
    check=1
    shift
fi
version="${1:-2026.8.3}"
command -v npm >/dev/null 2>&1 || { akdesk_log "npm is needed (Debian: apt-get install npm)"; exit 1; }

# A python3 that can read YAML: the one on PATH, else Debian's, after installing python3-yaml.
python=python3
if ! "$python" -c 'import yaml' 2>/dev/null; then
    python=/usr/bin/python3
    if ! "$python" -c 'import yaml' 2>/dev/null; then
        sudo=()
        if [ "$(id -u)" -ne 0 ]; then
            command -v sudo >/dev/null 2>&1 || { akdesk_log "need root or sudo to install python3-yaml"; exit 1; }
            sudo=(sudo)
        fi
        akdesk_log "installing python3-yaml"
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends python3-yaml \
            || { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q \
                 && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends python3-yaml; }
    fi
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
( cd "$work" && npm pack --silent "@goauthentik/api@$version" >/dev/null && tar xzf goauthentik-api-*.tgz )
bundled="$AKDESK_ROOT/resources/schema/authentik-$version.json"
out="$bundled"
[ "$check" -eq 1 ] && out="$work/authentik-$version.json"
# Compact separators and yaml.safe_load: the bundled copy was made exactly so, byte for byte.
"$python" - "$work/package/schema.yml" "$out" <<'PY'
import json, sys, yaml
with open(sys.argv[1]) as source:
    document = yaml.safe_load(source)
with open(sys.argv[2], "w") as target:
    json.dump(document, target, separators=(",", ":"))
PY
if [ "$check" -eq 1 ]; then
    if cmp -s "$out" "$bundled"; then
        akdesk_log "$bundled is up to date"
    else
        akdesk_log "$bundled differs from @goauthentik/api@$version"
        exit 1
    fi
else
    akdesk_log "wrote $out ($(wc -c < "$out") bytes)"
fi
