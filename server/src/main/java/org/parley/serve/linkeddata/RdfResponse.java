package org.parley.serve.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.Optional;
import org.apache.jena.graph.Triple;

/** Writes a set of triples as the RDF syntax the request's {@code Accept} header asks for. */
public final class RdfResponse {
    private RdfResponse() {}

    /** Turtle when the client names no RDF type (a browser, curl without a header); 406 when it accepts none we write. */
    public static void write(Collection<Triple> triples, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("Vary", "Accept");
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank() || accept.contains("text/html")) {
            accept = "text/turtle";
        }
        Optional<RdfMediaType> type = Negotiation.choose(accept, RdfMediaType.all()).flatMap(RdfMediaType::forMediaType);
        if (type.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
            response.setContentType("text/plain; charset=utf-8");
            response.getWriter().println("406 Not Acceptable: this description is available as "
                    + String.join(", ", RdfMediaType.all()));
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(type.get().mediaType() + "; charset=utf-8");
        RdfOutput.write(triples, type.get(), response.getOutputStream());
    }
}
