package org.parley.rdf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Shorthands for the nodes Parley writes. */
public final class Nodes {
    private Nodes() {}

    public static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    public static Node text(String value) {
        return NodeFactory.createLiteralString(value);
    }

    public static Node english(String value) {
        return NodeFactory.createLiteralLang(value, "en");
    }

    public static Node date(LocalDate value) {
        return NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDdate);
    }

    public static Node dateTime(Instant value) {
        return NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDdateTime);
    }

    public static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    public static Node offset(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }

    public static Node bool(boolean value) {
        return NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean);
    }

    public static Node decimal(double value) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
    }
}
