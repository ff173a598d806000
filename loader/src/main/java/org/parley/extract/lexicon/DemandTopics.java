package org.parley.extract.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.parley.vocab.Parley;
import org.parley.vocab.Vocab;

/**
 * The demand topics of the ontology's SKOS scheme ({@code ontology/topics.ttl}), matched by their
 * preferred and alternative labels. Label words must appear in order, with at most
 * {@value #MAX_GAP} other words between them ("recognition of ... sovereignty"); a word matches by
 * its form, its lemma or the root it shares with its verb or noun ("annex" matches the label
 * "annexation", "verifies" the label "verification").
 */
public final class DemandTopics {
    static final int MAX_GAP = 2;

    /** A topic: its local name in the scheme ({@code ceasefire}) and preferred label. */
    public record Topic(String id, String label, int depth) {
        public String iri() {
            return Parley.TOPIC_NS + id;
        }
    }

    /** A topic found at words {@code [start, end)}. */
    public record Hit(Topic topic, int start, int end) {}

    private final Map<String, Topic> byId = new LinkedHashMap<>();
    private final List<Pattern> patterns = new ArrayList<>();

    private record Pattern(Topic topic, String[] stems, String[] roots) {}

    DemandTopics(Graph vocabulary) {
        for (Triple t : vocabulary.find(Node.ANY, Vocab.RDF.type, Parley.DemandTopic).toList()) {
            Node concept = t.getSubject();
            String id = concept.getURI().substring(Parley.TOPIC_NS.length());
            boolean top = vocabulary.find(concept, Vocab.SKOS.broader, Node.ANY).hasNext() == false;
            String label = literal(vocabulary, concept, Vocab.SKOS.prefLabel).orElse(id);
            Topic topic = new Topic(id, label, top ? 0 : 1);
            byId.put(id, topic);
            if (top) {
                continue;
            }
            addPattern(topic, label);
            vocabulary.find(concept, Vocab.SKOS.altLabel, Node.ANY)
                    .forEachRemaining(a -> addPattern(topic, a.getObject().getLiteralLexicalForm()));
        }
        patterns.sort((a, b) -> Integer.compare(b.stems.length, a.stems.length));
    }

    private void addPattern(Topic topic, String label) {
        String[] words = label.toLowerCase(java.util.Locale.ROOT).split("[\\s]+");
        List<String> stems = new ArrayList<>();
        for (String w : words) {
            if (!w.equals("the") && !w.equals("of") && !w.equals("a") && !w.equals("to") || words.length == 1) {
                stems.add(Stems.of(w));
            }
        }
        if (!stems.isEmpty()) {
            patterns.add(new Pattern(topic, stems.toArray(String[]::new),
                    stems.stream().map(Stems::root).toArray(String[]::new)));
        }
    }

    public Optional<Topic> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Topic> all() {
        return List.copyOf(byId.values());
    }

    /** Topics whose labels appear in {@code words}; longer labels first, no two hits on the same words. */
    public List<Hit> find(List<String> words) {
        return find(words, words);
    }

    /**
     * Topics whose labels appear in a text, each word matched by its form or its lemma
     * ("joining" matches "join").
     */
    public List<Hit> find(List<String> words, List<String> lemmas) {
        List<String> stems = words.stream().map(Stems::of).toList();
        List<String> lemmaStems = lemmas.stream().map(Stems::of).toList();
        Forms text = new Forms(stems, lemmaStems, stems.stream().map(Stems::root).toList(),
                lemmaStems.stream().map(Stems::root).toList());
        boolean[] used = new boolean[stems.size()];
        List<Hit> hits = new ArrayList<>();
        for (Pattern p : patterns) {
            for (int i = 0; i < stems.size(); i++) {
                int end = matchFrom(p, text, i, used);
                if (end > 0) {
                    for (int k = i; k < end; k++) {
                        used[k] = true;
                    }
                    hits.add(new Hit(p.topic, i, end));
                }
            }
        }
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return hits;
    }

    /** A text's words as stems of their forms and lemmas, and the roots of both. */
    private record Forms(List<String> stems, List<String> lemmas, List<String> stemRoots, List<String> lemmaRoots) {
        int size() {
            return stems.size();
        }
    }

    private static int matchFrom(Pattern pattern, Forms text, int start, boolean[] used) {
        if (used[start] || !same(pattern, 0, text, start)) {
            return -1;
        }
        int pos = start;
        for (int k = 1; k < pattern.stems.length; k++) {
            int found = -1;
            for (int j = pos + 1; j <= Math.min(text.size() - 1, pos + 1 + MAX_GAP); j++) {
                if (!used[j] && same(pattern, k, text, j)) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            pos = found;
        }
        return pos + 1;
    }

    private static boolean same(Pattern pattern, int k, Forms text, int i) {
        String stem = pattern.stems[k];
        String root = pattern.roots[k];
        return text.stems.get(i).equals(stem) || text.lemmas.get(i).equals(stem)
                || text.stemRoots.get(i).equals(root) || text.lemmaRoots.get(i).equals(root);
    }

    private static Optional<String> literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream()
                .map(t -> t.getObject())
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .findFirst();
    }
}
