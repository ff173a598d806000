package org.parley.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.extract.ArticleExtraction;
import org.parley.load.Pipeline;
import org.parley.read.Article;
import org.parley.testing.Articles;
import org.parley.testing.SharedPipeline;

@ExtendWith(SharedPipeline.class)
class ArticleGraphRoundTripTest {
    private final Pipeline pipeline;

    ArticleGraphRoundTripTest(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Test
    void whatIsWrittenToAnArticleGraphReadsBackTheSame() throws Exception {
        Article article = Articles.of("""
                Kosovo and Serbia held a new round of talks in Brussels on Monday, mediated by the European Union.

                "We are not there yet," Serbian negotiator Petar Jovic said after the meeting, adding that Belgrade wanted guarantees for the minority.

                The Serbian delegation, led by Jovic, will return on Friday.
                """, "2024-03-13");
        ArticleExtraction extraction = pipeline.process(article).extraction();
        assertThat(extraction.statements()).isNotEmpty();
        assertThat(extraction.negotiations()).isNotEmpty();
        Iris iris = new Iris("https://parley.example/");
        StoredArticle stored = new StoredArticle(iris.article("abc"), "0".repeat(64), article, extraction);
        Graph g = GraphFactory.createDefaultGraph();
        new ArticleMapper(iris).map(stored, StreamRDFLib.graph(g));
        StoredArticle back = new ArticleGraphReader().read(g).orElseThrow();
        assertThat(back.iri()).isEqualTo(stored.iri());
        assertThat(back.contentHash()).isEqualTo(stored.contentHash());
        assertThat(back.article().text()).isEqualTo(article.text());
        assertThat(back.article().metadata()).isEqualTo(article.metadata());
        assertThat(back.extraction().statements()).containsExactlyInAnyOrderElementsOf(extraction.statements());
        assertThat(back.extraction().demands()).containsExactlyInAnyOrderElementsOf(extraction.demands());
        assertThat(back.extraction().negotiations()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("parties", "places")
                .containsExactlyInAnyOrderElementsOf(extraction.negotiations());
        assertThat(back.extraction().actors()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("aliases")
                .containsExactlyInAnyOrderElementsOf(extraction.actors());
        assertThat(back.extraction().delegations()).hasSameSizeAs(extraction.delegations());
    }

    @Test
    void mentionsReadInPartsMergeToWhatOneReadOfThemAllGives() throws Exception {
        Article article = Articles.of("""
                Envoys of Chile and Bolivia met in Lima on Tuesday to discuss access to the sea.

                "The corridor is the only question left," Bolivian envoy Rosa Quispe told reporters.

                Chilean negotiator Tomas Fuentes said Santiago was ready to continue and demanded respect for existing treaties.

                Quispe said the Bolivian delegation would return on Friday.
                """, "2024-05-14");
        ArticleExtraction extraction = pipeline.process(article).extraction();
        Iris iris = new Iris("https://parley.example/");
        StoredArticle stored = new StoredArticle(iris.article("abc"), "0".repeat(64), article, extraction);
        Graph g = GraphFactory.createDefaultGraph();
        new ArticleMapper(iris).map(stored, StreamRDFLib.graph(g));
        java.util.List<String> ids = new java.util.ArrayList<>();
        extraction.actors().forEach(c -> ids.add(c.id()));
        extraction.statements().forEach(c -> ids.add(c.id()));
        extraction.negotiations().forEach(c -> ids.add(c.id()));
        assertThat(extraction.actors()).hasSizeGreaterThan(3);
        assertThat(extraction.statements()).hasSizeGreaterThan(1);
        // Every other id in each read, so that each kind's list is put together from both.
        java.util.List<String> odd = new java.util.ArrayList<>();
        java.util.List<String> even = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            (i % 2 == 0 ? even : odd).add(ids.get(i));
        }
        ArticleGraphReader reader = new ArticleGraphReader();
        StoredArticle whole = reader.readMentions(g, stored.iri(), ids);
        StoredArticle merged = ArticleGraphReader.merged(reader.readMentions(g, stored.iri(), odd),
                reader.readMentions(g, stored.iri(), even));
        assertThat(merged.extraction()).isEqualTo(whole.extraction());
        assertThat(merged.article().metadata()).isEqualTo(whole.article().metadata());
        assertThat(whole.extraction().actors()).hasSameSizeAs(extraction.actors());
    }
}
