package org.symbolon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbolon.server.testing.ServerTest;
import tools.jackson.databind.JsonNode;

/** The administrators' endpoints in /api/openapi.json, described as clients call them. */
class AdminApiInOpenApiTest extends ServerTest {

    private static final Map<String, List<String>> ENDPOINTS = Map.of(
            "/api/v1/admin/policy", List.of("get", "put"),
            "/api/v1/admin/groups", List.of("get", "post"),
            "/api/v1/admin/groups/{name}", List.of("get", "patch", "delete"),
            "/api/v1/admin/groups/{name}/members/{username}", List.of("put", "delete"),
            "/api/v1/admin/users/{username}/second-factors", List.of("get"),
            "/api/v1/admin/users/{username}/second-factors/reset", List.of("post"),
            "/api/v1/admin/users/{username}/second-factors/unlock", List.of("post"),
            "/api/v1/admin/users/{username}/bypass-code", List.of("post"),
            "/api/v1/admin/users/{username}/two-factor-rule", List.of("put"));

    @Test
    void everyAdministrativeEndpointIsDescribedWithOnlyItsPathParameters() {
        JsonNode paths = newSession().get("/api/openapi.json").json().get("paths");

        ENDPOINTS.forEach((path, methods) -> {
            assertThat(paths.has(path)).as(path).isTrue();
            for (String method : methods) {
                JsonNode operation = paths.get(path).get(method);
                assertThat(operation).as(method + " " + path).isNotNull();
                assertThat(operation.get("summary").asString()).as(method + " " + path).isNotBlank();
                List<String> parameters = new ArrayList<>();
                if (operation.has("parameters")) {
                    operation.get("parameters").forEach(parameter -> parameters.add(parameter.get("in").asString()));
                }
                assertThat(parameters).as("parameters of " + method + " " + path).allMatch("path"::equals);
            }
        });
    }
}
