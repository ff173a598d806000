package org.parley.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --db DIR}: where the TDB2 store lives. */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/tdb2",
            description = "Folder of the TDB2 store (default: ${DEFAULT-VALUE}).")
    Path db;
}
