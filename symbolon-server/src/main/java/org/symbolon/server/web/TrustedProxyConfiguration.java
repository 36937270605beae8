package org.symbolon.server.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.symbolon.server.config.SymbolonProperties;

/**
 * Believes X-Forwarded-For and X-Forwarded-Proto only from the proxies listed in
 * {@code symbolon.trusted-proxies}. Anyone else could claim TLS (and so get Secure cookies
 * dropped where they matter) or another client address.
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxyConfiguration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    // Only literal addresses: a host name would need a DNS look-up, which an attacker may answer.
    private static final Pattern IP_LITERAL = Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final SymbolonProperties properties;

    TrustedProxyConfiguration(SymbolonProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (properties.trustedProxies().isEmpty()) {
            return;
        }
        RemoteIpValve valve = new RemoteIpValve();
        valve.setInternalProxies(properties.trustedProxies().stream()
                .map(TrustedProxyConfiguration::asTomcatWritesIt)
                .map(Pattern::quote)
                .collect(Collectors.joining("|")));
        valve.setTrustedProxies("");
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        factory.addEngineValves(valve);
    }

    /** The form in which Tomcat reports a client address: "::1" is "0:0:0:0:0:0:0:1" there. */
    static String asTomcatWritesIt(String configured) {
        String address = configured.strip();
        if (!IP_LITERAL.matcher(address).matches()) {
            throw new IllegalArgumentException("symbolon.trusted-proxies: '" + address
                    + "' is not an IP address (ranges and host names are not supported)");
        }
        try {
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("symbolon.trusted-proxies: '" + address + "' is not an IP address", e);
        }
    }
}
