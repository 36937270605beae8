package org.symbolon.core.sms;

import java.util.regex.Pattern;
import org.symbolon.core.text.InputProblem;

/**
 * A phone number in E.164 form ({@code +} and up to 15 digits, ITU-T E.164 §6), as the parser
 * at the edge made it; the only form stored and sent to a gateway.
 */
public record PhoneNumber(String e164) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public PhoneNumber {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw new InputProblem("phone", InputProblem.Reason.MALFORMED, 16);
        }
    }

    /**
     * "+49 ••• •••• 67": the first two digits (the country code, or its start) and the last two,
     * enough for the user to know which phone to look at, too little to be worth stealing.
     */
    public String masked() {
        return e164.substring(0, 3) + " ••• •••• " + e164.substring(e164.length() - 2);
    }
}
