package org.parley.serve;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * RDF literals as people read them: a date as "11 March 2025", a boolean as yes or no, a number as
 * a number, a string without its language tag. Never a datatype IRI or a {@code @en}.
 */
public final class Values {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private Values() {}

    /** The text a person should see for a literal (for an IRI or blank node, its string form). */
    public static String text(Node n) {
        if (n == null) {
            return "";
        }
        if (!n.isLiteral()) {
            return n.isURI() ? n.getURI() : n.toString();
        }
        String lexical = n.getLiteralLexicalForm();
        String type = n.getLiteralDatatypeURI();
        if (XSDDatatype.XSDdate.getURI().equals(type)) {
            return date(lexical);
        }
        if (XSDDatatype.XSDdateTime.getURI().equals(type) || XSDDatatype.XSDdateTimeStamp.getURI().equals(type)) {
            return dateTime(lexical);
        }
        if (XSDDatatype.XSDboolean.getURI().equals(type)) {
            return lexical.equals("true") || lexical.equals("1") ? "yes" : "no";
        }
        if (XSDDatatype.XSDdecimal.getURI().equals(type)) {
            try {
                return new BigDecimal(lexical).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return lexical;
            }
        }
        return lexical;
    }

    /** {@code 2025-03-11} as "11 March 2025"; anything that is not such a date unchanged. */
    public static String date(String isoDate) {
        try {
            return LocalDate.parse(isoDate.length() > 10 ? isoDate.substring(0, 10) : isoDate).format(DAY);
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    /** {@code 2025-03-11} as "11 Mar 2025", for tables. */
    public static String shortDate(String isoDate) {
        try {
            return LocalDate.parse(isoDate.length() > 10 ? isoDate.substring(0, 10) : isoDate).format(SHORT_DAY);
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    static String dateTime(String lexical) {
        try {
            return OffsetDateTime.parse(lexical).withOffsetSameInstant(ZoneOffset.UTC).format(MOMENT);
        } catch (DateTimeParseException e) {
            return lexical;
        }
    }

    /** An extraction confidence (0 to 1) in words. */
    public static String confidence(double value) {
        if (value >= 0.8) {
            return "high";
        }
        if (value >= 0.5) {
            return "medium";
        }
        return "low";
    }

    /**
     * A source file as it may be shown: a path relative to where the loader ran stays; of an
     * absolute path (which says where someone's files are) only the file name is shown.
     */
    public static String sourceFile(String path) {
        boolean absolute = path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:[\\\\/].*")
                || path.startsWith("file:");
        if (!absolute) {
            return path;
        }
        int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return cut >= 0 ? path.substring(cut + 1) : path;
    }
}
