#!/usr/bin/env bash
# The benchmark: the API against PostgreSQL's own ceiling (pgbench, same query, same data, same run).
#
#   bench/run.sh [--scale 4]
#
# Builds the packaged application, starts it on a throw-away embedded PostgreSQL (bench/target/postgres,
# demo data on), loads the SYNTHETIC national dataset (bench/data/*.sql), restarts it to time a start-up on a
# populated database, then runs each scenario with wrk (8 connections, 2 threads, warm-up, then DURATION s)
# and the equivalent SQL (bench/sql/*.sql) with pgbench (8 clients, 2 threads, prepared statements).
# Prints one table and writes it to bench/results/<date>-<commit>.md. With --scale N (or BENCH_SCALE=N) it
# then reloads N× the stations and visits and reruns the by-id, filtered-page and statistics scenarios.
#
# Needs: JDK 17+, Maven, wrk, psql and pgbench (apt-get install -y wrk postgresql-client), curl, jq.
# Environment: BENCH_JAR (the packaged application), BENCH_JAVA_OPTS (-Xmx256m), BENCH_PORT (8089), BENCH_DURATION (20), BENCH_WARMUP (5), BENCH_SKIP_BUILD=1 to reuse the jar,
# BENCH_IMPORT_EXPORT=0 to leave out bench/import-export.sh (which otherwise runs at the end), BENCH_SCENARIOS
# to run only some scenarios (names of bench/sql/*.sql, space-separated).
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=${BENCH_SCALE:-1}
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE=$2; shift 2 ;;
    --scale=*) SCALE=${1#--scale=}; shift ;;
    *) echo "usage: bench/run.sh [--scale N]" >&2; exit 2 ;;
  esac
done
PORT=${BENCH_PORT:-8089}
DURATION=${BENCH_DURATION:-20}
WARMUP=${BENCH_WARMUP:-5}
STATIONS=25000 PROVINCES=25 VISITS=100000
BASE="http://localhost:$PORT"
WORK=bench/target
JAR=${BENCH_JAR:-api/target/quarkus-app/quarkus-run.jar}
ELECTION=kh-na-2099-07-30
# A 256 MB heap, as bench/import-export.sh uses: without a bound the JVM takes a quarter of the machine's
# memory and under load grows to ~900 MB resident with no gain in throughput (~375 MB with it).
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx256m}
export OBSERVA_BOOTSTRAP_ADMIN_KEY="bench-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
# The load generator is one client sending thousands of requests a second: the rate limits would measure themselves.
export OBSERVA_RATE_LIMIT_ENABLED=false
export PGHOST=localhost PGUSER=postgres PGDATABASE=postgres

for tool in wrk psql pgbench curl jq java mvn; do
  command -v $tool > /dev/null || { echo "bench: $tool is missing (apt-get install -y wrk postgresql-client jq)" >&2; exit 1; }
done

log() { echo "bench: $*" >&2; }
LOAD_BEFORE=$(cut -d ' ' -f 1-3 /proc/loadavg)

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  log "building the packaged application"
  mvn -B -q package -DskipTests >&2
fi
rm -rf "$WORK/postgres" "$WORK/paths"
mkdir -p "$WORK/paths" bench/results

APP=
stop_app() {
  if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=; fi
}
trap stop_app EXIT

# Starts the application; sets APP, PGPORT, and STARTUP (a sentence on the start-up time).
start_app() {
  local logfile=$1 launched ready
  launched=$(date +%s%N)
  # A benchmark's data may be lost in a crash: the embedded database runs without fsync, as it did before the
  # default run was made crash-safe, so that figures stay comparable.
  OBSERVA_DATABASE_EMBEDDED_DATA_DIR="$WORK/postgres" OBSERVA_DATABASE_EMBEDDED_DURABLE=false \
    QUARKUS_HTTP_PORT=$PORT OBSERVA_DEMO_DATA_ENABLED=true \
    java $JAVA_OPTS -jar "$JAR" > "$logfile" 2>&1 &
  APP=$!
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/v1/divisions?pageSize=1")" = 200 ] && break
    kill -0 "$APP" 2>/dev/null || { cat "$logfile" >&2; exit 1; }
    sleep 0.1
  done
  ready=$(date +%s%N)
  PGPORT=$(grep -oP 'Embedded PostgreSQL ready on localhost:\K[0-9]+' "$logfile")
  PGPASSWORD=$(cat "$WORK/postgres/observa-password")
  export PGPORT PGPASSWORD
  local embedded quarkus
  embedded=$(grep -oP 'Embedded PostgreSQL ready on localhost:[0-9]+ in \K[0-9]+' "$logfile")
  quarkus=$(grep -oP 'started in \K[0-9.]+(?=s)' "$logfile" | awk '{printf "%d", $1 * 1000}')
  STARTUP_MS=$((quarkus - embedded))
  STARTUP="$((STARTUP_MS)) ms (Quarkus \"started in\" $quarkus ms minus the embedded PostgreSQL's $embedded ms;
