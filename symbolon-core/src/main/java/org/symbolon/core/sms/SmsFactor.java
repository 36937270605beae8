package org.symbolon.core.sms;

import java.time.Instant;

/** A user's phone number for SMS codes, proven by a code when it was added. */
public record SmsFactor(long userId, PhoneNumber phone, Instant createdAt) {
}
