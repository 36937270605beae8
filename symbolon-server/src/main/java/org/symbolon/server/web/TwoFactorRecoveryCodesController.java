package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbolon.server.config.SymbolonProperties;
import org.symbolon.server.security.SignedInUser;
import org.symbolon.server.web.TwoFactorSessionSecrets.FreshCodes;

/**
 * A new set of recovery codes, shown once: on this page, as a download and in print, until the
 * person confirms that they saved them. Then they are gone from the server for good; only their
 * hashes remain, in the core's store.
 */
@Controller
@RequestMapping("/account/two-factor/recovery-codes")
class TwoFactorRecoveryCodesController {

    static final String CODES = "redirect:/account/two-factor/recovery-codes";
    static final String FILE_NAME = "symbolon-recovery-codes.txt";

    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final TwoFactorSessionSecrets kept;
    private final MessageSource messages;
    private final SymbolonProperties properties;
    private final Clock clock;

    TwoFactorRecoveryCodesController(TwoFactorSessionSecrets kept, MessageSource messages,
            SymbolonProperties properties, Clock clock) {
        this.kept = kept;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user, HttpSession session, Model model, RedirectAttributes redirect) {
        Optional<FreshCodes> fresh = current(session, user, redirect);
        if (fresh.isEmpty()) {
            return TwoFactorController.OVERVIEW;
        }
        return show(model, user, fresh.get(), new FormErrors());
    }

    /** A GET, because it changes nothing; the codes come from the session, never from the request. */
    @GetMapping("/download")
    ResponseEntity<String> download(@AuthenticationPrincipal SignedInUser user, HttpSession session, Locale locale,
            RedirectAttributes redirect) {
        Optional<FreshCodes> fresh = current(session, user, redirect);
        if (fresh.isEmpty()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/account/two-factor")).build();
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(FILE_NAME).build().toString())
                .body(file(user, fresh.get(), locale));
    }

    @PostMapping("/saved")
    String saved(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String savedCodes,
            HttpSession session, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Optional<FreshCodes> fresh = current(session, user, redirect);
        if (fresh.isEmpty()) {
            return TwoFactorController.OVERVIEW;
        }
        if (!"yes".equals(savedCodes)) {
            FormErrors errors = new FormErrors();
            errors.add("savedCodes", "twoFactor.codes.notConfirmed");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, user, fresh.get(), errors);
        }
        kept.forgetRecoveryCodes(session);
        redirect.addFlashAttribute("notice", "twoFactor.codes.confirmed");
        return TwoFactorController.OVERVIEW;
    }

    private Optional<FreshCodes> current(HttpSession session, SignedInUser user, RedirectAttributes redirect) {
        Optional<FreshCodes> fresh = kept.recoveryCodes(session, user.id());
        if (fresh.isPresent() && fresh.get().expired(clock.instant())) {
            kept.forgetRecoveryCodes(session);
            redirect.addFlashAttribute("problem", "twoFactor.codes.expired");
            return Optional.empty();
        }
        return fresh;
    }

    private String show(Model model, SignedInUser user, FreshCodes fresh, FormErrors errors) {
        model.addAttribute("codes", fresh.codes());
        model.addAttribute("issuedAt", fresh.issuedAt());
        model.addAttribute("username", user.username());
        model.addAttribute("errors", errors);
        return "two-factor/recovery-codes";
    }

    /** Plain text with CRLF line ends, which every editor shows as lines. */
    private String file(SignedInUser user, FreshCodes fresh, Locale locale) {
        StringBuilder text = new StringBuilder();
        text.append(messages.getMessage("twoFactor.codes.file.title",
                new Object[] {user.username(), properties.serviceName()}, locale)).append("\r\n");
        text.append(messages.getMessage("twoFactor.codes.file.issued",
                new Object[] {ISSUED.format(fresh.issuedAt())}, locale)).append("\r\n");
        text.append(messages.getMessage("twoFactor.codes.file.hint", null, locale)).append("\r\n\r\n");
        fresh.codes().forEach(code -> text.append(code).append("\r\n"));
        return text.toString();
    }
}
