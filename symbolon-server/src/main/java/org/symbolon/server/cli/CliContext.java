package org.symbolon.server.cli;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** Starts the small, server-less application context that console commands work in. */
final class CliContext {

    private CliContext() {
    }

    static ConfigurableApplicationContext start(SettingsOptions settings, CommandLine commandLine) {
        List<String> arguments = new ArrayList<>(settings.asSpringArguments(commandLine));
        // A console command prints its own result and its own one-line error (CliFailures);
        // framework logging, stack traces included, would only drown it.
        arguments.add("--logging.level.root=OFF");
        return new SpringApplicationBuilder(CliApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(arguments.toArray(String[]::new));
    }
}
