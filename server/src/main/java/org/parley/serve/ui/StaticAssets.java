package org.parley.serve.ui;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.parley.serve.Requests;

/**
 * {@code /static/*}: Parley's own stylesheet and scripts, YASGUI from its WebJar, and the bundled
 * timeline and graph libraries ({@code /static/vendor/}), all from the class path, so the UI works
 * on a machine without internet access.
 */
public final class StaticAssets extends HttpServlet {
    private static final String OWN = "org/parley/ui/";
    private static final String YASGUI_POM = "META-INF/maven/org.webjars.npm/zazuko__yasgui/pom.properties";
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "map", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon");

    private final transient String yasguiFolder = "META-INF/resources/webjars/zazuko__yasgui/" + yasguiVersion() + "/build/";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Requests.path(request);
        String resource = resourceFor(path);
        String type = resource == null ? null : TYPES.get(resource.substring(resource.lastIndexOf('.') + 1));
        InputStream in = resource == null || type == null ? null : getClass().getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such asset: " + path);
            return;
        }
        try (in) {
            response.setContentType(type);
            response.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }

    /** The class-path resource a request path names, or null; names cannot climb out of their folder. */
    private String resourceFor(String path) {
        if (path.startsWith("/static/yasgui/")) {
            String name = path.substring("/static/yasgui/".length());
            return SAFE_NAME.matcher(name).matches() ? yasguiFolder + name : null;
        }
        if (path.startsWith("/static/vendor/")) {
            String[] parts = path.substring("/static/vendor/".length()).split("/", -1);
            return parts.length == 2 && SAFE_NAME.matcher(parts[0]).matches() && SAFE_NAME.matcher(parts[1]).matches()
                    ? OWN + "vendor/" + parts[0] + "/" + parts[1] : null;
        }
        String name = path.substring("/static/".length());
        return SAFE_NAME.matcher(name).matches() ? OWN + name : null;
    }

    /** The WebJar records its own version; reading it keeps the version in the POM alone. */
    private static String yasguiVersion() {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(YASGUI_POM)) {
            if (in == null) {
                throw new IllegalStateException("the YASGUI WebJar is not on the class path (" + YASGUI_POM + ")");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
