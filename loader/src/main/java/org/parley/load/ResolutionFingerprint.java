package org.parley.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.parley.rdf.Iris;
import org.parley.rdf.Nodes;
import org.parley.store.StoredResolution;
import org.parley.vocab.Parley;

/**
 * A digest of which articles, in which versions, the resolved graph was computed from: the XOR of
 * the SHA-256 of each article's graph and content hash, so that it does not depend on order and a
 * load updates it from what it added and removed, without reading every article. Articles stored
 * by a load are marked as awaiting resolution; the digest is the safety net for anything else: when
 * the stored articles no longer match it and nothing is marked (the resolved graph was removed, or
 * an article was written some other way), the next run resolves everything again. Only that check
 * reads every article's hash.
 */
public final class ResolutionFingerprint {
    private static final String SCHEME = "xor-sha256:";

    private ResolutionFingerprint() {}

    /** The digest of the articles stored now, from all of them. */
    static String current(DatasetGraph dsg, Iris iris) {
        List<String> versions = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, Parley.contentHash, Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().isURI() && q.getGraph().getURI().startsWith(iris.articleGraphPrefix())) {
                versions.add(StoredResolution.version(q.getGraph().getURI(), q.getObject().getLiteralLexicalForm()));
            }
        });
        return of(versions);
    }

    /**
     * The digest of some article versions, each given as its graph and content hash
     * ({@link StoredResolution#version}): what a resolution computed elsewhere (a Spark job) writes
     * beside its resolved graph, so that the store it is loaded into knows it is up to date.
     */
    public static String of(Collection<String> versions) {
        byte[] sum = new byte[32];
        versions.forEach(v -> xor(sum, v));
        return SCHEME + HexFormat.of().formatHex(sum);
    }

    /** The quad that records the digest in the resolved graph. */
    public static Quad quad(Iris iris, String fingerprint) {
        Node graph = Nodes.iri(iris.resolvedGraph());
        return new Quad(graph, graph, Parley.contentHash, Nodes.text(fingerprint));
    }

    /**
     * The digest {@code stored} with article versions added and removed, each given as its graph and
     * content hash; empty when {@code stored} is not a digest of this kind.
     */
    static Optional<String> updated(String stored, Collection<String> added, Collection<String> removed) {
        if (!stored.startsWith(SCHEME)) {
            return Optional.empty();
        }
        byte[] sum = HexFormat.of().parseHex(stored.substring(SCHEME.length()));
        added.forEach(v -> xor(sum, v));
        removed.forEach(v -> xor(sum, v));
        return Optional.of(SCHEME + HexFormat.of().formatHex(sum));
    }

    /** The digest the resolved graph was computed from, if there is one. */
    static Optional<String> stored(DatasetGraph dsg, Iris iris) {
        Node graph = Nodes.iri(iris.resolvedGraph());
        var it = dsg.find(graph, graph, Parley.contentHash, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    static void write(DatasetGraph dsg, Iris iris, String fingerprint) {
        Node graph = Nodes.iri(iris.resolvedGraph());
        dsg.deleteAny(graph, graph, Parley.contentHash, Node.ANY);
        dsg.add(quad(iris, fingerprint));
    }

    private static void xor(byte[] sum, String version) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(version.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < sum.length; i++) {
                sum[i] ^= h[i];
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
