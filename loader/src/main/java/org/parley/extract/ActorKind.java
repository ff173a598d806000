package org.parley.extract;

/** The kinds of actor (and place) the extractor tells apart. */
public enum ActorKind {
    PERSON,
    COUNTRY,
    ORGANIZATION,
    PLACE
}
