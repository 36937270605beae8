package org.symbolon.core.audit;

/** Where a request came from, as far as the server can tell, for the audit log. */
public record ClientInfo(String ipAddress, String userAgent) {

    public static final ClientInfo CONSOLE = new ClientInfo("console", "symbolon command line");

    public ClientInfo {
        ipAddress = clip(ipAddress, 64);
        userAgent = clip(userAgent, 512);
    }

    private static String clip(String value, int max) {
        if (value == null) {
            return "";
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
