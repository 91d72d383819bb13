#!/usr/bin/env bash
# The Dockerfile's steps without a Docker engine, so CI proves the image recipe works: build to
# JavaScript, prune dev dependencies into a staging folder laid out like the image's /app, start
# `node dist/src/server.js` there with deploy/app.env (the compose file's settings) against a
# throwaway database on the local PostgreSQL, check /health, /health/ready and /metrics, then stop
# it with SIGTERM and require a clean exit. Expects `npm ci` to have run (CI does it first).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
pg_admin=${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}
stage=$(mktemp -d /tmp/deskhire-image.XXXXXX)
db="deskhire_image_$$"
server_pid=""
started=$(date +%s)

step() { printf '[image-recipe %3ss] %s\n' "$(($(date +%s) - started))" "$*"; }
cleanup() {
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then kill -KILL "$server_pid" || true; fi
  psql "$pg_admin" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$stage"
}
trap cleanup EXIT

# Build stage: RUN npm run build && npm prune --omit=dev (on a copy of node_modules, as the
# image's build stage prunes its own).
step "build: tsc to dist/ and copy assets"
npm run --silent build
step "stage /app: package.json, production node_modules, dist/"
cp package.json package-lock.json "$stage/"
cp -al node_modules "$stage/node_modules"
(cd "$stage" && npm prune --omit=dev --no-audit --no-fund --silent)
cp -a dist "$stage/dist"
if [[ -e $stage/node_modules/tsx || -e $stage/node_modules/vitest ]]; then
  echo "image-recipe: dev dependencies (tsx, vitest) survived the prune" >&2
  exit 1
fi
step "staged: $(du -sh "$stage" | cut -f1) ($(du -sh "$stage/node_modules" | cut -f1) of it node_modules)"

# Runtime stage: the compose file's settings, with the addresses of this machine.
psql "$pg_admin" -qc "CREATE DATABASE $db" >/dev/null
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
port=$(free_port)
metrics_port=$(free_port)
set -a
# shellcheck source=../deploy/app.env
source deploy/app.env
set +a
export HOST=127.0.0.1 PORT=$port METRICS_PORT=$metrics_port SHUTDOWN_DRAIN_MS=500
export DATABASE_URL="${pg_admin%/*}/$db"
export APP_SECRET
APP_SECRET=$(node -e "console.log(require('crypto').randomBytes(32).toString('hex'))")
export PUBLIC_URL=https://deskhire.image-recipe.test
step "start: node dist/src/server.js (NODE_ENV=$NODE_ENV, port $port, metrics $metrics_port)"
log="$stage/server.log"
(cd "$stage" && exec node dist/src/server.js) >"$log" 2>&1 &
server_pid=$!

deadline=$(($(date +%s) + 90))
until curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
  if ! kill -0 "$server_pid" 2>/dev/null || (($(date +%s) > deadline)); then
    echo "image-recipe: the built server did not become healthy:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.5
done
health=$(curl -fsS "http://127.0.0.1:$port/health")
ready=$(curl -fsS "http://127.0.0.1:$port/health/ready")
step "health: $health"
step "ready: $ready"
[[ $health == *'"engine":"postgres"'* ]] || { echo "image-recipe: /health is not on postgres" >&2; exit 1; }
metrics=$(curl -fsS "http://127.0.0.1:$metrics_port/metrics")
[[ $metrics == *'deskhire_http_requests_total{'* ]] || { echo "image-recipe: no metrics on METRICS_PORT" >&2; exit 1; }
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/metrics")
[[ $code == 404 ]] || { echo "image-recipe: /metrics is public ($code)" >&2; exit 1; }
grep -q '"msg":"request"' "$log" || { echo "image-recipe: no access lines in the log" >&2; exit 1; }

step "stop: SIGTERM to the server"
kill -TERM "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=""
if ((status != 0)); then
  echo "image-recipe: the server exited with $status after SIGTERM:" >&2
  tail -20 "$log" >&2
  exit 1
fi
step "ok: built server started from deploy/app.env, answered health and readiness, stopped cleanly"
