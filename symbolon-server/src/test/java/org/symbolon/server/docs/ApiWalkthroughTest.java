package org.symbolon.server.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/**
 * The curl walk-through in docs/api.md, run as written against a real server, so that the page
 * cannot drift from the API: every ```sh block, in order, as one bash script.
 */
class ApiWalkthroughTest extends ServerTest {

    /** The administrator the page's examples sign in as (its ADMIN_USER default). */
    private static final String ADMIN = "admin";

    private static final Pattern ENDPOINT_HEADING = Pattern.compile("(GET|POST|PUT|PATCH|DELETE) (/\\S+)");

    @Autowired
    AccountAdministration accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @TempDir
    Path workingDirectory;

    @Test
    @ExtendWith(CurlAvailable.class)
    void theCurlWalkthroughInApiMdRunsCleanAgainstTheServer() throws Exception {
        // As on a new instance: the shipped policy, and an administrator without a second factor.
        policy(TwoFactorRequirement.REQUIRED_FOR_ADMINS, 0);
        TestUsers.admin(accounts, ADMIN);
        ShellWalkthrough walkthrough = new ShellWalkthrough(MarkdownPage.read("api.md"), "sh");
        assertThat(walkthrough.blockCount()).as("```sh blocks in docs/api.md").isGreaterThan(10);

        ShellWalkthrough.Result result = walkthrough.run(workingDirectory, Map.of(
                "BASE", baseUrl(),
                "ADMIN_USER", ADMIN,
                "ADMIN_PASSWORD", TestUsers.ADMIN_PASSWORD), Duration.ofMinutes(3));

        assertThat(result.exitCode())
                .as("exit code of the docs/api.md walk-through; its output:%n%s", result.output())
                .isZero();
        assertThat(result.output()).as("the walk-through ran to its end").contains(ShellWalkthrough.COMPLETE);
    }

    /**
     * Each endpoint has a section headed "METHOD /path" whose runnable blocks call that path with
     * that method, so that a new endpoint cannot go undocumented.
     */
    @Test
    void everyApiEndpointHasASectionInApiMdWithARunnableExample() {
        MarkdownPage page = MarkdownPage.read("api.md");
        Set<String> endpoints = apiEndpoints();
        assertThat(endpoints).as("endpoints found under /api/v1").isNotEmpty();

        List<String> problems = new ArrayList<>();
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            Optional<MarkdownPage.Section> section = page.sections().stream()
                    .filter(candidate -> candidate.heading().equals(endpoint))
                    .findFirst();
            if (section.isEmpty()) {
                problems.add(endpoint + ": no section headed '" + endpoint + "'");
                continue;
            }
            String code = section.get().blocks().stream()
                    .filter(block -> block.info().equals("sh"))
                    .map(MarkdownPage.CodeBlock::code)
                    .reduce("", String::concat);
            if (!pathPattern(path).matcher(code).find()) {
                problems.add(endpoint + ": no ```sh block in its section calls " + path);
            } else if (!callsWith(method, code)) {
                problems.add(endpoint + ": no ```sh block in its section sends " + method);
            }
        }
        page.sections().stream()
                .map(MarkdownPage.Section::heading)
                .filter(heading -> ENDPOINT_HEADING.matcher(heading).matches())
                .filter(heading -> !endpoints.contains(heading))
                .forEach(heading -> problems.add(heading + ": documented, but the API has no such endpoint"));
        assertThat(problems).as("docs/api.md against the API's endpoints").isEmpty();
    }

    /** "METHOD /path" of every handler under /api/v1, with path variables as the code writes them. */
    private Set<String> apiEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/v1/")) {
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        endpoints.add(method.name() + " " + pattern);
                    }
                }
            }
        }
        return endpoints;
    }

    /** The path as a URL in a script: each {variable} stands for one path segment. */
    private static Pattern pathPattern(String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("\\{[^}]+}", -1)) {
            if (regex.length() > 0) {
                regex.append("[^/\"?\\s]+");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex + "(?=[\"?\\s]|$)");
    }

    private static boolean callsWith(String method, String code) {
        return switch (method) {
            case "GET" -> code.contains("curl");
            case "POST" -> code.contains("--data");
            default -> code.contains("-X " + method);
        };
    }
}
