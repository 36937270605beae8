package org.symbolon.core.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The blocklist of NIST SP 800-63B-4 §3.1.1.2: passwords that attackers try first. The shipped
 * list holds the passwords of eight or more characters among the 100,000 most common of the
 * SecLists "10 million passwords" list (see NOTICE); shorter ones are refused for length anyway.
 * Comparison ignores case, because guessing tools try the case variants too.
 */
public final class CommonPasswords {

    private static final String RESOURCE = "common-passwords.txt";

    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = passwords;
    }

    /** Loads the list shipped with Symbolon. Meant to be called once, at start-up. */
    public static CommonPasswords shipped() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new CommonPasswords(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> read(InputStream in) throws IOException {
        Set<String> set = new HashSet<>(64_000);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isEmpty()) {
                set.add(line.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(set);
    }

    public boolean contains(String password) {
        return passwords.contains(password.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return passwords.size();
    }
}
