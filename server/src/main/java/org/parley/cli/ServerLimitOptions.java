package org.parley.cli;

import org.parley.serve.ServerLimits;
import org.parley.serve.Sizes;
import picocli.CommandLine.Option;

/** The limits on what one request may ask of {@code parley serve}. */
public final class ServerLimitOptions {
    @Option(names = "--max-request-size", paramLabel = "SIZE", defaultValue = "1M",
            description = "Largest request body: queries, updates, forms (default: ${DEFAULT-VALUE}).")
    String maxRequestSize;

    @Option(names = "--max-upload-size", paramLabel = "SIZE", defaultValue = "64M",
            description = "Largest article upload to /api/articles (default: ${DEFAULT-VALUE}).")
    String maxUploadSize;

    @Option(names = "--max-query-length", paramLabel = "CHARS", defaultValue = "100000",
            description = "Longest SPARQL query or update text, refused before parsing (default: ${DEFAULT-VALUE}).")
    int maxQueryLength;

    @Option(names = "--max-parameter-length", paramLabel = "CHARS", defaultValue = "2000",
            description = "Longest value of one saved-query parameter (default: ${DEFAULT-VALUE}).")
    int maxParameterLength;

    @Option(names = "--max-result-size", paramLabel = "SIZE", defaultValue = "32M",
            description = "Largest answer of the SPARQL endpoint or the API; larger ones are an error, never cut short "
                    + "(default: ${DEFAULT-VALUE}).")
    String maxResultSize;

    /** The limits; an {@link IllegalArgumentException} says which option is wrong. */
    ServerLimits limits() {
        return new ServerLimits(Sizes.parse(maxRequestSize), Sizes.parse(maxUploadSize), maxQueryLength, maxParameterLength,
                Sizes.parse(maxResultSize));
    }
}
