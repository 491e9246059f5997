#!/usr/bin/env bash
# A ServiceConsole cluster on one machine: PostgreSQL and Redis on loopback (installed from Debian's packages when
# missing, by scripts/postgres.sh and scripts/redis.sh) and two console nodes on one database and one Redis.
#
#   scripts/cluster.sh [start] [PORT_A PORT_B]   start (default ports 5081 and 5082); prints each node's address
#   scripts/cluster.sh stop                      stop the nodes, then PostgreSQL and Redis if this script started them
#   scripts/cluster.sh stop-nodes                stop the nodes only
#   scripts/cluster.sh status                    which nodes run, with their pids and logs
#
# Node A starts first and alone: it migrates the database (and seeds the demo centre when the demo is on); node B
# starts once A answers /healthz. Both run the same build with the same settings: provider Postgres, the clustered
# Quartz store, the SignalR Redis backplane, the change feed over Redis and one Data Protection key ring in Redis.
#
# Environment (all optional):
#   SC_CLUSTER_DB        the database name                         (default serviceconsole_cluster)
#   SC_CLUSTER_DLL       a built ServiceConsole.Web.dll to run      (default: build ServiceConsole.Web in Release)
#   SC_CLUSTER_STATE     the folder for pids and logs               (default .tools/cluster)
#   ASPNETCORE_ENVIRONMENT                                         (default Development: demo centre, traffic on node A)
# Any other ServiceConsole__… / Policy__… / ConnectionStrings__… variable reaches both nodes unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
state=${SC_CLUSTER_STATE:-$root/.tools/cluster}
mkdir -p "$state"

node_pids() { for f in "$state"/node-*.pid; do [ -f "$f" ] && echo "$f"; done; return 0; }

stop_nodes() {
  for pidfile in $(node_pids); do
    pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$pid" 2>/dev/null || true
      echo "stopped node $(basename "$pidfile" .pid | sed 's/node-//') (pid $pid)"
    fi
    rm -f "$pidfile"
  done
}

wait_healthy() { # port pid log
  for _ in $(seq 1 180); do
    if ! kill -0 "$2" 2>/dev/null; then
      echo "node on port $1 exited; the end of its log ($3):" >&2; tail -n 30 "$3" >&2; return 1
    fi
    curl -fsS -o /dev/null "http://127.0.0.1:$1/healthz" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "node on port $1 did not answer /healthz within 90 s; see $3" >&2; return 1
}

start_node() { # name port demo
  local port=$2 log="$state/node-$2.log"
  if [ -f "$state/node-$port.pid" ] && kill -0 "$(cat "$state/node-$port.pid")" 2>/dev/null; then
    echo "node $1 already runs on port $port"; return 0
  fi
  (
    cd "$(dirname "$dll")"
    export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
    export ServiceConsole__Database__Provider=Postgres
    export ConnectionStrings__Console="$database"
    export ConnectionStrings__Redis="$redis"
    export ServiceConsole__Scheduler__Clustered=true
    [ "$3" = "demo" ] || export ServiceConsole__Demo__Enabled=false
    exec setsid dotnet "$dll" --urls "http://127.0.0.1:$port" >"$log" 2>&1
  ) &
  echo $! >"$state/node-$port.pid"
  wait_healthy "$port" "$!" "$log"
  echo "node $1: http://127.0.0.1:$port (pid $(cat "$state/node-$port.pid"), log $log)"
}

command=${1:-start}
case "$command" in
  stop-nodes)
    stop_nodes ;;
  stop)
    stop_nodes
    [ -f "$state/started-redis" ] && { scripts/redis.sh stop; rm -f "$state/started-redis"; }
    [ -f "$state/started-postgres" ] && { scripts/postgres.sh stop; rm -f "$state/started-postgres"; }
    exit 0 ;;
  status)
    for pidfile in $(node_pids); do
      pid=$(cat "$pidfile"); port=$(basename "$pidfile" .pid | sed 's/node-//')
      if kill -0 "$pid" 2>/dev/null; then echo "port $port: running (pid $pid, log $state/node-$port.log)"; else echo "port $port: not running"; fi
    done ;;
  start|[0-9]*)
    [ "$command" = start ] && shift || true
    port_a=${1:-5081}; port_b=${2:-5082}
    # Remember whether this script started the servers, so that `stop` stops only what it started.
    scripts/postgres.sh status >/dev/null 2>&1 || touch "$state/started-postgres"
    scripts/redis.sh status >/dev/null 2>&1 || touch "$state/started-redis"
    scripts/postgres.sh start >/dev/null
    scripts/redis.sh start >/dev/null
    database=$(scripts/postgres.sh url "${SC_CLUSTER_DB:-serviceconsole_cluster}")
    redis=$(scripts/redis.sh url)
    dll=${SC_CLUSTER_DLL:-}
    if [ -z "$dll" ]; then
      dotnet build ServiceConsole.Web -c Release --nologo -v quiet >"$state/build.log" 2>&1 \
        || { echo "the build failed; see $state/build.log" >&2; exit 1; }
      dll=$root/ServiceConsole.Web/bin/Release/net10.0/ServiceConsole.Web.dll
    fi
    start_node A "$port_a" demo
    start_node B "$port_b" nodemo
    echo "database: ${SC_CLUSTER_DB:-serviceconsole_cluster} on PostgreSQL; redis: $redis"
    echo "stop with: scripts/cluster.sh stop" ;;
  *)
    echo "usage: scripts/cluster.sh [start] [PORT_A PORT_B] | stop | stop-nodes | status" >&2; exit 2 ;;
esac
