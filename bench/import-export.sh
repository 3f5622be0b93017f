#!/usr/bin/env bash
# Measures the partner-integration targets of the packaged application on a heap of 256 MB:
#   - import of a 25,000-row polling-station CSV (a dry run, then for real);
#   - import of the official results of those stations as a CSV with 20 party columns (a dry run, for real, again);
#   - export of every station visit of an election as NDJSON (rows/s, peak heap).
# It starts its own instance with -Xmx256m against an existing PostgreSQL (e.g. the benchmark's embedded one),
# so the figures are those of a small heap. Everything it creates is SYNTHETIC (a REFERENDUM election in 2100+).
#
# Usage: bench/import-export.sh <postgres-port> [export-election-id]
#   PGHOST/PGUSER/PGDATABASE default to localhost/postgres/postgres; PGPASSWORD is required (bench/run.sh
#   passes the embedded database's, from its observa-password file).
#   JAR (default api/target/quarkus-app/quarkus-run.jar), PORT (default 18090), ROWS (default 25000).
set -euo pipefail
cd "$(dirname "$0")/.."

PGPORT=${1:?usage: bench/import-export.sh <postgres-port> [export-election-id]}
EXPORT_ELECTION=${2:-kh-na-2099-07-30}
JAR=${JAR:-api/target/quarkus-app/quarkus-run.jar}
PORT=${PORT:-18090}
ROWS=${ROWS:-25000}
BASE="http://localhost:$PORT"
KEY="bench-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
WORK=bench/target/import-export
mkdir -p "$WORK"

OBSERVA_BOOTSTRAP_ADMIN_KEY="$KEY" OBSERVA_DEMO_DATA_ENABLED=false QUARKUS_HTTP_PORT="$PORT" OBSERVA_RATE_LIMIT_ENABLED=false \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://${PGHOST:-localhost}:$PGPORT/${PGDATABASE:-postgres}" \
  QUARKUS_DATASOURCE_USERNAME="${PGUSER:-postgres}" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:?PGPASSWORD is required}" \
  java -Xmx256m -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/v1/divisions?pageSize=1")" = 200 ] && break
  sleep 0.5
done

auth=(-H "Authorization: Bearer $KEY")

# A fresh SYNTHETIC election per run, so that the import creates every station.
DAY=$(date -d "2100-01-01 + $((RANDOM * 3 % 30000)) days" +%F)
ELECTION=$(curl -sf "${auth[@]}" -H 'Content-Type: application/json' "$BASE/v1/elections" \
  -d "{\"countryId\":\"KH\",\"type\":\"REFERENDUM\",\"name\":{\"en\":\"SYNTHETIC import benchmark $DAY\"},\"pollingDate\":\"$DAY\",\"timeZone\":\"Asia/Phnom_Penh\"}" \
  | sed 's/.*"id":"\([^"]*\)".*/\1/')
# One centre per province; their ids are derived from the election's date so that reruns do not collide.
PREFIX=$(echo "$DAY" | tr -d '-')
python3 - "$ELECTION" "$PREFIX" "$ROWS" "$WORK" <<'PY'
import json, sys
election, prefix, rows, work = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
centres = [f"{prefix}-5e7e-4000-8001-{p:012d}" for p in range(1, 26)]
json.dump({"pollingCentres": [{"id": c, "electionId": election, "divisionId": f"KH-{p}",
           "name": {"en": f"SYNTHETIC centre {p}"}} for p, c in enumerate(centres, 1)]},
          open(f"{work}/centres.json", "w"))
with open(f"{work}/stations.csv", "w") as out:
    out.write("centreId,number,registeredVoters,latitude,longitude\r\n")
    for i in range(rows):
        out.write(f"{centres[i % 25]},{i + 1},{400 + i % 500},{11.5 + (i % 1000) / 1000:.4f},{104.0 + (i % 777) / 1000:.4f}\r\n")
PY
curl -sf "${auth[@]}" -H 'Content-Type: application/json' "$BASE/v1/imports" --data-binary @"$WORK/centres.json" > /dev/null

import() { # dryRun
  curl -s -o "$WORK/report.json" -w '%{http_code} %{time_total}\n' "${auth[@]}" -H 'Content-Type: text/csv' \
    "$BASE/v1/imports?electionId=$ELECTION&dryRun=$1" --data-binary @"$WORK/stations.csv"
}
read -r DRY_STATUS DRY_TIME < <(import true); DRY_REPORT=$(cat "$WORK/report.json")
read -r REAL_STATUS REAL_TIME < <(import false); REAL_REPORT=$(cat "$WORK/report.json")
read -r AGAIN_STATUS AGAIN_TIME < <(import false); AGAIN_REPORT=$(cat "$WORK/report.json")

# The official results of those stations as an election commission prints them: 20 SYNTHETIC parties registered
# for the election, then a CSV of one row per station (by its number) and one column per party (by its
# abbreviation) — 25,000 × 20 by default — as a dry run, for real, and again.
python3 - "$ELECTION" "$PREFIX" "$ROWS" "$WORK" <<'PY'
import json, sys
election, prefix, rows, work = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
parties = [f"{prefix}-5e7e-4000-8002-{p:012d}" for p in range(1, 21)]
abbreviations = [f"S{prefix}P{p}" for p in range(1, 21)]
json.dump({"parties": [{"id": party, "countryId": "KH", "name": {"en": f"SYNTHETIC party {p} {prefix}"},
                        "abbreviation": abbreviation}
                       for p, (party, abbreviation) in enumerate(zip(parties, abbreviations), 1)],
           "participations": [{"id": f"{prefix}-5e7e-4000-8003-{p:012d}", "electionId": election, "partyId": party,
                               "status": "REGISTERED"} for p, party in enumerate(parties, 1)]},
          open(f"{work}/parties.json", "w"))
