#!/usr/bin/env bash
# Measures webhook delivery: the time from a write to its delivery at a receiver (p50/p99) with 100
# subscriptions, and the deliveries per second sustained through a backlog.
#
#   bench/webhooks.sh
#
# Starts the packaged application with its defaults (4 delivery workers, a 250 ms poll) on a throw-away embedded
# PostgreSQL (bench/target/webhooks, demo data on) and a receiver on loopback (bench/WebhookReceiver.java, one
# JVM, answers 204 at once). One organisation's mission gets SUBSCRIPTIONS subscriptions to its engagements.
#   1. latency: WRITES engagements, one every 1/RATE s, each delivered to every subscription; the receiver
#      notes, per message, the time from the change (its transaction's start, `changedAt`) to its arrival;
#   2. throughput: one import of BURST engagements (BURST × SUBSCRIPTIONS messages at once), timed from the
#      import's answer to the last arrival.
# Prints the figures and writes them to bench/results/<date>-webhooks-<commit>.md.
# Environment: BENCH_JAR, BENCH_SKIP_BUILD=1, SUBSCRIPTIONS (100), WRITES (100), RATE (5 per s), BURST (100).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${BENCH_JAR:-api/target/quarkus-app/quarkus-run.jar}
PORT=${PORT:-18091}
RECEIVER_PORT=${RECEIVER_PORT:-18092}
SUBSCRIPTIONS=${SUBSCRIPTIONS:-100}
WRITES=${WRITES:-100}
RATE=${RATE:-5}
BURST=${BURST:-100}
BASE="http://localhost:$PORT"
WORK=bench/target/webhooks
KEY="bench-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
log() { echo "webhooks: $*" >&2; }

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  log "building the packaged application"
  mvn -B -q package -DskipTests >&2
fi
rm -rf "$WORK" && mkdir -p "$WORK" bench/results
LOAD_BEFORE=$(cut -d ' ' -f 1-3 /proc/loadavg)

java bench/WebhookReceiver.java "$RECEIVER_PORT" "$WORK/received.log" > "$WORK/receiver.log" 2>&1 &
RECEIVER=$!
OBSERVA_BOOTSTRAP_ADMIN_KEY="$KEY" QUARKUS_HTTP_PORT="$PORT" OBSERVA_RATE_LIMIT_ENABLED=false \
  OBSERVA_DATABASE_EMBEDDED_DATA_DIR="$WORK/postgres" OBSERVA_DATABASE_EMBEDDED_DURABLE=false \
  OBSERVA_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true OBSERVA_WEBHOOKS_REQUIRE_HTTPS=false \
  java -Xmx256m -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP $RECEIVER 2>/dev/null; wait $APP $RECEIVER 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready")" = 200 ] && break
  sleep 0.5
done
received() { curl -s "http://127.0.0.1:$RECEIVER_PORT/count"; }
await_received() {  # <count> <timeout s>
  local deadline=$((SECONDS + $2))
  while [ "$(received)" -lt "$1" ]; do
    [ $SECONDS -lt $deadline ] || { log "only $(received) of $1 messages arrived within $2 s"; exit 1; }
    sleep 0.05
  done
}
post() { curl -sf -X POST "$BASE$1" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -d "$2"; }

ORGANIZATION=$(post /v1/organizations '{"name":{"en":"SYNTHETIC webhook bench"},"classification":"OBSERVER_GROUP"}' | jq -r .id)
MISSION=$(post /v1/missions "{\"organizationId\":\"$ORGANIZATION\",\"electionId\":\"kh-na-2023-07-23\",\"countryId\":\"KH\",
  \"title\":{\"en\":\"SYNTHETIC webhook bench\"},\"startDate\":\"2023-07-13\",\"endDate\":\"2023-07-23\"}" | jq -r .id)
log "$SUBSCRIPTIONS subscriptions"
for i in $(seq 1 "$SUBSCRIPTIONS"); do
  post /v1/webhooks "{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/s/$i\",\"organizationId\":\"$ORGANIZATION\",
    \"missionId\":\"$MISSION\",\"types\":[\"engagement\"]}" > /dev/null
done
ENGAGEMENT='"kind":"MEETING","startDate":"2023-07-14","divisionId":"KH-12","summary":{"en":"SYNTHETIC meeting"}'

log "latency: $WRITES writes, $RATE per second"
for _ in $(seq 1 "$WRITES"); do
  post "/v1/missions/$MISSION/engagements" "{$ENGAGEMENT}" > /dev/null
  sleep "$(echo "scale=3; 1 / $RATE" | bc)"
done
await_received $((WRITES * SUBSCRIPTIONS)) 300
read -r P50 P99 MAX < <(awk '{print $2}' "$WORK/received.log" | sort -n | awk '{v[NR]=$1} END {
  print v[int(NR*0.50)], v[int(NR*0.99)], v[NR]}')

log "throughput: one import of $BURST engagements"
ROWS=$(for _ in $(seq 1 "$BURST"); do
  printf '{"id":"%s","missionId":"%s",%s},' "$(cat /proc/sys/kernel/random/uuid)" "$MISSION" "$ENGAGEMENT"; done)
echo "{\"engagements\":[${ROWS%,}]}" > "$WORK/burst.json"
BEFORE=$(received)
STATUS=$(curl -s -o "$WORK/import.json" -w '%{http_code}' -X POST "$BASE/v1/imports" -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/json' --data-binary @"$WORK/burst.json")
[ "$STATUS" = 200 ] || { log "the import answered $STATUS: $(cat "$WORK/import.json")"; exit 1; }
START=$(date +%s%3N)
await_received $((BEFORE + BURST * SUBSCRIPTIONS)) 600
LAST=$(tail -1 "$WORK/received.log" | cut -d ' ' -f 1)
SECONDS_TAKEN=$(echo "scale=2; ($LAST - $START) / 1000" | bc)
PER_SECOND=$(echo "$BURST * $SUBSCRIPTIONS * 1000 / ($LAST - $START)" | bc)
FAILED=$(curl -s "$BASE/q/metrics" | awk '/^observa_webhook_attempts_seconds_count/ && /outcome="failed"/ {s+=$2} END {print s+0}')

COMMIT=$(git rev-parse --short HEAD)
RESULT="bench/results/$(date +%F)-webhooks-$COMMIT.md"
{
  echo "# Webhook delivery — $(date -u +%FT%TZ), commit $COMMIT"
  echo
  echo "Machine: $(nproc) cores, load before the run $LOAD_BEFORE; packaged application with -Xmx256m,"
  echo "${OBSERVA_WEBHOOKS_WORKERS:-4} delivery workers, a ${OBSERVA_WEBHOOKS_POLL_INTERVAL:-250ms} poll; receiver on loopback answering 204 at once;"
  echo "$SUBSCRIPTIONS subscriptions."
  echo
  echo "| measure | figure |"
  echo "| --- | ---: |"
  echo "| write → delivery, p50 ($WRITES writes at $RATE/s, $((WRITES * SUBSCRIPTIONS)) messages) | $P50 ms |"
  echo "| write → delivery, p99 | $P99 ms |"
  echo "| write → delivery, max | $MAX ms |"
  echo "| backlog of $((BURST * SUBSCRIPTIONS)) messages (one import of $BURST changes) delivered in | $SECONDS_TAKEN s |"
  echo "| deliveries per second through the backlog | $PER_SECOND |"
  echo "| failed attempts | $FAILED |"
} | tee "$RESULT"
log "written to $RESULT"
