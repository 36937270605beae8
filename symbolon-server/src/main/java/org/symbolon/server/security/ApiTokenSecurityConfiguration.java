package org.symbolon.server.security;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;
import org.symbolon.core.token.ApiTokenScope;

/**
 * The filter chain of requests that carry {@code Authorization: Bearer}, ahead of every other
 * chain: such a request is judged by its token alone, whatever cookies come with it. Stateless (no
 * session is created or consulted, no cookie is set) and without CSRF protection, which guards
 * cookies: a browser never adds a Bearer header on its own, so another site cannot make it send one.
 *
 * <p>Spring Security's {@link BearerTokenAuthenticationFilter} reads the header (RFC 6750 §2.1)
 * and its {@link OpaqueTokenAuthenticationProvider} asks {@link ApiTokenIntrospector}. They are
 * wired here by hand rather than through {@code oauth2ResourceServer()}: since Spring Security 7 that
 * configurer also installs DPoP support, which needs the JOSE module and Nimbus on the class path.
 */
@Configuration(proxyBeanMethods = false)
public class ApiTokenSecurityConfiguration {

    /** The auth-scheme name is case-insensitive (RFC 9110 §11.1), as the filter's own parser takes it. */
    static final RequestMatcher BEARER =
            request -> StringUtils.startsWithIgnoreCase(request.getHeader(HttpHeaders.AUTHORIZATION), "bearer");

    @Bean
    @Order(0)
    SecurityFilterChain apiTokens(HttpSecurity http, ApiTokenIntrospector introspector, BearerProblems problems)
            throws Exception {
        BearerTokenAuthenticationFilter authentication = new BearerTokenAuthenticationFilter(
                new ProviderManager(new OpaqueTokenAuthenticationProvider(introspector)));
        authentication.setAuthenticationEntryPoint(problems::invalidToken);
        // The default details ask for the session, which would load a session whose cookie came
        // along, on every token request: nothing here needs it.
        authentication.setAuthenticationDetailsSource(request -> new WebAuthenticationDetails(request.getRemoteAddr(), null));
        http.securityMatcher(BEARER)
                .authorizeHttpRequests(requests -> requests
                        // The error page of a request that got this far (a 404 under /api/v1/admin/).
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(ApiTokenReach.TOKEN_MANAGEMENT).denyAll()
                        .requestMatchers(new AndRequestMatcher(ApiTokenReach.ADMIN_API, ApiTokenReach.READING))
                                .hasAuthority(ApiTokenPrincipal.authority(ApiTokenScope.ADMIN_READ))
                        .requestMatchers(ApiTokenReach.ADMIN_API)
                                .hasAuthority(ApiTokenPrincipal.authority(ApiTokenScope.ADMIN_WRITE))
                        .anyRequest().denyAll())
                .addFilter(authentication)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems::invalidToken)
                        .accessDeniedHandler(problems::denied))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityConfiguration.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }
}
