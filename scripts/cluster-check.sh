#!/usr/bin/env bash
# Checks the several-node set-up that scripts/cluster.sh started (issue 18), through nginx, and prints
# each check with ok or FAILED; exits 1 when one failed. By hand, after `scripts/cluster.sh start`:
#
#   scripts/cluster-check.sh
#
#  1. both nodes are healthy and nginx sends the staff's requests to both, and each public address to one
#     node, the addresses spread over both, and posts to the nodes in turn;
#  2. the nodes started at the same moment migrated the database once (on a first start);
#  3. the replica streams from the primary and holds what the primary holds;
#  4. a staff member signs in through nginx and stays signed in whichever node answers;
#  5. an administrator's change through node 1 (a region renamed) is served by node 2 at once, though
#     node 2 had the page cached and reads the public's pages from the replica (its eviction waits until
#     the replica has replayed the change);
#  6. a publication through node 1 is served by node 2 at once: an editor of 示范省司法局 (the province
#     generator's template department, which the cluster seeds) imports a correction of its 2024
#     disclosure and submits it, a reviewer publishes it (scripts/load/staff.py, through node 1's forms),
#     and node 2, which had the page cached, serves the new version at once (within five seconds);
#  7. the public's reads go to the replica (ADR 0023): the nodes hold sessions on it;
#  8. the primary stopped under load: the public's searches, read from the replica, keep answering,
#     while a staff page answers 503 in Chinese without a stack trace; afterwards both nodes answer
#     staff again without being restarted, and the replica streams again.
#  9. the replica stopped under load: the public's reads go to the primary without a failed request, and
#     back to the replica once it is up again and its rest (15 s) is over;
# 10. node 1 killed in the middle of an Excel import (scripts/load/staff.py, through the portal's own
#     forms): the draft holds wholly what it held before or wholly what the import writes (the same import
#     completed afterwards through node 2), never a mix, and node 2 answers throughout; node 1 is then
#     started again.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
source scripts/packages.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1

CLUSTER="$FA_ROOT/.local/cluster"
state() { cat "$CLUSTER/$1" 2>/dev/null; }
NGINX="http://127.0.0.1:$(state nginx.port)"
NODE1="http://127.0.0.1:$(state node1.port)"
NODE2="http://127.0.0.1:$(state node2.port)"
DATABASE=$(sed -n 's/.*Database=\([^;"]*\).*/\1/p' "$CLUSTER/node1.log" 2>/dev/null | head -n 1)
DATABASE="${DATABASE:-finalaccounts_cluster}"
PSQL="$(fa_pg_bin)/psql"
PASSWORD="${FINALACCOUNTS_ADMIN_PASSWORD:-Cluster-Portal-2026!}"
WORK="$CLUSTER/check"
rm -rf "$WORK" && mkdir -p "$WORK"
failures=0

check() { # check DESCRIPTION COMMAND...: runs the command, prints ok or FAILED
  local description="$1"; shift
  if "$@" >"$WORK/last.out" 2>&1; then printf 'ok      %s\n' "$description"
  else printf 'FAILED  %s\n' "$description"; sed 's/^/        /' "$WORK/last.out" | tail -n 5; failures=$((failures + 1)); fi
}

# Staff work through the portal's own forms (scripts/load/staff.py), as a browser does it.
staff() { ensure_python3 >/dev/null && python3 scripts/load/staff.py "$@"; }

# serves_soon URL TEXT: asks for URL, four times a second for up to five seconds, until the answer holds TEXT;
# says at which request it did.
serves_soon() {
  local tries
  for tries in $(seq 1 20); do
    # Read whole before grep: grep -q stops at the first match, and under pipefail a curl cut off would fail it.
    curl -s -o "$WORK/served.html" "$1" && grep -qF -- "$2" "$WORK/served.html" && { echo "served at request $tries"; return 0; }
    sleep 0.25
  done
  return 1
}

