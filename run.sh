#!/usr/bin/env bash
# Starts the portal with the seed disclosures loaded.
#
# Without a configured database (ConnectionStrings__FinalAccounts), it provisions a project-local
# PostgreSQL under .local/ first. Listens on http://127.0.0.1:5080 unless FA_URL says otherwise.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh
source scripts/packages.sh

URL="${FA_URL:-http://127.0.0.1:5080}"

if [ -z "${ConnectionStrings__FinalAccounts:-}" ]; then
  ensure_local_postgres
  ensure_local_database finalaccounts
  export ConnectionStrings__FinalAccounts="$FA_PG_BASE;Database=finalaccounts"
fi

ensure_pdf_packages

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Database__LoadSeedOnStartup="${Database__LoadSeedOnStartup:-true}"
# Demonstration staff accounts with fresh passwords, printed at start (see README).
export Staff__DevelopmentUsers="${Staff__DevelopmentUsers:-true}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

fa_log "building"
dotnet build src/FinalAccounts.Web/FinalAccounts.Web.csproj -c Release -v quiet -nologo >/dev/null
fa_log "portal: $URL  (Ctrl-C stops it)"
cd src/FinalAccounts.Web
exec dotnet bin/Release/net10.0/FinalAccounts.Web.dll --urls "$URL" "$@"
