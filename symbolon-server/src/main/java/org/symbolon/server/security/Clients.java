package org.symbolon.server.security;

import jakarta.servlet.http.HttpServletRequest;
import org.symbolon.core.audit.ClientInfo;

/** Who sent a request, for the audit log: the address after the trusted-proxy rules, and the browser. */
public final class Clients {

    private Clients() {
    }

    public static ClientInfo of(HttpServletRequest request) {
        return new ClientInfo(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }
}