launch to first answered request $(((ready - launched) / 1000000)) ms wall clock, including the JVM start and the embedded PostgreSQL)"
}

rss_mb() { ps -o rss= -p "$APP" | awk '{printf "%d", $1 / 1024}'; }

load_stations() {
  psql -q -v stations="$1" -v provinces=$PROVINCES -v visits="$2" -f bench/data/polling-stations.sql > /dev/null
}

# --- Data -----------------------------------------------------------------------------------------
log "starting the application on a fresh embedded database"
start_app "$WORK/app-first.log"
FIRST_STARTUP=$STARTUP
log "loading the synthetic dataset into the embedded PostgreSQL on port $PGPORT"
load_stations $STATIONS $VISITS
for part in missions recommendations registry station-results; do psql -q -f bench/data/$part.sql > /dev/null; done
# A 2,000-station sample of the synthetic mission, drawn by the API, and the sheets its observers copied.
SAMPLE=$(curl -sf -H "Authorization: Bearer $OBSERVA_BOOTSTRAP_ADMIN_KEY" -H 'Content-Type: application/json' "$BASE/v1/samples" \
  -d '{"missionId":"00000000-5e7e-4000-8000-000000000002","method":"STRATIFIED_RANDOM","seed":2099,"size":2000}' | jq -r .id)
psql -q -v sample="$SAMPLE" -f bench/data/observed-results.sql > /dev/null

# The restart: a start-up on a populated database (migrations and demo data already there).
stop_app
log "restarting the application"
start_app "$WORK/app.log"
IDLE_RSS=$(rss_mb)

# --- Paths for wrk and positions for pgbench ------------------------------------------------------
paths_from_sql() { psql -Atq -c "$2" > "$WORK/paths/$1.txt"; }
station_paths() {
  paths_from_sql station-by-id "select '/v1/polling-stations/' || id from polling_station where election_id = '$ELECTION'"
  paths_from_sql stations-by-province "select '/v1/polling-stations?electionId=$ELECTION&divisionId=KH-' || p || '&pageSize=50'
    from generate_series(1, $PROVINCES) as p"
  echo "/v1/elections/$ELECTION/observation-stats?groupBy=division&level=PROVINCE" > "$WORK/paths/observation-stats.txt"
  echo "/v1/elections/$ELECTION/form-stats?formId=00000000-5e7e-4000-8000-000000000003&level=PROVINCE" > "$WORK/paths/form-stats.txt"
  echo "/v1/elections/$ELECTION/station-result-totals?level=PROVINCE" > "$WORK/paths/station-result-totals.txt"
  echo "/v1/samples/$SAMPLE/estimate" > "$WORK/paths/sample-estimate.txt"
  paths_from_sql incidents-by-province "select '/v1/incidents?electionId=$ELECTION&divisionId=KH-' || p || '&pageSize=50'
    from generate_series(1, $PROVINCES) as p"
}
station_paths
LIST="/v1/polling-stations?electionId=$ELECTION&pageSize=50"
echo "$LIST" > "$WORK/paths/stations-first-page.txt"
# The 500th page's token, by walking the list as a client would.
TOKEN=
for _ in $(seq 1 499); do
  TOKEN=$(curl -sf "$BASE$LIST${TOKEN:+&pageToken=$TOKEN}" | jq -r .nextPageToken)
