package org.symbolon.server.cli;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.otp.OtpAlgorithm;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.policy.TwoFactorRequirement;

/**
 * The values of {@code policy set}, parsed strictly: each wrong one is a {@link BadValue} whose
 * message names the option and what it takes. Names ignore case; ASCII digits only.
 */
final class PolicyArguments {

    private final Function<String, BadValue> bad;

    PolicyArguments(Function<String, BadValue> bad) {
        this.bad = bad;
    }

    TwoFactorRequirement requirement(String typed) {
        String name = typed.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (TwoFactorRequirement requirement : TwoFactorRequirement.values()) {
            if (requirement.name().equals(name)) {
                return requirement;
            }
        }
        throw bad.apply("--requirement must be OPTIONAL, REQUIRED_FOR_ADMINS, REQUIRED_FOR_GROUPS or REQUIRED_FOR_ALL.");
    }

    int graceDays(String typed) {
        return number(typed, 0, InstancePolicy.MAX_GRACE_DAYS,
                "--grace-days must be a whole number of days from 0 to " + InstancePolicy.MAX_GRACE_DAYS + ".");
    }

    Set<SecondFactorMethod> methods(String typed) {
        Set<SecondFactorMethod> methods = EnumSet.noneOf(SecondFactorMethod.class);
        for (String part : typed.split(",", -1)) {
            SecondFactorMethod method = SecondFactorMethod.fromApiName(part.strip().toLowerCase(Locale.ROOT))
                    .filter(InstancePolicy.CONFIGURABLE::contains)
                    .orElseThrow(() -> bad.apply("--methods takes totp, hotp, recovery_code, email and sms, separated by a comma."));
            methods.add(method);
        }
        if (!methods.contains(SecondFactorMethod.TOTP) && !methods.contains(SecondFactorMethod.HOTP)) {
            throw bad.apply("--methods must include totp or hotp: recovery codes alone cannot be enrolled.");
        }
        return methods;
    }

    OtpAlgorithm algorithm(String typed) {
        String name = typed.strip().toUpperCase(Locale.ROOT).replace("-", "");
        for (OtpAlgorithm algorithm : OtpAlgorithm.values()) {
            if (algorithm.name().equals(name)) {
                return algorithm;
            }
        }
        throw bad.apply("--totp-algorithm must be SHA1, SHA256 or SHA512.");
    }

    int digits(String typed) {
        int digits = number(typed, 6, 8, "--totp-digits must be 6 or 8.");
        if (digits != 6 && digits != 8) {
            throw bad.apply("--totp-digits must be 6 or 8.");
        }
        return digits;
    }

    int period(String typed) {
        int period = number(typed, 30, 60, "--totp-period must be 30 or 60 (seconds).");
        if (period != 30 && period != 60) {
            throw bad.apply("--totp-period must be 30 or 60 (seconds).");
        }
        return period;
    }

    /** The only value of {@code --totp-defaults}: back to the configuration's settings. */
    void configDefaults(String typed) {
        if (!typed.strip().equalsIgnoreCase("config")) {
            throw bad.apply("--totp-defaults takes only 'config' (the settings of symbolon.totp.*).");
        }
    }

    private int number(String typed, int min, int max, String message) {
        String digits = typed.strip();
        // Integer.parseInt would also take "+3" and digits of other scripts.
        if (!digits.matches("[0-9]{1,4}")) {
            throw bad.apply(message);
        }
        int value = Integer.parseInt(digits);
        if (value < min || value > max) {
            throw bad.apply(message);
        }
        return value;
    }
}
