package org.symbolon.core.sms;

import java.time.Duration;
import org.symbolon.core.email.EmailCodePurpose;
import org.symbolon.core.notify.MailLanguage;

/** Writes the text that carries a code, short enough for one SMS; the words are the server's. Pure. */
public interface SmsTextComposer {

    String compose(String code, EmailCodePurpose purpose, Duration validity, MailLanguage language);
}
