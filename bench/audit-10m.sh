#!/usr/bin/env bash
# The audit log on 10 million events: generates them in a PostgreSQL schema of its own, then times
# the statements behind the pages (EXPLAIN ANALYZE) and the pages themselves over HTTP, with the
# statements' own durations from PostgreSQL's log. See docs/performance.md.
#
#   bench/audit-10m.sh [symbolon-server/target/symbolon.jar]
#
# Needs: a local PostgreSQL with trust authentication for postgres@127.0.0.1 and a database
# "test", its log readable here (PG_LOG), curl, and about 4 GB of disk. Settings (environment):
# EVENTS (10000000), USERS (10000), SCHEMA (audit_bench), PORT (18097), KEEP=1 to keep the
# schema afterwards, REUSE=1 to time a schema kept by an earlier run instead of generating again.
set -euo pipefail

BENCH="$(cd "$(dirname "$0")" && pwd)"
JAR="$(realpath "${1:-symbolon-server/target/symbolon.jar}")"
EVENTS="${EVENTS:-10000000}"
USERS="${USERS:-10000}"
SCHEMA="${SCHEMA:-audit_bench}"
PORT="${PORT:-18097}"
PG_LOG="${PG_LOG:-/var/log/postgresql/postgresql-15-main.log}"
ADMIN_PASSWORD='quiet-meadow-copper-engine'
APP=symbolon-audit-bench
BASE="http://127.0.0.1:$PORT"
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d test)
export PGOPTIONS="-c client_min_messages=warning -c search_path=$SCHEMA"

WORK="$(mktemp -d)"
SERVER=""
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" != 1 ]; then
    PGOPTIONS='-c client_min_messages=warning' "${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
# The server and the console command work in this schema; the server also logs each statement's
# duration (log_min_duration_statement=0 for its own connections only).
export SYMBOLON_DB_USER=postgres
URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA&ApplicationName=$APP"

if [ "${REUSE:-0}" != 1 ]; then
  echo "== Generating $EVENTS events of $USERS users in schema $SCHEMA"
  PGOPTIONS='-c client_min_messages=warning' "${PSQL[@]}" \
    -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA"
  # Creating the administrator runs the migrations, so the tables and indexes are Symbolon's own.
  echo "$ADMIN_PASSWORD" | SYMBOLON_DB_URL="$URL" java -jar "$JAR" user create benchadmin --role admin \
    --password-stdin --data "$WORK/data" > /dev/null
  started=$(date +%s)
  "${PSQL[@]}" -v events="$EVENTS" -v users="$USERS" -f "$BENCH/audit/generate-events.sql"
  echo "(generated in $(( $(date +%s) - started )) s)"
fi

echo
echo "== EXPLAIN ANALYZE: execution time in ms, first run and second run (caches warm)"
for run in 1 2; do
  "${PSQL[@]}" -f "$BENCH/audit/explain-pages.sql" > "$WORK/plans-$run.txt"
done
summary() { awk '/^### / { label = substr($0, 5) } /Execution Time/ { printf "%s\t%s\n", label, $3 }' "$1"; }
paste <(summary "$WORK/plans-1.txt") <(summary "$WORK/plans-2.txt" | cut -f 2) \
  | awk -F '\t' '{ printf "  %-80s %10s %10s\n", $1, $2, $3 }'

echo
echo "== Pages over HTTP: median and slowest of 15 requests after 5 to warm up, in ms;"
echo "   the statements' own durations from PostgreSQL's log, median, in ms"
SYMBOLON_DB_URL="$URL&options=-c%20log_min_duration_statement=0" \
  java -jar "$JAR" serve --port "$PORT" --data "$WORK/data" > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 180); do curl -s -o /dev/null "$BASE/api/v1/session" && break; sleep 1; done
xsrf() { awk '$6 == "XSRF-TOKEN" { print $7 }' "$1"; }
cd "$WORK"
curl -sS -o /dev/null -c admin.cookies -b admin.cookies "$BASE/api/v1/session"
curl -sS -o /dev/null --fail-with-body -c admin.cookies -b admin.cookies -H "X-XSRF-TOKEN: $(xsrf admin.cookies)" \
  -H 'Content-Type: application/json' --data "{\"username\":\"benchadmin\",\"password\":\"$ADMIN_PASSWORD\"}" \
  "$BASE/api/v1/session"

