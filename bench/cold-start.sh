#!/usr/bin/env bash
# Cold start of the embedded default (docs/PERFORMANCE.md, "Cold start"): time from `java -jar app/target/run/app.jar`
# (README's start command: the packaged jar unpacked by the production build)
# on a fresh data directory until both /actuator/health (portal and till API) answer UP. RUNS starts, each on a
# new data directory; JAVA_OPTS_APP adds JVM options (e.g. a class-data-sharing archive, see --cds).
#   bench/cold-start.sh               packages once (README's command), then measures
#   bench/cold-start.sh --no-build    reuses app/target/run/app.jar
#   JAR=app/target/app.jar bench/cold-start.sh --no-build   the single fat jar, for comparison
#   JAR=/tmp/before.jar bench/cold-start.sh --no-build   another jar (e.g. a copy of main's, for before/after)
# Prints per start the wall seconds and the CPU seconds the launcher's JVM had used at that moment (the demo MitID's
# JVM in brackets): on a shared machine the CPU seconds are the figure load disturbs least.
#   bench/cold-start.sh --cds         also measures with a class-data-sharing archive: the jar extracted by Spring
#                                     Boot's tools (CDS cannot read classes out of nested jars), one training start
#                                     that writes the archive at exit, then starts with it (JDK 19+:
#                                     -XX:+AutoCreateSharedArchive does both; on JDK 17 -XX:ArchiveClassesAtExit,
#                                     then -XX:SharedArchiveFile)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
PORT=${PORT:-38080}
JAR=${JAR:-app/target/run/app.jar}
BUILD=1 CDS=0
for arg in "$@"; do
  case $arg in
    --no-build) BUILD=0 ;;
    --cds) CDS=1 ;;
  esac
done
if [[ $BUILD == 1 ]]; then
  mvn -B -q -Pproduction -DskipTests package
fi

# one start: prints the seconds until both health endpoints say UP; $1 = extra JVM options, $2 = "stop" to end
# with SIGTERM (a clean exit writes an archive of -XX:ArchiveClassesAtExit)
start_once() {
  local opts=$1 jar=${2:-$JAR} data log start app cpu idp
  data=$(mktemp -d)
  log="$data/app.log"
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  java $opts -jar "$jar" --canteen.data-dir="$data/data" \
    --canteen.portal.port="$PORT" --canteen.pos.port=$((PORT + 1)) --canteen.psp.port=$((PORT + 2)) \
    --canteen.idp.port=$((PORT + 3)) --canteen.mongo.port=$((PORT + 4)) --canteen.smtp.port=$((PORT + 5)) \
    >"$log" 2>&1 &
  app=$!
  for _ in $(seq 1 1200); do
    if curl -sf "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"' &&
       curl -sf "http://127.0.0.1:$((PORT + 1))/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      break
    fi
    kill -0 $app 2>/dev/null || { tail -50 "$log" >&2; return 1; }
    sleep 0.1
  done
  cpu=$(awk '{printf "%.1f", ($14 + $15) / 100}' /proc/$app/stat)
  idp=$(for child in $(pgrep -P $app); do awk '{printf "%.1f", ($14 + $15) / 100}' /proc/$child/stat; done)
  printf '%.1f/%s[%s]' "$(echo "$(date +%s.%N) - $start" | bc)" "$cpu" "${idp:-0}"
  kill $app 2>/dev/null || true
  wait $app 2>/dev/null || true
  rm -rf "$data"
}

measure() {
  local label=$1 opts=$2 jar=${3:-$JAR} times=()
  for _ in $(seq 1 "$RUNS"); do
    times+=("$(start_once "$opts" "$jar")")
  done
  printf '%-28s %s   (load %s)\n' "$label" "${times[*]}" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

echo "Cold start of $JAR to both health endpoints UP, per start: wall s/CPU s of the app[CPU s of the demo MitID]"
echo "$(nproc) cores; $(java -version 2>&1 | head -1); $(date -u +%FT%TZ)"
measure "as given" "${JAVA_OPTS_APP:-}"
if [[ $CDS == 1 ]]; then
  if [[ ! -d "$(dirname "$JAR")/lib" ]]; then # a fat jar: unpack it first
    EXTRACTED=app/target/extracted
    rm -rf "$EXTRACTED"
    java -Djarmode=tools -jar "$JAR" extract --destination "$EXTRACTED" >/dev/null
    JAR=$EXTRACTED/app.jar
    measure "extracted jar" "${JAVA_OPTS_APP:-}" "$JAR"
  fi
  ARCHIVE=$(pwd)/app/target/app.jsa
  rm -f "$ARCHIVE"
  if java -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=/tmp/probe.jsa -version >/dev/null 2>&1; then
    CDS_OPTS="-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$ARCHIVE"
    start_once "$CDS_OPTS ${JAVA_OPTS_APP:-}" "$JAR" >/dev/null
  else
    start_once "-XX:ArchiveClassesAtExit=$ARCHIVE ${JAVA_OPTS_APP:-}" "$JAR" >/dev/null
    CDS_OPTS="-XX:SharedArchiveFile=$ARCHIVE"
  fi
  ls -l "$ARCHIVE" >&2
  measure "extracted jar + AppCDS" "$CDS_OPTS ${JAVA_OPTS_APP:-}" "$JAR"
fi