primary() { "$PSQL" -h 127.0.0.1 -p "$(state primary.port)" -U postgres -d "$DATABASE" -Atc "$1"; }
replica() { "$PSQL" -h 127.0.0.1 -p "$(state replica.port)" -U postgres -d "$DATABASE" -Atc "$1"; }

# The upstreams nginx used for the last N requests.
upstreams_of_last() { tail -n "$1" "$CLUSTER/nginx-access.log" | awk '{ print $5 }' | sort -u | wc -l; }

both_nodes() {
  [ "$(curl -sf "$NODE1/health")" = Healthy ] && [ "$(curl -sf "$NODE2/health")" = Healthy ] || return 1
  for _ in 1 2 3 4; do curl -sf -o /dev/null "$NGINX/staff/login" || return 1; done
  [ "$(upstreams_of_last 4)" -ge 2 ] || { echo "nginx sent the staff's pages to one node only"; return 1; }
}

# Each public address goes to one node, so it is rendered and cached once (ADR 0026); the addresses spread.
public_addresses_keep_their_node() {
  for _ in 1 2 3 4; do curl -sf -o /dev/null "$NGINX/" || return 1; done
  [ "$(upstreams_of_last 4)" -eq 1 ] || { echo "the home page was answered by both nodes"; return 1; }
  for n in $(seq 1 20); do curl -sf -o /dev/null "$NGINX/search?q=$n" || return 1; done
  [ "$(upstreams_of_last 20)" -ge 2 ] || { echo "twenty public addresses all went to one node"; return 1; }
  # A post is work, not a cached read: the workbook check goes to the nodes in turn (answered 415 here: no workbook sent).
  for _ in 1 2 3 4; do curl -s -o /dev/null -X POST "$NGINX/api/v1/validate" || return 1; done
  [ "$(upstreams_of_last 4)" -ge 2 ] || { echo "the posts to one address all went to one node"; return 1; }
}

migrated_once() {
  local applied total
  applied=$(grep -h -c "Applied migration" "$CLUSTER/node1.log" "$CLUSTER/node2.log" | paste -sd+ | bc)
  total=$(primary "SELECT count(*) FROM schema_migrations")
  echo "migrations applied by the two nodes: $applied; recorded: $total"
  [ "$applied" -eq 0 ] || [ "$applied" -eq "$total" ]
}

replica_streams() {
  # A replica retries its connection every few seconds after the primary was away.
  for _ in $(seq 1 30); do
    [ "$(primary "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")" -ge 1 ] && break
    sleep 0.5
  done
  [ "$(primary "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")" -ge 1 ] || { echo "no streaming replica"; return 1; }
  [ "$(replica "SELECT pg_is_in_recovery()")" = t ] || return 1
  local sql="SELECT count(*) FROM disclosure_versions WHERE status = 'Published'"
  for _ in $(seq 1 20); do [ "$(primary "$sql")" = "$(replica "$sql")" ] && return 0; sleep 0.5; done
  echo "published versions: primary $(primary "$sql"), replica $(replica "$sql")"; return 1
}

