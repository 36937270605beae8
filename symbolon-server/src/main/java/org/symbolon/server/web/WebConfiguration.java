package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.symbolon.server.security.ActorArgumentResolver;

/**
 * The page language: from the browser's Accept-Language until the person picks one with the
 * switch on every page ({@code ?lang=de}), which a cookie then remembers.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private final LocaleResolver localeResolver = cookieLocaleResolver();

    @Bean
    LocaleResolver localeResolver() {
        return localeResolver;
    }

    private static LocaleResolver cookieLocaleResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("symbolon_lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> firstSupported(request.getLocales()).orElse(Locale.ENGLISH));
        return resolver;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                // Unknown values are ignored, not answered with an error.
                String wanted = request.getParameter("lang");
                if (wanted != null) {
                    supported(wanted).ifPresent(locale -> localeResolver.setLocale(request, response, locale));
                }
                return true;
            }
        });
    }

    static Optional<Locale> supported(String language) {
        return LANGUAGES.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    private static Optional<Locale> firstSupported(Enumeration<Locale> preferred) {
        while (preferred.hasMoreElements()) {
            Optional<Locale> match = supported(preferred.nextElement().getLanguage());
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }
}
