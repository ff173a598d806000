package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.rdf.Iris;
import org.parley.serve.ParleyServer;
import org.parley.serve.PasswordFile;
import org.parley.serve.ServeException;
import org.parley.serve.ServedStore;
import org.parley.serve.ServerLimits;
import org.parley.serve.ingest.InboxWatcher;
import org.parley.serve.ingest.IngestService;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
            description = "Users allowed to update, one 'user: password' per line (Jetty realm format); "
                    + "readable by its owner only (chmod 600).")
    Path passwordFile;

    @Option(names = "--inbox", paramLabel = "DIR",
            description = "With --allow-update: load the articles put into DIR, then move them to DIR/done or DIR/failed "
                    + "(outcomes in DIR/inbox.log).")
    Path inbox;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base IRI for articles added to an empty store; a loaded store keeps its own (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles annotated at once when articles are added (default: the number of processors).")
    Integer threads;

    @Mixin
    ServerLimitOptions serverLimits;

    @Mixin
    LoadLimitOptions loadLimits;

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
        if (inbox != null && !allowUpdate) {
            err.println("parley: serve: --inbox needs --allow-update and --password-file");
            return ExitCode.INVALID_INPUT;
        }
        ServerSettings.Ingest ingest;
        ServerLimits limits;
        try {
            limits = serverLimits.limits();
            new Iris(base);
            ingest = allowUpdate ? new ServerSettings.Ingest(loadLimits.limits(), loadLimits.maxSentenceTokens,
                    threads == null ? Runtime.getRuntime().availableProcessors() : threads, base, inbox) : null;
        } catch (IllegalArgumentException e) {
            err.println("parley: serve: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        try (ParleyStore s = ParleyStore.open(store.db)) {
            ServerSettings settings = new ServerSettings(port, host, Duration.ofSeconds(timeout),
                    allowUpdate ? PasswordFile.read(passwordFile) : null, cors, limits, ingest);
            return serve(s, services, settings, spec.commandLine().getOut(), err);
        } catch (StoreException e) {
            err.println("parley: serve: " + StoreMessages.of(e));
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
                .limits(settings.limits()).version(services.version());
        if (settings.updaters() != null) {
            builder.allowUpdate(settings.updaters());
        }
        ServerSettings.Ingest ingest = settings.ingest();
        IngestService ingestService = null;
        InboxWatcher watcher = null;
        Path spool = null;
        if (ingest != null && settings.updaters() != null) {
            int sentenceLimit = ingest.maxSentenceTokens();
            ingestService = new IngestService(store, () -> services.pipeline(sentenceLimit), ingest.threads(), ingest.limits(),
                    ingest.base(), services.version());
            try {
                spool = Files.createTempDirectory("parley-uploads");
                if (ingest.inbox() != null) {
                    watcher = new InboxWatcher(ingest.inbox(), ingestService, spool);
                }
            } catch (IOException e) {
                throw new ServeException("cannot prepare for uploads: " + e.getMessage(), e);
            }
            builder.ingest(ingestService, spool);
        }
        ParleyServer server;
        try {
            server = builder.build().start();
        } catch (RuntimeException e) {
            throw new ServeException("cannot start on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        String shown = host.equals("0.0.0.0") ? "localhost" : host;
        String url = "http://" + shown + ":" + server.port() + "/";
        Path db = store.directory();
        try {
            ServedStore.announce(db, url);
        } catch (IOException e) {
            err.println("parley: serve: cannot note the server's address in " + db + ": " + e.getMessage());
        }
        Thread withdraw = new Thread(() -> ServedStore.withdraw(db), "parley-withdraw");
        Runtime.getRuntime().addShutdownHook(withdraw);
        if (watcher != null) {
            watcher.start(Duration.ofSeconds(2));
        }
        out.println("parley: serving " + db + " at " + url);
        out.println("parley: SPARQL endpoint " + url + ParleyServer.DATASET.substring(1) + "/sparql");
        out.println("parley: saved queries " + url + "api/queries");
        if (ingestService != null) {
            out.println("parley: add articles with POST " + url + ParleyServer.ARTICLES.substring(1)
                    + " or ./parley load --server " + url + " --user USER --password-file FILE PATH...");
        }
        if (watcher != null) {
            out.println("parley: loading articles put into " + ingest.inbox());
        }
        out.println("parley: press Ctrl-C to stop");
        out.flush();
        try {
            server.join();
        } finally {
            ServedStore.withdraw(db);
            if (watcher != null) {
                watcher.close();
            }
            if (ingestService != null) {
                ingestService.close();
            }
        }
        return ExitCode.OK;
    }
}
