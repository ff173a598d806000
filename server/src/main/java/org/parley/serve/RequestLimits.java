package org.parley.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Refuses request bodies larger than the server accepts, with {@code 413} and a message naming the
 * limit and its option: by the declared length before anything is read, and while reading for a
 * body sent without one. Article uploads have their own, larger limit.
 */
public final class RequestLimits implements Filter {
    private final ServerLimits limits;

    public RequestLimits(ServerLimits limits) {
        this.limits = limits;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
            chain.doFilter(request, response);
            return;
        }
        boolean upload = Requests.path(http).equals(ParleyServer.ARTICLES);
        long maxBytes = upload ? limits.maxUploadBytes() : limits.maxRequestBytes();
        String message = "The request body is larger than this server accepts here (" + Sizes.describe(maxBytes) + ", "
                + (upload ? "--max-upload-size" : "--max-request-size") + ").\n";
        if (http.getContentLengthLong() > maxBytes) {
            out.setStatus(413);
            out.setHeader("Connection", "close");
            out.setContentType("text/plain; charset=utf-8");
            out.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(http.getContentLengthLong() >= 0 ? http : new Counted(http, maxBytes, message.strip()), response);
    }

    /** A body without a declared length, counted as it is read. */
    private static final class Counted extends HttpServletRequestWrapper {
        private final long limit;
        private final String message;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long limit, String message) {
            super(request);
            this.limit = limit;
            this.message = message;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = in.read(b, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > limit) {
                            throw new IOException(message);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
