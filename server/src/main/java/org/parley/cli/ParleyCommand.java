package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: {@code parley <command> ...}. */
@Command(name = "parley",
        mixinStandardHelpOptions = true,
        versionProvider = ParleyCommand.Version.class,
        description = "Turns news about negotiations into a linked-data knowledge graph and serves it.",
        subcommands = {LoadCommand.class, QueryCommand.class, ExportCommand.class, ServeCommand.class,
                ValidateCommand.class, StatsCommand.class, CompactCommand.class, BulkLoadCommand.class, DemoCommand.class,
                BenchCommand.class, WebBenchCommand.class, PatternsCommand.class, HelpCommand.class})
public final class ParleyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.INVALID_INPUT;
    }

    /** Prints the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ParleyCommand.class.getPackage().getImplementationVersion();
            return new String[] {"parley " + (v == null ? "dev" : v)};
        }
    }
}
