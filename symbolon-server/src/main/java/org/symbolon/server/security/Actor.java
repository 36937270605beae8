package org.symbolon.server.security;

/**
 * Who is acting on an administrative request, as the audit log names them: a signed-in
 * administrator, or an API token ({@code token:NAME}). Controllers take it as a parameter (see
 * {@link ActorArgumentResolver}) instead of a session principal, so that one endpoint serves both.
 *
 * @param auditName the {@code actor} of the security events the request causes
 * @param userId the administrator's account, or null for a token
 */
public record Actor(String auditName, Long userId) {

    public static Actor of(SignedInUser user) {
        return new Actor(user.username(), user.id());
    }

    public boolean isToken() {
        return userId == null;
    }

    /** A principal that acts as an {@link Actor}: a session's user, or an API token. */
    public interface Source {
        Actor actor();
    }
}
