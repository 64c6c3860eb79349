#!/usr/bin/env bash
# How costs grow with the event store (docs/PERFORMANCE.md, "How cost grows"): builds a base store through the
# real app (ACCOUNTS accounts opened and funded through the admin API, wrk sells to them for BASE_SECONDS), stops
# it, and for each size in SIZES copies the base and grows it to that many events with the bulk writer
# (BulkEventWriter: plain JDBC into the stopped app's event store, outside the command bus), then starts the app on
# it and measures
#   - time to start (java until both /actuator/health answer UP) and until the read side has caught up with the
#     bulk (the app's CPU settles below 0.3 cores; at most CATCH_UP seconds),
#   - the audit export (GET /api/v1/audit/export, JSON Lines), EXPORTS times back to back (the first one runs on a
#     cold JIT): events/s on the wall clock, the app's CPU seconds and events per CPU second (load on the machine
#     disturbs these least), the heap sampled every second,
#   - purchases with wrk for WRK_SECONDS on the grown store (the accounts now have long histories),
#   - with REBUILD=1 also a rebuild of every read model (followed until READY).
# Settings: SIZES ("10000 1000000"), EXPORTS (1), ACCOUNTS (2000), BASE_SECONDS (20), WRK_SECONDS (10), CONNECTIONS (16),
# CATCH_UP (180), TILLS (64), PORTAL_PORT (18380), POS_PORT (18381), MONGO_PORT (28318), JAVA_OPTS_APP (-Xmx2g),
# WORK (a temporary directory; set it to keep the stores), BASE (a base data directory made by an earlier run).
# --no-build reuses app/target/app.jar and the bench classes (app/target/test-classes, app/target/bench.classpath).
# Needs wrk (Debian: apt-get install wrk). Check `df -h` first: a million events take ~1 GB on disk.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/app.sh

SIZES=${SIZES:-"10000 1000000"}
ACCOUNTS=${ACCOUNTS:-2000}
BASE_SECONDS=${BASE_SECONDS:-20}
WRK_SECONDS=${WRK_SECONDS:-10}
CONNECTIONS=${CONNECTIONS:-16}
CATCH_UP=${CATCH_UP:-180}
EXPORTS=${EXPORTS:-1}
TILLS=${TILLS:-64}
PORTAL_PORT=${PORTAL_PORT:-18380}
POS_PORT=${POS_PORT:-18381}
MONGO_PORT=${MONGO_PORT:-28318}
AUDIT="Authorization: Bearer ${AUDIT_TOKEN:-demo-auditor}"
bench_need_wrk
bench_build "${1:-}"
BENCH_CP=$(bench_classpath)
WORK=${WORK:-$(mktemp -d)}
mkdir -p "$WORK"
APP=
trap bench_stop_app EXIT

