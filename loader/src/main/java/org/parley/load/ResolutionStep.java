package org.parley.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.parley.rdf.Iris;
import org.parley.resolve.IncrementalResolver;
import org.parley.resolve.ResolutionChange;
import org.parley.store.ParleyStore;
import org.parley.store.StoredResolution;
import org.parley.vocab.Parley;
import org.parley.vocab.Vocab.RDF;

/**
 * Brings the resolved graph up to date with the stored articles, in one write transaction: the
 * articles stored since the last resolution and the versions they replaced are resolved
 * incrementally, block by block; when the resolved graph does not match the articles and nothing
 * says why (it was removed, or articles were written some other way), everything is resolved
 * again from the articles.
 */
public final class ResolutionStep {
    private final ParleyStore store;
    private final Iris iris;
    private final LoadListener listener;

    public ResolutionStep(ParleyStore store, Iris iris, LoadListener listener) {
        this.store = store;
        this.iris = iris;
        this.listener = listener;
    }

    /** True when the resolved graph had to change. */
    public boolean run() {
        return run(dsg -> {});
    }

    /**
     * As {@link #run()}, with {@code alongside} written in the same transaction, only when the
     * resolved graph changes (a load's record of its run).
     */
    public boolean run(Consumer<DatasetGraph> alongside) {
        if (!store.read(this::stale)) {
            return false;
        }
        return store.update(dsg -> resolve(dsg, alongside));
    }

    /**
     * As {@link #run(Consumer)}, with {@code before} written first in the same transaction (a load's
     * last batch of articles): a load of one article commits once, and the commit is a good part of
     * what it costs.
     */
    public boolean run(Consumer<DatasetGraph> before, Consumer<DatasetGraph> alongside) {
        return store.update(dsg -> {
            before.accept(dsg);
            return resolve(dsg, alongside);
        });
    }

    private boolean resolve(DatasetGraph dsg, Consumer<DatasetGraph> alongside) {
        if (!stale(dsg)) {
            return false;
        }
        StoredResolution resolution = new StoredResolution(dsg, iris);
        Optional<String> stored = ResolutionFingerprint.stored(dsg, iris);
        boolean awaiting = resolution.awaitsAnything();
        Collection<String> added;
        Collection<String> removed;
        String fingerprint;
        // From scratch when nothing says what changed, or when there is no index to resolve block by block.
        Set<String> awaitingArticles = resolution.articlesAwaitingResolution();
        Optional<String> updated = stored.filter(s -> awaiting && resolution.indexed()).flatMap(s -> {
            List<String> versions = new ArrayList<>();
            awaitingArticles.forEach(a -> resolution.version(a).ifPresent(versions::add));
            return ResolutionFingerprint.updated(s, versions, resolution.removedVersions());
        });
        if (updated.isEmpty()) {
            resolution.clear();
            added = allArticles(dsg);
            removed = List.of();
            fingerprint = ResolutionFingerprint.current(dsg, iris);
        } else {
            added = awaitingArticles;
            removed = resolution.removedMentions();
            fingerprint = updated.get();
        }
        listener.resolving(added.size());
        ResolutionChange change = new IncrementalResolver(iris, resolution).resolve(added, removed);
        resolution.apply(change);
        ResolutionFingerprint.write(dsg, iris, fingerprint);
        alongside.accept(dsg);
        return true;
    }

    /** Whether articles await resolution, or the resolved graph was computed from other articles than those stored. */
    private boolean stale(DatasetGraph dsg) {
        return new StoredResolution(dsg, iris).awaitsAnything()
                || ResolutionFingerprint.stored(dsg, iris).filter(ResolutionFingerprint.current(dsg, iris)::equals).isEmpty();
    }

    private Set<String> allArticles(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type, Parley.Article).forEachRemaining(q -> {
            if (q.getGraph().isURI() && q.getGraph().getURI().startsWith(iris.articleGraphPrefix())) {
                out.add(q.getSubject().getURI());
            }
        });
        return out;
    }
}
