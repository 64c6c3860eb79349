#!/usr/bin/env bash
# Purchase benchmark of the till API (docs/PERFORMANCE.md): builds the app, starts it on a fresh data
# directory, opens and funds accounts through the admin API, drives purchases from concurrent clients and
# checks the balances afterwards. Settings: ACCOUNTS, CLIENTS, DURATION (s), WARMUP, JAVA_OPTS_APP.
# Pass --no-build to reuse app/target/app.jar and the compiled load generator.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/app.sh

ACCOUNTS=${ACCOUNTS:-10000}
CLIENTS=${CLIENTS:-32}
DURATION=${DURATION:-60}  # not SECONDS: bash counts its own run time in that variable
WARMUP=${WARMUP:-10}
PORTAL_PORT=${PORTAL_PORT:-18080}
POS_PORT=${POS_PORT:-18081}
MONGO_PORT=${MONGO_PORT:-28018}
TILLS=16

bench_build_jar "${1:-}"
bench_build_classes  # even with --no-build

bench_start_in_scratch 120 bench_healthy
echo "App up (log: $LOG); machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"

java -Xmx1g -cp "$(bench_classpath)" \
  -Dbench.pos="http://127.0.0.1:$POS_PORT" -Dbench.accounts="$ACCOUNTS" -Dbench.clients="$CLIENTS" \
  -Dbench.seconds="$DURATION" -Dbench.warmup="$WARMUP" \
  dk.kantinekort.app.bench.PurchaseLoadGenerator
