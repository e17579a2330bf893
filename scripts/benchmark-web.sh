#!/usr/bin/env bash
# Load-tests the disclosure page of 硚口 2024 (420104-sfj) against the same HTML served as a static file
# by the same portal, and prints requests/s, p50 and p99 latency and response size side by side, with
# the targets: the page reaches at least a third of the static file's throughput, and its p99 stays
# under 50 ms. A measurement, not a test: it exits 0 whether or not the targets are met.
#
#   scripts/benchmark-web.sh
#
# FA_WRK_THREADS (2), FA_WRK_CONNECTIONS (32), FA_WRK_DURATION (15s) and FA_WRK_WARMUP (5s) shape the
# load; FA_BENCH_PORT (5090, the next free port when taken) and FA_BENCH_ENVIRONMENT (Production) the
# portal. Installs wrk and curl from apt when missing (as root or with password-less sudo), uses the
# project-local PostgreSQL with a database finalaccounts_bench (or ConnectionStrings__FinalAccounts),
# builds in Release and starts the portal with the seed loaded and a copy of wwwroot as its web root;
# the page is fetched once and saved into that copy, so both answers come from one Kestrel.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
source scripts/packages.sh
source scripts/portal.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

THREADS="${FA_WRK_THREADS:-2}"
CONNECTIONS="${FA_WRK_CONNECTIONS:-32}"
DURATION="${FA_WRK_DURATION:-15s}"
WARMUP="${FA_WRK_WARMUP:-5s}"
PORT="${FA_BENCH_PORT:-5090}"
WORK="$FA_ROOT/.local/benchmark-web"
PAGE_PATH="/disclosures/420104-sfj/2024"
STATIC_PATH="/benchmark/disclosure-420104-sfj-2024.html"

missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v curl >/dev/null 2>&1 || missing+=(curl)
[ ${#missing[@]} -eq 0 ] || fa_apt_install "${missing[@]}"
ensure_pdf_packages
fa_benchmark_database finalaccounts_bench

fa_log "building (Release)"
dotnet build src/FinalAccounts.Web/FinalAccounts.Web.csproj -c Release -v quiet -nologo >/dev/null

rm -rf "$WORK/webroot"
mkdir -p "$WORK"
cp -r src/FinalAccounts.Web/wwwroot "$WORK/webroot"

trap fa_stop_portal EXIT
trap 'exit 130' INT TERM
export ASPNETCORE_ENVIRONMENT="${FA_BENCH_ENVIRONMENT:-Production}"
fa_start_portal "$PORT" "$WORK/portal.log" --webroot "$WORK/webroot"
PAGE_URL="$FA_PORTAL_URL$PAGE_PATH"
STATIC_URL="$FA_PORTAL_URL$STATIC_PATH"

mkdir -p "$(dirname "$WORK/webroot$STATIC_PATH")"
curl -fsS "$PAGE_URL" -o "$WORK/webroot$STATIC_PATH"

# "HEADER_BYTES BODY_BYTES" of one response.
response_size() {
  curl -fsS -o /dev/null -w '%{size_header} %{size_download}\n' "$1"
}
read -r page_headers page_body < <(response_size "$PAGE_URL")
read -r static_headers static_body < <(response_size "$STATIC_URL")
if [ "$page_body" != "$static_body" ]; then
  fa_log "the static copy has $static_body bytes, the page $page_body: the two would not be comparable"
  exit 1
fi

# wrk prints latencies as 850.00us, 12.34ms or 1.20s; this gives milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0
    if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000
    printf "%.2f", n }'
}

# Runs wrk against a URL; sets RPS, P50, P99 (ms) and ERRORS (non-2xx/3xx responses and socket errors).
measure() {
  local out="$WORK/wrk-$1.txt"
  wrk --latency --timeout 10s -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" "$2" >"$out"
  RPS=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
  P50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
  P99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
  ERRORS=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$out")
}

cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)
cat <<EOF_INFO
Where the figures come from:
  page     GET $PAGE_PATH: Razor Pages, the disclosure read from $(fa_describe_connection "$ConnectionStrings__FinalAccounts")
  static   GET $STATIC_PATH: that page's HTML saved once, served by the same portal's static files
  portal   Release build, ASPNETCORE_ENVIRONMENT=$ASPNETCORE_ENVIRONMENT, $FA_PORTAL_URL (log: ${WORK#"$FA_ROOT"/}/portal.log)
  load     $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2), $THREADS threads, $CONNECTIONS connections, $DURATION each after $WARMUP of warm-up each;
           wrk runs on the same machine as the portal, page first, then the static file
  machine  $(nproc) cores, ${cpu:-unknown CPU}, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run

EOF_INFO

fa_log "warming up ($WARMUP each)"
wrk -t 1 -c 4 -d "$WARMUP" "$PAGE_URL" >/dev/null
wrk -t 1 -c 4 -d "$WARMUP" "$STATIC_URL" >/dev/null

fa_log "measuring the page ($DURATION)"
measure page "$PAGE_URL"
page_rps=$RPS page_p50=$P50 page_p99=$P99 page_errors=$ERRORS
fa_log "measuring the static file ($DURATION)"
measure static "$STATIC_URL"
static_rps=$RPS static_p50=$P50 static_p99=$P99 static_errors=$ERRORS

row() { printf '  %-22s %18s %18s\n' "$@"; }
row "" "page" "static file"
row "requests/s" "$page_rps" "$static_rps"
row "p50 latency (ms)" "$page_p50" "$static_p50"
row "p99 latency (ms)" "$page_p99" "$static_p99"
row "body bytes" "$page_body" "$static_body"
row "header bytes" "$page_headers" "$static_headers"
row "errors" "$page_errors" "$static_errors"
echo

verdict() { if [ "$1" -eq 1 ]; then echo "met"; else echo "missed"; fi; }
share=$(awk -v p="$page_rps" -v s="$static_rps" 'BEGIN { printf "%.3f", (s > 0 ? p / s : 0) }')
throughput_met=$(awk -v x="$share" 'BEGIN { print (x >= 1 / 3) ? 1 : 0 }')
latency_met=$(awk -v x="$page_p99" 'BEGIN { print (x < 50) ? 1 : 0 }')
echo "Targets:"
echo "  page throughput at least 1/3 (0.333) of the static file's: ${share} of it — $(verdict "$throughput_met")"
echo "  page p99 under 50 ms: $page_p99 ms — $(verdict "$latency_met")"
if [ "$page_errors" -gt 0 ] || [ "$static_errors" -gt 0 ]; then
  echo "  (some requests failed; see ${WORK#"$FA_ROOT"/}/wrk-*.txt and the portal log)"
fi
exit 0
