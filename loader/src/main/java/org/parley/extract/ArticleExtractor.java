package org.parley.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Layer;
import org.parley.annotate.Sentence;
import org.parley.extract.pattern.PatternCatalogue;
import org.parley.extract.pattern.PatternMatch;
import org.parley.extract.lexicon.Lexicons;
import org.parley.extract.rules.DelegationFinder;
import org.parley.extract.rules.DemandFinder;
import org.parley.extract.rules.NegotiationFinder;
import org.parley.extract.rules.QuoteFinder;
import org.parley.extract.rules.Speakers;
import org.parley.extract.rules.StatementFinder;

/**
 * Runs the extraction rules over one article, in the order they depend on each other: actors,
 * quotations, statements, negotiations, delegations, demands. Builds the candidates the rules'
 * matches describe and gives each an id inside the article.
 */
public final class ArticleExtractor implements Extractor {
    private final Lexicons lexicons;
    private final ActorFinder actorFinder;
    private final QuoteFinder quoteFinder;
    private final PatternCatalogue patterns;

    public ArticleExtractor(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.actorFinder = new ActorFinder(lexicons);
        this.quoteFinder = new QuoteFinder(lexicons.words());
        this.patterns = PatternCatalogue.load(name -> lexicons.words().words(name));
    }

    public PatternCatalogue patterns() {
        return patterns;
    }

    @Override
    public String trace(AnnotatedArticle article) {
        return PatternTrace.of(article, lexicons, patterns, extract(article));
    }

