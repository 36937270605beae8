-- EXPLAIN ANALYZE of the statements behind the audit log's pages, on the events that
-- generate-events.sql made, in the current schema (search_path). The statements are those that
-- JdbcSecurityEventQuery and JdbcSecurityEventPruning send (compare the server's statement log,
-- which bench/audit-10m.sh also prints); the page asks for 51 rows to show 50 and know whether
-- there are older ones. Each "### " line names the query for the summary.

\set ON_ERROR_STOP on
\pset pager off

SELECT id AS heavy FROM users WHERE username_key = 'user00001' \gset
SELECT id AS typical FROM users WHERE username_key = 'user05000' \gset
-- A cursor 200 days back, half way through the log: what the "Older" link of page 100,000 holds.
SELECT occurred_at AS deep_at, id AS deep_id FROM security_events
WHERE occurred_at < now() - interval '200 days' ORDER BY occurred_at DESC, id DESC FETCH FIRST 1 ROW ONLY \gset
SELECT occurred_at AS typical_deep_at, id AS typical_deep_id FROM security_events
WHERE user_id = :typical AND occurred_at < now() - interval '200 days'
ORDER BY occurred_at DESC, id DESC FETCH FIRST 1 ROW ONLY \gset
SELECT date_trunc('day', now() - interval '100 days') AS range_from, date_trunc('day', now() - interval '69 days') AS range_until \gset

\echo '### first page, no filter'
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, occurred_at, type, user_id, username, actor, client_ip, user_agent, detail FROM security_events WHERE 1 = 1
ORDER BY occurred_at DESC, id DESC FETCH FIRST 51 ROWS ONLY;

\echo '### first page, a rare type (SECOND_FACTOR_LOCKED, 0.5 %)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, occurred_at, type, user_id, username, actor, client_ip, user_agent, detail FROM security_events
WHERE 1 = 1 AND type = 'SECOND_FACTOR_LOCKED'
ORDER BY occurred_at DESC, id DESC FETCH FIRST 51 ROWS ONLY;

\echo '### first page, the busiest user (1 million events)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, occurred_at, type, user_id, username, actor, client_ip, user_agent, detail FROM security_events
WHERE 1 = 1 AND user_id = :heavy
ORDER BY occurred_at DESC, id DESC FETCH FIRST 51 ROWS ONLY;

\echo '### first page, a typical user and a type (user05000, SECOND_FACTOR_FAILED)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, occurred_at, type, user_id, username, actor, client_ip, user_agent, detail FROM security_events
WHERE 1 = 1 AND user_id = :typical AND type = 'SECOND_FACTOR_FAILED'
ORDER BY occurred_at DESC, id DESC FETCH FIRST 51 ROWS ONLY;

\echo '### first page, the busiest user and a rare type'
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, occurred_at, type, user_id, username, actor, client_ip, user_agent, detail FROM security_events
WHERE 1 = 1 AND user_id = :heavy AND type = 'SECOND_FACTOR_LOCKED'
ORDER BY occurred_at DESC, id DESC FETCH FIRST 51 ROWS ONLY;

\echo '### first page, a month 100 days back'
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, occurred_at, type, user_id, username, actor, client_ip, user_agent, detail FROM security_events
WHERE 1 = 1 AND occurred_at >= :'range_from' AND occurred_at < :'range_until'
ORDER BY occurred_at DESC, id DESC FETCH FIRST 51 ROWS ONLY;

\echo '### first page, two types (SECOND_FACTOR_LOCKED, TWO_FACTOR_RESET)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, occurred_at, type, user_id, username, actor, client_ip, user_agent, detail FROM (
(SELECT id, occurred_at, type, user_id, username, actor, client_ip, user_agent, detail FROM security_events
 WHERE 1 = 1 AND type = 'SECOND_FACTOR_LOCKED' ORDER BY occurred_at DESC, id DESC FETCH FIRST 51 ROWS ONLY)
UNION ALL
(SELECT id, occurred_at, type, user_id, username, actor, client_ip, user_agent, detail FROM security_events
 WHERE 1 = 1 AND type = 'TWO_FACTOR_RESET' ORDER BY occurred_at DESC, id DESC FETCH FIRST 51 ROWS ONLY)
) AS merged ORDER BY occurred_at DESC, id DESC FETCH FIRST 51 ROWS ONLY;

\echo '### deep page by cursor, 200 days back, no filter'
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, occurred_at, type, user_id, username, actor, client_ip, user_agent, detail FROM security_events
WHERE 1 = 1 AND occurred_at <= :'deep_at' AND (occurred_at < :'deep_at' OR id < :deep_id)
ORDER BY occurred_at DESC, id DESC FETCH FIRST 51 ROWS ONLY;

\echo '### deep page by cursor, 200 days back, a typical user'
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, occurred_at, type, user_id, username, actor, client_ip, user_agent, detail FROM security_events
WHERE 1 = 1 AND user_id = :typical AND occurred_at <= :'typical_deep_at'
  AND (occurred_at < :'typical_deep_at' OR id < :typical_deep_id)
ORDER BY occurred_at DESC, id DESC FETCH FIRST 51 ROWS ONLY;

\echo '### "Newer" page by cursor, 200 days back, no filter'
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, occurred_at, type, user_id, username, actor, client_ip, user_agent, detail FROM security_events
WHERE 1 = 1 AND occurred_at >= :'deep_at' AND (occurred_at > :'deep_at' OR id > :deep_id)
ORDER BY occurred_at ASC, id ASC FETCH FIRST 51 ROWS ONLY;

\echo '### for comparison: the same deep page by OFFSET (what keyset paging avoids)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, occurred_at, type, user_id, username, actor, client_ip, user_agent, detail FROM security_events
ORDER BY occurred_at DESC, id DESC OFFSET 5000000 ROWS FETCH NEXT 51 ROWS ONLY;

-- A cutoff 390 days back, so that a batch is due even in a smaller run (EVENTS=200000).
BEGIN;
SELECT occurred_at AS batch_at, id AS batch_id FROM security_events WHERE occurred_at < now() - interval '390 days'
ORDER BY occurred_at, id OFFSET 4999 ROWS FETCH NEXT 1 ROW ONLY \gset
\echo '### retention: finding the last event of a batch of 5,000'
EXPLAIN (ANALYZE, BUFFERS)
SELECT occurred_at, id FROM security_events WHERE occurred_at < now() - interval '390 days'
ORDER BY occurred_at, id OFFSET 4999 ROWS FETCH NEXT 1 ROW ONLY;
\echo '### retention: deleting the batch of 5,000 (rolled back)'
EXPLAIN (ANALYZE, BUFFERS)
DELETE FROM security_events WHERE occurred_at <= :'batch_at' AND (occurred_at < :'batch_at' OR id <= :batch_id);
ROLLBACK;
