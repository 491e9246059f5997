#!/usr/bin/env bash
# The benchmark suite in one command (issue 14, item 6). Each benchmark measures its bare baseline in the same run
# and writes its raw report to docs/benchmarks-run-<name>.md; docs/benchmarks.md explains and summarises them.
#
#   scripts/bench.sh [all|ingest|ingest-postgres|latency|circuits|firing|firing-cluster]...      (default: all)
#
# Needs a quiet machine: each report prints the load average and any other console running, before and after.
# Browser-based benchmarks drive Debian's chromium (installed by scripts/test.sh when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

run() { dotnet run -c Release --no-build --project ServiceConsole.Benchmarks -- "$@"; }

dotnet build ServiceConsole.Benchmarks -c Release --nologo -v quiet >/dev/null

what=("$@")
[ ${#what[@]} -eq 0 ] && what=(all)
for name in "${what[@]}"; do
  case "$name" in
    all) "$0" ingest ingest-postgres latency circuits firing firing-cluster ;;
    # Ingest throughput and latency at 1, 16 and 64 connections, against a static file from the same server.
    ingest) run ingest 8 1,16,64 docs/benchmarks-run-ingest.md sqlite ;;
    # The same on PostgreSQL (scripts/postgres.sh's server on loopback, a fresh database).
    ingest-postgres) run ingest 8 1,16,64 docs/benchmarks-run-ingest-postgres.md postgres ;;
    # Ingest → hub client and ingest → DOM with 0, 3 and 20 open boards, against the bare HTTP round trip.
    latency) run 400 5 docs/benchmarks-run.md 0,3,20 ;;
    # Memory per supervisor board circuit against an empty page's; server CPU with 20 idle boards against none.
    circuits) run circuits 20 60 docs/benchmarks-run-circuits.md ;;
    # Firing lateness of 10,000 pending callbacks on SQLite, against bare timers.
    firing) run firing 10000 8 2 docs/benchmarks-run-firing.md 4 sqlite ;;
    # The same on the two-node cluster of scripts/cluster.sh (PostgreSQL, Quartz clustered, Redis), half the promises per node.
    firing-cluster) run firing 10000 9 2 docs/benchmarks-run-firing-cluster.md 4 cluster ;;
    *) echo "unknown benchmark: $name (all|ingest|ingest-postgres|latency|circuits|firing|firing-cluster)" >&2; exit 2 ;;
  esac
done
