package org.parley.rdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.parley.extract.ActorCandidate;
import org.parley.extract.ActorKind;
import org.parley.extract.ArticleExtraction;
import org.parley.extract.DelegationCandidate;
import org.parley.extract.DemandCandidate;
import org.parley.extract.NegotiationCandidate;
import org.parley.extract.NegotiationStatus;
import org.parley.extract.Provenance;
import org.parley.extract.StatementCandidate;
import org.parley.read.Article;
import org.parley.read.ArticleFormat;
import org.parley.read.Metadata;
import org.parley.vocab.Parley;
import org.parley.vocab.Vocab.DCTERMS;
import org.parley.vocab.Vocab.NIF;
import org.parley.vocab.Vocab.RDF;
import org.parley.vocab.Vocab.RDFS;
import org.parley.vocab.Vocab.SCHEMA;
import org.parley.vocab.Vocab.SKOS;

/**
 * Reads an article's named graph back into a {@link StoredArticle}: the inverse of
 * {@link ArticleMapper}. The file format an article was read from is not stored; it reads back as
 * {@link ArticleFormat#TEXT}.
 */
public final class ArticleGraphReader {

    public Optional<StoredArticle> read(Graph g) {
        List<Triple> articles = g.find(Node.ANY, RDF.type, Parley.Article).toList();
        if (articles.isEmpty()) {
            return Optional.empty();
        }
        Node article = articles.get(0).getSubject();
        String iri = article.getURI();
        Metadata metadata = new Metadata(
                string(g, article, DCTERMS.title),
                one(g, article, Parley.outlet).flatMap(o -> string(g, o, RDFS.label)),
                one(g, article, SCHEMA.url).map(Node::getURI),
                string(g, article, DCTERMS.issued).map(LocalDate::parse),
                string(g, article, DCTERMS.language));
        Article a = new Article(
                string(g, article, Parley.sourceKey).orElse(iri),
                string(g, article, Parley.sourceFile).orElse(iri),
                string(g, article, NIF.isString).orElse(""),
                metadata, ArticleFormat.TEXT, List.of());
        Mentions mentions = new Mentions(g);
        ArticleExtraction extraction = new ArticleExtraction(
                mentions.of(Parley.ActorMention).stream().map(m -> actor(g, m)).toList(),
                mentions.of(Parley.StatementMention).stream().map(m -> statement(g, m)).toList(),
                mentions.of(Parley.DemandMention).stream().map(m -> demand(g, m)).toList(),
                mentions.of(Parley.NegotiationMention).stream().map(m -> negotiation(g, m)).toList(),
                mentions.of(Parley.DelegationMention).stream().map(m -> delegation(g, m)).toList());
        return Optional.of(new StoredArticle(iri, string(g, article, Parley.contentHash).orElse(""), a, extraction));
    }

    /**
     * Reads only some mentions of an article, for resolution that works on a few blocks: the
     * article's IRI and date (resolution reads no more of it) and the
     * candidates whose local ids are given, each under its own kind. Ids the graph does not hold
     * are left out.
     */
    public StoredArticle readMentions(Graph g, String articleIri, Collection<String> localIds) {
        return readMentions(g, articleIri, issued(g, articleIri), localIds);
    }

    /** The day an article was published, as {@link #readMentions} reads it. */
    public Optional<LocalDate> issued(Graph g, String articleIri) {
        return string(g, NodeFactory.createURI(articleIri), DCTERMS.issued).map(LocalDate::parse);
    }

