#!/usr/bin/env bash
# Installs Stoplight Prism (the OpenAPI proxy validator the contract test runs the API traffic through) into
# .tools/prism when it is missing. Idempotent; needs Node.js and npm. Prints the path of the prism command.
set -euo pipefail
cd "$(dirname "$0")/.."
version="5.16.0"
prism=".tools/prism/node_modules/.bin/prism"
if [ ! -x "$prism" ] || [ "$("$prism" --version 2>/dev/null)" != "$version" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "warning: npm is missing; the OpenAPI contract test will fail (install Node.js 20+)" >&2
    exit 1
  fi
  npm install --silent --no-audit --no-fund --prefix .tools/prism "@stoplight/prism-cli@${version}" >&2
fi
echo "$PWD/$prism"
