package org.parley.serve.ui;

import java.util.List;
import java.util.Optional;

/**
 * One browse page: the saved query behind it (one row per fact), the columns it shows, the facets
 * it offers and how it sorts by default. Facet and date-range parameters have the names of the
 * saved query's own parameters, so the page's filters and the API call behind it are the same.
 */
record BrowsePage(String path, String title, String noun, String query, String intro, List<Column> columns,
                  List<Facet> facets, String dateVar, String defaultSort, boolean defaultDescending) {

    /** How a column's values are shown and sorted. */
    enum Show {
        /** A resource, linked, its text from {@code textVar} or the resource's label. */
        LINK,
        /** The fact itself: its wording, linked to its page. */
        FACT,
        /** Space-separated resources, each linked by its label. */
        LIST,
        TEXT,
        DATE,
        NUMBER,
        /** {@code parley:direct}: quoted or reported. */
        DIRECT
    }

    /** A column: the query variable, its heading, how it shows, and the variable with its text. */
    record Column(String var, String heading, Show show, String textVar) {
        Column(String var, String heading, Show show) {
            this(var, heading, show, null);
        }

        /** The name used in {@code ?sort=}. */
        String key() {
            return var;
        }
    }

    /** A facet: the parameter it sets and the variables (single IRIs or space-separated lists) it reads. */
    record Facet(String param, String heading, List<String> vars) {
        Facet(String param, String heading, String var) {
            this(param, heading, List.of(var));
        }
    }

    Optional<Column> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    static final List<BrowsePage> ALL = List.of(
            new BrowsePage("negotiations", "Negotiations", "negotiations", "negotiation-list",
                    "Every meeting, round of talks and call, held, planned, proposed or cancelled, one per row.",
                    List.of(new Column("negotiation", "Negotiation", Show.LINK, "label"),
                            new Column("date", "Date", Show.DATE),
                            new Column("statusName", "Status", Show.TEXT),
                            new Column("parties", "Parties", Show.LIST),
                            new Column("place", "Place", Show.LINK, "placeName"),
                            new Column("format", "Format", Show.TEXT),
                            new Column("outcome", "Outcome", Show.TEXT),
                            new Column("articles", "Reported in", Show.LIST)),
                    List.of(new Facet("status", "Status", "status"),
                            new Facet("party", "Party or mediator", List.of("parties", "mediators")),
                            new Facet("outlet", "Outlet", "outlets")),
                    "date", "date", true),
            new BrowsePage("statements", "Statements", "statements", "statement-list",
                    "Who said what, quoted or reported, one statement per row, with the articles that carried its wording.",
                    List.of(new Column("statement", "Statement", Show.FACT, "text"),
                            new Column("speaker", "Speaker", Show.LINK, "speakerName"),
                            new Column("date", "Date", Show.DATE),
                            new Column("direct", "Form", Show.DIRECT),
                            new Column("channel", "Channel", Show.TEXT),
                            new Column("negotiation", "About", Show.LINK, "negotiationLabel"),
                            new Column("articles", "Reported in", Show.LIST)),
                    List.of(new Facet("party", "Party", "party"),
                            new Facet("speakerKind", "Kind of speaker", "speakerKind"),
                            new Facet("outlet", "Outlet", "outlets")),
                    "date", "date", true),
            new BrowsePage("demands", "Demands", "demands", "demand-list",
                    "Who demanded what of whom, one demand per row, with its topic, wording and the articles that carried it.",
                    List.of(new Column("demand", "Demand", Show.FACT, "text"),
                            new Column("demander", "Made by", Show.LINK, "demanderName"),
                            new Column("addressee", "Of", Show.LINK, "addresseeName"),
                            new Column("topicName", "Topic", Show.TEXT),
                            new Column("condition", "Condition", Show.TEXT),
                            new Column("date", "Date", Show.DATE),
                            new Column("negotiation", "About", Show.LINK, "negotiationLabel"),
                            new Column("articles", "Reported in", Show.LIST)),
                    List.of(new Facet("party", "Party", "party"),
                            new Facet("demanderKind", "Kind of demander", "demanderKind"),
                            new Facet("topic", "Topic", "topic"),
                            new Facet("outlet", "Outlet", "outlets")),
                    "date", "date", true),
            new BrowsePage("actors", "Actors", "actors", "actor-list",
                    "People, countries and organisations, with how often they speak, demand and take part in talks.",
                    List.of(new Column("actor", "Actor", Show.LINK, "actorName"),
                            new Column("kindName", "Kind", Show.TEXT),
                            new Column("role", "Role", Show.TEXT),
                            new Column("affiliation", "Belongs to", Show.LINK, "affiliationName"),
                            new Column("statements", "Statements", Show.NUMBER),
                            new Column("demands", "Demands", Show.NUMBER),
                            new Column("negotiations", "Negotiations", Show.NUMBER)),
                    List.of(new Facet("kind", "Kind", "kind")),
                    null, "statements", true),
            new BrowsePage("articles", "Articles", "articles", "article-list",
                    "The articles loaded, with what was found in each.",
                    List.of(new Column("article", "Title", Show.LINK, "title"),
                            new Column("outlet", "Outlet", Show.LINK, "outletName"),
                            new Column("date", "Published", Show.DATE),
                            new Column("statements", "Statements", Show.NUMBER),
                            new Column("demands", "Demands", Show.NUMBER),
                            new Column("negotiations", "Negotiations", Show.NUMBER)),
                    List.of(new Facet("outlet", "Outlet", "outlet")),
                    "date", "date", true));
}
