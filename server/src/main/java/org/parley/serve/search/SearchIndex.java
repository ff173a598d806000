package org.parley.serve.search;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.parley.serve.StoreView;

/**
 * A Lucene index of every statement, demand, negotiation, actor and article, kept in step with
 * the store. The index records the store version it was built from ({@link StoreView#version()},
 * which any load changes, whichever process or thread ran it, and so do this server's SPARQL
 * Update and Graph Store Protocol writes); before answering, a search checks that version and rebuilds the index from the store when it differs, so articles loaded, replaced
 * or removed by the loader, or by a writer inside the server, are found (or no longer found) at
 * once. Readers keep searching the previous state while a rebuild runs (another thread's rebuild
 * is not waited for, unless the index was never built). The index lives in the
 * store's folder ({@code search-index/}), so a server restarted on an unchanged store does not
 * rebuild it; when that folder cannot be written it is kept in memory.
 *
 * <p>Ranking is Lucene's BM25 over three fields (the label counts most, then names, then words);
 * queries use Lucene's syntax: words must all match, {@code "quoted phrases"} match as phrases,
 * {@code OR}, {@code -word} and {@code word*} work as documented there.
 */
public final class SearchIndex implements AutoCloseable {
    private static final String VERSION_KEY = "parley.storeVersion";
    private static final String[] FIELDS = {"label", "names", "body"};
    private static final FieldType BODY = bodyType();

    private final StoreView view;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ReentrantLock rebuilding = new ReentrantLock();
    private volatile String builtFrom;

    /** One page of hits, the number of hits of each kind, and whether the query had to be taken as plain words. */
    public record Result(List<Hit> hits, int total, Map<SearchKind, Integer> perKind, boolean plainWords) {}

    /** A hit: what it is, its label and date, and passages with the matching words marked (safe HTML). */
    public record Hit(String iri, SearchKind kind, String label, String date, String passageHtml, float score) {}

