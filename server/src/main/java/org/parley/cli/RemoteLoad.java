package org.parley.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parley.load.LoadListener;
import org.parley.load.LoadReport;
import org.parley.load.Problem;
import org.parley.read.ArticleSources;
import org.parley.read.Manifest;
import org.parley.read.Metadata;
import org.parley.serve.ParleyServer;
import org.parley.serve.ingest.ArticlesServlet;
import org.parley.serve.ingest.IngestJson;
import org.parley.serve.ingest.Upload;

/**
 * {@code parley load --server}: sends articles to a running server's {@code /api/articles} in
 * batches, with their manifest metadata, and shows the server's per-article outcomes as they come,
 * exactly as a local load shows its own. Files that cannot be read here are reported here.
 */
final class RemoteLoad {
    private static final int BATCH_FILES = 100;
    private static final long BATCH_BYTES = 16L << 20;

    private final URI articles;
    private final String authorization;
    private final LoadListener listener;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

    RemoteLoad(String serverUrl, String user, String password, LoadListener listener) {
        String base = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
        this.articles = URI.create(base + ParleyServer.ARTICLES);
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.listener = listener;
    }

    /** Why the server could not take a batch: the load stops. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    LoadReport load(List<String> paths, Manifest manifest, long maxFileBytes) throws Refused, IOException, InterruptedException {
        Instant start = Instant.now();
        ArticleSources.Listing listing = new ArticleSources(manifest, maxFileBytes).list(paths);
        listener.started(listing.files().size());
        Total total = new Total();
        manifest.problems().forEach(p -> total.problem(new Problem("manifest", p.source(), p.message()), listener));
        listing.problems().forEach(f -> total.problem(new Problem("read", f.source(), f.reason()), listener));
        for (List<ArticleSources.Named> batch : batches(listing.files())) {
            send(batch, manifest, total);
        }
        manifest.missingFiles().forEach(p -> total.problem(new Problem("manifest", p.source(), p.message()), listener));
        LoadReport report = total.report(Duration.between(start, Instant.now()));
        listener.finished(report);
        return report;
    }

    /** Batches of files small enough for one request, no two with the same file name (the manifest matches by name). */
    private static List<List<ArticleSources.Named>> batches(List<ArticleSources.Named> files) throws IOException {
        List<List<ArticleSources.Named>> out = new ArrayList<>();
        List<ArticleSources.Named> current = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long bytes = 0;
        for (ArticleSources.Named f : files) {
            long size = Files.size(f.file());
            String name = Upload.safeName(f.label());
            if (!current.isEmpty() && (current.size() >= BATCH_FILES || bytes + size > BATCH_BYTES || names.contains(name))) {
                out.add(current);
                current = new ArrayList<>();
                names.clear();
                bytes = 0;
            }
            current.add(f);
            names.add(name);
            bytes += size;
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private void send(List<ArticleSources.Named> batch, Manifest manifest, Total total)
            throws Refused, IOException, InterruptedException {
        String boundary = "parley-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String csv = manifestFor(batch, manifest);
        if (csv != null) {
            part(body, boundary, "manifest", "manifest.csv", null, csv.getBytes(StandardCharsets.UTF_8));
        }
        for (ArticleSources.Named f : batch) {
            byte[] content;
            try {
                content = Files.readAllBytes(f.file());
            } catch (IOException e) {
                total.problem(new Problem("read", f.label(), "cannot read file: " + e.getMessage()), listener);
                continue;
            }
            part(body, boundary, "file", f.label(), f.file().toAbsolutePath().normalize().toUri().toString(), content);
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(articles)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", ArticlesServlet.EVENTS)
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException e) {
            throw new Refused("cannot reach the server at " + articles.resolve("/") + " (is it running, with --allow-update?)");
        }
        if (response.statusCode() != 200) {
            throw new Refused(refusal(response));
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            boolean finished = false;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonObject event = JsonParser.parseString(line).getAsJsonObject();
                String kind = event.get("event").getAsString();
                if (kind.equals("error")) {
                    throw new Refused("the server: " + event.get("error").getAsString());
                }
                if (kind.equals("started")) {
                    continue;
                }
                if (kind.equals("problem")) {
                    total.problems.add(new Problem(event.get("step").getAsString(), event.get("source").getAsString(),
                            event.get("reason").getAsString()));
                }
                Optional<LoadReport> report = IngestJson.replay(event, listener);
                if (report.isPresent()) {
                    total.add(report.get());
                    finished = true;
                }
            }
            if (!finished) {
                throw new Refused("the server stopped answering before the batch was done; what it reported above is stored");
            }
        } catch (JsonSyntaxException | IllegalStateException e) {
            throw new Refused("the server's answer is not Parley's: " + e.getMessage());
        }
    }

    /** The rows of the local manifest for this batch's files, named as the server will find them; null when there are none. */
    private static String manifestFor(List<ArticleSources.Named> batch, Manifest manifest) throws IOException {
        StringWriter out = new StringWriter();
        int rows = 0;
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord("file", "url", "title", "outlet", "published", "language");
            for (ArticleSources.Named f : batch) {
                Optional<Metadata> m = manifest.lookup(f.file());
                if (m.isPresent()) {
                    Metadata md = m.get();
                    csv.printRecord(Upload.safeName(f.label()), md.url().orElse(""), md.title().orElse(""), md.outlet().orElse(""),
                            md.published().map(Object::toString).orElse(""), md.language().orElse(""));
                    rows++;
                }
            }
        }
        return rows == 0 ? null : out.toString();
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, String source,
                             byte[] content) throws IOException {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"")
                .append(fileName.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", " ").replace("\n", " ")).append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n");
        if (source != null) {
            head.append(ArticlesServlet.SOURCE_HEADER).append(": ").append(source.replace("\r", "").replace("\n", "")).append("\r\n");
        }
        head.append("\r\n");
        body.write(head.toString().getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private String refusal(HttpResponse<InputStream> response) throws IOException {
        String text;
        try (InputStream in = response.body()) {
            text = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
        String message = text.strip();
        try {
            JsonObject o = JsonParser.parseString(text).getAsJsonObject();
            if (o.has("error")) {
                message = o.get("error").getAsString();
            }
        } catch (RuntimeException e) {
            // not JSON: the text as it came
        }
        return switch (response.statusCode()) {
            case 401 -> "the server refused the credentials (wrong user or password, or not in its password file)";
            case 404, 405 -> "the server takes no articles at " + articles + " (start it with --allow-update --password-file)";
            default -> "the server answered " + response.statusCode() + ": " + message;
        };
    }

    /** The counts of every batch together. */
    private static final class Total {
        int added;
        int replaced;
        int unchanged;
        int duplicates;
        long tokens;
        boolean resolved;
        final List<Problem> problems = new ArrayList<>();

        void problem(Problem p, LoadListener listener) {
            problems.add(p);
            listener.problem(p);
        }

        void add(LoadReport r) {
            added += r.added();
            replaced += r.replaced();
            unchanged += r.unchanged();
            duplicates += r.duplicates();
            tokens += r.tokens();
            resolved |= r.resolved();
        }

        LoadReport report(Duration elapsed) {
            return new LoadReport(added, replaced, unchanged, duplicates, problems, tokens, elapsed, resolved);
        }
    }
}
