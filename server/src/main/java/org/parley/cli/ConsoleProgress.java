package org.parley.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import org.parley.load.LoadListener;
import org.parley.load.LoadReport;
import org.parley.load.Problem;

/**
 * Shows a load's progress: a bar with counts and time left on a terminal, plain lines otherwise (a
 * pipe, a log file, CI). Problems are always printed as lines, one per input.
 */
final class ConsoleProgress implements LoadListener {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private Instant start = Instant.now();
    private int total;
    private int done;

    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static boolean onTerminal() {
        return System.console() != null && System.getenv("CI") == null;
    }

    @Override
    public void started(int files) {
        total = files;
        start = Instant.now();
        if (!terminal) {
            err.println("parley: load: " + files + " file(s) to read");
            err.flush();
        }
    }

    @Override
    public void article(String source, String outcome) {
        done++;
        if (terminal) {
            bar();
        } else {
            err.println("parley: load: " + source + ": " + outcome);
            err.flush();
        }
    }

    @Override
    public void problem(Problem problem) {
        done++;
        if (terminal) {
            err.print("\r\033[K");
        }
        err.println("parley: load: " + problem);
        if (terminal) {
            bar();
        }
        err.flush();
    }

    @Override
    public void resolving(int articles) {
        if (terminal) {
            err.print("\r\033[K");
        }
        err.println("parley: load: resolving actors, statements, demands and negotiations across " + articles + " article(s)");
        err.flush();
    }

    @Override
    public void finished(LoadReport report) {
        if (terminal) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    private void bar() {
        int shown = Math.min(done, Math.max(total, done));
        int of = Math.max(total, done);
        int filled = of == 0 ? WIDTH : WIDTH * shown / of;
        Duration elapsed = Duration.between(start, Instant.now());
        String eta = shown == 0 ? "--:--" : format(elapsed.multipliedBy(of - shown).dividedBy(Math.max(1, shown)));
        err.print("\r[" + "=".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + shown + "/" + of
                + " articles, " + format(elapsed) + " elapsed, " + eta + " left");
        err.flush();
    }

    private static String format(Duration d) {
        long s = d.getSeconds();
        return String.format("%d:%02d", s / 60, s % 60);
    }
}
