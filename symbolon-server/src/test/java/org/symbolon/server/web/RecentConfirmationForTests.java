package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.symbolon.server.security.RecentConfirmation;

/**
 * Test-only: an endpoint that records "confirmed just now" in the caller's session, as the second
 * step of a sign-in and the confirmation page do, so that the admin-page tests need not depend on
 * those pages. Only test classes that import this configuration have it; it is never part of the
 * application (component scanning skips a {@link TestConfiguration} and what it encloses; an
 * import registers the enclosed controller as a member of the configuration).
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecentConfirmationForTests {

    public static final String PATH = "/test-only/recent-confirmation";
    /** Forgets the confirmation, as if 15 minutes had passed. */
    public static final String FORGET_PATH = PATH + "/forget";

    @Controller
    static class Endpoint {

        private final RecentConfirmation confirmation;

        Endpoint(RecentConfirmation confirmation) {
            this.confirmation = confirmation;
        }

        @GetMapping(PATH)
        ResponseEntity<Void> confirm(HttpServletRequest request) {
            confirmation.confirmed(request);
            return ResponseEntity.noContent().build();
        }

        @GetMapping(FORGET_PATH)
        ResponseEntity<Void> forget(HttpServletRequest request) {
            // The attribute RecentConfirmation keeps; a test may know what the application must not.
            request.getSession().removeAttribute(RecentConfirmation.class.getName());
            return ResponseEntity.noContent().build();
        }
    }
}
