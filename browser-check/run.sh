#!/usr/bin/env bash
# The browser check: starts the packaged service on a throw-away data directory and a port of its own, opens its
# Swagger UI in Debian's headless Chromium and uses it as a developer would (swagger-ui.mjs), then stops it.
# Not part of `mvn -B verify`, since it needs a browser.
#
# Needs: JDK 17+, Maven, Node.js 20+ with npm, and Chromium (apt-get install -y chromium).
# Usage: browser-check/run.sh            (BROWSER_CHECK_SKIP_BUILD=1 to use the packaged application as it is)
set -euo pipefail
cd "$(dirname "$0")/.."

command -v "${CHROMIUM:-/usr/bin/chromium}" > /dev/null || { echo "browser-check: no Chromium (apt-get install -y chromium)" >&2; exit 1; }
command -v npm > /dev/null || { echo "browser-check: no npm" >&2; exit 1; }
if [ -z "${BROWSER_CHECK_SKIP_BUILD:-}" ]; then
  mvn -B -q package -DskipTests
fi
(cd browser-check && npm ci --no-audit --no-fund --silent)

WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
KEY="browser-check-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
OBSERVA_DATABASE_EMBEDDED_DATA_DIR="$WORK/postgres" OBSERVA_DATABASE_EMBEDDED_DURABLE=false \
  OBSERVA_BOOTSTRAP_ADMIN_KEY="$KEY" QUARKUS_HTTP_PORT="$PORT" \
  java -jar api/target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2> /dev/null; wait $SERVICE 2> /dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/q/health/ready")" = 200 ] && break
  kill -0 $SERVICE 2> /dev/null || { cat "$WORK/service.log" >&2; exit 1; }
  sleep 0.5
done

echo "browser-check: Swagger UI at http://localhost:$PORT/q/swagger-ui/ in $("${CHROMIUM:-/usr/bin/chromium}" --version)"
(cd browser-check && node swagger-ui.mjs "http://localhost:$PORT" "$KEY")
