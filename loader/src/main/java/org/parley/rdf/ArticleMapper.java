package org.parley.rdf;

import static org.parley.rdf.Nodes.bool;
import static org.parley.rdf.Nodes.date;
import static org.parley.rdf.Nodes.decimal;
import static org.parley.rdf.Nodes.integer;
import static org.parley.rdf.Nodes.iri;
import static org.parley.rdf.Nodes.offset;
import static org.parley.rdf.Nodes.text;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.parley.extract.ActorCandidate;
import org.parley.extract.ArticleExtraction;
import org.parley.extract.DelegationCandidate;
import org.parley.extract.DemandCandidate;
import org.parley.extract.NegotiationCandidate;
import org.parley.extract.Provenance;
import org.parley.extract.StatementCandidate;
import org.parley.read.Article;
import org.parley.read.Metadata;
import org.parley.vocab.Parley;
import org.parley.vocab.Vocab.DCTERMS;
import org.parley.vocab.Vocab.NIF;
import org.parley.vocab.Vocab.RDF;
import org.parley.vocab.Vocab.RDFS;
import org.parley.vocab.Vocab.SCHEMA;
import org.parley.vocab.Vocab.SKOS;

/**
 * Writes one article and what was extracted from it as RDF triples: the article with its metadata
 * and stored text, and one mention per extracted actor, statement, demand, negotiation and
 * delegation, each with its NIF offsets into that text, its confidence and the rule that found it.
 * The caller's sink decides the graph (the article's own named graph when loading).
 */
public final class ArticleMapper {
    /** Longer spans (whole paragraphs) are left to the stored text and the offsets. */
    private static final int MAX_ANCHOR = 600;

    private final Iris iris;

    public ArticleMapper(Iris iris) {
        this.iris = iris;
    }

    public void map(StoredArticle stored, StreamRDF out) {
        Writer w = new Writer(out, stored.iri(), stored.article().text());
        article(stored, w);
        ArticleExtraction x = stored.extraction();
        for (ActorCandidate a : x.actors()) {
            actor(a, w);
        }
        for (StatementCandidate s : x.statements()) {
            statement(s, w);
        }
        for (DemandCandidate d : x.demands()) {
            demand(d, w);
        }
        for (NegotiationCandidate n : x.negotiations()) {
            negotiation(n, w);
        }
        for (DelegationCandidate d : x.delegations()) {
            delegation(d, w);
        }
    }

    private void article(StoredArticle stored, Writer w) {
        Article a = stored.article();
        Metadata m = a.metadata();
        Node article = iri(stored.iri());
        w.add(article, RDF.type, Parley.Article);
        w.add(article, Parley.contentHash, text(stored.contentHash()));
        w.add(article, NIF.isString, text(a.text()));
        w.add(article, Parley.sourceKey, text(a.sourceKey()));
        w.add(article, Parley.sourceFile, text(a.sourceLabel()));
        m.title().ifPresent(t -> w.add(article, DCTERMS.title, text(t)));
        m.published().ifPresentOrElse(d -> w.add(article, DCTERMS.issued, date(d)),
                () -> w.add(article, Parley.noDateFound, bool(true)));
        m.url().ifPresent(u -> w.add(article, SCHEMA.url, iri(u)));
        m.language().ifPresent(l -> w.add(article, DCTERMS.language, text(l)));
        m.outlet().ifPresent(o -> {
            Node outlet = iri(iris.outlet(o));
            w.add(article, Parley.outlet, outlet);
            w.add(outlet, RDF.type, Parley.Outlet);
            w.add(outlet, RDFS.label, text(o));
        });
    }

    private void actor(ActorCandidate a, Writer w) {
        Node m = w.mention(a.id(), Parley.ActorMention, a.provenance());
        w.add(m, Parley.actorType, switch (a.kind()) {
            case PERSON -> Parley.Person;
            case COUNTRY -> Parley.Country;
            case ORGANIZATION -> Parley.Organization;
            case PLACE -> Parley.Place;
        });
        w.add(m, RDFS.label, text(a.name()));
        for (String alias : a.aliases()) {
            w.add(m, SKOS.altLabel, text(alias));
        }
        if (!a.named()) {
            w.add(m, Parley.named, bool(false));
        }
        a.role().ifPresent(r -> w.add(m, Parley.role, text(r)));
        a.affiliation().ifPresent(id -> w.add(m, Parley.affiliation, w.local(id)));
        a.key().ifPresent(k -> w.add(m, Parley.refersTo, iri(iris.forKey(k))));
    }