start_app() { # $1: data directory; sets APP and STARTED (seconds to both health endpoints UP)
  local begin; begin=$(date +%s.%N)
  bench_start_app "$1" "$1.log"
  bench_wait_for 600 0.5 "$1.log" bench_healthy
  STARTED=$(awk -v b="$begin" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - b }')
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$APP/stat"; }
TICK=$(getconf CLK_TCK)
purchases() { # $1: label, $2: seconds
  PENDING="$WORK/pending-$1.txt" RUN="$1" CARDS="$WORK/cards.txt" TILLS="$TILLS" wrk -t2 -c"$CONNECTIONS" -d"$2s" \
    --timeout 10s -s bench/wrk-purchases.lua "http://127.0.0.1:$POS_PORT" | grep -E '^(Throughput|Latency)' | sed "s/^/  $1: /"
}

echo "Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ); $(df -h --output=avail "$WORK" | tail -1) free"
if [[ -z "${BASE:-}" ]]; then
  BASE="$WORK/base"
  start_app "$BASE"
  echo "Base store: started in $STARTED s; opening and funding $ACCOUNTS accounts, then wrk for $BASE_SECONDS s"
  java -Xmx1g -cp "$BENCH_CP" -Dbench.pos="http://127.0.0.1:$POS_PORT" -Dbench.accounts="$ACCOUNTS" \
    -Dbench.clients="$CONNECTIONS" dk.kantinekort.app.bench.WrkScenario seed "$WORK/cards.txt"
  purchases base "$BASE_SECONDS"
  bench_stop_app
else
  cp "$BASE/../cards.txt" "$WORK/cards.txt" 2>/dev/null || true
fi

ROWS=()
for SIZE in $SIZES; do
  DATA="$WORK/store-$SIZE"
  rm -rf "$DATA"; cp -r "$BASE" "$DATA"
  java -Xmx1g -cp "$BENCH_CP" dk.kantinekort.app.bench.BulkEventWriter "$DATA" "$SIZE" total
  echo "== $SIZE events: load $(cut -d' ' -f1-3 /proc/loadavg)"
  start_app "$DATA"
  # the read side catches up with the bulk: wait until the app's CPU settles (or CATCH_UP seconds)
  WAITED=0
  while (( WAITED < CATCH_UP )); do
    C0=$(cpu_ticks); sleep 5; C1=$(cpu_ticks); WAITED=$((WAITED + 5))
    awk -v c=$((C1 - C0)) -v t="$TICK" 'BEGIN { exit !(c / t / 5 < 0.3) }' && break
  done
  echo "  started in $STARTED s; CPU settled after $WAITED s more (read side catching up; at most $CATCH_UP s)"

  for run in $(seq 1 "$EXPORTS"); do
  jcmd "$APP" GC.run >/dev/null
  HEAP_BEFORE=$(bench_heap_mib)
  bench_start_heap_sampler "$DATA.heap"
  C0=$(cpu_ticks); X0=$(bench_export_ticks); T0=$(date +%s.%N)
  EVENTS=$(curl -sf -H "$AUDIT" "http://127.0.0.1:$POS_PORT/api/v1/audit/export" | wc -l)
  T1=$(date +%s.%N); C1=$(cpu_ticks); X1=$(bench_export_ticks)
  bench_stop_heap_sampler
  EXPORT=$(awk -v n="$EVENTS" -v s="$T0" -v e="$T1" -v c=$((C1 - C0)) -v x=$((X1 - X0)) -v t="$TICK" \
    -v b="$HEAP_BEFORE" -v max="$(sort -n "$DATA.heap" | tail -1)" 'BEGIN { printf "%d events in %.1f s = %.0f events/s; export threads %.1f CPU s = %.0f events per CPU s (whole app %.1f CPU s); heap %d MiB after GC, at most %d MiB during", n, e - s, n / (e - s), x / t, n / (x / t), c / t, b, max }')
  echo "  export $run: $EXPORT"
  done

  PURCHASES=$(purchases grown "$WRK_SECONDS")
  echo "$PURCHASES"

  REBUILT="-"
  if [[ "${REBUILD:-0}" == 1 ]]; then
    T0=$(date +%s.%N)
    curl -sf -o /dev/null -X POST -H "$AUDIT" "http://127.0.0.1:$POS_PORT/api/v1/audit/rebuilds"
    until curl -sf -H "$AUDIT" "http://127.0.0.1:$POS_PORT/api/v1/audit/rebuilds/latest" | grep -q '"state":"READY"'; do
      sleep 0.5
    done
    REBUILT=$(awk -v n="$EVENTS" -v s="$T0" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f s = %.0f events/s", e - s, n / (e - s) }')
    echo "  rebuild: $REBUILT"
  fi
  bench_stop_app
  ROWS+=("| $SIZE | $STARTED s (+$WAITED s) | $EXPORT | $(echo "$PURCHASES" | tr '\n' ' ' | sed 's/  */ /g') | $REBUILT | $(cut -d' ' -f1-3 /proc/loadavg) |")
done

echo
echo "| events | start (+ CPU settled) | export | purchases on the grown store | rebuild | load after |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
