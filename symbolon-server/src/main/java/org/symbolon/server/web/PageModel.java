package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.symbolon.server.config.SymbolonProperties;
import org.symbolon.server.security.SignedInUser;

/** What the shared page layout needs on every page: who is signed in, the path for the language switch. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    private final SymbolonProperties properties;

    PageModel(SymbolonProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("currentUser")
    SignedInUser currentUser(@AuthenticationPrincipal SignedInUser user) {
        return user;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("serviceName")
    String serviceName() {
        return properties.serviceName();
    }
}
