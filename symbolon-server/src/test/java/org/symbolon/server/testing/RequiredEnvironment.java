package org.symbolon.server.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * What a test does when a part it needs (PostgreSQL, Chromium) is missing: it is skipped, with
 * the reason in the report, unless SYMBOLON_REQUIRE_ALL=1 (as in CI), where it fails instead.
 */
final class RequiredEnvironment {

    private RequiredEnvironment() {
    }

    static boolean everythingRequired() {
        return "1".equals(System.getenv("SYMBOLON_REQUIRE_ALL"));
    }

    static ConditionEvaluationResult missing(String what) {
        if (everythingRequired()) {
            throw new IllegalStateException(what + ", and SYMBOLON_REQUIRE_ALL=1 says every test must run");
        }
        return ConditionEvaluationResult.disabled("SKIPPED: " + what + " (set SYMBOLON_REQUIRE_ALL=1 to fail instead)");
    }
}
