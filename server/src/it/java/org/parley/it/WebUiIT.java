package org.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.it.ServedExamples.Served;

/**
 * The web UI in a real headless Chromium: the home page's counts; browse pages with one row per
 * fact, facets and readable links; the timeline and a click on it; search with marked words and
 * phrases; an article's marked spans; pages free of RDF syntax and local paths; no request to any
 * other server; the YASGUI query page; and escaping. The browser is {@link Chromium}'s.
 */
@ExtendWith(ServedExamples.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiIT {
    private static final String PARLEY = "https://w3id.org/parley/ontology#";
    /** A timeline item (vis-timeline draws a box item as a box, a line and a dot). */
    private static final String ITEMS = "#timeline .vis-item.vis-box, #timeline .vis-item.vis-range";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    private final Served served;
    private final String base;
    private WebDriver browser;

    WebUiIT(Served served) {
        this.served = served;
        this.base = "http://localhost:" + served.server().port();
    }

    @BeforeAll
    void openBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void homePageCountsWhatTheStoreHolds() {
        browser.get(base + "/");
        assertThat(browser.findElement(By.id("count-article")).getText()).isEqualTo("7");
        long negotiations = countOf("Negotiation");
        assertThat(browser.findElement(By.id("count-negotiation")).getText()).isEqualTo(Long.toString(negotiations));
        follow(browser.findElement(By.linkText("Negotiations")));
        assertThat(browser.getCurrentUrl()).contains("/browse/negotiations");
        assertThat(browser.findElements(By.cssSelector("table.results tbody tr"))).hasSize((int) negotiations);
    }

    @Test
    void statementsPageLinksEachStatementToItsArticles() {
        browser.get(base + "/browse/statements");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.results tbody tr"));
        assertThat(rows).hasSize((int) countOf("Statement"));
        WebElement firstArticle = rows.get(0).findElement(By.cssSelector("a[href^='/page/article/']"));
        String title = firstArticle.getText();
        follow(firstArticle);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    }

    @Test
    void queryPageRunsASavedQueryInYasgui() {
        browser.get(base + "/query");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> !d.findElements(By.cssSelector(".yasqe .CodeMirror")).isEmpty());
        browser.findElement(By.cssSelector("button.saved[data-name='articles']")).click();
        wait.until(d -> d.findElements(By.cssSelector(".yasr table tbody tr")).size() == 7);
        String editor = (String) ((JavascriptExecutor) browser)
                .executeScript("return window.parleyYasgui.getTab().getYasqe().getValue();");
        assertThat(editor).contains("SELECT ?article ?title ?outlet");
        List<WebElement> cells = browser.findElements(By.cssSelector(".yasr table tbody td"));
        assertThat(cells).anySatisfy(c -> assertThat(c.getText()).contains("Example Wire"));
    }

    @Test
    void showsMarkupInDataAsText() {
        browser.get(base + "/browse/actors");
        assertThat(browser.findElement(By.cssSelector("table.results")).getText()).contains("<b>Bold</b>");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.parleyHacked === true;")).isEqualTo(false);
        browser.get(base + "/page/person/test-markup");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(ServedExamples.MARKUP_NAME);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.parleyHacked === true;")).isEqualTo(false);
    }

    @Test
    void timelineDrawsTheNegotiationsAndAClickOpensOne() {
        browser.get(base + "/timeline");
        long dated = count("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a parley:Negotiation ; parley:startDate ?d }");
        assertThat(dated).isPositive();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> d.findElements(By.cssSelector(ITEMS)).size() == dated);
        List<WebElement> items = browser.findElements(By.cssSelector(ITEMS));
        assertThat(items).allSatisfy(i -> assertThat(i.getAttribute("class")).containsPattern("status-(held|planned|proposed|cancelled)"));
        String label = items.get(0).getText();
        items.get(0).click();
        wait.until(d -> d.getCurrentUrl().contains("/page/negotiation/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith(label.replace(" …", ""));
    }

    @Test
    void searchFindsAWordOfAStatementAndMarksIt() {
        String word = served.store().read(dsg -> {
            var it = dsg.find(null, null, org.apache.jena.graph.NodeFactory.createURI(PARLEY + "text"), null);
            String longest = "";
            while (it.hasNext()) {
                for (String w : it.next().getObject().getLiteralLexicalForm().split("[^\\p{L}]+")) {
                    if (w.length() > longest.length()) {
                        longest = w;
                    }
                }
            }
            return longest;
        });
        browser.get(base + "/browse/demands");
        WebElement box = browser.findElement(By.cssSelector("header form.search input[name=q]"));
        box.sendKeys(word);
        box.submit();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/search?q="));
        List<WebElement> hits = browser.findElements(By.cssSelector("#hits li"));
        assertThat(hits).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#hits li.k-statement, #hits li.k-demand"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#hits mark")))
                .anySatisfy(m -> assertThat(m.getText()).isEqualToIgnoringCase(word));
    }

    @Test
    void aPhraseSearchMatchesOnlyThePhrase() {
        browser.get(base + "/search?q=" + Http.encode("\"border commission\""));
        List<WebElement> marks = browser.findElements(By.cssSelector("#hits mark"));
        assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.getText()).isEqualToIgnoringCase("border commission"));
    }

    @Test
    void facetsNarrowTheDemandsTable() {
        browser.get(base + "/browse/demands");
        int all = rows().size();
        assertThat(all).isEqualTo(count("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a parley:Demand }"));
        WebElement topic = browser.findElement(By.cssSelector("section.facet[data-facet=topic] a.facet-value"));
        String topicName = topic.getText().replaceAll("\\s*\\d+$", "");
        int expected = Integer.parseInt(topic.findElement(By.cssSelector(".count")).getText());
        follow(topic);
        List<WebElement> narrowed = rows();
        assertThat(narrowed).hasSize(expected).hasSizeLessThan(all);
        assertThat(narrowed).allSatisfy(r -> assertThat(r.findElement(By.cssSelector("td.c-topicName")).getText()).isEqualTo(topicName));
        // a second facet narrows within the first; the same choice from the API gives the same rows
        String api = browser.findElement(By.linkText("the same from the API")).getAttribute("href");
        assertThat(served.http().get(api.substring(base.length()), "text/csv").body().lines().count() - 1).isEqualTo(expected);
        follow(browser.findElement(By.cssSelector("section.facet[data-facet=topic] a.facet-value.chosen")));
        assertThat(rows()).hasSize(all);
    }

    @Test
    void browsePagesShowOneRowPerFactAndNoIdentifierAsLinkText() {
        Map<String, String> classes = Map.of("negotiations", "Negotiation", "statements", "Statement", "demands", "Demand",
                "articles", "Article");
        classes.forEach((page, type) -> assertThat(rowsOfEveryPage(page)).as(page)
                .hasSize((int) count("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a parley:" + type + " }")));
        assertThat(rowsOfEveryPage("actors")).hasSize((int) count("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { VALUES ?t { "
                + "parley:Person parley:Country parley:Organization } ?x a ?t }"));
        for (String page : List.of("negotiations", "statements", "demands", "actors", "articles")) {
            browser.get(base + "/browse/" + page);
            List<String> firstColumn = rows().stream().map(r -> r.findElement(By.cssSelector("td a")).getAttribute("href")).toList();
            assertThat(firstColumn).as(page).doesNotHaveDuplicates();
            assertThat(browser.findElements(By.cssSelector("#facts a"))).as(page)
                    .allSatisfy(a -> assertThat(a.getText()).doesNotContainPattern("\\b[0-9a-f]{12,}\\b").isNotBlank());
        }
    }

    @Test
    void articlePageMarksTheSpansOfItsFacts() {
        String article = served.store().read(dsg -> org.apache.jena.atlas.iterator.Iter.asStream(dsg.find(null, null,
                org.apache.jena.graph.NodeFactory.createURI(PARLEY + "denotedBy"), null))
                .filter(q -> q.getObject().getURI().contains("/id/article/"))
                .filter(q -> dsg.contains(null, q.getSubject(), org.apache.jena.graph.NodeFactory.createURI(RDF_TYPE),
                        org.apache.jena.graph.NodeFactory.createURI(PARLEY + "Statement")))
                .map(q -> q.getObject().getURI().replaceFirst("#.*", "")).findFirst().orElseThrow());
        browser.get(base + article.substring(ServedExamples.BASE.length() - 1).replaceFirst("^/id/", "/page/"));
        List<WebElement> statements = browser.findElements(By.cssSelector("#article-text mark.span.k-statement"));
        assertThat(statements).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#article-text mark.span.k-actor"))).isNotEmpty();
        WebElement ref = browser.findElement(By.cssSelector("#article-text a.span-ref.k-statement"));
        String target = ref.getAttribute("href");
        assertThat(target).contains("/page/statement/");
        statements.get(0).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/page/statement/"));
        assertThat(browser.findElements(By.cssSelector("ul.sources .excerpt mark"))).isNotEmpty();
    }

    @Test
    void noPageShowsLanguageTagsDatatypesOrLocalPaths() {
        List<String> pages = new java.util.ArrayList<>(List.of("/", "/timeline", "/browse/negotiations", "/browse/statements",
                "/browse/demands", "/browse/actors", "/browse/articles", "/search?q=talks", "/queries",
                "/queries/negotiation-timeline", "/queries/demands", "/queries/statements", "/queries/articles-per-outlet",
                "/queries/articles", "/queries/delegations"));
        for (String type : List.of("Negotiation", "Statement", "Demand", "Delegation", "Article", "Country", "Person")) {
            served.store().select("SELECT ?x WHERE { ?x a <" + PARLEY + type + "> } LIMIT 1",
                    r -> pages.add(r.getResource("x").getURI().substring(ServedExamples.BASE.length() - 1).replaceFirst("^/id/", "/page/")));
        }
        String home = Cli.HOME.toAbsolutePath().toString();
        for (String page : pages) {
            browser.get(base + page);
            String text = browser.findElement(By.tagName("body")).getText();
            assertThat(text).as(page).doesNotContain("@en", "^^", "XMLSchema", "xsd:", home, "/tmp/");
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(page).doesNotContainPattern("^[0-9a-f]{12,}$");
        }
    }

    @Test
    void theUiMakesNoRequestOutsideTheServer() {
        String negotiation = firstPage("Negotiation");
        String country = firstPage("Country");
        for (String page : List.of("/", "/timeline", negotiation, country, "/browse/demands", "/search?q=ceasefire", "/query")) {
            browser.get(base + page);
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> ((JavascriptExecutor) d)
                    .executeScript("return document.readyState").equals("complete"));
            if (page.equals("/timeline")) {
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(".vis-item")).isEmpty());
            }
            @SuppressWarnings("unchecked")
            List<String> requested = (List<String>) ((JavascriptExecutor) browser).executeScript(
                    "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
            assertThat(requested).as(page).isNotEmpty()
                    .allSatisfy(u -> assertThat(u).matches("^(" + java.util.regex.Pattern.quote(base) + "/|data:|blob:).*"));
        }
    }

    @Test
    void aSavedQueryPageOffersTheRightResourcesAndLinksTheSameApiCall() {
        browser.get(base + "/queries/statements-about-negotiation");
        org.openqa.selenium.support.ui.Select picker = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("p-negotiation")));
        List<WebElement> options = picker.getOptions().stream().filter(o -> !o.getAttribute("value").isEmpty()).toList();
        assertThat(options).hasSize((int) countOf("Negotiation"));
        String chosen = options.get(0).getAttribute("value");
        picker.selectByValue(chosen);
        follow(browser.findElement(By.cssSelector("form.filters button")));
        int shown = browser.findElements(By.cssSelector("table.results tbody tr")).size();
        String api = browser.findElement(By.cssSelector("a.api")).getAttribute("href");
        assertThat(api).contains("/api/queries/statements-about-negotiation?negotiation=" + Http.encode(chosen));
        long statements = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s parley:concerns <" + chosen + "> ; a parley:Statement }");
        assertThat(shown).isEqualTo((int) statements);
        // a party is offered among parties and makers of demands, never a person who merely spoke
        browser.get(base + "/queries/negotiation-timeline");
        List<String> parties = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("p-partyA"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
        assertThat(parties).isNotEmpty().noneMatch(v -> v.contains("/id/person/"));
    }

    /**
     * Clicks a link or a form's button and waits for the page it loads: reading straight after the
     * click may still find the elements of the page being replaced.
     */
    private void follow(WebElement element) {
        // A mark on the old page's window tells the pages apart; waiting for the clicked element to go
        // stale instead asks Chrome about a node it may already have dropped, which it reports as an
        // inspector error rather than as a stale element.
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("window.parleyPageBeforeClick = true;");
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.parleyPageBeforeClick === undefined && document.readyState === 'complete';")));
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#facts tbody tr"));
    }

    /** The first-column links of a browse page's rows, following "next" through its pages of at most 50. */
    private List<String> rowsOfEveryPage(String page) {
        List<String> out = new ArrayList<>();
        browser.get(base + "/browse/" + page);
        while (true) {
            List<WebElement> shown = rows();
            assertThat(shown).as(page).hasSizeLessThanOrEqualTo(50);
            shown.forEach(r -> out.add(r.findElement(By.cssSelector("td a")).getAttribute("href")));
            List<WebElement> next = browser.findElements(By.partialLinkText("next"));
            if (next.isEmpty()) {
                return out;
            }
            follow(next.get(0));
        }
    }

    private String firstPage(String type) {
        String[] iri = {null};
        served.store().select("SELECT ?x WHERE { ?x a <" + PARLEY + type + "> } LIMIT 1", r -> iri[0] = r.getResource("x").getURI());
        return iri[0].substring(ServedExamples.BASE.length() - 1).replaceFirst("^/id/", "/page/");
    }

    private long count(String select) {
        long[] n = {0};
        served.store().select("PREFIX parley: <" + PARLEY + "> " + select, r -> n[0] = r.getLiteral("n").getLong());
        return n[0];
    }

    private long countOf(String localName) {
        return count("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a parley:" + localName + " }");
    }
}
