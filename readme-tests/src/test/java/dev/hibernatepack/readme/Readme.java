// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced code blocks of the project's README.md, and the rule by which a snippet "appears" in
 * source code: whitespace-normalised, with {@code ...} standing for code the README leaves out.
 */
public final class Readme {

    private static final Pattern FENCE = Pattern.compile("^(\\s*)```(\\w*)\\s*$");
    private static final String ELLIPSIS = "...";

    /** One fenced block: its language tag (empty when none), the README line of its first code line, its text. */
    public record Block(String language, int line, String text) {

        /** The block's first code line, trimmed: how failures name it. */
        public String firstLine() {
            return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        }

        /** The block's paragraphs (runs of lines between blank lines), each with its README line. */
        public List<Paragraph> paragraphs() {
            List<Paragraph> paragraphs = new ArrayList<>();
            List<String> lines = text.lines().toList();
            StringBuilder current = new StringBuilder();
            int start = -1;
            for (int i = 0; i <= lines.size(); i++) {
                String l = i < lines.size() ? lines.get(i) : "";
                if (l.isBlank()) {
                    if (start >= 0) {
                        paragraphs.add(new Paragraph(line + start, current.toString()));
                        current.setLength(0);
                        start = -1;
                    }
                } else {
                    if (start < 0) {
                        start = i;
                    }
                    current.append(l).append('\n');
                }
            }
            return paragraphs;
        }

        @Override
        public String toString() {
            return "README.md line " + line + ": " + firstLine();
        }
    }

    /** Lines of a block that must appear together. */
    public record Paragraph(int line, String text) {
    }

    private Readme() {
    }

    /** The README file, as the build names it (system property {@code readme.file}). */
    public static Path file() {
        return Path.of(System.getProperty("readme.file", "../README.md"));
    }

    /** The project's root folder. */
    public static Path root() {
        return Path.of(System.getProperty("readme.root", ".."));
    }

    /** Every fenced block of the README, in order. */
    public static List<Block> blocks() {
        try {
            return blocks(Files.readString(file()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every fenced block of {@code markdown}; a block indented under a list item loses that indent. */
    public static List<Block> blocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            int indent = open.group(1).length();
            StringBuilder text = new StringBuilder();
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).strip().equals("```")) {
                String l = lines.get(j);
                int cut = Math.min(indent, l.length() - l.stripLeading().length());
                text.append(l.substring(cut)).append('\n');
                j++;
            }
            blocks.add(new Block(open.group(2), i + 2, text.toString()));
            i = j;
        }
        return blocks;
    }

    /** The blocks with this language tag ({@code ""} for untagged ones). */
    public static List<Block> blocks(String language, List<Block> blocks) {
        return blocks.stream().filter(b -> b.language().equals(language)).toList();
    }

    /** The one block whose first line starts with {@code prefix}. */
    public static Block blockStartingWith(String prefix) {
        List<Block> found = blocks().stream().filter(b -> b.firstLine().startsWith(prefix)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " README blocks start with [" + prefix + "], expected 1");
        }
        return found.get(0);
    }

    /** White space runs as one space, ends trimmed. */
    public static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * Whether {@code snippet} appears in {@code source}: both whitespace-normalised, and every
     * {@code ...} of the snippet matching any text (the pieces between them in order).
     */
    public static boolean appearsIn(String snippet, String source) {
        String haystack = normalise(source);
        int from = 0;
        for (String piece : normalise(snippet).split(Pattern.quote(ELLIPSIS), -1)) {
            String needle = piece.strip();
            if (needle.isEmpty()) {
                continue;
            }
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                return false;
            }
            from = at + needle.length();
        }
        return true;
    }

    /**
     * Whether a message matches a README output line: equal, where every {@code ...} of the README
     * line stands for any text.
     */
    public static boolean matchesOutput(String readmeLine, String actual) {
        StringBuilder regex = new StringBuilder();
        String[] pieces = normalise(readmeLine).split(Pattern.quote(ELLIPSIS), -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(pieces[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(normalise(actual)).matches();
    }
}
