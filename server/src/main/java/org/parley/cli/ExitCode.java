package org.parley.cli;

/** The exit statuses scripts can rely on. */
public final class ExitCode {
    public static final int OK = 0;
    /** Something failed and nothing useful was done. */
    public static final int FAILURE = 1;
    /** The command line or an input file is not usable (a missing manifest, a bad query). */
    public static final int INVALID_INPUT = 2;
    /** Some inputs failed, the others were done: a partial success. */
    public static final int PARTIAL = 3;

    private ExitCode() {}
}
