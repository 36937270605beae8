package org.symbolon.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 to a request whose parameters are not valid UTF-8. Tomcat refuses to decode them
 * and throws on the first parameter read, wherever that happens; without this filter that would
 * be a 500. The answer is written here, not through the error page, because that page would
 * read the same broken parameters again.
 */
@Component
// Right after Spring's CharacterEncodingFilter: parameters read before it would be decoded as ISO-8859-1.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedParameterFilter extends OncePerRequestFilter {

    private static final String PROBLEM = "{\"type\":\"urn:symbolon:problem:malformed_request\",\"title\":\"Bad Request\","
            + "\"status\":400,\"detail\":\"The request parameters are not valid UTF-8.\",\"code\":\"malformed_request\"}";

    private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bad request</title></head>"
            + "<body><main><h1>Bad request</h1><p>The request contains characters that are not valid.</p>"
            + "<p lang=\"de\">Die Anfrage enthält ungültige Zeichen.</p><p><a href=\"/login\">Sign in / Anmelden</a></p>"
            + "</main></body></html>";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException malformed) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean api = request.getRequestURI().startsWith("/api/");
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(api ? "application/problem+json" : "text/html");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(api ? PROBLEM : PAGE);
    }
}
