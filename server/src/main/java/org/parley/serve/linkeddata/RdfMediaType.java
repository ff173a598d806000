package org.parley.serve.linkeddata;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.rdf4j.rio.RDFFormat;

/** The RDF formats resources are served in, by media type and by file suffix. */
public enum RdfMediaType {
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES);

    private final String mediaType;
    private final String suffix;
    private final RDFFormat format;

    RdfMediaType(String mediaType, String suffix, RDFFormat format) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.format = format;
    }

    public String mediaType() {
        return mediaType;
    }

    public String suffix() {
        return suffix;
    }

    public RDFFormat format() {
        return format;
    }

    public static Optional<RdfMediaType> forSuffix(String suffix) {
        return Arrays.stream(values()).filter(t -> t.suffix.equals(suffix.toLowerCase(Locale.ROOT))).findFirst();
    }

    public static Optional<RdfMediaType> forMediaType(String type) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(type)).findFirst();
    }

    public static List<String> all() {
        return Arrays.stream(values()).map(RdfMediaType::mediaType).toList();
    }
}
