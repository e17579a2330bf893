#!/usr/bin/env bash
# A mixed public workload on a generated province (scripts/generate-province.sh), with wrk: for each
# workload it prints requests/s, p50, p99 and errors (connection failures, timeouts, answers other
# than 2xx/3xx). Targets (issue 18, this 2-core machine): no errors, p99 under 200 ms, and the random
# workload at least a quarter of the throughput of one hot page.
#   mixed     home, region pages, department pages, disclosure pages, the JSON API, CSV downloads
#             and searches, over random departments and years of the province
#   hot page  one disclosure page, again and again
#   mixed, with staff at work   (with FA_LOAD_STAFF="EDITOR PASSWORD REVIEWER PASSWORD DEPARTMENT YEAR") the mixed
#             workload again while scripts/load/staff.py publishes correction after correction of that
#             department-year: an editor imports its Excel template and submits, a reviewer publishes
#             (the department-year must be free of validator errors, as the generated ones are)
# Before measuring, every drawn disclosure and department is requested once, unmeasured, so that it keeps
# what its publication would have kept (the generated province was not published through the portal); the
# portal is warmed up for 30 s at full load on the measured addresses and others, so that its code runs at
# its optimised tier, as in a portal that has been running; then every node drops all its cached pages, as when
# an administrator renames a region (a publication drops only its department's pages and those across
# departments, ADR 0029). The measured run starts with nothing in the output cache, so each address's first
# request is measured too: the worst minute a running portal has.
# A measurement, not a test: it exits 0 whether or not the targets are met, 1 when it could not measure.
#
#   scripts/load-test.sh [--runs N (addresses drawn, 5000)] [--database NAME (finalaccounts_province)]
#                        [--seconds S (60)] [--connections C (64)]
#
# Every request carries Accept-Encoding as a browser sends it (FA_LOAD_ENCODING, default "gzip, deflate, br,
# zstd"; "identity" for none), so the answers are compressed as a reader's are.
# Against FA_LOAD_URL when set (nginx in front of several nodes, e.g. http://127.0.0.1:8080); otherwise
# it starts one Release portal on the province (Production, no seed, no background work) on
# FA_BENCH_PORT (5091) and stops it afterwards. wrk is installed from apt when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
source scripts/packages.sh
source scripts/portal.sh
source scripts/measure.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

SECONDS_EACH=60 CONNECTIONS=64 ARGS=()
FA_RUNS=5000
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) SECONDS_EACH="$2"; shift ;;
    --connections) CONNECTIONS="$2"; shift ;;
    *) ARGS+=("$1") ;;
  esac
  shift
done
fa_benchmark_options "${ARGS[@]}"
command -v wrk >/dev/null 2>&1 || fa_apt_install wrk
[ -z "${FA_LOAD_STAFF:-}" ] || ensure_python3
if [ -n "${FA_LOAD_URL:-}" ]; then
  fa_benchmark_database "$DATABASE"
  fa_libpq_environment "$ConnectionStrings__FinalAccounts"
  PSQL="$(fa_pg_bin)/psql"
  [ -x "$PSQL" ] || PSQL=psql
  FA_PORTAL_URL="$FA_LOAD_URL"
else
  fa_benchmark_portal load-test
fi

WORK="$FA_ROOT/.local/load-test"
ENCODING="Accept-Encoding: ${FA_LOAD_ENCODING:-gzip, deflate, br, zstd}"
mkdir -p "$WORK"
# Addresses over random department-years of the province, draws FIRST to LAST: a mix weighted like public traffic.
draw_addresses() {
  "$PSQL" -At -c "
  WITH ids AS (SELECT array_agg(id ORDER BY id) AS list FROM disclosures),
  picked AS (
    SELECT dep.code, dep.region_code, d.year, r, (r % 20) AS kind
    FROM ids CROSS JOIN generate_series($1, $2) r
    JOIN disclosures d ON d.id = ids.list[1 + ('x' || substr(md5(r::text), 1, 8))::bit(32)::bigint % cardinality(ids.list)]
    JOIN departments dep ON dep.id = d.department_id)
  SELECT CASE
    WHEN kind < 8 THEN '/disclosures/' || code || '/' || year
    WHEN kind < 10 THEN '/departments/' || code
    WHEN kind < 12 THEN '/regions/' || region_code
    WHEN kind < 13 THEN '/regions/' || region_code || '?p=2&sort=name'
    WHEN kind < 14 THEN '/'
    WHEN kind < 17 THEN '/api/v1/disclosures/' || code || '/' || year
    WHEN kind < 18 THEN '/disclosures/' || code || '/' || year || '/v1/csv/0' || (1 + r % 9)
    ELSE '/search?q=' || (ARRAY['%E5%8F%B8%E6%B3%95', '%E7%BB%8F%E8%B4%B9', '%E6%B3%95%E5%BE%8B%E6%8F%B4%E5%8A%A9'])[1 + r % 3]
         || '&year=' || year END
  FROM picked"
}
draw_addresses 1 "$FA_RUNS" >"$WORK/mixed.paths"
# More addresses for the warm-up, drawn after the measured ones.
draw_addresses "$(( FA_RUNS + 1 ))" "$(( FA_RUNS + FA_RUNS / 5 ))" | grep -vxF -f "$WORK/mixed.paths" >"$WORK/warm.paths" || true
grep -m 1 '^/disclosures/[^/]*/[0-9]*$' "$WORK/mixed.paths" >"$WORK/hot.paths"
read -r hot <"$WORK/hot.paths"
fa_log "$(wc -l <"$WORK/mixed.paths") addresses drawn; hot page $hot; $CONNECTIONS connections, $SECONDS_EACH s each; $ENCODING"