# A cursor token as AuditCursor#token() makes it: Base64url of "epochSecond.nanos.id".
token() { # SQL that yields one row: seconds, nanos, id
  printf '%s' "$("${PSQL[@]}" -Atc "$1" | tr '|' '.')" | base64 -w 0 | tr '+/' '-_' | tr -d '='
}
DEEP=$(token "SELECT floor(extract(epoch FROM occurred_at))::bigint, (extract(microseconds FROM occurred_at)::bigint % 1000000) * 1000, id
  FROM security_events WHERE occurred_at < now() - interval '200 days' ORDER BY occurred_at DESC, id DESC FETCH FIRST 1 ROW ONLY")
TYPICAL_DEEP=$(token "SELECT floor(extract(epoch FROM occurred_at))::bigint, (extract(microseconds FROM occurred_at)::bigint % 1000000) * 1000, e.id
  FROM security_events e JOIN users u ON u.id = e.user_id WHERE u.username_key = 'user05000' AND occurred_at < now() - interval '200 days'
  ORDER BY occurred_at DESC, e.id DESC FETCH FIRST 1 ROW ONLY")
FROM_DAY=$(date -u -d '100 days ago' +%F)
TO_DAY=$(date -u -d '70 days ago' +%F)

page() { # label, path
  for _ in $(seq 5); do curl -sS -o /dev/null -b admin.cookies "$BASE$2"; done
  local before times status
  before=$(stat -c %s "$PG_LOG")
  times=""
  for _ in $(seq 15); do
    status=$(curl -sS -o "$WORK/page.out" -w '%{http_code} %{time_total}' -b admin.cookies "$BASE$2")
    [ "${status%% *}" = 200 ] || { echo "$1: HTTP ${status%% *}" >&2; cat "$WORK/page.out" >&2; exit 1; }
    times="$times ${status##* }"
  done
  local http sql pids
  pids=$("${PSQL[@]}" -Atc "SELECT string_agg(pid::text, '|') FROM pg_stat_activity WHERE application_name = '$APP'")
  http=$(printf '%s\n' $times | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%6.1f %6.1f", t[8], t[NR] }')
  sql=$(tail -c +$((before + 1)) "$PG_LOG" | grep -E "\[($pids)\]" | grep 'execute' | grep 'security_events' \
    | sed -n 's/.*duration: \([0-9.]*\) ms.*/\1/p' | sort -n | awk '{ t[NR] = $1 } END { if (NR) printf "%7.2f", t[int((NR + 1) / 2)]; else printf "      -" }')
  printf '  %-62s %s   %s\n' "$1" "$http" "$sql"
}
printf '  %-62s %6s %6s   %7s\n' "" "median" "max" "SQL"
page "/admin/audit (first page)" "/admin/audit"
page "/admin/audit?type=SECOND_FACTOR_LOCKED" "/admin/audit?type=SECOND_FACTOR_LOCKED"
page "/admin/audit?user=user00001 (1 million events)" "/admin/audit?user=user00001"
page "/admin/audit?user=user05000&type=SECOND_FACTOR_FAILED" "/admin/audit?user=user05000&type=SECOND_FACTOR_FAILED"
page "/admin/audit?from=...&to=... (a month, 100 days back)" "/admin/audit?from=$FROM_DAY&to=$TO_DAY"
page "/admin/audit?before=... (200 days back)" "/admin/audit?before=$DEEP"
page "/admin/audit?after=... (200 days back)" "/admin/audit?after=$DEEP"
page "/api/v1/admin/audit-events?limit=500" "/api/v1/admin/audit-events?limit=500"
page "/api/v1/admin/audit-events?type=SECOND_FACTOR_LOCKED,TWO_FACTOR_RESET" "/api/v1/admin/audit-events?type=SECOND_FACTOR_LOCKED,TWO_FACTOR_RESET"
page "/api/v1/admin/audit-events?user=user05000&cursor=... (200 days back)" "/api/v1/admin/audit-events?user=user05000&cursor=$TYPICAL_DEEP"

echo
echo "== The plans (second run)"
cat "$WORK/plans-2.txt"
