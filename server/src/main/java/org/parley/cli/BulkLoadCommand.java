package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.load.BulkLoad;
import org.parley.load.LoadReport;
import org.parley.rdf.Iris;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bulk-load", mixinStandardHelpOptions = true,
        description = {"Load the output of the Spark job (parley-spark) into a fresh store with Jena's TDB2 bulk loader,",
                "resolve across articles what the job did not resolve, and record the run, as load does;",
                "serve works on it unchanged."})
final class BulkLoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of the IRIs, as given to the Spark job (default: ${DEFAULT-VALUE}).")
    String base;

    @Parameters(arity = "1..*", paramLabel = "OUTPUT", description = "Output folders of the Spark job, or N-Quads files.")
    List<Path> outputs;

    private final Services services;

    BulkLoadCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Iris iris;
        try {
            iris = new Iris(base);
        } catch (IllegalArgumentException e) {
            err.println("parley: bulk-load: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        try (ParleyStore s = ParleyStore.open(store.db)) {
            LoadReport report = new BulkLoad(s, iris, new ConsoleProgress(err, ConsoleProgress.onTerminal()),
                    services.version()).load(outputs);
            out.printf("parley: bulk-load: %d articles, %d quads in %.1f s%n", report.added(), s.quadCount(),
                    report.elapsed().toMillis() / 1000.0);
            out.flush();
            return ExitCode.OK;
        } catch (StoreException e) {
            err.println("parley: bulk-load: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
