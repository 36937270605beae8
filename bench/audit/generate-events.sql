-- Fills security_events of the current schema (search_path) with :events events of :users users
-- over the last 400 days, like a busy instance at the end of its retention period. Run by
-- bench/audit-10m.sh after Symbolon's migrations have made the tables; see docs/performance.md.
--
--   psql -v events=10000000 -v users=10000 -f generate-events.sql
--
-- The mix: one account (user00001, a service account, say) has a tenth of all events; the rest
-- spread evenly over the other users. 80 % are accepted codes, 14 % refused ones, the rest the
-- rarer types, among them a few exemptions. Times are whole milliseconds, so that a few events
-- share an instant, as on a real server.

\set ON_ERROR_STOP on
SET maintenance_work_mem = '512MB';

INSERT INTO users (username, username_key, display_name, role, state, password_hash, created_at, password_changed_at)
SELECT 'user' || lpad(n::text, 5, '0'), 'user' || lpad(n::text, 5, '0'), '', 'USER', 'ACTIVE',
       'not-a-hash: these accounts only own events', now() - interval '500 days', now() - interval '500 days'
FROM generate_series(1, :users) AS n;

-- Building the indexes once after the load is much faster than updating them row by row: keep
-- their definitions (those of the migrations), drop them, load, and create them again.
CREATE TEMPORARY TABLE bench_index_definitions AS
SELECT indexname, indexdef FROM pg_indexes
WHERE schemaname = current_schema() AND tablename = 'security_events' AND indexname NOT LIKE '%pkey';

DO $$
DECLARE index_name text;
BEGIN
    FOR index_name IN SELECT indexname FROM bench_index_definitions LOOP
        EXECUTE format('DROP INDEX %I', index_name);
    END LOOP;
END $$;

\timing on
INSERT INTO security_events (occurred_at, type, user_id, username, client_ip, user_agent, detail, actor)
SELECT at, type, user_id, 'user' || lpad((user_id - first_user + 1)::text, 5, '0'),
       '10.' || (user_id % 200) || '.' || (n % 250) || '.' || (n % 7 + 1),
       (ARRAY['Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0',
              'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0 Safari/537.36',
              'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
              'curl/7.88.1'])[n % 4 + 1],
       CASE type WHEN 'SECOND_FACTOR_FAILED' THEN (ARRAY['WRONG_CODE', 'REPLAYED', 'MALFORMED'])[n % 3 + 1]
                 WHEN 'TWO_FACTOR_RULE_CHANGED' THEN (ARRAY['EXEMPT', 'REQUIRED', 'POLICY'])[n % 3 + 1] END,
       CASE WHEN type IN ('TWO_FACTOR_RESET', 'TWO_FACTOR_RULE_CHANGED', 'PASSWORD_RESET') THEN 'benchadmin' END
FROM (
    SELECT n, first_user,
           -- Evenly over 400 days, oldest first, so that ids grow with time as on a server.
           date_trunc('milliseconds', now() - interval '400 days' * (1 - n::float8 / :events)) AS at,
           CASE WHEN r1 < 0.1 THEN first_user ELSE first_user + 1 + floor(r2 * (:users - 1))::bigint END AS user_id,
           CASE WHEN r3 < 0.80 THEN 'SECOND_FACTOR_SUCCEEDED'
                WHEN r3 < 0.94 THEN 'SECOND_FACTOR_FAILED'
                WHEN r3 < 0.96 THEN 'RECOVERY_CODE_USED'
                WHEN r3 < 0.97 THEN 'TOTP_ENROLLED'
                WHEN r3 < 0.98 THEN 'TOTP_REMOVED'
                WHEN r3 < 0.99 THEN 'RECOVERY_CODES_REGENERATED'
                WHEN r3 < 0.995 THEN 'SECOND_FACTOR_LOCKED'
                WHEN r3 < 0.998 THEN 'TWO_FACTOR_RESET'
                WHEN r3 < 0.9995 THEN 'TWO_FACTOR_RULE_CHANGED'
                ELSE 'PASSWORD_RESET' END AS type
    -- random() in a sub-query's own select list: once per row (a LATERAL without reference to
    -- the row might be run once for all).
    FROM (SELECT n, random() AS r1, random() AS r2, random() AS r3 FROM generate_series(1, :events) AS n) AS dice,
         (SELECT min(id) AS first_user FROM users WHERE username_key LIKE 'user%') AS first
) AS generated;

DO $$
DECLARE definition text;
BEGIN
    FOR definition IN SELECT indexdef FROM bench_index_definitions LOOP
        EXECUTE definition;
    END LOOP;
END $$;
\timing off

VACUUM ANALYZE security_events;
VACUUM ANALYZE users;

SELECT count(*) AS events, pg_size_pretty(pg_table_size('security_events')) AS table_size,
       pg_size_pretty(pg_indexes_size('security_events')) AS indexes_size
FROM security_events;
SELECT indexname, pg_size_pretty(pg_relation_size((current_schema() || '.' || indexname)::regclass)) AS size
FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'security_events' ORDER BY indexname;
