package org.parley.serve.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.parley.load.LoadListener;
import org.parley.load.LoadReport;
import org.parley.load.Problem;
import org.parley.read.ArticleFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder for articles and loads what appears there. A file is taken once its size and
 * time stamp have not changed for one look (so a file still being copied waits; writers that can
 * should write elsewhere and move the file in); hidden files are left alone. Each batch is loaded
 * like an upload; afterwards every file is moved to {@code done/}, or to {@code failed/} when
 * nothing of it could be loaded, and each article's outcome is appended to {@code inbox.log}.
 */
public final class InboxWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InboxWatcher.class);

    private final Path inbox;
    private final IngestService ingest;
    private final Path spool;
    private final Map<Path, String> lastSeen = new HashMap<>();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parley-inbox");
        t.setDaemon(true);
        return t;
    });

    public InboxWatcher(Path inbox, IngestService ingest, Path spool) throws IOException {
        this.inbox = inbox;
        this.ingest = ingest;
        this.spool = spool;
        Files.createDirectories(inbox.resolve("done"));
        Files.createDirectories(inbox.resolve("failed"));
    }

    /** Looks into the folder every {@code every}. */
    public InboxWatcher start(Duration every) {
        clock.scheduleWithFixedDelay(this::look, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One look: loads the files that have settled since the last one. */
    void look() {
        try {
            List<Path> ready = settledFiles();
            if (!ready.isEmpty()) {
                load(ready);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("inbox {}: {}", inbox, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (org.parley.store.StoreException e) {
            LOG.error("inbox {}: {}", inbox, e.getMessage());
        }
    }

    private List<Path> settledFiles() throws IOException {
        List<Path> ready = new ArrayList<>();
        Map<Path, String> seen = new HashMap<>();
        try (Stream<Path> files = Files.list(inbox)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(".") || !Files.isRegularFile(f) || ArticleFormat.forFile(f).isEmpty()) {
                    continue;
                }
                String stamp = Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis();
                seen.put(f, stamp);
                if (stamp.equals(lastSeen.get(f))) {
                    ready.add(f);
                }
            }
        }
        lastSeen.clear();
        lastSeen.putAll(seen);
        ready.forEach(lastSeen::remove);
        return ready;
    }

    private void load(List<Path> files) throws IOException, InterruptedException, org.parley.store.StoreException {
        Map<String, Path> byName = new HashMap<>();
        Map<String, Boolean> loadedSomething = new HashMap<>();
        StringWriter log = new StringWriter();
        PrintWriter lines = new PrintWriter(log);
        try (Upload batch = Upload.in(spool)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                byName.put(name, f);
                loadedSomething.put(name, false);
                try (InputStream in = Files.newInputStream(f)) {
                    batch.add(name, Optional.of("inbox:" + name), in);
                }
            }
            LoadListener listener = new LoadListener() {
                @Override
                public void article(String source, String outcome) {
                    loadedSomething.put(fileOf(source), true);
                    lines.println(Instant.now() + " " + source + ": " + outcome);
                }

                @Override
                public void problem(Problem p) {
                    lines.println(Instant.now() + " " + p);
                }
            };
            LoadReport report = ingest.load(batch, listener);
            lines.println(Instant.now() + " batch of " + files.size() + " file(s): " + report.summary());
            LOG.info("inbox {}: {}", inbox, report.summary());
        } finally {
            lines.flush();
            Files.writeString(inbox.resolve("inbox.log"), log.toString(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        for (Map.Entry<String, Path> e : byName.entrySet()) {
            Path target = inbox.resolve(loadedSomething.get(e.getKey()) ? "done" : "failed").resolve(e.getKey());
            Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The file an outcome's source names: {@code feed.jsonl#3} is from {@code feed.jsonl}. */
    private static String fileOf(String source) {
        int hash = source.lastIndexOf('#');
        return hash < 0 ? source : source.substring(0, hash);
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
