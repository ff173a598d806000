package org.parley.serve;

import jakarta.servlet.http.HttpServletRequest;

/** What the servlets read off a request the same way. */
public final class Requests {
    private Requests() {}

    /** The scheme, host and port the client used to reach this server, for absolute links. */
    public static String serverUrl(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    }

    /** The request's path inside the server, without the query string. */
    public static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
