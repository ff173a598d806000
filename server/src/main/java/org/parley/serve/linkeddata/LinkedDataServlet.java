package org.parley.serve.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.parley.serve.Html;
import org.parley.serve.Requests;
import org.parley.serve.StoreView;

/**
 * Serves every IRI Parley mints, by its path, whatever host and port the base IRI named when the
 * data was loaded. The convention (as in the W3C note "Cool URIs for the Semantic Web"):
 * <ul>
 *   <li>{@code /id/{key}} names the thing and answers 303 See Other: to {@code /page/{key}} for a
 *       client that prefers HTML, to {@code /data/{key}} for one that prefers RDF;</li>
 *   <li>{@code /page/{key}} is the HTML page; {@code /data/{key}} the RDF description, by
 *       {@code Accept} (Turtle, JSON-LD, RDF/XML, N-Triples) or by suffix ({@code .ttl},
 *       {@code .jsonld}, {@code .rdf}, {@code .nt});</li>
 *   <li>{@code /graph/{key}} is a named graph's content, as RDF.</li>
 * </ul>
 * Every negotiated answer carries {@code Vary: Accept}; an unknown resource is 404, a media type
 * none of these can give is 406, both with a body saying what is possible.
 */
public final class LinkedDataServlet extends HttpServlet {
    private static final String HTML = "text/html";

    private final transient StoreView view;

    public LinkedDataServlet(StoreView view) {
        this.view = view;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = view.localPath(Requests.path(request));
        String accept = request.getHeader("Accept");
        if (movedByResolution(path, response)) {
            return;
        }
        if (path.startsWith("/id/")) {
            identifier(path.substring(4), accept, response);
        } else if (path.startsWith("/page/")) {
            page(path.substring(6), response);
        } else if (path.startsWith("/data/")) {
            data(path.substring(6), accept, response);
        } else if (path.startsWith("/graph/")) {
            graph(path.substring(7), accept, response);
        } else {
            notFound(path, response);
        }
    }

    /**
     * An IRI that resolution merged into another (or renamed) answers 301 Moved Permanently, to the
     * same view of the instance it now stands for.
     */
    private boolean movedByResolution(String path, HttpServletResponse response) {
        for (String view : List.of("/id/", "/page/", "/data/")) {
            if (path.startsWith(view)) {
                String key = path.substring(view.length());
                Optional<RdfMediaType> suffix = suffix(key);
                String bare = suffix.map(s -> key.substring(0, key.length() - s.suffix().length() - 1)).orElse(key);
                Optional<String> target = this.view.aliasOf(iri(bare)).filter(t -> t.startsWith(this.view.base() + "id/"));
                if (target.isEmpty()) {
                    return false;
                }
                String targetKey = target.get().substring(this.view.base().length() + 3);
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", view + targetKey + suffix.map(s -> "." + s.suffix()).orElse(""));
                return true;
            }
        }
        return false;
    }

    private void identifier(String key, String accept, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        Optional<RdfMediaType> suffix = suffix(key);
        String bare = suffix.map(s -> key.substring(0, key.length() - s.suffix().length() - 1)).orElse(key);
        if (!view.exists(iri(bare))) {
            notFound("/id/" + key, response);
            return;
        }
        if (suffix.isPresent()) {
            redirect(response, "/data/" + key);
            return;
        }
        List<String> offered = new ArrayList<>();
        offered.add(HTML);
        offered.add("application/xhtml+xml");
        offered.addAll(RdfMediaType.all());
        Optional<String> chosen = Negotiation.choose(preferRdfForAnything(accept), offered);
        if (chosen.isEmpty()) {
            notAcceptable(response, offered);
        } else if (chosen.get().equals(HTML) || chosen.get().equals("application/xhtml+xml")) {
            redirect(response, "/page/" + key);
        } else {
            redirect(response, "/data/" + key);
        }
    }

