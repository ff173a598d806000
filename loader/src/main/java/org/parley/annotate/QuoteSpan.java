package org.parley.annotate;

import java.util.Optional;

/**
 * A quotation CoreNLP's quote annotator found, with the speaker its attribution chose when that
 * choice came from a real sieve rather than its fall-back to a prominent name.
 *
 * @param begin  offset of the opening mark
 * @param end    offset after the closing mark
 * @param speaker the speaker's name as written, if attributed by a trusted sieve
 */
public record QuoteSpan(int begin, int end, String text, Optional<String> speaker) {}
