package org.parley.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the Parley ontology ({@code ontology/parley.ttl}) and its controlled vocabularies.
 * Kept by hand; {@code ParleyTermsTest} checks every constant against the Turtle files.
 */
public final class Parley {
    public static final String NS = "https://w3id.org/parley/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/parley/ontology";
    public static final String TOPIC_NS = "https://w3id.org/parley/topic/";
    public static final String CHANNEL_NS = "https://w3id.org/parley/channel/";
    public static final String STATUS_NS = "https://w3id.org/parley/status/";
    public static final String FORMAT_NS = "https://w3id.org/parley/format/";
    public static final String LEVEL_NS = "https://w3id.org/parley/level/";
    public static final String OUTCOME_NS = "https://w3id.org/parley/outcome/";

    private Parley() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    // Classes: instances
    public static final Node Article = term("Article");
    public static final Node Actor = term("Actor");
    public static final Node Person = term("Person");
    public static final Node Country = term("Country");
    public static final Node Organization = term("Organization");
    public static final Node Place = term("Place");
    public static final Node Negotiation = term("Negotiation");
    public static final Node Delegation = term("Delegation");
    public static final Node Demand = term("Demand");
    public static final Node Statement = term("Statement");
    public static final Node Quotation = term("Quotation");
    public static final Node ReportedSpeech = term("ReportedSpeech");
    public static final Node LoadRun = term("LoadRun");
    public static final Node Outlet = term("Outlet");

    // Classes: mentions
    public static final Node Mention = term("Mention");
    public static final Node ActorMention = term("ActorMention");
    public static final Node StatementMention = term("StatementMention");
    public static final Node DemandMention = term("DemandMention");
    public static final Node NegotiationMention = term("NegotiationMention");
    public static final Node DelegationMention = term("DelegationMention");

    // Classes: vocabularies
    public static final Node DemandTopic = term("DemandTopic");
    public static final Node Channel = term("Channel");
    public static final Node NegotiationStatus = term("NegotiationStatus");
    public static final Node NegotiationFormat = term("NegotiationFormat");
    public static final Node NegotiationLevel = term("NegotiationLevel");
    public static final Node Outcome = term("Outcome");

    // Negotiations
    public static final Node startDate = term("startDate");
    public static final Node endDate = term("endDate");
    public static final Node place = term("place");
    public static final Node party = term("party");
    public static final Node mediator = term("mediator");
    public static final Node host = term("host");
    public static final Node delegation = term("delegation");
    public static final Node roundNumber = term("roundNumber");
    public static final Node status = term("status");
    public static final Node format = term("format");
    public static final Node level = term("level");
    public static final Node outcome = term("outcome");
    public static final Node outcomeText = term("outcomeText");

    // Delegations
    public static final Node attends = term("attends");
    public static final Node delegationOf = term("delegationOf");
    public static final Node head = term("head");
    public static final Node member = term("member");
    public static final Node size = term("size");

    // Demands
    public static final Node demandedBy = term("demandedBy");
    public static final Node onBehalfOf = term("onBehalfOf");
    public static final Node addressedTo = term("addressedTo");
    public static final Node topic = term("topic");
    public static final Node condition = term("condition");
    public static final Node madeIn = term("madeIn");
    public static final Node concerns = term("concerns");

    // Statements
    public static final Node speaker = term("speaker");
    public static final Node text = term("text");
    public static final Node direct = term("direct");
    public static final Node date = term("date");
    public static final Node channel = term("channel");
    public static final Node medium = term("medium");
    public static final Node term = term("term");

    // Actors and places
    public static final Node role = term("role");
    public static final Node affiliation = term("affiliation");
    public static final Node countryCode = term("countryCode");
    public static final Node locatedIn = term("locatedIn");
    public static final Node refersTo = term("refersTo");
    public static final Node named = term("named");
    public static final Node actorType = term("actorType");

    // Articles
    public static final Node outlet = term("outlet");
    public static final Node sourceFile = term("sourceFile");
    public static final Node sourceKey = term("sourceKey");
    public static final Node contentHash = term("contentHash");
    public static final Node noDateFound = term("noDateFound");

    // Provenance
    public static final Node denotedBy = term("denotedBy");
    public static final Node confidence = term("confidence");
    public static final Node rule = term("rule");

    // Load runs
    public static final Node softwareVersion = term("softwareVersion");
    public static final Node articlesLoaded = term("articlesLoaded");
    public static final Node articlesUnchanged = term("articlesUnchanged");
    public static final Node articlesFailed = term("articlesFailed");
    public static final Node tokensProcessed = term("tokensProcessed");
    public static final Node interrupted = term("interrupted");

    // The store itself
    public static final Node baseIri = term("baseIri");
    public static final Node storeFormat = term("storeFormat");

    // Resolution index: blocking keys, and articles awaiting resolution
    public static final Node blockKey = term("blockKey");
    public static final Node awaitsResolution = term("awaitsResolution");
    public static final Node removedMention = term("removedMention");
    public static final Node removedVersion = term("removedVersion");
}
