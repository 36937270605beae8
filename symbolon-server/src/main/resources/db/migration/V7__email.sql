-- E-mail (issue 4/4): the language a user's mails are written in, the one of their last sign-in
-- (NULL until the first sign-in after this migration: the instance's symbolon.mail.language).
-- Read and written by the primary key only, so it needs no index of its own.
ALTER TABLE users ADD COLUMN mail_language VARCHAR(8);
ALTER TABLE users ADD CONSTRAINT users_mail_language_known CHECK (mail_language IN ('en', 'de'));

-- E-mail codes as a second factor. The send limit (one code mail per 30 s, five an hour) is kept
-- on the user's row, so that one conditional UPDATE by primary key both checks and counts a send;
-- email_code_sends is its compare-and-set version.
ALTER TABLE users ADD COLUMN email_code_last_sent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE users ADD COLUMN email_code_window_started_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE users ADD COLUMN email_codes_in_window INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE users ADD COLUMN email_code_sends BIGINT DEFAULT 0 NOT NULL;

-- A user's e-mail factor: the address proven by a code when it was added. Found by primary key.
CREATE TABLE email_factors (
    user_id    BIGINT PRIMARY KEY,
    address    VARCHAR(254) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT email_factors_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

-- The code waiting to be typed, one per user and purpose, only as an HMAC-SHA-256 of the code bound
-- to its user and purpose (key in the keyset file, as for recovery codes). Every statement finds its
-- row by the primary key (user_id, purpose), or all of a user's rows by its first column.
CREATE TABLE email_codes (
    user_id    BIGINT NOT NULL,
    purpose    VARCHAR(16) NOT NULL,
    code_hash  VARCHAR(128) NOT NULL,
    sent_to    VARCHAR(254) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    tries      INTEGER DEFAULT 0 NOT NULL,
    CONSTRAINT email_codes_pk PRIMARY KEY (user_id, purpose),
    CONSTRAINT email_codes_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT email_codes_purpose_known CHECK (purpose IN ('ENROLL', 'SIGN_IN'))
);
