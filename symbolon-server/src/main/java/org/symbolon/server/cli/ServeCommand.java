package org.symbolon.server.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import org.symbolon.server.SymbolonApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code symbolon serve}: starts the web server and returns once it is up. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the server.")
public class ServeCommand implements Callable<Integer> {

    @Mixin
    SettingsOptions settings;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default 8080, or SYMBOLON_PORT).")
    Integer port;

    @Override
    public Integer call() {
        List<String> arguments = new ArrayList<>(settings.asSpringArguments(spec.commandLine()));
        if (port != null) {
            arguments.add("--symbolon.port=" + port);
        }
        SpringApplication.run(SymbolonApplication.class, arguments.toArray(String[]::new));
        return ExitCodes.OK;
    }
}
