package org.parley.serve.ui;

import static org.parley.serve.Html.escape;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.parley.serve.Html;
import org.parley.serve.StoreView;
import org.parley.serve.Values;

/**
 * How the UI's tables show RDF terms: a resource Parley serves as a link with its label as text, any
 * other resource (a topic, a status concept) as its label alone, a literal as a value.
 */
final class Cells {
    /** A literal that is a space-separated list of IRIs, as the saved queries' aggregated columns are. */
    private static final java.util.regex.Pattern IRI_LIST = java.util.regex.Pattern.compile("https?://\\S+(\\s+https?://\\S+)*");

    private final StoreView view;

    Cells(StoreView view) {
        this.view = view;
    }

    /** A resource with the given text (its label when the text is empty), linked when it is served here. */
    String resource(String iri, String text) {
        String shown = text == null || text.isEmpty() ? view.label(iri) : text;
        return view.pathOf(iri).isPresent() ? Html.link(view.href(iri), shown) : escape(shown);
    }

    /** Any term: a resource as {@link #resource}, a literal as a value. */
    String term(Node n, String text) {
        if (n == null) {
            return "";
        }
        if (n.isURI()) {
            return resource(n.getURI(), text);
        }
        if (n.isLiteral() && IRI_LIST.matcher(n.getLiteralLexicalForm()).matches()) {
            return list(n.getLiteralLexicalForm());
        }
        return escape(n.isLiteral() ? Values.text(n) : n.toString());
    }

    /** Space-separated IRIs, each linked by its label. */
    String list(String iris) {
        List<String> out = new ArrayList<>();
        for (String iri : iris.strip().split("\\s+")) {
            if (!iri.isEmpty()) {
                out.add(resource(iri, null));
            }
        }
        return String.join("<br>", out);
    }
}