# The generated province was loaded behind the portal's back, so its versions lack what a publication
# keeps (ADR 0022): each keeps it on its first request. Those first requests are made here, once, with a
# query the measured run never sends, so the output cache holds none of the measured addresses.
# Every version the run reads is kept: a disclosure's page keeps its latest version (which the API answer
# and its downloads read too), a versioned address keeps that version, and a region's page the headline
# figures of the departments it lists (each an analysis when not kept: eighty of them, seconds, on a page).
# They ask with the run's Accept-Encoding, so that a page keeps its article compressed too (ADR 0031).
cat "$WORK/mixed.paths" "$WORK/warm.paths" | sed -E -e 's#^/api/v1/disclosures/#/disclosures/#' -e 's#/csv/0[0-9]$##' |
  grep -E '^/(disclosures|departments|regions)/' | sort -u | sed -E -e '/\?/ s/$/\&keep=1/' -e '/\?/! s/$/?keep=1/' >"$WORK/keep.paths"
fa_log "keeping the renditions of $(wc -l <"$WORK/keep.paths") disclosures, departments and region pages (first requests, unmeasured)"
started=$SECONDS
xargs -P 2 -I '{}' curl -s -o /dev/null -H "$ENCODING" "$FA_PORTAL_URL{}" <"$WORK/keep.paths"
fa_log "kept in $(( SECONDS - started )) s"

# Warm-up at full load for 30 s, on the measured addresses and others: the portal's code at its optimised
# tier (a fresh process spends a third of the machine compiling for about as long), first requests included.
# Then every node drops all its cached pages, as at an administrator's change (ADR 0019, 0029), so that the
# measured run starts from none; the word goes out on the nodes' channel as such a change's does.
fa_log "warming up on $(cat "$WORK/mixed.paths" "$WORK/warm.paths" | sort -u | wc -l) addresses"
cat "$WORK/mixed.paths" "$WORK/warm.paths" >"$WORK/warm-up.paths"
wrk -t2 -c"$CONNECTIONS" -d30s --timeout 10s -H "$ENCODING" -s scripts/load/mixed.lua "$FA_PORTAL_URL" -- "$WORK/warm-up.paths" >/dev/null
"$PSQL" -qAt -c "SELECT pg_notify('public_content_changed', 'load-test ' || pg_current_wal_lsn() || ' *')" >/dev/null
# A node drops its pages at once, or once its replica has replayed that position (milliseconds when it keeps
# up; ten seconds at most): nothing is being written meanwhile.
sleep 2

# Corrections published one after the other until the file "$WORK/staff.stop" appears.
staff_at_work() {
  read -r editor editor_password reviewer reviewer_password department year <<<"$FA_LOAD_STAFF"
  while [ ! -e "$WORK/staff.stop" ]; do
    python3 scripts/load/staff.py cycle "$FA_PORTAL_URL" "$editor" "$editor_password" "$reviewer" "$reviewer_password" \
      "$department" "$year" >>"$WORK/staff.log" 2>&1 || { echo "a cycle failed" >>"$WORK/staff.log"; sleep 1; }
  done
}

workloads=(mixed hot)
[ -n "${FA_LOAD_STAFF:-}" ] && workloads+=(staff) && cp "$WORK/mixed.paths" "$WORK/staff.paths"
printf '\n%-12s %10s %10s %9s %9s %8s\n' "workload" "requests" "req/s" "p50 ms" "p99 ms" "errors"
for workload in "${workloads[@]}"; do
  if [ "$workload" = staff ]; then
    rm -f "$WORK/staff.stop" "$WORK/staff.log"
    staff_at_work &
  fi
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 10s -H "$ENCODING" -s scripts/load/mixed.lua "$FA_PORTAL_URL" -- "$WORK/$workload.paths" \
    >"$WORK/$workload.out"
  if [ "$workload" = staff ]; then
    touch "$WORK/staff.stop"
    wait
  fi
  declare -A result=()
  while read -r key value; do result[$key]="$value"; done < <(grep -E '^(requests|seconds|failed|not_ok|p50_ms|p99_ms) ' "$WORK/$workload.out")
  rate=$(awk -v n="${result[requests]}" -v s="${result[seconds]}" 'BEGIN { printf "%.1f", n / s }')
  printf '%-12s %10s %10s %9s %9s %8s\n' "$([ "$workload" = staff ] && echo "mixed+staff" || echo "$workload")" "${result[requests]}" "$rate" "${result[p50_ms]}" "${result[p99_ms]}" \
    "$(( result[failed] + result[not_ok] ))"
  echo "$rate" >"$WORK/$workload.rate"
done
if [ -n "${FA_LOAD_STAFF:-}" ]; then
  echo
  echo "staff at work meanwhile: $(grep -c ' published in ' "$WORK/staff.log") corrections published," \
    "$(grep -c 'failed' "$WORK/staff.log") failed; each (s): $(grep -o 'in [0-9.]* s' "$WORK/staff.log" | awk '{ print $2 }' | paste -sd' ')"
fi
awk -v m="$(cat "$WORK/mixed.rate")" -v h="$(cat "$WORK/hot.rate")" \
  'BEGIN { printf "\nmixed / hot throughput: %.2f (target at least 0.25)\n", (h > 0 ? m / h : 0) }'
[ -n "${FA_LOAD_URL:-}" ] || fa_peak_memory_row
