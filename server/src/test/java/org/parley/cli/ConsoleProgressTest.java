package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

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
}
