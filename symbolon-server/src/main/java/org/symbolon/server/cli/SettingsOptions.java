package org.symbolon.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Options that every command takes. Each overrides the same setting from the environment or
 * symbolon.yml, as Spring Boot's command-line arguments do.
 */
public class SettingsOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory for the embedded database (default ./data, or SYMBOLON_DATA_DIR).")
    Path dataDir;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default ./symbolon.yml, or SYMBOLON_CONFIG).")
    Path configFile;

    @Option(names = "--log-format", paramLabel = "FORMAT", description = "text or json (default text, or SYMBOLON_LOG_FORMAT).")
    String logFormat;

    /**
     * The options as Spring Boot command-line arguments.
     *
     * @throws ParameterException when a settings file was named but is not there: a typo must
     *     not silently start with the defaults
     */
    List<String> asSpringArguments(CommandLine commandLine) {
        if (configFile != null && !Files.isRegularFile(configFile)) {
            throw new ParameterException(commandLine, "No settings file at " + configFile + ".");
        }
        List<String> arguments = new ArrayList<>();
        if (dataDir != null) {
            // Absolute: H2 refuses a database URL with a bare relative path such as "data/symbolon".
            arguments.add("--symbolon.data-dir=" + dataDir.toAbsolutePath().normalize());
        }
        if (configFile != null) {
            // Takes the place of ./symbolon.yml, as SYMBOLON_CONFIG does (see application.yml).
            arguments.add("--SYMBOLON_CONFIG=" + configFile.toAbsolutePath());
        }
        if (logFormat != null) {
            arguments.add("--symbolon.log-format=" + logFormat);
        }
        return arguments;
    }
}
