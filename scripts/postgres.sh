#!/usr/bin/env bash
# A PostgreSQL server of the console's own, on loopback, for a PostgreSQL node, the cluster and the tests (decision 0010).
#
#   scripts/postgres.sh start        installs Debian's postgresql when missing, creates the cluster once, starts it
#   scripts/postgres.sh url <db>     starts it if needed, creates database <db> if missing, prints its connection string
#   scripts/postgres.sh stop         stops it
#   scripts/postgres.sh status       says whether it runs
#
# The cluster is its own, not Debian's "main": data under .tools/postgres/data (gitignored), listening on
# 127.0.0.1:${SC_PG_PORT:-55432}, its Unix socket in .tools/postgres/run. The login role is "serviceconsole"
# with password ${SC_PG_PASSWORD:-serviceconsole} (scram-sha-256 on loopback TCP); the superuser "postgres" is
# reached only through the socket. Everything is idempotent: start when it already runs, and url for a database
# that exists, succeed and change nothing. PostgreSQL refuses to run as root, so as root the server runs as the
# "postgres" system user (created by the package) through runuser.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

PORT=${SC_PG_PORT:-55432}
PASSWORD=${SC_PG_PASSWORD:-serviceconsole}
ROLE=serviceconsole
BASE="$ROOT/.tools/postgres"
DATA="$BASE/data"
SOCKETS="$BASE/run"
LOG="$BASE/postgres.log"

say() { echo "postgres.sh: $*" >&2; }

bin_dir() {
  # Debian's own binaries: a pg_ctl elsewhere on PATH (e.g. /usr/local/bin) may be another build.
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

install_if_missing() {
  if [ -z "$(bin_dir)" ]; then
    say "installing the Debian package postgresql"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  fi
  BIN=$(bin_dir) || { say "no PostgreSQL binaries under /usr/lib/postgresql after installing"; exit 1; }
}

# As root, run the server's commands as "postgres"; as anyone else, as that user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

running() { as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

superuser_sql() { as_owner "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKETS" -p "$PORT" -U postgres -d postgres -tA "$@"; }

prepare_folders() {
  mkdir -p "$BASE"
  if [ "$(id -u)" -eq 0 ]; then
    # The "postgres" user must reach the data folder; a repository under a private home cannot be entered by it,
    # and then the data lives under /var/lib/postgresql with a link from .tools/postgres/data.
    if ! runuser -u postgres -- test -x "$BASE" 2>/dev/null || ! runuser -u postgres -- test -r "$BASE" 2>/dev/null; then
      chown postgres:postgres "$BASE" 2>/dev/null || true
    fi
    if ! runuser -u postgres -- test -x "$BASE" 2>/dev/null; then
      local elsewhere="/var/lib/postgresql/serviceconsole-$PORT"
      mkdir -p "$elsewhere"
      chown postgres:postgres "$elsewhere"
      [ -e "$DATA" ] || ln -s "$elsewhere/data" "$DATA"
      SOCKETS="$elsewhere/run"
      LOG="$elsewhere/postgres.log"
      DATA="$elsewhere/data"
      BASE="$elsewhere"
    fi
    chown postgres:postgres "$BASE"
  fi
  as_owner mkdir -p "$SOCKETS"
}

create_cluster_once() {
  if [ -f "$DATA/PG_VERSION" ]; then
    return
  fi
  say "creating the cluster in $DATA (port $PORT)"
  as_owner mkdir -p "$DATA"
  as_owner chmod 700 "$DATA"
  local pwfile
  pwfile=$(as_owner mktemp "$BASE/pw.XXXXXX")
  as_owner sh -c "printf '%s\n' 'unused-superuser-password' > '$pwfile'"
  as_owner "$BIN/initdb" -D "$DATA" -U postgres --pwfile="$pwfile" --encoding=UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  as_owner rm -f "$pwfile"
  as_owner sh -c "cat >> '$DATA/postgresql.conf'" <<EOF

# ServiceConsole (scripts/postgres.sh): loopback only, its own port and socket folder.
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$SOCKETS'
max_connections = 300
EOF
}

start() {
  install_if_missing
  prepare_folders
  create_cluster_once
  if running; then
    return 0
  fi
  say "starting on 127.0.0.1:$PORT (log: $LOG)"
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start >/dev/null 9>&- # the server must not inherit the script lock
  if [ -z "$(superuser_sql -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" ]; then
    superuser_sql -c "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'" >/dev/null
  fi
}

stop() {
  BIN=$(bin_dir) || { say "PostgreSQL is not installed; nothing to stop"; return 0; }
  [ -L "$DATA" ] && DATA=$(readlink -f "$DATA")
  if [ -f "$DATA/PG_VERSION" ] && running; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
    say "stopped"
  else
    say "not running"
  fi
}

url() {
  local database=${1:-}
  if ! [[ "$database" =~ ^[a-z_][a-z0-9_]{0,62}$ ]]; then
    say "usage: scripts/postgres.sh url <database>   (lower-case letters, digits and _, at most 63)"
    exit 2
  fi
  start
  if [ -z "$(superuser_sql -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
    superuser_sql -c "CREATE DATABASE $database OWNER $ROLE" >/dev/null
  fi
  echo "Host=127.0.0.1;Port=$PORT;Database=$database;Username=$ROLE;Password=$PASSWORD"
}

# One script at a time per checkout: test fixtures running in parallel all call start (or url), and two first starts
# would both run initdb on one folder.
mkdir -p "$BASE"
exec 9>"$BASE/script.lock"
flock -w 300 9 || { say "another postgres.sh has held its lock for 5 minutes"; exit 1; }

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) url "${2:-}" ;;
  status)
    BIN=$(bin_dir) || { echo "not installed"; exit 1; }
    [ -L "$DATA" ] && DATA=$(readlink -f "$DATA")
    if [ -f "$DATA/PG_VERSION" ] && running; then echo "running on 127.0.0.1:$PORT"; else echo "stopped"; exit 1; fi
    ;;
  *)
    echo "usage: scripts/postgres.sh start|stop|status|url <database>" >&2
    exit 2
    ;;
esac