    private SearchIndex(StoreView view, Directory directory) throws IOException {
        this.view = view;
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.searchers = new SearcherManager(writer, null);
        String stored = null;
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(VERSION_KEY)) {
                    stored = e.getValue();
                }
            }
        }
        // Built by an earlier process from the store as it is: taken as built from this process's version of it.
        String now = view.version();
        this.builtFrom = stored != null && StoreView.lasting(stored).equals(StoreView.lasting(now)) ? now : stored;
    }

    /** Opens the index in {@code folder} (made if need be), or in memory when the folder cannot be used. */
    public static SearchIndex open(StoreView view, Path folder) {
        requireNonNull(view, "view");
        try {
            Files.createDirectories(folder);
            return new SearchIndex(view, FSDirectory.open(folder));
        } catch (LockObtainFailedException e) {
            return inMemory(view);
        } catch (IOException e) {
            return inMemory(view);
        }
    }

    public static SearchIndex inMemory(StoreView view) {
        try {
            return new SearchIndex(view, new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Brings the index in step with the store, rebuilding it if the store changed since it was built. */
    public void refresh() {
        if (view.version().equals(builtFrom)) {
            return;
        }
        rebuilding.lock();
        try {
            rebuildIfStale();
        } finally {
            rebuilding.unlock();
        }
    }

    /**
     * As {@link #refresh}, but a search does not wait for a rebuild another thread (the server's
     * follower) is running: it answers from the previous index, unless there is none yet. A server
     * that takes articles while it serves rebuilds after every batch, and a rebuild of a large store
     * takes many seconds.
     */
    private void refreshUnlessRebuilding() {
        if (builtFrom == null) {
            refresh();
        } else if (!view.version().equals(builtFrom) && rebuilding.tryLock()) {
            try {
                rebuildIfStale();
            } finally {
                rebuilding.unlock();
            }
        }
    }

    /** Call with {@code rebuilding} held. */
    private void rebuildIfStale() {
        String version = view.version();
        if (!version.equals(builtFrom)) {
            rebuild(version);
        }
    }

    private void rebuild(String version) {
        try {
            writer.deleteAll();
            List<IOException> failures = new ArrayList<>();
            new SearchDocuments(view).each(d -> {
                try {
                    writer.addDocument(document(d));
                } catch (IOException e) {
                    failures.add(e);
                }
            });
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
            writer.setLiveCommitData(Map.of(VERSION_KEY, version).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
            builtFrom = version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index: " + e.getMessage(), e);
        }
    }

    private static Document document(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField("id", d.iri(), Field.Store.YES));
        doc.add(new StringField("kind", d.kind().id(), Field.Store.YES));
        doc.add(new TextField("label", d.label(), Field.Store.YES));
        doc.add(new Field("names", d.names(), BODY));
        doc.add(new Field("body", d.body(), BODY));
        if (!d.date().isEmpty()) {
            doc.add(new StringField("date", d.date(), Field.Store.YES));
        }
        return doc;
    }

    /**
     * Searches, newest state first: {@code kind} and the date range ({@code since}, {@code until},
     * ISO dates, either may be null) narrow the hits; {@code perKind} counts them before the kind is chosen.
     */
    public Result search(String text, Optional<SearchKind> kind, String since, String until, int offset, int limit) {
        refreshUnlessRebuilding();
        boolean plain = false;
        Query words;
        try {
            words = parser().parse(text);
        } catch (ParseException | RuntimeException e) {
            plain = true;
            try {
                words = parser().parse(QueryParser.escape(text));
            } catch (ParseException e2) {
                return new Result(List.of(), 0, new EnumMap<>(SearchKind.class), true);
            }
        }
        Query withDates = dated(words, since, until);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Map<SearchKind, Integer> perKind = new EnumMap<>(SearchKind.class);
                for (SearchKind k : SearchKind.values()) {
                    perKind.put(k, searcher.count(ofKind(withDates, k)));
                }
                Query query = kind.map(k -> ofKind(withDates, k)).orElse(withDates);
                TopDocs top = searcher.search(query, Math.max(1, offset + limit));
                ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
                        top.scoreDocs.length);
                TopDocs pageDocs = new TopDocs(top.totalHits, page);
                Map<String, String[]> passages = UnifiedHighlighter.builder(searcher, analyzer)
                        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                        .build()
                        .highlightFields(new String[] {"body", "names"}, words, pageDocs, new int[] {2, 1});
                List<Hit> hits = new ArrayList<>();
                for (int i = 0; i < page.length; i++) {
                    Document d = searcher.storedFields().document(page[i].doc);
                    String body = passages.get("body")[i];
                    String names = passages.get("names")[i];
                    String passage = body != null && body.contains("<mark>") ? body
                            : names != null && names.contains("<mark>") ? names : body == null ? "" : body;
                    hits.add(new Hit(d.get("id"), SearchKind.of(d.get("kind")).orElseThrow(), d.get("label"),
                            d.get("date") == null ? "" : d.get("date"), passage, page[i].score));
                }
                return new Result(hits, (int) Math.min(Integer.MAX_VALUE, top.totalHits.value), perKind, plain);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MultiFieldQueryParser parser() {
        MultiFieldQueryParser p = new MultiFieldQueryParser(FIELDS, analyzer, Map.of("label", 3f, "names", 2f, "body", 1f));
        p.setDefaultOperator(QueryParser.Operator.AND);
        return p;
    }

    private static Query dated(Query q, String since, String until) {
        if (since == null && until == null) {
            return q;
        }
        return new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
                .add(TermRangeQuery.newStringRange("date", since, until, true, true), BooleanClause.Occur.FILTER).build();
    }

    private static Query ofKind(Query q, SearchKind kind) {
        return new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("kind", kind.id())), BooleanClause.Occur.FILTER).build();
    }

    private static FieldType bodyType() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
