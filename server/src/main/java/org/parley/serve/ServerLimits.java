package org.parley.serve;

/**
 * What one request may ask of the server, each set by an option of {@code parley serve}.
 *
 * @param maxRequestBytes   request bodies (queries, updates, forms): {@code --max-request-size}
 * @param maxUploadBytes    article uploads to {@code /api/articles}: {@code --max-upload-size}
 * @param maxQueryChars     SPARQL query and update text: {@code --max-query-length}
 * @param maxParameterChars one saved-query parameter: {@code --max-parameter-length}
 * @param maxResultBytes    one answer from the query endpoints and the API: {@code --max-result-size}
 */
public record ServerLimits(long maxRequestBytes, long maxUploadBytes, int maxQueryChars, int maxParameterChars,
                           long maxResultBytes) {
    public static final ServerLimits DEFAULTS = new ServerLimits(1L << 20, 64L << 20, 100_000, 2_000, 32L << 20);

    public ServerLimits {
        if (maxRequestBytes < 1024 || maxUploadBytes < 1024 || maxQueryChars < 100 || maxParameterChars < 10
                || maxResultBytes < 1024) {
            throw new IllegalArgumentException("server limits too small");
        }
    }
}
