#!/usr/bin/env bash
# Fills a PostgreSQL database with a synthetic province (docs/province.md): 示范省 with its cities and
# districts, departments of every kind in each region, and one published, internally consistent
# disclosure per department and year, with a known sprinkling of anomalies and a few corrections.
# Reproducible: the same --seed gives the same province.
#
#   scripts/generate-province.sh [--small] [--seed N] [--cities N] [--districts N] [--departments N]
#                                [--years N] [--database NAME] [--reset]
#
# The default is a province of 12 cities × 9 districts (121 regions) × 80 departments × 10 years, about
# 97,000 disclosures; --small is one city of 3 districts, 12 departments, 3 years (180 disclosures).
# Uses ConnectionStrings__FinalAccounts when set, otherwise the project-local PostgreSQL with database
# NAME (finalaccounts_province, or finalaccounts_province_small with --small); --reset drops it first.
# The database must be empty of departments: the portal migrates it and loads data/generator (the
# template) as its seed, then generate-province.sql copies the template. Prints progress, the time taken
# and the database's size.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
source scripts/packages.sh
source scripts/portal.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

SEED=1 CITIES=12 DISTRICTS=9 DEPARTMENTS=80 YEARS=10 DATABASE="" RESET=false
while [ $# -gt 0 ]; do
  case "$1" in
    --small) CITIES=1 DISTRICTS=3 DEPARTMENTS=12 YEARS=3 DATABASE="${DATABASE:-finalaccounts_province_small}" ;;
    --seed) SEED="$2"; shift ;;
    --cities) CITIES="$2"; shift ;;
    --districts) DISTRICTS="$2"; shift ;;
    --departments) DEPARTMENTS="$2"; shift ;;
    --years) YEARS="$2"; shift ;;
    --database) DATABASE="$2"; shift ;;
    --reset) RESET=true ;;
    *) fa_usage ;;
  esac
  shift
done
DATABASE="${DATABASE:-finalaccounts_province}"
for number in "$SEED" "$CITIES" "$DISTRICTS" "$DEPARTMENTS" "$YEARS"; do
  [[ "$number" =~ ^[0-9]+$ ]] || { fa_log "not a whole number: $number"; exit 2; }
done

started=$(date +%s)
ensure_pdf_packages
if [ -z "${ConnectionStrings__FinalAccounts:-}" ]; then
  ensure_local_postgres
  if $RESET; then
    "$(fa_pg_bin)/psql" -h 127.0.0.1 -p "$FA_PG_PORT" -U postgres -d postgres -qc "DROP DATABASE IF EXISTS \"$DATABASE\" WITH (FORCE)"
  fi
fi
fa_benchmark_database "$DATABASE"

fa_libpq_environment "$ConnectionStrings__FinalAccounts"
PSQL="$(fa_pg_bin)/psql"
[ -x "$PSQL" ] || PSQL=psql

fa_log "building (Release)"
dotnet build src/FinalAccounts.Web/FinalAccounts.Web.csproj -c Release -v quiet -nologo >/dev/null

# The template as the portal's only seed: the portal migrates the database, loads and publishes it,
# and indexes it for search.
SEED_DIR="$FA_ROOT/.local/province-seed"
rm -rf "$SEED_DIR" && mkdir -p "$SEED_DIR/disclosures"
cp data/generator/regions.json data/generator/departments.json "$SEED_DIR/"
cp data/generator/template.json "$SEED_DIR/disclosures/"
cp -r data/seed/catalogs "$SEED_DIR/"
trap fa_stop_portal EXIT
Database__SeedDirectory="$SEED_DIR" fa_start_portal "${FA_GENERATOR_PORT:-5095}" "$FA_ROOT/.local/logs/province-portal.log"
# The portal checks the template in the background; the copies take that check (ADR 0018).
for _ in $(seq 1 120); do
  [ "$("$PSQL" -Atc "SELECT count(*) FROM findings_checks")" != 0 ] && break
  sleep 1
done
fa_stop_portal

fa_log "generating: seed $SEED, $CITIES cities × $DISTRICTS districts, $DEPARTMENTS departments per region, $YEARS years into $(fa_describe_connection "$ConnectionStrings__FinalAccounts")"
"$PSQL" -v ON_ERROR_STOP=1 -q -f scripts/province/generate-province.sql
"$PSQL" -v ON_ERROR_STOP=1 -q -c "CALL generator.generate_province($SEED, $CITIES, $DISTRICTS, $DEPARTMENTS, $YEARS)"

# The copies' search rows are built by the portal from their sections, as at any start after an upgrade.
fa_log "indexing for search"
( cd src/FinalAccounts.Web &&
  ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" Database__LoadSeedOnStartup=false \
    dotnet bin/Release/net10.0/FinalAccounts.Web.dll prepare-database ) >"$FA_ROOT/.local/logs/province-index.log" 2>&1 ||
  { tail -n 30 "$FA_ROOT/.local/logs/province-index.log" >&2; exit 1; }
"$PSQL" -At -F ' ' -c "SELECT count(*) FILTER (WHERE status = 'Published'), pg_size_pretty(pg_database_size(current_database())) FROM disclosure_versions" |
  while read -r published size; do
    fa_log "done in $(( $(date +%s) - started )) s: $published published versions, database $size"
  done
