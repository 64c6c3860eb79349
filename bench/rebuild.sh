#!/usr/bin/env bash
# The rebuild of every read model (docs/PERFORMANCE.md, "Read side: rebuild and projection lag"): starts the
# embedded default on a store of events and replays it (POST /api/v1/audit/rebuilds, followed at /latest until
# READY), REBUILDS times, printing per rebuild: events, seconds, events/s, the app's CPU seconds (from /proc, which
# load from other processes disturbs far less than wall-clock time), events per CPU second, and the heap in use
# (sampled every second during the rebuild; after a full GC before and after).
# With EXPORTS=N it first takes the audit export (GET /api/v1/audit/export, JSON Lines) N times on the same store,
# printing per export: events, seconds, events/s, the app's CPU seconds and events per CPU second, the CPU of the
# threads that do the export (the till API's stream threads read the store and build the batches, Reactor's
# parallel threads write the lines, its Netty threads send them) and the heap in use sampled every second; REBUILDS=0 then skips the rebuilds.
#
# The store: STORE=<data dir> replays a store seeded before (copied to a scratch directory first, the original is
# never changed); without STORE the script seeds one (ACCOUNTS funded cards, then wrk purchases through the till
# for SEED_SECONDS) and SAVE_STORE=<dir> keeps a copy of it for later runs (e.g. the same store with another jar).
# Settings: APP_JAR (app/target/app.jar), REBUILDS (2), ACCOUNTS (2000), SEED_SECONDS (30), CONNECTIONS (32),
# TILLS (16), JAVA_OPTS_APP (-Xmx2g), APP_ARGS (extra arguments for the app), JFR=<file> (records the last rebuild,
# or the last export when REBUILDS=0),
# PORTAL_PORT (18280; till API +1), MONGO_PORT (28218). --no-build reuses app/target/app.jar and the bench classes.
# Seeding needs wrk (Debian: apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/app.sh

APP_JAR=${APP_JAR:-app/target/app.jar}
REBUILDS=${REBUILDS:-2}
EXPORTS=${EXPORTS:-0}
ACCOUNTS=${ACCOUNTS:-2000}
SEED_SECONDS=${SEED_SECONDS:-30}
CONNECTIONS=${CONNECTIONS:-32}
TILLS=${TILLS:-16}
PORTAL_PORT=${PORTAL_PORT:-18280}
POS_PORT=$((PORTAL_PORT + 1))
MONGO_PORT=${MONGO_PORT:-28218}
AUDIT="Authorization: Bearer ${AUDIT_TOKEN:-demo-auditor}"
POS="http://127.0.0.1:$POS_PORT"

bench_build "${1:-}"

SCRATCH=$(mktemp -d)
DATA="$SCRATCH/data"
LOG="$SCRATCH/app.log"
APP=
trap 'bench_cleanup "$SCRATCH"' EXIT

start_app() {
  bench_start_app "$DATA" "$LOG"
  bench_wait_for 240 1 "$LOG" bench_till_answers
}

