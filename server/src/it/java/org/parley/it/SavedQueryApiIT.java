package org.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.it.ServedExamples.Served;
import org.parley.store.SavedQuery;

/**
 * The saved queries as a web API on a running server: listing, typed parameters bound as RDF terms
 * (values that look like SPARQL stay data), result formats, paging and the OpenAPI description.
 */
@ExtendWith(ServedExamples.class)
class SavedQueryApiIT {
    private static final String JSON = "application/sparql-results+json";

    private final Served served;
    private final Http http;

    SavedQueryApiIT(Served served) {
        this.served = served;
        this.http = served.http();
    }

    @Test
    void listsEverySavedQueryWithItsParameters() throws Exception {
        HttpResponse<String> r = http.get("/api/queries", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonArray list = JsonParser.parseString(r.body()).getAsJsonArray();
        Set<String> listed = new TreeSet<>();
        for (var e : list) {
            JsonObject q = e.getAsJsonObject();
            listed.add(q.get("name").getAsString());
            assertThat(q.get("summary").getAsString()).as(q.get("name").getAsString()).isNotBlank();
        }
        Set<String> files = new TreeSet<>();
        try (var s = Files.list(Cli.HOME.resolve("queries"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).forEach(n -> files.add(n.substring(0, n.length() - 3)));
        }
        assertThat(listed).isEqualTo(files);
        JsonObject about = find(list, "statements-about-negotiation");
        JsonObject param = about.getAsJsonArray("parameters").get(0).getAsJsonObject();
        assertThat(param.get("name").getAsString()).isEqualTo("negotiation");
        assertThat(param.get("type").getAsString()).isEqualTo("iri");
        assertThat(param.get("required").getAsBoolean()).isTrue();
    }

    @Test
    void runsAQueryWithATypedParameter() {
        String negotiation = someNegotiationWithStatements();
        HttpResponse<String> r = http.get("/api/queries/statements-about-negotiation?negotiation=" + Http.encode(negotiation), JSON);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonArray rows = bindings(r.body());
        assertThat(rows).isNotEmpty();
        long expected = count("PREFIX parley: <https://w3id.org/parley/ontology#> SELECT (COUNT(DISTINCT ?s) AS ?n) "
                + "WHERE { ?s a parley:Statement ; parley:concerns <" + negotiation + "> }");
        Set<String> statements = new TreeSet<>();
        rows.forEach(b -> statements.add(b.getAsJsonObject().getAsJsonObject("statement").get("value").getAsString()));
        assertThat(statements).hasSize((int) expected);
    }

    @Test
    void keepsParameterValuesAsDataHoweverTheyLook() {
        long before = served.store().quadCount();
        for (String hostile : List.of("\") } ; DROP ALL ; SELECT * WHERE { (\"", "'} UNION { ?s ?p ?o } #", "treaty\" || true || \"")) {
            HttpResponse<String> r = http.get("/api/queries/search-statements?words=" + Http.encode(hostile), JSON);
            assertThat(r.statusCode()).as(hostile).isEqualTo(200);
            assertThat(bindings(r.body())).as(hostile).isEmpty();
        }
        assertThat(served.store().quadCount()).isEqualTo(before);
        assertThat(bindings(http.get("/api/queries/search-statements?words=treaty", JSON).body())).isNotEmpty();

        HttpResponse<String> iri = http.get("/api/queries/statements-by-speaker?speaker="
                + Http.encode("http://x/> } ; DROP ALL ; SELECT * { <http://y/"), JSON);
        assertThat(iri.statusCode()).isEqualTo(400);
        assertThat(iri.body()).contains("speaker").contains("IRI");
    }

    @Test
    void rejectsMissingUnknownAndMistypedParametersWithAReason() {
        HttpResponse<String> missing = http.get("/api/queries/statements-about-negotiation", JSON);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(error(missing)).contains("missing required parameter 'negotiation'");
        HttpResponse<String> unknown = http.get("/api/queries/articles?colour=blue", JSON);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(error(unknown)).contains("unknown parameter 'colour'");
        HttpResponse<String> date = http.get("/api/queries/search-statements?words=x&since=last+week", JSON);
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(error(date)).contains("since").contains("date");
        HttpResponse<String> limit = http.get("/api/queries/articles?limit=lots", JSON);
        assertThat(limit.statusCode()).isEqualTo(400);
        assertThat(http.get("/api/queries/no-such-query", JSON).statusCode()).isEqualTo(404);
        HttpResponse<String> climbing = http.get("/api/queries/..%2F..%2Fpom", JSON);
        assertThat(climbing.statusCode()).as("a name cannot climb out of queries/").isIn(400, 404);
        assertThat(climbing.body()).doesNotContain("<project");
    }

    @Test
    void answersInTheFormatTheClientAccepts() {
        HttpResponse<String> csv = http.get("/api/queries/articles", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElse("")).startsWith("article,title,outlet");
        assertThat(csv.body().lines().count()).isEqualTo(1 + 7);
        HttpResponse<String> tsv = http.get("/api/queries/articles", "text/tab-separated-values");
        assertThat(tsv.body().lines().findFirst().orElse("")).startsWith("?article\t?title");
        assertThat(bindings(http.get("/api/queries/articles", JSON).body())).hasSize(7);
        assertThat(http.get("/api/queries/articles", "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void pagesWithLimitOffsetAndLinkHeaders() {
        HttpResponse<String> first = http.get("/api/queries/articles?limit=3", JSON);
        assertThat(bindings(first.body())).hasSize(3);
        String links = first.headers().firstValue("Link").orElse("");
        Matcher next = Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(links);
        assertThat(next.find()).as(links).isTrue();
        List<String> seen = new ArrayList<>(articleIris(first.body()));
        String url = next.group(1);
        while (url != null) {
            HttpResponse<String> page = http.get(url, JSON);
            seen.addAll(articleIris(page.body()));
            Matcher m = Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(page.headers().firstValue("Link").orElse(""));
            url = m.find() ? m.group(1) : null;
        }
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void acceptsParametersFromAPostedForm() {
        HttpResponse<String> r = http.postForm("/api/queries/search-statements", "words=treaty&limit=1", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(bindings(r.body())).hasSize(1);
    }

    @Test
    void describesTheApiAsValidOpenApi() {
        HttpResponse<String> r = http.get("/api/openapi.json", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.body());
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.");
        for (String name : List.of("negotiation-timeline", "statements-about-negotiation", "search-statements")) {
            var item = parsed.getOpenAPI().getPaths().get("/api/queries/" + name);
            assertThat(item).as(name).isNotNull();
            assertThat(item.getGet()).isNotNull();
            assertThat(item.getPost()).isNotNull();
        }
        var about = parsed.getOpenAPI().getPaths().get("/api/queries/statements-about-negotiation").getGet().getParameters();
        assertThat(about).anySatisfy(p -> {
            assertThat(p.getName()).isEqualTo("negotiation");
            assertThat(p.getRequired()).isTrue();
            assertThat(p.getSchema().getFormat()).isEqualTo("uri");
        });
        var since = parsed.getOpenAPI().getPaths().get("/api/queries/search-statements").getGet().getParameters();
        assertThat(since).anySatisfy(p -> {
            assertThat(p.getName()).isEqualTo("since");
            assertThat(p.getRequired()).isFalse();
            assertThat(p.getSchema().getFormat()).isEqualTo("date");
        });
    }

    @Test
    void everySavedQueryParsesAndRunsWithoutOptionalParameters() throws Exception {
        try (var files = Files.list(Cli.HOME.resolve("queries"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                SavedQuery q = SavedQuery.read(f);
                StringBuilder params = new StringBuilder();
                for (SavedQuery.Parameter p : q.parameters()) {
                    if (p.required()) {
                        params.append(params.isEmpty() ? "?" : "&").append(p.name()).append('=')
                                .append(Http.encode(p.type().equals("iri") ? someNegotiationWithStatements() : "the"));
                    }
                }
                HttpResponse<String> r = http.get("/api/queries/" + q.name() + params, JSON);
                assertThat(r.statusCode()).as(q.name() + ": " + r.body()).isEqualTo(200);
            }
        }
    }

    private String someNegotiationWithStatements() {
        String[] found = {null};
        served.store().select("PREFIX parley: <https://w3id.org/parley/ontology#> SELECT ?n WHERE { "
                + "?s a parley:Statement ; parley:concerns ?n . ?n a parley:Negotiation } ORDER BY ?n LIMIT 1",
                r -> found[0] = r.getResource("n").getURI());
        assertThat(found[0]).as("a negotiation with statements in the examples").isNotNull();
        return found[0];
    }

    private long count(String sparql) {
        long[] n = {0};
        served.store().select(sparql, r -> n[0] = r.getLiteral("n").getLong());
        return n[0];
    }

    private static List<String> articleIris(String body) {
        List<String> out = new ArrayList<>();
        bindings(body).forEach(b -> out.add(b.getAsJsonObject().getAsJsonObject("article").get("value").getAsString()));
        return out;
    }

    private static JsonArray bindings(String body) {
        return JsonParser.parseString(body).getAsJsonObject().getAsJsonObject("results").getAsJsonArray("bindings");
    }

    private static String error(HttpResponse<String> r) {
        return JsonParser.parseString(r.body()).getAsJsonObject().get("error").getAsString();
    }

    private static JsonObject find(JsonArray list, String name) {
        for (var e : list) {
            if (e.getAsJsonObject().get("name").getAsString().equals(name)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("not listed: " + name);
    }
}
