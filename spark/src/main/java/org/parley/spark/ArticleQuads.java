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
 * graph exactly as {@code ./parley load} stores it, and the mark in the resolution index that says
 * it awaits resolution (what bulk-load resolves).
 */
final class ArticleQuads {
    private ArticleQuads() {}

    /** What one article became: its graph IRI and source key (to keep one of two copies), its N-Quads, its tokens. */
    record Result(String graph, String sourceKey, String nquads, int tokens) implements Serializable {}

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
        out.quad(new Quad(Nodes.iri(iris.resolutionGraph()), Nodes.iri(articleIri), Parley.awaitsResolution, Nodes.bool(true)));
        out.finish();
        return new Result(graph.getURI(), article.sourceKey(), text.toString(java.nio.charset.StandardCharsets.UTF_8), result.tokens());
    }
}
