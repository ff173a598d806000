package org.parley.extract.rules;

import java.util.Locale;
import org.parley.extract.pattern.PatternMatch;

/**
 * The kind of construction a demand pattern is, named by its {@code value:} in {@code demand.*}:
 * it tells the demand rules where the demander is and what else to check.
 */
enum DemandConstruction {
    /** Who demands is named by the construction or is the subject of the demanding verb ("called for"). */
    DIRECT,
    /** What is demanded is a condition ("unless ...", "only after ..."): of who must meet it, by who sets it. */
    CONDITION,
    /** "must", "should": a demand only in what someone says, of the one the clause binds. */
    OBLIGATION,
    /** "agreed to", "committed to": a demand of those who agreed, only as a host or mediator voices it. */
    AGREED_TERM,
    /** "will never accept", "rejected": what is refused is demanded not to happen; a refused demand is none. */
    REFUSAL,
    /** "in exchange for": what a side would get; a swap already made is no demand. */
    EXCHANGE,
    /** "wants to discuss A and agree to B": what the wish covers, coordinated verbs included. */
    WISH;

    static DemandConstruction of(PatternMatch m) {
        return m.value().map(v -> valueOf(v.toUpperCase(Locale.ROOT).replace('-', '_'))).orElse(DIRECT);
    }
}
