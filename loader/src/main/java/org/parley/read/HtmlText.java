package org.parley.read;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML element into plain text with one paragraph per block element, separated by blank
 * lines, which is what the cleaner and the sentence splitter expect. (jsoup's own {@code text()}
 * joins everything into one line.)
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "header", "footer", "main", "blockquote", "figcaption", "figure",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "pre", "dd", "dt", "address");

    private HtmlText() {}

    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        out.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                }
            }
        }, root);
        return tidy(out.toString());
    }

    /** Collapses runs of spaces, strips each line and leaves at most one blank line between paragraphs. */
    static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : text.replace('\u00a0', ' ').split("\n")) {
            String l = line.replaceAll("[ \\t\\x0B\\f]+", " ").strip();
            if (l.isEmpty()) {
                blank++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(l);
            blank = 0;
        }
        return out.toString();
    }
}
