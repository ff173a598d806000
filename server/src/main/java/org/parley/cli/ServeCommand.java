package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.serve.ParleyServer;
import org.parley.serve.PasswordFile;
import org.parley.serve.ServeException;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store: web UI at /, SPARQL at /parley/sparql, linked data at /id/..., "
                + "saved queries at /api/queries, dump at /dumps/parley.nq.gz, health at /$/ping.",
                "Read-only and bound to the loopback interface unless told otherwise."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Interface: a loopback address, or 0.0.0.0 for all (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--cors", paramLabel = "ORIGIN", split = ",",
            description = {"Let web pages from ORIGIN (e.g. https://app.example.org, or * for any) call the server "
                    + "from a browser. Comma-separated or repeated; off by default."})
    List<String> cors = new ArrayList<>();

    @Option(names = "--allow-update", description = "Open SPARQL Update at /parley/update to the users of --password-file.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users allowed to update, one 'user: password' per line (Jetty realm format).")
    Path passwordFile;

    private final Services services;

    ServeCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (allowUpdate && passwordFile == null) {
            err.println("parley: serve: --allow-update needs --password-file: updates are never anonymous");
            return ExitCode.INVALID_INPUT;
        }
        try (ParleyStore s = ParleyStore.open(store.db)) {
            ServerSettings settings = new ServerSettings(port, host, Duration.ofSeconds(timeout),
                    allowUpdate ? PasswordFile.read(passwordFile) : null, cors);
            return serve(s, services, settings, spec.commandLine().getOut(), err);
        } catch (StoreException e) {
            err.println("parley: serve: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (ServeException e) {
            err.println("parley: serve: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
    }

    /** Starts the server and blocks until the process is stopped. */
    static int serve(ParleyStore store, Services services, ServerSettings settings, PrintWriter out, PrintWriter err)
            throws ServeException {
        int port = settings.port();
        String host = settings.host();
        ParleyServer.Builder builder = ParleyServer.builder().store(store).port(port).host(host)
                .timeout(settings.timeout()).queries(services.queries()).cors(settings.corsOrigins())
                .version(services.version());
        if (settings.updaters() != null) {
            builder.allowUpdate(settings.updaters());
        }
        ParleyServer server;
        try {
            server = builder.build().start();
        } catch (RuntimeException e) {
            throw new ServeException("cannot start on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        String shown = host.equals("0.0.0.0") ? "localhost" : host;
        out.println("parley: serving " + store.directory() + " at http://" + shown + ":" + server.port() + "/");
        out.println("parley: SPARQL endpoint http://" + shown + ":" + server.port() + ParleyServer.DATASET + "/sparql");
        out.println("parley: saved queries http://" + shown + ":" + server.port() + "/api/queries");
        out.println("parley: press Ctrl-C to stop");
        out.flush();
        server.join();
        return ExitCode.OK;
    }
}
