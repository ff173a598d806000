package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** Parts of articles carried as RDF Thrift between the resolution stages, and read back as one graph. */
class ThriftGraphsTest {
    private static Graph turtle(String text) {
        return RDFParser.fromString("@prefix ex: <https://example.org/> .\n" + text, Lang.TURTLE).toGraph();
    }

    @Test
    void partsReadTogetherAreTheUnionOfTheirTriplesWithEveryTermAsWritten() {
        Graph mention = turtle("""
                <https://example.org/a#m1> ex:label "Die Gespräche"@de ; ex:begin 42 ; ex:day "2026-05-01"^^<http://www.w3.org/2001/XMLSchema#date> ;
                    ex:anchor "quoted \\"words\\" and a\\nline" ; ex:at <https://example.org/place/Zürich> .
                """);
        Graph along = turtle("<https://example.org/a#m2> ex:confidence 0.85 ; ex:party <https://example.org/a#m1> .");
        Graph union = GraphFactory.createDefaultGraph();
        mention.find().forEachRemaining(union::add);
        along.find().forEachRemaining(union::add);

        Graph read = ThriftGraphs.graph(List.of(ThriftGraphs.bytes(mention), ThriftGraphs.bytes(along)));

        assertThat(read.size()).isEqualTo(7);
        assertThat(read.isIsomorphicWith(union)).isTrue();
    }

    @Test
    void noPartsIsAnEmptyGraph() {
        assertThat(ThriftGraphs.graph(List.of()).isEmpty()).isTrue();
        assertThat(ThriftGraphs.graph(List.of(ThriftGraphs.bytes(GraphFactory.createDefaultGraph()))).isEmpty()).isTrue();
    }
}
