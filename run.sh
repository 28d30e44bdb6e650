#!/usr/bin/env bash
# Builds MemberPulse Support and runs it on Payara Micro.
#  - embedded (default): H2 file database under ./data, demo clients and accounts, generated token keys;
#  - production: PostgreSQL, chosen by setting MEMBERPULSE_DB_URL (with MEMBERPULSE_DB_USER / _PASSWORD).
# Settings are environment variables; the README lists them.
set -euo pipefail
cd "$(dirname "$0")"

fail() { echo "memberpulse: $*" >&2; exit 1; }

PORT="${MEMBERPULSE_PORT:-8080}"
[[ "$PORT" =~ ^[0-9]+$ ]] || fail "MEMBERPULSE_PORT must be a port number, not '$PORT'"
DATA_DIR="$(realpath -m "${MEMBERPULSE_DATA_DIR:-data}")"

# asadmin separates properties with ':' and names from values with '=': escape both in values.
escape() { local v="${1//\\/\\\\}"; v="${v//:/\\:}"; printf '%s' "${v//=/\\=}"; }
# fill TEMPLATE NAME VALUE ...: replaces each @@NAME@@ with VALUE taken literally.
fill() {
  local text; text="$(<"$1")"; shift
  while [ $# -ge 2 ]; do text="${text//"@@$1@@"/"$2"}"; shift 2; done
  printf '%s\n' "$text"
}

if [ "${MEMBERPULSE_SKIP_BUILD:-false}" != "true" ]; then
  echo "Building (first time: a few minutes) ..."
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package -pl web -am
fi
WAR=web/target/ROOT.war
MICRO=target/runtime/payara-micro.jar
# the built-in embedding model's ONNX runtime is on the server's class path, not in the WAR (web/pom.xml says why)
LIBS=target/runtime/onnxruntime.jar
[ -f "$WAR" ] && [ -f "$MICRO" ] && [ -f "$LIBS" ] || fail "the build did not produce $WAR, $MICRO and $LIBS"

# The filled-in post-boot file holds the database password: keep it in a private folder, gone after the run.
RUNTIME_DIR="$(mktemp -d -t memberpulse-runtime.XXXXXX)"
chmod 700 "$RUNTIME_DIR"
POST_BOOT="$RUNTIME_DIR/post-boot.asadmin"
# The JSON-P provider named once: without it every Json.createReader() (Payara's JWT parser calls it on each
# request) searches every jar for a service file, which was a quarter of an API request's CPU time.
OPTIONS=(-Dmemberpulse.data.dir="$DATA_DIR" -Dmemberpulse.exit-on-failed-start=true
  -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl
  -Dmemberpulse.public-url="${MEMBERPULSE_PUBLIC_URL:-http://localhost:$PORT}")
# the optional outside AI endpoint (any OpenAI-compatible chat-completions API); the built-in assistant needs none
[ -z "${MEMBERPULSE_AI_BASE_URL:-}" ] || [[ "$MEMBERPULSE_AI_BASE_URL" =~ ^https?://[^[:space:]]+$ ]] \
  || fail "MEMBERPULSE_AI_BASE_URL must be an http(s) address such as https://api.openai.com/v1, not '$MEMBERPULSE_AI_BASE_URL'"
[[ "${MEMBERPULSE_AI_TIMEOUT_MS:-15000}" =~ ^[0-9]+$ ]] \
  || fail "MEMBERPULSE_AI_TIMEOUT_MS must be a number of milliseconds, not '$MEMBERPULSE_AI_TIMEOUT_MS'"
# Memory and collector, chosen for the 2-core machines the benchmark runs on (bench/results/ has the figures) and
# overridable through JAVA_OPTS, whose options come later and win:
#  - a fixed heap of 256 MiB: the live set after start-up is about 110 MiB; 192 MiB also runs, but collecting more
#    often cost the console's queue page a quarter of its throughput for 75 MiB less resident memory; without a
#    limit the JVM took a quarter of the machine and the process grew to 1.3-1.6 GiB;
#  - G1, the default collector, kept on purpose: in a heap this small the serial one promoted the requests in
#    flight and collected the whole heap every few seconds (240-320 ms pauses, a p99 of 200+ ms in every run);
#  - a bounded code cache and metaspace (about 57 MiB and 122 MiB are used), smaller thread stacks, and two glibc
#    arenas instead of eight per core for the native side.
#  A submission holds its files in memory while it is stored (up to 5 of 10 MiB): where many such arrive at once,
#  give the heap more room in JAVA_OPTS (-Xms512m -Xmx512m).
MEMORY_OPTIONS=(-XX:+UseG1GC -Xms256m -Xmx256m -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m -Xss512k)
# Class data sharing: the first run writes the classes it loaded (Payara's and the application's, ~110 MiB) to an
# archive when it stops (which then takes ~10 s longer); later runs of the same WAR, server and JVM map it instead of
# parsing and verifying those classes again: about 3 s (12 %) less from launch to ready on 2 cores. The archive is
# built output, kept under target/ beside the server it belongs to; a changed WAR, server or JVM gets a new one, and
# a JVM that cannot use an archive starts without it. MEMBERPULSE_CLASS_ARCHIVE=false leaves it out.
CDS_OPTIONS=()
if [ "${MEMBERPULSE_CLASS_ARCHIVE:-true}" = true ]; then
  JAVA_BIN="$(readlink -f "$(command -v java)")" || fail "java (17 or later) is not on the PATH"
  CDS_KEY="$(stat -c '%n %s %Y' "$WAR" "$MICRO" "$JAVA_BIN" | sha1sum | cut -c1-12)"
  CDS_ARCHIVE="target/runtime/classes-$CDS_KEY.jsa"
  if [ -f "$CDS_ARCHIVE" ]; then
    CDS_OPTIONS=(-XX:SharedArchiveFile="$CDS_ARCHIVE")
  else
    CDS_OPTIONS=(-XX:ArchiveClassesAtExit="$RUNTIME_DIR/classes.jsa")
  fi
  # the JVM names each class it cannot archive (hundreds of lines): only its errors are worth the log
  CDS_OPTIONS+=(-Xlog:cds=error -Xlog:cds+dynamic=error)
fi
# keeps the archive the stopped server wrote, if this run made one; written beside it first, so that two servers
# stopping at once (the cluster tests) leave one whole archive, never a half-written one; a folder it cannot write
# to only means no archive (the clean-up after it must still run, hence no failure here under set -e)
keep_class_archive() {
  [ -n "${CDS_ARCHIVE:-}" ] && [ -s "$RUNTIME_DIR/classes.jsa" ] && [ ! -f "$CDS_ARCHIVE" ] || return 0
  rm -f target/runtime/classes-*.jsa 2>/dev/null || true
  { cp "$RUNTIME_DIR/classes.jsa" "$CDS_ARCHIVE.$$" && mv -f "$CDS_ARCHIVE.$$" "$CDS_ARCHIVE"; } 2>/dev/null \
    || rm -f "$CDS_ARCHIVE.$$" 2>/dev/null || true
}
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# Micro unpacks itself into the private folder too: named with --rootdir, it does not warn that a temporary folder
# may be cleaned away under it (and it is gone after the run all the same).
MICRO_ARGS=(--rootdir "$RUNTIME_DIR/micro")

if [ -n "${MEMBERPULSE_DB_URL:-}" ]; then
  MODE=postgresql
  [[ "$MEMBERPULSE_DB_URL" =~ ^jdbc:postgresql://([^:/?]+)(:([0-9]+))?/([^/?]+)$ ]] \
    || fail "MEMBERPULSE_DB_URL must look like jdbc:postgresql://host:5432/database, not '$MEMBERPULSE_DB_URL'"
  DB_HOST="${BASH_REMATCH[1]}"; DB_PORT="${BASH_REMATCH[3]:-5432}"; DB_NAME="${BASH_REMATCH[4]}"
  # the movable clock is for tests and demos: never against a real database by accident (the server checks too)
  [ "${MEMBERPULSE_TEST_CLOCK:-false}" != "true" ] || [ "${MEMBERPULSE_TEST_CLOCK_ALLOW_DATABASE:-false}" = "true" ] \
    || fail "MEMBERPULSE_TEST_CLOCK=true moves time for tests and demos only and refuses MEMBERPULSE_DB_URL; unset it, or set MEMBERPULSE_TEST_CLOCK_ALLOW_DATABASE=true for a throw-away test database"
  [ -n "${MEMBERPULSE_DB_USER:-}" ] || fail "MEMBERPULSE_DB_USER is not set (the PostgreSQL user)"
  [ -n "${MEMBERPULSE_DB_PASSWORD+set}" ] || fail "MEMBERPULSE_DB_PASSWORD is not set (may be empty for trust authentication)"
  # the requests' pool; ticket numbers are taken from a small pool of their own (payara-config/README.md says why)
  POOL_SIZE="${MEMBERPULSE_DB_POOL_SIZE:-32}"
  [[ "$POOL_SIZE" =~ ^[1-9][0-9]*$ ]] || fail "MEMBERPULSE_DB_POOL_SIZE must be a number from 1, not '$POOL_SIZE'"
  STEADY_SIZE=$(( POOL_SIZE < 8 ? POOL_SIZE : 8 ))
  DB_SECRET="()" # asadmin's way of writing an empty password (trust authentication)
  [ -z "${MEMBERPULSE_DB_PASSWORD:-}" ] || DB_SECRET="$(escape "$MEMBERPULSE_DB_PASSWORD")"
  fill payara-config/post-boot-postgresql.asadmin DB_HOST "$(escape "$DB_HOST")" DB_PORT "$DB_PORT" \
    DB_NAME "$(escape "$DB_NAME")" DB_USER "$(escape "$MEMBERPULSE_DB_USER")" \
    DB_PASSWORD "$DB_SECRET" POOL_SIZE "$POOL_SIZE" STEADY_SIZE "$STEADY_SIZE" > "$POST_BOOT"
  LIBS="$LIBS:target/runtime/postgresql.jar"
else
  MODE=embedded
  mkdir -p "$DATA_DIR/db"
  # DEMO-ONLY credential: the login of the embedded demo database, a file in the data folder that only this server
  # opens; it guards nothing (a real deployment sets MEMBERPULSE_DB_*) and stays as is so existing data folders open
  fill payara-config/post-boot-h2.asadmin H2_URL "$(escape "jdbc:h2:file:$DATA_DIR/db/memberpulse")" \
    H2_USER memberpulse H2_PASSWORD memberpulse > "$POST_BOOT"
  OPTIONS+=(-Dmemberpulse.demo-data=true -Dmemberpulse.jwt.generate-keys=true -Dmemberpulse.default-client=demo)
fi

MICRO_ARGS+=(--addLibs "$LIBS")
if [ -n "${MEMBERPULSE_CLUSTER:-}" ]; then
  MICRO_ARGS+=(--clustername "$MEMBERPULSE_CLUSTER")
else
  MICRO_ARGS+=(--nocluster)
fi

# The log also goes to a file, so that a failed start can be explained in one line.
LOG="$RUNTIME_DIR/server.log"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options on purpose
java "${MEMORY_OPTIONS[@]}" "${CDS_OPTIONS[@]}" ${JAVA_OPTS:-} "${OPTIONS[@]}" -jar "$MICRO" --deploy "$WAR" --port "$PORT" \
  --postbootcommandfile "$POST_BOOT" --logProperties payara-config/logging.properties \
  "${MICRO_ARGS[@]}" > >(tee "$LOG") 2>&1 &
SERVER=$!
# "|| true": the server's own exit status on TERM is 143, and under set -e that ended the clean-up at the wait,
# which left the folder with the filled-in post-boot file (the database password) behind in /tmp
trap 'rc=$?; kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true; keep_class_archive; rm -rf "$RUNTIME_DIR"; exit $rc' EXIT
trap 'exit 130' INT TERM

# Ready means the application answers with its database check; Micro itself being up is not enough.
URL="http://localhost:$PORT"
ready() { curl -fs "$URL/health/ready" 2>/dev/null | grep -q '"database"'; }
micro_up=0
for _ in $(seq 1 240); do
  kill -0 "$SERVER" 2>/dev/null || fail "Payara Micro stopped during start-up; see the log above"
  ready && break
  if grep -q "Payara Micro .* ready in" "$LOG" 2>/dev/null; then
    micro_up=$((micro_up + 1))
    if [ "$micro_up" -ge 5 ]; then
      reason="$(grep -m 1 -o 'SQLException: .*\|PSQLException: .*\|Connection refused.*' "$LOG" || true)"
      [ -z "$reason" ] || fail "cannot use the database: check MEMBERPULSE_DB_URL, MEMBERPULSE_DB_USER and MEMBERPULSE_DB_PASSWORD ($reason)"
      fail "the application did not start; see the log above"
    fi
  fi
  sleep 1
done
ready || fail "not ready after 4 minutes; see the log above"

cat <<TXT

MemberPulse Support is running ($MODE mode, data in $DATA_DIR)
  Member portal   $URL/portal/
  Staff console   $URL/console/
  API             $URL/api/   (description: $URL/openapi)
  Health          $URL/health/ready
TXT
if [ "$MODE" = embedded ]; then
cat <<TXT
Demo sign-ins, all with the password 'demo-password':
  client demo: admin@demo.test (admin), agent@demo.test, agent2@demo.test (agents),
               member@demo.test, member2@demo.test, member3@demo.test (members)
  client acme: admin@acme.test, agent@acme.test, member@acme.test
Press Ctrl+C to stop.
TXT
fi
wait "$SERVER"
