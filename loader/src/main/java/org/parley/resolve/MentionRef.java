package org.parley.resolve;

/** One mention, in one article, of a resolved instance. */
public record MentionRef(String mention, String article) {}
