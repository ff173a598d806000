package org.parley.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.parley.load.Loader;
import org.parley.load.Pipeline;
import org.parley.rdf.ArticleMapper;
import org.parley.rdf.Iris;
import org.parley.rdf.Nodes;
import org.parley.rdf.StoredArticle;
import org.parley.read.Article;
import org.parley.vocab.Parley;

/**
 * One article through the language steps and the mapping, as N-Quads lines: the article's named
 * graph exactly as {@code ./parley load} stores it, and apart, the mark in the resolution index that
 * says it awaits resolution (for a job that leaves resolution to bulk-load).
 */
final class ArticleQuads {
    private ArticleQuads() {}

    /**
     * What one article became: its graph IRI, its IRI and source key (to keep one of two copies), the
     * N-Quads of its graph, the mark that it awaits resolution (for bulk-load to resolve it), its tokens.
     */
    record Result(String graph, String article, String sourceKey, String nquads, String awaitingMark, int tokens)
            implements Serializable {}

    static Result of(Article article, Pipeline pipeline, Iris iris) throws Pipeline.StepException {
        Loader.Identity id = Loader.Identity.of(iris, article);
        String articleIri = id.article();
        String hash = id.contentHash();
        Node graph = Nodes.iri(id.graph());
        Pipeline.Result result = pipeline.process(article);
        Graph g = GraphFactory.createDefaultGraph();
        new ArticleMapper(iris).map(new StoredArticle(articleIri, hash, article, result.extraction()), StreamRDFLib.graph(g));
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        StreamRDF out = StreamRDFWriter.getWriterStream(text, RDFFormat.NQUADS);
        out.start();
        List<Quad> quads = new ArrayList<>();
        g.find().forEachRemaining(t -> quads.add(new Quad(graph, t)));
        quads.forEach(out::quad);
        out.finish();
        java.io.ByteArrayOutputStream mark = new java.io.ByteArrayOutputStream();
        StreamRDF markOut = StreamRDFWriter.getWriterStream(mark, RDFFormat.NQUADS);
        markOut.start();
        markOut.quad(new Quad(Nodes.iri(iris.resolutionGraph()), Nodes.iri(articleIri), Parley.awaitsResolution, Nodes.bool(true)));
        markOut.finish();
        return new Result(graph.getURI(), articleIri, article.sourceKey(), text.toString(java.nio.charset.StandardCharsets.UTF_8),
                mark.toString(java.nio.charset.StandardCharsets.UTF_8), result.tokens());
    }
}
