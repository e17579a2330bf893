#!/usr/bin/env bash
# Times the auditors' comparisons on a generated province (scripts/generate-province.sh) and prints, per
# question, p50 and p95 of the answer's time with the target, then the portal's peak memory:
#   a 10-year comparison of one department          (p95 < 50 ms)
#   a 300-department comparison for one year         (p95 < 50 ms)
#   one kind of department across the whole province (p95 < 500 ms)
#   the anomaly list of a city for a year            (p95 < 500 ms)
#   the portal's peak resident memory                (< 1 GB)
# Each request asks the JSON API for another department, year, kind or city, drawn from a fixed sequence
# (nothing is answered from a cache). A measurement, not a test: it exits 0 whether or not the targets
# are met, 1 when it could not measure.
#
#   scripts/benchmark-compare.sh [--runs N (100)] [--database NAME (finalaccounts_province)]
#
# Uses ConnectionStrings__FinalAccounts when set, otherwise the project-local PostgreSQL; starts the
# Release portal (Production, no seed, no background check of findings) on FA_BENCH_PORT (5091) and stops it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
source scripts/packages.sh
source scripts/portal.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

RUNS=100 DATABASE=finalaccounts_province
# Requests answered before measuring, on addresses not measured after: the portal's code is then
# compiled to its optimised tier, as in a portal that has been running.
WARMUP=10
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift ;;
    --database) DATABASE="$2"; shift ;;
    *) sed -n '2,17p' "$0" >&2; exit 2 ;;
  esac
  shift
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { fa_log "--runs takes a whole number"; exit 2; }

command -v curl >/dev/null 2>&1 || fa_apt_install curl
fa_benchmark_database "$DATABASE"
fa_libpq_environment "$ConnectionStrings__FinalAccounts"
PSQL="$(fa_pg_bin)/psql"
[ -x "$PSQL" ] || PSQL=psql
if ! "$PSQL" -Atc "SELECT 1 FROM generator.planted_anomalies LIMIT 1" >/dev/null 2>&1; then
  fa_log "$(fa_describe_connection "$ConnectionStrings__FinalAccounts") holds no generated province: run scripts/generate-province.sh first"
  exit 1
fi
read -r FIRST_YEAR LAST_YEAR DISCLOSURES < <("$PSQL" -At -F ' ' -c "SELECT min(year), max(year), count(*) FROM disclosures")
fa_log "province of $DISCLOSURES disclosures, $FIRST_YEAR–$LAST_YEAR, in $(fa_describe_connection "$ConnectionStrings__FinalAccounts")"

fa_log "building (Release)"
dotnet build src/FinalAccounts.Web/FinalAccounts.Web.csproj -c Release -v quiet -nologo >/dev/null
trap fa_stop_portal EXIT
ASPNETCORE_ENVIRONMENT=Production FA_LOAD_SEED=false Findings__BackgroundCheck=false \
  fa_start_portal "${FA_BENCH_PORT:-5091}" "$FA_ROOT/.local/logs/benchmark-compare.log"

WORK="$FA_ROOT/.local/benchmark-compare"
mkdir -p "$WORK"
YEARS=$(seq -s, "$FIRST_YEAR" "$LAST_YEAR")

# The addresses of one question, one per line, drawn reproducibly (md5 of the run number).
addresses() {
  case "$1" in
    years)
      "$PSQL" -At -c "SELECT '/api/v1/compare/years?department=' || code || '&years=$YEARS'
                      FROM departments ORDER BY md5(code) LIMIT $((RUNS + WARMUP))" ;;
    departments)
      "$PSQL" -At -c "SELECT '/api/v1/compare/departments?year=' || ($FIRST_YEAR + r % ($LAST_YEAR - $FIRST_YEAR + 1)) || '&departments=' ||
                             (SELECT string_agg(code, ',') FROM (SELECT code FROM departments ORDER BY md5(code || r) LIMIT 300) s)
                      FROM generate_series(1, $((RUNS + WARMUP))) r" ;;
    kind)
      "$PSQL" -At -c "SELECT '/api/v1/compare/departments?year=' || ($FIRST_YEAR + r % ($LAST_YEAR - $FIRST_YEAR + 1)) || '&region=990000&kind=' ||
                             (SELECT regexp_replace(upper(encode(convert_to(kind, 'UTF8'), 'hex')), '(..)', '%\\1', 'g')
                              FROM (SELECT DISTINCT kind FROM departments) k ORDER BY md5(kind || r) LIMIT 1)
                      FROM generate_series(1, $((RUNS + WARMUP))) r" ;;
    anomalies)
      "$PSQL" -At -c "SELECT '/api/v1/anomalies?region=' ||
                             (SELECT code FROM regions WHERE parent_code = '990000' ORDER BY md5(code || r) LIMIT 1) ||
                             '&year=' || ($FIRST_YEAR + r % ($LAST_YEAR - $FIRST_YEAR + 1))
                      FROM generate_series(1, $((RUNS + WARMUP))) r" ;;
  esac
}

# p50 and p95 in ms of the times (s) on stdin.
percentiles() {
  sort -n | awk '{ t[NR] = $1 * 1000 } END {
    if (NR == 0) { print "- -"; exit }
    p50 = t[int((NR - 1) * 0.50) + 1]; p95 = t[int((NR - 1) * 0.95) + 1]
    printf "%.1f %.1f\n", p50, p95 }'
}

printf '\n%-44s %6s %9s %9s %9s  %s\n' "question" "runs" "p50 ms" "p95 ms" "target" "errors"
for question in years departments kind anomalies; do
  case "$question" in
    years) label="10-year comparison of one department"; target=50 ;;
    departments) label="300 departments, one year"; target=50 ;;
    kind) label="one kind across the province, one year"; target=500 ;;
    anomalies) label="anomaly list of a city, one year"; target=500 ;;
  esac
  addresses "$question" >"$WORK/$question.urls"
  # The last WARMUP addresses warm the portal up; then each of the others once.
  while read -r address; do curl -s -o /dev/null "$FA_PORTAL_URL$address"; done < <(tail -n "$WARMUP" "$WORK/$question.urls")
  : >"$WORK/$question.times"
  errors=0
  while read -r address; do
    read -r code seconds < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$FA_PORTAL_URL$address")
    if [ "$code" = 200 ]; then echo "$seconds" >>"$WORK/$question.times"; else errors=$((errors + 1)); fi
  done < <(head -n "$RUNS" "$WORK/$question.urls")
  read -r p50 p95 < <(percentiles <"$WORK/$question.times")
  printf '%-44s %6s %9s %9s %9s  %s\n' "$label" "$(( $(wc -l <"$WORK/$question.times") + errors ))" "$p50" "$p95" "< $target" "$errors"
done

peak_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$FA_PORTAL_PID/status" 2>/dev/null || echo 0)
printf '%-44s %6s %9s %9s %9s\n' "portal peak resident memory (MB)" "" "" "$((peak_kb / 1024))" "< 1024"
