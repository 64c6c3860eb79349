# Steps the bench scripts share (sourced, not run): build the jar and the load generators, start the embedded default
# without login on a script's own ports, wait until it answers, stop it and remove its scratch directory.
# The functions read the script's settings:
#   PORTAL_PORT, POS_PORT, MONGO_PORT      the app's ports (every script sets them)
#   PSP_PORT, SMTP_PORT                    the payment simulator and mail server (0: any free port)
#   TILLS                                  till credentials of the demo data, demo-till-skole-1..TILLS (16)
#   APP_JAR (app/target/app.jar), JAVA_OPTS_APP (-Xmx2g), APP_ARGS (extra arguments for the app)
# bench_start_app sets APP, the app's pid, which bench_stop_app and the scripts' own measurements use.
# Used as: source bench/lib/app.sh (from the repository's root, where every script changes to first).

# Packages app/target/app.jar unless $1 is --no-build.
bench_build_jar() {
  if [[ "${1:-}" != "--no-build" ]]; then
    mvn -B -q -Pproduction -DskipTests package
  fi
}

# app's test classes and their class path, in one reactor run: the modules' own classes come from their target/
# (nothing of this repository is installed in ~/.m2)
bench_build_classes() {
  mvn -B -q -pl app -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath
}

# The jar and the load generators, unless $1 is --no-build (which reuses both).
bench_build() {
  if [[ "${1:-}" != "--no-build" ]]; then
    bench_build_jar
    bench_build_classes
  fi
}

# The class path of the load generators in app/src/test/java/dk/kantinekort/app/bench.
bench_classpath() {
  echo "app/target/test-classes:$(cat app/target/bench.classpath)"
}

bench_need_wrk() {
  command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)"; exit 1; }
}

# Starts the app in the background on data directory $1, appending its output to file $2; the arguments after these
# go to the app before APP_ARGS.
bench_start_app() {
  local data=$1 log=$2
  shift 2
  # shellcheck disable=SC2086  # JAVA_OPTS_APP and APP_ARGS are lists of words
  java ${JAVA_OPTS_APP:--Xmx2g} -jar "${APP_JAR:-app/target/app.jar}" --canteen.data-dir="$data" \
    --canteen.portal.port="$PORTAL_PORT" --canteen.pos.port="$POS_PORT" --canteen.mongo.port="$MONGO_PORT" \
    --canteen.psp.port="${PSP_PORT:-0}" --canteen.smtp.port="${SMTP_PORT:-0}" \
    --canteen.idp.embedded=false --canteen.oidc.issuer-uri=http://localhost:9/no-login-in-benchmarks \
    --canteen.demo-data.school-tills="${TILLS:-16}" "$@" ${APP_ARGS:-} >>"$log" 2>&1 &
  APP=$!
}

# Starts the app on a fresh scratch directory, SCRATCH (the app's data in SCRATCH/data, its output in LOG), which goes
# with the app when the script exits, and waits until command $2 succeeds, at most $1 s; further arguments go to the
# app.
bench_start_in_scratch() {
  SCRATCH=$(mktemp -d)
  LOG="$SCRATCH/app.log"
  trap 'bench_cleanup "$SCRATCH"' EXIT
  bench_start_app "$SCRATCH/data" "$LOG" "${@:3}"
  bench_wait_for "$1" 1 "$LOG" "$2"
}

# Whether a till's balance request is answered: the till API, its credentials and the ledger are up.
bench_till_answers() {
  curl -sf -o /dev/null -H "Authorization: Bearer demo-till-skole-${TILLS:-16}" \
    "http://127.0.0.1:$POS_PORT/api/v1/cards/1562265116/balance"
}

# Whether both health endpoints (portal and till API) answer UP.
bench_healthy() {
  curl -sf "http://127.0.0.1:$PORTAL_PORT/actuator/health" 2>/dev/null | grep -q '"UP"' &&
    curl -sf "http://127.0.0.1:$POS_PORT/actuator/health" 2>/dev/null | grep -q '"UP"'
}

# Asks the command after the first three arguments until it succeeds, at most $1 times $2 seconds apart; if the app
# exits or never answers, prints the end of its log $3 and ends the script.
bench_wait_for() {
  local tries=$1 pause=$2 log=$3
  shift 3
  for _ in $(seq 1 "$tries"); do
    "$@" && return 0
    kill -0 "$APP" 2>/dev/null || { tail -50 "$log"; echo "The app exited during its start"; exit 1; }
    sleep "$pause"
  done
  echo "The app did not start"; tail -50 "$log"; exit 1
}

# Stops the app started last, if it still runs.
bench_stop_app() {
  if [[ -n "${APP:-}" ]]; then
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    APP=
  fi
}

# For the EXIT trap: stops the app and removes the scratch directory $1, keeping the app's log as $KEEP_LOG if set.
bench_cleanup() {
  bench_stop_app
  if [[ -n "${KEEP_LOG:-}" && -f "$1/app.log" ]]; then
    cp "$1/app.log" "$KEEP_LOG" && echo "App log kept: $KEEP_LOG"
  fi
  rm -rf "$1"
}

# CPU seconds the app has used (user + system, from /proc): a figure that other load on the machine disturbs far
# less than wall-clock time.
bench_cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$APP/stat"
}

# CPU ticks (CLK_TCK) of the app's threads that do the audit export: the till API's stream threads read the store and
# build the batches, Reactor's parallel threads write the lines, the Netty threads send them; without GC, JIT and
# whatever else the app does meanwhile.
bench_export_ticks() {
  local sum=0 t
  for t in /proc/"$APP"/task/*; do
    if grep -qE '^(pos-stream|reactor-http|parallel-)' "$t/comm" 2>/dev/null; then
      sum=$((sum + $(awk '{ print $14 + $15 }' "$t/stat" 2>/dev/null || echo 0)))
    fi
  done
  echo "$sum"
}

# The app's heap in use, MiB.
bench_heap_mib() {
  jcmd "$APP" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub("K", "", v); print int(v / 1024); exit } }'
}

# Samples the app's heap in use (MiB) into the file $1, once a second in the background, until bench_stop_heap_sampler;
# the largest sample is what "at most … during" reports.
bench_start_heap_sampler() {
  : >"$1"
  ( while true; do bench_heap_mib >>"$1" 2>/dev/null || true; sleep 1; done ) &
  HEAP_SAMPLER=$!
}

bench_stop_heap_sampler() {
  kill "$HEAP_SAMPLER" 2>/dev/null || true
  wait "$HEAP_SAMPLER" 2>/dev/null || true
}
