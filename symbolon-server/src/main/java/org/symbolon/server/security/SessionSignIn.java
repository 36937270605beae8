package org.symbolon.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;
import org.symbolon.core.account.UserAccount;

/**
 * Turns a completed sign-in into a signed-in session. The session id changes at this step, so a
 * session id planted before sign-in (session fixation, OWASP ASVS 7.2.4) is worth nothing after,
 * and so does the CSRF token.
 */
@Component
public class SessionSignIn {

    private final SecurityContextRepository contexts;
    private final CsrfTokenRepository csrfTokens;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final Clock clock;

    public SessionSignIn(SecurityContextRepository contexts, CookieCsrfTokenRepository csrfTokens, Clock clock) {
        this.contexts = contexts;
        this.csrfTokens = csrfTokens;
        this.clock = clock;
    }

    /**
     * After a right password, for an account with a second factor: a new session id, no
     * authentication yet, and the pending step remembered for five minutes.
     */
    public void beginSecondStep(UserAccount account, HttpServletRequest request, HttpServletResponse response) {
        holder.clearContext();
        contexts.saveContext(holder.createEmptyContext(), request, response);
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(PendingSignIn.ATTRIBUTE,
                new PendingSignIn(account.id(), account.username().value(), clock.instant()));
    }

    /** The pending second step of this session, unless there is none or it expired. */
    public Optional<PendingSignIn> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(PendingSignIn.ATTRIBUTE);
        if (pending instanceof PendingSignIn signIn && !signIn.isExpired(clock.instant())) {
            return Optional.of(signIn);
        }
        return Optional.empty();
    }

    /** Whether the session has a second step that timed out (to say so, rather than "wrong code"). */
    public boolean hasExpiredSecondStep(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn signIn
                && signIn.isExpired(clock.instant());
    }

    public SignedInUser signIn(UserAccount account, HttpServletRequest request, HttpServletResponse response) {
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            previous.removeAttribute(PendingSignIn.ATTRIBUTE);
        }
        SignedInUser user = SignedInUser.of(account, clock.instant());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        // A new CSRF token too, as Spring Security's own sign-in does: one seen before sign-in is spent.
        csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
        return user;
    }
}
