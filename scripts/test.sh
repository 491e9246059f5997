#!/usr/bin/env bash
# Runs every test of ServiceConsole and ends with the line "N passed, N failed".
# Installs what the tests need when it is missing (Debian packages, as root or with sudo).
set -uo pipefail
cd "$(dirname "$0")/.."

need_apt=()
# Browser tests drive Debian's Chromium; without CJK fonts Chinese screens render as empty boxes.
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need_apt+=(fonts-noto-cjk)
# The PostgreSQL tests and the two-node cluster test run real servers (scripts/postgres.sh, scripts/redis.sh, scripts/cluster.sh
# start them on loopback); installing both here, in one apt run, keeps parallel test fixtures from racing for apt's lock.
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need_apt+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing missing packages: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null \
    || echo "warning: could not install ${need_apt[*]}; the tests that need them will fail" >&2
fi

# The OpenAPI contract test runs the API traffic through Stoplight Prism (npm), installed into .tools/prism when missing.
scripts/install-prism.sh >/dev/null || echo "warning: could not install Prism; the OpenAPI contract test will fail" >&2

results=$(mktemp -d)
dotnet test ServiceConsole.sln --nologo -c Release --logger "trx;LogFileName=results.trx" --results-directory "$results" "$@" 2>&1 | tee "$results/output.log"
status=${PIPESTATUS[0]}

passed=0; failed=0
for trx in "$results"/*.trx "$results"/**/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # the build or the runner failed before any test could report
fi
echo "${passed} passed, ${failed} failed"
exit "$status"
