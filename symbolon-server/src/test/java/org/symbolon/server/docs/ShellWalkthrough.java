package org.symbolon.server.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The runnable blocks of a docs page as one bash script, run the strict way
 * ({@code bash -euo pipefail}) in a working directory of its own, so that the first command that
 * fails, or the first check that does not hold, ends it.
 */
final class ShellWalkthrough {

    /** Printed after the last block: a script that stops early (an {@code exit 0}, say) has not passed. */
    static final String COMPLETE = "WALKTHROUGH-COMPLETE";

    /** How the script ended: its exit code and everything it printed, standard error included. */
    record Result(int exitCode, String output) {
    }

    private final MarkdownPage page;
    private final List<MarkdownPage.CodeBlock> blocks;

    ShellWalkthrough(MarkdownPage page, String info) {
        this.page = page;
        this.blocks = page.codeBlocks(info);
    }

    int blockCount() {
        return blocks.size();
    }

    /** The script: each block headed by a line that says where on the page it comes from. */
    String script() {
        StringBuilder script = new StringBuilder("#!/usr/bin/env bash\n")
                // Under set -e a failing check ends the script silently; say which one it was.
                .append("trap 'code=$?; printf \"\\n[failed with exit code %d: %s]\\n\" \"$code\" \"$BASH_COMMAND\"' ERR\n");
        for (MarkdownPage.CodeBlock block : blocks) {
            script.append("printf '\\n### %s line %d\\n' '").append(page.name()).append("' ").append(block.line())
                    .append('\n').append(block.code()).append('\n');
        }
        return script.append("printf '\\n%s\\n' ").append(COMPLETE).append('\n').toString();
    }

    Result run(Path workingDirectory, Map<String, String> environment, Duration timeout)
            throws IOException, InterruptedException {
        Path script = workingDirectory.resolve("walkthrough.sh");
        Path output = workingDirectory.resolve("walkthrough.out");
        Files.writeString(script, script(), StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder("bash", "-euo", "pipefail", script.toString())
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        // A proxy for the machine's outbound traffic, or a ~/.curlrc, must not come between the
        // script and the server on localhost.
        for (String proxy : List.of("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")) {
            env.remove(proxy);
        }
        env.put("CURL_HOME", workingDirectory.toString());
        env.putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            return new Result(-1, Files.readString(output, StandardCharsets.UTF_8)
                    + "\n[stopped: the walk-through ran longer than " + timeout + "]");
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
