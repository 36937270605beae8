package org.symbolon.server.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page of the repository's docs/ folder, read as headed sections and fenced code blocks: just
 * enough Markdown for the tests that keep the docs true to the code.
 */
final class MarkdownPage {

    /** A fenced block: its info string (the word after the opening fence) and where it starts. */
    record CodeBlock(String info, int line, String code) {
    }

    /** A heading with the code blocks under it, up to the next heading of the same or a higher level. */
    record Section(String heading, List<CodeBlock> blocks) {
    }

    private static final Pattern FENCE = Pattern.compile("^```\\s*(\\S*)\\s*$");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*$");

    private final String name;
    private final List<String> lines;

    private MarkdownPage(String name, List<String> lines) {
        this.name = name;
        this.lines = lines;
    }

    /** Reads docs/NAME from the repository this test runs in. */
    static MarkdownPage read(String fileName) {
        Path file = docsDirectory().resolve(fileName);
        try {
            return new MarkdownPage("docs/" + fileName, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return name;
    }

    /** The whole page, fences and all. */
    String text() {
        return String.join("\n", lines);
    }

    /** The page without its code blocks: prose, headings and tables. */
    String prose() {
        StringBuilder prose = new StringBuilder();
        boolean inFence = false;
        for (String line : lines) {
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
            } else if (!inFence) {
                prose.append(line).append('\n');
            }
        }
        return prose.toString();
    }

    /** The code blocks whose info string is exactly {@code info}, in page order. */
    List<CodeBlock> codeBlocks(String info) {
        return codeBlocks().stream().filter(block -> block.info().equals(info)).toList();
    }

    List<CodeBlock> codeBlocks() {
        // The page start's section is never closed, so it holds every block.
        return sectionsOf(0).get(0).blocks();
    }

    /** Every heading outside code blocks, each with the blocks that belong to it. */
    List<Section> sections() {
        return sectionsOf(1);
    }

    /**
     * Walks the page once. With {@code fromLevel} 0 the page start counts as a heading, so that
     * blocks above the first heading are found too.
     */
    private List<Section> sectionsOf(int fromLevel) {
        List<Section> sections = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        List<List<CodeBlock>> open = new ArrayList<>();
        if (fromLevel == 0) {
            open.add(new ArrayList<>());
            levels.add(0);
            sections.add(new Section("", open.get(0)));
        }
        boolean inFence = false;
        String info = "";
        int start = 0;
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fence = FENCE.matcher(line);
            if (inFence) {
                if (line.strip().equals("```")) {
                    CodeBlock block = new CodeBlock(info, start, code.toString());
                    open.forEach(blocks -> blocks.add(block));
                    inFence = false;
                } else {
                    code.append(line).append('\n');
                }
            } else if (fence.matches()) {
                inFence = true;
                info = fence.group(1);
                start = i + 1;
                code.setLength(0);
            } else {
                Matcher heading = HEADING.matcher(line);
                if (heading.matches()) {
                    int level = heading.group(1).length();
                    // A heading closes every open section of its own level or a deeper one.
                    for (int k = levels.size() - 1; k >= 0 && levels.get(k) >= level; k--) {
                        levels.remove(k);
                        open.remove(k);
                    }
                    List<CodeBlock> blocks = new ArrayList<>();
                    levels.add(level);
                    open.add(blocks);
                    sections.add(new Section(heading.group(2), blocks));
                }
            }
        }
        return sections;
    }

    /** docs/ in the repository root: the first parent of the working directory that has one. */
    private static Path docsDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs").resolve("api.md"))) {
                return dir.resolve("docs");
            }
        }
        throw new IllegalStateException("no docs/api.md above " + Path.of("").toAbsolutePath());
    }
}
