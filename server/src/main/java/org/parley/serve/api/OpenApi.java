package org.parley.serve.api;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.parley.store.SavedQuery;

/**
 * The OpenAPI 3 description of the saved-query API, generated from the query files so that it
 * cannot drift from them: one path per saved query, with its summary, description and typed
 * parameters.
 */
public final class OpenApi {
    private static final String RESULTS_REF = "#/components/schemas/SparqlResults";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private OpenApi() {}

    public static JsonObject describe(List<SavedQuery> queries, String serverUrl, String version) {
        JsonObject doc = new JsonObject();
        doc.addProperty("openapi", "3.0.3");
        JsonObject info = new JsonObject();
        info.addProperty("title", "Parley saved queries");
        info.addProperty("version", version);
        info.addProperty("description", "The SPARQL queries saved in queries/, run against the Parley knowledge graph. "
                + "Parameters follow the grlc/BASIL conventions and are bound as RDF terms, never pasted into query text.");
        doc.add("info", info);
        JsonArray servers = new JsonArray();
        JsonObject server = new JsonObject();
        server.addProperty("url", serverUrl);
        servers.add(server);
        doc.add("servers", servers);

        JsonObject paths = new JsonObject();
        paths.add("/api/queries", listPath());
        for (SavedQuery q : queries) {
            paths.add("/api/queries/" + q.name(), queryPath(q));
        }
        doc.add("paths", paths);
        doc.add("components", components());
        return doc;
    }

    private static JsonObject listPath() {
        JsonObject get = new JsonObject();
        get.addProperty("operationId", "listQueries");
        get.addProperty("summary", "Every saved query with its summary and parameters");
        JsonObject responses = new JsonObject();
        JsonObject ok = new JsonObject();
        ok.addProperty("description", "The saved queries");
        ok.add("content", content("application/json", arrayOf("#/components/schemas/SavedQuery")));
        responses.add("200", ok);
        get.add("responses", responses);
        JsonObject path = new JsonObject();
        path.add("get", get);
        return path;
    }

    private static JsonObject queryPath(SavedQuery q) {
        JsonObject path = new JsonObject();
        JsonObject get = operation(q, "run_" + q.name().replace('-', '_'));
        JsonArray parameters = new JsonArray();
        for (SavedQuery.Parameter p : q.parameters()) {
            parameters.add(parameter(p.name(), p.required(), schema(p.type()), p.type() + " parameter (?" + p.variable() + ")"));
        }
        parameters.add(parameter("limit", false, integerSchema(SavedQueryServlet.DEFAULT_LIMIT, SavedQueryServlet.MAX_LIMIT),
                "Rows per page"));
        parameters.add(parameter("offset", false, integerSchema(0, Integer.MAX_VALUE), "Rows to skip"));
        get.add("parameters", parameters);
        path.add("get", get);

        JsonObject post = operation(q, "post_" + q.name().replace('-', '_'));
        JsonObject form = new JsonObject();
        form.addProperty("type", "object");
        JsonObject properties = new JsonObject();
        JsonArray required = new JsonArray();
        for (SavedQuery.Parameter p : q.parameters()) {
            properties.add(p.name(), schema(p.type()));
            if (p.required()) {
                required.add(p.name());
            }
        }
        properties.add("limit", integerSchema(SavedQueryServlet.DEFAULT_LIMIT, SavedQueryServlet.MAX_LIMIT));
        properties.add("offset", integerSchema(0, Integer.MAX_VALUE));
        form.add("properties", properties);
        if (!required.isEmpty()) {
            form.add("required", required);
        }
        JsonObject body = new JsonObject();
        body.add("content", content("application/x-www-form-urlencoded", form));
        post.add("requestBody", body);
        path.add("post", post);
        return path;
    }

    private static JsonObject operation(SavedQuery q, String id) {
        JsonObject op = new JsonObject();
        op.addProperty("operationId", id);
        op.addProperty("summary", q.summary().isEmpty() ? q.name() : q.summary());
        if (!q.description().isEmpty()) {
            op.addProperty("description", q.description());
        }
        JsonArray tags = new JsonArray();
        tags.add("saved queries");
        op.add("tags", tags);
        JsonObject responses = new JsonObject();
        JsonObject ok = new JsonObject();
        ok.addProperty("description", "One page of results; Link headers point to the first, previous and next pages");
        JsonObject okContent = content("application/sparql-results+json", ref(RESULTS_REF));
        JsonObject text = new JsonObject();
        text.addProperty("type", "string");
        okContent.add("text/csv", mediaType(text));
        okContent.add("text/tab-separated-values", mediaType(text));
        ok.add("content", okContent);
        JsonObject headers = new JsonObject();
        JsonObject link = new JsonObject();
        link.addProperty("description", "RFC 8288 links to the first, previous and next pages");
        link.add("schema", text);
        headers.add("Link", link);
        ok.add("headers", headers);
        responses.add("200", ok);
        responses.add("400", problem("A parameter is missing, unknown or not of its type"));
        responses.add("404", problem("No saved query of that name"));
        responses.add("406", problem("The Accept header names no result format offered"));
        responses.add("503", problem("The query ran past the server's time limit and was stopped"));
        op.add("responses", responses);
        return op;
    }

