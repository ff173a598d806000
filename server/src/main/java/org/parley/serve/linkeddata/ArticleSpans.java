package org.parley.serve.linkeddata;

import static org.parley.serve.Html.escape;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import org.parley.serve.Html;

/**
 * An article's text with the spans Parley extracted marked in it: each span a {@code <mark>} with
 * its kind as a class and its fact's page in {@code data-href}, nested where spans nest (an actor
 * inside a statement) and split where they cross, so the HTML is always well formed; after each
 * fact span, a small link to the fact.
 */
final class ArticleSpans {
    /** A span of the text and what it is: its kind (statement, demand, negotiation, delegation, actor), page and label. */
    record Span(int begin, int end, String kind, String href, String label, String ref) {}

    private ArticleSpans() {}

    static String render(String text, List<Span> spans) {
        List<Span> valid = new ArrayList<>();
        for (Span s : spans) {
            if (s.begin() >= 0 && s.end() <= text.length() && s.begin() < s.end()) {
                valid.add(s);
            }
        }
        valid.sort(Comparator.comparingInt(Span::begin).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (Span s : valid) {
            cuts.add(s.begin());
            cuts.add(s.end());
        }
        StringBuilder out = new StringBuilder();
        Deque<Span> open = new ArrayDeque<>();
        int next = 0;
        Integer previous = null;
        for (int pos : cuts) {
            if (previous != null) {
                out.append(escape(text.substring(previous, pos)));
            }
            closeEndingAt(pos, open, out);
            while (next < valid.size() && valid.get(next).begin() == pos) {
                Span s = valid.get(next++);
                open.push(s);
                out.append(openTag(s));
            }
            previous = pos;
        }
        return out.toString();
    }

    /** Closes every span that ends here; spans opened inside one that ends are closed and reopened around it. */
    private static void closeEndingAt(int pos, Deque<Span> open, StringBuilder out) {
        if (open.stream().noneMatch(s -> s.end() == pos)) {
            return;
        }
        Deque<Span> reopen = new ArrayDeque<>();
        while (open.stream().anyMatch(s -> s.end() == pos)) {
            Span top = open.pop();
            out.append("</mark>");
            if (top.end() == pos) {
                if (!top.kind().equals("actor")) {
                    out.append(Html.anchor(top.href(), "class=\"span-ref k-" + top.kind() + "\" title=\"" + escape(top.label()) + "\"",
                            escape(top.ref())));
                }
            } else {
                reopen.push(top);
            }
        }
        while (!reopen.isEmpty()) {
            Span s = reopen.pop();
            open.push(s);
            out.append(openTag(s));
        }
    }

    private static String openTag(Span s) {
        String target = Html.isSafeHref(s.href()) ? " data-href=\"" + escape(s.href()) + "\"" : "";
        return "<mark class=\"span k-" + s.kind() + "\"" + target + " title=\""
                + escape(kindName(s.kind()) + ": " + s.label()) + "\">";
    }

    static String kindName(String kind) {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }
}
