#!/usr/bin/env bash
# Starts a PostgreSQL server on localhost for the rewrite plan tests (JUnit tag "postgres"), exports
# the environment they read and prints it on stdout, so either works:
#   source .ci/postgres.sh
#   eval "$(bash .ci/postgres.sh)"
# Idempotent: installs Debian's postgresql only if no server is present, reuses a running cluster.
set -euo pipefail

PORT="${REGEXGUARD_PG_PORT:-54329}"
DATA="${REGEXGUARD_PG_DATA:-/var/tmp/regexguard-postgres}"
ROLE=regexguard
PASSWORD=regexguard
DATABASE=regexguard

log() { echo "postgres.sh: $*" >&2; }

server_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | while read -r dir; do
    [ -x "$dir/postgres" ] && [ -x "$dir/initdb" ] && echo "$dir"
  done | tail -n 1
}

BIN="$(server_bin)"
# pg_trgm and citext come with the server package (postgresql-contrib on older releases).
has_extensions() {
  local version
  version="$(basename "$(dirname "$1")")"
  [ -f "/usr/share/postgresql/$version/extension/pg_trgm.control" ] \
    && [ -f "/usr/share/postgresql/$version/extension/citext.control" ]
}
if [ -z "$BIN" ] || ! has_extensions "$BIN"; then
  log "installing Debian's postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql postgresql-contrib >&2
  BIN="$(server_bin)"
fi
[ -n "$BIN" ] || { log "no PostgreSQL server binaries found"; exit 1; }

# The server refuses to run as root: run it as the postgres account the package creates.
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  as_server() { runuser -u postgres -- "$@"; }
else
  as_server() { "$@"; }
fi

if [ ! -s "$DATA/PG_VERSION" ]; then
  log "creating a cluster in $DATA"
  mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$DATA"
  chmod 700 "$DATA"
  # A non-C collation, as in production: prefix LIKE then needs text_pattern_ops.
  LOCALE=C.UTF-8
  locale -a 2>/dev/null | grep -qi '^en_US.utf8$' && LOCALE=en_US.UTF-8
  as_server "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale="$LOCALE" >&2
fi

if ! as_server "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  log "starting the server on localhost:$PORT"
  as_server "$BIN/pg_ctl" -D "$DATA" -w -t 60 -l "$DATA/server.log" \
    -o "-p $PORT -c listen_addresses=localhost -k /tmp" start >&2
fi

psql_admin() { "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h localhost -p "$PORT" -U postgres -d postgres "$@"; }
if [ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]; then
  psql_admin -c "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'" >&2
fi
if [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != 1 ]; then
  psql_admin -c "CREATE DATABASE $DATABASE OWNER $ROLE" >&2
fi

export REGEXGUARD_PG_URL="jdbc:postgresql://localhost:$PORT/$DATABASE"
export REGEXGUARD_PG_USER="$ROLE"
export REGEXGUARD_PG_PASSWORD="$PASSWORD"
echo "export REGEXGUARD_PG_URL=$REGEXGUARD_PG_URL"
echo "export REGEXGUARD_PG_USER=$REGEXGUARD_PG_USER"
echo "export REGEXGUARD_PG_PASSWORD=$REGEXGUARD_PG_PASSWORD"
