package dev.dossier.app.serve;

import dev.dossier.pipeline.Stages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.store.SampleDossier;
import dev.dossier.store.StoreLocation;
import dev.dossier.store.jdbc.JdbcDossierStore;
import dev.dossier.store.update.StoreUpdater;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Clicks through the web UI in headless Chromium (Debian's chromium and chromium-driver, see
 * .ci/setup-services.sh) and saves a screenshot of each page under target/screenshots. Skips
 * with a message when the browser is not installed.
 */
@Tag("slow")
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    private static TestServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no chromium/chromedriver: run .ci/setup-services.sh");
        Files.createDirectories(SHOTS);
        server = new TestServer();
        browser = launch(SHOTS.toAbsolutePath().resolve("profile"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    static ChromeDriver launch(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void clicksFromTheDealsListToADealAndToTheSentenceBehindAField() throws IOException {
        open(server.base() + "/");
        WebElement deal = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.deal-link")));
        assertEquals("Sweden → Chile", deal.getText());
        shoot("1-deals");
        deal.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.ledger")));
        assertTrue(browser.findElement(By.cssSelector("tr[data-slot=first_delivery]")).getText()
                .contains("The first aircraft arrived in May 2023"));
        assertEquals(2, browser.findElements(By.cssSelector(".contradiction")).size());
        assertEquals(2, browser.findElements(By.cssSelector("svg.timeline circle")).size());
        shoot("2-deal");
        browser.findElement(By.cssSelector("tr[data-slot=first_delivery] .quote a")).click();
        WebElement focus = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.focus")));
        assertTrue(focus.getText().startsWith("The first aircraft arrived"), focus.getText());
        shoot("3-document");
    }

    @Test
    void showsTheDealsComparedWithSipri() throws IOException {
        open(server.base() + "/#/sipri");
        WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.sipri-pairs")));
        assertTrue(table.getText().contains("JAS-39C Gripen"), table.getText());
        assertEquals("Sweden → Chile: Gripen", table.findElement(By.cssSelector("a")).getText());
        assertTrue(browser.findElements(By.cssSelector(".badge.verdict.agree")).size() >= 2);
        assertTrue(browser.findElement(By.id("main")).getText().contains("Saab 340 AEW"));
        shoot("5-sipri");
    }

    @Test
    void searchesWithFiltersAndOpensAHit() throws IOException {
        open(server.base() + "/#/search");
        WebElement words = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-form input[name=q]")));
        words.sendKeys("received");
        browser.findElement(By.cssSelector("select[name=kind] option[value=claim]")).click();
        WebElement before = browser.findElement(By.id("results"));
        browser.findElement(By.cssSelector("#search-form button")).click();
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results[data-loaded]")));
        List<WebElement> hits = browser.findElements(By.cssSelector(".hit"));
        assertEquals(1, hits.size());
        assertEquals("received", hits.get(0).findElement(By.cssSelector(".snippet mark")).getText());
        shoot("4-search");
        hits.get(0).findElement(By.cssSelector("a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.focus")));
    }

    @Test
    void hostileArticleTextIsShownAsTextAndNeverRuns() throws IOException {
        open(server.base() + "/#/doc/" + SampleDossier.HOSTILE);
        WebElement body = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("body")));
        assertTrue(body.getText().contains("<script>window.__pwned=1</script>"), body.getText());
        assertTrue(body.getText().contains("<img src=x onerror=\"window.__pwned=2\">"));
        assertEquals("<img src=x onerror=\"window.__pwned=4\">Talks", browser.findElement(By.id("doc-title")).getText());
        assertEquals(0, browser.findElements(By.cssSelector("main script, main img, main [onerror]")).size());
        assertEquals(0, browser.findElements(By.cssSelector("a[href^='javascript']")).size());
        assertNotPwned();
        open(server.base() + "/#/documents");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("documents")));
        open(server.base() + "/#/search?q=onerror");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results[data-loaded] .hit")));
        assertTrue(browser.findElement(By.id("results")).getText().contains("onerror"));
        assertNotPwned();
        shoot("5-hostile-search");
        open(server.base() + "/#/doc/" + SampleDossier.HOSTILE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("body")));
        shoot("6-hostile-document");
        assertNotPwned();
    }

    /** The payloads set window.__pwned when they run. */
    private static void assertNotPwned() {
        Object pwned = ((JavascriptExecutor) browser).executeScript(
                "return window.__pwned === undefined ? null : window.__pwned;");
        assertEquals(null, pwned, "an article payload ran");
    }

    @Test
    void showsWhatThePipelineMadeOfRealArticles(@TempDir Path dir) throws IOException {
        Path articles = Path.of(System.getProperty("dossier.root", ".."),
                "store/src/test/resources/dev/dossier/store/articles");
        assumeTrue(Files.isDirectory(articles), "no fixture articles at " + articles);
        try (JdbcDossierStore store = JdbcDossierStore.open(StoreLocation.embedded(dir))) {
            new StoreUpdater(Stages.defaults(), new PipelineConfig(2), store).add(List.of(articles));
            try (DossierServer pipeline = DossierServer.start(store, Stages.defaults(),
                    ServeConfig.loopback(Optional.empty()))) {
                String base = "http://127.0.0.1:" + pipeline.port();
                open(base + "/#/");
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.deal-link"))).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.ledger")));
                shoot("7-pipeline-deal");
                open(base + "/#/contradictions");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".contradiction .side")));
                shoot("8-pipeline-contradictions");
                browser.findElement(By.cssSelector(".contradiction .side .quote a")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.focus")));
                shoot("9-pipeline-document");
            }
        }
    }

    /** A fresh page load, so that nothing from the previous page can satisfy a wait. */
    private static void open(String url) {
        browser.get("about:blank");
        browser.get(url);
    }

    private static void shoot(String name) throws IOException {
        Path png = SHOTS.resolve(name + ".png");
        Files.write(png, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