    /** As {@link #readMentions(Graph, String, Collection)}, with the article's day already read. */
    public StoredArticle readMentions(Graph g, String articleIri, Optional<LocalDate> issued, Collection<String> localIds) {
        Metadata metadata = new Metadata(Optional.empty(), Optional.empty(), Optional.empty(), issued, Optional.empty());
        Article a = new Article(articleIri, articleIri, "", metadata, ArticleFormat.TEXT, List.of());
        List<ActorCandidate> actors = new ArrayList<>();
        List<StatementCandidate> statements = new ArrayList<>();
        List<DemandCandidate> demands = new ArrayList<>();
        List<NegotiationCandidate> negotiations = new ArrayList<>();
        List<DelegationCandidate> delegations = new ArrayList<>();
        List<String> ids = new ArrayList<>(new java.util.TreeSet<>(localIds));
        ids.sort(ID_ORDER);
        for (String id : ids) {
            Node m = NodeFactory.createURI(Iris.mention(articleIri, id));
            // One scan of the mention's triples, then the lookups in memory: a store answers a range faster than many finds.
            Graph mention = GraphFactory.createGraphMem();
            g.find(m, Node.ANY, Node.ANY).forEachRemaining(mention::add);
            Optional<Node> type = one(mention, m, RDF.type);
            if (type.isEmpty()) {
                continue;
            }
            Node t = type.get();
            if (t.equals(Parley.ActorMention)) {
                actors.add(actor(mention, m));
            } else if (t.equals(Parley.StatementMention)) {
                statements.add(statement(mention, m));
            } else if (t.equals(Parley.DemandMention)) {
                demands.add(demand(mention, m));
            } else if (t.equals(Parley.NegotiationMention)) {
                negotiations.add(negotiation(mention, m));
            } else if (t.equals(Parley.DelegationMention)) {
                delegations.add(delegation(mention, m));
            }
        }
        return new StoredArticle(articleIri, "", a,
                new ArticleExtraction(actors, statements, demands, negotiations, delegations));
    }

    /** The order mentions are read in: by kind of id, then number ("actor2" before "actor10"). */
    private static final Comparator<String> ID_ORDER = Comparator.comparing((String id) -> id.replaceAll("\\d", ""))
            .thenComparingInt(Mentions::number).thenComparing(Comparator.naturalOrder());

    /**
     * Two partial reads of one article ({@link #readMentions}) as one: the mentions of both, in the
     * order one read of them all would give.
     */
    public static StoredArticle merged(StoredArticle a, StoredArticle b) {
        ArticleExtraction x = a.extraction();
        ArticleExtraction y = b.extraction();
        return new StoredArticle(a.iri(), a.contentHash(), a.article(), new ArticleExtraction(
                inIdOrder(x.actors(), y.actors(), ActorCandidate::id),
                inIdOrder(x.statements(), y.statements(), StatementCandidate::id),
                inIdOrder(x.demands(), y.demands(), DemandCandidate::id),
                inIdOrder(x.negotiations(), y.negotiations(), NegotiationCandidate::id),
                inIdOrder(x.delegations(), y.delegations(), DelegationCandidate::id)));
    }

    private static <T> List<T> inIdOrder(List<T> a, List<T> b, Function<T, String> id) {
        Map<String, T> byId = new TreeMap<>(ID_ORDER);
        a.forEach(c -> byId.put(id.apply(c), c));
        b.forEach(c -> byId.put(id.apply(c), c));
        return List.copyOf(byId.values());
    }

    private static ActorCandidate actor(Graph g, Node m) {
        Node type = one(g, m, Parley.actorType).orElse(Parley.Person);
        ActorKind kind = type.equals(Parley.Country) ? ActorKind.COUNTRY
                : type.equals(Parley.Organization) ? ActorKind.ORGANIZATION
                : type.equals(Parley.Place) ? ActorKind.PLACE : ActorKind.PERSON;
        String keyIri = one(g, m, Parley.refersTo).map(Node::getURI).orElse(null);
        return new ActorCandidate(local(m), kind, string(g, m, RDFS.label).orElse(""),
                strings(g, m, SKOS.altLabel), string(g, m, Parley.role), one(g, m, Parley.affiliation).map(ArticleGraphReader::local),
                Optional.ofNullable(keyIri).map(ArticleGraphReader::keyOf),
                !string(g, m, Parley.named).map("false"::equals).orElse(false), provenance(g, m));
    }

    private static StatementCandidate statement(Graph g, Node m) {
        return new StatementCandidate(local(m), localOf(g, m, Parley.speaker), string(g, m, Parley.text).orElse(""),
                string(g, m, Parley.direct).map("true"::equals).orElse(false),
                string(g, m, Parley.date).map(LocalDate::parse),
                one(g, m, Parley.channel).map(n -> after(n, Parley.CHANNEL_NS)),
                one(g, m, Parley.medium).map(ArticleGraphReader::local),
                one(g, m, Parley.concerns).map(ArticleGraphReader::local),
                strings(g, m, Parley.term), provenance(g, m));
    }

