package org.parley.serve;

import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;

/**
 * One log line per request (Jetty's request log in the extended NCSA format, plus the time taken in
 * milliseconds), through SLF4J to the logger {@code org.parley.serve.access}.
 */
final class AccessLog {
    static final String LOGGER = "org.parley.serve.access";

    private AccessLog() {}

    static RequestLog create() {
        Slf4jRequestLogWriter writer = new Slf4jRequestLogWriter();
        writer.setLoggerName(LOGGER);
        return new CustomRequestLog(writer, CustomRequestLog.EXTENDED_NCSA_FORMAT + " %{ms}Tms");
    }
}
