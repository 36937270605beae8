package org.symbolon.server.sms;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Optional;
import org.symbolon.core.sms.PhoneNumber;
import org.symbolon.core.sms.PhoneNumberParser;

/**
 * Phone numbers read by libphonenumber, Google's reference library: spaces, dashes, brackets and a
 * national trunk prefix ("0170 …" in Germany) are understood, and a number must be valid for its
 * region. Without a default region, a number must start with {@code +}.
 */
public final class LibPhoneNumberParser implements PhoneNumberParser {

    /** Longer than any written-out number with spaces; past it the text is not parsed at all. */
    private static final int LONGEST_INPUT = 40;

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    /** @param defaultRegion a region code such as "DE", or empty */
    public LibPhoneNumberParser(String defaultRegion) {
        this.defaultRegion = defaultRegion.isEmpty() ? "ZZ" : defaultRegion;
    }

    @Override
    public Optional<PhoneNumber> parse(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > LONGEST_INPUT) {
            return Optional.empty();
        }
        try {
            var number = util.parse(typed, defaultRegion);
            if (!util.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)));
        } catch (NumberParseException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
