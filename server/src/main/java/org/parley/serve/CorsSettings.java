package org.parley.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The settings for Fuseki's cross-origin filter, which reads them from a properties file: the
 * origins the operator allowed, read-only methods, and the headers a browser client needs to see
 * (paging links, content negotiation).
 */
final class CorsSettings {
    private CorsSettings() {}

    static Path write(List<String> origins) {
        Properties p = new Properties();
        p.setProperty("allowedOrigins", String.join(",", origins));
        p.setProperty("allowedMethods", "GET,POST,HEAD,OPTIONS");
        p.setProperty("allowedHeaders", "Accept,Authorization,Content-Type,Origin,X-Requested-With");
        p.setProperty("exposedHeaders", "Link,Vary,Location,Content-Type");
        p.setProperty("preflightMaxAge", "1800");
        try {
            Path file = Files.createTempFile("parley-cors", ".properties");
            file.toFile().deleteOnExit();
            try (var out = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
                p.store(out, "written by parley serve --cors");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CORS settings: " + e.getMessage(), e);
        }
    }
}
