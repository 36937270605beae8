-- Password attempts in a row per username key (4/4 review, NIST SP 800-63B-4 §3.2.2): a row for
-- any name typed at sign-in, whether or not an account has it, so that the slowing down does not
-- tell which accounts exist. Each attempt is counted before its password is compared, by an
-- UPDATE conditional on the count read (or the INSERT of the first), so that guesses sent side by
-- side cannot all be compared at once. A right password deletes the row; rows idle for a day are
-- forgotten by the hourly job (index on last_attempt_at).
CREATE TABLE password_attempts (
    username_key    VARCHAR(256) PRIMARY KEY,
    attempts        INTEGER NOT NULL,
    last_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX password_attempts_last_attempt ON password_attempts (last_attempt_at);
