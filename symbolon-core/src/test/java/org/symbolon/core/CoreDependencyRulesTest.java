package org.symbolon.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core is plain Java: no web framework, no servlet API, no JDBC and no JSON library (see
 * STYLE.md, "Dependencies point inward"). A plain source scan, so that the rule needs no new
 * dependency; it reads fully qualified names in code as well as imports.
 */
class CoreDependencyRulesTest {

    private static final Path MAIN_SOURCES = Paths.get("src/main/java");

    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(org\\.springframework|jakarta\\.servlet|javax\\.servlet|java\\.sql|javax\\.sql"
                    + "|com\\.fasterxml|tools\\.jackson)\\b");

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void coreUsesNoFrameworkServletDatabaseOrJsonPackage() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            sources = files.filter(file -> file.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
        // Guards against a scan that passes because it looked in the wrong place.
        assertThat(sources).as("core sources under " + MAIN_SOURCES.toAbsolutePath()).hasSizeGreaterThan(10);

        List<String> violations = new ArrayList<>();
        for (Path source : sources) {
            for (String found : forbiddenReferences(read(source))) {
                violations.add(MAIN_SOURCES.relativize(source) + " uses " + found);
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void scanFindsForbiddenImportsAndFullyQualifiedNames() {
        assertThat(forbiddenReferences("import org.springframework.stereotype.Service;\nclass A {}"))
                .containsExactly("org.springframework");
        assertThat(forbiddenReferences("import static java.sql.Types.INTEGER;")).containsExactly("java.sql");
        assertThat(forbiddenReferences("import javax.sql.DataSource;")).containsExactly("javax.sql");
        assertThat(forbiddenReferences("import jakarta.servlet.http.HttpServletRequest;"))
                .containsExactly("jakarta.servlet");
        assertThat(forbiddenReferences("import javax.servlet.Filter;")).containsExactly("javax.servlet");
        assertThat(forbiddenReferences("import com.fasterxml.jackson.annotation.JsonProperty;"))
                .containsExactly("com.fasterxml");
        assertThat(forbiddenReferences("import tools.jackson.databind.ObjectMapper;")).containsExactly("tools.jackson");
        assertThat(forbiddenReferences("class A { java.sql.Connection connection; }")).containsExactly("java.sql");
    }

    @Test
    void scanIgnoresCommentsAndSimilarNames() {
        assertThat(forbiddenReferences("// unlike java.sql, this class\n/* no org.springframework */ class A {}"))
                .isEmpty();
        assertThat(forbiddenReferences("import java.sqlite.Thing; import org.springframeworkish.X;")).isEmpty();
    }

    private static List<String> forbiddenReferences(String source) {
        String code = COMMENT.matcher(source).replaceAll(" ");
        List<String> found = new ArrayList<>();
        Matcher matcher = FORBIDDEN.matcher(code);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String read(Path source) {
        try {
            return Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
