package org.parley.serve.api;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.system.Txn;
import org.parley.serve.QueryWatchdog;
import org.parley.serve.Requests;
import org.parley.serve.StoreView;
import org.parley.serve.VersionedCache;
import org.parley.serve.linkeddata.Negotiation;
import org.parley.store.ParleyStore;
import org.parley.store.ParameterBinder;
import org.parley.store.QueryRunner;
import org.parley.store.SavedQuery;

/**
 * The saved queries as a web API:
 * <ul>
 *   <li>{@code GET /api/queries}: every saved query with its summary and parameters;</li>
 *   <li>{@code GET|POST /api/queries/{name}}: runs {@code queries/{name}.rq} with parameters from the
 *       query string or form, bound by type through Jena's substitution API; results as SPARQL
 *       JSON, CSV or TSV by {@code Accept}, paged with {@code limit} and {@code offset} and
 *       {@code Link} headers;</li>
 *   <li>{@code GET /api/openapi.json}: the OpenAPI 3 description, generated from the query files.</li>
 * </ul>
 */
public final class SavedQueryServlet extends HttpServlet {
    /** Rows in a page when the caller does not say; the most a caller may ask for. */
    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10000;
    private static final List<String> RESULT_TYPES = List.of("application/sparql-results+json", "application/json",
            "text/csv", "text/tab-separated-values");
    /** The longest Link header sent; pages with longer links go without (the limit and offset still work). */
    private static final int MAX_LINK_HEADER = 4096;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** Answers larger than this are sent but not kept. */
    private static final int CACHED_BYTES = 16 << 20;

    private final transient ParleyStore store;
    private final transient Path queries;
    private final transient QueryWatchdog watchdog;
    private final String version;
    private final int maxParameterChars;
    private final transient VersionedCache<String, Answer> answers;

    /** @param maxParameterChars the longest parameter value accepted; longer ones are refused with 400 */
    public SavedQueryServlet(StoreView view, Path queries, QueryWatchdog watchdog, String version, int maxParameterChars) {
        this.store = view.store();
        this.queries = queries;
        this.watchdog = watchdog;
        this.version = version;
        this.maxParameterChars = maxParameterChars;
        this.answers = new VersionedCache<>(view, 64);
    }

    /**
     * A whole answer, kept until the store changes: the same call (the timeline's data) is not run again.
     * {@code link} is null when the paging links would be too long for a header.
     */
    private record Answer(String contentType, String link, byte[] body) {}

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        route(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        route(request, response);
    }

    private void route(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Requests.path(request);
        if (path.equals("/api/openapi.json")) {
            json(response, 200, OpenApi.describe(SavedQuery.all(queries), Requests.serverUrl(request), version));
        } else if (path.equals("/api/prefixes")) {
            // The query editor completes prefixes from here rather than from prefix.cc: the UI loads nothing from elsewhere.
            JsonObject prefixes = new JsonObject();
            new java.util.TreeMap<>(org.parley.vocab.Ontology.prefixes().getNsPrefixMap()).forEach(prefixes::addProperty);
            json(response, 200, prefixes);
        } else if (path.equals("/api/queries") || path.equals("/api/queries/")) {
            json(response, 200, list(request));
        } else if (path.startsWith("/api/queries/")) {
            run(path.substring("/api/queries/".length()), request, response);
        } else {
            problem(response, 404, "no such API path: " + path + " (see /api/openapi.json)");
        }
    }

    private JsonArray list(HttpServletRequest request) throws IOException {
        JsonArray out = new JsonArray();
        for (SavedQuery q : SavedQuery.all(queries)) {
            JsonObject o = new JsonObject();
            o.addProperty("name", q.name());
            o.addProperty("summary", q.summary());
            o.addProperty("description", q.description());
            o.addProperty("url", Requests.serverUrl(request) + "/api/queries/" + q.name());
            JsonArray params = new JsonArray();
            for (SavedQuery.Parameter p : q.parameters()) {
                JsonObject po = new JsonObject();
                po.addProperty("name", p.name());
                po.addProperty("type", p.type());
                po.addProperty("required", p.required());
                params.add(po);
            }
            o.add("parameters", params);
            o.addProperty("query", q.text());
            out.add(o);
        }
        return out;
    }

