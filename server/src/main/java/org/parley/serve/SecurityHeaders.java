package org.parley.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts the browser's own defences on every response: a Content-Security-Policy that allows only
 * this server's scripts, styles, images and requests (no inline script, no foreign origin, no
 * framing; the query editor's page alone may also have inline styles),
 * {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY} for browsers
 * that predate {@code frame-ancestors}, and a Referrer-Policy that sends nothing to the sites the
 * data links to. Set before anything else runs, so error pages carry them too.
 */
public final class SecurityHeaders implements Filter {
    /** The UI's scripts and styles are files under /static/; YASGUI draws icons as data: images. */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * The query editor's page only: YASGUI's result table injects a style element to size its
     * columns. Scripts stay as strict as everywhere else.
     */
    public static final String QUERY_EDITOR_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
            "style-src 'self' 'unsafe-inline'");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http && request instanceof HttpServletRequest in) {
            http.setHeader("Content-Security-Policy", Requests.path(in).equals("/query") ? QUERY_EDITOR_POLICY : CONTENT_SECURITY_POLICY);
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("X-Frame-Options", "DENY");
            http.setHeader("Referrer-Policy", "no-referrer");
        }
        chain.doFilter(request, response);
    }
}
