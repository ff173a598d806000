package org.parley.serve;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.parley.vocab.Parley;
import org.parley.vocab.Vocab;

/**
 * The name a person reads for a resource. Actors, places, negotiations and articles carry labels;
 * statements, demands, delegations and mentions do not, so theirs are made from what they link to:
 * "Speaker: “first words …” (11 Mar 2025)", "Demander → addressee: topic", "Party delegation to
 * negotiation", "statement in Article title". An identifier is never a label.
 */
public final class Labels {
    private static final List<Node> NAMES = List.of(Vocab.SKOS.prefLabel, Vocab.RDFS.label, Vocab.DCTERMS.title);
    private static final int QUOTE_WORDS = 9;
    /** Marks a label made from an IRI (a zero-width space: invisible on a page, told apart in code). */
    static final String FALLBACK_MARK = "\u200B";

    private final Graph graph;

    Labels(Graph graph) {
        this.graph = graph;
    }

    String of(Node n) {
        if (n.isLiteral()) {
            return Values.text(n);
        }
        if (!n.isURI()) {
            return "(blank node)";
        }
        Optional<String> name = name(n);
        if (name.isPresent()) {
            return name.get();
        }
        if (has(n, Parley.Statement)) {
            return statement(n);
        }
        if (has(n, Parley.Demand)) {
            return demand(n);
        }
        if (has(n, Parley.Delegation)) {
            return delegation(n);
        }
        if (has(n, Parley.Article)) {
            return "Article" + object(n, Parley.outlet).map(o -> " from " + of(o)).orElse("")
                    + object(n, Vocab.DCTERMS.issued).map(d -> ", " + Values.date(d.getLiteralLexicalForm())).orElse("");
        }
        Optional<Node> article = object(n, Vocab.NIF.referenceContext);
        if (article.isPresent()) {
            return mentionKind(n) + " in “" + of(article.get()) + "”";
        }
        return fallback(n.getURI());
    }

    private String statement(Node n) {
        String speaker = object(n, Parley.speaker).map(this::of).orElse("Someone");
        String words = object(n, Parley.text).map(t -> firstWords(t.getLiteralLexicalForm())).orElse("");
        String date = object(n, Parley.date).map(d -> " (" + Values.shortDate(d.getLiteralLexicalForm()) + ")").orElse("");
        return speaker + ": “" + words + "”" + date;
    }

    private String demand(Node n) {
        String by = object(n, Parley.demandedBy).map(this::of).orElse("Someone");
        String to = object(n, Parley.addressedTo).map(a -> " → " + of(a)).orElse("");
        String topic = object(n, Parley.topic).map(t -> ": " + of(t)).orElse("");
        return by + to + topic;
    }

    private String delegation(Node n) {
        String party = object(n, Parley.delegationOf).map(this::of).orElse("A party");
        return party + " delegation" + object(n, Parley.attends).map(x -> " to " + of(x)).orElse("");
    }

    private String mentionKind(Node m) {
        if (has(m, Parley.StatementMention)) {
            return "Statement";
        }
        if (has(m, Parley.DemandMention)) {
            return "Demand";
        }
        if (has(m, Parley.NegotiationMention)) {
            return "Negotiation";
        }
        if (has(m, Parley.DelegationMention)) {
            return "Delegation";
        }
        if (has(m, Parley.ActorMention)) {
            return "Actor";
        }
        return "Passage";
    }

    /** Up to nine words of a wording, with an ellipsis when there are more. */
    static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= QUOTE_WORDS) {
            return text.strip();
        }
        return String.join(" ", java.util.Arrays.copyOf(words, QUOTE_WORDS)) + " …";
    }

    /** Whether a label came from the data rather than from an IRI's last segment. */
    public static boolean isNamed(String label) {
        return label != null && !label.startsWith(FALLBACK_MARK);
    }

    /** The last segment of an IRI as words, unless it is an opaque identifier. */
    static String fallback(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        String last = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        if (last.matches("[0-9a-f]{8,}") || last.matches("[a-z]+[0-9]+")) {
            return FALLBACK_MARK + "(unnamed)";
        }
        return FALLBACK_MARK + last.replace('-', ' ').replace('_', ' ');
    }

    private Optional<String> name(Node n) {
        for (Node p : NAMES) {
            String best = null;
            var it = graph.find(n, p, Node.ANY);
            try {
                while (it.hasNext()) {
                    Node o = it.next().getObject();
                    if (!o.isLiteral()) {
                        continue;
                    }
                    String lang = o.getLiteralLanguage();
                    if (best == null || lang.isEmpty() || lang.equals("en")) {
                        best = o.getLiteralLexicalForm();
                    }
                }
            } finally {
                it.close();
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    private boolean has(Node n, Node type) {
        return graph.contains(n, Vocab.RDF.type, type);
    }

    private Optional<Node> object(Node s, Node p) {
        var it = graph.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next()).map(Triple::getObject) : Optional.empty();
        } finally {
            it.close();
        }
    }
}
