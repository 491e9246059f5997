#!/usr/bin/env bash
# A Redis of the console's own on loopback, for the cluster and the Redis tests (issue 14).
#   scripts/redis.sh start   installs the Debian package redis-server when missing (as root or with sudo) and starts
#                            redis-server on 127.0.0.1:${SC_REDIS_PORT:-56379}, daemonized, its pid, log and working
#                            folder under .tools/redis/; already running is success
#   scripts/redis.sh url     prints the connection string for ConnectionStrings:Redis (127.0.0.1:56379)
#   scripts/redis.sh stop    stops the server this script started
#   scripts/redis.sh status  exits 0 when the server answers on its port, 1 otherwise
# The change feed and the SignalR backplane are pub/sub and keep nothing; the one thing the console stores in Redis is
# the Data Protection key ring, which must outlive a restart (without it no cookie or stored ID number reads), so the
# append-only file is on, in .tools/redis/ (docs/scale-out.md).
set -euo pipefail
cd "$(dirname "$0")/.."

port="${SC_REDIS_PORT:-56379}"
dir="$(pwd)/.tools/redis"
pidfile="$dir/redis-$port.pid"
logfile="$dir/redis-$port.log"

find_server() {
  command -v redis-server 2>/dev/null || { [ -x /usr/bin/redis-server ] && echo /usr/bin/redis-server; } || true
}

ping() {
  if command -v redis-cli >/dev/null 2>&1; then
    [ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" = "PONG" ]
  else
    # bash's /dev/tcp when the client is missing
    exec 3<>"/dev/tcp/127.0.0.1/$port" 2>/dev/null || return 1
    printf 'PING\r\n' >&3
    local reply; read -r -t 2 reply <&3 || true
    exec 3>&- 3<&-
    [ "${reply%$'\r'}" = "+PONG" ]
  fi
}

install() {
  [ -n "$(find_server)" ] && return 0
  echo "Installing redis-server (Debian package)" >&2
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  # The package may also start its own service on port 6379; this script neither needs nor touches it.
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends redis-server >/dev/null
  [ -n "$(find_server)" ] || { echo "redis-server is still missing after apt-get install" >&2; exit 1; }
}

start() {
  mkdir -p "$dir"
  if ping; then
    echo "redis already running on 127.0.0.1:$port" >&2
    return 0
  fi
  install
  # One append-only folder per port (the default port keeps the folder it always had), so a second server started with
  # SC_REDIS_PORT never shares, or replays, another's key ring.
  local aof=appendonlydir; [ "$port" != 56379 ] && aof="appendonlydir-$port"
  "$(find_server)" --bind 127.0.0.1 --port "$port" --protected-mode yes \
    --daemonize yes --pidfile "$pidfile" --logfile "$logfile" --dir "$dir" \
    --save "" --appendonly yes --appenddirname "$aof" --appendfsync everysec >/dev/null 9>&- # the server must not inherit the script lock
  for _ in $(seq 1 100); do
    if ping; then
      echo "redis started on 127.0.0.1:$port (log $logfile)" >&2
      return 0
    fi
    sleep 0.1
  done
  echo "redis did not answer on 127.0.0.1:$port; see $logfile" >&2
  exit 1
}

stop() {
  if [ -f "$pidfile" ]; then
    local pid; pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -f "$pidfile"
    echo "redis on 127.0.0.1:$port stopped" >&2
  else
    echo "no redis started by this script on port $port" >&2
  fi
}

# One script at a time per checkout: test fixtures running in parallel all call start.
mkdir -p "$dir"
exec 9>"$dir/script.lock"
flock -w 120 9 || { echo "another redis.sh has held its lock for 2 minutes" >&2; exit 1; }

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  url) echo "127.0.0.1:$port" ;;
  status) if ping; then echo "redis running on 127.0.0.1:$port"; else echo "redis not running on 127.0.0.1:$port"; exit 1; fi ;;
  *) echo "usage: $0 [start|stop|url|status]" >&2; exit 2 ;;
esac
