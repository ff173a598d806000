package org.parley.serve.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.serve.StoreView;
import org.parley.serve.StoreView.Row;
import org.parley.store.ParleyStore;

class FactTableTest {
    private static final String X = "http://example.org/id/";
    private static final BrowsePage DEMANDS = BrowsePage.ALL.stream().filter(p -> p.path().equals("demands")).findFirst().orElseThrow();

    @TempDir
    Path dir;
    private ParleyStore store;
    private FactTable table;

    @BeforeEach
    void open() throws Exception {
        store = ParleyStore.open(dir.resolve("db"));
        table = new FactTable(new StoreView(store));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Row demand(String id, String party, String topic, String date, String outlets) {
        return new Row(Map.of("demand", iri("demand/" + id), "party", iri("country/" + party), "topic", iri("topic/" + topic),
                "topicName", NodeFactory.createLiteralString(topic), "date", NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate),
                "outlets", NodeFactory.createLiteralString(outlets)));
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(X + local);
    }

    private final List<Row> rows = List.of(
            demand("d1", "aa", "ceasefire", "2025-03-01", X + "outlet/wire " + X + "outlet/herald"),
            demand("d2", "aa", "prisoners", "2025-03-05", X + "outlet/wire"),
            demand("d3", "bb", "ceasefire", "2025-04-02", X + "outlet/herald"),
            demand("d4", "bb", "ceasefire", "2025-05-20", ""));

    private static FactTable.Selection choose(Map<String, String> facets, String since, String until) {
        return new FactTable.Selection(facets, since, until, "date", false);
    }

    @Test
    void facetsAndDatesNarrowTheRows() {
        assertThat(ids(table.select(DEMANDS, rows, choose(Map.of("topic", X + "topic/ceasefire"), null, null))))
                .containsExactly("d1", "d3", "d4");
        assertThat(ids(table.select(DEMANDS, rows, choose(Map.of("topic", X + "topic/ceasefire", "party", X + "country/bb"), null, null))))
                .containsExactly("d3", "d4");
        assertThat(ids(table.select(DEMANDS, rows, choose(Map.of("outlet", X + "outlet/herald"), null, null))))
                .containsExactly("d1", "d3");
        assertThat(ids(table.select(DEMANDS, rows, choose(Map.of(), "2025-03-02", "2025-04-30")))).containsExactly("d2", "d3");
    }

    @Test
    void aFacetCountsWhatItsValuesWouldLeaveGivenTheOtherChoices() {
        var counts = table.counts(DEMANDS, rows, choose(Map.of("party", X + "country/aa"), null, null));
        BrowsePage.Facet topic = DEMANDS.facets().stream().filter(f -> f.param().equals("topic")).findFirst().orElseThrow();
        BrowsePage.Facet party = DEMANDS.facets().stream().filter(f -> f.param().equals("party")).findFirst().orElseThrow();
        assertThat(counts.get(topic)).extracting(FactTable.FacetValue::iri, FactTable.FacetValue::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(X + "topic/ceasefire", 1),
                        org.assertj.core.groups.Tuple.tuple(X + "topic/prisoners", 1));
        // the party facet itself ignores the party chosen, so the other parties stay on offer
        assertThat(counts.get(party)).extracting(FactTable.FacetValue::count).containsExactly(2, 2);
    }

    @Test
    void sortsByTheChosenColumnEitherWay() {
        assertThat(ids(table.select(DEMANDS, rows, new FactTable.Selection(Map.of(), null, null, "date", true))))
                .containsExactly("d4", "d3", "d2", "d1");
        assertThat(ids(table.select(DEMANDS, rows, new FactTable.Selection(Map.of(), null, null, "topicName", false))))
                .first().isIn("d1", "d3", "d4");
    }

    private static List<String> ids(List<Row> rows) {
        return rows.stream().map(r -> r.text("demand").substring((X + "demand/").length())).toList();
    }
}
