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
import org.springframework.web.servlet.support.RequestContextUtils;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.login.AfterSignIn;
import org.symbolon.core.notify.MailLanguage;
import org.symbolon.core.notify.MailLanguageStore;

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
    private final RecentConfirmation confirmations;
    private final Clock clock;
    private final MailLanguageStore mailLanguages;

    public SessionSignIn(SecurityContextRepository contexts, CookieCsrfTokenRepository csrfTokens,
            RecentConfirmation confirmations, Clock clock, MailLanguageStore mailLanguages) {
        this.contexts = contexts;
        this.csrfTokens = csrfTokens;
        this.confirmations = confirmations;
        this.clock = clock;
        this.mailLanguages = mailLanguages;
    }

    /**
     * After a right password, for an account with a second factor: a new session id, no
     * authentication yet, and the pending step remembered for five minutes.
     */
    public void beginSecondStep(UserAccount account, AfterSignIn after, HttpServletRequest request,
            HttpServletResponse response) {
        rememberMailLanguage(account, request);
        holder.clearContext();
        contexts.saveContext(holder.createEmptyContext(), request, response);
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(PendingSignIn.ATTRIBUTE,
                PendingSignIn.of(account.id(), account.username().value(), clock.instant(), after));
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

    /** Signs in after a first-admin set-up: nothing is left to do. */
    public SignedInUser signIn(UserAccount account, HttpServletRequest request, HttpServletResponse response) {
        return signIn(account, AfterSignIn.NOTHING, request, response);
    }

    /**
     * Signs in after the password, or after the second step of a pending sign-in; then the second
     * factor counts as confirmed just now (see {@link RecentConfirmation}).
     */
    public SignedInUser signInAfterSecondStep(UserAccount account, PendingSignIn pending, boolean withBypassCode,
            HttpServletRequest request, HttpServletResponse response) {
        SignedInUser user = signIn(account, pending.after(withBypassCode), request, response);
        confirmations.confirmed(request);
        return user;
    }

    public SignedInUser signIn(UserAccount account, AfterSignIn after, HttpServletRequest request,
            HttpServletResponse response) {
        HttpSession previous = request.getSession(false);
        boolean afterSecondStep = previous != null && previous.getAttribute(PendingSignIn.ATTRIBUTE) != null;
        if (previous != null) {
            previous.removeAttribute(PendingSignIn.ATTRIBUTE);
        }
        if (!afterSecondStep) {
            // After a second step the password step remembered it already; not writing it again
            // keeps the second step at three round trips of Symbolon's own.
            rememberMailLanguage(account, request);
        }
        SignedInUser user = SignedInUser.of(account, clock.instant());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        rotate(request, response);
        SignInTasks tasks = SignInTasks.of(after);
        if (tasks.isEmpty()) {
            request.getSession().removeAttribute(SignInTasks.ATTRIBUTE);
        } else {
            request.getSession().setAttribute(SignInTasks.ATTRIBUTE, tasks);
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        return user;
    }

    /** What the signed-in session must still do; empty when nothing. */
    public Optional<SignInTasks> tasks(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SignInTasks.ATTRIBUTE) instanceof SignInTasks tasks
                ? Optional.of(tasks) : Optional.empty();
    }

    /** The new password is set: one task done, and the session id changes as at every step. */
    public void passwordChanged(HttpServletRequest request, HttpServletResponse response) {
        tasks(request).ifPresent(tasks -> finish(tasks.passwordChanged(), request, response));
    }

    /**
     * A second factor is set up, or its set-up put off within the grace period. A set-up proves
     * the password (at this sign-in) and the new factor, so it counts as a confirmation too.
     */
    public void enrollmentDone(HttpServletRequest request, HttpServletResponse response) {
        tasks(request).ifPresent(tasks -> finish(tasks.enrolled(), request, response));
    }

    /** As {@link #enrollmentDone}, after a set-up rather than a postponement. */
    public void enrolled(HttpServletRequest request, HttpServletResponse response) {
        if (tasks(request).map(SignInTasks::enroll).orElse(false)) {
            enrollmentDone(request, response);
            confirmations.confirmed(request);
        }
    }

    private void finish(SignInTasks left, HttpServletRequest request, HttpServletResponse response) {
        rotate(request, response);
        if (left.isEmpty()) {
            request.getSession().removeAttribute(SignInTasks.ATTRIBUTE);
        } else {
            request.getSession().setAttribute(SignInTasks.ATTRIBUTE, left);
        }
    }

    /** A new session id and, as Spring Security's own sign-in does, a new CSRF token. */
    private void rotate(HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true);
        request.changeSessionId();
        csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
    }

    /**
     * Mails are written in the language of the user's last sign-in (the page's, chosen or from
     * Accept-Language): the user is not there to ask when a notice goes out. Right after the
     * password, so that a notice about this very sign-in (a recovery code) is in it too.
     */
    private void rememberMailLanguage(UserAccount account, HttpServletRequest request) {
        MailLanguage.of(RequestContextUtils.getLocale(request).toLanguageTag())
                .ifPresent(language -> mailLanguages.remember(account.id(), language));
    }
}
