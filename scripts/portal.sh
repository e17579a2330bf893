#!/usr/bin/env bash
# The Release portal in the background, for the benchmark scripts. Sourced after postgres.sh.
#
#   fa_benchmark_database NAME    uses ConnectionStrings__FinalAccounts when set; otherwise the project-local
#                                 PostgreSQL with database NAME, exporting the connection string
#   fa_start_portal PORT LOG [ARG...]
#                                 starts the built portal on 127.0.0.1:PORT (the next free port when taken)
#                                 with the seed loaded, its output in LOG, and waits until /health answers
#                                 Healthy; sets FA_PORTAL_URL. ARGs go to the application (e.g. --webroot DIR).
#                                 ASPNETCORE_ENVIRONMENT defaults to Development; FA_LOAD_SEED=false
#                                 starts it without loading the seed.
#   fa_stop_portal                stops it; callers run it on EXIT (trap fa_stop_portal EXIT)
#   fa_describe_connection CS     "database NAME on HOST:PORT", leaving out user and password
#   fa_libpq_environment CS       exports PGHOST, PGPORT, PGDATABASE, PGUSER and PGPASSWORD from an Npgsql
#                                 connection string, so psql reaches the same database

FA_PORTAL_PID=""
FA_PORTAL_URL=""

fa_benchmark_database() {
  [ -n "${ConnectionStrings__FinalAccounts:-}" ] && return 0
  ensure_local_postgres || return 1
  ensure_local_database "$1" || return 1
  export ConnectionStrings__FinalAccounts="$FA_PG_BASE;Database=$1"
}

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

fa_libpq_environment() {
  local key value
  while IFS='=' read -r key value; do
    case "${key,,}" in
      host|server) export PGHOST="$value" ;;
      port) export PGPORT="$value" ;;
      database) export PGDATABASE="$value" ;;
      username|user\ id|userid) export PGUSER="$value" ;;
      password) export PGPASSWORD="$value" ;;
    esac
  done < <(tr ';' '\n' <<<"$1")
}

# GET /health without curl, which a fresh Debian lacks.
fa_health() {
  timeout 5 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1 &&
    printf 'GET /health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 && cat <&3" 2>/dev/null | grep -q Healthy
}

fa_start_portal() {
  local port="$1" log="$2" tries=0
  shift 2
  while fa_port_busy "$port" && [ $tries -lt 50 ]; do port=$((port + 1)); tries=$((tries + 1)); done
  FA_PORTAL_URL="http://127.0.0.1:$port"
  mkdir -p "$(dirname "$log")"
  fa_log "starting the portal on $FA_PORTAL_URL (log: ${log#"$FA_ROOT"/})"
  (
    cd "$FA_ROOT/src/FinalAccounts.Web" || exit 1
    ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" Database__LoadSeedOnStartup="${FA_LOAD_SEED:-true}" \
      exec dotnet bin/Release/net10.0/FinalAccounts.Web.dll --urls "$FA_PORTAL_URL" "$@"
  ) >"$log" 2>&1 &
  FA_PORTAL_PID=$!

  # The first start migrates, loads the seed disclosures and renders their PDFs.
  for _ in $(seq 1 240); do
    fa_health "$port" && return 0
    if ! kill -0 "$FA_PORTAL_PID" 2>/dev/null; then
      fa_log "the portal stopped; its log says:"
      tail -n 30 "$log" >&2
      return 1
    fi
    sleep 0.5
  done
  fa_log "the portal did not report Healthy on $FA_PORTAL_URL/health within 120 s; its log says:"
  tail -n 30 "$log" >&2
  return 1
}

fa_stop_portal() {
  if [ -n "$FA_PORTAL_PID" ] && kill -0 "$FA_PORTAL_PID" 2>/dev/null; then
    kill "$FA_PORTAL_PID" 2>/dev/null || true
    wait "$FA_PORTAL_PID" 2>/dev/null || true
  fi
  FA_PORTAL_PID=""
}
