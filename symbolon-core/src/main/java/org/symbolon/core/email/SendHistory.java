package org.symbolon.core.email;

import java.time.Instant;

/**
 * The user's recent code mails, as the send limit needs them.
 *
 * @param lastSentAt the latest code mail, or null when none was ever sent
 * @param windowStartedAt when the current hour of counting began, or null
 * @param sentInWindow code mails since {@code windowStartedAt}
 * @param version changes with every send: the compare-and-set of {@link EmailCodeStore#recordSend}
 */
public record SendHistory(Instant lastSentAt, Instant windowStartedAt, int sentInWindow, long version) {

    public static final SendHistory NONE = new SendHistory(null, null, 0, 0);
}
