package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.read.ArticleSources;
import org.parley.read.Manifest;

class ConsoleProgressTest {
    private final AtomicLong now = new AtomicLong();
    private final StringWriter out = new StringWriter();

    private ConsoleProgress progress(boolean terminal) {
        return new ConsoleProgress(new PrintWriter(out), terminal, now::get, 200);
    }

    private void after(double seconds) {
        now.addAndGet((long) (seconds * 1e9));
    }

    @Test
    void timeLeftComesFromTheRateOfTheLastArticles() {
        ConsoleProgress p = progress(true);
        p.expect(100);
        p.started(2);
        after(60); // a slow start (models, a first big article) must not make the estimate pessimistic for good
        p.article("a", "added");
        for (int i = 0; i < 9; i++) {
            after(2);
            p.article("b", "added");
        }
        // 10 done, 90 left at one article per 2 s
        assertThat(p.bar()).contains("10/100 articles").endsWith("3:00 left");
    }

    @Test
    void noEstimateBeforeEnoughArticlesAreTimed() {
        ConsoleProgress p = progress(true);
        p.expect(10);
        p.started(1);
        p.article("a", "added");
        assertThat(p.bar()).endsWith("--:-- left");
    }

    @Test
    void countsArticlesAsExpectedNotFiles() {
        ConsoleProgress p = progress(false);
        p.expect(40);
        p.started(1);
        assertThat(out.toString()).contains("40 article(s) to read");
    }

    @Test
    void theLineIsClearedBeforeProblemsAndAtTheEnd() {
        ConsoleProgress p = progress(true);
        p.expect(3);
        p.started(1);
        p.article("a", "added");
        p.problem(new org.parley.load.Problem("read", "b.txt", "empty file"));
        p.finished(null);
        String s = out.toString();
        assertThat(s).contains("\r\033[Kparley: load: b.txt: read: empty file\n").endsWith("\r\033[K");
    }

    @Test
    void aListingCountsTheArticlesOfItsFilesAndOneLinePerProblemWithoutOpeningAFifo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), "{\"text\": \"one\"}\n\n{\"text\": \"two\"}\n{\"text\": \"three\"}\n");
        Files.writeString(dir.resolve("b.txt"), "An article.");
        Path fifo = dir.resolve("c.jsonl");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        ArticleSources.Listing listing = new ArticleSources(Manifest.empty())
                .list(List.of(dir.resolve("a.jsonl").toString(), dir.resolve("b.txt").toString(), fifo.toString()));
        ConsoleProgress p = progress(false);
        // A FIFO opened for reading would wait for a writer for ever.
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> p.expect(listing));
        p.started(3);
        assertThat(out.toString()).contains("5 article(s) to read");
    }
}
