package org.parley.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts sentences longer than a limit into pieces before any tagger, SUTime, the parser or the
 * extraction rules see them. Their costs grow faster than linearly with sentence length (SUTime's
 * token patterns, the rules that pair every mention with every other), so one 200 KB line without
 * punctuation, a single "sentence" of 35,000 tokens, would take hours; in pieces it takes as long as
 * any other 35,000 tokens. Real sentences are rarely a fifth of the usual limit; a piece ends after
 * a comma, semicolon, colon or dash near the limit when there is one.
 */
final class LongSentences {
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "-", "--", "–", "—");

    private LongSentences() {}

    /** Splits the document's sentences in place so that none has more than {@code maxTokens} tokens. */
    static void split(Annotation doc, int maxTokens) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.stream().noneMatch(s -> tokens(s).size() > maxTokens)) {
            return;
        }
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = tokens(sentence);
            if (tokens.size() <= maxTokens) {
                renumber(sentence, tokens, out.size());
                out.add(sentence);
                continue;
            }
            int tokenOffset = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            int from = 0;
            while (from < tokens.size()) {
                int to = tokens.size() - from <= maxTokens ? tokens.size() : cut(tokens, from, maxTokens);
                out.add(piece(text, tokens.subList(from, to), tokenOffset + from, out.size()));
                from = to;
            }
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, out);
    }

    /** Where a piece starting at {@code from} ends: after the last clause mark in its final third, else at the limit. */
    private static int cut(List<CoreLabel> tokens, int from, int maxTokens) {
        int limit = from + maxTokens;
        for (int i = limit - 1; i >= from + maxTokens * 2 / 3; i--) {
            if (CLAUSE_ENDS.contains(tokens.get(i).word())) {
                return i + 1;
            }
        }
        return limit;
    }

    private static CoreMap piece(String text, List<CoreLabel> tokens, int tokenBegin, int index) {
        List<CoreLabel> own = new ArrayList<>(tokens);
        int begin = own.get(0).beginPosition();
        int end = own.get(own.size() - 1).endPosition();
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        s.set(CoreAnnotations.TokensAnnotation.class, own);
        s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
        s.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + own.size());
        renumber(s, own, index);
        return s;
    }

    private static void renumber(CoreMap sentence, List<CoreLabel> tokens, int index) {
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        for (int i = 0; i < tokens.size(); i++) {
            tokens.get(i).setSentIndex(index);
            tokens.get(i).setIndex(i + 1);
        }
    }

    private static List<CoreLabel> tokens(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class);
    }
}
