package org.parley.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.vocab.Parley;

/** Counts of what the store holds. */
public final class Stats {

    /** Quads, triples seen through the union graph, articles, and instances of each Parley class. */
    public record Counts(long quads, long triples, long articles, Map<String, Long> instances) {}

    public Counts count(ParleyStore store) {
        long quads = store.quadCount();
        long[] triples = {0};
        long[] articles = {0};
        Map<String, Long> instances = new LinkedHashMap<>();
        store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", row -> triples[0] = row.getLiteral("n").getLong());
        store.select("PREFIX parley: <" + Parley.NS + "> SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a parley:Article }",
                row -> articles[0] = row.getLiteral("n").getLong());
        store.select("PREFIX parley: <" + Parley.NS + "> SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class "
                        + "FILTER(STRSTARTS(STR(?class), STR(parley:))) } GROUP BY ?class ORDER BY ?class",
                row -> instances.put(row.getResource("class").getURI().substring(Parley.NS.length()),
                        row.getLiteral("n").getLong()));
        return new Counts(quads, triples[0], articles[0], instances);
    }
}
