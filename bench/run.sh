#!/usr/bin/env bash
# `make bench`: start gunicorn as production runs it (2 workers, DEBUG off,
# collected static files, SQLite and the shared file cache) on a free loopback
# port, with a database and cache of its own, and measure it with wrk.
# BENCH_SECONDS (default 5) and BENCH_ROUNDS (default 3) set the load time per
# address; BENCH_GZIP=1 adds GZipMiddleware (bench/gzip_settings.py) to measure it.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python

bash .ci/need.sh wrk wrk "for the benchmark"

# Everything the run writes lives in a folder of its own, removed at the end:
# a `make run` beside it keeps its own database and cache.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/jobba-bench-XXXXXX")
GUNICORN=""
cleanup() {
  if [ -n "$GUNICORN" ]; then kill "$GUNICORN" 2>/dev/null || true; wait "$GUNICORN" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

PORT=$($PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export DJANGO_DATA_DIR="$WORK/data" DJANGO_STATIC_ROOT="$WORK/static"
export DATABASE_URL="sqlite:///$WORK/data/db.sqlite3" CACHE_URL="filecache://$WORK/data/cache"
export DJANGO_SECRET_KEY
DJANGO_SECRET_KEY=$($PY -c 'import secrets; print(secrets.token_urlsafe(64))')
export DJANGO_DEBUG=0 DJANGO_HTTPS=0 DJANGO_LOG_LEVEL=WARNING
if [ "${BENCH_GZIP:-0}" = 1 ]; then export DJANGO_SETTINGS_MODULE=bench.gzip_settings; fi
export GUNICORN_BIND="127.0.0.1:$PORT" GUNICORN_WORKERS=2 GUNICORN_CONTROL_SOCKET=off
mkdir -p "$DJANGO_DATA_DIR"

echo "Preparing: database with content and example ads, collected static files…"
$PY manage.py migrate --noinput --verbosity 0
$PY manage.py loadcontent --examples >/dev/null
$PY manage.py collectstatic --noinput --verbosity 0

.venv/bin/gunicorn --config gunicorn.conf.py careers.wsgi >"$WORK/gunicorn.log" 2>&1 &
GUNICORN=$!
for _ in $(seq 100); do
  curl -fsS "http://$GUNICORN_BIND/healthz" >/dev/null 2>&1 && break
  kill -0 "$GUNICORN" 2>/dev/null || { cat "$WORK/gunicorn.log" >&2; exit 1; }
  sleep 0.2
done
echo "gunicorn is answering on http://$GUNICORN_BIND/"

$PY bench/measure.py --base "http://$GUNICORN_BIND"

echo
echo "Job alerts: sendjobalerts to a local SMTP sink…"
$PY bench/alerts.py

# The render table again on the production stack, when this machine has it: PostgreSQL (its own
# full-text search and GIN index) with Redis as the shared cache. A database of its own, dropped
# at the end; Redis's database 15, emptied before and after.
if command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432 \
   && $PY -c 'import redis; redis.Redis(host="127.0.0.1", socket_connect_timeout=1).ping()' 2>/dev/null; then
  PG_DB="jobba_bench_$$"
  dropdb() { psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true; }
  trap 'dropdb; cleanup' EXIT INT TERM
  psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $PG_DB" >/dev/null
  echo
  echo "Render cost on PostgreSQL with Redis…"
  (
    export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$PG_DB" CACHE_URL="redis://127.0.0.1:6379/15"
    $PY manage.py migrate --noinput --verbosity 0
    $PY manage.py loadcontent --examples >/dev/null
    $PY bench/render.py
  )
else
  echo
  echo "(No PostgreSQL and Redis on 127.0.0.1: the render table on them is left out.)"
fi
