-- SMS codes as a second factor (issue 6). The send limit (one code per 30 s, five an hour) is kept
-- on the user's row, apart from e-mail's, so that one conditional UPDATE by primary key both checks
-- and counts a send; sms_code_sends is its compare-and-set version.
ALTER TABLE users ADD COLUMN sms_code_last_sent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE users ADD COLUMN sms_code_window_started_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE users ADD COLUMN sms_codes_in_window INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE users ADD COLUMN sms_code_sends BIGINT DEFAULT 0 NOT NULL;

-- A user's phone number, in E.164 form (at most '+' and 15 digits), proven by a code when it was
-- added. Found by primary key.
CREATE TABLE sms_factors (
    user_id    BIGINT PRIMARY KEY,
    phone      VARCHAR(16) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sms_factors_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

-- The code waiting to be typed, one per user and purpose, only as an HMAC-SHA-256 of the code bound
-- to its user, purpose and channel. The same shape as email_codes, so that one piece of code serves
-- both; every statement finds its row by the primary key, or all of a user's rows by its first column.
CREATE TABLE sms_codes (
    user_id    BIGINT NOT NULL,
    purpose    VARCHAR(16) NOT NULL,
    code_hash  VARCHAR(128) NOT NULL,
    sent_to    VARCHAR(16) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    tries      INTEGER DEFAULT 0 NOT NULL,
    CONSTRAINT sms_codes_pk PRIMARY KEY (user_id, purpose),
    CONSTRAINT sms_codes_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT sms_codes_purpose_known CHECK (purpose IN ('ENROLL', 'SIGN_IN'))
);
