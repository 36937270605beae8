package org.symbolon.server.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.notify.MailLanguage;
import org.symbolon.core.text.InputProblem;

/**
 * The outgoing mail server, under {@code symbolon.mail}. Without a host, mail is off: nothing is
 * sent and nothing that needs mail is offered. With a host, the rest is checked at start-up, so that
 * a mistake stops the server with the setting's name rather than failing a mail hours later.
 *
 * @param port 0: the usual port of the security (25, 587 or 465)
 * @param language the language of mails to users who never signed in, whose language is not known yet
 */
public record MailSettings(
        @DefaultValue("") String host,
        @DefaultValue("0") int port,
        @DefaultValue("STARTTLS") Security security,
        @DefaultValue("") String user,
        @DefaultValue("") String password,
        @DefaultValue("") String from,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("20s") Duration timeout,
        @DefaultValue("en") String language) {

    /** How the connection to the mail server is protected. */
    public enum Security {
        /** Plain SMTP: only for a relay on the same host. */
        NONE(25),
        /** SMTP, upgraded to TLS before anything else is said; refused if the server cannot (RFC 3207). */
        STARTTLS(587),
        /** TLS from the first byte, "implicit TLS" (RFC 8314 §3.3). */
        TLS(465);

        private final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }
    }

    private static final Duration LONGEST_TIMEOUT = Duration.ofMinutes(5);
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    public MailSettings {
        host = host == null ? "" : host.strip();
        user = user == null ? "" : user.strip();
        password = password == null ? "" : password;
        from = from == null ? "" : from.strip();
        if (MailLanguage.of(language).isEmpty()) {
            throw new IllegalArgumentException("symbolon.mail.language must be en or de, not " + language);
        }
        if (!host.isEmpty()) {
            check(security, port, user, password, from, connectTimeout, timeout, host);
        }
    }

    private static void check(Security security, int port, String user, String password, String from,
            Duration connectTimeout, Duration timeout, String host) {
        if (host.contains("://") || host.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("symbolon.mail.host must be a host name or address only, not " + host);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("symbolon.mail.port must be 1 to 65535 (or 0 for the usual port), not " + port);
        }
        if (from.isEmpty()) {
            throw new IllegalArgumentException("symbolon.mail.from must be set when symbolon.mail.host is: the address mails come from");
        }
        try {
            new EmailAddress(from);
        } catch (InputProblem problem) {
            throw new IllegalArgumentException("symbolon.mail.from must be an e-mail address, not " + from);
        }
        if (!password.isEmpty() && user.isEmpty()) {
            throw new IllegalArgumentException("symbolon.mail.password is set but symbolon.mail.user is not");
        }
        // The password would cross the network in clear (RFC 4954 §4 asks for TLS around PLAIN).
        if (security == Security.NONE && !user.isEmpty() && !LOOPBACK.contains(host.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("symbolon.mail.security NONE with a user would send the password in "
                    + "clear to " + host + ": use STARTTLS or TLS");
        }
        for (Duration duration : new Duration[] {connectTimeout, timeout}) {
            if (duration.compareTo(Duration.ofSeconds(1)) < 0 || duration.compareTo(LONGEST_TIMEOUT) > 0) {
                throw new IllegalArgumentException(
                        "symbolon.mail.connect-timeout and symbolon.mail.timeout must be 1s to 5m, not " + duration);
            }
        }
    }

    /** Whether mails are sent at all. */
    public boolean enabled() {
        return !host.isEmpty();
    }

    /** The port to connect to: the one set, or the usual one of the security. */
    public int effectivePort() {
        return port == 0 ? security.defaultPort : port;
    }

    public MailLanguage defaultLanguage() {
        return MailLanguage.of(language).orElseThrow();
    }

    /** Without the password, which must never reach a log or an error page. */
    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + effectivePort() + ", security=" + security + ", user=" + user
                + ", password=" + (password.isEmpty() ? "" : "(set)") + ", from=" + from + "]";
    }
}
