package org.symbolon.core.factor;

import java.time.Clock;
import java.util.function.BooleanSupplier;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.text.TextRules;

/**
 * Registering, renaming and removing security keys. A registration the relying party checked
 * (W3C WebAuthn §7.1) is stored under Symbolon's rules: the method must be on, the name must be a
 * name, and a user has at most {@link StoredSecurityKey#MAX_PER_USER} keys. Removal needs the
 * password and a code, as for an app or a hardware token.
 *
 * <p>A user who has no unused recovery codes gets a set with the key, as with an app or a token:
 * without them, a user whose only factor is a lost key could never sign in alone again, nor prove
 * who they are to remove it.
 */
public final class SecurityKeyManagement {

    /** What registering a key came to. */
    public enum Result {
        REGISTERED,
        TOO_MANY,
        /** The credential id is registered already (the browser's excludeCredentials was ignored). */
        ALREADY_REGISTERED,
        METHOD_TURNED_OFF
    }

    /**
     * What registering a key came to, and the recovery codes to show once: new ones when the user
     * had none left, else none.
     */
    public record Registration(Result result, java.util.List<String> recoveryCodes) {
    }

    /** A checked registration, as the relying party reports it. */
    public record CheckedKey(byte[] credentialId, byte[] publicKeyCose, long signCount, byte[] aaguid,
            java.util.Set<String> transports) {
    }

    private final SecurityKeyStore keys;
    private final SecurityEventLog events;
    private final BooleanSupplier allowed;
    private final Clock clock;
    private final SecondFactorManagement management;
    private final RecoveryCodeIssuer recoveryCodes;

    public SecurityKeyManagement(SecurityKeyStore keys, SecurityEventLog events, BooleanSupplier allowed, Clock clock,
            SecondFactorManagement management, RecoveryCodeIssuer recoveryCodes) {
        this.recoveryCodes = recoveryCodes;
        this.management = management;
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
        return keys.countOf(user.id()) >= StoredSecurityKey.MAX_PER_USER ? Result.TOO_MANY : Result.REGISTERED;
    }

    /** @param name a name checked by {@link #name} */
    public Registration register(UserAccount user, String name, CheckedKey key, ClientInfo client) {
        if (!allowed.getAsBoolean()) {
            return refused(Result.METHOD_TURNED_OFF);
        }
        if (keys.byCredentialId(key.credentialId()).isPresent()) {
            return refused(Result.ALREADY_REGISTERED);
        }
        boolean codesLeft = management.recoveryCodesLeft(user) > 0;
        var now = clock.instant();
        StoredSecurityKey stored = new StoredSecurityKey(0, java.util.UUID.randomUUID().toString(), user.id(),
                key.credentialId(), key.publicKeyCose(), key.signCount(), key.aaguid(), key.transports(), name, now, null);
        if (!keys.add(stored)) {
            return refused(Result.TOO_MANY);
        }
        events.record(SecondFactorVerification.event(SecurityEventType.SECURITY_KEY_REGISTERED, user, now, client, name));
        return new Registration(Result.REGISTERED, codesLeft ? java.util.List.of() : recoveryCodes.issue(user.id(), now));
    }

    private static Registration refused(Result result) {
        return new Registration(result, java.util.List.of());
    }

    /** The user's keys, oldest first. Read-only. */
    public java.util.List<StoredSecurityKey> keysOf(UserAccount user) {
        return keys.keysOf(user.id());
    }

    /** @param name a name checked by {@link #name}; false when the user has no such key */
    public boolean rename(UserAccount user, String publicId, String name) {
        return publicId != null && keys.rename(user.id(), publicId, name);
    }

    /** Removes a key after the password and a code of another factor (or a recovery code). */
    public ManagementOutcome remove(UserAccount user, String publicId, String password, String code, ClientInfo client) {
        var key = keys.keysOf(user.id()).stream().filter(k -> k.publicId().equals(publicId)).findFirst();
        if (key.isEmpty()) {
            return new ManagementOutcome.NotFound();
        }
        var refused = management.proveIdentity(user, password, code, client);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!keys.delete(user.id(), publicId)) {
            return new ManagementOutcome.NotFound();
        }
        events.record(SecondFactorVerification.event(SecurityEventType.SECURITY_KEY_REMOVED, user, clock.instant(), client,
                key.get().name()));
        management.afterRemoval(user, client);
        return new ManagementOutcome.Done();
    }
}
