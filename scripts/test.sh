#!/usr/bin/env bash
# Runs every test suite: unit, architecture, integration (on SQLite, then on PostgreSQL) and browser tests.
# Installs and starts PostgreSQL and Chromium when missing. The last line is "Tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh

ensure_postgres || { echo "PostgreSQL could not be started" >&2; echo "Tests: 0 passed, 1 failed"; exit 1; }
if ls tests/*/ -d | grep -q Browser; then ensure_chromium || { echo "Chromium could not be installed" >&2; echo "Tests: 0 passed, 1 failed"; exit 1; }; fi

log=$(mktemp)
status=0
dotnet build Tamga.sln -nologo -v q -clp:ErrorsOnly || { echo "Tests: 0 passed, 1 failed"; exit 1; }

run() {
  echo "== $*" >&2
  "$@" 2>&1 | tee -a "$log" | grep -E "^\s*(Passed!|Failed!|Failed |Skipped )|error" || true
  [ "${PIPESTATUS[0]}" = 0 ] || status=1
}

# Every suite on the embedded SQLite default.
run dotnet test Tamga.sln --no-build -nologo
# Every suite that touches data, again on PostgreSQL.
for project in tests/Tamga.Host.Tests; do
  TAMGA_TEST_PROVIDER=PostgreSQL run dotnet test "$project" --no-build -nologo
done

passed=$(grep -Eo "Passed: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo "Failed: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi
rm -f "$log"
echo "Tests: $passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$status" = 0 ]
