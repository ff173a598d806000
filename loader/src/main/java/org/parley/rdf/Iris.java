package org.parley.rdf;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The IRIs Parley mints, all under one base ({@code --base}). Paths follow one scheme so that the
 * server can serve any of them, whatever host the base named:
 * <pre>
 *   {base}id/article/{hash}            an article; its mentions are {base}id/article/{hash}#{local id}
 *   {base}id/{kind}/{key}              person, country, organization, place, outlet, statement,
 *                                      demand, negotiation, delegation, run, dataset
 *   {base}graph/article/{hash}         the named graph of one article
 *   {base}graph/resolved               what Parley concludes across articles
 *   {base}graph/resolution             the resolution index (blocking keys, articles awaiting resolution)
 *   {base}graph/runs                   load runs and the dataset description
 *   {base}graph/vocabulary             the ontology and its concept schemes
 * </pre>
 */
public final class Iris {
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private final String base;

    public Iris(String base) {
        requireNonNull(base, "base");
        String b = base.endsWith("/") ? base : base + "/";
        try {
            URI uri = new URI(b);
            if (!uri.isAbsolute() || uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("base IRI must be an absolute http(s) IRI without query or fragment: " + base);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base IRI is not a valid IRI: " + base, e);
        }
        this.base = b;
    }

    public String base() {
        return base;
    }

    /** Where every minted resource lives: {@code {base}id/}. */
    public String idSpace() {
        return base + "id/";
    }

    public String article(String contentId) {
        return base + "id/article/" + contentId;
    }

    public String articleGraph(String contentId) {
        return base + "graph/article/" + contentId;
    }

    public String articleGraphPrefix() {
        return base + "graph/article/";
    }

    /** The id of an article from its IRI or its graph's IRI. */
    public String contentIdOf(String articleOrGraphIri) {
        return articleOrGraphIri.substring(articleOrGraphIri.lastIndexOf('/') + 1);
    }

    public String graphOfArticle(String articleIri) {
        return articleGraph(contentIdOf(articleIri));
    }

    public static String mention(String articleIri, String localId) {
        return articleIri + "#" + localId;
    }

    public String resource(String kind, String key) {
        return base + "id/" + kind + "/" + key;
    }

    public String country(String alpha2) {
        return resource("country", alpha2.toLowerCase(Locale.ROOT));
    }

    public String organization(String id) {
        return resource("organization", id);
    }

    public String place(String slug) {
        return resource("place", slug);
    }

    public String outlet(String name) {
        return resource("outlet", slug(name));
    }

    public String run(String stamp) {
        return resource("run", stamp);
    }

    public String dataset() {
        return base + "id/dataset";
    }

    public String resolvedGraph() {
        return base + "graph/resolved";
    }

    /** The resolution index: blocking keys of mentions, and articles awaiting resolution. */
    public String resolutionGraph() {
        return base + "graph/resolution";
    }

    public String runsGraph() {
        return base + "graph/runs";
    }

    public String vocabularyGraph() {
        return base + "graph/vocabulary";
    }

    /** The canonical IRI a lexicon key names ({@code country:UA}, {@code org:nato}, {@code place:lome}). */
    public String forKey(String key) {
        int colon = key.indexOf(':');
        String kind = key.substring(0, colon);
        String value = key.substring(colon + 1);
        return switch (kind) {
            case "country" -> country(value);
            case "org" -> organization(value);
            case "place" -> place(value);
            default -> throw new IllegalArgumentException("unknown key kind: " + key);
        };
    }

    /** Lower case ASCII words joined by hyphens: "Côte d'Ivoire's Foreign Ministry" becomes "cote-d-ivoire-s-foreign-ministry". */
    public static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 80) {
            s = s.substring(0, 80).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "x" : s;
    }
}
