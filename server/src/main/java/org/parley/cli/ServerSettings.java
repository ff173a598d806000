package org.parley.cli;

import java.time.Duration;
import java.util.List;
import org.parley.serve.PasswordFile;

/** How {@code serve} and {@code demo} run the server; {@code updaters} is null for a read-only server. */
record ServerSettings(int port, String host, Duration timeout, PasswordFile updaters, List<String> corsOrigins) {
    ServerSettings {
        corsOrigins = List.copyOf(corsOrigins);
    }
}
