package org.parley.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.io.file.PathUtils;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.parley.load.LoadListener;
import org.parley.load.Loader;
import org.parley.load.Pipeline;
import org.parley.rdf.Iris;
import org.parley.read.Manifest;
import org.parley.serve.ParleyServer;
import org.parley.store.ParleyStore;
import org.parley.testing.SharedPipeline;

/**
 * The bundled examples loaded once per JVM into a real TDB2 store on disk and served by one real
 * server on a free loopback port, shared by the test classes that only read from it. The store is
 * loaded under the base {@code http://localhost:3030/} while the server listens elsewhere, as a
 * user's server would after the data moved.
 *
 * <p>One extra resource is added: a person whose name is markup, for the tests that check that
 * every page escapes what it shows.
 */
final class ServedExamples implements ParameterResolver {
    static final String BASE = "http://localhost:3030/";
    static final String MARKUP_PERSON = BASE + "id/person/test-markup";
    static final String MARKUP_NAME = "<script>window.parleyHacked=true</script><b>Bold</b> & \"Quoted\"";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ServedExamples.class);

    /** What the tests get: the store, the server and a client for it. */
    record Served(ParleyStore store, ParleyServer server, Path dir) implements AutoCloseable {
        Http http() {
            return new Http(server.port());
        }

        @Override
        public void close() throws Exception {
            server.stop();
            store.close();
            PathUtils.deleteDirectory(dir);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Served.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Pipeline pipeline = SharedPipeline.pipeline(context);
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("served", k -> start(pipeline), Served.class);
    }

    private static Served start(Pipeline pipeline) {
        try {
            Path dir = Files.createTempDirectory("parley-served");
            ParleyStore store = ParleyStore.open(dir.resolve("db"));
            Path examples = Cli.HOME.resolve("examples");
            new Loader(store, new Iris(BASE), () -> pipeline, 2, LoadListener.SILENT, "test")
                    .load(List.of(examples.toString()), Manifest.read(examples.resolve("manifest.csv")));
            addMarkupPerson(store);
            ParleyServer server = ParleyServer.builder().store(store).port(0).timeout(Duration.ofSeconds(20))
                    .queries(Cli.HOME.resolve("queries")).version("test").build().start();
            return new Served(store, server, dir);
        } catch (Exception e) {
            throw new IllegalStateException("cannot serve the examples: " + e.getMessage(), e);
        }
    }

    private static void addMarkupPerson(ParleyStore store) {
        var graph = NodeFactory.createURI(BASE + "graph/test-fixture");
        var person = NodeFactory.createURI(MARKUP_PERSON);
        store.write(dsg -> {
            dsg.add(Quad.create(graph, person, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                    NodeFactory.createURI("https://w3id.org/parley/ontology#Person")));
            dsg.add(Quad.create(graph, person, NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"),
                    NodeFactory.createLiteralString(MARKUP_NAME)));
        });
    }
}
