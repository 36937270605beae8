package org.symbolon.server.webauthn;

import com.yubico.webauthn.CredentialRepository;
import com.yubico.webauthn.RegisteredCredential;
import com.yubico.webauthn.data.AuthenticatorTransport;
import com.yubico.webauthn.data.ByteArray;
import com.yubico.webauthn.data.PublicKeyCredentialDescriptor;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.account.Username;
import org.symbolon.core.factor.SecurityKeyStore;
import org.symbolon.core.factor.StoredSecurityKey;
import org.symbolon.core.text.InputProblem;

/**
 * Yubico's look-ups over the stored keys. Each is read-only, and goes through an index: the
 * username's, the user handle's or the credential id's.
 */
class SecurityKeyCredentials implements CredentialRepository {

    private final SecurityKeyStore keys;
    private final UserStore users;

    SecurityKeyCredentials(SecurityKeyStore keys, UserStore users) {
        this.keys = keys;
        this.users = users;
    }

    @Override
    public Set<PublicKeyCredentialDescriptor> getCredentialIdsForUsername(String username) {
        return userId(username).map(keys::keysOf).orElse(java.util.List.of()).stream()
                .map(SecurityKeyCredentials::descriptor)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<ByteArray> getUserHandleForUsername(String username) {
        return userId(username).flatMap(keys::userHandleOf).map(ByteArray::new);
    }

    @Override
    public Optional<String> getUsernameForUserHandle(ByteArray userHandle) {
        return keys.usernameOfHandle(userHandle.getBytes());
    }

    @Override
    public Optional<RegisteredCredential> lookup(ByteArray credentialId, ByteArray userHandle) {
        return keys.byCredentialId(credentialId.getBytes())
                .filter(key -> keys.userHandleOf(key.userId()).map(ByteArray::new).filter(userHandle::equals).isPresent())
                .map(key -> registered(key, userHandle));
    }

    @Override
    public Set<RegisteredCredential> lookupAll(ByteArray credentialId) {
        return keys.byCredentialId(credentialId.getBytes())
                .flatMap(key -> keys.userHandleOf(key.userId()).map(handle -> registered(key, new ByteArray(handle))))
                .map(Set::of)
                .orElse(Set.of());
    }

    static PublicKeyCredentialDescriptor descriptor(StoredSecurityKey key) {
        return PublicKeyCredentialDescriptor.builder()
                .id(new ByteArray(key.credentialId()))
                .transports(key.transports().stream().map(AuthenticatorTransport::of).collect(Collectors.toSet()))
                .build();
    }

    private static RegisteredCredential registered(StoredSecurityKey key, ByteArray userHandle) {
        return RegisteredCredential.builder()
                .credentialId(new ByteArray(key.credentialId()))
                .userHandle(userHandle)
                .publicKeyCose(new ByteArray(key.publicKeyCose()))
                .signatureCount(key.signCount())
                .build();
    }

    private Optional<Long> userId(String username) {
        try {
            return users.findByUsername(Username.parse(username)).map(user -> user.id());
        } catch (InputProblem malformed) {
            return Optional.empty();
        }
    }
}
