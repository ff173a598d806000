package org.parley.serve.ui;

import static org.parley.serve.Html.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.parley.serve.StoreView;
import org.parley.serve.StoreView.Row;
import org.parley.serve.Values;

/**
 * Renders saved-query results as an HTML table for people. Two conventions of the saved queries
 * make it readable without per-query code: a column {@code xName} or {@code xLabel} is the text of
 * the link to the resource in column {@code x} (and is not shown on its own), and consecutive rows
 * about the same first-column resource are merged, listing each column's distinct values (a
 * statement's several articles, a negotiation's several parties).
 */
final class ResultTable {
    /** Columns that hold where an article was loaded from: of an absolute path only the file name is shown. */
    private static final Set<String> SOURCE_COLUMNS = Set.of("source", "sourceFile", "file");

    private final StoreView view;

    ResultTable(StoreView view) {
        this.view = view;
    }

    String render(List<String> vars, List<Row> rows) {
        if (rows.isEmpty()) {
            return "<p class=\"empty\">Nothing found.</p>";
        }
        List<String> shown = vars.stream().filter(v -> !isLabelColumn(v, vars)).toList();
        StringBuilder b = new StringBuilder("<table class=\"results\"><thead><tr>");
        for (String v : shown) {
            b.append("<th>").append(escape(heading(v))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (List<Row> group : groups(vars.get(0), rows)) {
            b.append("<tr>");
            for (String v : shown) {
                b.append("<td>").append(cell(v, vars, group)).append("</td>");
            }
            b.append("</tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    /** The number of table rows {@link #render} makes from these result rows. */
    static int groupCount(String first, List<Row> rows) {
        return groups(first, rows).size();
    }

    private static List<List<Row>> groups(String first, List<Row> rows) {
        List<List<Row>> out = new ArrayList<>();
        Node previous = null;
        for (Row r : rows) {
            Node key = r.values().get(first);
            if (out.isEmpty() || key == null || !key.equals(previous)) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).add(r);
            previous = key;
        }
        return out;
    }

    private String cell(String var, List<String> vars, List<Row> group) {
        String labelVar = labelColumnOf(var, vars);
        Map<Node, String> values = new LinkedHashMap<>();
        for (Row r : group) {
            Node n = r.values().get(var);
            if (n != null && !values.containsKey(n)) {
                values.put(n, labelVar == null ? null : r.text(labelVar));
            }
        }
        Set<String> parts = new LinkedHashSet<>();
        boolean path = SOURCE_COLUMNS.contains(var);
        values.forEach((n, label) -> parts.add(path && n.isLiteral()
                ? escape(Values.sourceFile(n.getLiteralLexicalForm())) : format(n, label)));
        return String.join("<br>", parts);
    }

    private String format(Node n, String label) {
        return new Cells(view).term(n, label);
    }

    private static boolean isLabelColumn(String var, List<String> vars) {
        for (String suffix : List.of("Name", "Label")) {
            if (var.endsWith(suffix) && vars.contains(var.substring(0, var.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    private static String labelColumnOf(String var, List<String> vars) {
        for (String suffix : List.of("Name", "Label")) {
            if (vars.contains(var + suffix)) {
                return var + suffix;
            }
        }
        return null;
    }

    /** {@code negotiationLabel} → "negotiation label", {@code partyA} → "party A". */
    static String heading(String var) {
        List<String> words = new ArrayList<>();
        for (String w : var.split("(?<=[a-z])(?=[A-Z])")) {
            words.add(w.length() == 1 ? w : w.toLowerCase(java.util.Locale.ROOT));
        }
        return String.join(" ", words);
    }
}
