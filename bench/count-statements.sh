#!/usr/bin/env bash
# Lists the SQL statements that one two-step sign-in (GET session, password, authenticator code)
# sends to PostgreSQL, from PostgreSQL's own statement log. See docs/performance.md.
#
#   bench/count-statements.sh [symbolon-server/target/symbolon.jar]
#
# Needs: a local PostgreSQL with trust authentication for postgres@127.0.0.1 and a database
# "test", its log file readable here (PG_LOG), curl and oathtool. Creates and drops its own schema
# and a throw-away data directory (for the keyset), and starts and stops its own server.
set -euo pipefail

JAR="$(realpath "${1:-symbolon-server/target/symbolon.jar}")"
PORT="${PORT:-18098}"
SCHEMA="${SCHEMA:-count_statements}"
PG_LOG="${PG_LOG:-/var/log/postgresql/postgresql-15-main.log}"
PSQL=(psql -q -X -h 127.0.0.1 -U postgres -d test)
export PGOPTIONS='-c client_min_messages=warning'
BASE="http://127.0.0.1:$PORT"
# The application name tells the server's connections apart from any other client's in the log.
APP=symbolon-count-statements

WORK="$(mktemp -d)"
cd "$WORK"
export SYMBOLON_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA&ApplicationName=$APP&options=-c%20log_statement=all"
export SYMBOLON_DB_USER=postgres

"${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA"
java -jar "$JAR" serve --port "$PORT" --data "$WORK/data" > server.log 2>&1 &
SERVER=$!
cleanup() {
  kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  "${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" || true
  rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 120); do
  curl -s -o /dev/null "$BASE/api/v1/session" && break
  sleep 1
done
# Alice is made on the console: under the shipped policy an administrator would have to set up a
# second factor before the API lets them create users.
echo 'violet-harbour-lantern' \
  | java -jar "$JAR" user create alice --password-stdin --data "$WORK/data" > /dev/null

xsrf() { awk '$6 == "XSRF-TOKEN" { print $7 }' "$1"; }
post() { # cookie jar, path, JSON body
  curl -sS --fail-with-body -c "$1" -b "$1" -H "X-XSRF-TOKEN: $(xsrf "$1")" \
    -H 'Content-Type: application/json' --data "$3" "$BASE$2"
}

# Alice, with an active authenticator app, as in docs/api.md.
curl -sS -o /dev/null -c alice.cookies -b alice.cookies "$BASE/api/v1/session"
post alice.cookies /api/v1/session '{"username":"alice","password":"violet-harbour-lantern"}' > /dev/null
post alice.cookies /api/v1/account/totp '{"password":"violet-harbour-lantern"}' > enrollment.json
ID=$(sed -n 's/.*"id":"\([^"]*\)".*/\1/p' enrollment.json)
SECRET=$(sed -n 's/.*"secret":"\([^"]*\)".*/\1/p' enrollment.json)
post alice.cookies "/api/v1/account/totp/$ID/activate" "{\"code\":\"$(oathtool --totp -b "$SECRET")\"}" > /dev/null
# The activation code is used up; the sign-in below needs the next step's.
sleep $((31 - $(date +%s) % 30))

PIDS=$("${PSQL[@]}" -At -c "SELECT string_agg(pid::text, '|') FROM pg_stat_activity WHERE application_name = '$APP'")

# Runs one request and prints the log records of the server's connections written meanwhile.
# A second either side lets PostgreSQL write its log and keeps other requests out of the slice.
statements_of() { # title, then the command
  local title="$1" start
  shift
  sleep 1
  start=$(stat -c %s "$PG_LOG")
  "$@" > answer.json
  sleep 1
  tail -c +"$((start + 1))" "$PG_LOG" | awk -v pids="^($PIDS)\$" '
    /^[0-9]{4}-[0-9]{2}-[0-9]{2} / {
      match($0, /\[[0-9]+\]/); keep = substr($0, RSTART + 1, RLENGTH - 2) ~ pids
      # Parameter values are left out: they hold session ids and serialized session attributes.
      if ($0 ~ /DETAIL:  parameters:/) keep = 0
    }
    keep' | sed -E 's/^[0-9-]+ [0-9:.]+ [A-Z]+ \[([0-9]+)\] [^ ]* LOG:  /[\1] /' > statements.log
  printf '\n== %s: %s log records (answer: %s)\n' "$title" "$(grep -c '^\[' statements.log)" \
    "$(cut -c 1-60 answer.json)"
  cat statements.log
}

rm -f fresh.cookies
statements_of "GET /api/v1/session" curl -sS -c fresh.cookies -b fresh.cookies "$BASE/api/v1/session"
statements_of "POST /api/v1/session (password)" \
  post fresh.cookies /api/v1/session '{"username":"alice","password":"violet-harbour-lantern"}'
statements_of "POST /api/v1/session/second-factor (code)" \
  post fresh.cookies /api/v1/session/second-factor "{\"method\":\"totp\",\"code\":\"$(oathtool --totp -b "$SECRET")\"}"
