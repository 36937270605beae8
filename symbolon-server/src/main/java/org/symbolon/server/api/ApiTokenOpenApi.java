package org.symbolon.server.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.symbolon.core.token.ApiTokenScope;

/**
 * API tokens in the OpenAPI document: a Bearer scheme, and on each operation a token can reach the
 * scope it needs (OpenAPI 3.1 allows role names in the requirement of a non-OAuth scheme).
 */
@Configuration(proxyBeanMethods = false)
class ApiTokenOpenApi {

    static final String SCHEME = "apiToken";

    @Bean
    OpenApiCustomizer apiTokenSecurity() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP)
                    .scheme("bearer")
                    .description("An API token, sent as 'Authorization: Bearer symbolon_…'; needs no CSRF header. "
                            + "It reaches /api/v1/admin/ except /api/v1/admin/api-tokens. Administrators may call the "
                            + "same operations with their session instead."));
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/v1/admin/") && !path.startsWith("/api/v1/admin/api-tokens")) {
                    item.readOperationsMap().forEach((method, operation) -> operation.addSecurityItem(
                            new SecurityRequirement().addList(SCHEME, scope(method).value())));
                }
            });
        };
    }

    private static ApiTokenScope scope(PathItem.HttpMethod method) {
        return method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD
                ? ApiTokenScope.ADMIN_READ : ApiTokenScope.ADMIN_WRITE;
    }
}
