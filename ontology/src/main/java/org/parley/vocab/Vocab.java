package org.parley.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms Parley reuses from other vocabularies, as Jena nodes. */
public final class Vocab {
    private Vocab() {}

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    public static final class RDF {
        public static final String NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        public static final Node type = iri(NS + "type");
        private RDF() {}
    }

    public static final class RDFS {
        public static final String NS = "http://www.w3.org/2000/01/rdf-schema#";
        public static final Node label = iri(NS + "label");
        public static final Node comment = iri(NS + "comment");
        private RDFS() {}
    }

    public static final class XSD {
        public static final String NS = "http://www.w3.org/2001/XMLSchema#";
        private XSD() {}
    }

    public static final class OWL {
        public static final String NS = "http://www.w3.org/2002/07/owl#";
        public static final Node sameAs = iri(NS + "sameAs");
        private OWL() {}
    }

    public static final class SKOS {
        public static final String NS = "http://www.w3.org/2004/02/skos/core#";
        public static final Node prefLabel = iri(NS + "prefLabel");
        public static final Node altLabel = iri(NS + "altLabel");
        public static final Node notation = iri(NS + "notation");
        public static final Node broader = iri(NS + "broader");
        public static final Node inScheme = iri(NS + "inScheme");
        private SKOS() {}
    }

    public static final class DCTERMS {
        public static final String NS = "http://purl.org/dc/terms/";
        public static final Node title = iri(NS + "title");
        public static final Node issued = iri(NS + "issued");
        public static final Node language = iri(NS + "language");
        public static final Node date = iri(NS + "date");
        public static final Node modified = iri(NS + "modified");
        private DCTERMS() {}
    }

    public static final class PROV {
        public static final String NS = "http://www.w3.org/ns/prov#";
        public static final Node wasDerivedFrom = iri(NS + "wasDerivedFrom");
        public static final Node wasGeneratedBy = iri(NS + "wasGeneratedBy");
        public static final Node startedAtTime = iri(NS + "startedAtTime");
        public static final Node endedAtTime = iri(NS + "endedAtTime");
        public static final Node wasAssociatedWith = iri(NS + "wasAssociatedWith");
        public static final Node used = iri(NS + "used");
        private PROV() {}
    }

    public static final class SCHEMA {
        public static final String NS = "https://schema.org/";
        public static final Node url = iri(NS + "url");
        private SCHEMA() {}
    }

    /** NLP Interchange Format core: offsets of mentions in their article's text. */
    public static final class NIF {
        public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        public static final Node isString = iri(NS + "isString");
        public static final Node beginIndex = iri(NS + "beginIndex");
        public static final Node endIndex = iri(NS + "endIndex");
        public static final Node anchorOf = iri(NS + "anchorOf");
        public static final Node referenceContext = iri(NS + "referenceContext");
        private NIF() {}
    }

    /** Vocabulary of Interlinked Datasets: describes the store as a dataset. */
    public static final class VOID {
        public static final String NS = "http://rdfs.org/ns/void#";
        public static final Node Dataset = iri(NS + "Dataset");
        public static final Node uriSpace = iri(NS + "uriSpace");
        public static final Node triples = iri(NS + "triples");
        public static final Node entities = iri(NS + "entities");
        public static final Node classPartition = iri(NS + "classPartition");
        public static final Node clazz = iri(NS + "class");
        public static final Node sparqlEndpoint = iri(NS + "sparqlEndpoint");
        public static final Node dataDump = iri(NS + "dataDump");
        public static final Node vocabulary = iri(NS + "vocabulary");
        private VOID() {}
    }

    public static final class SEM {
        public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";
        private SEM() {}
    }

    public static final class GAF {
        public static final String NS = "http://groundedannotationframework.org/gaf#";
        private GAF() {}
    }
}
