package org.parley.serve.sparql;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Keeps the loader's resolution index (graph {@code {base}graph/resolution}: blocking keys and
 * marks, bookkeeping rather than data) out of SPARQL answers, with TDB2's own tuple filter (as
 * Fuseki's access control does), so that queries keep TDB2's pattern matching. The graph's node id
 * is looked up in the database's current generation (compaction makes a new one) and remembered
 * once it exists.
 */
public final class HiddenIndex implements Predicate<Tuple<NodeId>> {
    private final DatasetGraph dsg;
    private final Supplier<Optional<Node>> graphOnceKnown;
    private volatile Node graph;
    private volatile Known known;

    private record Known(DatasetGraphTDB generation, NodeId id) {}

    private HiddenIndex(DatasetGraph dsg, Supplier<Optional<Node>> graph) {
        this.dsg = dsg;
        this.graphOnceKnown = graph;
    }

    /**
     * Hides a graph from queries on {@code dsg}; {@code graph} names it once the store has a base
     * (an empty store gets one with its first load).
     */
    public static void install(DatasetGraph dsg, Supplier<Optional<Node>> graph) {
        if (TDBInternal.isTDB2(dsg)) {
            dsg.getContext().set(SystemTDB.symTupleFilter, new HiddenIndex(dsg, graph));
        }
    }

    @Override
    public boolean test(Tuple<NodeId> tuple) {
        if (tuple.len() != 4) {
            return true;
        }
        NodeId hidden = hiddenId();
        return hidden == null || !hidden.equals(tuple.get(0));
    }

    private NodeId hiddenId() {
        DatasetGraphTDB generation = TDBInternal.getDatasetGraphTDB(dsg);
        Known k = known;
        if (k != null && k.generation() == generation) {
            return k.id();
        }
        Node g = graph;
        if (g == null) {
            g = graphOnceKnown.get().orElse(null);
            if (g == null) {
                return null;
            }
            graph = g;
        }
        NodeId id = generation.getQuadTable().getNodeTupleTable().getNodeTable().getNodeIdForNode(g);
        if (id == null || NodeId.isDoesNotExist(id)) {
            return null; // no such graph yet; a later load may make one, so nothing is remembered
        }
        known = new Known(generation, id);
        return id;
    }
}
