package org.parley.rdf;

import static org.parley.rdf.Nodes.bool;
import static org.parley.rdf.Nodes.date;
import static org.parley.rdf.Nodes.decimal;
import static org.parley.rdf.Nodes.english;
import static org.parley.rdf.Nodes.integer;
import static org.parley.rdf.Nodes.iri;
import static org.parley.rdf.Nodes.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.parley.resolve.MentionRef;
import org.parley.resolve.ResolvedActor;
import org.parley.resolve.ResolvedCorpus;
import org.parley.resolve.ResolvedDelegation;
import org.parley.resolve.ResolvedDemand;
import org.parley.resolve.ResolvedNegotiation;
import org.parley.resolve.ResolvedStatement;
import org.parley.vocab.Parley;
import org.parley.vocab.Vocab.PROV;
import org.parley.vocab.Vocab.RDF;
import org.parley.vocab.Vocab.RDFS;
import org.parley.vocab.Vocab.SKOS;

/**
 * Writes what Parley concludes across articles: actors, statements, demands, negotiations and
 * delegations, each linked to the mentions that support it ({@code parley:denotedBy}) and the
 * articles those are in ({@code prov:wasDerivedFrom}), with the highest confidence among them.
 */
public final class ResolvedMapper {

    public void map(ResolvedCorpus corpus, StreamRDF out) {
        Map<String, ResolvedActor> actors = new HashMap<>();
        corpus.actors().forEach(a -> actors.put(a.iri(), a));
        for (ResolvedActor a : corpus.actors()) {
            actor(a, out);
        }
        for (ResolvedStatement s : corpus.statements()) {
            statement(s, out);
        }
        for (ResolvedDemand d : corpus.demands()) {
            demand(d, out);
        }
        for (ResolvedNegotiation n : corpus.negotiations()) {
            negotiation(n, out);
        }
        for (ResolvedDelegation d : corpus.delegations()) {
            delegation(d, out);
        }
    }

    private static void actor(ResolvedActor a, StreamRDF out) {
        Node s = iri(a.iri());
        add(out, s, RDF.type, switch (a.kind()) {
            case PERSON -> Parley.Person;
            case COUNTRY -> Parley.Country;
            case ORGANIZATION -> Parley.Organization;
            case PLACE -> Parley.Place;
        });
        add(out, s, SKOS.prefLabel, text(a.label()));
        add(out, s, RDFS.label, text(a.label()));
        for (String alt : a.altLabels()) {
            add(out, s, SKOS.altLabel, text(alt));
        }
        for (String role : a.roles()) {
            add(out, s, Parley.role, text(role));
        }
        a.affiliation().ifPresent(x -> add(out, s, a.kind() == org.parley.extract.ActorKind.PLACE
                ? Parley.locatedIn : Parley.affiliation, iri(x)));
        a.countryCode().ifPresent(c -> add(out, s, Parley.countryCode, text(c)));
        if (!a.named()) {
            add(out, s, Parley.named, bool(false));
        }
        provenance(out, s, a.mentions(), a.confidence());
    }

    private static void statement(ResolvedStatement st, StreamRDF out) {
        Node s = iri(st.iri());
        add(out, s, RDF.type, Parley.Statement);
        add(out, s, RDF.type, st.direct() ? Parley.Quotation : Parley.ReportedSpeech);
        add(out, s, Parley.speaker, iri(st.speaker()));
        for (String t : st.texts()) {
            add(out, s, Parley.text, text(t));
        }
        add(out, s, Parley.direct, bool(st.direct()));
        st.date().ifPresent(d -> add(out, s, Parley.date, date(d)));
        st.channel().ifPresent(c -> add(out, s, Parley.channel, iri(Parley.CHANNEL_NS + c)));
        st.medium().ifPresent(m -> add(out, s, Parley.medium, iri(m)));
        st.negotiation().ifPresent(n -> add(out, s, Parley.concerns, iri(n)));
        for (String term : st.terms()) {
            add(out, s, Parley.term, text(term));
        }
        provenance(out, s, st.mentions(), st.confidence());
    }

    private static void demand(ResolvedDemand d, StreamRDF out) {
        Node s = iri(d.iri());
        add(out, s, RDF.type, Parley.Demand);
        for (String by : d.demanders()) {
            add(out, s, Parley.demandedBy, iri(by));
        }
        d.addressee().ifPresent(a -> add(out, s, Parley.addressedTo, iri(a)));
        add(out, s, Parley.topic, iri(Parley.TOPIC_NS + d.topic()));
        for (String t : d.texts()) {
            add(out, s, Parley.text, text(t));
        }
        d.condition().ifPresent(c -> add(out, s, Parley.condition, text(c)));
        d.statement().ifPresent(st -> add(out, s, Parley.madeIn, iri(st)));
        d.negotiation().ifPresent(n -> add(out, s, Parley.concerns, iri(n)));
        provenance(out, s, d.mentions(), d.confidence());
    }

    private static void negotiation(ResolvedNegotiation n, StreamRDF out) {
        Node s = iri(n.iri());
        add(out, s, RDF.type, Parley.Negotiation);
        add(out, s, RDFS.label, english(n.label()));
        n.startDate().ifPresent(d -> add(out, s, Parley.startDate, date(d)));
        n.endDate().ifPresent(d -> add(out, s, Parley.endDate, date(d)));
        all(out, s, Parley.place, n.places());
        all(out, s, Parley.party, n.parties());
        all(out, s, Parley.mediator, n.mediators());
        all(out, s, Parley.host, n.hosts());
        for (int round : n.rounds()) {
            add(out, s, Parley.roundNumber, integer(round));
        }
        add(out, s, Parley.status, iri(Parley.STATUS_NS + n.status().conceptId()));
        n.format().ifPresent(f -> add(out, s, Parley.format, iri(Parley.FORMAT_NS + f)));
        for (String level : n.levels()) {
            add(out, s, Parley.level, iri(Parley.LEVEL_NS + level));
        }
        n.outcome().ifPresent(o -> add(out, s, Parley.outcome, iri(Parley.OUTCOME_NS + o)));
        for (String t : n.outcomeTexts()) {
            add(out, s, Parley.outcomeText, text(t));
        }
        provenance(out, s, n.mentions(), n.confidence());
    }

    private static void delegation(ResolvedDelegation d, StreamRDF out) {
        Node s = iri(d.iri());
        add(out, s, RDF.type, Parley.Delegation);
        add(out, s, Parley.attends, iri(d.negotiation()));
        add(out, iri(d.negotiation()), Parley.delegation, s);
        add(out, s, Parley.delegationOf, iri(d.party()));
        d.head().ifPresent(h -> add(out, s, Parley.head, iri(h)));
        all(out, s, Parley.member, d.members());
        d.size().ifPresent(n -> add(out, s, Parley.size, integer(n)));
        provenance(out, s, d.mentions(), d.confidence());
    }

    private static void provenance(StreamRDF out, Node s, List<MentionRef> mentions, double confidence) {
        for (MentionRef m : mentions) {
            add(out, s, Parley.denotedBy, iri(m.mention()));
            add(out, s, PROV.wasDerivedFrom, iri(m.article()));
        }
        add(out, s, Parley.confidence, decimal(confidence));
    }

    private static void all(StreamRDF out, Node s, Node p, List<String> iris) {
        for (String o : iris) {
            add(out, s, p, iri(o));
        }
    }

    private static void add(StreamRDF out, Node s, Node p, Node o) {
        out.triple(Triple.create(s, p, o));
    }
}
