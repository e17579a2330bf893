#!/usr/bin/env bash
# The several-node set-up of docker-compose.yml, on this machine from Debian packages (docs/scale.md):
# a PostgreSQL primary and its streaming replica, two portal nodes on the primary, and nginx in front.
#
#   scripts/cluster.sh start [--database NAME (finalaccounts_cluster)] [--port P (5280)]
#   scripts/cluster.sh status
#   scripts/cluster.sh stop        stops nginx, the nodes, the replica and the primary
#   scripts/cluster.sh stop-primary | start-primary   (an outage of the database, for scripts/cluster-check.sh)
#   scripts/cluster.sh stop-replica | start-replica   (an outage of the replica, likewise)
#   scripts/cluster.sh start-node N                   (node N again, after cluster-check.sh killed it)
#
# Everything lives under .local/cluster (git-ignored): primary/ and replica/ (clusters, logs), node1.log,
# node2.log, nginx.conf with its logs. The primary listens on 55440, the replica on 55441, the nodes on
# 5281 and 5282 (the next free port when taken), nginx on --port. The nodes run in Production, load the
# seed (with the province generator's template department, whose disclosure has no findings) and start
# at the same moment, as two containers would; an administrator "admin" is created with
# the password in FINALACCOUNTS_ADMIN_PASSWORD (default: a fixed one, printed; a scratch set-up only).
# FA_CLUSTER_PRIMARY_PORT=P uses a PostgreSQL already running on that port instead (no replica, no seed
# loaded): the nodes and nginx in front of an existing database, e.g. a generated province for scripts/load-test.sh.
# nginx's access log records which node answered each request ($upstream_addr).
# scripts/cluster-check.sh runs the checks of issue 18 against it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
source scripts/packages.sh
source scripts/portal.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

CLUSTER="$FA_ROOT/.local/cluster"
DATABASE=finalaccounts_cluster
NGINX_PORT=5280
COMMAND="${1:-status}"
shift || true
while [ $# -gt 0 ]; do
  case "$1" in
    --database) DATABASE="$2"; shift ;;
    --port) NGINX_PORT="$2"; shift ;;
    1|2) NODE="$1" ;;
    *) fa_usage ;;
  esac
  shift
done
mkdir -p "$CLUSTER"

# state NAME [VALUE]: a value kept between invocations (ports, pids).
state() {
  if [ $# -eq 2 ]; then printf '%s' "$2" >"$CLUSTER/$1"; else cat "$CLUSTER/$1" 2>/dev/null || true; fi
}

start_primary() {
  if [ -n "${FA_CLUSTER_PRIMARY_PORT:-}" ]; then
    state primary.port "$FA_CLUSTER_PRIMARY_PORT"
    fa_log "using the PostgreSQL already running on 127.0.0.1:$FA_CLUSTER_PRIMARY_PORT as the primary (no replica)"
    return 0
  fi
  # In a subshell: the project's own cluster settings stay as they are for the rest of this script.
  state primary.port "$(export FA_PG_DIR="$CLUSTER/primary" FA_PG_PORT=55440
                       ensure_local_postgres >&2 && ensure_local_database "$DATABASE" >&2 && echo "$FA_PG_PORT")"
  [ -n "$(state primary.port)" ] || { fa_log "the primary did not start"; exit 1; }
  fa_log "primary on 127.0.0.1:$(state primary.port)"
}

start_replica() {
  local bin data log socket port connections
  bin=$(fa_pg_bin)
  data="$CLUSTER/replica/data"
  log="$CLUSTER/replica/server.log"
  mkdir -p "$CLUSTER/replica"
  [ "$(id -u)" -eq 0 ] && chown postgres "$CLUSTER/replica"
  if [ ! -f "$data/PG_VERSION" ]; then
    fa_log "copying the primary into the replica (pg_basebackup -R)"
    fa_as_owner "$bin/pg_basebackup" -h 127.0.0.1 -p "$(state primary.port)" -U postgres -D "$data" -R -X stream
  fi
  if ! fa_as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    # Started again (start-replica), it keeps its port: the nodes' connection strings name it.
    port=$(state replica.port)
    if [ -z "$port" ]; then
      port=55441
      while fa_port_busy "$port"; do port=$((port + 1)); done
    fi
    socket="/tmp/finalaccounts-replica-$(id -u)-$port"
    mkdir -p "$socket"
    [ "$(id -u)" -eq 0 ] && chown postgres "$socket" && touch "$log" && chown postgres "$log"
    # A standby allows at least the primary's connections, or it refuses to start: the primary's setting as
    # its own control file recorded it (readable with the primary down).
    connections=$(LC_ALL=C "$bin/pg_controldata" "$data" | sed -n 's/^max_connections setting: *//p')
    fa_as_owner "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $socket -c hot_standby=on -c max_connections=${connections:-300}" start >/dev/null
    state replica.port "$port"
  fi
  fa_log "replica on 127.0.0.1:$(state replica.port), in recovery: $("$bin/psql" -h 127.0.0.1 -p "$(state replica.port)" -U postgres -Atc 'SELECT pg_is_in_recovery()')"
}

