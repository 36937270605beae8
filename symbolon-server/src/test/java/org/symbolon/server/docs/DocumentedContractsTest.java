package org.symbolon.server.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.symbolon.server.api.ApiError;
import org.symbolon.server.cli.SymbolonCommand;
import org.symbolon.server.config.SymbolonProperties;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** What the docs promise against the code that keeps the promise: codes, settings, commands. */
class DocumentedContractsTest {

    private static final Pattern ERROR_ROW = Pattern.compile("(?m)^\\|\\s*`([a-z_]+)`\\s*\\|\\s*(\\d{3})\\s*\\|");
    private static final Pattern EXIT_CODE_ROW = Pattern.compile("(?m)^\\|\\s*(\\d+)\\s*\\|");
    private static final Pattern SETTING_PLACEHOLDER = Pattern.compile("\\$\\{(symbolon\\.[a-z0-9.-]+)");

    @Test
    void everyApiErrorCodeIsInTheTableOfApiMdWithItsStatus() {
        Map<String, Integer> documented = new LinkedHashMap<>();
        Matcher row = ERROR_ROW.matcher(MarkdownPage.read("api.md").prose());
        while (row.find()) {
            documented.put(row.group(1), Integer.parseInt(row.group(2)));
        }
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (ApiError error : ApiError.values()) {
            actual.put(error.code(), error.status().value());
        }
        assertThat(documented).as("the `code` table in docs/api.md").containsExactlyInAnyOrderEntriesOf(actual);
    }

    @Test
    void everySettingIsInConfigurationMdWithItsEnvironmentVariable() throws IOException {
        String page = MarkdownPage.read("configuration.md").prose();
        List<String> missing = new ArrayList<>();
        for (String key : settings()) {
            String variable = key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
            if (!page.contains("`" + key + "`")) {
                missing.add(key);
            }
            if (!page.contains("`" + variable + "`")) {
                missing.add(variable);
            }
        }
        assertThat(missing).as("settings missing from docs/configuration.md").isEmpty();
    }

    @Test
    void everyCommandOptionAndExitCodeIsInCliMd() {
        MarkdownPage page = MarkdownPage.read("cli.md");
        String text = page.text();
        CommandLine root = new CommandLine(new SymbolonCommand());
        List<String> missing = new ArrayList<>();
        for (CommandLine command : commands(root)) {
            String path = qualifiedName(command.getCommandSpec());
            if (!text.contains("./symbolon " + path)) {
                missing.add("./symbolon " + path);
            }
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (!option.usageHelp() && !option.versionHelp() && !text.contains(option.longestName())) {
                    missing.add(path + " " + option.longestName());
                }
            }
        }
        Set<String> documentedCodes = new TreeSet<>();
        Matcher row = EXIT_CODE_ROW.matcher(page.prose());
        while (row.find()) {
            documentedCodes.add(row.group(1));
        }
        for (String entry : root.getCommandSpec().usageMessage().exitCodeList().keySet()) {
            if (!documentedCodes.contains(entry.strip())) {
                missing.add("exit code " + entry.strip());
            }
        }
        assertThat(missing).as("commands, options and exit codes missing from docs/cli.md").isEmpty();
    }

    /**
     * Symbolon's settings: the members of {@link SymbolonProperties} and the keys that
     * application.yml reads only through placeholders (the database ones), internals left out.
     */
    private static Set<String> settings() throws IOException {
        Set<String> keys = new TreeSet<>();
        addComponents("symbolon", SymbolonProperties.class, keys);
        try (InputStream yaml = DocumentedContractsTest.class.getResourceAsStream("/application.yml")) {
            assertThat(yaml).as("application.yml on the class path").isNotNull();
            Matcher placeholder = SETTING_PLACEHOLDER.matcher(new String(yaml.readAllBytes(), StandardCharsets.UTF_8));
            while (placeholder.find()) {
                if (!placeholder.group(1).startsWith("symbolon.internal.")) {
                    keys.add(placeholder.group(1));
                }
            }
        }
        return keys;
    }

    private static void addComponents(String prefix, Class<?> type, Set<String> keys) {
        for (RecordComponent component : type.getRecordComponents()) {
            String key = prefix + "." + kebabCase(component.getName());
            if (component.getType().isRecord()) {
                addComponents(key, component.getType(), keys);
            } else {
                keys.add(key);
            }
        }
    }

    private static String kebabCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static List<CommandLine> commands(CommandLine command) {
        List<CommandLine> all = new ArrayList<>();
        for (CommandLine sub : command.getSubcommands().values()) {
            all.add(sub);
            all.addAll(commands(sub));
        }
        return all;
    }

    /** "user create", without the root's name. */
    private static String qualifiedName(CommandSpec spec) {
        String full = spec.qualifiedName(" ");
        return full.substring(full.indexOf(' ') + 1);
    }
}
