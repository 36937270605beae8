package org.symbolon.server.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The head of the OpenAPI document at /api/openapi.json. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI symbolonApi() {
        String version = OpenApiConfiguration.class.getPackage().getImplementationVersion();
        return new OpenAPI().info(new Info()
                .title("Symbolon API")
                .version(version == null ? "development" : version)
                .description("Sign-in, the signed-in account, and user administration. Errors are RFC 9457 "
                        + "problem documents with a stable `code`; see docs/api.md. State-changing requests "
                        + "carry the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header."));
    }
}
