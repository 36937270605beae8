package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.symbolon.core.audit.AuditCriteria;
import org.symbolon.core.audit.AuditPage;
import org.symbolon.core.audit.AuditPosition;
import org.symbolon.core.audit.AuditSearch;
import org.symbolon.core.audit.SecurityEventType;

/** The administrators' audit log: every account's security events, filtered and paged. */
@Controller
class AdminAuditController {

    static final int PAGE_SIZE = 50;
    private static final String PATH = "/admin/audit";

    private final AuditSearch search;

    AdminAuditController(AuditSearch search) {
        this.search = search;
    }

    /**
     * @param before the "Older" link's cursor
     * @param after the "Newer" link's cursor; a malformed one is a 400 page (WebExceptionHandler)
     */
    @GetMapping(PATH)
    String list(AuditFilterForm filter, @RequestParam(required = false) String before,
            @RequestParam(required = false) String after, Model model, HttpServletResponse response) {
        AuditPosition position = AuditPosition.parse(before, after);
        FormErrors errors = new FormErrors();
        Optional<AuditCriteria> criteria = filter.parse(errors);
        model.addAttribute("filter", filter);
        model.addAttribute("errors", errors);
        model.addAttribute("types", List.of(SecurityEventType.values()));
        if (criteria.isPresent()) {
            AuditSearch.Outcome outcome = search.search(criteria.get(), position, PAGE_SIZE);
            if (outcome instanceof AuditSearch.Outcome.Found found) {
                show(found.page(), filter, model);
                return "admin/audit";
            }
            errors.add("user", "audit.error.unknownUser");
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "admin/audit";
    }

    private static void show(AuditPage page, AuditFilterForm filter, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("olderLink", page.older().map(cursor -> filter.link(PATH, "before", cursor)).orElse(null));
        model.addAttribute("newerLink", page.newer().map(cursor -> filter.link(PATH, "after", cursor)).orElse(null));
    }
}
