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
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

RUNS="${FA_BENCH_RUNS:-20}"
PORT="${FA_BENCH_PORT:-5090}"
WORK="$FA_ROOT/.local/benchmark"

fa_package_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# Chromium draws Chinese with whatever fontconfig offers; Noto CJK is what a reader's browser would use.
ensure_chromium() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  fa_package_installed fonts-noto-cjk || missing+=(fonts-noto-cjk)
  [ ${#missing[@]} -eq 0 ] || fa_apt_install "${missing[@]}"
}

# "database NAME on HOST:PORT", leaving out user and password.
fa_describe_connection() {
  local key value host="" port="5432" database=""
  while IFS='=' read -r key value; do
    case "${key,,}" in
      host|server) host="$value" ;;
      port) port="$value" ;;
      database) database="$value" ;;
    esac
  done < <(tr ';' '\n' <<<"$1")
  printf 'database %s on %s:%s' "${database:-?}" "${host:-?}" "$port"
}

# GET /health without curl, which a fresh Debian lacks.
fa_health() {
  timeout 5 bash -c "exec 3<>/dev/tcp/127.0.0.1/$PORT &&
    printf 'GET /health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 && cat <&3" 2>/dev/null | grep -q Healthy
}

ensure_pdf_packages
ensure_chromium

if [ -z "${ConnectionStrings__FinalAccounts:-}" ]; then
  ensure_local_postgres
  ensure_local_database finalaccounts_bench
  export ConnectionStrings__FinalAccounts="$FA_PG_BASE;Database=finalaccounts_bench"
fi

fa_log "building (Release)"
dotnet build src/FinalAccounts.Web/FinalAccounts.Web.csproj -c Release -v quiet -nologo >/dev/null
dotnet build benchmarks/FinalAccounts.Benchmarks/FinalAccounts.Benchmarks.csproj -c Release -v quiet -nologo >/dev/null

tries=0
while fa_port_busy "$PORT" && [ $tries -lt 50 ]; do PORT=$((PORT + 1)); tries=$((tries + 1)); done
URL="http://127.0.0.1:$PORT"
mkdir -p "$WORK"
PORTAL_LOG="$WORK/portal.log"

portal_pid=""
stop_portal() {
  if [ -n "$portal_pid" ] && kill -0 "$portal_pid" 2>/dev/null; then
    kill "$portal_pid" 2>/dev/null || true
    wait "$portal_pid" 2>/dev/null || true
  fi
}
trap stop_portal EXIT
trap 'exit 130' INT TERM

fa_log "starting the portal on $URL (log: ${PORTAL_LOG#"$FA_ROOT"/})"
(
  cd src/FinalAccounts.Web
  export ASPNETCORE_ENVIRONMENT=Development Database__LoadSeedOnStartup=true
  exec dotnet bin/Release/net10.0/FinalAccounts.Web.dll --urls "$URL"
) >"$PORTAL_LOG" 2>&1 &
portal_pid=$!

# The first start migrates and loads the seed disclosures.
for _ in $(seq 1 240); do
  fa_health && break
  if ! kill -0 "$portal_pid" 2>/dev/null; then
    fa_log "the portal stopped; its log says:"
    tail -n 30 "$PORTAL_LOG" >&2
    exit 1
  fi
  sleep 0.5
done
fa_health || { fa_log "the portal did not report Healthy on $URL/health within 120 s"; tail -n 30 "$PORTAL_LOG" >&2; exit 1; }

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
