package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.load.LoadReport;
import org.parley.load.Loader;
import org.parley.rdf.Iris;
import org.parley.read.ArticleSources;
import org.parley.read.Manifest;
import org.parley.read.ReadException;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load articles (.txt, .html, .htm, .json, .jsonl; folders are searched) into the store.",
                "Content already stored is skipped; a changed article replaces its stored version.",
                "Exit status: 0 all loaded, 3 some inputs failed, 1 all failed, 2 invalid arguments."})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "CSV with a header: file, and any of url, title, outlet, published, language.")
    Path manifest;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of the IRIs Parley mints (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles annotated at once (default: the number of processors).")
    Integer threads;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<String> paths;

    private final Services services;

    LoadCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Iris iris;
        Manifest m;
        try {
            iris = new Iris(base);
            m = manifest == null ? Manifest.empty() : Manifest.read(manifest);
        } catch (IllegalArgumentException | ReadException e) {
            err.println("parley: load: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            err.println("parley: load: --threads must be at least 1");
            return ExitCode.INVALID_INPUT;
        }
        try (ParleyStore s = ParleyStore.open(store.db)) {
            ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.onTerminal());
            progress.expect(ArticleCount.of(new ArticleSources(m).files(paths)));
            Loader loader = new Loader(s, iris, progress.announcing(services), n, progress, services.version());
            LoadReport report = loader.load(paths, m);
            out.println("parley: load: " + report.summary());
            out.flush();
            if (report.problems().isEmpty()) {
                return ExitCode.OK;
            }
            boolean someDone = report.processed() + report.unchanged() + report.duplicates() > 0;
            return someDone ? ExitCode.PARTIAL : ExitCode.FAILURE;
        } catch (StoreException e) {
            err.println("parley: load: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
