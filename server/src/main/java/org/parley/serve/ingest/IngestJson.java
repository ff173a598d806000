package org.parley.serve.ingest;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.parley.load.LoadListener;
import org.parley.load.LoadReport;
import org.parley.load.Problem;

/**
 * How a load's progress and report travel between the server and {@code parley load --server}: one
 * JSON object per event ({@code started}, {@code article}, {@code problem}, {@code resolving},
 * {@code finished}), the last holding the whole report. Both sides use this class, so the format
 * lives in one place.
 */
public final class IngestJson {
    private IngestJson() {}

    public static JsonObject started(int files) {
        JsonObject o = event("started");
        o.addProperty("files", files);
        return o;
    }

    public static JsonObject article(String source, String outcome) {
        JsonObject o = event("article");
        o.addProperty("source", source);
        o.addProperty("outcome", outcome);
        return o;
    }

    public static JsonObject problem(Problem p) {
        JsonObject o = event("problem");
        o.addProperty("source", p.source());
        o.addProperty("step", p.step());
        o.addProperty("reason", p.message());
        return o;
    }

    public static JsonObject resolving(int articles) {
        JsonObject o = event("resolving");
        o.addProperty("articles", articles);
        return o;
    }

    /** The whole report: counts, every article's outcome and every problem. */
    public static JsonObject finished(LoadReport report, List<JsonObject> articles) {
        JsonObject o = event("finished");
        o.addProperty("added", report.added());
        o.addProperty("replaced", report.replaced());
        o.addProperty("unchanged", report.unchanged());
        o.addProperty("duplicates", report.duplicates());
        o.addProperty("failed", report.problems().size());
        o.addProperty("tokens", report.tokens());
        o.addProperty("milliseconds", report.elapsed().toMillis());
        o.addProperty("resolved", report.resolved());
        o.addProperty("summary", report.summary());
        JsonArray list = new JsonArray();
        articles.forEach(list::add);
        o.add("articles", list);
        JsonArray problems = new JsonArray();
        report.problems().forEach(p -> problems.add(problem(p)));
        o.add("problems", problems);
        return o;
    }

    /** The report of a {@code finished} event as a plain JSON answer, without the event names a stream needs. */
    public static JsonObject withoutEventNames(JsonObject finished) {
        JsonObject report = finished.deepCopy();
        report.remove("event");
        for (String list : List.of("articles", "problems")) {
            report.getAsJsonArray(list).forEach(e -> e.getAsJsonObject().remove("event"));
        }
        return report;
    }

    /** The report a {@code finished} event holds. */
    public static LoadReport report(JsonObject finished) {
        List<Problem> problems = new ArrayList<>();
        finished.getAsJsonArray("problems").forEach(e -> problems.add(problemOf(e.getAsJsonObject())));
        return new LoadReport(finished.get("added").getAsInt(), finished.get("replaced").getAsInt(),
                finished.get("unchanged").getAsInt(), finished.get("duplicates").getAsInt(), problems,
                finished.get("tokens").getAsLong(), Duration.ofMillis(finished.get("milliseconds").getAsLong()),
                finished.get("resolved").getAsBoolean());
    }

    /** Hands one event to a listener; returns the report when the event is the last. */
    public static java.util.Optional<LoadReport> replay(JsonObject event, LoadListener listener) {
        switch (event.get("event").getAsString()) {
            case "started" -> listener.started(event.get("files").getAsInt());
            case "article" -> listener.article(event.get("source").getAsString(), event.get("outcome").getAsString());
            case "problem" -> listener.problem(problemOf(event));
            case "resolving" -> listener.resolving(event.get("articles").getAsInt());
            case "finished" -> {
                return java.util.Optional.of(report(event));
            }
            default -> {
                // a newer server's event this client does not know: ignored
            }
        }
        return java.util.Optional.empty();
    }

    private static Problem problemOf(JsonObject o) {
        return new Problem(o.get("step").getAsString(), o.get("source").getAsString(), o.get("reason").getAsString());
    }

    private static JsonObject event(String name) {
        JsonObject o = new JsonObject();
        o.addProperty("event", name);
        return o;
    }
}
