package org.parley.load;

/** Hears how a load goes, for progress bars and logs. Every method does nothing by default. */
public interface LoadListener {
    LoadListener SILENT = new LoadListener() {};

    /** {@code files} files are about to be read. */
    default void started(int files) {}

    /** One article (or one unreadable input) is done. */
    default void article(String source, String outcome) {}

    /** One input failed; the batch goes on. */
    default void problem(Problem problem) {}

    /**
     * Cross-article resolution begins, for {@code articles} new or changed articles. It runs in the
     * transaction that writes the run's last batch, whose articles are reported after it; should
     * that transaction fail, the batch is written alone and resolution begins again.
     */
    default void resolving(int articles) {}

    /** Cross-article resolution is done (or had nothing to do). */
    default void resolved() {}

    /** The run's record (its end and counts) is about to be written: the last change a run makes. */
    default void recording() {}

    default void finished(LoadReport report) {}
}
