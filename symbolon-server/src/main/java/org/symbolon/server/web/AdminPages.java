package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.ui.Model;
import org.springframework.web.util.UriUtils;
import org.symbolon.core.account.Username;
import org.symbolon.core.group.GroupName;
import org.symbolon.core.text.InputProblem;

/** What the administrators' pages share: their paths, the error page, and reading names from paths. */
final class AdminPages {

    /** Where an administrator confirms a second factor again before acting on a user (RecentConfirmation). */
    static final String CONFIRM_PATH = "/admin/confirm";

    private AdminPages() {
    }

    static String userPath(Username username) {
        return "/admin/users/" + UriUtils.encodePathSegment(username.value(), StandardCharsets.UTF_8);
    }

    static String groupPath(GroupName name) {
        return "/admin/groups/" + UriUtils.encodePathSegment(name.value(), StandardCharsets.UTF_8);
    }

    /** Sends the administrator to confirm a second factor, and back to {@code next} after. */
    static String confirmFirst(String next) {
        return "redirect:" + CONFIRM_PATH + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    static String errorPage(int status, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error";
    }

    /** A name in a path that is not even a valid name names nothing: empty, for a 404. */
    static <T> Optional<T> parseName(String text, Function<String, T> parse) {
        try {
            return Optional.of(parse.apply(text));
        } catch (InputProblem notAName) {
            return Optional.empty();
        }
    }

    static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** A checkbox or a yes/no field: absent or "false" is false, "true" is true; anything else was not sent by a page. */
    static Optional<Boolean> parseCheckbox(String value) {
        if (value == null || value.isEmpty() || value.equals("false")) {
            return Optional.of(false);
        }
        return value.equals("true") ? Optional.of(true) : Optional.empty();
    }
}
