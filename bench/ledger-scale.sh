#!/usr/bin/env bash
# How the audit export and the rebuild of every read model grow with the event store (docs/PERFORMANCE.md, "How
# cost grows"): starts the embedded default on a fresh data directory, opens and funds ACCOUNTS accounts, sells
# with wrk for SEED_SECONDS (the real till path: every event is one the ledger decided), then measures
#   - the audit export (GET /api/v1/audit/export, JSON Lines): events, seconds, events/s, and the app's heap in use
#     sampled every second meanwhile (constant memory means it does not grow with the store),
#   - the rebuild (POST /api/v1/audit/rebuilds, followed at /latest until READY): seconds and events/s,
#   - purchase latency before and after (wrk, 10 s, the same cards): flat means loading does not grow with history.
# Settings: ACCOUNTS (10000), SEED_SECONDS (60; ~1,000,000 events need about 1,000 s at 1,000 purchases/s),
# CONNECTIONS (32), TILLS (64), JAVA_OPTS_APP (-Xmx2g). Pass --no-build to reuse the jar and bench classes.
# Needs wrk (Debian: apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/app.sh

ACCOUNTS=${ACCOUNTS:-10000}
SEED_SECONDS=${SEED_SECONDS:-60}
CONNECTIONS=${CONNECTIONS:-32}
TILLS=${TILLS:-64}
PORTAL_PORT=${PORTAL_PORT:-48080}
POS_PORT=$((PORTAL_PORT + 1))
MONGO_PORT=$((PORTAL_PORT + 2))
AUDIT="Authorization: Bearer ${AUDIT_TOKEN:-demo-auditor}"
bench_need_wrk
bench_build "${1:-}"

bench_start_in_scratch 180 bench_till_answers
echo "Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)"

BENCH_JAVA=(java -Xmx1g -cp "$(bench_classpath)"
  -Dbench.pos="http://127.0.0.1:$POS_PORT" -Dbench.accounts="$ACCOUNTS" -Dbench.clients="$CONNECTIONS")
"${BENCH_JAVA[@]}" dk.kantinekort.app.bench.WrkScenario seed "$SCRATCH/cards.txt"
export CARDS="$SCRATCH/cards.txt" TILLS

purchases() { # $1: label, $2: seconds
  PENDING="$SCRATCH/pending-$1.txt" RUN="$1" wrk -t2 -c"$CONNECTIONS" -d"$2s" --timeout 10s -s bench/wrk-purchases.lua \
    "http://127.0.0.1:$POS_PORT" | grep -E '^(Throughput|Latency)' | sed "s/^/  $1: /"
}

echo "Purchases on a young store (10 s):"
purchases young 10
echo "Seeding: wrk for $SEED_SECONDS s"
purchases seed "$SEED_SECONDS"
echo "Purchases on the grown store (10 s):"
purchases grown 10

# the export, with the heap sampled meanwhile
jcmd $APP GC.run >/dev/null
HEAP_BEFORE=$(bench_heap_mib)
bench_start_heap_sampler "$SCRATCH/heap.txt"
START=$(date +%s.%N)
EVENTS=$(curl -sf -H "$AUDIT" "http://127.0.0.1:$POS_PORT/api/v1/audit/export" | wc -l)
END=$(date +%s.%N)
bench_stop_heap_sampler
awk -v n="$EVENTS" -v s="$START" -v e="$END" -v b="$HEAP_BEFORE" -v max="$(sort -n "$SCRATCH/heap.txt" | tail -1)" \
  'BEGIN { printf "Audit export: %d events in %.1f s = %.0f events/s; heap %d MiB before (after GC), at most %d MiB during\n", n, e - s, n / (e - s), b, max }'

# the rebuild
START=$(date +%s.%N)
curl -sf -o /dev/null -X POST -H "$AUDIT" "http://127.0.0.1:$POS_PORT/api/v1/audit/rebuilds"
until curl -sf -H "$AUDIT" "http://127.0.0.1:$POS_PORT/api/v1/audit/rebuilds/latest" | grep -q '"state":"READY"'; do
  sleep 0.5
done
END=$(date +%s.%N)
awk -v n="$EVENTS" -v s="$START" -v e="$END" \
  'BEGIN { printf "Rebuild of every read model: %d events in %.1f s = %.0f events/s\n", n, e - s, n / (e - s) }'
echo "Load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
