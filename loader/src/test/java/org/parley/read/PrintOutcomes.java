package org.parley.read;

import java.util.List;

/** Prints what reading the given paths gives, one line per outcome; run by {@link UnreadableInputTest} in its own process. */
public final class PrintOutcomes {
    private PrintOutcomes() {}

    public static void main(String[] args) {
        new ArticleSources(Manifest.empty()).read(List.of(args)).forEach(o -> System.out.println(o instanceof ReadOutcome.Failure f
                ? "FAILED " + f.source() + ": " + f.reason() : "READ " + o.source()));
    }
}
