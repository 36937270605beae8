package org.symbolon.server.web;

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
                .map(String::strip)
                .map(Pattern::quote)
                .collect(Collectors.joining("|")));
        valve.setTrustedProxies("");
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        factory.addEngineValves(valve);
    }
}
