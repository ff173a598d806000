package org.parley.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The shared seed articles beside the project ({@code ../shared/seeds}), when this checkout has them.
 * Tests that read them are skipped where the folder is absent.
 */
public final class Seeds {
    private Seeds() {}

    public static Optional<Path> folder() {
        for (Path candidate : new Path[] {Path.of("../shared/seeds"), Path.of("../../shared/seeds")}) {
            if (Files.isDirectory(candidate) && Files.exists(candidate.resolve("manifest.csv"))) {
                return Optional.of(candidate.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }
}
