package org.symbolon.server.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.symbolon.core.audit.AuditPage;
import org.symbolon.core.audit.AuditPosition;
import org.symbolon.core.audit.AuditSearch;
import org.symbolon.server.security.SignedInUser;

/** "My account → Security activity": the signed-in user's own security events, paged. */
@Controller
class AccountActivityController {

    private static final String PATH = "/account/activity";
    private static final AuditFilterForm NO_FILTER = new AuditFilterForm(null, null, null, null);

    private final AuditSearch search;

    AccountActivityController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String before,
            @RequestParam(required = false) String after, Model model) {
        AuditPage page = search.ownEvents(user.id(), AuditPosition.parse(before, after), AdminAuditController.PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("olderLink", page.older().map(cursor -> NO_FILTER.link(PATH, "before", cursor)).orElse(null));
        model.addAttribute("newerLink", page.newer().map(cursor -> NO_FILTER.link(PATH, "after", cursor)).orElse(null));
        return "account-activity";
    }
}
