package org.symbolon.server.account;

import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.stereotype.Component;
import org.symbolon.core.password.PasswordHasher;

/**
 * Argon2id through Spring Security's delegating encoder: hashes carry their algorithm as a
 * {@code {id}} prefix, so imported bcrypt and PBKDF2 hashes verify and are upgraded to Argon2id
 * at the next sign-in.
 */
@Component
public class SpringPasswordHasher implements PasswordHasher {

    private static final String ARGON2 = "argon2";

    private final PasswordEncoder encoder;

    public SpringPasswordHasher() {
        // OWASP Password Storage Cheat Sheet, Argon2id: m = 19 MiB, t = 2, p = 1.
        PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        this.encoder = new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, argon2,
                "bcrypt", new BCryptPasswordEncoder(),
                // Both ids under which Spring Security has stored PBKDF2 hashes over the years.
                "pbkdf2", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_5(),
                "pbkdf2@SpringSecurity_v5_8", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    @Override
    public String hash(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean matches(String password, String storedHash) {
        try {
            return encoder.matches(password, storedHash);
        } catch (IllegalArgumentException unknownAlgorithm) {
            // A hash with an id we do not know cannot match; no password reveals that.
            return false;
        }
    }

    @Override
    public boolean needsUpgrade(String storedHash) {
        return encoder.upgradeEncoding(storedHash);
    }
}
