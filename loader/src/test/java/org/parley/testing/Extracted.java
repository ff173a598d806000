package org.parley.testing;

import java.util.List;
import java.util.Optional;
import org.parley.extract.ActorCandidate;
import org.parley.extract.ArticleExtraction;
import org.parley.extract.DemandCandidate;
import org.parley.extract.NegotiationCandidate;
import org.parley.extract.StatementCandidate;
import org.parley.load.Pipeline;
import org.parley.read.Article;

/** What the real pipeline extracts from a text written in a test, with lookups by name. */
public record Extracted(Article article, ArticleExtraction x) {

    public static Extracted from(Pipeline pipeline, String text, String date) {
        Article a = Articles.of(text, date);
        try {
            return new Extracted(a, pipeline.process(a).extraction());
        } catch (Pipeline.StepException e) {
            throw new AssertionError("pipeline failed on test text", e);
        }
    }

    public String name(String actorId) {
        return x.actor(actorId).map(ActorCandidate::name).orElse("?" + actorId);
    }

    public Optional<ActorCandidate> actor(String name) {
        return x.actors().stream().filter(a -> a.name().equals(name) || a.aliases().contains(name)).findFirst();
    }

    /** The statement whose text contains {@code fragment}. */
    public Optional<StatementCandidate> statement(String fragment) {
        return x.statements().stream().filter(s -> s.text().contains(fragment)).findFirst();
    }

    public String speakerOf(String fragment) {
        return statement(fragment).map(s -> name(s.speaker())).orElse("(no statement with: " + fragment + ")");
    }

    public List<StatementCandidate> statements() {
        return x.statements();
    }

    public List<DemandCandidate> demands() {
        return x.demands();
    }

    public List<NegotiationCandidate> negotiations() {
        return x.negotiations();
    }

    public List<String> partyNames(NegotiationCandidate n) {
        return n.parties().stream().map(this::name).sorted().toList();
    }

    public List<String> placeNames(NegotiationCandidate n) {
        return n.places().stream().map(this::name).toList();
    }
}
