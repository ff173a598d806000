package org.parley.resolve;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Blocking keys bounded in time, for instances whose mentions merge only within a few days of
 * each other (statements, demands): without a day in the key, a speaker's or a demander's block
 * would hold everything they ever said, and grow with the store.
 *
 * <p>A dated mention is indexed under its group and day, and under its group's {@code any} key; an
 * undated mention, which may merge with a mention of any day, under the group's {@code undated}
 * and {@code any} keys. Resolving a member reads the blocks its keys {@linkplain #reach reach}:
 * from a day, the days within the window and the group's undated mentions; from an undated
 * mention, the whole group. So mentions that may be one instance always meet, also through a
 * chain of them, and a group without undated mentions is read a few days at a time.
 */
final class DayKeys {
    private static final String MARK = "|@";
    private static final String DAY = "day:";
    private static final String UNDATED = "undated";
    private static final String ANY = "any";

    private DayKeys() {}

    /** The keys a mention of {@code group} is indexed under: its day (merging within {@code window} days), or undated. */
    static Set<String> of(String group, Optional<LocalDate> day, int window) {
        String first = day.map(d -> group + MARK + DAY + d + ":" + window).orElse(group + MARK + UNDATED);
        return Set.of(first, group + MARK + ANY);
    }

    /** The blocks to read for a member indexed under {@code key}: any key not made here is its own block. */
    static Set<String> reach(String key) {
        int mark = key.lastIndexOf(MARK);
        if (mark < 0) {
            return Set.of(key);
        }
        String group = key.substring(0, mark);
        String what = key.substring(mark + MARK.length());
        Set<String> out = new TreeSet<>();
        if (what.startsWith(DAY)) {
            String[] dayAndWindow = what.substring(DAY.length()).split(":");
            LocalDate day = LocalDate.parse(dayAndWindow[0]);
            int window = Integer.parseInt(dayAndWindow[1]);
            for (int d = -window; d <= window; d++) {
                out.add(group + MARK + DAY + day.plusDays(d) + ":" + window);
            }
            out.add(group + MARK + UNDATED);
        } else if (what.equals(UNDATED)) {
            out.add(key);
            out.add(group + MARK + ANY);
        }
        // The any key is only read from an undated mention: followed from every dated one, it would
        // make the whole group one block again.
        return out;
    }
}
