package org.symbolon.core.factor;

import java.time.Clock;
import java.util.function.BooleanSupplier;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.text.TextRules;

/**
 * Stores a key whose registration the relying party checked (W3C WebAuthn §7.1), under the rules
 * of Symbolon: the method must be on, the name must be a name, and a user has at most
 * {@link StoredSecurityKey#MAX_PER_USER} keys.
 */
public final class SecurityKeyRegistration {

    /** What registering a key came to. */
    public enum Result {
        REGISTERED,
        TOO_MANY,
        /** The credential id is registered already (the browser's excludeCredentials was ignored). */
        ALREADY_REGISTERED,
        METHOD_TURNED_OFF
    }

    /** A checked registration, as the relying party reports it. */
    public record CheckedKey(byte[] credentialId, byte[] publicKeyCose, long signCount, byte[] aaguid,
            java.util.Set<String> transports) {
    }

    private final SecurityKeyStore keys;
    private final SecurityEventLog events;
    private final BooleanSupplier allowed;
    private final Clock clock;

    public SecurityKeyRegistration(SecurityKeyStore keys, SecurityEventLog events, BooleanSupplier allowed, Clock clock) {
        this.keys = keys;
        this.events = events;
        this.allowed = allowed;
        this.clock = clock;
    }

    /** The name a person typed, checked: 1 to {@link StoredSecurityKey#MAX_NAME_LENGTH} characters. */
    public static String name(String typed) {
        return TextRules.require("name", typed == null ? null : typed.strip(), 1, StoredSecurityKey.MAX_NAME_LENGTH);
    }

    /** Whether the user may start a registration: the method is on and the limit not reached. Read-only. */
    public Result mayRegister(UserAccount user) {
        if (!allowed.getAsBoolean()) {
            return Result.METHOD_TURNED_OFF;
        }
        return keys.keysOf(user.id()).size() >= StoredSecurityKey.MAX_PER_USER ? Result.TOO_MANY : Result.REGISTERED;
    }

    /** @param name a name checked by {@link #name} */
    public Result register(UserAccount user, String name, CheckedKey key, ClientInfo client) {
        if (!allowed.getAsBoolean()) {
            return Result.METHOD_TURNED_OFF;
        }
        if (keys.byCredentialId(key.credentialId()).isPresent()) {
            return Result.ALREADY_REGISTERED;
        }
        var now = clock.instant();
        StoredSecurityKey stored = new StoredSecurityKey(0, java.util.UUID.randomUUID().toString(), user.id(),
                key.credentialId(), key.publicKeyCose(), key.signCount(), key.aaguid(), key.transports(), name, now, null);
        if (!keys.add(stored)) {
            return Result.TOO_MANY;
        }
        events.record(SecondFactorVerification.event(SecurityEventType.SECURITY_KEY_REGISTERED, user, now, client, name));
        return Result.REGISTERED;
    }
}
