#!/usr/bin/env bash
# Regenerates resources/schema/authentik-<version>.json from the OpenAPI schema that ships in
# authentik's npm package @goauthentik/api (YAML there; compact JSON here so Qt reads it directly).
#   scripts/regen-schema.sh [version]     (default: the version akdesk bundles)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

version="${1:-2026.8.3}"
command -v npm >/dev/null 2>&1 || { akdesk_log "npm is needed (Debian: apt-get install npm)"; exit 1; }
python3 -c 'import yaml' 2>/dev/null || akdesk_install_deps python3-yaml

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
( cd "$work" && npm pack --silent "@goauthentik/api@$version" >/dev/null && tar xzf goauthentik-api-*.tgz )
out="$AKDESK_ROOT/resources/schema/authentik-$version.json"
python3 - "$work/package/schema.yml" "$out" <<'PY'
import json, sys, yaml
with open(sys.argv[1]) as source:
    document = yaml.safe_load(source)
with open(sys.argv[2], "w") as target:
    json.dump(document, target, separators=(",", ":"))
PY
akdesk_log "wrote $out ($(wc -c < "$out") bytes)"