# The seed the nodes load: the portal's seed and the province generator's template department (示范省司法局,
# its 2024 disclosure free of findings), which cluster-check.sh corrects and publishes through node 1.
write_seed() {
  ensure_python3 >/dev/null
  rm -rf "$CLUSTER/seed" && cp -r data/seed "$CLUSTER/seed"
  cp data/generator/template.json "$CLUSTER/seed/disclosures/generator-template.json"
  python3 - "$CLUSTER/seed" data/generator <<'MERGE'
import json, sys
seed, generator = sys.argv[1:]
for name in ("regions.json", "departments.json"):
    with open(f"{seed}/{name}", encoding="utf-8") as f: merged = json.load(f)
    with open(f"{generator}/{name}", encoding="utf-8") as f: merged += json.load(f)
    with open(f"{seed}/{name}", "w", encoding="utf-8") as f: json.dump(merged, f, ensure_ascii=False, indent=2)
MERGE
}

# start_node N PORT: a node on the primary, its public reads on the replica (ADR 0023), in the background;
# its pid and port are kept.
start_node() {
  local n="$1" port="$2"
  while fa_port_busy "$port"; do port=$((port + 10)); done
  (
    cd src/FinalAccounts.Web
    ASPNETCORE_ENVIRONMENT=Production \
    ConnectionStrings__FinalAccounts="Host=127.0.0.1;Port=$(state primary.port);Username=postgres;Database=$DATABASE" \
    ConnectionStrings__FinalAccountsReplica="$([ -n "$(state replica.port)" ] && [ -z "${FA_CLUSTER_PRIMARY_PORT:-}" ] \
      && echo "Host=127.0.0.1;Port=$(state replica.port);Username=postgres;Database=$DATABASE")" \
    Database__LoadSeedOnStartup="$([ -n "${FA_CLUSTER_PRIMARY_PORT:-}" ] && echo false || echo true)" \
    Database__SeedDirectory="$CLUSTER/seed" \
    ReverseProxy__KnownNetworks=127.0.0.1/32 \
      exec dotnet bin/Release/net10.0/FinalAccounts.Web.dll --urls "http://127.0.0.1:$port"
  ) >"$CLUSTER/node$n.log" 2>&1 &
  state "node$n.pid" "$!"
  state "node$n.port" "$port"
}

wait_healthy() {
  local n="$1"
  for _ in $(seq 1 240); do
    fa_health "$(state "node$n.port")" && return 0
    kill -0 "$(state "node$n.pid")" 2>/dev/null || { fa_log "node $n stopped:"; tail -n 20 "$CLUSTER/node$n.log" >&2; return 1; }
    sleep 0.5
  done
  fa_log "node $n did not report Healthy within 120 s"; return 1
}

start_nginx() {
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || fa_apt_install nginx
  local nginx upstreams
  nginx=$(command -v nginx || echo /usr/sbin/nginx)
  mkdir -p "$CLUSTER/nginx-temp"
  # Each start has an access log of its own (a load test writes gigabytes); the previous one is kept beside it.
  [ ! -f "$CLUSTER/nginx-access.log" ] || mv -f "$CLUSTER/nginx-access.log" "$CLUSTER/nginx-access.previous.log"
  upstreams="server 127.0.0.1:$(state node1.port) max_fails=3 fail_timeout=10s;\n    server 127.0.0.1:$(state node2.port) max_fails=3 fail_timeout=10s;"
  {
    echo "daemon on;"
    echo "pid $CLUSTER/nginx.pid;"
    echo "error_log $CLUSTER/nginx-error.log;"
    echo "events { worker_connections 1024; }"
    echo "http {"
    echo "  log_format nodes '\$remote_addr \$request_method \$uri \$status \$upstream_addr \$request_time';"
    echo "  access_log $CLUSTER/nginx-access.log nodes;"
    for temp in client_body proxy fastcgi uwsgi scgi; do echo "  ${temp}_temp_path $CLUSTER/nginx-temp/$temp;"; done
    # The repository's configuration, with this machine's nodes and port.
    sed -e '/server web[12]:8080/d' -e "s|^upstream \\([a-z_]*\\) {|upstream \\1 {\n    $upstreams|" \
        -e "s|listen 80;|listen 127.0.0.1:$NGINX_PORT;|" deploy/nginx/finalaccounts.conf
    echo "}"
  } >"$CLUSTER/nginx.conf"
  "$nginx" -t -q -c "$CLUSTER/nginx.conf" -p "$CLUSTER"
  "$nginx" -c "$CLUSTER/nginx.conf" -p "$CLUSTER"
  state nginx.port "$NGINX_PORT"
  fa_log "nginx on http://127.0.0.1:$NGINX_PORT in front of nodes $(state node1.port) and $(state node2.port)"
}

