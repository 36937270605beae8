package org.symbolon.server.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Codes from OATH Toolkit's oathtool, an implementation independent of ours: a test that
 * checks our server against codes our own generator made could not catch a shared mistake.
 */
public final class Oathtool {

    private Oathtool() {
    }

    /** The six-digit SHA-1, 30-second TOTP code of the Base32 key at the given time. */
    public static String totp(String base32Secret, Instant at) {
        return run("--totp", "-b", base32Secret, "--now", "@" + at.getEpochSecond());
    }

    /** The six-digit SHA-1 HOTP code (RFC 4226) of the Base32 key at the given counter. */
    public static String hotp(String base32Secret, long counter) {
        return run("--hotp", "-b", base32Secret, "-c", Long.toString(counter));
    }

    private static String run(String... arguments) {
        try {
            String[] command = new String[arguments.length + 1];
            command[0] = "oathtool";
            System.arraycopy(arguments, 0, command, 1, arguments.length);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("oathtool failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("oathtool is missing: install Debian's oathtool package", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
