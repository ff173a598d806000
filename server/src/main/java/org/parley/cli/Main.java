package org.parley.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** {@code java -jar parley.jar ...}, which {@code ./parley} runs. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = Cli.commandLine(out, err, Services.production()).execute(args);
        out.flush();
        err.flush();
        System.exit(status);
    }
}
