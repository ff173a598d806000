package org.parley.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** HTML building for Parley's pages: every value from the data goes through {@link #escape}. */
public final class Html {
    private Html() {}

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A link, when {@code href} is a path on this server or an http(s) URL; anything else (a
     * {@code javascript:} or {@code data:} IRI that came with the data) is shown as text, never
     * made clickable.
     */
    public static String link(String href, String text) {
        return anchor(href, "", escape(text));
    }

    /**
     * A link as {@link #link} makes it, with more attributes ({@code class="fact"}, written by the
     * caller, never from the data) around HTML that is already safe; an href that is not this
     * server's or http(s) leaves the HTML unlinked.
     */
    public static String anchor(String href, String attributes, String safeHtml) {
        if (!isSafeHref(href)) {
            return "<span class=\"iri\">" + safeHtml + "</span>";
        }
        return "<a " + (attributes.isEmpty() ? "" : attributes + " ") + "href=\"" + escape(href) + "\">" + safeHtml + "</a>";
    }

    /** A path on this server ({@code /...}, not {@code //host}) or an absolute http(s) URL. */
    public static boolean isSafeHref(String href) {
        if (href == null || href.isEmpty()) {
            return false;
        }
        if (href.startsWith("/")) {
            return !href.startsWith("//") && !href.startsWith("/\\");
        }
        String lower = href.strip().toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && href.chars().noneMatch(c -> c < 0x20);
    }

    /** A whole page with Parley's navigation; {@code body} must already be safe HTML. */
    public static String page(String title, String body) {
        return page(title, body, "");
    }

    public static String page(String title, String body, String head) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " · Parley</title>"
                + "<link rel=\"stylesheet\" href=\"/static/parley.css\">" + head + "</head><body>"
                + "<header><nav><a class=\"brand\" href=\"/\">Parley</a>"
                + "<a href=\"/timeline\">Timeline</a><a href=\"/browse/negotiations\">Negotiations</a>"
                + "<a href=\"/browse/statements\">Statements</a><a href=\"/browse/demands\">Demands</a>"
                + "<a href=\"/browse/actors\">Actors</a><a href=\"/browse/articles\">Articles</a>"
                + "<a href=\"/queries\">Queries</a><a href=\"/query\">SPARQL</a>"
                + "<form class=\"search\" role=\"search\" method=\"get\" action=\"/search\">"
                + "<input type=\"search\" name=\"q\" aria-label=\"Search\" placeholder=\"Search statements, demands, actors, articles\">"
                + "<button type=\"submit\">Search</button></form></nav></header><main>"
                + body + "</main><footer>Parley · <a href=\"/api/openapi.json\">API</a> · "
                + "<a href=\"/parley/sparql\">SPARQL endpoint</a> · <a href=\"/.well-known/void\">VoID</a> · "
                + "<a href=\"/dumps/parley.nq.gz\">dump</a></footer></body></html>";
    }

    /** A script from this server's {@code /static/}, loaded after the page is parsed (no inline script anywhere). */
    public static String script(String path) {
        return "<script src=\"" + escape(path) + "\" defer></script>";
    }

    public static String stylesheet(String path) {
        return "<link rel=\"stylesheet\" href=\"" + escape(path) + "\">";
    }

    /** Sends a whole page; {@code body} and {@code head} must already be safe HTML. */
    public static void send(HttpServletResponse response, int status, String title, String body, String head)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        response.getOutputStream().write(page(title, body, head).getBytes(StandardCharsets.UTF_8));
    }

    public static void send(HttpServletResponse response, int status, String title, String body) throws IOException {
        send(response, status, title, body, "");
    }
}
