#!/usr/bin/env bash
# The portal under many citizens (docs/PERFORMANCE.md, "Portal under many citizens"): CITIZENS scripted citizens,
# each a Chromium browser context of its own (bench/portal/citizens.mjs), log in through the demo MitID and go
# Mine Konti -> Kontoudskrift (last 30 days) with THINK seconds between pages, for DURATION seconds after the last
# one logged in. Prints per page p50/p95/p99, and the server's heap with all sessions open against before the
# first login (after a full GC each time, once every citizen has shown both pages): the memory cost of a session.
#   bench/portal-load.sh             builds the production jar, starts the embedded default on its own ports
#   bench/portal-load.sh --no-build  reuses app/target/app.jar
# Settings: CITIZENS (20), DURATION (60), THINK (2), RAMP (10), JAVA_OPTS_APP (-Xmx2g);
# NAV: menu (the default: the citizen follows the portal's menu, a router navigation inside the open UI) or page (each
# page a full page load); see citizens.mjs;
# WARMUP (120): seconds the same citizens run before the measured run, not counted. The JIT compiles Vaadin's and
# Spring's paths in the first minutes; without a warm-up its threads took three times the request threads' CPU;
# APP_CPUS and LOAD_CPUS (e.g. 0 and 1): the app and the browsers each on cores of their own, with taskset, so the
# browsers' work does not count in the portal's page times. On one core the JVM would choose the serial collector, so
# the app then gets -XX:+UseG1GC, the collector it has on two.
# Also prints the app's CPU time per page in the measured time, the whole and by thread (bench/lib/thread-cpu.py: the
# request threads, the JIT compilers, the collector, the rest): what a page costs the server, from which the number of
# citizens a machine carries follows.
# Needs Node 20 with npm (installs puppeteer-core into bench/portal/node_modules once) and Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
NODE_DIR=$ROOT/bench/portal
export CITIZENS=${CITIZENS:-20} DURATION=${DURATION:-60} THINK=${THINK:-2} RAMP=${RAMP:-10}
WARMUP=${WARMUP:-120}
PORTAL_PORT=${PORTAL_PORT:-38080}

if [[ ! -d "$NODE_DIR/node_modules/puppeteer-core" ]]; then
  npm install --prefix "$NODE_DIR" --no-save --no-audit --no-fund puppeteer-core@23 >/dev/null
fi
if [[ "${1:-}" != "--no-build" ]]; then
  mvn -B -q -Pproduction -DskipTests package
fi
DATA=$(mktemp -d)
LOG="$DATA/app.log"
JAVA_OPTS_APP=${JAVA_OPTS_APP:--Xmx2g}
APP_PIN=(); LOAD_PIN=()
[[ -n "${APP_CPUS:-}" ]] && APP_PIN=(taskset -c "$APP_CPUS") && JAVA_OPTS_APP="$JAVA_OPTS_APP -XX:+UseG1GC"
[[ -n "${LOAD_CPUS:-}" ]] && LOAD_PIN=(taskset -c "$LOAD_CPUS")
"${APP_PIN[@]}" java $JAVA_OPTS_APP -jar app/target/app.jar --canteen.data-dir="$DATA/data" \
  --canteen.portal.port="$PORTAL_PORT" --canteen.pos.port=$((PORTAL_PORT + 1)) \
  --canteen.psp.port=$((PORTAL_PORT + 2)) --canteen.idp.port=$((PORTAL_PORT + 3)) \
  --canteen.mongo.port=$((PORTAL_PORT + 4)) --canteen.smtp.port=$((PORTAL_PORT + 5)) >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
URL=http://127.0.0.1:$PORTAL_PORT
for _ in $(seq 1 180); do
  curl -sf "$URL/actuator/health" | grep -q UP && break
  kill -0 $APP 2>/dev/null || { cat "$LOG"; exit 1; }
  sleep 1
done
# the same citizens first for WARMUP seconds, not measured: Vaadin's routes, the bundle, the JIT and the read side's
# caches warm up. The warm-up's sessions stay open until they time out, so the heap before the run holds them and what
# every session shares, and the difference is what the measured run's sessions hold (weighed after a full GC)
DURATION=$WARMUP "${LOAD_PIN[@]}" node "$ROOT/bench/portal/citizens.mjs" "$URL" >/dev/null

# heap in use after a full GC, in MiB
heap_mib() {
  jcmd $APP GC.run >/dev/null
  # survivor, eden and old generation in use (KiB), whichever collector runs
  jstat -gc $APP | awk 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i } NR == 2 { print int(($c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]) / 1024) }'
}
BEFORE=$(heap_mib)
echo "Portal load on $URL: machine $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ); heap before: $BEFORE MiB"
# the app's CPU time (user + system) in clock ticks
app_ticks() { awk '{ print $14 + $15 }' /proc/$APP/stat; }
export READY_FILE="$DATA/ready" MEASURE_FILE="$DATA/measuring"
"${LOAD_PIN[@]}" node "$ROOT/bench/portal/citizens.mjs" "$URL" >"$DATA/load.txt" &
LOAD=$!
while [[ ! -f "$MEASURE_FILE" ]] && kill -0 $LOAD 2>/dev/null; do sleep 0.2; done
TICKS_START=$(app_ticks)
python3 "$ROOT/bench/lib/thread-cpu.py" $APP >"$DATA/threads-before"
# once every citizen has shown both pages: the heap with every session and its UI open
while [[ ! -f "$READY_FILE" ]] && kill -0 $LOAD 2>/dev/null; do sleep 1; done
if [[ -f "$READY_FILE" ]]; then
  OPEN=$(heap_mib)
  echo "Heap with $CITIZENS sessions open: $OPEN MiB -> $(( (OPEN - BEFORE) * 1024 / CITIZENS )) KiB per session (after a full GC)"
fi
STATUS=0
wait $LOAD || STATUS=$?
TICKS_END=$(app_ticks)
python3 "$ROOT/bench/lib/thread-cpu.py" $APP >"$DATA/threads-after"
cat "$DATA/load.txt"
# pages in the measured time: Mine Konti and Kontoudskrift (logins are counted before it starts); the heap weighing
# above (two full GCs) falls in it too, so the figure is a little high
PAGES=$(awk '/^(Mine Konti|Kontoudskrift)/ { for (i = 1; i <= NF; i++) if ($(i + 1) == "pages") n += $i } END { print n + 0 }' "$DATA/load.txt")
if (( PAGES > 0 )); then
  awk -v t=$((TICKS_END - TICKS_START)) -v hz="$(getconf CLK_TCK)" -v p="$PAGES" \
    'BEGIN { printf "App CPU in the measured time: %.1f s for %d pages = %.1f ms per page\n", t / hz, p, 1000 * t / hz / p }'
  # the request threads' part is what a page costs a warm server; the JIT's part shrinks the longer the app has run
  python3 "$ROOT/bench/lib/thread-cpu.py" --diff "$DATA/threads-before" "$DATA/threads-after" "$PAGES"
fi
echo "Load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $STATUS