done
echo "$LIST&pageToken=$TOKEN" > "$WORK/paths/stations-page-500.txt"
read -r AFTER_NUMBER AFTER_ID < <(psql -Atq -F ' ' -c "select number_sort, id from polling_station
  where election_id = '$ELECTION' order by number_sort, id offset 24949 limit 1")
paths_from_sql mission-engagements "select '/v1/missions/' || md5('synthetic mission ' || m)::uuid || '/engagements?pageSize=50'
  from generate_series(1, 50) as m"
paths_from_sql recommendation-chain "select '/v1/recommendations/' || md5('synthetic recommendation ' || m || '/' || n)::uuid || '/chain'
  from generate_series(1, 50) as m, generate_series(1, 10) as n"
paths_from_sql registry-trend "select '/v1/divisions/KH-' || p || '/registry-trend?pageSize=50' from generate_series(1, $PROVINCES) as p"
# 1,000 cursors spread over the change log, as the API encodes them (base64url of "txid.sequence").
psql -q -c "drop table if exists bench_cursor" -c "create table bench_cursor as
  select row_number() over (order by txid, sequence) as n, txid, sequence from change_log
  where sequence % greatest(1, (select count(*) from change_log) / 1000) = 0 limit 1000" \
  -c "alter table bench_cursor add primary key (n)"
CURSORS=$(psql -Atq -c "select count(*) from bench_cursor")
paths_from_sql change-feed "select '/v1/changes?pageSize=100&after='
  || translate(rtrim(encode(convert_to(txid::text || '.' || sequence, 'UTF8'), 'base64'), '='), '+/', '-_') from bench_cursor"

# --- Measurements ---------------------------------------------------------------------------------
# A fresh JVM interprets for a while, and on a busy 2-core machine its JIT compilers take a minute or more to
# catch up (by id: 480, 1,470, 1,730, 4,080, 8,350, 11,400 req/s in successive 10 s runs), with plateaus on
# the way. So a scenario is measured only once its throughput has settled: WARMUP-second runs, at least 6,
# until the last 3 are within 10 % of each other (at most 24).
warm_up() {
  local runs="" current i
  for i in $(seq 1 24); do
    current=$(BENCH_PATHS="$1" wrk -c 8 -t 2 -d "${WARMUP}s" -s bench/paths.lua "$BASE" | grep -oP '^BENCH rps=\K[0-9.]+')
    runs="$runs $current"
    if [ "$i" -ge 6 ] && settled $runs; then
      log "  settled after $i warm-up runs ($current req/s)"; return
    fi
  done
  log "  not settled after 24 warm-up runs ($current req/s)"
}

# settled <rates...>: the last three within 10 % of each other
settled() {
  echo "$@" | awk '{ a = $(NF - 2); b = $(NF - 1); c = $NF
    lo = a; hi = a; if (b < lo) lo = b; if (c < lo) lo = c; if (b > hi) hi = b; if (c > hi) hi = c
    exit !(hi <= lo * 1.1) }'
}

PEAK_RSS=0
ROWS=()
# measure <scenario> <label>: wrk on the paths, pgbench on bench/sql/<scenario>.sql; appends a table row.
measure() {
  local scenario=$1 label=$2 out sampler rps p50 p99 non2xx errors tps ratio note=""
  case " ${BENCH_SCENARIOS:-$scenario} " in *" $scenario "*) ;; *) return 0 ;; esac
  log "scenario: $label"
  # every path must answer 200 before it is measured
  local codes
  codes=$(head -3 "$WORK/paths/$scenario.txt" | while read -r p; do
    curl -s -o /dev/null -w '%{http_code} ' ${BENCH_AUTHORIZATION:+-H "Authorization: $BENCH_AUTHORIZATION"} "$BASE$p"; done)
  [ -z "$(echo $codes | tr -d '20 ')" ] || { log "$scenario answers $codes"; exit 1; }
  warm_up "$WORK/paths/$scenario.txt"
  ( peak=0; while kill -0 "$APP" 2>/dev/null; do
      r=$(ps -o rss= -p "$APP" | awk '{printf "%d", $1 / 1024}'); [ "$r" -gt "$peak" ] && peak=$r && echo "$peak" > "$WORK/rss-peak"
      sleep 0.5
    done ) & sampler=$!
  out=$(BENCH_PATHS="$WORK/paths/$scenario.txt" wrk -c 8 -t 2 -d "${DURATION}s" --latency -s bench/paths.lua "$BASE")
  kill $sampler 2>/dev/null; wait $sampler 2>/dev/null || true
  [ -f "$WORK/rss-peak" ] && PEAK_RSS=$(( $(cat "$WORK/rss-peak") > PEAK_RSS ? $(cat "$WORK/rss-peak") : PEAK_RSS ))
  read -r rps p50 p99 non2xx errors < <(echo "$out" | grep '^BENCH' | sed 's/[a-z0-9]*=//g; s/BENCH //')
  [ "$non2xx$errors" = "00" ] || note=" ($non2xx non-2xx, $errors socket errors)"
  tps=$(pgbench -n -M prepared -c 8 -j 2 -T "$DURATION" -f "bench/sql/$scenario.sql" \
      -D stations="$CURRENT_STATIONS" -D provinces=$PROVINCES -D cursors="$CURSORS" \
      -D after_number="$AFTER_NUMBER" -D after_id="$AFTER_ID" -D sample="$SAMPLE" 2>&1 | grep -oP '^tps = \K[0-9.]+' | awk '{ printf "%.0f", $1 }')
  ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN { printf "%.0f %%", 100 * a / b }')
  rps=$(printf '%.0f' "$rps")
  ROWS+=("| $label$note | $rps | $p50 | $p99 | $tps | $ratio |")
  eval "RPS_${scenario//-/_}=$rps"
}

