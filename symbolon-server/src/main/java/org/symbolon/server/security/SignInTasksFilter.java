package org.symbolon.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.symbolon.server.api.ApiError;
import org.symbolon.server.api.ProblemResponses;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

/**
 * Keeps a session that has tasks left (see {@link SignInTasks}) to the pages and endpoints of
 * those tasks: a user who must choose a new password or set up a second factor reaches nothing
 * else first. Pages redirect to the task; the API answers 403 with {@code password_change_required}
 * or {@code enrollment_required}. Costs nothing beyond the session already loaded.
 */
public class SignInTasksFilter extends OncePerRequestFilter {

    static final String NEW_PASSWORD_PAGE = "/login/new-password";
    static final String ENROLLMENT_PAGE = "/account/two-factor/setup";

    /** Reachable whatever is left to do: signing out, the session's state, and what pages need. */
    private static final List<RequestMatcher> ALWAYS = List.of(
            withDefaults().matcher("/logout"), withDefaults().matcher("/error"),
            withDefaults().matcher("/css/**"), withDefaults().matcher("/js/**"), withDefaults().matcher("/favicon.ico"),
            withDefaults().matcher("/actuator/**"), withDefaults().matcher("/api/v1/session"));

    private static final List<RequestMatcher> PASSWORD_TASK = List.of(
            withDefaults().matcher(NEW_PASSWORD_PAGE), withDefaults().matcher(HttpMethod.POST, "/api/v1/account/password"));

    private static final List<RequestMatcher> ENROLLMENT_TASK = List.of(
            withDefaults().matcher("/account/two-factor/setup"), withDefaults().matcher("/account/two-factor/setup/**"),
            withDefaults().matcher("/login/enrollment/skip"),
            withDefaults().matcher(HttpMethod.POST, "/api/v1/account/totp"),
            withDefaults().matcher(HttpMethod.POST, "/api/v1/account/totp/*/activate"),
            // A hardware token does as well as an app, and is the way where apps are turned off.
            withDefaults().matcher("/account/two-factor/tokens/new"), withDefaults().matcher("/account/two-factor/tokens/new/**"),
            withDefaults().matcher(HttpMethod.POST, "/api/v1/account/hotp"),
            withDefaults().matcher(HttpMethod.POST, "/api/v1/account/hotp/*/activate"),
            // So does a security key; renaming and removing keys wait until enrollment is done.
            withDefaults().matcher("/account/two-factor/security-keys"),
            withDefaults().matcher(HttpMethod.POST, "/account/two-factor/security-keys/options"),
            withDefaults().matcher(HttpMethod.POST, "/api/v1/session/enrollment/skip"));

    private static final RequestMatcher API = withDefaults().matcher("/api/**");

    private final SessionSignIn signIn;
    private final ProblemResponses problems;

    public SignInTasksFilter(SessionSignIn signIn, ProblemResponses problems) {
        this.signIn = signIn;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<SignInTasks> tasks = signIn.tasks(request);
        if (tasks.isEmpty() || matches(ALWAYS, request)) {
            chain.doFilter(request, response);
            return;
        }
        // The password comes first: the enrollment pages would otherwise run on a password that
        // an administrator knows.
        boolean password = tasks.get().changePassword();
        if (matches(password ? PASSWORD_TASK : ENROLLMENT_TASK, request)) {
            chain.doFilter(request, response);
            return;
        }
        if (API.matches(request)) {
            problems.send(response, password ? ApiError.PASSWORD_CHANGE_REQUIRED : ApiError.ENROLLMENT_REQUIRED);
        } else {
            response.sendRedirect(request.getContextPath() + (password ? NEW_PASSWORD_PAGE : ENROLLMENT_PAGE));
        }
    }

    private static boolean matches(List<RequestMatcher> matchers, HttpServletRequest request) {
        return matchers.stream().anyMatch(matcher -> matcher.matches(request));
    }
}
