#!/usr/bin/env bash
# Observa scaled out on one machine, then checked: what an operator runs to see the service behind a cache
# with two instances, a PostgreSQL primary and a streaming read replica, and to see that it still behaves.
#
#   deploy/scale-out.sh
#
# Starts, all under one work dir (deploy/target, wiped at start) and on loopback ports only:
#   - PostgreSQL 15 primary (SCRAM passwords, pg_stat_statements, wal_level=replica, a replication user),
#   - a streaming replica of it made with pg_basebackup -R (second cluster, own port),
#   - two Observa instances (java -Xmx256m -jar …/quarkus-run.jar) on the primary, the replica as their read
#     replica (OBSERVA_DATASOURCE_REPLICA_*), one bootstrap admin key, demo data on in both,
#   - nginx in front (deploy/nginx.conf.template): an HTTP cache for public reads, both instances upstream.
# Then checks writes across instances and the change feed, statistics invalidation, demo data loaded once,
# reads on the replica and read-your-writes for keys, the cache (hits, 304 revalidation, freshness after a
# write), throughput, the loss of an instance and the loss of the replica. Prints one PASS/FAIL line per check
# with its figures and exits non-zero if any failed. Everything it started is stopped on exit, by process id.
# Not part of `mvn verify`.
#
# Needs (Debian 12 packages): postgresql-15 (with contrib), nginx, wrk, curl, jq, openjdk-17-jdk-headless,
# maven, iproute2 (ss). Run as root, missing ones are installed; otherwise the script says which to install.
# As root, PostgreSQL runs as the user "postgres" and nginx's worker as "www-data": both must be able to reach
# the work dir (a clone under /root is not reachable: set DEPLOY_WORK_DIR=/tmp/observa-deploy then).
#
# Environment (all optional):
#   DEPLOY_SKIP_BUILD=1        reuse api/target/quarkus-app/quarkus-run.jar (else: mvn -B -q package -DskipTests)
#   DEPLOY_MVN_ARGS            extra Maven arguments, e.g. -o for an offline build
#   DEPLOY_INSTALL=0           never run apt-get; only say what is missing
#   DEPLOY_WORK_DIR            deploy/target
#   DEPLOY_PG_BIN              /usr/lib/postgresql/15/bin
#   DEPLOY_PRIMARY_PORT 55432, DEPLOY_REPLICA_PORT 55433, DEPLOY_APP_A_PORT 18081, DEPLOY_APP_B_PORT 18082,
#   DEPLOY_PROXY_PORT 18080 (cached), DEPLOY_PROXY_NOCACHE_PORT 18090 (same upstream, no cache),
#   DEPLOY_PROXY_ONE_PORT 18091 (instance A alone, no cache: for the throughput comparison)
#   DEPLOY_JAVA_OPTS           -Xmx256m
#   DEPLOY_FEED_WRITES         writes per concurrent writer in the change-feed check (100)
#   DEPLOY_WRK_DURATION        seconds per throughput measurement (15); DEPLOY_WRK_WARMUP (10; A and the pair get 3×)
#   DEPLOY_CACHE_MAX_AGE       the service's max-age for public reads (5, its default)
set -euo pipefail
cd "$(dirname "$0")/.."
exec 3>&1 4>&2
ROOT=$(pwd)

# --- Settings -----------------------------------------------------------------------------------------------
WORK=${DEPLOY_WORK_DIR:-$ROOT/deploy/target}
PG_BIN=${DEPLOY_PG_BIN:-/usr/lib/postgresql/15/bin}
PRIMARY_PORT=${DEPLOY_PRIMARY_PORT:-55432}
REPLICA_PORT=${DEPLOY_REPLICA_PORT:-55433}
APP_A_PORT=${DEPLOY_APP_A_PORT:-18081}
APP_B_PORT=${DEPLOY_APP_B_PORT:-18082}
PROXY_PORT=${DEPLOY_PROXY_PORT:-18080}
PROXY_NOCACHE_PORT=${DEPLOY_PROXY_NOCACHE_PORT:-18090}
PROXY_ONE_PORT=${DEPLOY_PROXY_ONE_PORT:-18091}
JAR=$ROOT/api/target/quarkus-app/quarkus-run.jar
JAVA_OPTS=${DEPLOY_JAVA_OPTS:--Xmx256m}
FEED_WRITES=${DEPLOY_FEED_WRITES:-100}
WRK_DURATION=${DEPLOY_WRK_DURATION:-15}
WRK_WARMUP=${DEPLOY_WRK_WARMUP:-10}
MAX_AGE=${DEPLOY_CACHE_MAX_AGE:-5}

A=http://127.0.0.1:$APP_A_PORT
B=http://127.0.0.1:$APP_B_PORT
PROXY=http://127.0.0.1:$PROXY_PORT
NOCACHE=http://127.0.0.1:$PROXY_NOCACHE_PORT
PROXY_ONE=http://127.0.0.1:$PROXY_ONE_PORT
# The demo data's fixed ids (README "Try it"): the Interband 2023 mission and its election.
ELECTION=kh-na-2023-07-23
MISSION=aa35c7d2-16a8-4125-90c9-cfc0bd407c3c
INTERBAND=0f27e151-fdb4-4944-8566-33f17cd5ae39
STATS_PATH="/v1/elections/$ELECTION/observation-stats?groupBy=division&level=PROVINCE"

LOGS=$WORK/logs
TMP=$WORK/tmp
STARTED=$(date +%s)

