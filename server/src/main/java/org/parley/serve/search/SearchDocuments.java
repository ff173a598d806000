package org.parley.serve.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.parley.serve.StoreView;
import org.parley.serve.StoreView.Row;
import org.parley.vocab.Parley;

/**
 * Reads from the store what the search index holds: one document per statement, demand,
 * negotiation, actor and article, with the label the UI shows for it.
 */
final class SearchDocuments {
    private static final String PREFIXES = "PREFIX parley: <" + Parley.NS + "> "
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX prov: <http://www.w3.org/ns/prov#> "
            + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> ";

    private final StoreView view;

    SearchDocuments(StoreView view) {
        this.view = view;
    }

    void each(Consumer<SearchDocument> out) {
        grouped(SearchKind.STATEMENT, "SELECT ?x ?body ?name ?date WHERE { ?x a parley:Statement ; parley:text ?body . "
                + "OPTIONAL { ?x parley:speaker/skos:prefLabel ?name } OPTIONAL { ?x parley:date ?date } }", out);
        grouped(SearchKind.DEMAND, "SELECT ?x ?body ?name ?date WHERE { ?x a parley:Demand . "
                + "{ ?x parley:text ?body } UNION { ?x parley:condition ?body } UNION "
                + "{ ?x (parley:demandedBy|parley:addressedTo|parley:topic)/skos:prefLabel ?name } "
                + "OPTIONAL { ?x parley:madeIn/parley:date ?date } }", out);
        grouped(SearchKind.NEGOTIATION, "SELECT ?x ?body ?name ?date WHERE { ?x a parley:Negotiation . "
                + "{ ?x rdfs:label ?name } UNION { ?x parley:outcomeText ?body } UNION "
                + "{ ?x (parley:party|parley:mediator|parley:host|parley:place)/skos:prefLabel ?name } "
                + "OPTIONAL { ?x parley:startDate ?date } }", out);
        grouped(SearchKind.ACTOR, "SELECT ?x ?body ?name WHERE { VALUES ?t { parley:Person parley:Country parley:Organization } "
                + "?x a ?t . { ?x skos:prefLabel|skos:altLabel ?name } UNION { ?x parley:role ?body } }", out);
        grouped(SearchKind.ARTICLE, "SELECT ?x ?body ?name ?date WHERE { ?x a parley:Article . "
                + "{ ?x nif:isString ?body } UNION { ?x dcterms:title ?name } UNION { ?x parley:outlet/rdfs:label ?name } "
                + "OPTIONAL { ?x dcterms:issued ?date } }", out);
    }

    /** Runs a query of ?x ?body ?name ?date rows and folds them into one document per ?x. */
    private void grouped(SearchKind kind, String query, Consumer<SearchDocument> out) {
        Map<String, Parts> byIri = new LinkedHashMap<>();
        for (Row r : view.select(PREFIXES + query)) {
            Parts p = byIri.computeIfAbsent(r.text("x"), k -> new Parts());
            add(p.body, r.text("body"));
            add(p.names, r.text("name"));
            if (p.date.isEmpty()) {
                String d = r.text("date");
                p.date = d.length() >= 10 ? d.substring(0, 10) : d;
            }
        }
        byIri.forEach((iri, p) -> out.accept(new SearchDocument(iri, kind, view.label(iri), String.join("\n", p.names),
                String.join("\n", p.body), p.date)));
    }

    private static void add(List<String> values, String v) {
        if (!v.isBlank() && !values.contains(v)) {
            values.add(v);
        }
    }

    private static final class Parts {
        final List<String> body = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        String date = "";
    }
}
