package org.parley.serve.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP content negotiation on the Accept header (RFC 9110): the offered type with the highest
 * quality, the first offered one on a tie, none when nothing offered is acceptable.
 */
public final class Negotiation {
    private Negotiation() {}

    private record Range(String type, double q) {}

    public static Optional<String> choose(String accept, List<String> offered) {
        List<Range> ranges = parse(accept == null || accept.isBlank() ? "*/*" : accept);
        String best = null;
        double bestQ = 0;
        for (String o : offered) {
            double q = quality(ranges, o);
            if (q > bestQ) {
                best = o;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(List<Range> ranges, String offered) {
        double q = 0;
        int specificity = -1;
        String major = offered.substring(0, offered.indexOf('/'));
        for (Range r : ranges) {
            int s;
            if (r.type.equals(offered)) {
                s = 2;
            } else if (r.type.equals(major + "/*")) {
                s = 1;
            } else if (r.type.equals("*/*")) {
                s = 0;
            } else {
                continue;
            }
            if (s > specificity) {
                specificity = s;
                q = r.q;
            }
        }
        return q;
    }

    private static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] bits = part.split(";");
            String type = bits[0].strip().toLowerCase(Locale.ROOT);
            if (type.isEmpty()) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String p = bits[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            out.add(new Range(type, q));
        }
        return out;
    }
}
