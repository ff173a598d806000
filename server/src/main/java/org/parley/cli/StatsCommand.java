package org.parley.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.store.ParleyStore;
import org.parley.store.Stats;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count what the store holds: quads, triples, articles and instances of each class.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ParleyStore s = ParleyStore.openExisting(store.db)) {
            Stats.Counts c = new Stats().count(s);
            out.printf("quads\t%d%n", c.quads());
            out.printf("triples\t%d%n", c.triples());
            out.printf("articles\t%d%n", c.articles());
            for (Map.Entry<String, Long> e : c.instances().entrySet()) {
                out.printf("%s\t%d%n", e.getKey(), e.getValue());
            }
            out.flush();
            return ExitCode.OK;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("parley: stats: " + StoreMessages.of(e));
            return ExitCode.FAILURE;
        }
    }
}
