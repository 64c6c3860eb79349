#!/usr/bin/env bash
# Purchase benchmark of the till API (docs/PERFORMANCE.md): builds the app, starts it on a fresh data
# directory, opens and funds accounts through the admin API, drives purchases from concurrent clients and
# checks the balances afterwards. Settings: ACCOUNTS, CLIENTS, DURATION (s), WARMUP, JAVA_OPTS_APP.
# Pass --no-build to reuse app/target/app.jar and the compiled load generator.
set -euo pipefail
cd "$(dirname "$0")/.."

ACCOUNTS=${ACCOUNTS:-10000}
CLIENTS=${CLIENTS:-32}
DURATION=${DURATION:-60}  # not SECONDS: bash counts its own run time in that variable
WARMUP=${WARMUP:-10}
PORTAL_PORT=${PORTAL_PORT:-18080}
POS_PORT=${POS_PORT:-18081}
MONGO_PORT=${MONGO_PORT:-28018}

if [[ "${1:-}" != "--no-build" ]]; then
  mvn -B -q -Pproduction -DskipTests package
fi
# app's test classes and their class path, in one reactor run: the modules' own classes come from their target/
# (nothing of this repository is installed in ~/.m2)
mvn -B -q -pl app -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath

DATA=$(mktemp -d)
LOG="$DATA/app.log"
java ${JAVA_OPTS_APP:--Xmx2g} -jar app/target/app.jar --canteen.data-dir="$DATA/data" \
  --canteen.portal.port="$PORTAL_PORT" --canteen.pos.port="$POS_PORT" --canteen.mongo.port="$MONGO_PORT" \
  --canteen.idp.embedded=false --canteen.oidc.issuer-uri=http://localhost:9/no-login-in-benchmarks \
  --canteen.demo-data.school-tills=16 --canteen.psp.port=0 --canteen.smtp.port=0 \
  >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT

for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$POS_PORT/actuator/health" >/dev/null && break
  kill -0 $APP 2>/dev/null || { cat "$LOG"; exit 1; }
  sleep 1
done
echo "App up (log: $LOG); machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"

java -Xmx1g -cp "app/target/test-classes:$(cat app/target/bench.classpath)" \
  -Dbench.pos="http://127.0.0.1:$POS_PORT" -Dbench.accounts="$ACCOUNTS" -Dbench.clients="$CLIENTS" \
  -Dbench.seconds="$DURATION" -Dbench.warmup="$WARMUP" \
  dk.kantinekort.app.bench.PurchaseLoadGenerator
