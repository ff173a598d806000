package org.parley.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Builds the command line: tests call {@link #commandLine} with their own writers and services. */
public final class Cli {
    private Cli() {}

    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Services services) {
        CommandLine cl = new CommandLine(new ParleyCommand(), new ServicesFactory(services));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("parley: " + cmd.getCommandName() + ": " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
            cmd.getErr().flush();
            return ExitCode.FAILURE;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("parley: " + e.getMessage());
            cmd.getErr().println("Try 'parley " + (cmd.getParent() == null ? "" : cmd.getCommandName() + " ") + "--help'.");
            cmd.getErr().flush();
            return ExitCode.INVALID_INPUT;
        });
        return cl;
    }

    /** Gives every command that wants them the shared services. */
    private record ServicesFactory(Services services) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            for (Constructor<?> c : cls.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Services.class) {
                    c.setAccessible(true);
                    return cls.cast(c.newInstance(services));
                }
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
