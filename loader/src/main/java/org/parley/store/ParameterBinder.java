package org.parley.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Turns request parameters into RDF terms for a saved query's variables, checked against the type
 * the variable's name declares (grlc / BASIL conventions: {@code ?_name_iri} is a required IRI,
 * {@code ?__name_date} an optional date). The terms are bound with Jena's substitution API, so a
 * value can never become query text: a value with quotes, braces or "DROP" is just a string.
 */
public final class ParameterBinder {
    /** Parameters that page the results rather than bind a variable. */
    public static final Set<String> PAGING = Set.of("limit", "offset");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");

    private ParameterBinder() {}

    /** A parameter that is missing, unknown or not of its type; the message says which and why. */
    public static final class BadParameter extends Exception {
        public BadParameter(String message) {
            super(message);
        }
    }

    /** Variable name (as in the query, without {@code ?}) to its bound term. */
    public static Map<String, Node> bind(SavedQuery query, Map<String, String> given) throws BadParameter {
        Map<String, Node> out = new LinkedHashMap<>();
        for (String name : given.keySet()) {
            if (!PAGING.contains(name) && query.parameters().stream().noneMatch(p -> p.name().equals(name))) {
                throw new BadParameter("unknown parameter '" + name + "'; " + query.name() + " takes "
                        + (query.parameters().isEmpty() ? "no parameters" : String.join(", ",
                        query.parameters().stream().map(p -> p.name() + " (" + p.type() + (p.required() ? ", required)" : ")")).toList())));
            }
        }
        for (SavedQuery.Parameter p : query.parameters()) {
            String value = given.get(p.name());
            if (value == null || value.isEmpty()) {
                if (p.required()) {
                    throw new BadParameter("missing required parameter '" + p.name() + "' (" + p.type() + ")");
                }
                continue;
            }
            out.put(p.variable(), term(p, value));
        }
        return out;
    }

    static Node term(SavedQuery.Parameter p, String value) throws BadParameter {
        try {
            return switch (p.type()) {
                case "iri" -> iri(p, value);
                case "integer" -> NodeFactory.createLiteralDT(new BigInteger(value.strip()).toString(), XSDDatatype.XSDinteger);
                case "decimal" -> NodeFactory.createLiteralDT(new BigDecimal(value.strip()).toPlainString(), XSDDatatype.XSDdecimal);
                case "date" -> NodeFactory.createLiteralDT(LocalDate.parse(value.strip()).toString(), XSDDatatype.XSDdate);
                case "datetime" -> NodeFactory.createLiteralDT(OffsetDateTime.parse(value.strip()).toString(), XSDDatatype.XSDdateTime);
                case "boolean" -> bool(p, value);
                case "lang" -> language(p, value);
                default -> NodeFactory.createLiteralString(value);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new BadParameter("parameter '" + p.name() + "' must be " + article(p.type()) + " " + p.type() + ", not '" + value + "'");
        }
    }

    private static Node iri(SavedQuery.Parameter p, String value) throws BadParameter {
        try {
            IRIx iri = IRIx.create(value.strip());
            if (!iri.isAbsolute() || value.strip().matches(".*[\\s<>\"{}|\\\\^`].*")) {
                throw new BadParameter("parameter '" + p.name() + "' must be an absolute IRI, not '" + value + "'");
            }
            return NodeFactory.createURI(iri.str());
        } catch (IRIException e) {
            throw new BadParameter("parameter '" + p.name() + "' must be an absolute IRI, not '" + value + "'");
        }
    }

    private static Node bool(SavedQuery.Parameter p, String value) throws BadParameter {
        String v = value.strip();
        if (!v.equals("true") && !v.equals("false")) {
            throw new BadParameter("parameter '" + p.name() + "' must be true or false, not '" + value + "'");
        }
        return NodeFactory.createLiteralDT(v, XSDDatatype.XSDboolean);
    }

    private static Node language(SavedQuery.Parameter p, String value) throws BadParameter {
        if (!LANGUAGE_TAG.matcher(value.strip()).matches()) {
            throw new BadParameter("parameter '" + p.name() + "' must be a language tag such as en or pt-BR, not '" + value + "'");
        }
        return NodeFactory.createLiteralString(value.strip());
    }

    private static String article(String type) {
        return "aeiou".indexOf(type.charAt(0)) >= 0 ? "an" : "a";
    }
}
