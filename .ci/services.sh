#!/usr/bin/env bash
# Makes sure PostgreSQL and Redis answer on 127.0.0.1 for the second test run:
# installs them (Debian packages) when missing, starts them when stopped, and
# lets the user postgres in from loopback without a password, as CI's
# DATABASE_URL expects. Idempotent: on a machine where both run, it only checks.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

updated=""
install() {
  [ -n "$updated" ] || { apt-get update -qq; updated=1; }
  echo "Installing $* …"
  apt-get install -y -qq "$@" >/dev/null
}

pg_up() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }
pg_login() { psql -w -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1" >/dev/null 2>&1; }
wait_for() {  # wait_for SECONDS COMMAND…
  local seconds=$1; shift
  for _ in $(seq "$seconds"); do "$@" && return 0; sleep 1; done
  "$@"
}

# PostgreSQL
command -v pg_isready >/dev/null && command -v psql >/dev/null || install postgresql-client
if ! pg_up; then
  [ -d /usr/lib/postgresql ] && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || install postgresql
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  if [ ! -d "/etc/postgresql/$version/main" ]; then
    echo "Creating the PostgreSQL $version cluster main…"
    pg_createcluster "$version" main >/dev/null
  fi
  echo "Starting PostgreSQL $version…"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  wait_for 30 pg_up || { echo "PostgreSQL does not answer on 127.0.0.1:5432" >&2; exit 1; }
fi
if ! pg_login; then
  # A fresh Debian cluster asks for a password over TCP; CI's throwaway
  # cluster trusts the user postgres from loopback instead.
  hba=$(su postgres -c "psql -tAc 'SHOW hba_file'")
  echo "Letting postgres in from loopback without a password ($hba)…"
  sed -i '1i host all postgres 127.0.0.1/32 trust\nhost all postgres ::1/128 trust' "$hba"
  su postgres -c "psql -tAc 'SELECT pg_reload_conf()'" >/dev/null
  wait_for 10 pg_login || { echo "Cannot log in to PostgreSQL as postgres from 127.0.0.1" >&2; exit 1; }
fi
psql -w -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='jobba'" | grep -q 1 \
  || psql -w -h 127.0.0.1 -U postgres -c "CREATE DATABASE jobba" >/dev/null

# Redis
redis_up() { redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; }
command -v redis-cli >/dev/null || install redis-tools
if ! redis_up; then
  command -v redis-server >/dev/null || install redis-server
  mkdir -p /var/lib/redis /var/log/redis
  echo "Starting Redis…"
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
  wait_for 30 redis_up || { echo "Redis does not answer on 127.0.0.1:6379" >&2; exit 1; }
fi
echo "PostgreSQL $(psql -w -h 127.0.0.1 -U postgres -tAc 'SHOW server_version') and Redis $(redis-cli -h 127.0.0.1 info server | sed -n 's/^redis_version:\(.*\)\r$/\1/p') answer on 127.0.0.1."
