#!/usr/bin/env bash
# Times the in-process PDF of 硚口 2024 (420104-sfj) against Chromium printing the same disclosure's
# page, in one run, and prints both with the ratio and the targets (≥10× faster than Chromium,
# under 100 ms warm). A measurement, not a test: it exits 0 whether or not the targets are met.
#
#   scripts/benchmark-pdf.sh [benchmark arguments, e.g. --runs 50 or --out DIR]
#
# Installs Chromium and fonts-noto-cjk from apt when missing (as root or with password-less sudo),
# uses the project-local PostgreSQL with a database finalaccounts_bench (or ConnectionStrings__FinalAccounts),
# builds in Release, starts the portal on http://127.0.0.1:5090 (FA_BENCH_PORT; the next free port
# when taken) with the seed loaded, runs benchmarks/FinalAccounts.Benchmarks and stops the portal.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
source scripts/packages.sh
source scripts/portal.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

RUNS="${FA_BENCH_RUNS:-20}"
PORT="${FA_BENCH_PORT:-5090}"
WORK="$FA_ROOT/.local/benchmark"

ensure_pdf_packages
ensure_browser_packages
fa_benchmark_database finalaccounts_bench

fa_log "building (Release)"
dotnet build src/FinalAccounts.Web/FinalAccounts.Web.csproj -c Release -v quiet -nologo >/dev/null
dotnet build benchmarks/FinalAccounts.Benchmarks/FinalAccounts.Benchmarks.csproj -c Release -v quiet -nologo >/dev/null

trap fa_stop_portal EXIT
trap 'exit 130' INT TERM
fa_start_portal "$PORT" "$WORK/portal.log"
URL="$FA_PORTAL_URL"

chromium_version=$(/usr/bin/chromium --version 2>/dev/null || true)
cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)
cat <<EOF
Where the figures come from:
  PDFsharp   DisclosurePdfRenderer.Render in this process (Release build), on the analysis of 420104-sfj 2024
             loaded once through DisclosureAnalysisService from $(fa_describe_connection "$ConnectionStrings__FinalAccounts")
  Chromium   ${chromium_version:-/usr/bin/chromium} through Playwright .NET, one browser and one page reused,
             printing $URL/disclosures/420104-sfj/2024 (A4, backgrounds) from the Release portal started here
  machine    $(nproc) cores, ${cpu:-unknown CPU}; both measured in the same run, one after the other
  PDFs       the last PDF of each renderer is kept in ${WORK#"$FA_ROOT"/}/

EOF

status=0
dotnet benchmarks/FinalAccounts.Benchmarks/bin/Release/net10.0/FinalAccounts.Benchmarks.dll \
  --connection "$ConnectionStrings__FinalAccounts" --url "$URL" --runs "$RUNS" --stages --out "$WORK" "$@" || status=$?
exit $status
