package org.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.it.ServedExamples.Served;

/**
 * The web UI in a real headless Chromium: the home page's counts, browse pages and their filters,
 * the YASGUI query page running a saved query against the endpoint, and escaping. Chromium and
 * ChromeDriver come from Debian's packages ({@code .ci/run} installs them); without them the test
 * is skipped on a developer machine and fails in CI.
 */
@ExtendWith(ServedExamples.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final Served served;
    private final String base;
    private WebDriver browser;

    WebUiIT(Served served) {
        this.served = served;
        this.base = "http://localhost:" + served.server().port();
    }

    @BeforeAll
    void openBrowser() {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!available && System.getenv("CI") != null) {
            throw new AssertionError("CI must provide " + CHROMIUM + " and " + CHROMEDRIVER + " (see .ci/run)");
        }
        Assumptions.assumeTrue(available, "Chromium and ChromeDriver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
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
        long negotiations = count("Negotiation");
        assertThat(browser.findElement(By.id("count-negotiation")).getText()).isEqualTo(Long.toString(negotiations));
        browser.findElement(By.linkText("Negotiations")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/browse/negotiations");
        assertThat(browser.findElements(By.cssSelector("table.results tbody tr"))).hasSize((int) negotiations);
    }

    @Test
    void browsePagesFilterByParty() {
        browser.get(base + "/browse/negotiations");
        int all = browser.findElements(By.cssSelector("table.results tbody tr")).size();
        new Select(browser.findElement(By.id("p-partyA"))).selectByVisibleText("Sudan");
        browser.findElement(By.cssSelector("form.filters button")).click();
        List<WebElement> rows = browser.findElements(By.cssSelector("table.results tbody tr"));
        assertThat(rows).isNotEmpty().hasSizeLessThan(all);
        assertThat(rows).allSatisfy(r -> assertThat(r.getText()).contains("Sudan"));
    }

    @Test
    void statementsPageLinksEachStatementToItsArticles() {
        browser.get(base + "/browse/statements");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.results tbody tr"));
        assertThat(rows).hasSize((int) count("Statement"));
        WebElement firstArticle = rows.get(0).findElement(By.cssSelector("a[href^='/page/article/']"));
        String title = firstArticle.getText();
        firstArticle.click();
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

    private long count(String localName) {
        long[] n = {0};
        served.store().select("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a <https://w3id.org/parley/ontology#" + localName + "> }",
                r -> n[0] = r.getLiteral("n").getLong());
        return n[0];
    }
}
