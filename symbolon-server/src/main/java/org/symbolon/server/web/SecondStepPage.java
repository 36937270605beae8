package org.symbolon.server.web;

import java.util.List;
import org.symbolon.core.factor.SecondFactorMethod;

/**
 * How one way of passing the second step looks on the sign-in page: the field for its code, and
 * its entry on the "Try another way" page. One entry per method; a new method (a security key,
 * an e-mailed code) adds one entry here and its messages, and the page and the choice follow.
 *
 * @param inputId the code field's id, which browser tests and password managers find it by
 * @param digits whether the code is digits a device shows (numeric keyboard, one-time-code autofill)
 * @param label the field's label; {@code hint}, {@code failed} and {@code choice} (the link on the
 *     choice page) are message keys too
 */
public record SecondStepPage(SecondFactorMethod method, String inputId, boolean digits, String label, String hint,
        String failed, String choice) {

    static final List<SecondStepPage> ALL = List.of(
            new SecondStepPage(SecondFactorMethod.WEBAUTHN, "security-key", false, "securityKey.signIn.button",
                    "securityKey.signIn.hint", "securityKey.signIn.failed", "securityKey.signIn.choice"),
            new SecondStepPage(SecondFactorMethod.TOTP, "code", true, "secondFactor.code", "secondFactor.code.hint",
                    "secondFactor.failed", "secondFactor.choose.totp"),
            new SecondStepPage(SecondFactorMethod.HOTP, "token-code", true, "secondFactor.hotp.code",
                    "secondFactor.hotp.hint", "secondFactor.hotp.failed", "secondFactor.choose.hotp"),
            new SecondStepPage(SecondFactorMethod.EMAIL, "email-code", true, "secondFactor.email.code",
                    "secondFactor.email.hint", "secondFactor.email.failed", "secondFactor.choose.email"),
            new SecondStepPage(SecondFactorMethod.SMS, "sms-code", true, "secondFactor.sms.code",
                    "secondFactor.sms.hint", "secondFactor.sms.failed", "secondFactor.choose.sms"),
            new SecondStepPage(SecondFactorMethod.RECOVERY_CODE, "recovery-code", false, "secondFactor.recovery.code",
                    "secondFactor.recovery.hint", "secondFactor.recovery.failed", "secondFactor.choose.recovery_code"),
            new SecondStepPage(SecondFactorMethod.BYPASS_CODE, "bypass-code", false, "secondFactor.bypass.code",
                    "secondFactor.bypass.hint", "secondFactor.bypass.failed", "secondFactor.useBypass"));

    static SecondStepPage of(SecondFactorMethod method) {
        return ALL.stream().filter(page -> page.method() == method).findFirst()
                .orElseThrow(() -> new IllegalStateException("no sign-in page entry for " + method));
    }

    /** The name in links and in the form's hidden field. */
    public String apiName() {
        return method.apiName();
    }
}
