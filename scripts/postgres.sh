#!/usr/bin/env bash
# Project-local PostgreSQL for development and tests. Sourced by run.sh and test.sh.
#
#   ensure_local_postgres   installs PostgreSQL when missing (apt, as root), creates a cluster under
#                           .local/postgres (git-ignored) on first use, starts it on 127.0.0.1:$FA_PG_PORT
#                           and exports FA_PG_BASE, a connection string without a database name.
#   stop_local_postgres     stops that cluster.
#
# The cluster trusts loopback connections only; it is a developer's scratch database, never production.

FA_ROOT="${FA_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
FA_PG_PORT="${FA_PG_PORT:-55432}"
FA_PG_DIR="${FA_PG_DIR:-$FA_ROOT/.local/postgres}"

fa_log() { printf '[finalaccounts] %s\n' "$*" >&2; }

# fa_usage: the running script's usage, its header comment (from line 2 to the first line that is not a
# comment), on stderr; exits 2.
fa_usage() { sed -n '2,/^[^#]/p' "$0" | sed '$d' >&2; exit 2; }

fa_pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && printf '%s' "$dir"
}

fa_install_postgres() {
  if [ -n "$(fa_pg_bin)" ]; then return 0; fi
  if [ "$(id -u)" -ne 0 ]; then
    fa_log "PostgreSQL is not installed. Install it with: sudo apt-get install -y postgresql"
    return 1
  fi
  fa_log "installing PostgreSQL from apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  [ -n "$(fa_pg_bin)" ] || { fa_log "PostgreSQL installation failed"; return 1; }
}

# Runs a server command as the cluster's owner: initdb and postgres refuse to run as root.
fa_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

fa_port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The server runs as "postgres" when we are root; it must be able to reach its folder. A clone in a
# folder it cannot traverse (e.g. under /root) keeps its cluster under /tmp instead.
fa_choose_cluster_dir() {
  [ "$(id -u)" -eq 0 ] || return 0
  mkdir -p "$FA_PG_DIR"
  chown postgres "$FA_PG_DIR" 2>/dev/null
  if ! runuser -u postgres -- test -w "$FA_PG_DIR" 2>/dev/null; then
    FA_PG_DIR="/tmp/finalaccounts-pg-$(printf '%s' "$FA_ROOT" | md5sum | cut -c1-12)"
    fa_log "the postgres user cannot reach the project folder; using $FA_PG_DIR"
  fi
}

fa_socket_dir() {
  local dir="$FA_PG_DIR/run"
  # A Unix socket path must stay under 107 bytes.
  if [ $(( ${#dir} + 20 )) -ge 107 ]; then dir="/tmp/finalaccounts-pg-$(id -u)-$FA_PG_PORT"; fi
  printf '%s' "$dir"
}

ensure_local_postgres() {
  fa_install_postgres || return 1
  local bin data socket log
  bin=$(fa_pg_bin)
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/false postgres
  fi
  fa_choose_cluster_dir
  data="$FA_PG_DIR/data"
  log="$FA_PG_DIR/server.log"
  mkdir -p "$FA_PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres "$FA_PG_DIR"

  if [ ! -f "$data/PG_VERSION" ]; then
    fa_log "creating a project-local PostgreSQL cluster in ${data#"$FA_ROOT"/}"
    rm -rf "$data"
    fa_as_owner "$bin/initdb" -D "$data" -E UTF8 --locale=C.UTF-8 -U postgres --auth=trust >/dev/null
  fi
  [ "$(id -u)" -eq 0 ] && chown -R postgres "$data" && touch "$log" && chown postgres "$log"

  if fa_as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    # Already running (a previous run.sh): use the port it listens on.
    FA_PG_PORT=$(sed -n 4p "$data/postmaster.pid")
  else
    local tries=0
    while fa_port_busy "$FA_PG_PORT" && [ $tries -lt 50 ]; do FA_PG_PORT=$((FA_PG_PORT + 1)); tries=$((tries + 1)); done
    socket=$(fa_socket_dir)
    mkdir -p "$socket"
    [ "$(id -u)" -eq 0 ] && chown postgres "$socket"
    # A quarter of the memory (128 MB to 2 GB) for PostgreSQL's own cache, and the planner told that
    # pages are mostly cached (SSD): a province's comparisons then read indexes, not whole tables.
    # Room for the connection pools of the tests' databases (each keeps its idle connections until
    # the database is dropped) beside a portal's own.
    local buffers
    buffers=$(awk '/^MemTotal/ { m = int($2 / 4096); if (m > 2048) m = 2048; if (m < 128) m = 128; print m }' /proc/meminfo)
    fa_log "starting PostgreSQL on 127.0.0.1:$FA_PG_PORT"
    if ! fa_as_owner "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $FA_PG_PORT -k $socket -c fsync=off -c full_page_writes=off -c shared_buffers=${buffers}MB -c random_page_cost=1.1 -c max_connections=300" start >/dev/null; then
      fa_log "PostgreSQL did not start; its log says:"
      tail -n 20 "$log" >&2
      return 1
    fi
  fi
  export FA_PG_BASE="Host=127.0.0.1;Port=$FA_PG_PORT;Username=postgres"
}

# Creates the database when it does not exist yet.
ensure_local_database() {
  local name="$1" bin
  bin=$(fa_pg_bin)
  if ! "$bin/psql" -h 127.0.0.1 -p "$FA_PG_PORT" -U postgres -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
    "$bin/psql" -h 127.0.0.1 -p "$FA_PG_PORT" -U postgres -d postgres -qc \
      "CREATE DATABASE \"$name\" ENCODING 'UTF8' TEMPLATE template0" >/dev/null
  fi
}

stop_local_postgres() {
  local bin
  bin=$(fa_pg_bin) || return 0
  [ -f "$FA_PG_DIR/data/PG_VERSION" ] || return 0
  fa_as_owner "$bin/pg_ctl" -D "$FA_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
}
