#!/usr/bin/env bash
# The projection lag under till load (docs/PERFORMANCE.md, "Read side: rebuild and projection lag"): starts the
# embedded default on a fresh data directory, opens and funds ACCOUNTS cards, then offers about RATE purchases a
# second for DURATION seconds with wrk (bench/wrk-purchases-paced.lua) and prints the lag of the statement read model:
# from each event's timestamp until the rows of its batch are visible (written and checkpointed), p50/p90/p99/max.
#
# Where the lag comes from: the read side records it itself (timer canteen.projection.lag, tag processor, a
# percentile histogram in /actuator/prometheus), for every event at the moment its batch's writes are acknowledged
# and checkpointed, measured from the event's timestamp. The script scrapes the histogram before and after the run
# and takes the difference, so the figures are exact counts over this run (to the histogram's bucket bounds, which
# are printed as such). Polling the rows from outside would add the poll interval and the cost of the query to every
# sample and load the store being measured.
#
# Settings: RATE (1000 offered purchases/s), DURATION (30 s), CONNECTIONS (32), ACCOUNTS (2000), TILLS (32),
# PROCESSOR (statements; or account-summaries), APP_JAR (app/target/app.jar), JAVA_OPTS_APP (-Xmx2g), APP_ARGS,
# PORTAL_PORT (18280; till API +1), MONGO_PORT (28218). --no-build reuses app/target/app.jar and the bench classes.
# Needs wrk (Debian: apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/app.sh

APP_JAR=${APP_JAR:-app/target/app.jar}
RATE=${RATE:-1000}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-32}
ACCOUNTS=${ACCOUNTS:-2000}
TILLS=${TILLS:-32}
PROCESSOR=${PROCESSOR:-statements}
PORTAL_PORT=${PORTAL_PORT:-18280}
POS_PORT=$((PORTAL_PORT + 1))
MONGO_PORT=${MONGO_PORT:-28218}
POS="http://127.0.0.1:$POS_PORT"
METRICS_TOKEN=bench-metrics-$$
bench_need_wrk
bench_build "${1:-}"

bench_start_in_scratch 240 bench_till_answers --canteen.management.token="$METRICS_TOKEN"

# the lag histogram of PROCESSOR: "upper-bound-in-seconds count" lines (cumulative), then "sum" and "count"
scrape() {
  curl -sf -H "Authorization: Bearer $METRICS_TOKEN" "$POS/actuator/prometheus" | awk -v p="processor=\"$PROCESSOR\"" '
    index($0, "canteen_projection_lag_seconds_bucket{") == 1 && index($0, p) {
      match($0, /le="[^"]*"/); le = substr($0, RSTART + 4, RLENGTH - 5); print le, $NF }
    index($0, "canteen_projection_lag_seconds_count{") == 1 && index($0, p) { print "count", $NF }'
}

java -Xmx1g -cp "$(bench_classpath)" -Dbench.pos="$POS" \
  -Dbench.accounts="$ACCOUNTS" -Dbench.clients="$CONNECTIONS" dk.kantinekort.app.bench.WrkScenario seed "$SCRATCH/cards.txt"
# the read side catches up with the seeding before the measured run (its histogram must not move any more)
previous=
for _ in $(seq 1 600); do
  now=$(scrape | awk '$1 == "count" { print $2 }')
  [[ -n "$now" && "$now" == "$previous" ]] && break
  previous=$now; sleep 2
done
[[ -n "$(scrape)" ]] || { echo "No canteen_projection_lag histogram for processor $PROCESSOR in /actuator/prometheus"; exit 1; }
scrape >"$SCRATCH/before.txt"

DELAY_MS=$(awk -v c="$CONNECTIONS" -v r="$RATE" 'BEGIN { printf "%d", c * 1000 / r }')
echo "Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ); jar $APP_JAR"
echo "Offering ~$RATE purchases/s for $DURATION s: wrk -t2 -c$CONNECTIONS, $DELAY_MS ms between a connection's requests, $ACCOUNTS cards"
CPU_BEFORE=$(bench_cpu_seconds)
CARDS="$SCRATCH/cards.txt" TILLS="$TILLS" PENDING="$SCRATCH/pending.txt" RUN=lag DELAY_MS="$DELAY_MS" \
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s bench/wrk-purchases-paced.lua "$POS" \
  | tee "$SCRATCH/wrk.txt" | grep -E '^(Purchases|Throughput|Latency|Socket)' | sed 's/^/  till: /'
CPU_AFTER=$(bench_cpu_seconds)
# until the last purchases are projected (the count stops moving)
previous=
for _ in $(seq 1 120); do
  now=$(scrape | awk '$1 == "count" { print $2 }')
  [[ "$now" == "$previous" ]] && break
  previous=$now; sleep 1
done
scrape >"$SCRATCH/after.txt"
echo "Load after the run: $(cut -d' ' -f1-3 /proc/loadavg); app CPU $(awk -v a="$CPU_BEFORE" -v b="$CPU_AFTER" -v s="$DURATION" 'BEGIN { printf "%.1f s (%.2f cores)", b - a, (b - a) / s }')"

python3 - "$SCRATCH/before.txt" "$SCRATCH/after.txt" "$PROCESSOR" <<'EOF'
import sys
def load(path):
    buckets, count = {}, 0.0
    for line in open(path):
        key, value = line.split()
        if key == "count":
            count = float(value)
        else:
            buckets[float("inf") if key == "+Inf" else float(key)] = float(value)
    return buckets, count
b0, c0 = load(sys.argv[1])
b1, c1 = load(sys.argv[2])
n = c1 - c0
if n <= 0:
    sys.exit("No events were projected during the run")
bounds = sorted(b1)
delta = [(le, b1[le] - b0.get(le, 0.0)) for le in bounds]
def quantile(q):
    for le, cumulative in delta:
        if cumulative >= q * n:
            return le
    return float("inf")
def ms(s):
    return "> 60 s" if s == float("inf") else f"≤ {s * 1000:.0f} ms" if s >= 0.01 else f"≤ {s * 1000:.1f} ms"
largest = next(le for le, cumulative in delta if cumulative >= n)
print(f"Projection lag of {sys.argv[3]} (event timestamp → rows visible), {int(n)} events: "
      f"p50 {ms(quantile(0.50))}, p90 {ms(quantile(0.90))}, p99 {ms(quantile(0.99))}, max {ms(largest)} "
      "(upper bounds of the histogram's buckets)")
EOF
