package org.parley.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Another process (a server, another load) holds the store's lock; only one process may open a TDB2 store. */
public final class StoreInUseException extends StoreException {
    private static final Pattern PID = Pattern.compile("held by process (\\d+)");

    private final Path directory;
    private final OptionalLong pid;

    private StoreInUseException(Path directory, OptionalLong pid, Throwable cause) {
        super("the store " + directory + " is in use by another process" + pid.stream().mapToObj(p -> " (pid " + p + ")")
                .findFirst().orElse("") + "; only one process can open a store at a time", cause);
        this.directory = directory;
        this.pid = pid;
    }

    /** Whether opening failed because another process holds the store's lock. */
    static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.jena.dboe.base.file.AlreadyLocked
                    || (t.getMessage() != null && t.getMessage().contains("Failed to get a lock"))) {
                return true;
            }
        }
        return false;
    }

    static StoreInUseException of(Path directory, RuntimeException lockFailure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = lockFailure; t != null; t = t.getCause()) {
            messages.append(Optional.ofNullable(t.getMessage()).orElse("")).append('\n');
        }
        Matcher m = PID.matcher(messages);
        OptionalLong pid = m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
        return new StoreInUseException(directory, pid, lockFailure);
    }

    public Path directory() {
        return directory;
    }

    /** The process that holds the lock, when TDB2 said which. */
    public OptionalLong pid() {
        return pid;
    }
}