    private void run(String name, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Path> file = SavedQuery.locate(queries, name);
        if (file.isEmpty()) {
            problem(response, 404, "no saved query named '" + name + "' (see /api/queries)");
            return;
        }
        SavedQuery saved = SavedQuery.read(file.get());
        Map<String, String> given = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> given.put(k, v.length == 0 ? "" : v[0]));
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (e.getKey().length() > 100 || e.getValue().length() > maxParameterChars) {
                problem(response, 400, "parameter '" + e.getKey().substring(0, Math.min(100, e.getKey().length())) + "' is "
                        + e.getValue().length() + " characters long; this server accepts at most " + maxParameterChars
                        + " (--max-parameter-length)");
                return;
            }
        }
        Map<String, Node> bound;
        int limit;
        int offset;
        try {
            bound = ParameterBinder.bind(saved, given);
            limit = paging(given, "limit", DEFAULT_LIMIT, MAX_LIMIT);
            offset = paging(given, "offset", 0, Integer.MAX_VALUE);
        } catch (ParameterBinder.BadParameter e) {
            problem(response, 400, e.getMessage());
            return;
        }
        Query query;
        try {
            query = QueryRunner.parse(saved.text());
        } catch (QueryRunner.InvalidQueryException e) {
            problem(response, 500, "saved query " + name + " does not parse: " + e.getMessage());
            return;
        }
        if (!query.isSelectType()) {
            problem(response, 500, "saved query " + name + " is not a SELECT query");
            return;
        }
        Optional<String> type = Negotiation.choose(request.getHeader("Accept"), RESULT_TYPES);
        if (type.isEmpty()) {
            response.setHeader("Vary", "Accept");
            problem(response, 406, "results are available as " + String.join(", ", RESULT_TYPES));
            return;
        }
        query.setLimit(limit);
        query.setOffset(offset);
        String key = name + "\n" + type.get() + "\n" + new java.util.TreeMap<>(given);
        Answer answer;
        try {
            answer = answers.get(key, () -> {
                Answer a = answer(request, name, query, bound, given, type.get());
                return a.body().length <= CACHED_BYTES ? a : null;
            });
            if (answer == null) {
                answer = answer(request, name, query, bound, given, type.get());
            }
        } catch (QueryCancelledException e) {
            problem(response, 503, "the query took longer than " + watchdog.limit().toSeconds() + " s and was stopped");
            return;
        }
        response.setHeader("Vary", "Accept");
        if (answer.link() != null) {
            response.setHeader("Link", answer.link());
        }
        response.setStatus(200);
        response.setContentType(answer.contentType());
        response.getOutputStream().write(answer.body());
    }

    /** Runs the query and writes the whole answer, with its paging links, into memory. */
    private Answer answer(HttpServletRequest request, String name, Query query, Map<String, Node> bound,
                          Map<String, String> given, String type) {
        Rows rows = execute(query, bound);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String contentType = write(rows, type, body);
        String link = links(request, name, given, (int) query.getLimit(), (int) query.getOffset(), rows.bindings().size());
        return new Answer(contentType, link, body.toByteArray());
    }

    private record Rows(List<Var> vars, List<Binding> bindings) {}

    /** Runs the query under the watchdog and copies the rows out of the read transaction. */
    private Rows execute(Query query, Map<String, Node> bound) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryRunner.bind(QueryExecution.dataset(store.dataset()).query(query), bound).build()) {
                return watchdog.watch(qe, () -> {
                    ResultSet rs = qe.execSelect();
                    List<Var> vars = rs.getResultVars().stream().map(Var::alloc).toList();
                    List<Binding> out = new ArrayList<>();
                    while (rs.hasNext()) {
                        Binding b = rs.nextBinding();
                        BindingBuilder copy = BindingFactory.builder();
                        for (Var v : vars) {
                            Node n = b.get(v);
                            if (n != null) {
                                copy.add(v, n);
                            }
                        }
                        out.add(copy.build());
                    }
                    return new Rows(vars, out);
                });
            }
        });
    }

    /** Writes the rows in the chosen format and returns its content type. */
    private static String write(Rows rows, String type, OutputStream out) {
        Iterator<Binding> it = rows.bindings().iterator();
        ResultSet rs = ResultSet.adapt(RowSetStream.create(rows.vars(), it));
        switch (type) {
            case "text/csv" -> {
                ResultSetFormatter.outputAsCSV(out, rs);
                return "text/csv; charset=utf-8";
            }
            case "text/tab-separated-values" -> {
                ResultSetFormatter.outputAsTSV(out, rs);
                return "text/tab-separated-values; charset=utf-8";
            }
            default -> {
                ResultSetFormatter.outputAsJSON(out, rs);
                return "application/sparql-results+json; charset=utf-8";
            }
        }
    }

    /** {@code Link} headers to the first, previous and next pages (RFC 8288). */
    private static String links(HttpServletRequest request, String name, Map<String, String> given, int limit, int offset,
                                int returned) {
        List<String> links = new ArrayList<>();
        links.add(link(request, name, given, limit, 0, "first"));
        if (offset > 0) {
            links.add(link(request, name, given, limit, Math.max(0, offset - limit), "prev"));
        }
        if (returned == limit) {
            links.add(link(request, name, given, limit, offset + limit, "next"));
        }
        String header = String.join(", ", links);
        // Jetty answers 500 when the headers outgrow its buffer; long parameters make long links.
        return header.length() <= MAX_LINK_HEADER ? header : null;
    }

    private static String link(HttpServletRequest request, String name, Map<String, String> given, int limit, int offset,
                               String rel) {
        StringBuilder url = new StringBuilder("/api/queries/").append(name).append('?');
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (!ParameterBinder.PAGING.contains(e.getKey())) {
                url.append(encode(e.getKey())).append('=').append(encode(e.getValue())).append('&');
            }
        }
        url.append("limit=").append(limit).append("&offset=").append(offset);
        return "<" + url + ">; rel=\"" + rel + "\"";
    }

    private static int paging(Map<String, String> given, String name, int otherwise, int max)
            throws ParameterBinder.BadParameter {
        String v = given.get(name);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 0 || n > max) {
                throw new ParameterBinder.BadParameter(name + " must be between 0 and " + max + ", not " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ParameterBinder.BadParameter(name + " must be a whole number, not '" + v + "'");
        }
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void json(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        response.getOutputStream().write(GSON.toJson(body instanceof JsonObject || body instanceof JsonArray
                ? body : GSON.toJsonTree(body)).getBytes(StandardCharsets.UTF_8));
    }

    private static void problem(HttpServletResponse response, int status, String message) throws IOException {
        JsonObject o = new JsonObject();
        o.addProperty("status", status);
        o.addProperty("error", message);
        json(response, status, o);
    }
}
