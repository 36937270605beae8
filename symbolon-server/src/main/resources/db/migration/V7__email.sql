-- E-mail (issue 4/4): the language a user's mails are written in, the one of their last sign-in
-- (NULL until the first sign-in after this migration: the instance's symbolon.mail.language).
-- Read and written by the primary key only, so it needs no index of its own.
ALTER TABLE users ADD COLUMN mail_language VARCHAR(8);
ALTER TABLE users ADD CONSTRAINT users_mail_language_known CHECK (mail_language IN ('en', 'de'));
