package org.symbolon.server.cli;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the small, server-less application context that console commands work in. */
final class CliContext {

    private CliContext() {
    }

    static ConfigurableApplicationContext start(SettingsOptions settings) {
        List<String> arguments = new ArrayList<>(settings.asSpringArguments());
        // A console command prints its own result; framework logging would only drown it.
        arguments.add("--logging.level.root=ERROR");
        arguments.add("--logging.level.org.springframework.boot.autoconfigure=OFF");
        return new SpringApplicationBuilder(CliApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(arguments.toArray(String[]::new));
    }
}
