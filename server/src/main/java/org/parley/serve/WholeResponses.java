package org.parley.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Holds a query's answer until it is complete, then sends it with its length: a query stopped at
 * its time limit, or an answer larger than the limit, becomes an error status with a message,
 * never a {@code 200} with a truncated body (once a status is sent it cannot be taken back). The
 * whole-store dump is streamed on purpose and is not routed through this filter.
 */
public final class WholeResponses implements Filter {
    private final long maxBytes;

    public WholeResponses(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(response instanceof HttpServletResponse http)) {
            chain.doFilter(request, response);
            return;
        }
        Held held = new Held(http, maxBytes);
        try {
            chain.doFilter(request, held);
        } catch (TooLarge e) {
            held.tooLarge = true;
        }
        held.finish();
    }

    /** Thrown into the writer of an answer that passed the limit, to stop it. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("the answer is larger than the server's limit");
        }
    }

    private static final class Held extends HttpServletResponseWrapper {
        private final HttpServletResponse real;
        private final long maxBytes;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean errorSent;
        private boolean tooLarge;

        Held(HttpServletResponse real, long maxBytes) {
            super(real);
            this.real = real;
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        check(1);
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        check(len);
                        body.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("blocking writes only");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        private void check(int more) throws TooLarge {
            if (body.size() + (long) more > maxBytes) {
                tooLarge = true;
                throw new TooLarge();
            }
        }

        @Override
        public void flushBuffer() {
            // held until the answer is complete
        }

        @Override
        public boolean isCommitted() {
            return errorSent;
        }

        @Override
        public void resetBuffer() {
            body.reset();
        }

        @Override
        public void reset() {
            // keeps the headers set before the answer began (the security headers among them)
            body.reset();
        }

        @Override
        public void setContentLength(int len) {
            // set from what was actually written
        }

        @Override
        public void setContentLengthLong(long len) {
            // set from what was actually written
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            body.reset();
            errorSent = true;
            real.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            body.reset();
            errorSent = true;
            real.sendError(sc);
        }

        void finish() throws IOException {
            if (errorSent) {
                return;
            }
            if (tooLarge) {
                real.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
                real.setContentType("text/plain; charset=utf-8");
                real.getOutputStream().write(("The answer is larger than this server sends at once (" + (maxBytes >> 20)
                        + " MB, --max-result-size). Ask for less (LIMIT and OFFSET, or a saved query's paging), "
                        + "or take the whole graph from /dumps/parley.nq.gz.\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (writer != null) {
                writer.flush();
            }
            real.setContentLengthLong(body.size());
            body.writeTo(real.getOutputStream());
        }
    }
}
