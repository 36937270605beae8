package org.symbolon.server.sms;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.symbolon.core.email.EmailCodePurpose;
import org.symbolon.core.notify.MailLanguage;
import org.symbolon.core.sms.SmsTextComposer;

/**
 * The text of a code message from the message files ({@code sms.text.SIGN_IN}, {@code sms.text.ENROLL}),
 * in the user's language. When the public URL is known, the last line is the origin-bound one of the
 * WebOTP API ({@code @host #123456}), so that browsers can offer the code only on this site.
 */
public final class MessageSmsTextComposer implements SmsTextComposer {

    private final MessageSource messages;
    private final String serviceName;
    private final Optional<String> host;

    /** @param publicUrl the configured public URL, or empty when none is */
    public MessageSmsTextComposer(MessageSource messages, String serviceName, String publicUrl) {
        this.messages = messages;
        this.serviceName = serviceName;
        this.host = hostOf(publicUrl);
    }

    @Override
    public String compose(String code, EmailCodePurpose purpose, Duration validity, MailLanguage language) {
        String text = messages.getMessage("sms.text." + purpose.name(),
                new Object[] {serviceName, code, Long.toString(validity.toMinutes())}, language.locale());
        // https://wicg.github.io/web-otp/#origin-bound-one-time-code: "@host #code", last line.
        return host.map(h -> text + "\n\n@" + h + " #" + code).orElse(text);
    }

    private static Optional<String> hostOf(String publicUrl) {
        if (publicUrl == null || publicUrl.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(publicUrl.strip());
            String host = uri.getHost();
            return host == null ? Optional.empty()
                    : Optional.of(uri.getPort() > 0 ? host + ":" + uri.getPort() : host);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
