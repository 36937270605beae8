package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbolon.core.attempt.Waits;
import org.symbolon.core.email.EmailCodeOutcome;
import org.symbolon.core.email.EmailCodeSending;
import org.symbolon.core.sms.SmsCodeOutcome;
import org.symbolon.core.sms.SmsCodeSending;
import org.symbolon.server.security.Clients;
import org.symbolon.server.security.PendingSignIn;
import org.symbolon.server.security.SessionSignIn;

/**
 * The second-step page's "Send me a code" button, by e-mail or SMS: sends a sign-in code and goes
 * back to the page, now asking for that code. Every refusal looks alike to the person ("could not
 * be sent, try another way"), except a wait, which says how long.
 */
@Controller
class SentCodeSignInController {

    private final SessionSignIn signIn;
    private final EmailCodeSending email;
    private final SmsCodeSending sms;

    SentCodeSignInController(SessionSignIn signIn, EmailCodeSending email, SmsCodeSending sms) {
        this.signIn = signIn;
        this.email = email;
        this.sms = sms;
    }

    @PostMapping("/login/second-factor/email")
    String sendEmail(HttpServletRequest request, RedirectAttributes redirect) {
        Optional<PendingSignIn> pending = signIn.pending(request);
        if (pending.isEmpty()) {
            return "redirect:/login?expired";
        }
        EmailCodeOutcome outcome = email.sendSignInCode(pending.get().userId(), Clients.of(request));
        return back("email", redirect, outcome instanceof EmailCodeOutcome.Sent sent ? sent.maskedAddress() : null,
                outcome instanceof EmailCodeOutcome.TooSoon tooSoon ? tooSoon.retryAfter() : null);
    }

    @PostMapping("/login/second-factor/sms")
    String sendSms(HttpServletRequest request, RedirectAttributes redirect) {
        Optional<PendingSignIn> pending = signIn.pending(request);
        if (pending.isEmpty()) {
            return "redirect:/login?expired";
        }
        SmsCodeOutcome outcome = sms.sendSignInCode(pending.get().userId(), Clients.of(request));
        return back("sms", redirect, outcome instanceof SmsCodeOutcome.Sent sent ? sent.maskedPhone() : null,
                outcome instanceof SmsCodeOutcome.TooSoon tooSoon ? tooSoon.retryAfter() : null);
    }

    /** @param sentTo where the code went (masked), or null; @param wait how long to wait, or null */
    private static String back(String method, RedirectAttributes redirect, String sentTo, Duration wait) {
        if (sentTo != null) {
            redirect.addFlashAttribute("codeSentTo", sentTo);
        } else if (wait != null) {
            redirect.addFlashAttribute("codeWaitSeconds", Waits.seconds(wait));
        } else {
            redirect.addFlashAttribute("codeNotSent", true);
        }
        return "redirect:/login/second-factor?method=" + method;
    }
}
