-- Audit log paging (3/4). Portable SQL, as V1 to V3.
--
-- Every list of events is read newest first by (occurred_at, id), where the id tells apart events
-- of the same microsecond, and each next page is found by keyset: "before this (occurred_at, id)",
-- never by OFFSET (see JdbcSecurityEventQuery). So each index ends in (occurred_at, id): for every
-- filter (user, type, both, or none, each with or without a time range) one index holds the
-- matching events already in page order, and a page reads as many index entries as it shows,
-- however deep it is, with no sort. The V2 indexes ended in occurred_at alone, which left the
-- order among equal times to a sort; these replace them under the same names.

DROP INDEX security_events_user_time;
DROP INDEX security_events_type_time;
DROP INDEX security_events_time;

-- The whole log, and the retention job's "oldest first, before the cutoff".
CREATE INDEX security_events_time ON security_events (occurred_at, id);
-- "What happened to this account": the admin filter by user, and each user's own activity page.
CREATE INDEX security_events_user_time ON security_events (user_id, occurred_at, id);
-- "Every lock-out this week".
CREATE INDEX security_events_type_time ON security_events (type, occurred_at, id);
-- "This user's failed codes": without it, a busy account's events would be read and filtered.
CREATE INDEX security_events_user_type_time ON security_events (user_id, type, occurred_at, id);
