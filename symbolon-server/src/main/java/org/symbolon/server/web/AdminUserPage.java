package org.symbolon.server.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.symbolon.core.admin.TwoFactorSupport;
import org.symbolon.core.admin.UserSecurityOverview;
import org.symbolon.core.audit.RecentUserEvents;
import org.symbolon.core.password.PasswordPolicy;

/**
 * The administrators' page of one user, as shown after a GET and after a refused form: the
 * account, its second factors with the administrators' help, and its newest security events.
 */
@Component
class AdminUserPage {

    static final String VIEW = "admin/user";
    static final int DEFAULT_BYPASS_HOURS = 8;

    private final RecentUserEvents events;

    AdminUserPage(RecentUserEvents events) {
        this.events = events;
    }

    /** The page, with the errors of a refused form (or none) and the hours the administrator typed. */
    String show(UserSecurityOverview overview, FormErrors errors, String hours, Model model) {
        model.addAttribute("user", overview.account());
        model.addAttribute("security", overview);
        model.addAttribute("events", events.newest(overview.account().id(), RecentUserEvents.PAGE_LIMIT));
        model.addAttribute("errors", errors);
        model.addAttribute("hours", hours == null ? String.valueOf(DEFAULT_BYPASS_HOURS) : hours);
        model.addAttribute("minHours", TwoFactorSupport.MIN_BYPASS_HOURS);
        model.addAttribute("maxHours", TwoFactorSupport.MAX_BYPASS_HOURS);
        model.addAttribute("minPasswordLength", overview.account().isAdmin()
                ? PasswordPolicy.ADMIN_MIN_LENGTH : PasswordPolicy.USER_MIN_LENGTH);
        return VIEW;
    }
}
