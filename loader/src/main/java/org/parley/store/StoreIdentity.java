package org.parley.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.parley.vocab.Parley;
import org.parley.vocab.Vocab.VOID;

/**
 * What makes a store the store it is: the base IRI its IRIs were minted under and the format of its
 * graphs. Both are written in a transaction of their own before the first article, in the graph
 * {@code {base}graph/store}, so no kill can leave articles without them; every open checks the
 * format and every load checks the base. Stores written before this record existed are recognised
 * by their VoID {@code uriSpace} or their article graphs, and get the record on their next load.
 */
public final class StoreIdentity {
    /** The layout of graphs and IRIs this Parley writes and reads. */
    public static final int FORMAT = 1;

    private static final Pattern ARTICLE_GRAPH = Pattern.compile("^(.+/)graph/article/[0-9a-f]{16}$");

    private StoreIdentity() {}

    /** The base IRI a store was loaded with, if anything was. */
    static Optional<String> base(DatasetGraph dsg) {
        Set<String> declared = declaredBases(dsg);
        return declared.isEmpty() ? legacyBase(dsg) : Optional.of(declared.iterator().next());
    }

    /**
     * What every open checks: a store written by a newer Parley, whose layout this one would
     * misread, or one that names two bases, is refused.
     */
    static void check(DatasetGraph dsg) throws StoreException {
        Set<String> declared = declaredBases(dsg);
        if (declared.size() > 1) {
            throw new StoreException("the store names " + declared.size() + " base IRIs (" + String.join(", ", declared)
                    + "); it mixes two stores: export what you need and load it into a new --db");
        }
        var it = dsg.find(Node.ANY, Node.ANY, Parley.storeFormat, Node.ANY);
        while (it.hasNext()) {
            Node value = it.next().getObject();
            int format = value.isLiteral() ? parseFormat(value.getLiteralLexicalForm()) : -1;
            if (format != FORMAT) {
                throw new StoreException("the store has format " + value.getLiteralLexicalForm() + "; this Parley reads format "
                        + FORMAT + " (use the Parley version that wrote it)");
            }
        }
    }

    /**
     * Makes {@code base} the store's base: records it (with the format) when the store has none yet,
     * and refuses it when the store was loaded under another. Runs inside the caller's write
     * transaction.
     */
    static void claim(DatasetGraph dsg, String base) throws StoreException {
        check(dsg);
        Optional<String> stored = base(dsg);
        if (stored.isPresent() && !stored.get().equals(base)) {
            throw new StoreException("this store was loaded with base IRI " + stored.get() + "; load with --base "
                    + stored.get() + " or use another --db");
        }
        if (declaredBases(dsg).isEmpty()) {
            Node graph = NodeFactory.createURI(base + "graph/store");
            Node dataset = NodeFactory.createURI(base + "id/dataset");
            dsg.add(new Quad(graph, dataset, Parley.baseIri, NodeFactory.createLiteralDT(base, XSDDatatype.XSDanyURI)));
            dsg.add(new Quad(graph, dataset, Parley.storeFormat,
                    NodeFactory.createLiteralDT(Integer.toString(FORMAT), XSDDatatype.XSDinteger)));
        }
    }

    /** Whether claiming a base would write: the store declares none yet. */
    static boolean undeclared(DatasetGraph dsg) {
        return declaredBases(dsg).isEmpty();
    }

    private static Set<String> declaredBases(DatasetGraph dsg) {
        Set<String> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, Parley.baseIri, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) {
                out.add(q.getObject().getLiteralLexicalForm());
            }
        });
        return out;
    }

    /** The base of a store from before the identity record: its VoID URI space, else its article graphs. */
    private static Optional<String> legacyBase(DatasetGraph dsg) {
        var spaces = dsg.find(Node.ANY, Node.ANY, VOID.uriSpace, Node.ANY);
        while (spaces.hasNext()) {
            Quad q = spaces.next();
            String space = q.getObject().getLiteralLexicalForm();
            if (space.endsWith("id/")) {
                return Optional.of(space.substring(0, space.length() - 3));
            }
        }
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        for (Node g : graphs) {
            if (g.isURI()) {
                Matcher m = ARTICLE_GRAPH.matcher(g.getURI());
                if (m.matches()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static int parseFormat(String lexical) {
        try {
            return Integer.parseInt(lexical.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
