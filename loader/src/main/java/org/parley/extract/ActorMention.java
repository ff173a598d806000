package org.parley.extract;

/**
 * One place where an article names an actor: tokens {@code [start, end)} of sentence
 * {@code sentence}, characters {@code [begin, end)} of the text.
 */
public record ActorMention(LocalActor actor, int sentence, int start, int end, int charBegin, int charEnd) {

    public boolean covers(int sentenceIndex, int token) {
        return sentenceIndex == sentence && token >= start && token < end;
    }
}
