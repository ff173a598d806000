package org.parley.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import java.util.function.LongSupplier;
import org.parley.load.LoadListener;
import org.parley.load.LoadReport;
import org.parley.load.Pipeline;
import org.parley.load.Problem;
import org.parley.read.ArticleSources;

/**
 * Shows a load's progress. On a terminal: one line, rewritten in place, that says while the
 * language models load and then counts articles (not files: a JSON Lines file holds many) with the
 * time left, estimated from the rate of the last articles done, since the first articles and
 * skipped ones are not typical; the line is cleared before anything else is printed and at the end.
 * Elsewhere (a pipe, a log, CI): plain lines, one per article. Problems are always printed as lines.
 */
final class ConsoleProgress implements LoadListener {
    private static final int WIDTH = 24;
    /** Articles whose times make up the measured rate. */
    private static final int WINDOW = 50;
    /** No estimate before this many articles have been timed. */
    private static final int MIN_TIMED = 3;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final int columns;
    private final Deque<Long> recent = new ArrayDeque<>();
    private int expected = -1;
    private int total;
    private int done;
    private long start;
    private boolean lineShown;

    ConsoleProgress(PrintWriter err, boolean terminal) {
        this(err, terminal, System::nanoTime, terminalColumns());
    }

    ConsoleProgress(PrintWriter err, boolean terminal, LongSupplier clock, int columns) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.columns = columns;
        this.start = clock.getAsLong();
    }

    static boolean onTerminal() {
        return System.console() != null && System.getenv("CI") == null;
    }

    /** The number of articles the inputs hold, counted before the load (see {@link ArticleCount}). */
    void expect(int articles) {
        this.expected = articles;
    }

    /**
     * Expects the articles of the files a listing found (only files the load will open: FIFOs, devices
     * and unreadable files are among its problems, never opened here) and one line for each problem.
     */
    void expect(ArticleSources.Listing listing) {
        long articles = (long) ArticleCount.of(listing.files().stream().map(ArticleSources.Named::file).toList())
                + listing.problems().size();
        expect((int) Math.min(Integer.MAX_VALUE, articles));
    }

    /**
     * The language pipeline, announced while its models load (the first time only: they take from
     * seconds to a minute and a half, and a silent terminal looks hung).
     */
    Supplier<Pipeline> announcing(Services services, int maxSentenceTokens) {
        return () -> {
            if (services.pipelineReady()) {
                return services.pipeline(maxSentenceTokens);
            }
            long t0 = clock.getAsLong();
            show("loading language models (Stanford CoreNLP) ...");
            if (!terminal) {
                err.println("parley: load: loading language models (Stanford CoreNLP) ...");
                err.flush();
            }
            Pipeline p = services.pipeline(maxSentenceTokens);
            String loaded = String.format("language models loaded in %.1f s", (clock.getAsLong() - t0) / 1e9);
            clear();
            err.println("parley: load: " + loaded);
            err.flush();
            recent.clear();
            return p;
        };
    }

    @Override
    public void started(int files) {
        total = expected >= 0 ? expected : files;
        start = clock.getAsLong();
        if (!terminal) {
            err.println("parley: load: " + total + (expected >= 0 ? " article(s)" : " file(s)") + " to read");
            err.flush();
        } else {
            // At once, so that a load whose models load elsewhere (a server's first batch) is not silent.
            show(bar());
        }
    }

    @Override
    public void article(String source, String outcome) {
        done++;
        recent.addLast(clock.getAsLong());
        if (recent.size() > WINDOW) {
            recent.removeFirst();
        }
        if (terminal) {
            show(bar());
        } else {
            err.println("parley: load: " + source + ": " + outcome);
            err.flush();
        }
    }

    @Override
    public void problem(Problem problem) {
        done++;
        clear();
        err.println("parley: load: " + problem);
        err.flush();
        if (terminal) {
            show(bar());
        }
    }

    @Override
    public void resolving(int articles) {
        clear();
        err.println("parley: load: resolving actors, statements, demands and negotiations across " + articles + " article(s)");
        err.flush();
    }

    @Override
    public void finished(LoadReport report) {
        clear();
    }

    /** The progress line: a bar, articles done of all, time so far and time left. */
    String bar() {
        int of = Math.max(total, done);
        int filled = of == 0 ? WIDTH : WIDTH * done / of;
        long now = clock.getAsLong();
        return "[" + "=".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + of + " articles, "
                + format(Duration.ofNanos(now - start)) + " so far, " + eta(of - done) + " left";
    }

    /** Time left at the rate of the last articles done, or "--:--" until enough are timed. */
    String eta(int remaining) {
        if (recent.size() < MIN_TIMED) {
            return "--:--";
        }
        double perArticle = (recent.getLast() - recent.getFirst()) / (double) (recent.size() - 1);
        return format(Duration.ofNanos((long) (perArticle * remaining)));
    }

    private void show(String line) {
        if (!terminal) {
            return;
        }
        String fitted = line.length() >= columns ? line.substring(0, Math.max(0, columns - 1)) : line;
        err.print("\r\033[K" + fitted);
        err.flush();
        lineShown = true;
    }

    /** Wipes the progress line, so what is printed next starts on a clean line. */
    private void clear() {
        if (terminal && lineShown) {
            err.print("\r\033[K");
            err.flush();
            lineShown = false;
        }
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }

    private static int terminalColumns() {
        try {
            String c = System.getenv("COLUMNS");
            return c == null ? 100 : Math.max(20, Integer.parseInt(c.strip()));
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