    private void statement(StatementCandidate s, Writer w) {
        Node m = w.mention(s.id(), Parley.StatementMention, s.provenance());
        w.add(m, Parley.speaker, w.local(s.speaker()));
        w.add(m, Parley.text, text(s.text()));
        w.add(m, Parley.direct, bool(s.direct()));
        s.date().ifPresent(d -> w.add(m, Parley.date, date(d)));
        s.channel().ifPresent(c -> w.add(m, Parley.channel, iri(Parley.CHANNEL_NS + c)));
        s.medium().ifPresent(id -> w.add(m, Parley.medium, w.local(id)));
        s.negotiation().ifPresent(id -> w.add(m, Parley.concerns, w.local(id)));
        for (String term : s.terms()) {
            w.add(m, Parley.term, text(term));
        }
    }

    private void demand(DemandCandidate d, Writer w) {
        Node m = w.mention(d.id(), Parley.DemandMention, d.provenance());
        w.add(m, Parley.demandedBy, w.local(d.demander()));
        d.addressee().ifPresent(id -> w.add(m, Parley.addressedTo, w.local(id)));
        w.add(m, Parley.topic, iri(Parley.TOPIC_NS + d.topic()));
        w.add(m, Parley.text, text(d.text()));
        d.condition().ifPresent(c -> w.add(m, Parley.condition, text(c)));
        d.statement().ifPresent(id -> w.add(m, Parley.madeIn, w.local(id)));
        d.negotiation().ifPresent(id -> w.add(m, Parley.concerns, w.local(id)));
    }

    private void negotiation(NegotiationCandidate n, Writer w) {
        Node m = w.mention(n.id(), Parley.NegotiationMention, n.provenance());
        n.startDate().ifPresent(d -> w.add(m, Parley.startDate, date(d)));
        n.endDate().ifPresent(d -> w.add(m, Parley.endDate, date(d)));
        w.addAll(m, Parley.place, n.places());
        w.addAll(m, Parley.party, n.parties());
        w.addAll(m, Parley.mediator, n.mediators());
        w.addAll(m, Parley.host, n.hosts());
        n.round().ifPresent(r -> w.add(m, Parley.roundNumber, integer(r)));
        w.add(m, Parley.status, iri(Parley.STATUS_NS + n.status().conceptId()));
        n.format().ifPresent(f -> w.add(m, Parley.format, iri(Parley.FORMAT_NS + f)));
        n.level().ifPresent(l -> w.add(m, Parley.level, iri(Parley.LEVEL_NS + l)));
        n.outcome().ifPresent(o -> w.add(m, Parley.outcome, iri(Parley.OUTCOME_NS + o)));
        n.outcomeText().ifPresent(t -> w.add(m, Parley.outcomeText, text(t)));
    }

    private void delegation(DelegationCandidate d, Writer w) {
        Node m = w.mention(d.id(), Parley.DelegationMention, d.provenance());
        w.add(m, Parley.attends, w.local(d.negotiation()));
        w.add(m, Parley.delegationOf, w.local(d.party()));
        d.head().ifPresent(id -> w.add(m, Parley.head, w.local(id)));
        w.addAll(m, Parley.member, d.members());
        d.size().ifPresent(n -> w.add(m, Parley.size, integer(n)));
    }

    /** Emits triples and mints the IRIs of mentions inside one article. */
    private static final class Writer {
        private final StreamRDF out;
        private final String articleIri;
        private final String articleText;

        Writer(StreamRDF out, String articleIri, String articleText) {
            this.out = out;
            this.articleIri = articleIri;
            this.articleText = articleText;
        }

        void add(Node s, Node p, Node o) {
            out.triple(Triple.create(s, p, o));
        }

        void addAll(Node s, Node p, List<String> localIds) {
            for (String id : localIds) {
                add(s, p, local(id));
            }
        }

        Node local(String localId) {
            return iri(Iris.mention(articleIri, localId));
        }

        Node mention(String localId, Node type, Provenance p) {
            Node m = local(localId);
            add(m, RDF.type, type);
            add(m, NIF.referenceContext, iri(articleIri));
            add(m, NIF.beginIndex, offset(p.begin()));
            add(m, NIF.endIndex, offset(p.end()));
            if (p.end() <= articleText.length() && p.end() - p.begin() <= MAX_ANCHOR) {
                add(m, NIF.anchorOf, text(articleText.substring(p.begin(), p.end())));
            }
            add(m, Parley.confidence, decimal(p.confidence()));
            add(m, Parley.rule, text(p.rule()));
            return m;
        }
    }
}
