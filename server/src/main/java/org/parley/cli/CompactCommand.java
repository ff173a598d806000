package org.parley.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parley.load.Compaction;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compact the store: give back the space TDB2's transactions left behind.",
                "Loads compact by themselves when the store has grown by half since the last compaction;",
                "run this with no server on the store."})
final class CompactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ParleyStore s = ParleyStore.openExisting(store.db)) {
            long before = s.diskBytes();
            new Compaction(s).now();
            long after = s.diskBytes();
            out.printf("parley: compact: %.1f MB -> %.1f MB%n", before / 1e6, after / 1e6);
            out.flush();
            return ExitCode.OK;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("parley: compact: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
