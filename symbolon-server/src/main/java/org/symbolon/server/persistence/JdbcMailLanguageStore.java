package org.symbolon.server.persistence;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbolon.core.notify.MailLanguage;
import org.symbolon.core.notify.MailLanguageStore;

/** {@link MailLanguageStore} on the column {@code users.mail_language} (V7__email.sql). */
@Repository
public class JdbcMailLanguageStore implements MailLanguageStore {

    private final JdbcClient jdbc;

    public JdbcMailLanguageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<MailLanguage> find(long userId) {
        return jdbc.sql("SELECT mail_language FROM users WHERE id = ?")
                .param(userId)
                .query((row, number) -> Optional.ofNullable(row.getString(1)))
                .optional()
                .flatMap(tag -> tag.flatMap(MailLanguage::of));
    }

    /** One conditional update: a sign-in in the kept language changes no row. */
    @Override
    public void remember(long userId, MailLanguage language) {
        jdbc.sql("UPDATE users SET mail_language = ? WHERE id = ? AND (mail_language IS NULL OR mail_language <> ?)")
                .params(language.tag(), userId, language.tag())
                .update();
    }
}
