package org.parley.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.rdf4j.rio.RDFFormat;

/** The formats {@code export} writes, through RDF4J Rio. */
public enum ExportFormat {
    NQUADS(RDFFormat.NQUADS),
    TRIG(RDFFormat.TRIG),
    TURTLE(RDFFormat.TURTLE),
    JSONLD(RDFFormat.JSONLD),
    RDFXML(RDFFormat.RDFXML),
    NTRIPLES(RDFFormat.NTRIPLES);

    private final RDFFormat format;

    ExportFormat(RDFFormat format) {
        this.format = format;
    }

    public RDFFormat rioFormat() {
        return format;
    }

    /** True when the format can say which graph a triple is in. */
    public boolean keepsGraphs() {
        return format.supportsContexts();
    }

    public static Optional<ExportFormat> named(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "");
        return Arrays.stream(values()).filter(f -> f.name().toLowerCase(Locale.ROOT).equals(n)).findFirst();
    }
}
