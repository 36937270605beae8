package org.symbolon.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Symbolon's own settings, under the prefix {@code symbolon}. Each one can come from
 * symbolon.yml, an environment variable (SYMBOLON_DATA_DIR for data-dir) or a command-line option.
 */
@Validated
@ConfigurationProperties("symbolon")
public record SymbolonProperties(
        @DefaultValue("8080") int port,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("Symbolon") String serviceName,
        /** The address users reach the server at, for links printed on the console; empty: http://localhost:PORT. */
        @DefaultValue("") String publicUrl,
        @DefaultValue("text") LogFormat logFormat,
        /**
         * The file with the keys that encrypt stored secrets; empty: keyset.json in the data
         * directory, created at first start. Every server of one database needs the same file.
         */
        @DefaultValue("") String keysetFile,
        /** IP addresses of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed. */
        @DefaultValue List<String> trustedProxies,
        @DefaultValue Session session,
        @DefaultValue Totp totp,
        @DefaultValue Audit audit,
        /** The outgoing mail server; see {@link MailSettings}. Without a host, mail is off. */
        @DefaultValue MailSettings mail,
        /** The SMS gateway; see {@link SmsSettings}. Without one, SMS codes are off. */
        @DefaultValue SmsSettings sms) {

    public enum LogFormat { TEXT, JSON }

    public record Session(
            @DefaultValue("SYMBOLON_SESSION") String cookieName,
            @DefaultValue("30m") Duration idleTimeout,
            /** A session ends this long after sign-in even while in use (NIST SP 800-63B-4 §2.2.3). */
            @DefaultValue("12h") Duration absoluteTimeout) {
    }

    /**
     * Instance defaults for new authenticators. Many apps ignore anything but SHA1, 6 digits and
     * 30 seconds, so change them only for apps known to follow.
     *
     * @param window time steps accepted on either side of the device's learned offset (0 to 3)
     */
    public record Totp(
            @DefaultValue("SHA1") org.symbolon.core.otp.OtpAlgorithm algorithm,
            @DefaultValue("6") int digits,
            @DefaultValue("30") int period,
            @DefaultValue("1") int window) {

        public Totp {
            if (window < 0 || window > 3) {
                throw new IllegalArgumentException("symbolon.totp.window must be 0 to 3, not " + window);
            }
            // Checks algorithm, digits and period, so that a wrong value stops the start.
            new org.symbolon.core.otp.TotpSettings(algorithm, digits, period);
        }

        public org.symbolon.core.otp.TotpSettings settings() {
            return new org.symbolon.core.otp.TotpSettings(algorithm, digits, period);
        }
    }

    /**
     * The audit log.
     *
     * @param retention events older than this are deleted, hourly; at least one day
     */
    public record Audit(@DefaultValue("400d") Duration retention) {

        public Audit {
            if (retention.compareTo(org.symbolon.core.audit.AuditRetention.MINIMUM) < 0) {
                throw new IllegalArgumentException("symbolon.audit.retention must be at least 1d, not " + retention);
            }
        }
    }

    /** Where the keyset is read from, or created at first start. */
    public Path keysetPath() {
        return keysetFile.isBlank() ? dataDir.resolve("keyset.json") : Path.of(keysetFile.strip());
    }

    /** The base of links that Symbolon prints or sends, without a trailing slash. */
    public String baseUrl(int listeningPort) {
        String base = publicUrl.isBlank() ? "http://localhost:" + listeningPort : publicUrl.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