    private void page(String key, HttpServletResponse response) throws IOException {
        String iri = iri(key);
        if (!view.exists(iri)) {
            notFound("/page/" + key, response);
            return;
        }
        ResourcePage.Rendered page = new ResourcePage(view).render(iri);
        Html.send(response, HttpServletResponse.SC_OK, page.title(), page.body(), page.head());
    }

    private void data(String key, String accept, HttpServletResponse response) throws IOException {
        Optional<RdfMediaType> suffix = suffix(key);
        String bare = suffix.map(s -> key.substring(0, key.length() - s.suffix().length() - 1)).orElse(key);
        String iri = iri(bare);
        if (!view.exists(iri)) {
            notFound("/data/" + key, response);
            return;
        }
        Optional<RdfMediaType> type = suffix.or(() -> Negotiation.choose(accept, RdfMediaType.all()).flatMap(RdfMediaType::forMediaType));
        if (suffix.isEmpty()) {
            response.setHeader("Vary", "Accept");
        }
        if (type.isEmpty()) {
            notAcceptable(response, RdfMediaType.all());
            return;
        }
        response.setContentType(type.get().mediaType() + "; charset=utf-8");
        response.setHeader("Link", "<" + iri + ">; rel=\"describedby\"");
        RdfOutput.write(ResourceDescription.of(view, NodeFactory.createURI(iri)), type.get(), response.getOutputStream());
    }

    private void graph(String key, String accept, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        Optional<RdfMediaType> suffix = suffix(key);
        String bare = suffix.map(s -> key.substring(0, key.length() - s.suffix().length() - 1)).orElse(key);
        Node graph = NodeFactory.createURI(view.base() + "graph/" + bare);
        List<Triple> triples = !view.shownGraphs().test(graph) ? List.of()
                : view.store().read(dsg -> dsg.containsGraph(graph) ? dsg.getGraph(graph).find().toList() : List.of());
        if (triples.isEmpty()) {
            notFound("/graph/" + key, response);
            return;
        }
        Optional<RdfMediaType> type = suffix.or(() -> Negotiation.choose(accept, RdfMediaType.all()).flatMap(RdfMediaType::forMediaType));
        if (type.isEmpty()) {
            notAcceptable(response, RdfMediaType.all());
            return;
        }
        response.setContentType(type.get().mediaType() + "; charset=utf-8");
        RdfOutput.write(triples, type.get(), response.getOutputStream());
    }

    /** Clients that accept anything ({@code curl}) get RDF; browsers name text/html and get pages. */
    private static String preferRdfForAnything(String accept) {
        if (accept == null || accept.isBlank() || accept.strip().equals("*/*")) {
            return "text/turtle, */*;q=0.1";
        }
        return accept;
    }

    private String iri(String key) {
        return view.base() + "id/" + key;
    }

    private static Optional<RdfMediaType> suffix(String key) {
        int dot = key.lastIndexOf('.');
        int slash = key.lastIndexOf('/');
        return dot > slash ? RdfMediaType.forSuffix(key.substring(dot + 1)) : Optional.empty();
    }

    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }

    private void notFound(String path, HttpServletResponse response) throws IOException {
        String body = "<h1>Not found</h1><p>Nothing is known as <code>" + Html.escape(view.base() + path.substring(1))
                + "</code>.</p><p>Resources are served at <code>/id/{kind}/{key}</code>; try the "
                + "<a href=\"/browse/negotiations\">negotiations</a>, <a href=\"/browse/actors\">actors</a> or the "
                + "<a href=\"/query\">query page</a>.</p>";
        Html.send(response, HttpServletResponse.SC_NOT_FOUND, "Not found", body);
    }

    private static void notAcceptable(HttpServletResponse response, List<String> offered) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        response.setContentType("text/plain; charset=utf-8");
        response.getOutputStream().write(("406 Not Acceptable: this resource is available as " + String.join(", ", offered)
                + ". Ask for one of these in the Accept header, or add .ttl, .jsonld, .rdf or .nt to the /data/ path.\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
