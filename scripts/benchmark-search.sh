#!/usr/bin/env bash
# Times the public search on a generated province (scripts/generate-province.sh) and prints, per kind
# of question, p50 and p95 of the whole page's time (target: p95 < 100 ms), then the portal's peak memory:
#   two-character words, no filter            司法, 经费, 调解 … and two-character region names
#   two-character words, region and/or year   the same, narrowed to a city, a district or a year
#   longer words and phrases, no filter       法律援助, 机关运行经费, 收支总计均为 …
#   longer words, region and/or year
#   a department's full name                  江城市东城区财政局 …: one department, ten years
#   two words at once                         司法 预算, 律师 调解 …
# Each request draws its words and filters from fixed lists by the md5 of the run number, so a run is
# reproducible and successive requests differ; each also carries its run number, which the search
# ignores, so none is answered from the output cache. A measurement, not a test: it exits 0 whether or
# not the targets are met, 1 when it could not measure.
#
#   scripts/benchmark-search.sh [--runs N (100)] [--database NAME (finalaccounts_province)]
#
# Uses ConnectionStrings__FinalAccounts when set, otherwise the project-local PostgreSQL; starts the
# Release portal (Production, no seed, no background check of findings) on FA_BENCH_PORT (5091) and
# stops it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
source scripts/packages.sh
source scripts/portal.sh
# Fifty unmeasured searches of each kind before any is measured (below).
FA_WARMUP="${FA_WARMUP:-50}"
source scripts/measure.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

fa_benchmark_options "$@"
fa_benchmark_portal benchmark-search
read -r DISCLOSURES ROWS < <("$PSQL" -At -F ' ' -c "SELECT (SELECT count(*) FROM disclosures), (SELECT count(*) FROM search_disclosures)")
fa_log "province of $DISCLOSURES disclosures ($ROWS search rows) in $(fa_describe_connection "$ConnectionStrings__FinalAccounts")"

WORK="$FA_ROOT/.local/benchmark-search"
mkdir -p "$WORK"

# The addresses of one kind of question, one per line: words from a list, filters drawn per run.
addresses() {
  local words filtered=false
  case "$1" in
    short|short-filtered)
      words="ARRAY['司法','经费','调解','律师','预算','公用','采购','资产','财政','教育','公安','社区','援助','项目']
             || ARRAY(SELECT left(name, 2) FROM regions WHERE code <> '990000' ORDER BY code LIMIT 10)" ;;
    long|long-filtered)
      words="ARRAY['法律援助','机关运行经费','三公经费','收支总计均为','政府采购','人民调解','一般公共预算财政拨款','国有资产占用情况','绩效自评','行政复议应诉科']" ;;
    names)
      words="ARRAY(SELECT r.name || split_part(d.name, r.name, 2) FROM departments d JOIN regions r ON r.code = d.region_code
                   WHERE d.name LIKE r.name || '%' ORDER BY md5(d.code) LIMIT 50)" ;;
    pairs)
      words="ARRAY['司法 预算','律师 调解','经费 采购','法律援助 律师','教育 资产','公安 三公经费']" ;;
  esac
  case "$1" in *-filtered) filtered=true ;; esac
  # pick LIST SALT: one element of a list, drawn by the md5 of the run number and a salt.
  pick() { echo "($1)[1 + ('x' || substr(md5(r || '$2'), 1, 8))::bit(32)::bigint % cardinality($1)]"; }
  "$PSQL" -At -c "
    WITH w AS (SELECT $words AS list),
    years AS (SELECT array_agg(DISTINCT year) AS list FROM disclosures),
    cities AS (SELECT array_agg(code ORDER BY code) AS list FROM regions WHERE parent_code = '990000'),
    districts AS (SELECT array_agg(code ORDER BY code) AS list FROM regions WHERE parent_code <> '990000')
    SELECT '/search?q=' || replace($(pick w.list w), ' ', '+')
           || CASE WHEN NOT $filtered THEN ''
                   ELSE CASE r % 3
                     WHEN 0 THEN '&year=' || $(pick years.list::text[] y)
                     WHEN 1 THEN '&region=' || $(pick cities.list c)
                     ELSE '&region=' || $(pick districts.list d) || '&year=' || $(pick years.list::text[] y) END
              END
           -- The run's number, which the search ignores: each address is new to the output cache.
           || '&run=' || r
    FROM w, years, cities, districts, generate_series(1, $((FA_RUNS + FA_WARMUP))) r" |
    python3 -c 'import sys, urllib.parse
for line in sys.stdin: print(urllib.parse.quote(line.strip(), safe="/?=&+"))'
}

QUESTIONS="short short-filtered long long-filtered names pairs"
# Every kind of question first, FA_WARMUP of each, unmeasured: a search's code runs some hundreds of
# times before the runtime has compiled it at its last tier, and a search read rows up to 3 ms each
# slower in between (measured with a bare Npgsql client), which ten searches of one kind did not cover.
for question in $QUESTIONS; do
  addresses "$question" >"$WORK/$question.urls"
  while read -r address; do curl -s -o /dev/null "$FA_PORTAL_URL$address"; done < <(tail -n "$FA_WARMUP" "$WORK/$question.urls")
done

fa_measure_header
for question in $QUESTIONS; do
  case "$question" in
    short) label="two-character words" ;;
    short-filtered) label="two-character words, region and/or year" ;;
    long) label="longer words and phrases" ;;
    long-filtered) label="longer words, region and/or year" ;;
    names) label="a department's full name" ;;
    pairs) label="two words at once" ;;
  esac
  fa_measure "$label" 100 "$WORK/$question.urls"
done
fa_peak_memory_row