CURRENT_STATIONS=$STATIONS
CHANGES=$(psql -Atq -c "select count(*) from change_log")
measure station-by-id "station by id"
measure stations-by-province "50 stations of a province"
measure stations-first-page "first page of the station list (50)"
measure stations-page-500 "500th page of the station list (50)"
measure observation-stats "observation statistics by province"
measure form-stats "answers to a form by province (SYNTHETIC form, 8 questions)"
measure incidents-by-province "50 incidents of a province (SYNTHETIC incidents)"
measure station-result-totals "official station results added up by province (25,000 stations × 20 parties)"
# the sample is secret until its election is over: read with the mission's (here the bootstrap ADMIN) key
export BENCH_AUTHORIZATION="Bearer $OBSERVA_BOOTSTRAP_ADMIN_KEY"
measure sample-estimate "estimate of a 2,000-station sample (PVT)"
unset BENCH_AUTHORIZATION
measure mission-engagements "a mission's engagements (40)"
measure recommendation-chain "recommendation chain (5 with assessments)"
measure registry-trend "registry trend (40 snapshots)"
measure change-feed "change feed page (100)"

if [ "$SCALE" != 1 ]; then
  BASE_BY_ID=${RPS_station_by_id:-} BASE_PAGE=${RPS_stations_by_province:-} BASE_STATS=${RPS_observation_stats:-}
  CURRENT_STATIONS=$((STATIONS * SCALE))
  log "reloading the stations at ${SCALE}× ($CURRENT_STATIONS stations, $((VISITS * SCALE)) visits)"
  load_stations $CURRENT_STATIONS $((VISITS * SCALE))
  station_paths
  ROWS+=("| **at ${SCALE}× data: $CURRENT_STATIONS stations, $((VISITS * SCALE)) visits** | | | | | |")
  drop() { if [ -n "$1" ] && [ -n "$2" ]; then awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f %%", 100 * (1 - b / a) }'; else echo "n/a"; fi; }
  measure station-by-id "station by id"
  measure stations-by-province "50 stations of a province"
  measure observation-stats "observation statistics by province"
  SCALE_NOTE="Throughput drop at ${SCALE}× data: station by id $(drop "$BASE_BY_ID" "${RPS_station_by_id:-}"),
50 stations of a province $(drop "$BASE_PAGE" "${RPS_stations_by_province:-}"), observation statistics $(drop "$BASE_STATS" "${RPS_observation_stats:-}")."
fi
LOAD_RSS=$PEAK_RSS

# --- Report ---------------------------------------------------------------------------------------
COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!bench/results' || echo "+changes")
RESULT="bench/results/$(date -u +%F)-$COMMIT.md"
CPU=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
MEM=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
{
  echo "## Benchmark $(date -u '+%F %H:%M UTC'), commit $COMMIT"
  echo
  echo "Machine: $(nproc) cores ($CPU), $MEM memory; load generator, application and PostgreSQL on the same machine;"
  echo "load average before the run: $LOAD_BEFORE. Data: $STATIONS stations in $PROVINCES provinces, $VISITS visits, 10,000 SYNTHETIC incidents, 50 missions"
  echo "(2,000 engagements, 1,000 findings), 500 recommendations (1,000 assessments), 1,000 registry snapshots,"
  echo "$CHANGES change-log entries. wrk -c 8 -t 2, ${DURATION} s after ${WARMUP} s warm-up runs until the throughput settles;"
  echo "pgbench -n -M prepared -c 8 -j 2 -T ${DURATION}. Application: java $JAVA_OPTS -jar. Latencies in ms."
  echo
  echo "| scenario | API req/s | p50 | p99 | pgbench tps | API ÷ pgbench |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  printf '%s\n' "${ROWS[@]}"
  echo
  [ -n "${SCALE_NOTE:-}" ] && { echo "$SCALE_NOTE"; echo; }
  echo "Start-up on a populated database, excluding the embedded PostgreSQL: $STARTUP."
  echo "First start on an empty database (migrations and demo data): $FIRST_STARTUP."
  echo
  echo "Resident memory (RSS): $IDLE_RSS MB idle after start-up, $LOAD_RSS MB peak under load."
} > "$RESULT"
cat "$RESULT"

if [ -x bench/import-export.sh ] && [ "${BENCH_IMPORT_EXPORT:-1}" != 0 ]; then
  log "import and export (bench/import-export.sh)"
  export BENCH_BASE_URL=$BASE BENCH_ADMIN_KEY=$OBSERVA_BOOTSTRAP_ADMIN_KEY
  { echo; bench/import-export.sh "$PGPORT" "$ELECTION"; } | tee -a "$RESULT"
fi
log "results written to $RESULT"
