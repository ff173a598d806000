package org.parley.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.parley.vocab.Parley;
import org.parley.vocab.Vocab;

class LabelsTest {
    private final Graph g = GraphFactory.createDefaultGraph();

    private static Node iri(String local) {
        return NodeFactory.createURI("http://example.org/id/" + local);
    }

    private void name(Node n, String label) {
        g.add(n, Vocab.SKOS.prefLabel, NodeFactory.createLiteralString(label));
    }

    @Test
    void aStatementIsNamedBySpeakerFirstWordsAndDate() {
        Node s = iri("statement/9f2c4e1a7b3d5c60");
        Node speaker = iri("person/ana-ruiz");
        name(speaker, "Ana Ruiz");
        g.add(s, Vocab.RDF.type, Parley.Statement);
        g.add(s, Parley.speaker, speaker);
        g.add(s, Parley.text, NodeFactory.createLiteralString("We will not sign anything until the prisoners are released and the guns fall silent"));
        g.add(s, Parley.date, NodeFactory.createLiteralDT("2025-03-11", XSDDatatype.XSDdate));
        assertThat(new Labels(g).of(s)).isEqualTo("Ana Ruiz: “We will not sign anything until the prisoners are …” (11 Mar 2025)");
    }

    @Test
    void aDemandIsNamedByWhoDemandedWhatOfWhom() {
        Node d = iri("demand/0a1b2c3d4e5f6071");
        name(iri("country/aa"), "Arcadia");
        name(iri("country/bb"), "Borduria");
        g.add(iri("topic/ceasefire"), Vocab.SKOS.prefLabel, NodeFactory.createLiteralLang("ceasefire", "en"));
        g.add(d, Vocab.RDF.type, Parley.Demand);
        g.add(d, Parley.demandedBy, iri("country/aa"));
        g.add(d, Parley.addressedTo, iri("country/bb"));
        g.add(d, Parley.topic, iri("topic/ceasefire"));
        assertThat(new Labels(g).of(d)).isEqualTo("Arcadia → Borduria: ceasefire");
    }

    @Test
    void aDelegationIsNamedByItsPartyAndNegotiation() {
        Node d = iri("delegation/x--aa");
        name(iri("country/aa"), "Arcadia");
        g.add(iri("negotiation/x"), Vocab.RDFS.label, NodeFactory.createLiteralLang("Arcadia–Borduria talks in Lomé", "en"));
        g.add(d, Vocab.RDF.type, Parley.Delegation);
        g.add(d, Parley.delegationOf, iri("country/aa"));
        g.add(d, Parley.attends, iri("negotiation/x"));
        assertThat(new Labels(g).of(d)).isEqualTo("Arcadia delegation to Arcadia–Borduria talks in Lomé");
    }

    @Test
    void anOpaqueIdentifierIsNeverALabel() {
        String label = new Labels(g).of(iri("thing/9f2c4e1a7b3d5c60"));
        assertThat(label).doesNotContain("9f2c4e1a7b3d5c60");
        assertThat(Labels.isNamed(label)).isFalse();
        assertThat(Labels.isNamed(new Labels(g).of(iri("place/lome")))).isFalse();
    }
}
