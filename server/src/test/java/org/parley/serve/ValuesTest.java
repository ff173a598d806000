package org.parley.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class ValuesTest {
    @Test
    void literalsShowAsValuesWithoutTagsOrDatatypes() {
        assertThat(Values.text(NodeFactory.createLiteralDT("2025-03-11", XSDDatatype.XSDdate))).isEqualTo("11 March 2025");
        assertThat(Values.text(NodeFactory.createLiteralDT("2025-03-11T14:02:00Z", XSDDatatype.XSDdateTime)))
                .isEqualTo("11 March 2025, 14:02 UTC");
        assertThat(Values.text(NodeFactory.createLiteralLang("held", "en"))).isEqualTo("held");
        assertThat(Values.text(NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean))).isEqualTo("yes");
        assertThat(Values.text(NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger))).isEqualTo("3");
        assertThat(Values.text(NodeFactory.createLiteralDT("0.80", XSDDatatype.XSDdecimal))).isEqualTo("0.8");
    }

    @Test
    void confidenceInWords() {
        assertThat(Values.confidence(0.9)).isEqualTo("high");
        assertThat(Values.confidence(0.6)).isEqualTo("medium");
        assertThat(Values.confidence(0.2)).isEqualTo("low");
    }

    @Test
    void anAbsoluteSourcePathShowsOnlyItsFileName() {
        assertThat(Values.sourceFile("/home/ana/corpus/geneva.txt")).isEqualTo("geneva.txt");
        assertThat(Values.sourceFile("C:\\Users\\ana\\geneva.txt")).isEqualTo("geneva.txt");
        assertThat(Values.sourceFile("/data/feeds/day.jsonl#3")).isEqualTo("day.jsonl#3");
        assertThat(Values.sourceFile("corpus/geneva.txt")).isEqualTo("corpus/geneva.txt");
    }
}
