package org.parley.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

class ParleyTermsTest {
    private static final Node OWL_CLASS = NodeFactory.createURI("http://www.w3.org/2002/07/owl#Class");
    private static final Node OWL_OBJECT_PROPERTY = NodeFactory.createURI("http://www.w3.org/2002/07/owl#ObjectProperty");
    private static final Node OWL_DATATYPE_PROPERTY = NodeFactory.createURI("http://www.w3.org/2002/07/owl#DatatypeProperty");

    private final Graph vocabulary = Ontology.vocabulary();

    @Test
    void everyConstantIsDeclaredInTheOntology() throws IllegalAccessException {
        for (Node term : constants()) {
            boolean declared = vocabulary.contains(term, Vocab.RDF.type, OWL_CLASS)
                    || vocabulary.contains(term, Vocab.RDF.type, OWL_OBJECT_PROPERTY)
                    || vocabulary.contains(term, Vocab.RDF.type, OWL_DATATYPE_PROPERTY);
            assertThat(declared).as("%s is declared as a class or property", term).isTrue();
        }
    }

    @Test
    void everyDeclaredTermHasAConstant() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Node term : constants()) {
            constants.add(term.getURI());
        }
        Set<String> declared = new TreeSet<>();
        for (Node kind : List.of(OWL_CLASS, OWL_OBJECT_PROPERTY, OWL_DATATYPE_PROPERTY)) {
            vocabulary.find(Node.ANY, Vocab.RDF.type, kind).forEach(t -> declared.add(t.getSubject().getURI()));
        }
        assertThat(constants).containsAll(declared);
    }

    @Test
    void everyParleyTermHasAnEnglishLabelAndComment() {
        Set<Node> subjects = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        vocabulary.find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith("https://w3id.org/parley/")) {
                subjects.add(t.getSubject());
            }
        });
        assertThat(subjects).hasSizeGreaterThan(100);
        List<String> missing = new ArrayList<>();
        for (Node s : subjects) {
            if (!hasEnglish(s, Vocab.RDFS.label) || !hasEnglish(s, Vocab.RDFS.comment)) {
                missing.add(s.getURI());
            }
        }
        assertThat(missing).as("terms without an English rdfs:label and rdfs:comment").isEmpty();
    }

    @Test
    void everyDemandTopicBelongsToTheSchemeAndHasOnePreferredLabel() {
        List<Triple> topics = vocabulary.find(Node.ANY, Vocab.RDF.type, Parley.DemandTopic).toList();
        assertThat(topics).hasSizeGreaterThanOrEqualTo(17);
        Node scheme = NodeFactory.createURI(Parley.TOPIC_NS);
        for (Triple t : topics) {
            Node topic = t.getSubject();
            assertThat(vocabulary.contains(topic, Vocab.SKOS.inScheme, scheme)).as("%s in scheme", topic).isTrue();
            assertThat(vocabulary.find(topic, Vocab.SKOS.prefLabel, Node.ANY).toList()).as("%s prefLabel", topic).hasSize(1);
        }
    }

    @Test
    void shapesParseAndTargetEveryInstanceClass() {
        Graph shapes = Ontology.shapes();
        Node targetClass = NodeFactory.createURI("http://www.w3.org/ns/shacl#targetClass");
        for (Node cls : List.of(Parley.Article, Parley.Statement, Parley.Demand, Parley.Negotiation, Parley.Delegation,
                Parley.Person, Parley.Country, Parley.Organization, Parley.Place, Parley.Mention, Parley.LoadRun)) {
            assertThat(shapes.contains(Node.ANY, targetClass, cls)).as("a shape targets %s", cls).isTrue();
        }
    }

    private boolean hasEnglish(Node subject, Node property) {
        return vocabulary.find(subject, property, Node.ANY)
                .filterKeep(t -> t.getObject().isLiteral() && "en".equals(t.getObject().getLiteralLanguage()))
                .hasNext();
    }

    private static List<Node> constants() throws IllegalAccessException {
        List<Node> out = new ArrayList<>();
        for (Field f : Parley.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                out.add((Node) f.get(null));
            }
        }
        return out;
    }
}
