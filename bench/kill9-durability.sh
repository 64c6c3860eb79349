#!/usr/bin/env bash
# kill -9 durability check (issue: "every purchase that a till got a 201 for is still there after restart,
# and read models catch up"): starts the app on a fresh data directory, opens and funds accounts, drives
# purchases from concurrent clients, kill -9s the app while purchases are in flight, restarts it on the same
# data directory and verifies ledger and read models against what the clients heard back
# (app/src/test/java/dk/kantinekort/app/bench/Kill9DurabilityCheck.java). Exits non-zero on any violation.
# Settings: ACCOUNTS (500), CLIENTS (16), KILL_AFTER (s of purchases before the kill, 5), CATCH_UP (s, 120),
# JAVA_OPTS_APP, PORTAL_PORT (18280), POS_PORT (18281), MONGO_PORT (28218). Pass --no-build to reuse app/target/app.jar and the
# compiled test classes. The data directory is removed on success and kept (path printed) on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/app.sh

ACCOUNTS=${ACCOUNTS:-500}
CLIENTS=${CLIENTS:-16}
KILL_AFTER=${KILL_AFTER:-5}
CATCH_UP=${CATCH_UP:-120}
# Own ports, apart from the app's defaults and from purchase-benchmark.sh, so both can run side by side.
PORTAL_PORT=${PORTAL_PORT:-18280}
POS_PORT=${POS_PORT:-18281}
MONGO_PORT=${MONGO_PORT:-28218}
TILLS=16
JAVA_OPTS_APP=${JAVA_OPTS_APP:--Xmx1g}

bench_build_jar "${1:-}"
bench_build_classes  # even with --no-build

WORK=$(mktemp -d)
APP=
OK=
cleanup() {
  if [[ -n "$APP" ]]; then kill -9 "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi
  if [[ -n "$OK" ]]; then rm -rf "$WORK"; else echo "Kept $WORK (data, journal, app logs)"; fi
}
trap cleanup EXIT

# Starts the app on $WORK/data (the same directory every time), logging to $WORK/$1, and waits for health.
start_app() {
  # Something else answering on the port would be checked instead of our app.
  if curl -s -o /dev/null "http://127.0.0.1:$POS_PORT/"; then echo "Port $POS_PORT is in use"; exit 1; fi
  bench_start_app "$WORK/data" "$WORK/$1" --canteen.mongo.host=127.0.0.1
  local start=$SECONDS
  bench_wait_for 180 1 "$WORK/$1" bench_healthy
  echo "App up (pid $APP, $((SECONDS - start)) s, log $WORK/$1)"
}

check() {
  java -Xmx512m -cp "$(bench_classpath)" \
    -Dbench.pos="http://127.0.0.1:$POS_PORT" -Dcheck.journal="$WORK/journal.tsv" -Dcheck.marker="$WORK/kill-now" \
    -Dcheck.accounts="$ACCOUNTS" -Dcheck.clients="$CLIENTS" -Dcheck.killAfter="$KILL_AFTER" \
    -Dcheck.catchUp="$CATCH_UP" dk.kantinekort.app.bench.Kill9DurabilityCheck "$1"
}

echo "kill -9 durability check: $ACCOUNTS accounts, $CLIENTS clients, kill after $KILL_AFTER s; $(nproc) cores"
start_app app-1.log
check load &
LOADER=$!
until [[ -e "$WORK/kill-now" ]]; do
  kill -0 "$LOADER" 2>/dev/null || { wait "$LOADER" || true; echo "Load phase ended before the kill signal"; exit 1; }
  sleep 0.05
done
kill -9 "$APP"
wait "$APP" 2>/dev/null || true
APP=
# The data as the kill left it, to inspect a failure (the restart changes it).
cp -r "$WORK/data" "$WORK/data-after-kill"
echo "kill -9 sent while purchases were in flight"
wait "$LOADER"

start_app app-2.log
check verify
OK=1
