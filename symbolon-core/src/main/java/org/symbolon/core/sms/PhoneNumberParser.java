package org.symbolon.core.sms;

import java.util.Optional;

/** Reads a phone number as a user typed it. */
public interface PhoneNumberParser {

    /**
     * The number in E.164 form; empty when it is not a possible number, or has no country code
     * ({@code +}) and no default region is configured. Never throws for any text, null included.
     */
    Optional<PhoneNumber> parse(String typed);
}
