package org.parley.load;

import java.time.Duration;
import java.util.List;

/**
 * What one load run did.
 *
 * @param added      articles stored for the first time
 * @param replaced   articles whose new version replaced the stored one
 * @param unchanged  articles stored already with the same content
 * @param duplicates articles whose text was stored already from another source
 * @param tokens     tokens the language pipeline processed
 * @param resolved   whether the cross-article resolution was recomputed
 */
public record LoadReport(int added, int replaced, int unchanged, int duplicates, List<Problem> problems, long tokens,
                         Duration elapsed, boolean resolved) {

    public LoadReport {
        problems = List.copyOf(problems);
    }

    public int processed() {
        return added + replaced;
    }

    public boolean changedStore() {
        return added + replaced > 0 || resolved;
    }

    /** The CLI's summary line. */
    public String summary() {
        return String.format("%d added, %d replaced, %d unchanged, %d duplicates, %d failed (%d tokens in %.1f s)",
                added, replaced, unchanged, duplicates, problems.size(), tokens, elapsed.toMillis() / 1000.0);
    }
}
