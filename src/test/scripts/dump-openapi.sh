#!/usr/bin/env bash
# Saves the API description the built application serves, for the client the tests generate from it:
# starts the WAR with run.sh itself on a spare port and an embedded database of its own, reads /openapi, stops.
# Usage: dump-openapi.sh <repository root> <output file> [port]
set -euo pipefail
root="$1"; out="$2"; port="${3:-18095}"
data="$(mktemp -d -t memberpulse-openapi.XXXXXX)"
mkdir -p "$(dirname "$out")"
env -u MEMBERPULSE_DB_URL MEMBERPULSE_SKIP_BUILD=true MEMBERPULSE_PORT="$port" MEMBERPULSE_DATA_DIR="$data" \
  bash "$root/run.sh" > "$data/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 240); do
  if ! kill -0 "$server" 2>/dev/null; then
    cat "$data/server.log" >&2
    echo "dump-openapi: the application stopped during start-up" >&2
    exit 1
  fi
  curl -fs "http://localhost:$port/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fsS "http://localhost:$port/openapi" -o "$out"
echo "dump-openapi: wrote $out"
