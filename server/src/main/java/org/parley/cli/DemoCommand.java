package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.load.LoadReport;
import org.parley.load.Loader;
import org.parley.rdf.Iris;
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
        description = "Load the bundled example articles into data/demo and serve them on http://127.0.0.1:3030/.")
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
        Iris iris = new Iris("http://localhost:" + port + "/");
        try (ParleyStore store = ParleyStore.open(db)) {
            Path manifest = examples.resolve("manifest.csv");
            Manifest m = Files.exists(manifest) ? Manifest.read(manifest) : Manifest.empty();
            Loader loader = new Loader(store, iris, services::pipeline, Runtime.getRuntime().availableProcessors(),
                    new ConsoleProgress(err, ConsoleProgress.onTerminal()), services.version());
            LoadReport report = loader.load(List.of(examples.toString()), m);
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
