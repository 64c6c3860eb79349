#!/usr/bin/env bash
# The purchase benchmark with wrk (docs/PERFORMANCE.md), beside bench/purchase-benchmark.sh (Java client): builds
# the app, starts it on a fresh data directory with TILLS extra till credentials, opens and funds ACCOUNTS
# accounts through the admin API, drives purchases with wrk (bench/wrk-purchases.lua: random card, random till,
# unique Idempotency-Key), re-sends what was in flight when wrk stopped (same key), then checks that the sum of
# all balances equals funded minus sold.
# Settings: ACCOUNTS (10000), CONNECTIONS (32), THREADS (2), DURATION (60 s), WARMUP (10), TILLS (64),
# JAVA_OPTS_APP (-Xmx2g), KEEP_LOG (a file name: the app log is copied there at the end), JFR (a file name: records the measured run with Java Flight Recorder; JFR_SETTINGS: profile,
# the default, samples every 10 ms and records allocations, which slows this benchmark several-fold; default is
# lighter and keeps the proportions of the run), APP_ARGS,
# DEPOSIT (øre per card, 500000; more is paid in deposits of at most 500000 each), PORTAL_PORT/POS_PORT/MONGO_PORT/PSP_PORT/SMTP_PORT, APP_JAR (app/target/app.jar:
# another build's jar, to compare two versions back to back with the same load generator).
# HOT=100: the lunch queue: every purchase on HOT cards (ACCOUNTS is then HOT), funded with DEPOSIT (200000 unless
# given) so that they run dry during the run and the overdraft guard is tested under contention; the check fails on
# any balance below zero as well as on a sum that is not funded minus sold.
# Pass --no-build to reuse app/target/app.jar and the compiled bench classes. Needs wrk (Debian: apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/app.sh

ACCOUNTS=${ACCOUNTS:-10000}
if [[ -n "${HOT:-}" ]]; then
  ACCOUNTS=$HOT
  DEPOSIT=${DEPOSIT:-200000}
fi
DEPOSIT=${DEPOSIT:-500000}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
DURATION=${DURATION:-60}  # not SECONDS: bash counts its own run time in that variable
WARMUP=${WARMUP:-10}
TILLS=${TILLS:-64}
PORTAL_PORT=${PORTAL_PORT:-18080}
POS_PORT=${POS_PORT:-18081}
MONGO_PORT=${MONGO_PORT:-28018}
PSP_PORT=${PSP_PORT:-$((PORTAL_PORT + 2))}    # the embedded payment simulator and mail server: off the defaults too,
SMTP_PORT=${SMTP_PORT:-$((PORTAL_PORT + 5))}  # so a run beside a default app (or another run) does not collide
bench_need_wrk
bench_build "${1:-}"

bench_start_in_scratch 120 bench_till_answers
echo "App up (log: $LOG); machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); $(wrk -v 2>&1 | head -1 | cut -c1-40)"
echo "Load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"

BENCH_JAVA=(java -Xmx1g -cp "$(bench_classpath)"
  -Dbench.pos="http://127.0.0.1:$POS_PORT" -Dbench.accounts="$ACCOUNTS" -Dbench.clients="$CONNECTIONS" -Dbench.deposit="$DEPOSIT")
"${BENCH_JAVA[@]}" dk.kantinekort.app.bench.WrkScenario seed "$SCRATCH/cards.txt"

export CARDS="$SCRATCH/cards.txt" TILLS
PENDING="$SCRATCH/pending-warmup.txt" RUN=warm wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s bench/wrk-purchases.lua \
  "http://127.0.0.1:$POS_PORT" >"$SCRATCH/warmup.txt"
[[ -n "${JFR:-}" ]] && jcmd $APP JFR.start name=bench settings="${JFR_SETTINGS:-profile}" filename="$(realpath -m "$JFR")" >/dev/null
echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, $ACCOUNTS cards${HOT:+ (lunch queue: all purchases on $HOT hot cards)}, $DEPOSIT øre each, $TILLS till credentials (after ${WARMUP} s warm-up):"
# the app's CPU seconds per purchase: a figure that other load on the machine disturbs far less than throughput does
CPU_BEFORE=$(bench_cpu_seconds)
PENDING="$SCRATCH/pending-measured.txt" RUN=measured wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s bench/wrk-purchases.lua \
  "http://127.0.0.1:$POS_PORT" | tee "$SCRATCH/measured.txt" | grep -v '^SOLD\|^ERRORS\|^COUNT'
CPU_AFTER=$(bench_cpu_seconds)
awk -v b="$CPU_BEFORE" -v a="$CPU_AFTER" -v n="$(awk '/^COUNT/{print $2}' "$SCRATCH/measured.txt")" -v s="$DURATION" \
  'BEGIN { printf "App CPU: %.1f s in %d s (%.2f cores), %.2f ms per purchase\n", a - b, s, (a - b) / s, 1000 * (a - b) / n }'
[[ -n "${JFR:-}" ]] && jcmd $APP JFR.stop name=bench >/dev/null && echo "JFR recording: $JFR"
echo "Load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"

SOLD=$(( $(awk '/^SOLD/{print $2}' "$SCRATCH/warmup.txt") + $(awk '/^SOLD/{print $2}' "$SCRATCH/measured.txt") ))
ERRORS=$(( $(awk '/^ERRORS/{print $2}' "$SCRATCH/warmup.txt") + $(awk '/^ERRORS/{print $2}' "$SCRATCH/measured.txt") ))
"${BENCH_JAVA[@]}" dk.kantinekort.app.bench.WrkScenario check "$SCRATCH/cards.txt" "$SOLD" \
  "$SCRATCH/pending-warmup.txt" "$SCRATCH/pending-measured.txt"
echo "Errors (warm-up and measured run): $ERRORS"
if [[ "$ERRORS" != 0 ]]; then
  grep -h "First other answer\|Socket errors" "$SCRATCH/warmup.txt" "$SCRATCH/measured.txt" || true
  grep -h -A3 " ERROR " "$LOG" | head -20 || true
fi
[[ "$ERRORS" == 0 ]]
