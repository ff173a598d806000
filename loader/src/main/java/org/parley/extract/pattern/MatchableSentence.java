package org.parley.extract.pattern;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;

/**
 * One of Parley's sentences in the shapes CoreNLP's pattern engines read: a token list for
 * TokensRegex and a dependency graph for Semgrex. Each token carries {@code word}, {@code lemma},
 * {@code tag} and {@code ner}; {@code ner} holds Parley's kind of actor (PERSON, COUNTRY,
 * ORGANIZATION, GROUP, PLACE) where the actor finder recognised the token, else CoreNLP's tag.
 */
final class MatchableSentence {
    private final Sentence sentence;
    private final List<CoreLabel> labels;
    private SemanticGraph graph;

    MatchableSentence(Sentence sentence, IntFunction<Optional<String>> actorKind) {
        this.sentence = sentence;
        this.labels = new ArrayList<>(sentence.size());
        for (Token t : sentence.tokens()) {
            CoreLabel c = new CoreLabel();
            c.setWord(t.word());
            c.setValue(t.word());
            c.setOriginalText(t.word());
            c.setLemma(t.lemma());
            c.setTag(t.pos());
            c.setNER(actorKind.apply(t.index()).orElse(t.ner()));
            c.setIndex(t.index() + 1);
            c.setSentIndex(sentence.index());
            c.setBeginPosition(t.begin());
            c.setEndPosition(t.end());
            labels.add(c);
        }
    }

    Sentence sentence() {
        return sentence;
    }

    List<CoreLabel> tokens() {
        return labels;
    }

    /** The dependency graph, built on first use: tokens the parse left out (quotation marks) are not in it. */
    SemanticGraph graph() {
        if (graph == null) {
            graph = new SemanticGraph();
            IndexedWord[] nodes = new IndexedWord[labels.size()];
            for (Dependency d : sentence.dependencies()) {
                IndexedWord dependent = node(nodes, d.dependent());
                if (d.governor() < 0) {
                    graph.addRoot(dependent);
                } else {
                    graph.addEdge(node(nodes, d.governor()), dependent,
                            GrammaticalRelation.valueOf(Language.UniversalEnglish, d.relation()), 1.0, false);
                }
            }
        }
        return graph;
    }

    private IndexedWord node(IndexedWord[] nodes, int index) {
        if (nodes[index] == null) {
            nodes[index] = new IndexedWord(labels.get(index));
            graph.addVertex(nodes[index]);
        }
        return nodes[index];
    }
}
