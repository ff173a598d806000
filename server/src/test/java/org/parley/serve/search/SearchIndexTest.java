package org.parley.serve.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.Iris;
import org.parley.serve.StoreView;
import org.parley.store.ParleyStore;
import org.parley.vocab.Parley;
import org.parley.vocab.Vocab;

/**
 * The search index on a real TDB2 store on disk: ranking, phrases, marked words, and above all that
 * it follows the store when a writer changes it, and survives a restart without a rebuild.
 */
class SearchIndexTest {
    private static final String BASE = Iris.DEFAULT_BASE;
    private static final Node RESOLVED = iri(BASE + "graph/resolved");

    @TempDir
    Path dir;
    private ParleyStore store;
    private StoreView view;

    @BeforeEach
    void open() throws Exception {
        store = ParleyStore.open(dir.resolve("db"));
        view = new StoreView(store);
        speaker("ana-ruiz", "Ana Ruiz");
        statement("s1", "ana-ruiz", "The border commission will meet in Lomé next week", "v1");
        statement("s2", "ana-ruiz", "A commission on the border is premature", "v1");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void findsRanksAndMarksWords() {
        try (SearchIndex index = SearchIndex.open(view, dir.resolve("index"))) {
            SearchIndex.Result r = index.search("commission", Optional.empty(), null, null, 0, 10);
            assertThat(r.total()).isEqualTo(2);
            assertThat(r.perKind()).containsEntry(SearchKind.STATEMENT, 2).containsEntry(SearchKind.ACTOR, 0);
            assertThat(r.hits()).allSatisfy(h -> assertThat(h.passageHtml()).contains("<mark>commission</mark>"));
            assertThat(r.hits().get(0).label()).startsWith("Ana Ruiz: “");
        }
    }

    @Test
    void aQuotedPhraseMatchesOnlyThePhrase() {
        try (SearchIndex index = SearchIndex.open(view, dir.resolve("index"))) {
            SearchIndex.Result r = index.search("\"border commission\"", Optional.empty(), null, null, 0, 10);
            assertThat(r.hits()).singleElement().satisfies(h -> {
                assertThat(h.iri()).endsWith("/s1");
                assertThat(h.passageHtml()).contains("<mark>border commission</mark>");
            });
        }
    }

    @Test
    void markupInTheDataIsEscapedInPassages() {
        statement("s3", "ana-ruiz", "<script>alert(1)</script> truce", "v2");
        try (SearchIndex index = SearchIndex.open(view, dir.resolve("index"))) {
            assertThat(index.search("truce", Optional.empty(), null, null, 0, 10).hits())
                    .singleElement().satisfies(h -> assertThat(h.passageHtml()).contains("&lt;script&gt;").doesNotContain("<script>"));
        }
    }

    @Test
    void followsTheStoreWhenAWriterReplacesOrRemovesWhatItFound() {
        try (SearchIndex index = SearchIndex.open(view, dir.resolve("index"))) {
            assertThat(index.search("Lomé", Optional.empty(), null, null, 0, 10).total()).isEqualTo(1);
            // a load replaces s1's wording and removes s2, and records a new resolution
            store.write(dsg -> {
                dsg.deleteAny(RESOLVED, iri(BASE + "id/statement/s1"), Parley.text, Node.ANY);
                dsg.add(RESOLVED, iri(BASE + "id/statement/s1"), Parley.text, NodeFactory.createLiteralString("Talks move to Accra"));
                dsg.deleteAny(RESOLVED, iri(BASE + "id/statement/s2"), Node.ANY, Node.ANY);
            });
            version("v2");
            view.changed();
            assertThat(index.search("Lomé", Optional.empty(), null, null, 0, 10).total()).isZero();
            assertThat(index.search("Accra", Optional.empty(), null, null, 0, 10).total()).isEqualTo(1);
            assertThat(index.search("premature", Optional.empty(), null, null, 0, 10).total()).isZero();
        }
    }

    @Test
    void anUnchangedStoreIsNotReindexedAfterARestart() {
        try (SearchIndex index = SearchIndex.open(view, dir.resolve("index"))) {
            index.refresh();
        }
        // a word added without a new version is not seen: proof that the reopened index was not rebuilt
        store.write(dsg -> dsg.add(RESOLVED, iri(BASE + "id/statement/s2"), Parley.text, NodeFactory.createLiteralString("quokka")));
        try (SearchIndex index = SearchIndex.open(view, dir.resolve("index"))) {
            assertThat(index.search("quokka", Optional.empty(), null, null, 0, 10).total()).isZero();
            assertThat(index.search("Lomé", Optional.empty(), null, null, 0, 10).total()).isEqualTo(1);
        }
    }

    @Test
    void kindAndDatesNarrowTheHits() {
        try (SearchIndex index = SearchIndex.open(view, dir.resolve("index"))) {
            assertThat(index.search("Ana", Optional.of(SearchKind.ACTOR), null, null, 0, 10).hits())
                    .singleElement().satisfies(h -> assertThat(h.kind()).isEqualTo(SearchKind.ACTOR));
            assertThat(index.search("commission", Optional.empty(), "2025-03-12", null, 0, 10).total()).isZero();
            assertThat(index.search("commission", Optional.empty(), "2025-03-01", "2025-03-31", 0, 10).total()).isEqualTo(2);
        }
    }

    private void speaker(String key, String name) {
        store.write(dsg -> {
            Node p = iri(BASE + "id/person/" + key);
            dsg.add(RESOLVED, p, Vocab.RDF.type, Parley.Person);
            dsg.add(RESOLVED, p, Vocab.SKOS.prefLabel, NodeFactory.createLiteralString(name));
        });
    }

    private void statement(String key, String speaker, String text, String version) {
        store.write(dsg -> {
            Node s = iri(BASE + "id/statement/" + key);
            dsg.add(RESOLVED, s, Vocab.RDF.type, Parley.Statement);
            dsg.add(RESOLVED, s, Parley.speaker, iri(BASE + "id/person/" + speaker));
            dsg.add(RESOLVED, s, Parley.text, NodeFactory.createLiteralString(text));
            dsg.add(RESOLVED, s, Parley.date, NodeFactory.createLiteralDT("2025-03-11", XSDDatatype.XSDdate));
        });
        version(version);
    }

    /** What the loader does after every change: records the digest the resolved graph was made from. */
    private void version(String digest) {
        store.write(dsg -> {
            dsg.deleteAny(RESOLVED, RESOLVED, Parley.contentHash, Node.ANY);
            dsg.add(new Quad(RESOLVED, RESOLVED, Parley.contentHash, NodeFactory.createLiteralString(digest)));
        });
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }
}
