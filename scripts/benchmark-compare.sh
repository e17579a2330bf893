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
source scripts/measure.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

fa_benchmark_options "$@"
fa_benchmark_portal benchmark-compare
read -r FIRST_YEAR LAST_YEAR DISCLOSURES < <("$PSQL" -At -F ' ' -c "SELECT min(year), max(year), count(*) FROM disclosures")
fa_log "province of $DISCLOSURES disclosures, $FIRST_YEAR–$LAST_YEAR, in $(fa_describe_connection "$ConnectionStrings__FinalAccounts")"

WORK="$FA_ROOT/.local/benchmark-compare"
mkdir -p "$WORK"
YEARS=$(seq -s, "$FIRST_YEAR" "$LAST_YEAR")

# The addresses of one question, one per line, drawn reproducibly (md5 of the run number).
addresses() {
  case "$1" in
    years)
      "$PSQL" -At -c "SELECT '/api/v1/compare/years?department=' || code || '&years=$YEARS'
                      FROM departments ORDER BY md5(code) LIMIT $((FA_RUNS + FA_WARMUP))" ;;
    departments)
      "$PSQL" -At -c "SELECT '/api/v1/compare/departments?year=' || ($FIRST_YEAR + r % ($LAST_YEAR - $FIRST_YEAR + 1)) || '&departments=' ||
                             (SELECT string_agg(code, ',') FROM (SELECT code FROM departments ORDER BY md5(code || r) LIMIT 300) s)
                      FROM generate_series(1, $((FA_RUNS + FA_WARMUP))) r" ;;
    kind)
      "$PSQL" -At -c "SELECT '/api/v1/compare/departments?year=' || ($FIRST_YEAR + r % ($LAST_YEAR - $FIRST_YEAR + 1)) || '&region=990000&kind=' ||
                             (SELECT regexp_replace(upper(encode(convert_to(kind, 'UTF8'), 'hex')), '(..)', '%\\1', 'g')
                              FROM (SELECT DISTINCT kind FROM departments) k ORDER BY md5(kind || r) LIMIT 1)
                      FROM generate_series(1, $((FA_RUNS + FA_WARMUP))) r" ;;
    anomalies)
      "$PSQL" -At -c "SELECT '/api/v1/anomalies?region=' ||
                             (SELECT code FROM regions WHERE parent_code = '990000' ORDER BY md5(code || r) LIMIT 1) ||
                             '&year=' || ($FIRST_YEAR + r % ($LAST_YEAR - $FIRST_YEAR + 1))
                      FROM generate_series(1, $((FA_RUNS + FA_WARMUP))) r" ;;
  esac
}

fa_measure_header
for question in years departments kind anomalies; do
  case "$question" in
    years) label="10-year comparison of one department"; target=50 ;;
    departments) label="300 departments, one year"; target=50 ;;
    kind) label="one kind across the province, one year"; target=500 ;;
    anomalies) label="anomaly list of a city, one year"; target=500 ;;
  esac
  addresses "$question" >"$WORK/$question.urls"
  fa_measure "$label" "$target" "$WORK/$question.urls"
done
fa_peak_memory_row
