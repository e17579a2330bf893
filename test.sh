#!/usr/bin/env bash
# Runs every test against a real PostgreSQL and ends with one line: "N passed, N failed, N skipped".
#
# Without ConnectionStrings__FinalAccounts it starts the project-local PostgreSQL (see run.sh).
# Integration tests create and drop their own databases on that server. The browser tests drive the
# system's Chromium (installed when missing) and save their screenshots in artifacts/screenshots.
set -uo pipefail
cd "$(dirname "$0")" || exit 1
source scripts/postgres.sh
source scripts/packages.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ -n "${ConnectionStrings__FinalAccounts:-}" ]; then
  export FINALACCOUNTS_TEST_SERVER="$ConnectionStrings__FinalAccounts"
else
  ensure_local_postgres || exit 1
  export FINALACCOUNTS_TEST_SERVER="$FA_PG_BASE;Database=postgres"
fi

ensure_pdf_packages || exit 1
# Without Chromium the browser tests fail and say how to install it; the other tests still run.
ensure_browser_packages
# Without it the test of docker-compose.yml fails and says so; the other tests still run.
ensure_compose_validator
export FINALACCOUNTS_SCREENSHOTS="${FINALACCOUNTS_SCREENSHOTS:-$PWD/artifacts/screenshots}"

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

dotnet build FinalAccounts.sln -c Release -v quiet -nologo || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }

status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { printf '%s' "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(get total); executed=$(get executed); p=$(get passed); f=$(get failed)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
done
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then status=1; fi

echo "$passed passed, $failed failed, $skipped skipped"
if [ "$failed" -gt 0 ]; then status=1; fi
exit $status
