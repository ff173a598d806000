package org.parley.serve.sparql;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.parley.serve.Requests;
import org.parley.serve.StoreView;

/**
 * Tells the store view about every SPARQL Update and Graph Store Protocol write that succeeded, so
 * that cached answers, pages and the search index see it: such a write changes nothing that a load
 * writes (the run record, the resolution's digest), which is what the view's version otherwise
 * follows. Queries, even posted ones, are not writes and pass untouched.
 */
public final class EditsSeen implements Filter {
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    private final StoreView view;
    private final Set<String> writingPaths;

    /** @param writingPaths the paths of the update and read-write graph store endpoints */
    public EditsSeen(StoreView view, Set<String> writingPaths) {
        this.view = view;
        this.writingPaths = Set.copyOf(writingPaths);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (request instanceof HttpServletRequest in && response instanceof HttpServletResponse out
                && !READING.contains(in.getMethod()) && writingPaths.contains(Requests.path(in))
                && out.getStatus() < 300) {
            view.edited();
        }
    }
}
