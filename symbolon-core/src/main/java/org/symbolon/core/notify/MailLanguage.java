package org.symbolon.core.notify;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages Symbolon writes mails in: those of its pages. Mails are sent when the user is not
 * there to ask, so the language of the user's last sign-in is kept for them ({@link MailLanguageStore}).
 */
public enum MailLanguage {
    ENGLISH("en"),
    GERMAN("de");

    private final String tag;

    MailLanguage(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 language tag, as stored. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of this tag or locale language ("de", "de-AT" or "DE"); empty for any other. */
    public static Optional<MailLanguage> of(String tagOrLanguage) {
        if (tagOrLanguage == null || tagOrLanguage.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tagOrLanguage.strip().replace('_', '-')).getLanguage();
        for (MailLanguage known : values()) {
            if (known.tag.equals(language)) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }
}
