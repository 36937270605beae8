package org.symbolon.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
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

    public SignedInUser signIn(UserAccount account, HttpServletRequest request, HttpServletResponse response) {
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
