package org.parley.extract.pattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pattern file: blocks of {@code key: value} lines, one block per pattern, each opened by
 * {@code pattern: NAME}. Keys are {@code roles}, {@code match} (the pattern itself), {@code confidence}
 * (0 to 1, default 0.7), {@code value} (what the match means to the rules that read it, when its roles
 * do not say it all), and pairs of {@code example} / {@code expect} lines. A line that starts with
 * white space continues the value above it; {@code #} starts a comment line.
 *
 * <pre>
 * pattern: talks-between
 * roles: trigger party
 * match: {lemma:@event-nouns}=trigger >nmod ({}=party >case {lemma:/between|among/})
 * example: Talks between Peru and Chile resumed on Monday.
 * expect: trigger=Talks party=Peru
 * </pre>
 */
final class PatternFileParser {
    private static final Pattern KEY = Pattern.compile("^([a-z]+):\\s*(.*)$");
    private static final Pattern EXPECTATION = Pattern.compile("([a-z]+)=(\"[^\"]*\"|\\S+)");

    /** A pattern as written, before its source is compiled. */
    record Entry(String name, Set<Role> roles, String source, double confidence, Optional<String> value,
                 List<PatternExample> examples, int line) {}

    private PatternFileParser() {}

    static List<Entry> parse(String text, String file) {
        List<Entry> out = new ArrayList<>();
        List<String[]> block = new ArrayList<>();
        int blockLine = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                if (block.isEmpty()) {
                    throw error(file, i + 1, "a continuation line outside any pattern");
                }
                String[] last = block.get(block.size() - 1);
                last[1] = last[1] + " " + line.strip();
                continue;
            }
            Matcher m = KEY.matcher(line);
            if (!m.matches()) {
                throw error(file, i + 1, "expected 'key: value', found: " + line);
            }
            if (m.group(1).equals("pattern")) {
                if (!block.isEmpty()) {
                    out.add(entry(block, file, blockLine));
                }
                block = new ArrayList<>();
                blockLine = i + 1;
            } else if (block.isEmpty()) {
                throw error(file, i + 1, "'" + m.group(1) + "' before the first 'pattern:' line");
            }
            block.add(new String[] {m.group(1), m.group(2).strip()});
        }
        if (!block.isEmpty()) {
            out.add(entry(block, file, blockLine));
        }
        return out;
    }

    private static Entry entry(List<String[]> block, String file, int line) {
        String name = block.get(0)[1];
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw error(file, line, "a pattern name is lower-case words joined by hyphens: " + name);
        }
        Set<Role> roles = new LinkedHashSet<>();
        String source = null;
        double confidence = 0.7;
        String value = null;
        List<PatternExample> examples = new ArrayList<>();
        String pendingExample = null;
        for (String[] kv : block.subList(1, block.size())) {
            switch (kv[0]) {
                case "roles" -> {
                    for (String r : kv[1].split("\\s+")) {
                        roles.add(Role.named(r).orElseThrow(() -> error(file, line, name + ": unknown role " + r)));
                    }
                }
                case "match" -> source = kv[1];
                case "confidence" -> confidence = Double.parseDouble(kv[1]);
                case "value" -> value = kv[1];
                case "example" -> {
                    if (pendingExample != null) {
                        throw error(file, line, name + ": an example without its 'expect' line");
                    }
                    pendingExample = kv[1];
                }
                case "expect" -> {
                    if (pendingExample == null) {
                        throw error(file, line, name + ": 'expect' without an example before it");
                    }
                    examples.add(new PatternExample(pendingExample, expectations(kv[1], file, line, name)));
                    pendingExample = null;
                }
                default -> throw error(file, line, name + ": unknown key " + kv[0]);
            }
        }
        if (source == null) {
            throw error(file, line, name + ": no 'match' line");
        }
        if (pendingExample != null) {
            throw error(file, line, name + ": an example without its 'expect' line");
        }
        if (examples.isEmpty()) {
            throw error(file, line, name + ": every pattern needs at least one example");
        }
        return new Entry(name, roles, source, confidence, Optional.ofNullable(value), examples, line);
    }

    private static Map<Role, List<String>> expectations(String text, String file, int line, String name) {
        Map<Role, List<String>> out = new LinkedHashMap<>();
        Matcher m = EXPECTATION.matcher(text);
        while (m.find()) {
            Role role = Role.named(m.group(1)).orElseThrow(() -> error(file, line, name + ": unknown role " + m.group(1)));
            out.computeIfAbsent(role, r -> new ArrayList<>()).add(m.group(2).replace("\"", ""));
        }
        return out;
    }

    private static PatternException error(String file, int line, String message) {
        return new PatternException(file + ":" + line + ": " + message);
    }
}
