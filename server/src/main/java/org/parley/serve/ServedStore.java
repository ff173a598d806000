package org.parley.serve;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * A note in a store's folder saying which server process serves it and at what URL, written when
 * the server starts and removed when it stops. A store is locked by the process that opened it;
 * with this note, the commands that cannot open a served store can say where to go instead. A note
 * left by a server that was killed names a process that no longer runs, and is ignored.
 */
public record ServedStore(String url, long pid) {
    /** The note's file name in the store folder. */
    public static final String FILE = "parley-server.properties";

    /** Writes the note for this process; written whole or not at all. */
    public static void announce(Path storeDirectory, String url) throws IOException {
        Properties p = new Properties();
        p.setProperty("url", url);
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        Path tmp = storeDirectory.resolve(FILE + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "written by parley serve; removed when it stops");
        }
        Files.move(tmp, storeDirectory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes this process's note. */
    public static void withdraw(Path storeDirectory) {
        Optional<ServedStore> note = read(storeDirectory);
        if (note.isPresent() && note.get().pid() == ProcessHandle.current().pid()) {
            try {
                Files.deleteIfExists(storeDirectory.resolve(FILE));
            } catch (IOException e) {
                // a stale note names a process that is gone, and is ignored
            }
        }
    }

    /** The server serving the store now, if one is. */
    public static Optional<ServedStore> find(Path storeDirectory) {
        return read(storeDirectory).filter(s -> ProcessHandle.of(s.pid()).map(ProcessHandle::isAlive).orElse(false));
    }

    private static Optional<ServedStore> read(Path storeDirectory) {
        Path file = storeDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new ServedStore(p.getProperty("url", ""), Long.parseLong(p.getProperty("pid", "-1"))));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
