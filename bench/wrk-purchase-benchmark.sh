#!/usr/bin/env bash
# The purchase benchmark with wrk (docs/PERFORMANCE.md), beside bench/purchase-benchmark.sh (Java client): builds
# the app, starts it on a fresh data directory with TILLS extra till credentials, opens and funds ACCOUNTS
# accounts through the admin API, drives purchases with wrk (bench/wrk-purchases.lua: random card, random till,
# unique Idempotency-Key), re-sends what was in flight when wrk stopped (same key), then checks that the sum of
# all balances equals funded minus sold.
# Settings: ACCOUNTS (10000), CONNECTIONS (32), THREADS (2), DURATION (60 s), WARMUP (10), TILLS (64),
# JAVA_OPTS_APP (-Xmx2g), JFR (a file name: records the measured run with Java Flight Recorder), APP_ARGS,
# DEPOSIT (øre per card, 500000), PORTAL_PORT/POS_PORT/MONGO_PORT/PSP_PORT/SMTP_PORT, APP_JAR (app/target/app.jar:
# another build's jar, to compare two versions back to back with the same load generator).
# HOT=100: the lunch queue: every purchase on HOT cards (ACCOUNTS is then HOT), funded with DEPOSIT (200000 unless
# given) so that they run dry during the run and the overdraft guard is tested under contention; the check fails on
# any balance below zero as well as on a sum that is not funded minus sold.
# Pass --no-build to reuse app/target/app.jar and the compiled bench classes. Needs wrk (Debian: apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

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
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)"; exit 1; }

if [[ "${1:-}" != "--no-build" ]]; then
  mvn -B -q -Pproduction -DskipTests package
  mvn -B -q -pl app -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
fi

DATA=$(mktemp -d)
LOG="$DATA/app.log"

java ${JAVA_OPTS_APP:--Xmx2g} -jar "${APP_JAR:-app/target/app.jar}" --canteen.data-dir="$DATA/data" \
  --canteen.portal.port="$PORTAL_PORT" --canteen.pos.port="$POS_PORT" --canteen.mongo.port="$MONGO_PORT" \
  --canteen.psp.port="$PSP_PORT" --canteen.smtp.port="$SMTP_PORT" \
  --canteen.idp.embedded=false --canteen.oidc.issuer-uri=http://localhost:9/no-login-in-benchmarks \
  --canteen.demo-data.school-tills="$TILLS" ${APP_ARGS:-} >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT

for _ in $(seq 1 120); do
  curl -sf -o /dev/null -H "Authorization: Bearer demo-till-skole-$TILLS" \
    "http://127.0.0.1:$POS_PORT/api/v1/cards/1562265116/balance" && break
  kill -0 $APP 2>/dev/null || { cat "$LOG"; exit 1; }
  sleep 1
done
echo "App up (log: $LOG); machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); $(wrk -v 2>&1 | head -1 | cut -c1-40)"
echo "Load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"

BENCH_JAVA=(java -Xmx1g -cp "app/target/test-classes:$(cat app/target/bench.classpath)"
  -Dbench.pos="http://127.0.0.1:$POS_PORT" -Dbench.accounts="$ACCOUNTS" -Dbench.clients="$CONNECTIONS" -Dbench.deposit="$DEPOSIT")
"${BENCH_JAVA[@]}" dk.kantinekort.app.bench.WrkScenario seed "$DATA/cards.txt"

export CARDS="$DATA/cards.txt" TILLS
PENDING="$DATA/pending-warmup.txt" RUN=warm wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s bench/wrk-purchases.lua \
  "http://127.0.0.1:$POS_PORT" >"$DATA/warmup.txt"
[[ -n "${JFR:-}" ]] && jcmd $APP JFR.start name=bench settings=profile filename="$(realpath -m "$JFR")" >/dev/null
echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, $ACCOUNTS cards${HOT:+ (lunch queue: all purchases on $HOT hot cards)}, $DEPOSIT øre each, $TILLS till credentials (after ${WARMUP} s warm-up):"
# CPU seconds the app used (user + system, from /proc): per purchase, a figure that other load on the machine
# disturbs far less than throughput does
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$APP/stat"; }
CPU_BEFORE=$(cpu_seconds)
PENDING="$DATA/pending-measured.txt" RUN=measured wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s bench/wrk-purchases.lua \
  "http://127.0.0.1:$POS_PORT" | tee "$DATA/measured.txt" | grep -v '^SOLD\|^ERRORS\|^COUNT'
CPU_AFTER=$(cpu_seconds)
awk -v b="$CPU_BEFORE" -v a="$CPU_AFTER" -v n="$(awk '/^COUNT/{print $2}' "$DATA/measured.txt")" -v s="$DURATION" \
  'BEGIN { printf "App CPU: %.1f s in %d s (%.2f cores), %.2f ms per purchase\n", a - b, s, (a - b) / s, 1000 * (a - b) / n }'
[[ -n "${JFR:-}" ]] && jcmd $APP JFR.stop name=bench >/dev/null && echo "JFR recording: $JFR"
echo "Load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"

SOLD=$(( $(awk '/^SOLD/{print $2}' "$DATA/warmup.txt") + $(awk '/^SOLD/{print $2}' "$DATA/measured.txt") ))
ERRORS=$(( $(awk '/^ERRORS/{print $2}' "$DATA/warmup.txt") + $(awk '/^ERRORS/{print $2}' "$DATA/measured.txt") ))
"${BENCH_JAVA[@]}" dk.kantinekort.app.bench.WrkScenario check "$DATA/cards.txt" "$SOLD" \
  "$DATA/pending-warmup.txt" "$DATA/pending-measured.txt"
echo "Errors (warm-up and measured run): $ERRORS"
if [[ "$ERRORS" != 0 ]]; then
  grep -h "First other answer\|Socket errors" "$DATA/warmup.txt" "$DATA/measured.txt" || true
  grep -h -A3 " ERROR " "$LOG" | head -20 || true
fi
[[ "$ERRORS" == 0 ]]
