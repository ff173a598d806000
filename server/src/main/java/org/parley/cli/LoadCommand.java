package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.load.LoadLimits;
import org.parley.load.LoadReport;
import org.parley.load.Loader;
import org.parley.rdf.Iris;
import org.parley.read.ArticleSources;
import org.parley.read.Manifest;
import org.parley.read.ReadException;
import org.parley.serve.PasswordFile;
import org.parley.serve.ServeException;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load articles (.txt, .html, .htm, .json, .jsonl; folders are searched) into the store.",
                "Content already stored is skipped; a changed article replaces its stored version.",
                "With --server URL the articles go to a running server (parley serve --allow-update) instead.",
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

    @Option(names = "--server", paramLabel = "URL",
            description = "Send the articles to the Parley server at URL (started with --allow-update) instead of opening --db.")
    String server;

    @Option(names = "--user", paramLabel = "USER", description = "With --server: a user of the server's password file.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "With --server: a file readable by you only, holding the password (or a 'user: password' line).")
    Path passwordFile;

    @Mixin
    LoadLimitOptions limitOptions;

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
        LoadLimits limits;
        try {
            iris = new Iris(base);
            m = manifest == null ? Manifest.empty() : Manifest.read(manifest);
            limits = limitOptions.limits();
        } catch (IllegalArgumentException | ReadException e) {
            err.println("parley: load: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        if (server != null) {
            return loadRemotely(m, limits, out, err);
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            err.println("parley: load: --threads must be at least 1");
            return ExitCode.INVALID_INPUT;
        }
        int sentenceLimit = limitOptions.maxSentenceTokens;
        try (ParleyStore s = ParleyStore.open(store.db)) {
            ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.onTerminal());
            progress.expect(new ArticleSources(m, limits.maxFileBytes()).list(paths));
            Loader loader = new Loader(s, iris, progress.announcing(services, sentenceLimit), n, progress, services.version())
                    .withLimits(limits);
            return finish(loader.load(paths, m), out);
        } catch (StoreException e) {
            err.println("parley: load: " + StoreMessages.of(e));
            return ExitCode.FAILURE;
        }
    }

    private int loadRemotely(Manifest m, LoadLimits limits, PrintWriter out, PrintWriter err) {
        if (user == null || passwordFile == null) {
            err.println("parley: load: --server needs --user and --password-file: the server takes articles from its users only");
            return ExitCode.INVALID_INPUT;
        }
        String password;
        try {
            password = password(PasswordFile.readPrivate(passwordFile));
        } catch (ServeException e) {
            err.println("parley: load: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        try {
            // The same progress as a local load, fed by the server's per-article events; the models load over there.
            ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.onTerminal());
            progress.expect(new ArticleSources(m, limits.maxFileBytes()).list(paths));
            RemoteLoad remote = new RemoteLoad(server, user, password, progress);
            return finish(remote.load(paths, m, limits.maxFileBytes()), out);
        } catch (RemoteLoad.Refused | IOException | IllegalArgumentException e) {
            err.println("parley: load: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("parley: load: interrupted");
            return ExitCode.FAILURE;
        }
    }

    /** The password in a private file: its first line, or the password of this user's 'user: password' line. */
    private String password(List<String> lines) throws ServeException {
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith(user + ":")) {
                String rest = l.substring(user.length() + 1).strip();
                int comma = rest.indexOf(',');
                return comma < 0 ? rest : rest.substring(0, comma).strip();
            }
            return l;
        }
        throw new ServeException("password file " + passwordFile + " holds no password");
    }

    private static int finish(LoadReport report, PrintWriter out) {
        out.println("parley: load: " + report.summary());
        out.flush();
        if (report.problems().isEmpty()) {
            return ExitCode.OK;
        }
        boolean someDone = report.processed() + report.unchanged() + report.duplicates() > 0;
        return someDone ? ExitCode.PARTIAL : ExitCode.FAILURE;
    }
}
