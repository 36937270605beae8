package org.symbolon.core.password;

/** Whether a new password may be used, and if not, the reason to show (NIST SP 800-63B-4 §3.1.1.2 asks for one). */
public sealed interface PasswordVerdict {

    record Acceptable(String normalizedPassword) implements PasswordVerdict {
        @Override
        public String toString() {
            return "Acceptable";
        }
    }

    record Refused(Reason reason, int limit) implements PasswordVerdict {
    }

    enum Reason { TOO_SHORT, TOO_LONG, MALFORMED, COMMON, SAME_AS_USERNAME }
}
