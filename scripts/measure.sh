# Helpers the benchmark scripts share (source after portal.sh): starting the portal on the generated
# province, timing addresses against it and printing their percentiles.
#
#   fa_benchmark_options ARG...   reads --runs N and --database NAME (sets FA_RUNS, DATABASE); prints the
#                                 calling script's usage (its header) and exits 2 on anything else
#   fa_benchmark_portal NAME      points at the generated province in DATABASE (exits 1 when it holds none),
#                                 sets PSQL, builds the Release portal and starts it (Production, no seed,
#                                 no background work) on FA_BENCH_PORT (5091), logging to .local/logs/NAME.log,
#                                 and stops it on exit
#   fa_measure_header             prints the heading of the table fa_measure prints rows of
#   fa_measure LABEL TARGET FILE  requests the last FA_WARMUP addresses of FILE unmeasured (the portal's
#                                 code then runs at its optimised tier), then the others once each (up to
#                                 FA_RUNS), and prints a row: runs, p50 and p95 in ms, the target, errors
#                                 (any answer but 200). The times are kept in FILE.times.
#   fa_peak_memory_row            prints the portal's peak resident memory against 1 GB

FA_RUNS="${FA_RUNS:-100}"
FA_WARMUP="${FA_WARMUP:-10}"
DATABASE=finalaccounts_province

fa_benchmark_options() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --runs) FA_RUNS="$2"; shift ;;
      --database) DATABASE="$2"; shift ;;
      *) fa_usage ;;
    esac
    shift
  done
  [[ "$FA_RUNS" =~ ^[1-9][0-9]*$ ]] || { fa_log "--runs takes a whole number"; exit 2; }
}

fa_benchmark_portal() {
  command -v curl >/dev/null 2>&1 || fa_apt_install curl
  fa_benchmark_database "$DATABASE"
  fa_libpq_environment "$ConnectionStrings__FinalAccounts"
  PSQL="$(fa_pg_bin)/psql"
  [ -x "$PSQL" ] || PSQL=psql
  if ! "$PSQL" -Atc "SELECT 1 FROM generator.planted_anomalies LIMIT 1" >/dev/null 2>&1; then
    fa_log "$(fa_describe_connection "$ConnectionStrings__FinalAccounts") holds no generated province: run scripts/generate-province.sh first"
    exit 1
  fi
  fa_log "building (Release)"
  dotnet build src/FinalAccounts.Web/FinalAccounts.Web.csproj -c Release -v quiet -nologo >/dev/null
  trap fa_stop_portal EXIT
  ASPNETCORE_ENVIRONMENT=Production FA_LOAD_SEED=false Findings__BackgroundCheck=false PublicationTasks__Worker=false \
    fa_start_portal "${FA_BENCH_PORT:-5091}" "$FA_ROOT/.local/logs/$1.log"
}

# p50 and p95 in ms of the times (s) on stdin.
fa_percentiles() {
  sort -n | awk '{ t[NR] = $1 * 1000 } END {
    if (NR == 0) { print "- -"; exit }
    p50 = t[int((NR - 1) * 0.50) + 1]; p95 = t[int((NR - 1) * 0.95) + 1]
    printf "%.1f %.1f\n", p50, p95 }'
}

fa_measure_header() {
  printf '\n%-48s %6s %9s %9s %9s  %s\n' "question" "runs" "p50 ms" "p95 ms" "target" "errors"
}

fa_measure() {
  local label="$1" target="$2" file="$3" address code seconds errors=0 p50 p95
  while read -r address; do curl -s -o /dev/null "$FA_PORTAL_URL$address"; done < <(tail -n "$FA_WARMUP" "$file")
  : >"$file.times"
  while read -r address; do
    read -r code seconds < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$FA_PORTAL_URL$address")
    if [ "$code" = 200 ]; then echo "$seconds" >>"$file.times"; else errors=$((errors + 1)); fi
  done < <(head -n "$FA_RUNS" "$file")
  read -r p50 p95 < <(fa_percentiles <"$file.times")
  printf '%-48s %6s %9s %9s %9s  %s\n' "$label" "$(( $(wc -l <"$file.times") + errors ))" "$p50" "$p95" "< $target" "$errors"
}

fa_peak_memory_row() {
  local peak_kb
  peak_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$FA_PORTAL_PID/status" 2>/dev/null || echo 0)
  printf '%-48s %6s %9s %9s %9s\n' "portal peak resident memory (MB)" "" "" "$((peak_kb / 1024))" "< 1024"
}
