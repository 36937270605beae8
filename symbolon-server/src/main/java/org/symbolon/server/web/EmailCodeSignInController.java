package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbolon.core.email.EmailCodeOutcome;
import org.symbolon.core.email.EmailCodeSending;
import org.symbolon.server.security.Clients;
import org.symbolon.server.security.PendingSignIn;
import org.symbolon.server.security.SessionSignIn;

/**
 * The second-step page's "Get a code by e-mail" button: mails a sign-in code and goes back to the
 * page, now asking for the e-mail code. Every refusal looks alike to the person ("could not be
 * sent, try another way"), except a wait, which says how long.
 */
@Controller
class EmailCodeSignInController {

    private final SessionSignIn signIn;
    private final EmailCodeSending sending;

    EmailCodeSignInController(SessionSignIn signIn, EmailCodeSending sending) {
        this.signIn = signIn;
        this.sending = sending;
    }

    @PostMapping("/login/second-factor/email")
    String send(HttpServletRequest request, RedirectAttributes redirect) {
        Optional<PendingSignIn> pending = signIn.pending(request);
        if (pending.isEmpty()) {
            return "redirect:/login?expired";
        }
        EmailCodeOutcome outcome = sending.sendSignInCode(pending.get().userId(), Clients.of(request));
        if (outcome instanceof EmailCodeOutcome.Sent sent) {
            redirect.addFlashAttribute("emailSentTo", sent.maskedAddress());
        } else if (outcome instanceof EmailCodeOutcome.TooSoon tooSoon) {
            redirect.addFlashAttribute("emailWaitSeconds", Math.max(1, (tooSoon.retryAfter().toMillis() + 999) / 1000));
        } else {
            redirect.addFlashAttribute("emailNotSent", true);
        }
        return "redirect:/login/second-factor?method=email";
    }
}
