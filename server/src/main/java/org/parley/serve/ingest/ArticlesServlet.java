package org.parley.serve.ingest;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.InputStreamContentSource;
import org.parley.load.LoadListener;
import org.parley.load.LoadReport;
import org.parley.load.Problem;
import org.parley.read.ArticleFormat;
import org.parley.read.ReadException;
import org.parley.store.StoreException;

/**
 * {@code POST /api/articles}: adds articles to the served store, for the users of the password file
 * only. The body is one article file ({@code text/plain}, {@code text/html}, {@code application/json},
 * {@code application/x-ndjson} for JSON Lines; named by {@code ?name=}, manifest fields as query
 * parameters) or a {@code multipart/form-data} batch (file parts, an optional {@code manifest} CSV
 * part, manifest fields as form fields; a file part may name its source in an
 * {@code X-Parley-Source} header). The answer is the per-article report as JSON; a client that
 * accepts {@code application/x-ndjson} gets each article's outcome as it happens, the report last.
 */
public final class ArticlesServlet extends HttpServlet {
    public static final String SOURCE_HEADER = "X-Parley-Source";
    public static final String EVENTS = "application/x-ndjson";
    private static final Gson GSON = new Gson();
    private static final Map<String, String> BODY_TYPES = Map.of(
            "text/plain", "txt", "text/html", "html", "application/json", "json",
            "application/x-ndjson", "jsonl", "application/jsonl", "jsonl", "application/x-jsonlines", "jsonl");

    private final transient IngestService ingest;
    private final transient Path spool;
    private final long maxBytes;

    public ArticlesServlet(IngestService ingest, Path spool, long maxBytes) {
        this.ingest = ingest;
        this.spool = spool;
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        problem(response, 405, "POST articles here (one file, a multipart batch, or JSON / JSON Lines records); see the README");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRemoteUser() == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Parley\"");
            problem(response, 401, "adding articles needs the credentials of a user in the server's password file");
            return;
        }
        String type = Optional.ofNullable(request.getContentType()).orElse("").toLowerCase(Locale.ROOT);
        String mediaType = type.split(";")[0].strip();
        try (Upload upload = Upload.in(spool)) {
            try {
                if (mediaType.equals("multipart/form-data")) {
                    readParts(request, type, upload);
                } else if (BODY_TYPES.containsKey(mediaType)) {
                    readBody(request, mediaType, upload);
                } else {
                    problem(response, 415, "send multipart/form-data or one article as " + String.join(", ", BODY_TYPES.keySet()));
                    return;
                }
                if (upload.isEmpty()) {
                    problem(response, 400, "the request holds no article file");
                    return;
                }
                upload.prepare();
            } catch (IllegalArgumentException | ReadException e) {
                problem(response, 400, e.getMessage());
                return;
            } catch (IOException e) {
                problem(response, 400, "cannot read the request: " + e.getMessage());
                return;
            }
            load(upload, accepts(request, EVENTS), response);
        }
    }

    private void load(Upload upload, boolean streaming, HttpServletResponse response) throws IOException {
        Events events = new Events(streaming ? response : null);
        if (streaming) {
            response.setStatus(200);
            response.setContentType(EVENTS + "; charset=utf-8");
        }
        LoadReport report;
        try {
            report = ingest.load(upload, events);
        } catch (StoreException e) {
            if (streaming) {
                JsonObject error = new JsonObject();
                error.addProperty("event", "error");
                error.addProperty("error", e.getMessage());
                events.send(error);
            } else {
                problem(response, 500, e.getMessage());
            }
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem(response, 503, "the server is stopping");
            return;
        }
        JsonObject finished = IngestJson.finished(report, events.articles);
        if (streaming) {
            events.send(finished);
        } else {
            json(response, 200, IngestJson.withoutEventNames(finished));
        }
    }

    /** Hears the load, keeps each article's outcome for the report, and streams events when asked to. */
    private static final class Events implements LoadListener {
        private final HttpServletResponse streamTo;
        private final List<JsonObject> articles = new ArrayList<>();

        Events(HttpServletResponse streamTo) {
            this.streamTo = streamTo;
        }

        @Override
        public void started(int files) {
            send(IngestJson.started(files));
        }

        @Override
        public void article(String source, String outcome) {
            JsonObject o = IngestJson.article(source, outcome);
            articles.add(o);
            send(o);
        }

        @Override
        public void problem(Problem problem) {
            send(IngestJson.problem(problem));
        }

        @Override
        public void resolving(int count) {
            send(IngestJson.resolving(count));
        }

        void send(JsonObject event) {
            if (streamTo == null) {
                return;
            }
            try {
                OutputStream out = streamTo.getOutputStream();
                out.write((GSON.toJson(event) + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                // the client went away; the batch is loaded all the same
            }
        }
    }

    private void readBody(HttpServletRequest request, String mediaType, Upload upload) throws IOException {
        String extension = BODY_TYPES.get(mediaType);
        String name = Optional.ofNullable(request.getParameter("name")).filter(n -> !n.isBlank()).orElse("upload." + extension);
        if (ArticleFormat.forFile(Path.of(Upload.safeName(name))).isEmpty()) {
            name = name + "." + extension;
        }
        for (String field : Upload.FIELDS) {
            String value = request.getParameter(field);
            if (value != null) {
                upload.field(field, value);
            }
        }
        upload.add(name, Optional.ofNullable(request.getHeader(SOURCE_HEADER)), request.getInputStream());
    }

    private void readParts(HttpServletRequest request, String contentType, Upload upload) throws IOException {
        String boundary = MultiPart.extractBoundary(contentType);
        if (boundary == null) {
            throw new IllegalArgumentException("multipart/form-data without a boundary");
        }
        MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
        parser.setMaxLength(maxBytes);
        parser.setMaxParts(100_000);
        parser.setMaxMemoryFileSize(1 << 20);
        parser.setFilesDirectory(spool);
        MultiPartFormData.Parts parts;
        try {
            parts = parser.parse(new InputStreamContentSource(request.getInputStream())).get();
        } catch (ExecutionException e) {
            throw new IllegalArgumentException("not a readable multipart/form-data body: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        try (parts) {
            for (MultiPart.Part part : parts) {
                if (part.getFileName() == null) {
                    upload.field(part.getName(), part.getContentAsString(StandardCharsets.UTF_8));
                    continue;
                }
                Content.Source content = Optional.ofNullable(part.newContentSource()).orElseGet(part::getContentSource);
                try (InputStream in = Content.Source.asInputStream(content)) {
                    if ("manifest".equals(part.getName())) {
                        upload.manifest(in);
                    } else {
                        upload.add(part.getFileName(), Optional.ofNullable(part.getHeaders().get(SOURCE_HEADER)), in);
                    }
                }
            }
        }
    }

    private static boolean accepts(HttpServletRequest request, String type) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(type);
    }

    private static void json(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        response.getOutputStream().write(GSON.toJson(body).getBytes(StandardCharsets.UTF_8));
    }

    private static void problem(HttpServletResponse response, int status, String message) throws IOException {
        JsonObject o = new JsonObject();
        o.addProperty("status", status);
        o.addProperty("error", message);
        json(response, status, o);
    }
}
