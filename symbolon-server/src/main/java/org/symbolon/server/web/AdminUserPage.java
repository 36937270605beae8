package org.symbolon.server.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.symbolon.core.admin.TwoFactorSupport;
import org.symbolon.core.admin.UserSecurityOverview;
import org.symbolon.core.audit.AuditCriteria;
import org.symbolon.core.audit.AuditPage;
import org.symbolon.core.audit.AuditPosition;
import org.symbolon.core.audit.AuditSearch;
import org.symbolon.core.password.PasswordPolicy;

/**
 * The administrators' page of one user, as shown after a GET and after a refused form: the
 * account, its second factors with the administrators' help, and its newest security events.
 */
@Component
class AdminUserPage {

    static final String VIEW = "admin/user";
    static final int DEFAULT_BYPASS_HOURS = 8;
    /** The newest events on the page; the audit log, filtered by the user, has the rest. */
    static final int EVENTS_SHOWN = 10;

    private static final AuditPage NO_EVENTS = new AuditPage(List.of(), Optional.empty(), Optional.empty());

    private final AuditSearch audit;

    AdminUserPage(AuditSearch audit) {
        this.audit = audit;
    }

    /** The page, with the errors of a refused form (or none) and the hours the administrator typed. */
    String show(UserSecurityOverview overview, FormErrors errors, String hours, Model model) {
        model.addAttribute("user", overview.account());
        model.addAttribute("security", overview);
        AuditCriteria ofUser = new AuditCriteria(Optional.of(overview.account().username()), Set.of(), Optional.empty(),
                Optional.empty());
        // Found, unless the account went in the moment since the overview: then no events.
        model.addAttribute("events", audit.search(ofUser, AuditPosition.NEWEST, EVENTS_SHOWN)
                instanceof AuditSearch.Outcome.Found found ? found.page() : NO_EVENTS);
        model.addAttribute("errors", errors);
        model.addAttribute("hours", hours == null ? String.valueOf(DEFAULT_BYPASS_HOURS) : hours);
        model.addAttribute("minHours", TwoFactorSupport.MIN_BYPASS_HOURS);
        model.addAttribute("maxHours", TwoFactorSupport.MAX_BYPASS_HOURS);
        model.addAttribute("minPasswordLength", overview.account().isAdmin()
                ? PasswordPolicy.ADMIN_MIN_LENGTH : PasswordPolicy.USER_MIN_LENGTH);
        return VIEW;
    }
}