stop_all() {
  local nginx bin
  nginx=$(command -v nginx || echo /usr/sbin/nginx)
  [ -f "$CLUSTER/nginx.pid" ] && "$nginx" -c "$CLUSTER/nginx.conf" -p "$CLUSTER" -s quit 2>/dev/null || true
  for n in 1 2; do
    pid=$(state "node$n.pid")
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  bin=$(fa_pg_bin) || return 0
  fa_as_owner "$bin/pg_ctl" -D "$CLUSTER/replica/data" -m fast -w stop >/dev/null 2>&1 || true
  FA_PG_DIR="$CLUSTER/primary" stop_local_postgres
  fa_log "stopped"
}

case "$COMMAND" in
  start)
    state database "$DATABASE"
    start_primary
    [ -n "${FA_CLUSTER_PRIMARY_PORT:-}" ] || start_replica
    fa_log "building (Release)"
    dotnet build src/FinalAccounts.Web/FinalAccounts.Web.csproj -c Release -v quiet -nologo >/dev/null
    [ -n "${FA_CLUSTER_PRIMARY_PORT:-}" ] || write_seed
    # Both at the same moment on a database that may be empty: migrations and the seed apply once.
    start_node 1 5281
    start_node 2 5282
    wait_healthy 1
    wait_healthy 2
    if ! "$(fa_pg_bin)/psql" -h 127.0.0.1 -p "$(state primary.port)" -U postgres -d "$DATABASE" -Atc \
        "SELECT 1 FROM staff_users WHERE user_name = 'admin'" | grep -q 1; then
      export FINALACCOUNTS_ADMIN_PASSWORD="${FINALACCOUNTS_ADMIN_PASSWORD:-Cluster-Portal-2026!}"
      (cd src/FinalAccounts.Web && ASPNETCORE_ENVIRONMENT=Production \
        ConnectionStrings__FinalAccounts="Host=127.0.0.1;Port=$(state primary.port);Username=postgres;Database=$DATABASE" \
        dotnet bin/Release/net10.0/FinalAccounts.Web.dll create-admin admin 集群管理员 </dev/null) >/dev/null
      fa_log "administrator: admin / $FINALACCOUNTS_ADMIN_PASSWORD"
    fi
    start_nginx
    ;;
  status)
    for n in 1 2; do
      printf 'node %s on %s: %s\n' "$n" "$(state "node$n.port")" "$(fa_health "$(state "node$n.port")" && echo Healthy || echo down)"
    done
    printf 'nginx on %s, primary on %s, replica on %s\n' "$(state nginx.port)" "$(state primary.port)" "$(state replica.port)"
    ;;
  stop-primary)
    FA_PG_DIR="$CLUSTER/primary" stop_local_postgres
    fa_log "primary stopped"
    ;;
  start-primary) start_primary ;;
  stop-replica)
    fa_as_owner "$(fa_pg_bin)/pg_ctl" -D "$CLUSTER/replica/data" -m fast -w stop >/dev/null
    fa_log "replica stopped"
    ;;
  start-replica) start_replica ;;
  start-node)
    # start-node N: node N again on its port (after cluster-check.sh killed it).
    n="${NODE:-1}"
    DATABASE="$(state database)"
    [ -n "$DATABASE" ] || { fa_log "no cluster started by this script: start it first"; exit 1; }
    [ -n "${FA_CLUSTER_PRIMARY_PORT:-}" ] || [ -d "$CLUSTER/seed" ] || write_seed
    start_node "$n" "$(state "node$n.port")"
    wait_healthy "$n"
    ;;
  stop) stop_all ;;
  *) fa_usage ;;
esac
