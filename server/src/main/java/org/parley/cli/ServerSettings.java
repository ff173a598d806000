package org.parley.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.parley.load.LoadLimits;
import org.parley.serve.PasswordFile;
import org.parley.serve.ServerLimits;

/**
 * How {@code serve} and {@code demo} run the server; {@code updaters} is null for a read-only server,
 * {@code ingest} null for one that takes no articles.
 */
record ServerSettings(int port, String host, Duration timeout, PasswordFile updaters, List<String> corsOrigins,
                      ServerLimits limits, Ingest ingest) {
    ServerSettings {
        corsOrigins = List.copyOf(corsOrigins);
    }

    /** A read-only server with the default limits. */
    ServerSettings(int port, String host, Duration timeout, PasswordFile updaters, List<String> corsOrigins) {
        this(port, host, timeout, updaters, corsOrigins, ServerLimits.DEFAULTS, null);
    }

    /**
     * How uploaded articles are loaded.
     *
     * @param base  the base IRI for a store that holds nothing yet
     * @param inbox a folder to watch for articles, or null
     */
    record Ingest(LoadLimits limits, int maxSentenceTokens, int threads, String base, Path inbox) {}
}