# sign_in URL JAR: signs admin in through URL, cookies in JAR.
sign_in() {
  local token
  token=$(curl -s -c "$2" -b "$2" "$1/staff/login" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p')
  [ -n "$token" ] || { echo "no antiforgery token on the sign-in form"; return 1; }
  curl -s -o /dev/null -c "$2" -b "$2" --data-urlencode "UserName=admin" --data-urlencode "Password=$PASSWORD" \
    --data-urlencode "ReturnUrl=" --data-urlencode "__RequestVerificationToken=$token" "$1/staff/login"
}

stays_signed_in() {
  sign_in "$NGINX" "$WORK/jar" || return 1
  for _ in 1 2 3 4 5 6; do
    code=$(curl -s -o "$WORK/staff.html" -w '%{http_code}' -b "$WORK/jar" "$NGINX/staff")
    [ "$code" = 200 ] && ! grep -q 'name="Password"' "$WORK/staff.html" || { echo "answer $code, or the sign-in form again"; return 1; }
  done
  [ "$(upstreams_of_last 6)" -ge 2 ] || { echo "one node answered every request"; return 1; }
}

# A region renamed through node 1's administration page; node 2 had the region's page cached.
change_seen_on_other_node() {
  local code name token new
  code=$(primary "SELECT code FROM regions WHERE parent_code IS NOT NULL ORDER BY code LIMIT 1")
  name=$(primary "SELECT name FROM regions WHERE code = '$code'")
  curl -sf -o /dev/null "$NODE2/regions/$code" || return 1
  sign_in "$NODE1" "$WORK/jar1" || return 1
  token=$(curl -s -b "$WORK/jar1" -c "$WORK/jar1" "$NODE1/staff/admin/regions" |
    sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)
  [ -n "$token" ] || { echo "no form at /staff/admin/regions"; return 1; }
  new="${name%（*}（集群检查$(date +%H%M%S)）"
  curl -s -o /dev/null -b "$WORK/jar1" -c "$WORK/jar1" --data-urlencode "Code=$code" --data-urlencode "ExpectedName=$name" \
    --data-urlencode "Name=$new" --data-urlencode "__RequestVerificationToken=$token" "$NODE1/staff/admin/regions?handler=Rename"
  [ "$(primary "SELECT name FROM regions WHERE code = '$code'")" = "$new" ] || { echo "the rename did not reach the database"; return 1; }
  serves_soon "$NODE2/regions/$code" "$new" || { echo "node 2 still serves the old name"; return 1; }
}

# A correction published through node 1's forms; node 2 had the disclosure's page cached (its second answer
# came from its cache, with an Age header). A run stopped between submission and publication leaves a version
# under review, which a reviewer publishes or sends back by hand before the check can run again.
publication_seen_on_other_node() {
  local department=990000-001 year=2024 run editor reviewer editor_password reviewer_password published
  curl -sf -o /dev/null "$NODE2/disclosures/$department/$year" || { echo "node 2 has no page of $department $year"; return 1; }
  curl -sf -D "$WORK/before.headers" -o /dev/null "$NODE2/disclosures/$department/$year" || return 1
  grep -qi '^age:' "$WORK/before.headers" || { echo "node 2 did not answer from its cache"; return 1; }
  run=$(date +%H%M%S)
  editor="publish-editor-$run" reviewer="publish-reviewer-$run"
  editor_password=$(staff create-user "$NGINX" "$PASSWORD" "$editor" editor "$department") || return 1
  reviewer_password=$(staff create-user "$NGINX" "$PASSWORD" "$reviewer" reviewer "$department") || return 1
  staff cycle "$NODE1" "$editor" "$editor_password" "$reviewer" "$reviewer_password" "$department" "$year" || return 1
  published=$(primary "SELECT max(v.number) FROM disclosure_versions v JOIN disclosures d ON d.id = v.disclosure_id
                       JOIN departments dep ON dep.id = d.department_id
                       WHERE dep.code = '$department' AND d.year = $year AND v.status = 'Published'")
  [ -n "$published" ] || { echo "no published version in the database"; return 1; }
  echo "published v$published through node 1"
  # Node 2 hears of it on the nodes' channel and drops the page once its replica has replayed the publication.
  serves_soon "$NODE2/disclosures/$department/$year" "aria-current=\"page\">第 $published 版" \
    || { echo "node 2 does not serve the published version"; return 1; }
}

public_reads_on_replica() {
  for _ in 1 2 3 4; do curl -sf -o /dev/null "$NGINX/search?q=%E5%8F%B8%E6%B3%95" || return 1; done
  local sessions
  sessions=$(replica_sessions)
  echo "sessions of the nodes on the replica: $sessions"
  [ "$sessions" -ge 1 ]
}

# The content of a version: every row of every table keyed by it, without row ids (an import replaces rows).
version_fingerprint() {
  local union
  union=$(primary "SELECT string_agg(format('SELECT %L AS t, (to_jsonb(x) - ''id'')::text AS r FROM %I x WHERE disclosure_version_id = $1',
                          table_name, table_name), ' UNION ALL ')
                   FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'disclosure_version_id'
                     AND table_name NOT IN ('line_facts', 'findings_checks', 'version_findings')")
  primary "SELECT md5(string_agg(t || r, E'\n' ORDER BY t, r)) FROM ($union) u"
}

import_survives_kill() {
  local user="import-check-$(date +%H%M%S)" password version id before killed after
  password=$(staff create-user "$NGINX" "$PASSWORD" "$user" editor 420104-sfj) || return 1
  version=$(staff open "$NODE1" "$user" "$password" 420104-sfj 2024) || return 1
  id=$(primary "SELECT v.id FROM disclosure_versions v JOIN disclosures d ON d.id = v.disclosure_id JOIN departments dep ON dep.id = d.department_id
                WHERE dep.code = '420104-sfj' AND d.year = 2024 AND v.number = $version")
  before=$(version_fingerprint "$id")
  # A load on node 2 meanwhile: it must keep answering.
  printf '/disclosures/420104-sfj/2024\n/regions/420100\n' >"$WORK/paths2"
  wrk -t1 -c4 -d6s -s scripts/load/mixed.lua "$NODE2" -- "$WORK/paths2" >"$WORK/wrk2.out" 2>&1 &
  local load=$!
  rm -f "$WORK/import.xlsx"
  staff import "$NODE1" "$user" "$password" 420104-sfj 2024 --workbook "$WORK/import.xlsx" \
    --kill "$(state node1.pid)" --after "${FA_KILL_AFTER_MS:-150}" || true
  killed=$(version_fingerprint "$id")
  wait "$load"
  staff import "$NODE2" "$user" "$password" 420104-sfj 2024 --workbook "$WORK/import.xlsx" >/dev/null || return 1
  after=$(version_fingerprint "$id")
  scripts/cluster.sh start-node 1 >/dev/null 2>&1 || { echo "node 1 did not start again"; return 1; }
  echo "draft v$version: before $before, after the kill $killed, imported $after; node 2 under load: $(grep -E '^(requests|not_ok|failed) ' "$WORK/wrk2.out" | paste -sd' ')"
  [ "$before" != "$after" ] || { echo "the import changed nothing, so the check proves nothing"; return 1; }
  [ "$killed" = "$before" ] || [ "$killed" = "$after" ] || { echo "a partial import"; return 1; }
  grep -q '^not_ok 0$' "$WORK/wrk2.out" && grep -q '^failed 0$' "$WORK/wrk2.out" || { echo "node 2 failed requests"; return 1; }
}

replica_sessions() {
  replica "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND datname = current_database() AND pid <> pg_backend_pid()"
}

survives_replica_stop() {
  command -v wrk >/dev/null 2>&1 || fa_apt_install wrk >/dev/null
  # Searches no cache has answered yet (a query key of their own), so every one reads the database.
  local run i public sessions
  run=$(date +%s)
  for i in $(seq 1 4000); do printf '/search?q=%%E5%%8F%%B8%%E6%%B3%%95&check=%s-%s\n' "$run" "$i"; done >"$WORK/paths-replica"
  wrk -t2 -c16 -d10s --timeout 10s -s scripts/load/mixed.lua "$NGINX" -- "$WORK/paths-replica" >"$WORK/wrk-replica.out" 2>&1 &
  local load=$!
  sleep 3
  scripts/cluster.sh stop-replica 2>/dev/null
  sleep 3
  public=$(curl -s -o /dev/null -w '%{http_code}' "$NGINX/search?q=%E5%BE%8B%E5%B8%88&check=$run-down")
  scripts/cluster.sh start-replica 2>/dev/null
  wait "$load"
  echo "with the replica stopped: public search $public; load: $(grep -E '^(requests|not_ok|failed) ' "$WORK/wrk-replica.out" | paste -sd' ')"
  [ "$public" = 200 ] || { echo "the public's search failed with the replica away"; return 1; }
  grep -q '^not_ok 0$' "$WORK/wrk-replica.out" && grep -q '^failed 0$' "$WORK/wrk-replica.out" || { echo "requests failed"; return 1; }
  for i in $(seq 1 60); do
    curl -s -o /dev/null "$NGINX/search?q=%E5%8F%B8%E6%B3%95&check=$run-back-$i"
    sessions=$(replica_sessions)
    [ "${sessions:-0}" -ge 1 ] && { echo "back on the replica after about $((i / 2)) s"; return 0; }
    sleep 0.5
  done
  echo "the nodes did not read the replica again within 30 s"; return 1
}

survives_restart() {
  command -v wrk >/dev/null 2>&1 || fa_apt_install wrk >/dev/null
  # Pages that read the database on every request: searches.
  printf '/search?q=%%E5%%8F%%B8%%E6%%B3%%95\n/search?q=%%E5%%BE%%8B%%E5%%B8%%88\n' >"$WORK/paths"
  wrk -t2 -c16 -d12s -s scripts/load/mixed.lua "$NGINX" -- "$WORK/paths" >"$WORK/wrk.out" 2>&1 &
  local load=$!
  sleep 3
  scripts/cluster.sh stop-primary 2>/dev/null
  local code public
  # A staff page reads the primary; the public's search reads the replica, which stays up.
  code=$(curl -s -o "$WORK/outage.html" -w '%{http_code}' -b "$WORK/jar" "$NGINX/staff")
  public=$(curl -s -o /dev/null -w '%{http_code}' "$NGINX/search?q=%E5%8F%B8%E6%B3%95")
  sleep 2
  scripts/cluster.sh start-primary 2>/dev/null
  wait "$load"
  echo "during the outage: staff $code, public search $public; load: $(grep -E '^(requests|not_ok|failed) ' "$WORK/wrk.out" | paste -sd' ')"
  [ "$code" = 503 ] || return 1
  [ "$public" = 200 ] || { echo "the public's search failed with the primary away"; return 1; }
  grep -q "数据库暂时无法应答" "$WORK/outage.html" || { echo "no Chinese message"; return 1; }
  ! grep -qiE "exception|stack ?trace| at FinalAccounts" "$WORK/outage.html" || { echo "a stack trace"; return 1; }
  for _ in $(seq 1 60); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/jar" "$NODE1/staff")" = 200 ] \
      && [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/jar" "$NODE2/staff")" = 200 ] && return 0
    sleep 0.5
  done
  echo "the nodes did not answer again within 30 s"; return 1
}

check "both nodes healthy, nginx uses both" both_nodes
check "each public address keeps its node, the addresses spread over both, posts in turn" public_addresses_keep_their_node
check "nodes started at once migrated the database once" migrated_once
check "the replica streams from the primary and holds the same publications" replica_streams
check "signed in through nginx, still signed in on either node" stays_signed_in
check "a change through node 1 is served by node 2 at once" change_seen_on_other_node
check "a publication through node 1 is served by node 2 at once" publication_seen_on_other_node
check "the public's reads go to the replica" public_reads_on_replica
check "primary stopped under load: public reads go on, staff get 503 in Chinese, then staff again" survives_restart
check "the replica streams again after the primary's restart" replica_streams
check "replica stopped under load: public reads go to the primary, then back to the replica" survives_replica_stop
check "node 1 killed in the middle of an Excel import: all or nothing, node 2 answers" import_survives_kill
[ "$failures" -eq 0 ]