status() { curl -s -H "$AUDIT" "$POS/api/v1/audit/rebuilds/latest"; }
# 0: every processor caught up with the head, none replaying; 1: not yet; 2: no rebuild has run since the start
caught_up_rc() { status | python3 -c '
import json, sys
s = json.load(sys.stdin)
if "state" not in s: sys.exit(2)
sys.exit(0 if s["state"] == "READY" and all(p["done"] for p in s["processors"]) else 1)' 2>/dev/null; }
head_position() { status | python3 -c 'import json,sys; print(max((p["head"] or 0) for p in json.load(sys.stdin)["processors"]))'; }
# until the read side is caught up: by the rebuild status, or (before any rebuild ran in this process, when there is
# none) until the app has used less than 0.25 s of CPU in 2 s three times in a row
wait_caught_up() {
  local quiet=0 rc before
  for _ in $(seq 1 900); do
    rc=0; caught_up_rc || rc=$?
    if [[ $rc == 0 ]]; then return 0; fi
    if [[ $rc == 2 ]]; then
      before=$(bench_cpu_seconds); sleep 2
      if awk -v a="$before" -v b="$(bench_cpu_seconds)" 'BEGIN { exit !(b - a < 0.25) }'; then quiet=$((quiet + 1)); else quiet=0; fi
      if [[ $quiet -ge 3 ]]; then return 0; fi
    else
      sleep 0.5
    fi
  done
  echo "The read side did not catch up"; exit 1
}

if [[ -n "${STORE:-}" ]]; then
  cp -r "$STORE" "$DATA"
  start_app
else
  bench_need_wrk
  start_app
  java -Xmx1g -cp "$(bench_classpath)" -Dbench.pos="$POS" \
    -Dbench.accounts="$ACCOUNTS" -Dbench.clients="$CONNECTIONS" dk.kantinekort.app.bench.WrkScenario seed "$SCRATCH/cards.txt"
  echo "Seeding: wrk purchases for $SEED_SECONDS s"
  CARDS="$SCRATCH/cards.txt" TILLS="$TILLS" PENDING="$SCRATCH/pending.txt" RUN=seed \
    wrk -t2 -c"$CONNECTIONS" -d"${SEED_SECONDS}s" --timeout 10s -s bench/wrk-purchases.lua "$POS" \
    | grep -E '^(Throughput|Latency)' | sed 's/^/  seed: /'
  if [[ -n "${SAVE_STORE:-}" ]]; then
    wait_caught_up
    bench_stop_app
    rm -rf "$SAVE_STORE"; cp -r "$DATA" "$SAVE_STORE"
    echo "Store saved in $SAVE_STORE"
    start_app
  fi
fi
wait_caught_up
echo "Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ); jar $APP_JAR"

TICK=$(getconf CLK_TCK)
for run in $(seq 1 "$EXPORTS"); do
  jcmd "$APP" GC.run >/dev/null
  HEAP_BEFORE=$(bench_heap_mib)
  bench_start_heap_sampler "$SCRATCH/heap.txt"
  if [[ -n "${JFR:-}" && "$REBUILDS" == 0 && "$run" == "$EXPORTS" ]]; then
    jcmd "$APP" JFR.start name=export settings=profile filename="$JFR" >/dev/null
  fi
  CPU_BEFORE=$(bench_cpu_seconds); X0=$(bench_export_ticks); START=$(date +%s.%N)
  EVENTS=$(curl -sf -H "$AUDIT" "$POS/api/v1/audit/export" | wc -l)
  END=$(date +%s.%N); CPU_AFTER=$(bench_cpu_seconds); X1=$(bench_export_ticks)
  if [[ -n "${JFR:-}" && "$REBUILDS" == 0 && "$run" == "$EXPORTS" ]]; then
    jcmd "$APP" JFR.stop name=export >/dev/null
    echo "JFR recording of export $run: $JFR"
  fi
  bench_stop_heap_sampler
  awk -v run="$run" -v n="$EVENTS" -v s="$START" -v e="$END" -v c0="$CPU_BEFORE" -v c1="$CPU_AFTER" \
    -v x=$((X1 - X0)) -v t="$TICK" -v hb="$HEAP_BEFORE" -v hmax="$(sort -n "$SCRATCH/heap.txt" | tail -1)" \
    'BEGIN { printf "Export %d: %d events in %.2f s = %.0f events/s; app CPU %.1f s = %.0f events per CPU second; export threads %.1f CPU s; heap %d MiB before (after GC), at most %d MiB during\n", run, n, e - s, n / (e - s), c1 - c0, n / (c1 - c0), x / t, hb, hmax }'
done

for run in $(seq 1 "$REBUILDS"); do
  jcmd "$APP" GC.run >/dev/null
  HEAP_BEFORE=$(bench_heap_mib)
  bench_start_heap_sampler "$SCRATCH/heap.txt"
  if [[ -n "${JFR:-}" && "$run" == "$REBUILDS" ]]; then
    jcmd "$APP" JFR.start name=rebuild settings=profile filename="$JFR" >/dev/null
  fi
  LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
  CPU_BEFORE=$(bench_cpu_seconds)
  START=$(date +%s.%N)
  curl -sf -o /dev/null -X POST -H "$AUDIT" "$POS/api/v1/audit/rebuilds"
  until caught_up_rc; do sleep 0.2; done
  END=$(date +%s.%N)
  CPU_AFTER=$(bench_cpu_seconds)
  if [[ -n "${JFR:-}" && "$run" == "$REBUILDS" ]]; then
    jcmd "$APP" JFR.stop name=rebuild >/dev/null
    echo "JFR recording of rebuild $run: $JFR"
  fi
  bench_stop_heap_sampler
  jcmd "$APP" GC.run >/dev/null
  awk -v run="$run" -v n="$(head_position)" -v s="$START" -v e="$END" -v c0="$CPU_BEFORE" -v c1="$CPU_AFTER" \
    -v hb="$HEAP_BEFORE" -v hmax="$(sort -n "$SCRATCH/heap.txt" | tail -1)" -v ha="$(bench_heap_mib)" \
    -v l0="$LOAD_BEFORE" -v l1="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN { printf "Rebuild %d: %d events in %.1f s = %.0f events/s; app CPU %.1f s = %.0f events per CPU second; heap %d MiB before (after GC), at most %d MiB during, %d MiB after (after GC); load %s -> %s\n", run, n, e - s, n / (e - s), c1 - c0, n / (c1 - c0), hb, hmax, ha, l0, l1 }'
done
