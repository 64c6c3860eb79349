#!/usr/bin/env bash
# Portal page load on a phone (docs/PERFORMANCE.md, "Portal page load"): Lighthouse 12.2.1, mobile profile
# (simulated slow 4G, 4x CPU slowdown), performance category, on the login page and Hjælp, then Mine Konti and
# Kontoudskrift after logging in through the demo MitID (a Lighthouse user flow driven by puppeteer-core).
# Prints the scores; the full report is in $REPORT_DIR/flow.html.
#   bench/lighthouse.sh            builds the production jar, starts the embedded default on its own ports
#   bench/lighthouse.sh --no-build reuses app/target/app.jar
#   PORTAL_URL=http://127.0.0.1:8080 bench/lighthouse.sh   uses a running embedded default (demo MitID on)
# Needs Node 20 with npm (installs lighthouse and puppeteer-core into bench/lighthouse/node_modules once) and
# Chromium (CHROME_PATH, default /usr/bin/chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
REPORT_DIR=${REPORT_DIR:-$ROOT/target/lighthouse}
LH_DIR=$ROOT/bench/lighthouse

if [[ ! -d "$LH_DIR/node_modules/lighthouse" || ! -d "$LH_DIR/node_modules/puppeteer-core" ]]; then
  npm install --prefix "$LH_DIR" --no-save --no-audit --no-fund lighthouse@12.2.1 puppeteer-core@23 >/dev/null
fi

if [[ -z "${PORTAL_URL:-}" ]]; then
  PORTAL_PORT=${PORTAL_PORT:-28080}
  if [[ "${1:-}" != "--no-build" ]]; then
    mvn -B -q -Pproduction -DskipTests package
  fi
  DATA=$(mktemp -d)
  LOG="$DATA/app.log"
  java ${JAVA_OPTS_APP:-} -jar app/target/app.jar --canteen.data-dir="$DATA/data" \
    --canteen.portal.port="$PORTAL_PORT" --canteen.pos.port=$((PORTAL_PORT + 1)) \
    --canteen.psp.port=$((PORTAL_PORT + 2)) --canteen.idp.port=$((PORTAL_PORT + 3)) \
    --canteen.mongo.port=$((PORTAL_PORT + 4)) --canteen.smtp.port=$((PORTAL_PORT + 5)) >"$LOG" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
  PORTAL_URL=http://127.0.0.1:$PORTAL_PORT
  for _ in $(seq 1 180); do
    curl -sf "$PORTAL_URL/actuator/health" | grep -q UP && break
    kill -0 $APP 2>/dev/null || { cat "$LOG"; exit 1; }
    sleep 1
  done
  # the first page render warms Vaadin up; Lighthouse should measure the page, not the JIT
  curl -sf -o /dev/null "$PORTAL_URL/login" || true
  curl -sf -o /dev/null "$PORTAL_URL/hjaelp" || true
fi

echo "Lighthouse 12.2.1, mobile, on $PORTAL_URL; machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)"
node "$LH_DIR/flow.mjs" "$PORTAL_URL" "$REPORT_DIR"
echo "report: $REPORT_DIR/flow.html"
