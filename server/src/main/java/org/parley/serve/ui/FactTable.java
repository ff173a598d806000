package org.parley.serve.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.parley.serve.StoreView;
import org.parley.serve.StoreView.Row;
import org.parley.serve.VersionedCache;

/**
 * The rows of a browse page: its saved query's result (one row per fact), kept until the store
 * changes, narrowed by the chosen facets and date range, sorted and cut into pages. Facet counts
 * are those a value would give if chosen together with the other facets already chosen.
 */
final class FactTable {
    /** What the reader chose: facet parameter to IRI, date range, sort column and direction. */
    record Selection(Map<String, String> facets, String since, String until, String sort, boolean descending) {
        Selection {
            facets = Map.copyOf(facets);
        }
    }

    /** A facet value with its label and the number of rows it would leave. */
    record FacetValue(String iri, String label, int count) {}

    private final StoreView view;
    private final VersionedCache<String, List<Row>> cache;

    FactTable(StoreView view) {
        this.view = view;
        this.cache = new VersionedCache<>(view, BrowsePage.ALL.size());
    }

    /** All rows of a page's query, from the cache when the store has not changed since. */
    List<Row> all(BrowsePage page, java.util.function.Supplier<List<Row>> run) {
        return cache.get(page.path(), () -> List.copyOf(run.get()));
    }

    /** The rows the selection keeps, sorted. */
    List<Row> select(BrowsePage page, List<Row> rows, Selection s) {
        List<Row> kept = new ArrayList<>();
        for (Row r : rows) {
            if (inRange(page, r, s) && matches(page, r, s.facets(), null)) {
                kept.add(r);
            }
        }
        Optional<BrowsePage.Column> column = page.column(s.sort());
        if (column.isPresent()) {
            Comparator<Row> order = Comparator.comparing((Row r) -> sortKey(column.get(), r), FactTable::compareKeys);
            kept.sort(s.descending() ? order.reversed() : order);
        }
        return kept;
    }

    /** For each facet, its values with counts among the rows the other choices keep, most frequent first. */
    Map<BrowsePage.Facet, List<FacetValue>> counts(BrowsePage page, List<Row> rows, Selection s) {
        Map<BrowsePage.Facet, List<FacetValue>> out = new LinkedHashMap<>();
        for (BrowsePage.Facet f : page.facets()) {
            Map<String, Integer> n = new LinkedHashMap<>();
            for (Row r : rows) {
                if (inRange(page, r, s) && matches(page, r, s.facets(), f.param())) {
                    for (String v : values(r, f)) {
                        n.merge(v, 1, Integer::sum);
                    }
                }
            }
            List<FacetValue> values = new ArrayList<>();
            n.forEach((iri, count) -> values.add(new FacetValue(iri, view.label(iri), count)));
            values.sort(Comparator.comparingInt(FacetValue::count).reversed().thenComparing(FacetValue::label));
            out.put(f, values);
        }
        return out;
    }

    private static boolean matches(BrowsePage page, Row r, Map<String, String> chosen, String except) {
        for (BrowsePage.Facet f : page.facets()) {
            String want = chosen.get(f.param());
            if (want != null && !f.param().equals(except) && !values(r, f).contains(want)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inRange(BrowsePage page, Row r, Selection s) {
        if (page.dateVar() == null || (s.since() == null && s.until() == null)) {
            return true;
        }
        String date = r.text(page.dateVar());
        if (date.isEmpty()) {
            return false;
        }
        String day = date.length() > 10 ? date.substring(0, 10) : date;
        return (s.since() == null || day.compareTo(s.since()) >= 0) && (s.until() == null || day.compareTo(s.until()) <= 0);
    }

    /** The IRIs a row has for a facet: single values and space-separated lists alike. */
    static List<String> values(Row r, BrowsePage.Facet f) {
        List<String> out = new ArrayList<>();
        for (String var : f.vars()) {
            Optional<Node> n = r.node(var);
            if (n.isEmpty()) {
                continue;
            }
            if (n.get().isURI()) {
                out.add(n.get().getURI());
            } else if (n.get().isLiteral() && !n.get().getLiteralLexicalForm().isBlank()) {
                out.addAll(Arrays.asList(n.get().getLiteralLexicalForm().strip().split("\\s+")));
            }
        }
        return out;
    }

    /** What a column sorts by: numbers as numbers, dates as ISO text, the rest by the text shown. */
    private Comparable<?> sortKey(BrowsePage.Column c, Row r) {
        return switch (c.show()) {
            case NUMBER -> {
                try {
                    yield Double.parseDouble(r.text(c.var()));
                } catch (NumberFormatException e) {
                    yield Double.NEGATIVE_INFINITY;
                }
            }
            case DATE -> r.text(c.var());
            case LIST -> r.text(c.var()).isBlank() ? "" : view.label(r.text(c.var()).strip().split("\\s+")[0]).toLowerCase();
            case LINK, FACT -> (c.textVar() != null && !r.text(c.textVar()).isEmpty() ? r.text(c.textVar())
                    : r.node(c.var()).map(view::label).orElse("")).toLowerCase();
            default -> r.text(c.var()).toLowerCase();
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(Comparable a, Comparable b) {
        if (a instanceof String sa && sa.isEmpty() && !(b instanceof String sb && sb.isEmpty())) {
            return -1;
        }
        return a.getClass() == b.getClass() ? a.compareTo(b) : a.toString().compareTo(b.toString());
    }
}
