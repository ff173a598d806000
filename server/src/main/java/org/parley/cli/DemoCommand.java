package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.annotate.CoreNlpAnnotator;
import org.parley.load.LoadReport;
import org.parley.load.Loader;
import org.parley.rdf.Iris;
import org.parley.read.ArticleSources;
import org.parley.read.Manifest;
import org.parley.read.ReadException;
import org.parley.serve.ServeException;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Load the bundled example articles into data/demo and serve them on http://127.0.0.1:3030/.",
                "IRIs are minted under " + Iris.DEFAULT_BASE + " whatever --port is."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/demo", description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    private final Services services;

    DemoCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path examples = services.examples();
        if (!Files.isDirectory(examples)) {
            err.println("parley: demo: no examples folder at " + examples);
            return ExitCode.FAILURE;
        }
        // One base whatever the port: the demo's IRIs (and the README's examples that name them) stay
        // the same when it is served on another port; the server serves them by path.
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        try (ParleyStore store = ParleyStore.open(db)) {
            Path manifest = examples.resolve("manifest.csv");
            Manifest m = Files.exists(manifest) ? Manifest.read(manifest) : Manifest.empty();
            ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.onTerminal());
            List<String> paths = List.of(examples.toString());
            progress.expect(new ArticleSources(m).list(paths));
            Loader loader = new Loader(store, iris, progress.announcing(services, CoreNlpAnnotator.DEFAULT_MAX_SENTENCE_TOKENS),
                    Runtime.getRuntime().availableProcessors(),
                    progress, services.version());
            LoadReport report = loader.load(paths, m);
            out.println("parley: demo: " + report.summary());
            out.flush();
            return ServeCommand.serve(store, services,
                    new ServerSettings(port, "127.0.0.1", Duration.ofSeconds(30), null, List.of()), out, err);
        } catch (StoreException e) {
            err.println("parley: demo: " + StoreMessages.of(e));
            return ExitCode.FAILURE;
        } catch (ReadException e) {
            err.println("parley: demo: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (ServeException e) {
            err.println("parley: demo: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