    @Override
    public Set<Layer> requires() {
        Set<Layer> layers = EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.LEMMAS, Layer.NER);
        layers.addAll(QuoteFinder.REQUIRES);
        layers.addAll(StatementFinder.REQUIRES);
        layers.addAll(NegotiationFinder.REQUIRES);
        layers.addAll(DelegationFinder.REQUIRES);
        layers.addAll(DemandFinder.REQUIRES);
        return layers;
    }

    @Override
    public ArticleExtraction extract(AnnotatedArticle article) {
        ActorTable actors = actorFinder.find(article);
        Document doc = new Document(article, lexicons, actors, quoteFinder.find(article, actors), matches(article, actors),
                StoryDate.of(article, lexicons.words()), StoryDate.leadEvent(article, lexicons.words()),
                StoryDate.yearAnchor(article));
        Speakers speakers = new Speakers(doc);
        List<StatementFinder.Match> statementMatches = new StatementFinder(doc, speakers).find();
        List<NegotiationFinder.Match> negotiationMatches = new NegotiationFinder(doc, speakers, statementMatches).find();
        List<DelegationFinder.Match> delegationMatches = new DelegationFinder(doc, speakers).find(negotiationMatches);
        List<DemandFinder.Match> demandMatches =
                new DemandFinder(doc, speakers, statementMatches, negotiationMatches).find();
        return new Builder().build(actors, statementMatches, negotiationMatches, delegationMatches, demandMatches);
    }

    /** Every pattern's matches in the sentences cleaning kept, in text order. */
    private List<PatternMatch> matches(AnnotatedArticle article, ActorTable actors) {
        List<PatternMatch> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (!article.clean().isRemoved(s.begin())) {
                out.addAll(patterns.match(s, k -> actors.actorAt(s.index(), k).map(a -> a.kind().name())));
            }
        }
        return out;
    }

    /** Gives ids to the rules' matches and links them into candidates. */
    private static final class Builder {
        private final Map<StatementFinder.Match, String> statementIds = new HashMap<>();
        private final Map<NegotiationFinder.Match, String> negotiationIds = new HashMap<>();
        private final Set<String> referenced = new HashSet<>();

        ArticleExtraction build(ActorTable actors, List<StatementFinder.Match> statementMatches,
                                List<NegotiationFinder.Match> negotiationMatches,
                                List<DelegationFinder.Match> delegationMatches,
                                List<DemandFinder.Match> demandMatches) {
            List<NegotiationCandidate> negotiations = new ArrayList<>();
            for (NegotiationFinder.Match m : negotiationMatches) {
                String id = "negotiation" + (negotiations.size() + 1);
                negotiationIds.put(m, id);
                negotiations.add(new NegotiationCandidate(id, m.date(), m.endDate(), ids(m.places()), ids(m.parties()),
                        ids(m.mediators()), ids(m.hosts()), m.round(), m.status(), m.format(), m.level(), m.outcome(),
                        m.outcomeText(), new Provenance(m.begin(), m.end(), m.confidence(), m.rule())));
            }
            List<StatementCandidate> statements = new ArrayList<>();
            for (StatementFinder.Match m : statementMatches) {
                String id = "statement" + (statements.size() + 1);
                statementIds.put(m, id);
                statements.add(new StatementCandidate(id, ref(m.speaker()), m.text(), m.direct(), m.date(), m.channel(),
                        m.medium().map(this::ref), concerns(m, negotiationMatches), m.terms(),
                        new Provenance(m.begin(), m.end(), m.confidence(), m.rule())));
            }
            List<DelegationCandidate> delegations = new ArrayList<>();
            for (DelegationFinder.Match m : delegationMatches) {
                delegations.add(new DelegationCandidate("delegation" + (delegations.size() + 1),
                        negotiationIds.get(m.negotiation()), ref(m.party()), m.head().map(this::ref), ids(m.members()),
                        m.size(), new Provenance(m.begin(), m.end(), m.confidence(), m.rule())));
            }
            List<DemandCandidate> demands = new ArrayList<>();
            for (DemandFinder.Match m : demandMatches) {
                demands.add(new DemandCandidate("demand" + (demands.size() + 1), ref(m.demander()),
                        m.addressee().map(this::ref), m.topic(), m.text(), m.condition(),
                        m.statement().map(statementIds::get), negotiationOf(m, negotiationMatches),
                        new Provenance(m.begin(), m.end(), m.confidence(), m.rule())));
            }
            return new ArticleExtraction(actorCandidates(actors), statements, demands, negotiations, delegations);
        }

        private String ref(LocalActor actor) {
            referenced.add(actor.id());
            actor.affiliation().ifPresent(this::ref);
            return actor.id();
        }

        private List<String> ids(Iterable<LocalActor> actors) {
            List<String> out = new ArrayList<>();
            for (LocalActor a : actors) {
                out.add(ref(a));
            }
            return out;
        }

        /** Every person, country and organisation the article names; places only where something happened. */
        private List<ActorCandidate> actorCandidates(ActorTable actors) {
            List<ActorCandidate> out = new ArrayList<>();
            for (LocalActor a : actors.actors()) {
                if (a.kind() != ActorKind.PLACE || referenced.contains(a.id())) {
                    a.affiliation().ifPresent(this::ref);
                }
            }
            for (LocalActor a : actors.actors()) {
                if (a.kind() != ActorKind.PLACE || referenced.contains(a.id())) {
                    out.add(a.toCandidate());
                }
            }
            return out;
        }

        /** The negotiation a statement is about: one named in its sentence, else the article's meeting if it speaks of talks. */
        private Optional<String> concerns(StatementFinder.Match st, List<NegotiationFinder.Match> negotiations) {
            for (NegotiationFinder.Match n : negotiations) {
                if (n.sentence() == st.sentence()) {
                    return Optional.ofNullable(negotiationIds.get(n));
                }
            }
            String text = st.text().toLowerCase(java.util.Locale.ROOT);
            if (text.matches(".*\\b(talks|negotiations?|meeting|round)\\b.*")) {
                return negotiations.stream().filter(n -> n.status() == NegotiationStatus.HELD).findFirst()
                        .map(negotiationIds::get);
            }
            return Optional.empty();
        }

        /** The held negotiation a demander's side took part in. */
        private Optional<String> negotiationOf(DemandFinder.Match d, List<NegotiationFinder.Match> negotiations) {
            LocalActor party = d.demander().party();
            return negotiations.stream()
                    .filter(n -> n.status() == NegotiationStatus.HELD && n.parties().contains(party))
                    .findFirst().map(negotiationIds::get);
        }
    }
}