    /** The JSON Schema of a grlc / BASIL parameter type. */
    static JsonObject schema(String type) {
        JsonObject s = new JsonObject();
        switch (type) {
            case "iri" -> {
                s.addProperty("type", "string");
                s.addProperty("format", "uri");
            }
            case "integer" -> s.addProperty("type", "integer");
            case "decimal" -> s.addProperty("type", "number");
            case "date" -> {
                s.addProperty("type", "string");
                s.addProperty("format", "date");
            }
            case "datetime" -> {
                s.addProperty("type", "string");
                s.addProperty("format", "date-time");
            }
            case "boolean" -> s.addProperty("type", "boolean");
            case "lang" -> {
                s.addProperty("type", "string");
                s.addProperty("pattern", "^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$");
            }
            default -> s.addProperty("type", "string");
        }
        return s;
    }

    private static JsonObject integerSchema(int dflt, int max) {
        JsonObject s = new JsonObject();
        s.addProperty("type", "integer");
        s.addProperty("minimum", 0);
        s.addProperty("maximum", max);
        s.addProperty("default", dflt);
        return s;
    }

    private static JsonObject parameter(String name, boolean required, JsonObject schema, String description) {
        JsonObject p = new JsonObject();
        p.addProperty("name", name);
        p.addProperty("in", "query");
        p.addProperty("required", required);
        p.addProperty("description", description);
        p.add("schema", schema);
        return p;
    }

    private static JsonObject problem(String description) {
        JsonObject r = new JsonObject();
        r.addProperty("description", description);
        r.add("content", content("application/json", ref(PROBLEM_REF)));
        return r;
    }

    private static JsonObject content(String type, JsonObject schema) {
        JsonObject c = new JsonObject();
        c.add(type, mediaType(schema));
        return c;
    }

    private static JsonObject mediaType(JsonObject schema) {
        JsonObject m = new JsonObject();
        m.add("schema", schema);
        return m;
    }

    private static JsonObject ref(String target) {
        JsonObject r = new JsonObject();
        r.addProperty("$ref", target);
        return r;
    }

    private static JsonObject arrayOf(String itemRef) {
        JsonObject a = new JsonObject();
        a.addProperty("type", "array");
        a.add("items", ref(itemRef));
        return a;
    }

    private static JsonObject components() {
        JsonObject schemas = new JsonObject();
        schemas.add("SparqlResults", object(
                "head", object("vars", array(string())),
                "results", object("bindings", array(free()))));
        schemas.add("Problem", object("status", integer(), "error", string()));
        JsonObject param = object("name", string(), "type", string(), "required", bool());
        schemas.add("SavedQuery", object("name", string(), "summary", string(), "description", string(),
                "url", string(), "parameters", array(param), "query", string()));
        JsonObject components = new JsonObject();
        components.add("schemas", schemas);
        return components;
    }

    private static JsonObject object(Object... namesAndSchemas) {
        JsonObject o = new JsonObject();
        o.addProperty("type", "object");
        JsonObject properties = new JsonObject();
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            properties.add((String) namesAndSchemas[i], (JsonObject) namesAndSchemas[i + 1]);
        }
        o.add("properties", properties);
        return o;
    }

    private static JsonObject array(JsonObject items) {
        JsonObject a = new JsonObject();
        a.addProperty("type", "array");
        a.add("items", items);
        return a;
    }

    private static JsonObject string() {
        return typed("string");
    }

    private static JsonObject integer() {
        return typed("integer");
    }

    private static JsonObject bool() {
        return typed("boolean");
    }

    private static JsonObject free() {
        JsonObject o = new JsonObject();
        o.addProperty("type", "object");
        o.addProperty("additionalProperties", true);
        return o;
    }

    private static JsonObject typed(String type) {
        JsonObject o = new JsonObject();
        o.addProperty("type", type);
        return o;
    }
}
