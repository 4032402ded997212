#!/usr/bin/env bash
# Builds and starts the ENT host on a throwaway database, then runs the
# GraphQL-over-HTTP server audits against it. Exits with the audit's exit code.
set -euo pipefail

PORT="${PORT:-5099}"
READY_TIMEOUT="${READY_TIMEOUT:-120}"
BASE_URL="http://127.0.0.1:${PORT}"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "${SCRIPT_DIR}/../.." && pwd)"

for tool in dotnet node npm curl; do
  command -v "$tool" >/dev/null || { echo "error: '$tool' is not installed" >&2; exit 1; }
done

DATA_DIR="$(mktemp -d)"
HOST_LOG="${DATA_DIR}/host.log"
HOST_PID=""

cleanup() {
  if [[ -n "$HOST_PID" ]] && kill -0 "$HOST_PID" 2>/dev/null; then
    # The host runs in its own process group (setsid): stop dotnet run and the app.
    kill -TERM -- "-${HOST_PID}" 2>/dev/null || true
    for _ in $(seq 1 20); do
      kill -0 "$HOST_PID" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL -- "-${HOST_PID}" 2>/dev/null || true
  fi
  rm -rf "$DATA_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

cd "$REPO_ROOT"
echo "Starting ENT host on ${BASE_URL} (data: ${DATA_DIR}, log: ${HOST_LOG})"
Ent__Data__Directory="$DATA_DIR" setsid dotnet run --project src/Ent.Host --no-launch-profile \
  -- --urls "$BASE_URL" >"$HOST_LOG" 2>&1 &
HOST_PID=$!

deadline=$((SECONDS + READY_TIMEOUT))
until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "${BASE_URL}/health/ready" || true)" == "200" ]]; do
  if ! kill -0 "$HOST_PID" 2>/dev/null; then
    echo "error: ENT host exited before becoming ready. Last log lines:" >&2
    tail -n 40 "$HOST_LOG" >&2 || true
    exit 1
  fi
  if ((SECONDS >= deadline)); then
    echo "error: ENT host did not answer 200 on ${BASE_URL}/health/ready within ${READY_TIMEOUT}s. Last log lines:" >&2
    tail -n 40 "$HOST_LOG" >&2 || true
    exit 1
  fi
  sleep 1
done
echo "ENT host is ready."

cd "$SCRIPT_DIR"
if [[ ! -d node_modules ]]; then
  npm ci --no-audit --no-fund
fi

status=0
node audit.mjs "${BASE_URL}/graphql" || status=$?
exit "$status"
