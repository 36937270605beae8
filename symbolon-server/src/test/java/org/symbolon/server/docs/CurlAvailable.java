package org.symbolon.server.docs;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the curl walk-through only where bash, oathtool (the authenticator app of its two-factor
 * section) and a curl with {@code --fail-with-body} (7.76 or newer) are installed. Where they are
 * missing the test is skipped with the reason in the report, unless SYMBOLON_REQUIRE_ALL=1 (as
 * in CI), where it fails instead: the rule of {@code testing.RequiredEnvironment}, which is not
 * visible from this package.
 */
final class CurlAvailable implements ExecutionCondition {

    private static final int MINIMUM_MAJOR = 7;
    private static final int MINIMUM_MINOR = 76;
    private static final Pattern VERSION = Pattern.compile("^curl (\\d+)\\.(\\d+)");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> problem = problem();
        if (problem.isEmpty()) {
            return ConditionEvaluationResult.enabled("bash and curl " + MINIMUM_MAJOR + "." + MINIMUM_MINOR + "+ found");
        }
        if ("1".equals(System.getenv("SYMBOLON_REQUIRE_ALL"))) {
            throw new IllegalStateException(problem.get() + ", and SYMBOLON_REQUIRE_ALL=1 says every test must run");
        }
        return ConditionEvaluationResult.disabled(
                "SKIPPED: " + problem.get() + " (set SYMBOLON_REQUIRE_ALL=1 to fail instead)");
    }

    private static Optional<String> problem() {
        for (String program : new String[] {"bash", "curl", "oathtool"}) {
            if (onPath(program).isEmpty()) {
                return Optional.of(program + " is not on the PATH");
            }
        }
        String version = curlVersion();
        Matcher matcher = VERSION.matcher(version);
        if (!matcher.find()) {
            return Optional.of("cannot tell the version of curl from '" + version + "'");
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        if (major < MINIMUM_MAJOR || (major == MINIMUM_MAJOR && minor < MINIMUM_MINOR)) {
            return Optional.of("curl " + major + "." + minor + " lacks --fail-with-body (needs "
                    + MINIMUM_MAJOR + "." + MINIMUM_MINOR + ")");
        }
        return Optional.empty();
    }

    static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String curlVersion() {
        try {
            Process process = new ProcessBuilder("curl", "--version").redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            String text = new String(output, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            return end < 0 ? text : text.substring(0, end);
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }
}