log() { echo "scale-out: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# --- Results --------------------------------------------------------------------------------------------------
SUMMARY=()
FAILED=0
CHECKS=13   # 1a 1b 2 3 4a 4b 5a 5b 5c 6 7 7b 8
# record <PASS|FAIL> <number> <what> <figures>
record() {
  SUMMARY+=("$2|$(printf '%-4s %-5s %s: %s' "$1" "$2" "$3" "$4")")
  [ "$1" = PASS ] || FAILED=$((FAILED + 1))
  log "$1 $2 $3: $4"
}

print_summary() {
  echo
  echo "=== Observa scale-out: summary, commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u '+%F %H:%M:%S UTC'), $(( $(date +%s) - STARTED )) s ==="
  if [ ${#SUMMARY[@]} -gt 0 ]; then
    printf '%s\n' "${SUMMARY[@]}" | sort -t'|' -k1,1V | cut -d'|' -f2-
  fi
  [ ${#SUMMARY[@]} -ge "$CHECKS" ] || echo "INCOMPLETE: the run stopped after ${#SUMMARY[@]} of $CHECKS checks (see the messages above)"
  echo "=== $((${#SUMMARY[@]} - FAILED)) passed, $FAILED failed. Logs: $LOGS ==="
}

# --- Processes: everything started is recorded by pid and stopped on exit -------------------------------------
APP_A_PID= APP_B_PID= NGINX_PID= PG_STARTED=
BG_PIDS=()

# alive <pid>: the process runs (a zombie, exited but not yet reaped by its parent, does not count)
alive() { kill -0 "$1" 2>/dev/null && [ "$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null)" != Z ]; }

pg_ctl_as() { "${PG_RUN[@]}" "$PG_BIN/pg_ctl" "$@"; }

stop_pids() { # stop_pids <seconds> <pid…>: SIGTERM (Java: lets requests in flight finish), then SIGKILL
  local wait_s=$1 pid running; shift
  [ $# -gt 0 ] || return 0
  kill -TERM "$@" 2>/dev/null || true
  for _ in $(seq 1 $((wait_s * 10))); do
    running=0; for pid in "$@"; do alive "$pid" && running=1; done
    [ $running = 1 ] || break
    sleep 0.1
  done
  for pid in "$@"; do
    if alive "$pid"; then log "process $pid did not stop: kill -9"; kill -KILL "$pid" 2>/dev/null || true; fi
    wait "$pid" 2>/dev/null || true
  done
}

stop_cluster() { # stop_cluster <data dir>: pg_ctl stop (it signals the pid in postmaster.pid), kill -9 as last resort
  local dir=$1 pid
  [ -f "$dir/postmaster.pid" ] || return 0
  pid=$(head -1 "$dir/postmaster.pid")
  pg_ctl_as -D "$dir" -m fast -w -t 30 stop > /dev/null 2>&1 || true
  for _ in $(seq 1 50); do alive "$pid" || return 0; sleep 0.1; done
  log "PostgreSQL $pid did not stop: kill -9"; kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM ERR
  set +e
  # A signal's exit may run this inside a redirection (a function whose output goes to /dev/null): the summary
  # goes to the script's own stdout and stderr.
  exec 1>&3 2>&4
  for pid in "${BG_PIDS[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  stop_pids 10 $NGINX_PID
  stop_pids 35 $APP_A_PID $APP_B_PID
  if [ -n "$PG_STARTED" ]; then
    stop_cluster "$WORK/pg/replica"
    stop_cluster "$WORK/pg/primary"
  fi
  print_summary
  local left
  left=$(leftovers)
  [ -z "$left" ] || { echo "processes left behind: $left"; rc=1; }
  [ "$FAILED" -eq 0 ] || rc=1
  [ ${#SUMMARY[@]} -ge "$CHECKS" ] || rc=1
  exit $rc
}
trap cleanup EXIT
# A command that fails where no check expects it ends the run: say which.
set -E
trap 'log "unexpected failure (exit $?) at line $LINENO: $BASH_COMMAND"' ERR
trap 'exit 130' INT TERM

# Processes of this work dir still alive (a previous run that was killed with -9 has no trap to run).
leftovers() {
  local pid pids
  pids="$(pgrep -f -- "$WORK/" || true) $(pgrep -f -- "$JAR" || true)"
  for pid in $pids; do
    [ "$pid" != $$ ] && [ -r "/proc/$pid/cmdline" ] && grep -qE "postgres|nginx|java" "/proc/$pid/cmdline" 2>/dev/null && echo -n "$pid "
  done
  true
}

# --- 1. Tools and packages -----------------------------------------------------------------------------------
require_packages() {
  local missing=()
  command -v curl > /dev/null || missing+=(curl)
  command -v jq > /dev/null || missing+=(jq)
  command -v wrk > /dev/null || missing+=(wrk)
  command -v nginx > /dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  command -v ss > /dev/null || missing+=(iproute2)
  command -v java > /dev/null || missing+=(openjdk-17-jdk-headless)
  if [ "${DEPLOY_SKIP_BUILD:-}" != 1 ]; then command -v mvn > /dev/null || missing+=(maven); fi
  [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_basebackup" ] || missing+=(postgresql-15)
  [ -f "$($PG_BIN/pg_config --pkglibdir 2>/dev/null || echo /nonexistent)/pg_stat_statements.so" ] || missing+=(postgresql-contrib)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && [ "${DEPLOY_INSTALL:-1}" != 0 ]; then
    log "installing ${missing[*]}"
    # RUNLEVEL=1: Debian's maintainer scripts do not start the packaged services (a system nginx on port 80,
    # a system PostgreSQL cluster); this script starts its own.
    apt-get update -qq && RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /tmp/observa-scale-out-apt.log 2>&1 \
      || { cat /tmp/observa-scale-out-apt.log >&2; die "apt-get install failed"; }
  else
    die "missing packages; install them with: sudo apt-get install -y ${missing[*]}"
  fi
}

check_ports() {
  local port
  for port in "$PRIMARY_PORT" "$REPLICA_PORT" "$APP_A_PORT" "$APP_B_PORT" "$PROXY_PORT" "$PROXY_NOCACHE_PORT" "$PROXY_ONE_PORT"; do
    [ -z "$(ss -Hltn "sport = :$port")" ] || die "port $port is in use (override with DEPLOY_*_PORT)"
  done
}

prepare_work_dir() {
  local left
  left=$(leftovers)
  [ -z "$left" ] || die "processes of an earlier run still use $WORK: $left (stop them first)"
  rm -rf "$WORK"
  mkdir -p "$WORK/pg" "$WORK/nginx" "$LOGS" "$TMP" "$WORK/secrets"
  chmod 700 "$WORK/secrets"
  # PostgreSQL refuses to run as root: as root, its commands run as the user "postgres".
  if [ "$(id -u)" = 0 ]; then
    id postgres > /dev/null 2>&1 || die "user postgres is missing (it comes with the postgresql-15 package)"
    PG_RUN=(runuser -u postgres --)
    chown postgres "$WORK/pg"
    runuser -u postgres -- test -w "$WORK/pg" \
      || die "user postgres cannot reach $WORK (set DEPLOY_WORK_DIR to a directory it can reach, e.g. /tmp/observa-deploy)"
    runuser -u www-data -- test -x "$WORK/nginx" \
      || die "nginx's worker (www-data) cannot reach $WORK (set DEPLOY_WORK_DIR, e.g. /tmp/observa-deploy)"
  else
    PG_RUN=()
  fi
}

build() {
  if [ "${DEPLOY_SKIP_BUILD:-}" = 1 ]; then
    [ -f "$JAR" ] || die "DEPLOY_SKIP_BUILD=1 but $JAR is missing"
    log "reusing $JAR"
  else
    log "building (mvn -B -q package -DskipTests ${DEPLOY_MVN_ARGS:-})"
    # shellcheck disable=SC2086
    mvn -B -q package -DskipTests ${DEPLOY_MVN_ARGS:-} > "$LOGS/build.log" 2>&1 || { tail -50 "$LOGS/build.log" >&2; die "build failed"; }
  fi
}

secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

# --- 2. PostgreSQL: primary and streaming replica -------------------------------------------------------------
pg_logfile() { # pg_logfile <name>: a log file under $LOGS that PostgreSQL's user may write
  : > "$LOGS/$1"
  [ "$(id -u)" != 0 ] || chown postgres "$LOGS/$1"
  echo "$LOGS/$1"
}

psql_on() { # psql_on <port> [psql args…]: as the superuser, over TCP (no Unix sockets are opened)
  local port=$1; shift
  PGPASSWORD=$PG_SUPER_PASSWORD "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"
}

start_primary() {
  local dir=$WORK/pg/primary pwfile=$WORK/pg/pwfile
  PG_SUPER_PASSWORD=$(secret) OBSERVA_DB_PASSWORD=$(secret) REPLICATION_PASSWORD=$(secret)
  printf '%s\n' "$PG_SUPER_PASSWORD" > "$WORK/secrets/postgres-password"
  printf '%s\n' "$OBSERVA_DB_PASSWORD" > "$WORK/secrets/observa-password"
  ( umask 077; printf '%s\n' "$PG_SUPER_PASSWORD" > "$pwfile" )
  if [ "$(id -u)" = 0 ]; then chown postgres "$pwfile"; fi
  log "initdb: primary in $dir (port $PRIMARY_PORT)"
  "${PG_RUN[@]}" "$PG_BIN/initdb" -D "$dir" -U postgres --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 > "$LOGS/initdb.log" 2>&1 || { cat "$LOGS/initdb.log" >&2; die "initdb failed"; }
  rm -f "$pwfile"
  "${PG_RUN[@]}" tee -a "$dir/postgresql.conf" > /dev/null <<EOF

# --- deploy/scale-out.sh ---
listen_addresses = '127.0.0.1'
port = $PRIMARY_PORT
unix_socket_directories = ''       # loopback TCP only, every login with a SCRAM password
password_encryption = 'scram-sha-256'
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = 'top'
wal_level = replica
max_wal_senders = 5
max_replication_slots = 5
max_slot_wal_keep_size = '1GB'     # a replica that stays away must not fill the primary's disk with WAL kept for its slot
hot_standby = on
hot_standby_feedback = on          # long reads on the replica are not cancelled by vacuum on the primary
max_connections = 100              # two instances × a pool of 20, with room for the replica's and psql
EOF
  "${PG_RUN[@]}" tee "$dir/pg_hba.conf" > /dev/null <<EOF
# deploy/scale-out.sh: loopback only, passwords (SCRAM) for everyone, replication only for "replicator".
host    all          all          127.0.0.1/32    scram-sha-256
host    replication  replicator   127.0.0.1/32    scram-sha-256
EOF
  PG_STARTED=1
  pg_ctl_as -D "$dir" -l "$(pg_logfile pg-primary.log)" -w -t 60 start > /dev/null || { tail -20 "$LOGS/pg-primary.log" >&2; die "primary did not start"; }
  # The service's own user owns its database (Flyway migrates as it); it is no superuser.
  psql_on "$PRIMARY_PORT" -d postgres <<EOF
create role observa login password '$OBSERVA_DB_PASSWORD';
create database observa owner observa;
create role replicator replication login password '$REPLICATION_PASSWORD';
\c observa
create extension pg_stat_statements;
EOF
}

start_replica() {
  local dir=$WORK/pg/replica passfile=$WORK/pg/replication.pgpass
  ( umask 077; echo "127.0.0.1:$PRIMARY_PORT:replication:replicator:$REPLICATION_PASSWORD" > "$passfile" )
  if [ "$(id -u)" = 0 ]; then chown postgres "$passfile"; fi
  log "pg_basebackup -R: replica in $dir (port $REPLICA_PORT)"
  # -R writes standby.signal and primary_conninfo (with passfile=…); -C -S a physical slot, so that the
  # primary keeps the WAL the replica has not received yet.
  "${PG_RUN[@]}" env PGPASSFILE="$passfile" "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U replicator \
    -D "$dir" -R -X stream -C -S observa_replica -c fast > "$LOGS/pg-basebackup.log" 2>&1 \
    || { cat "$LOGS/pg-basebackup.log" >&2; die "pg_basebackup failed"; }
  echo "port = $REPLICA_PORT" | "${PG_RUN[@]}" tee -a "$dir/postgresql.auto.conf" > /dev/null
  pg_ctl_as -D "$dir" -l "$(pg_logfile pg-replica.log)" -w -t 60 start > /dev/null || { tail -20 "$LOGS/pg-replica.log" >&2; die "replica did not start"; }
  local state=
  for _ in $(seq 1 100); do
    state=$(psql_on "$PRIMARY_PORT" -d postgres -Atc "select state from pg_stat_replication where application_name <> ''" || true)
    [ "$state" = streaming ] && break
    sleep 0.1
  done
  [ "$state" = streaming ] || die "the replica is not streaming (state '$state'); see $LOGS/pg-replica.log"
  [ "$(psql_on "$REPLICA_PORT" -d observa -Atc 'select pg_is_in_recovery()')" = t ] || die "the replica is not in recovery"
}

# --- 3. Two Observa instances ---------------------------------------------------------------------------------
start_instance() { # start_instance <A|B> <port> [log name suffix]: sets APP_<name>_PID
  local name=$1 port=$2 logfile
  logfile="$LOGS/app-$(echo "$name" | tr 'AB' 'ab')${3:-}.log"
  # Rate limits stay on (they are part of what is deployed), with quotas a load test does not reach: the
  # checks send thousands of requests a second from one address and hundreds of writes with one key.
  env QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/observa" \
    QUARKUS_DATASOURCE_USERNAME=observa QUARKUS_DATASOURCE_PASSWORD="$OBSERVA_DB_PASSWORD" \
    OBSERVA_DATASOURCE_REPLICA_URL="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/observa" \
    OBSERVA_DATASOURCE_REPLICA_USERNAME=observa OBSERVA_DATASOURCE_REPLICA_PASSWORD="$OBSERVA_DB_PASSWORD" \
    OBSERVA_BOOTSTRAP_ADMIN_KEY="$ADMIN_KEY" \
    OBSERVA_DEMO_DATA_ENABLED=true \
    OBSERVA_RATE_LIMIT_ENABLED=true OBSERVA_RATE_LIMIT_ANONYMOUS_PER_MINUTE=100000000 \
    OBSERVA_RATE_LIMIT_KEY_PER_MINUTE=1000000 \
    OBSERVA_HTTP_CACHE_MAX_AGE="$MAX_AGE" \
    QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
    QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 \
    java $JAVA_OPTS -jar "$JAR" > "$logfile" 2>&1 &
  eval "APP_${name}_PID=$!"
  log "instance $name: pid $! on port $port, log $logfile"
}

wait_ready() { # wait_ready <A|B> <base url>
  local name=$1 base=$2 pid
  pid=$(eval echo "\$APP_${name}_PID")
  for _ in $(seq 1 1800); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/q/health/ready")" = 200 ] && return 0
    kill -0 "$pid" 2>/dev/null || die "instance $name exited during start-up; see $LOGS"
    sleep 0.1
  done
  die "instance $name not ready after 180 s"
}

# --- 4. nginx -------------------------------------------------------------------------------------------------
start_nginx() {
  local user_line="# (not root: nginx's worker runs as this user)"
  if [ "$(id -u)" = 0 ]; then user_line="user www-data;"; fi
  sed -e "s|@WORK@|$WORK|g" -e "s|@USER@|$user_line|" -e "s|@APP_A_PORT@|$APP_A_PORT|g" -e "s|@APP_B_PORT@|$APP_B_PORT|g" \
      -e "s|@PROXY_PORT@|$PROXY_PORT|g" -e "s|@PROXY_NOCACHE_PORT@|$PROXY_NOCACHE_PORT|g" -e "s|@PROXY_ONE_PORT@|$PROXY_ONE_PORT|g" \
      deploy/nginx.conf.template > "$WORK/nginx/nginx.conf"
  local nginx_bin
  nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
  # -e: the error log before the configuration is read (else /var/log/nginx/error.log); -p: the prefix.
  "$nginx_bin" -t -q -p "$WORK/nginx" -e "$LOGS/nginx-error.log" -c "$WORK/nginx/nginx.conf" \
    || die "nginx rejects $WORK/nginx/nginx.conf"
  "$nginx_bin" -p "$WORK/nginx" -e "$LOGS/nginx-error.log" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' \
    > "$LOGS/nginx-stdout.log" 2>&1 &
  NGINX_PID=$!
  for _ in $(seq 1 50); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$PROXY/q/health/ready")" = 200 ] && break
    sleep 0.1
  done
  log "nginx: pid $NGINX_PID, cached on $PROXY, uncached on $NOCACHE (A alone: $PROXY_ONE)"
}

# --- HTTP helpers ---------------------------------------------------------------------------------------------
# call <METHOD> <URL> [curl args…]: the status in STATUS, the body in $TMP/body, the headers in $TMP/headers.
call() {
  local method=$1 url=$2; shift 2
  STATUS=$(curl -s -o "$TMP/body" -D "$TMP/headers" -w '%{http_code}' -X "$method" "$@" "$url") || STATUS=000
}
header() { grep -i "^$1:" "$TMP/headers" | tail -1 | cut -d' ' -f2- | tr -d '\r' || true; }
admin() { echo "Authorization: Bearer $ADMIN_KEY"; }
json() { echo "Content-Type: application/json"; }

create_org() { # create_org <base> <name> [key]: prints the new organisation's id (empty on failure)
  local key=${3:-$ADMIN_KEY}
  call POST "$1/v1/organizations" -H "Authorization: Bearer $key" -H "$(json)" \
    -d "{\"name\":{\"en\":\"$2\"},\"classification\":\"OBSERVER_GROUP\",\"countryId\":\"KH\"}"
  [ "$STATUS" = 201 ] && jq -r .id "$TMP/body" || { log "create organisation via $1: $STATUS $(head -c 300 "$TMP/body")"; echo; }
}

# many <file of URLs>: GETs them one after the other (curl reuses its connections); prints one line per
# request: the status and X-Cache-Status (empty when the answer did not come through the cache)
many() {
  sed 's|.*|url = "&"\noutput = "/dev/null"|' "$1" > "$1.curl"
  curl -s -K "$1.curl" -w '%{http_code} %header{x-cache-status}\n'
}

# until_ok <seconds> <command…>: retry until the command succeeds; prints "<ms> ms, attempt <n>"
until_ok() {
  local limit=$1; shift
  local start now attempt=0
  start=$(date +%s%N)
  while true; do
    attempt=$((attempt + 1))
    if "$@"; then echo "$(( ($(date +%s%N) - start) / 1000000 )) ms, attempt $attempt"; return 0; fi
    now=$(date +%s%N)
    [ $(( (now - start) / 1000000000 )) -lt "$limit" ] || { echo "not within ${limit} s ($attempt attempts)"; return 1; }
    sleep 0.05
  done
}

org_named() { # org_named <base> <id> <name>: an anonymous read of the organisation shows that name
  [ "$(curl -s "$1/v1/organizations/$2" | jq -r '.name.en' 2>/dev/null)" = "$3" ]
}

metric() { # metric <base> <name>: a gauge's value from /q/metrics, empty when absent
  curl -s "$1/q/metrics" | awk -v n="$2" '$1 == n || index($1, n "{") == 1 { print $2; exit }' || true
}

# base64url("txid.sequence") → "txid sequence"
decode_cursor() {
  local s=${1//-/+}; s=${s//_//}
  while [ $(( ${#s} % 4 )) -ne 0 ]; do s="$s="; done
  echo "$s" | base64 -d 2>/dev/null | tr '.' ' ' || true
  echo
}

# --- Check 3: demo data loaded once ---------------------------------------------------------------------------
check_demo_data() {
  local problems="" figures="" table kind expected actual
  # Expected rows: the demo bundles' arrays, read from the application's own resources.
  for pair in polling_station:pollingStations station_visit:stationVisits polling_centre:pollingCentres \
              organization:organizations mission:missions division:divisions election:elections finding:findings; do
    table=${pair%%:*} kind=${pair#*:}
    expected=$(cat api/src/main/resources/demo/*.json | jq -s --arg k "$kind" 'map(.[$k] // [] | length) | add')
    actual=$(psql_on "$PRIMARY_PORT" -d observa -Atc "select count(*) from $table")
    figures="$figures $table=$actual/$expected"
    [ "$actual" = "$expected" ] || problems="$problems $table"
  done
  local parts logged distinct
  parts=$(psql_on "$PRIMARY_PORT" -d observa -Atc "select count(*) from demo_data_part")
  # An import matches rows by id and natural key, so a second load would add no rows: the instances' logs
  # say who loaded what. Each of the parts must have been loaded by exactly one instance, once.
  logged=$(cat "$LOGS/app-a.log" "$LOGS/app-b.log" | grep -c "Loaded the demo data part" || true)
  distinct=$(cat "$LOGS/app-a.log" "$LOGS/app-b.log" | grep -o "Loaded the demo data part '[^']*'" | sort -u | wc -l || true)
  local by_a by_b
  by_a=$(grep -c "Loaded the demo data part" "$LOGS/app-a.log" || true)
  by_b=$(grep -c "Loaded the demo data part" "$LOGS/app-b.log" || true)
  figures="rows (actual/expected):$figures; demo_data_part rows: $parts; 'Loaded the demo data part' log lines: $logged ($distinct distinct; A $by_a, B $by_b)"
  if [ -z "$problems" ] && [ "$parts" = 6 ] && [ "$logged" = 6 ] && [ "$distinct" = 6 ]; then
    record PASS 3 "demo data loaded once" "$figures"
  else
    record FAIL 3 "demo data loaded once" "$figures; differs:${problems:- none}"
  fi
}

# --- Check 1a: a write through one instance is visible through the other --------------------------------------
check_cross_instance() {
  local id_a id_b lag_ab lag_ba keyed_ab keyed_ba ok=1
  id_a=$(create_org "$A" "cross A $RUN_ID")
  id_b=$(create_org "$B" "cross B $RUN_ID")
  echo "$id_a" >> "$TMP/written-ids"; echo "$id_b" >> "$TMP/written-ids"
  # With a key the read goes to the primary: visible at once.
  call GET "$B/v1/organizations/$id_a" -H "$(admin)"; keyed_ab=$STATUS
  call GET "$A/v1/organizations/$id_b" -H "$(admin)"; keyed_ba=$STATUS
  # Anonymous reads may come from the replica: measure how long until they show the write.
  lag_ab=$(until_ok 5 org_named "$B" "$id_a" "cross A $RUN_ID") || ok=0
  lag_ba=$(until_ok 5 org_named "$A" "$id_b" "cross B $RUN_ID") || ok=0
  [ -n "$id_a" ] && [ -n "$id_b" ] && [ "$keyed_ab" = 200 ] && [ "$keyed_ba" = 200 ] || ok=0
  local figures="created via A, read via B: keyed $keyed_ab, anonymous after ${lag_ab}; created via B, read via A: keyed $keyed_ba, anonymous after ${lag_ba}"
  if [ $ok = 1 ]; then record PASS 1a "writes visible through both instances" "$figures"
  else record FAIL 1a "writes visible through both instances" "$figures"; fi
}

# --- Check 1b: the change feed is gap-free under concurrent writes through both instances ---------------------
writer() { # writer <base> <label> <count> <file>: sequential creates; one id a line, in commit order
  local base=$1 label=$2 count=$3 out=$4 i code body
  body=$(mktemp -p "$TMP")
  for i in $(seq 1 "$count"); do
    code=$(curl -s -o "$body" -w '%{http_code}' -X POST "$base/v1/organizations" -H "$(admin)" -H "$(json)" \
      -d "{\"name\":{\"en\":\"feed $label $i $RUN_ID\"},\"classification\":\"OBSERVER_GROUP\"}") || code=000
    if [ "$code" = 201 ]; then jq -r .id "$body" >> "$out"; else echo "$code $(head -c 200 "$body")" >> "$out.errors"; fi
  done
}

# follower <file> <cursors file>: follows the feed through the proxy from the current end, as a partner's sync
# would, while the writers run; stops once it has seen every id in $TMP/feed-expected (or after two minutes).
follower() {
  local out=$1 cursors=$2 cursor page deadline=$(( $(date +%s) + 120 ))
  cursor=$(cat "$TMP/feed-start-cursor")
  page=$(mktemp -p "$TMP")
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if curl -sf -o "$page" "$PROXY/v1/changes?pageSize=50&after=$cursor"; then
      jq -r '.items[] | "\(.type) \(.id) \(.operation)"' "$page" >> "$out"
      cursor=$(jq -r .cursor "$page")
      echo "$(jq '.items | length' "$page") $cursor" >> "$cursors"
      if [ "$(jq '.items | length' "$page")" = 0 ]; then
        if [ -f "$TMP/feed-expected" ] && [ -z "$(comm -23 "$TMP/feed-expected" <(awk '$1 == "organization" { print $2 }' "$out" | sort -u))" ]; then
          return 0
        fi
        sleep 0.2
      fi
    else
      echo "error" >> "$cursors"; sleep 0.2
    fi
  done
}

# cursors_increase <file of "items cursor" lines>: non-empty pages move the cursor strictly forward, empty ones
# keep it; prints the number of violations
cursors_increase() {
  local n prev_t=-1 prev_s=-1 t s bad=0 cursor
  while read -r n cursor; do
    [ "$n" = error ] && continue
    read -r t s < <(decode_cursor "$cursor")
    if [ "$n" -gt 0 ]; then
      { [ "$t" -gt "$prev_t" ] || { [ "$t" -eq "$prev_t" ] && [ "$s" -gt "$prev_s" ]; }; } || bad=$((bad + 1))
    else
      { [ "$t" -gt "$prev_t" ] || { [ "$t" -eq "$prev_t" ] && [ "$s" -ge "$prev_s" ]; }; } || bad=$((bad + 1))
    fi
    prev_t=$t prev_s=$s
  done < "$1"
  echo $bad
}

check_change_feed() {
  local cursor page
  # Where the follower starts: the end of the feed before the writes.
  cursor=""
  page="$TMP/feed-page.json"
  while true; do
    curl -sf -o "$page" "$NOCACHE/v1/changes?pageSize=500${cursor:+&after=$cursor}" || die "GET /v1/changes failed"
    cursor=$(jq -r .cursor "$page")
    [ "$(jq '.items | length' "$page")" = 0 ] && break
  done
  echo "$cursor" > "$TMP/feed-start-cursor"
  rm -f "$TMP"/feed-writer-* "$TMP/feed-expected" "$TMP/feed-follower" "$TMP/feed-follower-cursors"
  touch "$TMP/feed-follower" "$TMP/feed-follower-cursors"

  local started=$(date +%s%N) pa pb pf
  follower "$TMP/feed-follower" "$TMP/feed-follower-cursors" & pf=$!; BG_PIDS+=("$pf")
  writer "$A" A "$FEED_WRITES" "$TMP/feed-writer-a" & pa=$!; BG_PIDS+=("$pa")
  writer "$B" B "$FEED_WRITES" "$TMP/feed-writer-b" & pb=$!; BG_PIDS+=("$pb")
  wait "$pa" "$pb" || true
  local write_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  touch "$TMP/feed-writer-a" "$TMP/feed-writer-b"
  cat "$TMP/feed-writer-a" "$TMP/feed-writer-b" | sort > "$TMP/feed-expected"
  cat "$TMP/feed-writer-a" "$TMP/feed-writer-b" >> "$TMP/written-ids"
  wait "$pf" || true
  local follow_ms=$(( ($(date +%s%N) - started) / 1000000 ))

  # The whole feed from the start, through the cached proxy as a new partner would read it.
  local pages=0
  cursor=""
  : > "$TMP/feed-full"; : > "$TMP/feed-full-cursors"
  while true; do
    curl -sf -o "$page" "$PROXY/v1/changes?pageSize=200${cursor:+&after=$cursor}" || die "GET /v1/changes through the proxy failed"
    jq -r '.items[] | "\(.type) \(.id) \(.operation)"' "$page" >> "$TMP/feed-full"
    cursor=$(jq -r .cursor "$page")
    echo "$(jq '.items | length' "$page") $cursor" >> "$TMP/feed-full-cursors"
    pages=$((pages + 1))
    [ "$(jq '.items | length' "$page")" = 0 ] && break
  done

  local written errors f_missing f_dupes s_missing s_dupes order_a order_b c_follow c_full
  written=$(wc -l < "$TMP/feed-expected")
  errors=$(cat "$TMP"/feed-writer-*.errors 2>/dev/null | wc -l || true)
  # every written id exactly once, in the follower's view and in the full scan
  f_missing=$(comm -23 "$TMP/feed-expected" <(awk '$1 == "organization" && $3 == "CREATE" { print $2 }' "$TMP/feed-follower" | sort -u) | wc -l)
  f_dupes=$(awk '$1 == "organization" && $3 == "CREATE" { print $2 }' "$TMP/feed-follower" | sort | uniq -d | wc -l)
  s_missing=$(comm -23 "$TMP/feed-expected" <(awk '$1 == "organization" && $3 == "CREATE" { print $2 }' "$TMP/feed-full" | sort -u) | wc -l)
  s_dupes=$(sort "$TMP/feed-full" | uniq -d | wc -l)
  # each writer wrote one after the other: its ids must come in the feed in the order it wrote them
  order_a=$(cmp -s "$TMP/feed-writer-a" <(grep -Fxf "$TMP/feed-writer-a" <(awk '{ print $2 }' "$TMP/feed-full")) && echo same || echo DIFFERENT)
  order_b=$(cmp -s "$TMP/feed-writer-b" <(grep -Fxf "$TMP/feed-writer-b" <(awk '{ print $2 }' "$TMP/feed-full")) && echo same || echo DIFFERENT)
  c_follow=$(cursors_increase "$TMP/feed-follower-cursors")
  c_full=$(cursors_increase "$TMP/feed-full-cursors")
  local polls follower_errors
  polls=$(wc -l < "$TMP/feed-follower-cursors")
  follower_errors=$(grep -c '^error' "$TMP/feed-follower-cursors" || true)
  local figures="$written ids written concurrently (A $(wc -l < "$TMP/feed-writer-a"), B $(wc -l < "$TMP/feed-writer-b"), $errors failed) in $write_ms ms; follower through the proxy ($polls polls, $follower_errors failed, caught up after $follow_ms ms): $f_missing missing, $f_dupes twice; full scan ($pages pages, $(wc -l < "$TMP/feed-full") changes): $s_missing missing, $s_dupes duplicate entries; per-writer order A $order_a, B $order_b; cursor steps out of order: follower $c_follow, scan $c_full"
  if [ "$written" = $((2 * FEED_WRITES)) ] && [ "$errors" = 0 ] && [ "$f_missing$f_dupes$s_missing$s_dupes" = 0000 ] \
     && [ "$order_a$order_b" = samesame ] && [ "$c_follow$c_full" = 00 ] && [ "$follower_errors" = 0 ]; then
    record PASS 1b "change feed gap-free under concurrent writes" "$figures"
  else
    record FAIL 1b "change feed gap-free under concurrent writes" "$figures"
  fi
}

# --- Check 2: observation statistics follow a write made through the other instance ---------------------------
visits_total() { curl -s "$1$STATS_PATH" | jq -r '.totals.visits' 2>/dev/null || true; }
visits_are() { [ "$(visits_total "$1")" = "$2" ]; }
create_visit() { # create_visit <base> <station id>
  call POST "$1/v1/station-visits" -H "$(admin)" -H "$(json)" \
    -d "{\"missionId\":\"$MISSION\",\"stationId\":\"$2\",\"visitedOn\":\"2023-07-23\",\"phase\":\"VOTING\",\"notes\":\"scale-out check $RUN_ID\"}"
  [ "$STATUS" = 201 ] || log "create visit via $1: $STATUS $(head -c 300 "$TMP/body")"
}

check_statistics() {
  local before_a before_b lag1 lag2 lag3 ok=1 s1 s2
  # Read through both first, so that each instance holds the statistics in its cache.
  before_a=$(visits_total "$A"); before_b=$(visits_total "$B")
  [ "$before_a" = "$before_b" ] || ok=0
  create_visit "$A" "$STATION"; s1=$STATUS
  lag1=$(until_ok 5 visits_are "$B" $((before_a + 1))) || ok=0
  lag2=$(until_ok 5 visits_are "$A" $((before_a + 1))) || ok=0
  create_visit "$B" "$STATION"; s2=$STATUS
  lag3=$(until_ok 5 visits_are "$A" $((before_a + 2))) || ok=0
  [ "$s1$s2" = 201201 ] || ok=0
  local figures="visits before: A $before_a, B $before_b; visit via A ($s1): B shows $((before_a + 1)) after $lag1; A after $lag2; visit via B ($s2): A shows $((before_a + 2)) after $lag3"
  if [ $ok = 1 ]; then record PASS 2 "statistics invalidated on both instances" "$figures"
  else record FAIL 2 "statistics invalidated on both instances" "$figures"; fi
}

# --- Check 4a: anonymous reads are served by the replica ------------------------------------------------------
station_calls() { # station_calls <port>: calls of statements reading polling_station since the last reset
  psql_on "$1" -d observa -Atc "select coalesce(sum(calls), 0) from pg_stat_statements
    where query ilike '%from polling_station%' and query not ilike '%pg_stat_statements%'"
}

check_replica_reads() {
  local n=200 gauge_a gauge_b primary replica codes
  gauge_a=$(metric "$A" observa_replica_available); gauge_b=$(metric "$B" observa_replica_available)
  local lag_a lag_b
  lag_a=$(metric "$A" observa_replica_lag_seconds); lag_b=$(metric "$B" observa_replica_lag_seconds)
  psql_on "$PRIMARY_PORT" -d observa -Atc "select pg_stat_statements_reset()" > /dev/null
  psql_on "$REPLICA_PORT" -d observa -Atc "select pg_stat_statements_reset()" > /dev/null
  # n anonymous reads of stations by id, half through each instance (directly: the cache would absorb them)
  : > "$TMP/reads.urls"
  for i in $(seq 1 $((n / 2))); do
    echo "$A/v1/polling-stations/$(sed -n "$(( (i % STATION_COUNT) + 1 ))p" "$TMP/stations")" >> "$TMP/reads.urls"
    echo "$B/v1/polling-stations/$(sed -n "$(( (i % STATION_COUNT) + 1 ))p" "$TMP/stations")" >> "$TMP/reads.urls"
  done
  codes=$(many "$TMP/reads.urls" | cut -d" " -f1 | sort | uniq -c | awk '{ printf "%s×%s ", $1, $2 }' || true)
  sleep 0.5
  primary=$(station_calls "$PRIMARY_PORT"); replica=$(station_calls "$REPLICA_PORT")
  local figures="$n anonymous GET /v1/polling-stations/{id} (answers: ${codes% }): polling_station statements on the primary $primary, on the replica $replica; observa_replica_available A=${gauge_a:-absent} B=${gauge_b:-absent}, observa_replica_lag_seconds A=${lag_a:-absent} B=${lag_b:-absent}"
  if [ -z "$gauge_a" ] || [ -z "$gauge_b" ]; then
    record FAIL 4a "anonymous reads served by the replica" "$figures — this build has no read-replica routing (no observa_replica_available gauge)"
  elif [ "$replica" -ge "$n" ] && [ "$primary" -lt $((n / 20)) ] && [ "$gauge_a$gauge_b" = 1.01.0 ]; then
    record PASS 4a "anonymous reads served by the replica" "$figures"
  else
    record FAIL 4a "anonymous reads served by the replica" "$figures"
  fi
}

# --- Check 4b: a key reads its own writes at once ------------------------------------------------------------
check_read_your_writes() {
  local key key_id i id etag name created=0 seen=0 patched=0 seen_patch=0 cached_before
  call POST "$PROXY/v1/api-keys" -H "$(admin)" -H "$(json)" \
    -d "{\"organizationId\":\"$INTERBAND\",\"role\":\"ADMIN\",\"label\":\"scale-out $RUN_ID\"}"
  [ "$STATUS" = 201 ] || { record FAIL 4b "a key reads its own writes" "POST /v1/api-keys: $STATUS"; return; }
  key=$(jq -r .token "$TMP/body"); key_id=$(jq -r .id "$TMP/body")
  for i in $(seq 1 50); do
    name="ryw $i $RUN_ID"
    # through the proxy: the write and the read may land on different instances
    id=$(create_org "$PROXY" "$name" "$key")
    [ -n "$id" ] || continue
    created=$((created + 1)); echo "$id" >> "$TMP/written-ids"
    etag=$(header ETag)
    call GET "$PROXY/v1/organizations/$id" -H "Authorization: Bearer $key"
    [ "$STATUS" = 200 ] && [ "$(jq -r .name.en "$TMP/body")" = "$name" ] && seen=$((seen + 1))
    # an update of the same resource, read back at once: stale data here would come from the replica or a cache
    call PATCH "$PROXY/v1/organizations/$id" -H "Authorization: Bearer $key" -H "If-Match: $etag" \
      -H 'Content-Type: application/merge-patch+json' -d "{\"abbreviation\":\"R$i\"}"
    [ "$STATUS" = 200 ] && patched=$((patched + 1))
    call GET "$PROXY/v1/organizations/$id" -H "Authorization: Bearer $key"
    [ "$STATUS" = 200 ] && [ "$(jq -r .abbreviation "$TMP/body")" = "R$i" ] && seen_patch=$((seen_patch + 1))
  done
  local figures="key $key_id through the proxy: $created/50 created and read back $seen/50 at once; $patched/50 updated and the update read back $seen_patch/50 at once"
  if [ "$created$seen$patched$seen_patch" = 50505050 ]; then record PASS 4b "a key reads its own writes" "$figures"
  else record FAIL 4b "a key reads its own writes" "$figures"; fi
}

# --- Check 5: the nginx cache --------------------------------------------------------------------------------
nginx_log_lines() { wc -l < "$LOGS/nginx-access.log"; }

check_cache_hits() {
  local n=1000 urls=() i statuses hits
  urls=("/v1/polling-stations/$STATION" "/v1/polling-stations?electionId=$ELECTION&divisionId=KH-6&pageSize=50"
        "$STATS_PATH" "/v1/divisions?parentId=KH&pageSize=50" "/v1/organizations/$INTERBAND")
  : > "$TMP/hits.urls"
  for i in $(seq 0 $((n - 1))); do echo "$PROXY${urls[$((i % ${#urls[@]}))]}" >> "$TMP/hits.urls"; done
  local from started ms
  from=$(nginx_log_lines); started=$(date +%s%N)
  many "$TMP/hits.urls" > "$TMP/hits.out" || true
  ms=$(( ($(date +%s%N) - started) / 1000000 ))
  hits=$(grep -c ' HIT$' "$TMP/hits.out" || true)
  statuses=$(awk '{ print $2 }' "$TMP/hits.out" | sort | uniq -c | awk '{ printf "%s %s, ", $2, $1 }' || true)
  local non200 upstream
  non200=$(awk '$1 != 200' "$TMP/hits.out" | wc -l)
  upstream=$(tail -n +"$((from + 1))" "$LOGS/nginx-access.log" | grep -vc 'ustatus=- ' || true)
  local ratio
  ratio=$(awk -v h="$hits" -v n="$n" 'BEGIN { printf "%.1f", 100 * h / n }')
  local figures="$n GETs of ${#urls[@]} public URLs in $ms ms: hit ratio $ratio % (${statuses%, }); $upstream reached an instance; $non200 not 200"
  if [ "$non200" = 0 ] && awk -v r="$ratio" 'BEGIN { exit !(r >= 95) }'; then record PASS 5a "cache answers repeated public reads" "$figures"
  else record FAIL 5a "cache answers repeated public reads" "$figures"; fi
}

check_cache_revalidation() {
  local url="/v1/polling-stations/$STATION2" first second line cc
  call GET "$PROXY$url"; first=$(header X-Cache-Status); cc=$(header Cache-Control)
  call GET "$PROXY$url" > /dev/null
  sleep $((MAX_AGE + 1))
  local from; from=$(nginx_log_lines)
  call GET "$PROXY$url"; second=$(header X-Cache-Status)
  sleep 0.2
  line=$(tail -n +"$((from + 1))" "$LOGS/nginx-access.log" | grep -F "GET $url " | head -1 || true)
  local figures="Cache-Control '$cc'; first GET $first, after $((MAX_AGE + 1)) s: $second, nginx log: ${line#*\"GET }"
  if [ "$second" = REVALIDATED ] && echo "$line" | grep -q 'cache=REVALIDATED .* ustatus=304 '; then
    record PASS 5b "stale copy revalidated with a 304" "$figures"
  else
    record FAIL 5b "stale copy revalidated with a 304" "$figures"
  fi
}

check_cache_freshness() {
  local url="/v1/polling-stations/$STATION3" etag note before immediately later status_later ok=1
  call GET "$PROXY$url"; before=$(jq -r '.notes // ""' "$TMP/body")
  note="changed by scale-out $RUN_ID"
  # The ETag for If-Match from a keyed read, which the primary answers
  call GET "$PROXY$url" -H "$(admin)"; etag=$(header ETag)
  call PATCH "$PROXY$url" -H "$(admin)" -H "If-Match: $etag" -H 'Content-Type: application/merge-patch+json' \
    -d "{\"notes\":\"$note\"}"
  local patched=$STATUS
  call GET "$PROXY$url"; immediately="$(header X-Cache-Status) $( [ "$(jq -r '.notes // ""' "$TMP/body")" = "$note" ] && echo new || echo old)"
  sleep $((MAX_AGE + 1))
  local from; from=$(nginx_log_lines)
  call GET "$PROXY$url"; status_later=$(header X-Cache-Status)
  later=$( [ "$(jq -r '.notes // ""' "$TMP/body")" = "$note" ] && echo new || echo old)
  sleep 0.2
  local line; line=$(tail -n +"$((from + 1))" "$LOGS/nginx-access.log" | grep -F "GET $url " | head -1 || true)
  [ "$patched" = 200 ] && [ "$later" = new ] || ok=0
  local figures="PATCH via the proxy $patched; read at once: $immediately data (served from the cache for up to max-age=$MAX_AGE s); after $((MAX_AGE + 1)) s: $status_later, $later data (nginx log: ${line#*\"GET })"
  if [ $ok = 1 ]; then record PASS 5c "new data through the cache after max-age" "$figures"
  else record FAIL 5c "new data through the cache after max-age" "$figures"; fi
}

# --- Check 6: throughput --------------------------------------------------------------------------------------
wrk_run() { # wrk_run <base> <seconds> → "rps p50 p99 non2xx errors"
  BENCH_PATHS="$TMP/station-paths" wrk -t2 -c8 -d"$2s" --latency -s bench/paths.lua "$1" 2>&1 \
    | tee -a "$LOGS/wrk.log" | grep '^BENCH' | sed 's/[a-z0-9]*=//g; s/BENCH //'
}

check_throughput() {
  sed 's|^|/v1/polling-stations/|' "$TMP/stations" > "$TMP/station-paths"
  local load; load=$(cut -d" " -f1-3 /proc/loadavg)
  # A fresh JVM runs interpreted code for a while (bench/run.sh: a minute or more on a busy 2-core machine):
  # both instances are warmed up first, B as long as A.
  log "throughput: warming the instances up ($((3 * WRK_WARMUP)) s)"
  wrk_run "$A" "$WRK_WARMUP" > /dev/null
  wrk_run "$NOCACHE" "$((2 * WRK_WARMUP))" > /dev/null
  local r1 r2 r3 r4 p1 p2 p3 p4 q1 q2 q3 q4 n1 n2 n3 n4 e1 e2 e3 e4
  echo "--- one instance (A directly)" >> "$LOGS/wrk.log"
  read -r r1 p1 q1 n1 e1 < <(wrk_run "$A" "$WRK_DURATION")
  echo "--- one instance (A) through nginx, no cache" >> "$LOGS/wrk.log"
  read -r r2 p2 q2 n2 e2 < <(wrk_run "$PROXY_ONE" "$WRK_DURATION")
  echo "--- two instances through nginx, no cache" >> "$LOGS/wrk.log"
  read -r r3 p3 q3 n3 e3 < <(wrk_run "$NOCACHE" "$WRK_DURATION")
  # The cache filled first: on a cold cache, concurrent first requests of a URL wait for the one that fetches
  # it (proxy_cache_lock), and nginx looks again only every 500 ms; that start is not the steady state.
  wrk_run "$PROXY" 3 > /dev/null
  echo "--- two instances through nginx, cache on" >> "$LOGS/wrk.log"
  read -r r4 p4 q4 n4 e4 < <(wrk_run "$PROXY" "$WRK_DURATION")
  local figures
  figures=$(printf 'wrk -t2 -c8 -d%ss over %s stations by id, req/s (p50/p99 ms): one instance directly %.0f (%s/%s); one instance through nginx %.0f (%s/%s); two instances through nginx, no cache %.0f (%s/%s) = %s× one instance directly; two instances through nginx, cache on %.0f (%s/%s); non-2xx+socket errors %s, %s, %s, %s; %s cores for wrk, nginx, 2 JVMs and 2 PostgreSQL (load average before: %s)' \
    "$WRK_DURATION" "$STATION_COUNT" "$r1" "$p1" "$q1" "$r2" "$p2" "$q2" "$r3" "$p3" "$q3" \
    "$(awk -v a="$r3" -v b="$r1" 'BEGIN { printf "%.2f", a / b }')" "$r4" "$p4" "$q4" \
    $((n1 + e1)) $((n2 + e2)) $((n3 + e3)) $((n4 + e4)) "$(nproc)" "$load")
  if [ -n "$r1" ] && [ -n "$r2" ] && [ -n "$r3" ] && [ -n "$r4" ] && [ $((n1 + e1 + n2 + e2 + n3 + e3 + n4 + e4)) = 0 ]; then record PASS 6 "throughput of anonymous reads" "$figures"
  else record FAIL 6 "throughput of anonymous reads" "$figures"; fi
}

# --- Check 7: one instance killed ----------------------------------------------------------------------------
check_instance_killed() {
  local pid_b=$APP_B_PID wrk_out wrk_pid r p q n e
  log "kill -9 of instance B (pid $pid_b) under load"
  # 12 s of reads through nginx without cache (every request reaches an instance); B dies after 4 s
  ( wrk_run "$NOCACHE" 12 > "$TMP/wrk-kill.out" ) & wrk_pid=$!; BG_PIDS+=("$wrk_pid")
  sleep 4
  kill -KILL "$pid_b"; wait "$pid_b" 2>/dev/null || true
  APP_B_PID=
  wait "$wrk_pid" || true
  read -r r p q n e < "$TMP/wrk-kill.out"
  # then sequential reads and writes through both entry points
  : > "$TMP/after-kill.urls"
  for i in $(seq 1 100); do
    echo "$NOCACHE/v1/polling-stations/$(sed -n "$(( (i % STATION_COUNT) + 1 ))p" "$TMP/stations")" >> "$TMP/after-kill.urls"
    echo "$PROXY/v1/divisions/KH-$(( (i % 25) + 1 ))" >> "$TMP/after-kill.urls"
  done
  local after_bad writes_ok=0 id
  after_bad=$(many "$TMP/after-kill.urls" | cut -d" " -f1 | grep -vc '^2' || true)
  for i in 1 2 3 4 5; do
    id=$(create_org "$PROXY" "after kill $i $RUN_ID"); [ -n "$id" ] && { writes_ok=$((writes_ok + 1)); echo "$id" >> "$TMP/written-ids"; }
  done
  local figures
  figures=$(printf 'kill -9 of B after 4 s of a 12 s wrk through nginx: %.0f req/s, %s non-2xx, %s socket errors; then 200 reads: %s not 2xx; 5 writes through the proxy: %s created' \
    "$r" "$n" "$e" "$after_bad" "$writes_ok")
  if [ "$n$e$after_bad" = 000 ] && [ "$writes_ok" = 5 ]; then record PASS 7 "one instance killed, the other serves" "$figures"
  else record FAIL 7 "one instance killed, the other serves" "$figures"; fi

  # B back, so that check 8 has two instances again; a restart must not load the demo data again.
  start_instance B "$APP_B_PORT" -restarted
  wait_ready B "$B"
  local reloaded
  reloaded=$(grep -c "Loaded the demo data part" "$LOGS/app-b-restarted.log" || true)
  sleep 5   # nginx's fail_timeout: B is tried again
  : > "$TMP/back.urls"
  for i in $(seq 1 40); do echo "$NOCACHE/v1/divisions/KH-$(( (i % 25) + 1 ))" >> "$TMP/back.urls"; done
  local from to_b
  from=$(nginx_log_lines)
  many "$TMP/back.urls" > /dev/null || true
  sleep 0.2
  to_b=$(tail -n +"$((from + 1))" "$LOGS/nginx-access.log" | grep -c "upstream=127.0.0.1:$APP_B_PORT " || true)
  local figures="B started again (pid $APP_B_PID): demo data parts loaded again $reloaded; after nginx's fail_timeout it got $to_b of 40 requests"
  if [ "$reloaded" = 0 ] && [ "$to_b" -gt 0 ]; then record PASS 7b "killed instance back in service" "$figures"
  else record FAIL 7b "killed instance back in service" "$figures"; fi
}

# --- Check 8: the replica stopped ----------------------------------------------------------------------------
check_replica_stopped() {
  log "pg_ctl stop -m fast of the replica"
  psql_on "$PRIMARY_PORT" -d observa -Atc "select pg_stat_statements_reset()" > /dev/null
  local stopped_at bad_early=0 bad_late=0 total=0 t code i url
  pg_ctl_as -D "$WORK/pg/replica" -m fast -w -t 30 stop > /dev/null
  stopped_at=$(date +%s%N)
  # 10 s of anonymous reads through nginx (no cache), both instances; errors in the first 3 s are counted apart
  : > "$TMP/replica-down.codes"
  while [ $(( ($(date +%s%N) - stopped_at) / 1000000000 )) -lt 10 ]; do
    i=$((total % STATION_COUNT + 1))
    url="$NOCACHE/v1/polling-stations/$(sed -n "${i}p" "$TMP/stations")"
    code=$(curl -s -o /dev/null -w '%{http_code}' "$url") || code=000
    t=$(( ($(date +%s%N) - stopped_at) / 1000000 ))
    echo "$t $code" >> "$TMP/replica-down.codes"
    total=$((total + 1))
    if [ "${code:0:1}" != 2 ]; then if [ "$t" -lt 3000 ]; then bad_early=$((bad_early + 1)); else bad_late=$((bad_late + 1)); fi; fi
  done
  local primary_calls gauge_a gauge_b early
  early=$(awk '$2 !~ /^2/ && $1 < 3000 { printf "%s at %s ms, ", $2, $1 }' "$TMP/replica-down.codes")
  primary_calls=$(station_calls "$PRIMARY_PORT")
  gauge_a=$(metric "$A" observa_replica_available); gauge_b=$(metric "$B" observa_replica_available)
  # writes still work
  local writes_ok=0 id
  for i in 1 2 3 4 5; do
    id=$(create_org "$PROXY" "replica down $i $RUN_ID"); [ -n "$id" ] && { writes_ok=$((writes_ok + 1)); echo "$id" >> "$TMP/written-ids"; }
  done
  # nothing lost: every id written by this run is readable, anonymously, through both instances
  : > "$TMP/all-ids.urls"
  local ids
  ids=$(sort -u "$TMP/written-ids" | grep -c . || true)
  while read -r id; do
    [ -n "$id" ] || continue
    echo "$A/v1/organizations/$id" >> "$TMP/all-ids.urls"
    echo "$B/v1/organizations/$id" >> "$TMP/all-ids.urls"
  done < <(sort -u "$TMP/written-ids")
  local unreadable
  unreadable=$(many "$TMP/all-ids.urls" | cut -d" " -f1 | grep -vc '^200' || true)
  local figures="replica stopped; $total anonymous reads over 10 s: $bad_early failed in the first 3 s${early:+ (${early%, })}, $bad_late after; polling_station statements on the primary meanwhile $primary_calls; observa_replica_available A=${gauge_a:-absent} B=${gauge_b:-absent}; 5 writes: $writes_ok created; $ids ids written by this run, read via A and B: $unreadable not 200"
  if [ "$bad_late" = 0 ] && [ "$writes_ok" = 5 ] && [ "$unreadable" = 0 ] && [ -n "$gauge_a" ] && [ "$gauge_a$gauge_b" = 0.00.0 ]; then
    record PASS 8 "replica stopped: reads fall back to the primary" "$figures"
  elif [ -z "$gauge_a" ]; then
    record FAIL 8 "replica stopped: reads fall back to the primary" "$figures — this build has no read-replica routing (no observa_replica_available gauge), so its reads never used the replica"
  else
    record FAIL 8 "replica stopped: reads fall back to the primary" "$figures"
  fi
}

# --- Instance logs -------------------------------------------------------------------------------------------
report_instance_logs() {
  local f errors warnings
  for f in "$LOGS"/app-*.log; do
    errors=$(grep -c ' ERROR ' "$f" || true); warnings=$(grep -c ' WARN ' "$f" || true)
    log "$(basename "$f"): $errors ERROR, $warnings WARN lines"
    grep -E ' (ERROR|WARN) ' "$f" | sed 's/^[^ ]* [^ ]* //' | cut -c1-220 | sort | uniq -c | sort -rn | head -5 >&2 || true
  done
}

# --- Main ----------------------------------------------------------------------------------------------------
main() {
  require_packages
  prepare_work_dir
  check_ports
  build
  RUN_ID=$(date +%s)
  ADMIN_KEY="admin-$(secret)"
  printf '%s\n' "$ADMIN_KEY" > "$WORK/secrets/bootstrap-admin-key"
  : > "$TMP/written-ids"

  start_primary
  start_replica
  # Both instances at once: they race for the demo data lock, which is what check 3 looks at.
  start_instance A "$APP_A_PORT"
  start_instance B "$APP_B_PORT"
  wait_ready A "$A"
  wait_ready B "$B"
  start_nginx
  log "all up after $(( $(date +%s) - STARTED )) s: primary :$PRIMARY_PORT, replica :$REPLICA_PORT, A :$APP_A_PORT, B :$APP_B_PORT, nginx :$PROXY_PORT (cache), :$PROXY_NOCACHE_PORT (no cache)"

  # The demo's 19 stations of Kampong Thom
  curl -sf "$A/v1/polling-stations?electionId=$ELECTION&divisionId=KH-6&pageSize=50" | jq -r '.items[].id' > "$TMP/stations"
  STATION_COUNT=$(wc -l < "$TMP/stations")
  [ "$STATION_COUNT" -gt 3 ] || die "the demo stations are missing"
  STATION=$(sed -n 1p "$TMP/stations"); STATION2=$(sed -n 2p "$TMP/stations"); STATION3=$(sed -n 3p "$TMP/stations")

  check_demo_data
  check_cross_instance
  check_change_feed
  check_statistics
  check_replica_reads
  check_read_your_writes
  check_cache_hits
  check_cache_revalidation
  check_cache_freshness
  check_throughput
  check_instance_killed
  check_replica_stopped
  report_instance_logs
}

main "$@"
