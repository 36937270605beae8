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
        if (value.length() <= max) {
            return value;
        }
        // Never half of a surrogate pair: the cut text must still be well-formed for the database.
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }
}
