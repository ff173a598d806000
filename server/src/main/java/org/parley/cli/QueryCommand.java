package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.parley.store.ParameterBinder;
import org.parley.store.ParleyStore;
import org.parley.store.QueryRunner;
import org.parley.store.ResultFormat;
import org.parley.store.SavedQuery;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query: a .rq file, or the NAME of a saved query (queries/NAME.rq).",
                "--format json prints W3C SPARQL 1.1 Query Results JSON on stdout."})
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "json, csv, tsv, xml or table (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Give up after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = {"A parameter of a saved query (grlc style: ?_name is required, ?__name optional; "
                    + "the type comes from the suffix, such as _iri or _date). Repeat for each parameter."})
    List<String> params = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "FILE.rq|NAME", description = "Query file or saved query name.")
    String query;

    private final Services services;

    QueryCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<ResultFormat> fmt = ResultFormat.named(format);
        if (fmt.isEmpty()) {
            err.println("parley: query: unknown format '" + format + "' (json, csv, tsv, xml, table)");
            return ExitCode.INVALID_INPUT;
        }
        Optional<Path> file = locate(query);
        if (file.isEmpty()) {
            err.println("parley: query: no query file '" + query + "' and no saved query of that name in " + services.queries());
            return ExitCode.INVALID_INPUT;
        }
        Query parsed;
        Map<String, Node> values;
        try {
            SavedQuery saved = SavedQuery.read(file.get());
            parsed = QueryRunner.parse(saved.text());
            values = ParameterBinder.bind(saved, parameters());
        } catch (ParameterBinder.BadParameter e) {
            err.println("parley: query: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        } catch (IOException e) {
            err.println("parley: query: cannot read " + file.get() + ": " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        } catch (QueryRunner.InvalidQueryException e) {
            err.println("parley: query: " + file.get() + ": " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        try (ParleyStore s = ParleyStore.openExisting(store.db)) {
            PrintWriter out = spec.commandLine().getOut();
            try (var stream = WriterStreams.of(out)) {
                new QueryRunner(s, Duration.ofSeconds(timeout)).run(parsed, values, fmt.get(), stream);
            }
            out.flush();
            return ExitCode.OK;
        } catch (IOException e) {
            err.println("parley: query: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (StoreException e) {
            err.println("parley: query: " + StoreMessages.of(e));
            return ExitCode.FAILURE;
        }
    }

    /** NAME=VALUE pairs as given; the value may hold any character, '=' included. */
    private Map<String, String> parameters() throws ParameterBinder.BadParameter {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new ParameterBinder.BadParameter("--param needs NAME=VALUE, not '" + p + "'");
            }
            out.put(p.substring(0, eq), p.substring(eq + 1));
        }
        return out;
    }

    private Optional<Path> locate(String name) {
        Path p = Path.of(name);
        if (Files.isRegularFile(p)) {
            return Optional.of(p);
        }
        return SavedQuery.locate(services.queries(), name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name);
    }
}
