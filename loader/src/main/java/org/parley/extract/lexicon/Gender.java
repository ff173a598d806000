package org.parley.extract.lexicon;

/** What a title or honorific says of a person's gender; most say nothing. */
public enum Gender {
    MALE,
    FEMALE,
    UNKNOWN;

    /** Whether a pronoun of gender {@code pronoun} can refer to a person of this gender. */
    public boolean agreesWith(Gender pronoun) {
        return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
    }
}
