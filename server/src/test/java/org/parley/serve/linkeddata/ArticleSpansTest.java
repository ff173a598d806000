package org.parley.serve.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

class ArticleSpansTest {
    private static final String TEXT = "Ana Ruiz said the <truce> holds and demanded talks.";

    private static ArticleSpans.Span span(int begin, int end, String kind, String ref) {
        return new ArticleSpans.Span(begin, end, kind, "/page/" + kind + "/" + ref, kind + " " + ref, ref);
    }

    @Test
    void anActorInsideAStatementIsNestedInsideIt() {
        String html = ArticleSpans.render(TEXT, List.of(span(0, 50, "statement", "S1"), span(0, 8, "actor", "A1")));
        assertThat(html).startsWith("<mark class=\"span k-statement\"").contains("<mark class=\"span k-actor\"");
        assertThat(html.indexOf("k-actor")).isGreaterThan(html.indexOf("k-statement"));
        assertWellFormed(html, TEXT);
    }

    @Test
    void crossingSpansAreSplitSoTheMarkupStaysWellFormed() {
        String html = ArticleSpans.render(TEXT, List.of(span(9, 34, "statement", "S1"), span(27, 50, "demand", "D1")));
        assertWellFormed(html, TEXT);
        assertThat(html.split("k-demand\" data-href", -1)).hasSize(3);
        assertThat(html).contains(">S1</a>").contains(">D1</a>");
    }

    @Test
    void textAndLabelsAreEscaped() {
        String html = ArticleSpans.render(TEXT, List.of(new ArticleSpans.Span(18, 25, "negotiation", "/page/x", "<b>x</b>", "N1")));
        assertThat(html).contains("&lt;truce&gt;").doesNotContain("<truce>").doesNotContain("<b>x</b>");
    }

    @Test
    void spansOutsideTheTextAreLeftOut() {
        assertThat(ArticleSpans.render("short", List.of(span(2, 99, "statement", "S1"), span(3, 3, "actor", "A1"))))
                .isEqualTo("short");
    }

    @Test
    void actorSpansGetNoReferenceLink() {
        assertThat(ArticleSpans.render(TEXT, List.of(span(0, 8, "actor", "A1")))).doesNotContain("span-ref");
    }

    @Test
    void aFactWhosePageIsNotAWebAddressIsMarkedButNotLinked() {
        String html = ArticleSpans.render(TEXT, List.of(new ArticleSpans.Span(0, 8, "statement", "javascript:alert(1)", "S", "S1")));
        assertThat(html).contains("k-statement").doesNotContain("javascript:").doesNotContain("<a ");
    }

    /** Parsed as XML the markup must be balanced, and its text (links aside) must be the article's text. */
    private static void assertWellFormed(String html, String text) {
        Document doc = Jsoup.parse("<div>" + html + "</div>", "", Parser.xmlParser());
        assertThat(doc.select("a.span-ref").remove()).isNotNull();
        assertThat(doc.text()).isEqualTo(Jsoup.parse(text.replace("<", "&lt;").replace(">", "&gt;")).text());
        assertThat(html.split("<mark", -1).length).isEqualTo(html.split("</mark>", -1).length);
    }
}
