package org.parley.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Blocking keys scoped within a group, so that a group's block does not grow with everything it
 * ever held. A mention is indexed under its group and a scope, and under its group's {@code any}
 * key; a mention without a scope, which may merge with a mention of any scope, under the group's
 * {@code unscoped} and {@code any} keys. Resolving a member reads the blocks its keys
 * {@linkplain #reach reach}: from a scope, the scopes it may merge with and the group's unscoped
 * mentions; from an unscoped mention, the whole group. So mentions that may be one instance always
 * meet, also through a chain of them.
 *
 * <p>Two kinds of scope:
 * <ul>
 *   <li>a day, for instances whose mentions merge within a few days of each other (statements,
 *       demands): it reaches the days within the window <em>of the same calendar month</em>.
 *       Mentions of different months never merge ({@link #near}): otherwise a speaker quoted every
 *       day would chain a whole career into one block, read again by every new article;</li>
 *   <li>a value that must match (the country a meeting took place in): it reaches that value only.</li>
 * </ul>
 *
 * <p>A group may be the {@linkplain #child child} of another (a pair of parties, then the month):
 * its mentions are also indexed under the parent's {@code any} key, and its
 * scoped and unscoped mentions also reach the parent's unscoped ones. So a mention that has no
 * month (its article has no date) meets the mentions of every month, and a month is read alone
 * otherwise.
 */
final class ScopedKeys {
    private static final String MARK = "|@";
    private static final String DAY = "day:";
    private static final String VALUE = "is:";
    private static final String UNSCOPED = "unscoped";
    private static final String ANY = "any";
    /** Between a parent group and its child's name; never in an IRI. */
    private static final String CHILD = "|>";

    private ScopedKeys() {}

    /** The keys a mention of {@code group} is indexed under: its day (merging within {@code window} days), or unscoped. */
    static Set<String> of(String group, Optional<LocalDate> day, int window) {
        String first = day.map(d -> group + MARK + DAY + d + ":" + window).orElse(group + MARK + UNSCOPED);
        return Set.of(first, group + MARK + ANY);
    }

    /** The keys a mention of {@code group} is indexed under: each value it has, or unscoped when it has none. */
    static Set<String> ofValues(String group, Set<String> values) {
        Set<String> out = new TreeSet<>();
        values.forEach(v -> out.add(group + MARK + VALUE + v));
        if (values.isEmpty()) {
            out.add(group + MARK + UNSCOPED);
        }
        out.add(group + MARK + ANY);
        parent(group).ifPresent(p -> out.add(p + MARK + ANY));
        return out;
    }

    /** The group {@code name} within {@code parent}. */
    static String child(String parent, String name) {
        return parent + CHILD + name;
    }

    private static Optional<String> parent(String group) {
        int at = group.lastIndexOf(CHILD);
        return at < 0 ? Optional.empty() : Optional.of(group.substring(0, at));
    }

    /** Whether two days are close enough to merge: at most {@code window} days apart, in one calendar month. */
    static boolean near(LocalDate a, LocalDate b, int window) {
        return Math.abs(ChronoUnit.DAYS.between(a, b)) <= window && YearMonth.from(a).equals(YearMonth.from(b));
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
                if (near(day, day.plusDays(d), window)) {
                    out.add(group + MARK + DAY + day.plusDays(d) + ":" + window);
                }
            }
            out.add(group + MARK + UNSCOPED);
        } else if (what.startsWith(VALUE)) {
            out.add(key);
            out.add(group + MARK + UNSCOPED);
        } else if (what.equals(UNSCOPED)) {
            out.add(key);
            out.add(group + MARK + ANY);
        }
        if (!what.equals(ANY)) {
            parent(group).ifPresent(p -> out.add(p + MARK + UNSCOPED));
        }
        // The any key is only read from an unscoped mention: followed from every scoped one, it would
        // make the whole group one block again.
        return out;
    }
}
