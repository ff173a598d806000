package org.parley.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.store.ExportFormat;
import org.parley.store.Exporter;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the store, or one graph of it, as RDF (streamed through RDF4J Rio).",
                "Formats with graphs (nquads, trig, jsonld) keep every graph; the others get their union."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "nquads, trig, turtle, jsonld, rdfxml or ntriples.")
    String format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Export only this named graph.")
    String graph;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<ExportFormat> fmt = ExportFormat.named(format);
        if (fmt.isEmpty()) {
            err.println("parley: export: unknown format '" + format + "' (nquads, trig, turtle, jsonld, rdfxml, ntriples)");
            return ExitCode.INVALID_INPUT;
        }
        try (ParleyStore s = ParleyStore.openExisting(store.db)) {
            long n;
            if (out != null) {
                try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out))) {
                    n = new Exporter(s).export(fmt.get(), Optional.ofNullable(graph), stream);
                }
            } else {
                PrintWriter writer = spec.commandLine().getOut();
                try (OutputStream stream = WriterStreams.of(writer)) {
                    n = new Exporter(s).export(fmt.get(), Optional.ofNullable(graph), stream);
                }
                writer.flush();
            }
            err.println("parley: export: " + n + " statements");
            return ExitCode.OK;
        } catch (StoreException e) {
            err.println("parley: export: " + StoreMessages.of(e));
            return ExitCode.FAILURE;
        } catch (IOException e) {
            err.println("parley: export: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