with open(f"{work}/station-results.csv", "w") as out:
    out.write("stationNumber,registeredVoters,ballotsCast,validVotes,invalidVotes," + ",".join(abbreviations) + "\r\n")
    for i in range(rows):
        registered = 400 + i % 500
        valid = registered * 3 // 4
        votes = [valid * (21 - p) // 230 for p in range(2, 21)]
        votes = [valid - sum(votes)] + votes
        out.write(f"{i + 1},{registered},{valid + 7},{valid},7," + ",".join(map(str, votes)) + "\r\n")
PY
curl -sf "${auth[@]}" -H 'Content-Type: application/json' "$BASE/v1/imports" --data-binary @"$WORK/parties.json" > /dev/null
RESULTS_MB=$(du -m "$WORK/station-results.csv" | cut -f1)
import_results() { # dryRun
  curl -s -o "$WORK/report.json" -w '%{http_code} %{time_total}\n' "${auth[@]}" -H 'Content-Type: text/csv' \
    "$BASE/v1/imports/station-results?electionId=$ELECTION&dryRun=$1" --data-binary @"$WORK/station-results.csv"
}
read -r RESULTS_DRY_STATUS RESULTS_DRY_TIME < <(import_results true); RESULTS_DRY_REPORT=$(cat "$WORK/report.json")
read -r RESULTS_STATUS RESULTS_TIME < <(import_results false); RESULTS_REPORT=$(cat "$WORK/report.json")
read -r RESULTS_AGAIN_STATUS RESULTS_AGAIN_TIME < <(import_results false); RESULTS_AGAIN_REPORT=$(cat "$WORK/report.json")

# The exports, with the heap sampled while they stream: NDJSON on a JVM that has not exported yet (its JIT has not
# compiled the export's path), the same again, then CSV.
PEAK_FILE="$WORK/heap.txt"; : > "$PEAK_FILE"
( while kill -0 $APP 2>/dev/null; do
    jstat -gc $APP 2>/dev/null | awk 'NR==2 {printf "%.0f\n", ($3+$4+$6+$8)/1024}' >> "$PEAK_FILE"; sleep 0.2
  done ) & SAMPLER=$!
export_visits() { # file accept
  curl -s -o "$WORK/$1" -w '%{http_code} %{time_total}\n' -H "Accept: $2" \
    "$BASE/v1/exports/station-visits?electionId=$EXPORT_ELECTION"
}
read -r EXPORT_STATUS EXPORT_TIME < <(export_visits visits.ndjson application/x-ndjson)
EXPORT_ROWS=$(wc -l < "$WORK/visits.ndjson")
read -r EXPORT_AGAIN_STATUS EXPORT_AGAIN_TIME < <(export_visits visits.ndjson application/x-ndjson)
read -r CSV_EXPORT_STATUS CSV_EXPORT_TIME < <(export_visits visits.csv text/csv)
CSV_EXPORT_ROWS=$(($(wc -l < "$WORK/visits.csv") - 1))
kill $SAMPLER 2>/dev/null || true
PEAK_HEAP=$(sort -n "$PEAK_FILE" | tail -1)
RSS=$(ps -o rss= -p $APP | awk '{printf "%.0f", $1/1024}')
rate() { awk -v r="$1" -v t="$2" 'BEGIN {printf "%.0f", r / t}'; }

echo "### Import and export on a 256 MB heap (java -Xmx256m)"
echo
echo "| measurement | result |"
echo "| --- | --- |"
echo "| CSV import of $ROWS stations, dry run | HTTP $DRY_STATUS in ${DRY_TIME} s: $DRY_REPORT |"
echo "| CSV import of $ROWS stations | HTTP $REAL_STATUS in ${REAL_TIME} s: $REAL_REPORT |"
echo "| the same CSV again | HTTP $AGAIN_STATUS in ${AGAIN_TIME} s: $AGAIN_REPORT |"
echo "| CSV import of $ROWS official station results × 20 parties ($RESULTS_MB MB), dry run | HTTP $RESULTS_DRY_STATUS in ${RESULTS_DRY_TIME} s: $RESULTS_DRY_REPORT |"
echo "| CSV import of $ROWS official station results × 20 parties | HTTP $RESULTS_STATUS in ${RESULTS_TIME} s: $RESULTS_REPORT |"
echo "| the same results again | HTTP $RESULTS_AGAIN_STATUS in ${RESULTS_AGAIN_TIME} s: $RESULTS_AGAIN_REPORT |"
echo "| NDJSON export of the station visits of $EXPORT_ELECTION, first | HTTP $EXPORT_STATUS, $EXPORT_ROWS rows in ${EXPORT_TIME} s = $(rate "$EXPORT_ROWS" "$EXPORT_TIME") rows/s |"
echo "| the same export again | HTTP $EXPORT_AGAIN_STATUS, $EXPORT_ROWS rows in ${EXPORT_AGAIN_TIME} s = $(rate "$EXPORT_ROWS" "$EXPORT_AGAIN_TIME") rows/s |"
echo "| CSV export of the same visits | HTTP $CSV_EXPORT_STATUS, $CSV_EXPORT_ROWS rows in ${CSV_EXPORT_TIME} s = $(rate "$CSV_EXPORT_ROWS" "$CSV_EXPORT_TIME") rows/s |"
echo "| heap used during the exports, peak of 0.2 s samples | ${PEAK_HEAP:-?} MB of 256 MB |"
echo "| resident memory after the exports | $RSS MB |"
