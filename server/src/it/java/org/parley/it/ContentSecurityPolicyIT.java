package org.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.it.ServedExamples.Served;

/**
 * The web UI works under its Content-Security-Policy: in a real browser no page has anything
 * blocked (no inline script or style, nothing from another origin), including the timelines and
 * the actor graph once drawn, and the query page's YASGUI, which is the most script of all, still
 * runs a query.
 */
@ExtendWith(ServedExamples.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentSecurityPolicyIT {
    private static final String PARLEY = "https://w3id.org/parley/ontology#";
    /** Whether the page's timelines and graph (drawn after the page loaded) are drawn, or said why not. */
    private static final String CHARTS_DRAWN = "return Array.from(document.querySelectorAll('#timeline, #positions, #graph'))"
            + ".every(function (e) { return e.hasAttribute('data-items') || e.hasAttribute('data-nodes')"
            + " || e.classList.contains('failed'); });";

    private final Served served;
    private final String base;
    private WebDriver browser;

    ContentSecurityPolicyIT(Served served) {
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
    void noPageHasAnythingBlockedAndTheQueryEditorStillRuns() {
        List<String> blocked = new ArrayList<>();
        List<String> pages = new ArrayList<>(List.of("/", "/browse/negotiations", "/browse/actors", "/browse/demands",
                "/browse/statements", "/browse/articles", "/timeline", "/search?q=talks", "/queries", "/queries/negotiation-timeline",
                "/page/country/sd", "/query"));
        for (String type : List.of("Negotiation", "Statement", "Article", "Person")) {
            served.store().select("SELECT ?x WHERE { ?x a <" + PARLEY + type + "> } LIMIT 1", r -> pages.add(
                    r.getResource("x").getURI().substring(ServedExamples.BASE.length() - 1).replaceFirst("^/id/", "/page/")));
        }
        for (String page : pages) {
            browser.get(base + page);
            // the timelines and the graph are drawn after the page loads, by scripts that could inject styles
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript(CHARTS_DRAWN)));
            for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                if (entry.getMessage().contains("Content Security Policy") || entry.getMessage().contains("Content-Security-Policy")) {
                    blocked.add(page + ": " + entry.getMessage());
                }
            }
        }
        browser.get(base + "/query?saved=articles");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(".yasr table tbody tr")).isEmpty());
        Object yasgui = ((JavascriptExecutor) browser).executeScript("return typeof window.parleyYasgui");
        assertThat(yasgui).isEqualTo("object");
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")) {
                blocked.add("/query?saved=articles: " + entry.getMessage());
            }
        }
        assertThat(blocked).as("what the policy blocked").isEmpty();
    }
}
