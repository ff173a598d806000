package org.parley.it;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.parley.cli.Services;
import org.parley.load.Pipeline;

/** Runs the real command line in this JVM, with the shared language pipeline, and keeps what it printed. */
final class Cli {
    /** The project root: the server module runs its tests from {@code server/}. */
    static final Path HOME = Path.of("..").toAbsolutePath().normalize();

    private final Services services;

    Cli(Pipeline pipeline) {
        this.services = new Services(HOME, "test", () -> pipeline);
    }

    record Run(int status, String out, String err) {}

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = org.parley.cli.Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), services)
                .execute(args);
        return new Run(status, out.toString(), err.toString());
    }
}