    private static DemandCandidate demand(Graph g, Node m) {
        return new DemandCandidate(local(m), localOf(g, m, Parley.demandedBy),
                one(g, m, Parley.addressedTo).map(ArticleGraphReader::local),
                one(g, m, Parley.topic).map(n -> after(n, Parley.TOPIC_NS)).orElse(""),
                string(g, m, Parley.text).orElse(""), string(g, m, Parley.condition),
                one(g, m, Parley.madeIn).map(ArticleGraphReader::local),
                one(g, m, Parley.concerns).map(ArticleGraphReader::local), provenance(g, m));
    }

    private static NegotiationCandidate negotiation(Graph g, Node m) {
        return new NegotiationCandidate(local(m),
                string(g, m, Parley.startDate).map(LocalDate::parse), string(g, m, Parley.endDate).map(LocalDate::parse),
                locals(g, m, Parley.place), locals(g, m, Parley.party), locals(g, m, Parley.mediator), locals(g, m, Parley.host),
                string(g, m, Parley.roundNumber).map(Integer::parseInt),
                NegotiationStatus.ofConcept(one(g, m, Parley.status).map(n -> after(n, Parley.STATUS_NS)).orElse("held")),
                one(g, m, Parley.format).map(n -> after(n, Parley.FORMAT_NS)),
                one(g, m, Parley.level).map(n -> after(n, Parley.LEVEL_NS)),
                one(g, m, Parley.outcome).map(n -> after(n, Parley.OUTCOME_NS)),
                string(g, m, Parley.outcomeText), provenance(g, m));
    }

    private static DelegationCandidate delegation(Graph g, Node m) {
        return new DelegationCandidate(local(m), localOf(g, m, Parley.attends), localOf(g, m, Parley.delegationOf),
                one(g, m, Parley.head).map(ArticleGraphReader::local), locals(g, m, Parley.member),
                string(g, m, Parley.size).map(Integer::parseInt), provenance(g, m));
    }

    private static Provenance provenance(Graph g, Node m) {
        return new Provenance(
                string(g, m, NIF.beginIndex).map(Integer::parseInt).orElse(0),
                string(g, m, NIF.endIndex).map(Integer::parseInt).orElse(0),
                string(g, m, Parley.confidence).map(Double::parseDouble).orElse(0.5),
                string(g, m, Parley.rule).orElse("unknown"));
    }

    /** The mentions of one article by type, in the order of their ids ("actor2" before "actor10"). */
    private static final class Mentions {
        private final Graph g;

        Mentions(Graph g) {
            this.g = g;
        }

        List<Node> of(Node type) {
            List<Node> out = new ArrayList<>();
            g.find(Node.ANY, RDF.type, type).forEachRemaining(t -> out.add(t.getSubject()));
            out.sort(Comparator.comparing((Node n) -> local(n).replaceAll("\\d", "")).thenComparingInt(n -> number(local(n))));
            return out;
        }

        private static int number(String id) {
            String digits = id.replaceAll("\\D", "");
            return digits.isEmpty() ? 0 : Integer.parseInt(digits);
        }
    }

    static String keyOf(String canonicalIri) {
        String[] parts = canonicalIri.split("/");
        String kind = parts[parts.length - 2];
        String value = parts[parts.length - 1];
        return switch (kind) {
            case "country" -> "country:" + value.toUpperCase(java.util.Locale.ROOT);
            case "organization" -> "org:" + value;
            default -> kind + ":" + value;
        };
    }

    private static String local(Node mention) {
        String iri = mention.getURI();
        return iri.substring(iri.indexOf('#') + 1);
    }

    private static String localOf(Graph g, Node s, Node p) {
        return one(g, s, p).map(ArticleGraphReader::local).orElse("");
    }

    private static List<String> locals(Graph g, Node s, Node p) {
        List<String> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(local(t.getObject())));
        out.sort(Comparator.comparingInt(id -> Mentions.number(id)));
        return out;
    }

    private static String after(Node n, String namespace) {
        return n.getURI().substring(namespace.length());
    }

    private static Optional<Node> one(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            it.close();
        }
    }

    private static Optional<String> string(Graph g, Node s, Node p) {
        return one(g, s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    private static List<String> strings(Graph g, Node s, Node p) {
        List<String> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                out.add(t.getObject().getLiteralLexicalForm());
            }
        });
        out.sort(String::compareTo);
        return out;
    }
}
