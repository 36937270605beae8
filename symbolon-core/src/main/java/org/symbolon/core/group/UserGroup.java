package org.symbolon.core.group;

import java.time.Instant;

/** A group of users; with {@code requiresTwoFactor}, policy REQUIRED_FOR_GROUPS applies to its members. */
public record UserGroup(long id, GroupName name, boolean requiresTwoFactor, Instant createdAt, int memberCount) {
}
